# gaza-zones: the interface in English. This file is the reference: ar.ftl and he.ftl have
# every message it has, with the same arguments (the tests check). Scenario files, CSV column
# names and command-line output stay English in every language.
#
# Wording rule, in every language: describe every actor neutrally and factually, as the
# proposal and UN/OCHA do; the model is a what-if tool, not a forecast.

## The program

app-name = gaza-zones
not-a-forecast = a what-if model, not a forecast

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-compare = Compare
menu-playback = Playback
menu-analysis = Analysis
menu-help = Help
menu-language = Language
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-bundled = Bundled scenarios
menu-click-cell = Click a cell on the map for its history
menu-language-tip = The language of the interface; scenario files and CSV columns stay in English

## The map

map-day = Day { $day } · { $date }
map-caption = { $title } · a what-if model, not a forecast
legend-zones = Zones (Ross–Orion meanings)
legend-blue-chance = How often each cell ended blue
legend-in-no-run = in no run
legend-in-half-the-runs = in half the runs
legend-in-every-run = in every run
legend-row = { $name }: { $meaning }
legend-restricted = restricted zone beyond it, counted as held
legend-contested = haven declared, not yet secured (still red)
legend-note-blue-share = colours: share of runs ending blue
legend-note-mixed = mixed colours: chances of each zone

## Zones and reporting categories (Ross–Orion four-zone proposal)

zone-red = red
zone-green = green
zone-gray = gray
zone-blue = blue
category-held = held
zone-red-meaning = armed Hamas presence remains
zone-green-meaning = humanitarian haven, aid and services under Arab oversight
zone-gray-meaning = cleared; internationally managed security and reconstruction
zone-blue-meaning = judged secure enough for civilians to return
category-held-meaning = behind the withdrawal line or in the restricted zone beyond it: held by Israeli forces, no international management or civilian return while held
zone-red-short = armed Hamas present
zone-green-short = haven under Arab oversight
zone-gray-short = international reconstruction
zone-blue-short = secure for civilians to return
category-gray-short = reconstruction outside the line
category-held-short = held by Israeli forces behind the line

## Governorates (the boundary data's English names)

governorate-north-gaza = North Gaza
governorate-gaza = Gaza
governorate-deir-al-balah = Deir al-Balah
governorate-khan-yunis = Khan Yunis
governorate-rafah = Rafah

## Months, for dates ("31 Dec 2027")

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
date = { $day } { $month } { $year }

## The timeline

timeline-day = day
timeline-people = people (thousands)
timeline-land = land (km²)
timeline-flows = km² changing zone per week
timeline-spread = people (k): median, p10–p90

## Commands: menu items, buttons and shortcuts (label, then the tooltip as -tip)

command-new = New
command-new-tip = Start a new scenario from the defaults (mid-November 2025)
command-open = Open…
command-open-tip = Open a scenario file (.ron)
command-save = Save
command-save-tip = Save the scenario to its file
command-save-as = Save As…
command-save-as-tip = Save the scenario to a new file
command-copy-link = Copy link to this scenario
command-copy-link-tip = Put the scenario in the page's address and copy it: whoever opens the link sees this scenario (it stays in the link, no server sees it)
command-undo = Undo
command-undo-tip = Undo the last edit of the scenario
command-redo = Redo
command-redo-tip = Redo the edit just undone
command-play-pause = Play / Pause
command-play-pause-tip = Play the scenario forward day by day, or pause
command-step-back = Back one day
command-step-back-tip = Show the day before
command-step-forward = Forward one day
command-step-forward-tip = Show the next day
command-week-back = Back one week
command-week-back-tip = Show the day a week earlier
command-week-forward = Forward one week
command-week-forward-tip = Show the day a week later
command-to-start = Go to day 0
command-to-start-tip = Show day 0, the start of the scenario
command-to-end = Go to the last day
command-to-end-tip = Show the last day of the horizon
command-show-people = Timeline: people
command-show-people-tip = Plot people in each zone over time
command-show-area = Timeline: land (km²)
command-show-area-tip = Plot land in each zone (km²) over time
command-show-flows = Timeline: weekly flows
command-show-flows-tip = Plot the land changing zone each week
command-show-spread = Timeline: ensemble spread
command-show-spread-tip = Plot each zone's median and p10–p90 band over an ensemble
command-show-compare = Timeline: compare scenarios
command-show-compare-tip = Plot the current scenario and the compared ones together, with their indicators side by side
command-compare-with-file = Compare with a file…
command-compare-with-file-tip = Open a scenario file to show beside the current one
command-pin-current = Pin the current scenario
command-pin-current-tip = Keep the scenario as it is now beside it, to compare your next edits against
command-toggle-difference-map = Map: differences / zones
command-toggle-difference-map-tip = Switch the map between the zones and where the current and a compared scenario differ on the day shown
command-export-comparison = Export the comparison as CSV…
command-export-comparison-tip = Save every compared scenario's daily totals as one CSV table, with each scenario's provenance
command-fit-map = Fit map to window
command-fit-map-tip = Zoom the map so that the whole Strip fits
command-add-event = Add event…
command-add-event-tip = Add an event on the day shown
command-toggle-theme = Light / dark theme
command-toggle-theme-tip = Switch between the light and the dark theme
command-toggle-high-contrast = High contrast
command-toggle-high-contrast-tip = Black and white with heavier lines, for washed-out projectors
command-toggle-colour-blind = Colour-blind-safe colours
command-toggle-colour-blind-tip = Zone colours that stay apart under red-green colour blindness
command-previous-event = Previous event
command-previous-event-tip = Jump to the day of the previous event
command-next-event = Next event
command-next-event-tip = Jump to the day of the next event
command-present = Presentation mode
command-present-tip = Full screen with the map and timeline large, for a room (Esc leaves)
command-leave-presentation = Leave presentation mode
command-leave-presentation-tip = Back to the editing view
command-zoom-in = Zoom in
command-zoom-in-tip = Make everything larger (presenting: the map)
command-zoom-out = Zoom out
command-zoom-out-tip = Make everything smaller (presenting: the map)
command-zoom-reset = Actual size
command-zoom-reset-tip = Back to the normal size (presenting: the whole Strip)
command-quit = Quit
command-quit-tip = Close the window (asks about unsaved changes)
command-export = Export…
command-export-tip = Save the map or a chart as PNG or SVG, or the numbers as CSV, with their source
command-help = Help: drivers and rules
command-help-tip = What each driver and rule means, from docs/MODEL.md
command-about = About gaza-zones and its data
command-about-tip = What the program is, and every data source it uses with its licence
command-sensitivity = Sensitivity…
command-sensitivity-tip = How far each driver moves an indicator: a tornado chart and a one-driver sweep

## Numbers

number-thousands = { $n } k
number-millions = { $n } M
unit-km2 = { $n } km²

## Playback row

playback-play = Play
playback-pause = Pause
playback-day-shown = Day shown
playback-scrub-tip = Scrub to any day
playback-people = People
playback-land = Land
playback-flows = Flows
playback-spread = Spread
playback-compare = Compare
playback-present = Present
playback-leave = Leave
playback-speed = Speed
playback-days-per-second = days/s
playback-speed-tip = Playback speed

## Status bar

status-opening = Opening { $name }…
status-reading-to-compare = Reading to compare { $name }…
status-error = Error: { $text }
status-dismiss = Dismiss
status-not-saved = not saved to a file yet
status-run = { $model }, { $mode } run, seed { $seed }, computed in { $ms } ms
status-model-tip = The file names the model version that makes its numbers: model { $model }. docs/MODEL.md §0 says what each version changed.
mode-expected = expected
mode-stochastic = stochastic

## Summary panel

summary-on-the-day = On the day shown
summary-people = people
summary-land = land
summary-displaced = displaced
summary-held-tip = { $meaning }. All land behind the line, havens included: { $km2 } km²
summary-over-the-run = Over the whole run
summary-blue-half = Blue holds half the people
summary-blue-half-tip = First day on which blue cells hold at least half of the people
summary-not-within = not within the horizon
summary-peak-red = Peak red land
summary-peak-red-tip = Largest red land over the run, and when
summary-returned = People returned
summary-returned-tip = Displaced people who went home to a blue cell

## Events panel

events-heading = Events ({ $count })
events-add = + Add

## Drivers panel

drivers-heading = Drivers at the start
drivers-intro = Values on day 0; events change them later. Hover a driver for what it does and its source.
drivers-range = Range { $min }–{ $max }
drivers-source = Source: { $source }
drivers-deployed-tip = Governorates where the stabilisation force operates from day 0.
drivers-run = Run
drivers-mode = Mode
drivers-seed = Seed
drivers-horizon = Horizon
drivers-days = days
driver-disarmament-share = Disarmament progress
driver-aid-trucks-per-day = Aid entering
driver-force-troops = Stabilisation force
driver-reconstruction-usd-bn-per-year = Reconstruction funding
driver-violations-per-week = Ceasefire violations
driver-held-share = Withdrawal line
driver-arab-participation-share = Arab participation
driver-restricted-band-share = Restricted zone beyond the line
driver-disarmament-share-unit = share of Hamas's arms given up or destroyed
driver-aid-trucks-per-day-unit = trucks per day
driver-force-troops-unit = troops on the ground
driver-reconstruction-usd-bn-per-year-unit = US$ billion per year disbursed
driver-violations-per-week-unit = serious incidents per week
driver-held-share-unit = share of the Strip held behind the line
driver-arab-participation-share-unit = share of the oversight and force roles Arab states fill
driver-restricted-band-share-unit = share of the Strip
driver-force-mandate = Force mandate
driver-force-deployed = Force deployed in
driver-governance = Governance
driver-rafah-crossing = Rafah crossing
mandate-monitor = monitor
mandate-enforce = enforce
governance-none = no administration
governance-technocratic-committee = technocratic committee
governance-board-of-peace = Board of Peace with the committee
governance-full-transition = full transition
crossing-closed = closed
crossing-open = open

## Scenario panel

scenario-heading = Scenario
scenario-title = Title
scenario-author = Author
scenario-description = Description
scenario-sources = Sources (one per line)
scenario-created = Created { $created }; day 0 is { $start }.
scenario-as-shown-tip = As the map, lists and figures show it

## Uncertainty panel

uncertainty-heading = Uncertainty
uncertainty-progress = { $done } of { $total } runs
uncertainty-cancel = Cancel
uncertainty-runs = Runs
uncertainty-run-ensemble = Run ensemble
uncertainty-run-ensemble-tip = Stochastic runs with seeds derived from the scenario's, as `gaza-zones run --runs N --summary`
uncertainty-result = { $runs } runs. People in blue on the last day: median { $median } k (p10 { $p10 } k – p90 { $p90 } k)
uncertainty-map-blue-chance = Map: chance each cell ends blue
uncertainty-spread-note = Timeline: Spread (Ctrl+4) shows the p10–p90 band of each zone and of the held land.
uncertainty-expected-note = The expected-value run above is the model's average behaviour, not the ensemble's median; the two can differ (docs/MODEL.md, section 10.2).
uncertainty-not-run = Not yet run for this scenario.

## Why nothing moves

why-nothing-heading = Why nothing moves
why-nothing-all-possible = Every way out of every zone present can happen somewhere today.

## Events list

events-edit = Edit
events-duplicate = Duplicate
events-delete = Delete
events-being-edited = being edited above

## Cell history

history-title = Cell history
history-heading = { $governorate } · cell { $cell }
history-area = { $km2 } km²
history-area-people = { $km2 } km² · { $people } people here now
history-zone-on-day = { $zone } on day { $day }: { $meaning }
history-most-likely = most likely { $zone } on day { $day }
history-held = Behind the withdrawal line on this day: held by Israeli forces.
history-no-change = No change in this run: the cell kept its zone from day 0.
history-changes = Changes ({ $count })
history-show-day-tip = Show this day on the map and the timeline
history-by = by
history-milestones = Milestones fired by day { $day } ({ $count })
history-milestone = milestone: { $label }
history-fired-today = Fired today: its condition held at the end of yesterday, and its action applies from today.

## Export window

export-title = Export
export-what = What
export-what-map = Map on the day shown
export-what-people = Chart: people by zone over time
export-what-area = Chart: land by zone over time
export-what-spread-people = Chart: ensemble spread of people
export-what-spread-area = Chart: ensemble spread of land
export-what-days-csv = Table (CSV): totals for every day
export-what-spread-csv = Table (CSV): ensemble p10/p50/p90 for every day
export-what-compare-chart = Chart: the scenarios compared
export-what-compare-csv = Table (CSV): the scenarios compared, every day
export-what-tornado-chart = Chart: the tornado (Sensitivity window)
export-what-tornado-csv = Table (CSV): the tornado
export-what-sweep-chart = Chart: the one-driver sweep (Sensitivity window)
export-what-sweep-csv = Table (CSV): the one-driver sweep
export-needs-comparison = Add a scenario to compare first (Compare menu)
export-needs-sensitivity = Compute it first in the Sensitivity window (Analysis menu, Ctrl+T)
export-needs-ensemble = Run an ensemble first (Uncertainty, in the left panel)
export-csv-note = CSV, headed by the scenario's title, file, hash, seed and program version.
export-download = Download
export-download-tip = The browser saves it with your downloads
export-export = Export…
export-export-tip = Choose where to save it
export-choose-available = Choose something that is available above
export-choose-size = Choose a size within the limits above
export-caption-note = Title, day and program version go in the caption and the file.
export-or-save-to = or save to
export-here = Export here
export-here-tip = Write to the path typed, without a file dialog
export-format = Format
export-svg = SVG (vector, for papers)
export-size-preset = size preset
export-custom = custom
export-width = Width
export-height = Height
export-scale = Scale
export-svg-size = { $width }×{ $height } SVG; scales without loss
export-png-size = { $width }×{ $height } pixel PNG

## Questions before losing work

guard-unsaved = Unsaved changes
guard-unsaved-before-new = "{ $name }" has changes that are not saved. Save them before starting a new scenario?
guard-unsaved-before-open = "{ $name }" has changes that are not saved. Save them before opening another scenario?
guard-unsaved-before-close = "{ $name }" has changes that are not saved. Save them before closing?
guard-save = Save
guard-discard-changes = Discard changes
guard-cancel = Cancel
guard-not-saved-to-a-file = not yet saved to a file
guard-recover = Recover unsaved work?
guard-recover-text = The last session ended without saving "{ $title }" ({ $file }). Its work was autosaved.
guard-restore = Restore it
guard-discard-it = Discard it
guard-changed-on-disk = The file changed on disk
guard-changed-on-disk-text = "{ $name }" was changed by another program (a sync tool, or someone else) since you opened or saved it. Saving now replaces those changes.
guard-overwrite = Overwrite

## Help and About

help-title = Help
help-intro = What each driver and rule means, from docs/MODEL.md, which explains every rule and number with its source. Hover a driver or a rule anywhere in the app for the gist.
help-find = Find
help-find-hint = a word, e.g. aid or clearance
help-clear = Clear
help-drivers = Drivers
help-choices = Choices
help-rules = Rules
help-cell-history = A cell's history
help-nothing-matches = Nothing matches "{ $filter }".
about-title = About gaza-zones
about-intro = A what-if model of the Gaza Strip after the October 2025 ceasefire, seen through Ross and Orion's four zones. It shows what follows from the assumptions put in; it is not a forecast.
about-models = Model versions: new scenarios run model { $latest }. Each file names the model that makes its numbers and keeps them: { $versions }
about-licence = Code: MIT or Apache-2.0. The data below keep their own licences. The figures the scenarios use are listed with their sources in docs/SOURCES.md.
about-data-sources = Data sources
about-full-notice = The full notice is assets/ATTRIBUTION.md in the source tree.

## Event form

form-title = Title
form-note = Note
form-source = Source
form-day = Day
form-action = Action
form-value = Value
form-to = To
form-intensity = Intensity
form-mandate = Mandate
form-administration = Administration
form-held-share = Held share
form-crossing = Crossing
form-driver = Driver
form-over = Over
form-governorate = Governorate
form-area = Area
form-longitude = Longitude
form-latitude = Latitude
form-radius = Radius
form-when = When
form-condition-on = Condition on
form-watched-driver = Watched driver
form-indicator = Indicator
form-comparison = Comparison
form-threshold = Threshold
form-fires = Fires
form-at-most-every = At most every
form-on-its-day = On its day
form-when-a-condition-holds = When a condition holds
form-a-driver = A driver
form-an-indicator = An indicator of the run
form-the-day = The day
form-at-least = at least
form-at-most = at most
form-once = Once
form-again = Again whenever it holds
form-new-event = New event
form-edit-event = Edit event
form-no-longer-in-scenario = This event is no longer in the scenario (undone or deleted); adding puts it back.
form-add-event = Add event
form-apply-changes = Apply changes
form-fix-problems-first = Fix the problems listed above first
form-title-hint = e.g. Rafah reopens
form-note-hint = Why, and what it assumes
form-source-hint = Link or reference
form-day-tip = Days after the start ({ $start }); the horizon is day { $horizon }
form-ramp-over-tip = Reaches the value this many days after the event
form-intensity-note = 1 = a single deadly incident; 3 = a flare-up like October 2025's, which killed at least 100 people
form-line-over-tip = 0 days moves the line at once
form-driver-tip = { $unit }
    Source of the default: { $source }
form-unit-with-range = { $unit }, { $min }–{ $max }
form-whole-strip = Whole Strip
form-one-governorate = One governorate
form-a-circle = A circle
form-when-tip = A conditional event (a milestone) waits from its day until the condition holds at the end of a day, and happens the next day
form-checked-note = Checked at the end of each day from the day above; the action applies the next day. In stochastic runs each run fires it on its own day.
form-condition-from-file = Condition from the file: { $condition }
form-replace-with-one-test = Replace with one test
form-indicator-note = share, 0–1, at the end of the day (expected values in expected-value mode)
form-repeat-tip = Days that must pass before it can fire again
events-row-day = Day { $day }
events-row-from-day = From day { $day }
events-show-day-tip = Show this day
kind-set = Set driver
kind-ramp = Ramp driver
kind-strike = Strike
kind-deploy-force = Force enters one governorate
kind-withdraw-force = Withdraw force
kind-mandate = Force mandate
kind-governance = Governance
kind-move-line = Move withdrawal line
kind-declare-haven = Declare haven
kind-rafah = Rafah crossing
kind-set-help = Set a driver to a value from this day on
kind-ramp-help = Move a driver in a straight line to a value over some days
kind-strike-help = A strike or violation: violence rises in the area and fades, and some people flee
kind-deploy-force-help = The stabilisation force starts operating in a governorate
kind-withdraw-force-help = The stabilisation force stops operating in a governorate
kind-mandate-help = The stabilisation force's mandate changes
kind-governance-help = A different administration takes over
kind-move-line-help = The withdrawal line moves until this share of the Strip is held
kind-declare-haven-help = An area becomes a humanitarian haven under Arab oversight
kind-rafah-help = The Rafah crossing with Egypt opens or closes

## Sensitivity window

sensitivity-title = Sensitivity
sensitivity-intro = One driver at a time: its starting value moves, every other input stays as the scenario has it. This explores the model's assumptions; it is not a forecast.
sensitivity-runs-per-point = Runs per point
sensitivity-runs-per-point-tip = 1: one run in the scenario's own mode. More: that many stochastic runs at each point, run i with the same random numbers at every point
sensitivity-never-half = A run in which blue never holds half the people counts as day { $after } (after the { $horizon }-day horizon), shown as "not by day { $horizon }".
sensitivity-tornado-heading-parameters = Each driver and judgement parameter across its range
sensitivity-tornado-heading = Each driver across its range
sensitivity-compute-tornado = Compute tornado
sensitivity-export-tornado = Export tornado CSV…
sensitivity-export-tornado-tip = The table behind the chart, with the scenario's provenance
sensitivity-tornado-caption = { $sampling }. Bars run from the scenario's value (the vertical line) to the value with the driver at the end of its range; widest first.
sensitivity-tornado-parameters = Rows marked (parameter) are judgements of the rules, not scenario inputs: { $range }.
sensitivity-tornado-set-later = * Events set this driver again later: only its value until then moves.
sensitivity-sweep-heading = One driver, step by step
sensitivity-compute-sweep = Compute sweep
sensitivity-export-sweep = Export sweep CSV…
sensitivity-export-sweep-tip = The values behind the plot, with the scenario's provenance
sensitivity-sweep-caption = { $sampling } at each of { $count } values of { $driver }, from { $from } to { $to }. The vertical line marks the scenario's value ({ $scenario }).
sensitivity-sweep-band = Line: the median; band: 10th to 90th percentile of the runs.
sensitivity-sweep-set-later = Events set it again on day { $days }: only its value until then moves.
sensitivity-from = From
sensitivity-to = to
sensitivity-steps = Steps
sensitivity-computing-tornado = Computing the tornado…
sensitivity-computing-sweep = Computing the sweep…
sensitivity-stale-tornado = Out of date — recompute: the scenario has changed since this tornado was computed.
sensitivity-stale-sweep = Out of date — recompute: the scenario has changed since this sweep was computed.
sensitivity-none-tornado = No tornado computed for this scenario yet.
sensitivity-none-sweep = No sweep computed for this scenario yet.
sensitivity-low-parameters = driver at its minimum, parameter at half its default
sensitivity-high-parameters = driver at its maximum, parameter at double its default
sensitivity-low = driver at its minimum
sensitivity-high = driver at its maximum
sensitivity-sampling-expected = One expected-value run per point
sensitivity-sampling-one = One stochastic run per point (seed { $seed })
sensitivity-sampling-median = Median of { $runs } stochastic runs per point (seed { $seed }, the same random numbers at every point)

## The map's cell card (on hover)

card-held = Held by Israeli forces behind the withdrawal line · { $km2 } km²
card-held-gray-note = Counted as held, apart from gray, in the totals; no civilian return or international reconstruction while held.
card-held-haven-note = A haven behind the line: counted with green in the totals; no civilian return while held.
card-zone = { $zone } ({ $meaning }) · { $km2 } km²
card-chances = Chances: { $shares }
card-people = People present: { $people }
card-turned = Turned { $zone } on day { $day } ({ $date }) by the rule "{ $rule }"
card-driven-by = Driven by: { $drivers }
card-unchanged = Unchanged since day 0
card-click-for-history = Click for the cell's history

## Compare panel

compare-with-bundled = Compare with a bundled scenario
compare-at-most = { $count } at most; remove one to add another
compare-remove = Remove { $label }
compare-remove-tip = Remove { $label } from the comparison
compare-nothing-yet = Nothing to compare yet. Add a bundled scenario or a file from the Compare menu or the buttons above, or pin the scenario as it is now, edit it, and compare.
compare-plot = Plot
compare-show-hide = Show or hide the { $zone } curves
compare-add-bundled = Add bundled
compare-add-bundled-tip = Compare with one of the scenarios that come with the program
compare-add-file = Add file…
compare-pin-current = Pin current
compare-export-csv = Export CSV…
compare-current = Current: { $title }
compare-current-tip = The scenario being edited
compare-key = colour: zone · line: scenario
compare-starts-differ = Start dates differ: curves are aligned on day 0, each scenario's own start (see the table); the CSV export has a date column.
compare-horizons-differ = Horizons differ: each curve ends on its scenario's last day.
compare-map = Map
compare-zones = Zones
compare-zones-tip = The current scenario's zones on the day shown
compare-differences-from = differences from
compare-difference-tip = Where the current scenario and { $label } put cells in different zones on the day shown ({ $shortcut })
compare-people-per-zone = People per zone
compare-land-per-zone = Land per zone
compare-people-returned = People returned
compare-people-displaced = People displaced

## Values with their units, headline numbers, sensitivity analyses
value-percent = { $n } %
value-trucks-per-day = { $n } trucks/day
value-troops = { $n } troops
value-usd-bn-per-year = US$ { $n } bn/yr
value-incidents-per-week = { $n } incidents/wk
value-km = { $n } km
value-per-day = { $n }/day
value-km2 = { $n } km²
value-day = day { $n }
value-not-by-day = not by day { $day }
value-no-change = no change
value-change-days = { $n } days
indicator-first-day-blue-holds-half = First day blue holds half the people
indicator-peak-red-km2 = Peak red land
indicator-returned-pop = People returned home
indicator-final-red-km2 = Red land on the last day
indicator-final-green-km2 = Green land on the last day
indicator-final-gray-km2 = Gray land outside the line on the last day
indicator-final-held-km2 = Held land behind the line on the last day
indicator-final-blue-km2 = Blue land on the last day
indicator-final-red-pop = People in red on the last day
indicator-final-green-pop = People in green on the last day
indicator-final-gray-pop = People in gray outside the line on the last day
indicator-final-held-pop = People on held land behind the line on the last day
indicator-final-blue-pop = People in blue on the last day
indicator-unit-day = day
indicator-unit-km2 = km²
indicator-unit-people = people
lever-parameter = { $name } (parameter)
sampling-expected = one expected-value run per point
sampling-one-stochastic = one stochastic run per point, seed { $seed }
sampling-stochastic = { $runs } stochastic runs per point, seed { $seed }, common random numbers

## Sensitivity: the tornado rows and the sweep plot
sensitivity-plausible-range = a judgement parameter moves from { $low } to { $high } times its default (kept within its allowed range), a plausible range rather than the whole allowed one
tornado-row = { $lever }: at { $min } { $at_min } ({ $change_min }); at { $max } { $at_max } ({ $change_max }); the scenario ({ $scenario }) gives { $baseline }
tornado-row-parameter = . A judgement of the rules ({ $unit }), not a scenario input: { $range }
tornado-row-set-again = . Events set this driver again later: only its value until then moves
sweep-run-value = the run's value
sweep-not-within-horizon = not within the horizon

## Events in the list and on the timeline, conditions, milestones
event-set = { $driver } = { $value }
event-ramp = { $driver } to { $value } over { $days } days
event-strike = strike ({ $intensity }) in { $area }
event-deploy = force deploys to { $governorate }
event-withdraw = force leaves { $governorate }
event-mandate = force mandate: { $mandate }
event-governance = governance: { $governance }
event-move-line = line moves to { $percent }% held over { $days } days
event-haven = haven declared in { $area }
event-rafah-opens = Rafah crossing opens
event-rafah-closes = Rafah crossing closes
area-strip = the whole Strip
area-circle = { $km } km around { $lat }°N { $lon }°E
event-when = when { $condition }
event-when-every = when { $condition } (at most every { $days } days)
condition-day = day { $sign } { $value }
condition-always = always
condition-never = never
condition-and = and
condition-or = or
event-fired = fired in { $percent }% of { $runs } runs, median day { $median } (days { $first }–{ $last })
event-never-fired = fired in none of { $runs } runs
milestone-fired = Milestone "{ $label }": { $fired }
events-edit-tip = Change this event in a form
events-edit-disabled-tip = Finish or cancel the event in the form first
events-duplicate-tip = Add a copy right after this event
events-delete-tip = Delete this event (Undo brings it back)
events-edit-name = Edit event { $number }, day { $day }: { $label }
events-duplicate-name = Duplicate event { $number }, day { $day }: { $label }
events-delete-name = Delete event { $number }, day { $day }: { $label }

## Milestone conditions: the shares a condition can test
milestone-blue-people-share = share of people in blue land
milestone-green-people-share = share of people in green land
milestone-gray-people-share = share of people in gray land
milestone-red-people-share = share of people in red land
milestone-blue-area-share = share of the Strip that is blue
milestone-green-area-share = share of the Strip that is green
milestone-gray-area-share = share of the Strip that is gray
milestone-red-area-share = share of the Strip that is red
milestone-held-area-share = share of the Strip held behind the line
milestone-displaced-share = share of people displaced

## Help in a tooltip
help-from-model-document = From docs/MODEL.md; F1 for all the help.

## Model versions
model-number = model { $n }
model-described = { $n } ({ $summary })
model-in-list = model { $model }
model-summary-1 = Nov 2025: residents even within governorates, line as a depth band, homes not modelled
model-summary-2 = Dec 2026: published line of 19 Oct 2025, residents where homes were, damaged homes and their rebuilding
model-summary-3 = Dec 2026, dynamics: model 2 plus armed strength that grows with delay, havens that need security, incidents near the line

## The Compare panel: the indicators table
compare-indicator = Indicator
compare-current-column = Current: { $label }
compare-vs-current = vs current
compare-same = same
compare-not-reached = not reached
compare-days = { $days } days
compare-row-start-date = Start date (day 0)
compare-row-horizon = Horizon
compare-row-blue-holds-half = Blue holds half the people
compare-row-peak-red = Peak red land
compare-row-peak-red-day = Peak red land reached
compare-row-people-returned = People returned
compare-row-final-land = Final land, { $zone }
compare-row-final-people = Final people, { $zone }
compare-row-start-date-tip = Calendar date of each scenario's day 0
compare-row-horizon-tip = Days each scenario runs
compare-row-blue-holds-half-tip = First day on which blue cells hold at least half of the people
compare-row-peak-red-tip = Largest red land over the run
compare-row-peak-red-day-tip = First day the peak red land was reached
compare-row-people-returned-tip = Displaced people who went home to a blue cell, by the last day
compare-row-final-tip = On the scenario's last day

## Notes in a CSV's provenance header (Arabic and Hebrew only; English says the same in the header's own lines)
csv-note-what = gaza-zones: a what-if model, not a forecast; model { $model }
csv-note-columns = The keys of this header and the column names are in English in every language, so that every program and every later version reads them alike; only these notes are translated.

## Timeline
timeline-not-reached = not reached in this run: { $milestones }

## The difference map, background jobs, events list and timeline (left over)
difference-summary =
    { $cells ->
    [one] 1 cell
    *[other] { $cells } cells
    }, { $km2 } km², differ on day { $day }
difference-ended = { $label } ends on day { $last }: nothing to compare on day { $day }
difference-top-half = top half: the current scenario
difference-bottom-half = bottom half: { $label }
difference-faded = faded: same zone in both
difference-outline = outline: around the land that differs
difference-start-dates = start dates differ: day { $day } is { $here } here, { $there } there
difference-cell = { $governorate } · cell { $cell } · { $km2 } km²
difference-current = Current ({ $title }): { $zone }
difference-same-zone = { $zone } in both scenarios
difference-not-in-both = Not in both runs on this day
job-stopped = { $what } stopped: { $why }
job-internal-error = { $what } stopped on an internal error ({ $panic }); please report it
job-ensemble = The ensemble of { $runs } runs
job-tornado = The tornado
job-sweep = The sweep
events-none = No events yet: the drivers keep their starting values throughout. Add one with + Add.
timeline-clear-trace = Clear the trace of the previous run
timeline-clear-trace-tip = The dashed lines show the curves before your edits

## The sweep plot's horizontal axis
sweep-driver-axis = { $driver } (starting value)

## The map caption on a day with several events
map-caption-count = Event { $k } of { $n } this day · PgDn: next
map-caption-more = + { $n } more

## Export: replacing a file
export-replace-title = Replace the file?
export-replace-question = { $path } exists. Replace it?
export-replace-renamed = The name given was { $typed }; it now ends as the format chosen does.
export-replace = Replace

## Export: the difference map
export-what-difference-map = Map: where the compared scenario differs

## Export ▸ Animation
export-what-animation = Animation of the map (GIF, APNG or WebP)
export-animation-from = From day
export-animation-to = to day
export-animation-step = days per frame
export-animation-timeline = With the people chart beside the map
export-animation-frames = { $frames } frames, a loop of about { $seconds } s, drawn at 1×
export-animation-progress = frame { $done } of { $total }
job-animation = The animation of { $frames } frames
