## layout: the main window at laptop sizes: folded legend, timeline labels

## The main window at laptop sizes: side-panel tabs, folded map legend, timeline titles
layout-tab-scenario = תרחיש ומניעים
layout-tab-scenario-tip = התרחיש, המספרים שלו ביום המוצג, אי־הוודאות והמניעים בתחילה
layout-tab-events = אירועים ({ $count })
layout-tab-events-tip = אירועי התרחיש: מעבר לאחד מהם, הוספה, עריכה או מחיקה
layout-legend-button = מקרא
layout-legend-button-tip = מה פירוש הצבעים והקווים; יש להצביע עליו או ללחוץ כדי שיישאר פתוח
