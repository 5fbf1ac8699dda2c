## layout: the main window at laptop sizes: folded legend, timeline labels

## The main window at laptop sizes: side-panel tabs, folded map legend, timeline titles
layout-tab-scenario = Scenario and drivers
layout-tab-scenario-tip = The scenario, its numbers on the day shown, uncertainty and the drivers at the start
layout-tab-events = Events ({ $count })
layout-tab-events-tip = The scenario's events: jump to one, add, edit or delete
layout-legend-button = Legend
layout-legend-button-tip = What the colours and lines mean; point at it or click to keep it open
