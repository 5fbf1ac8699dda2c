## start: the start page, its scenario gallery and the guided tour

## The start page, its gallery and the guided tour
command-start-page = Start page
command-start-page-tip = The bundled scenarios as a gallery, what the four zones mean, and the tour
command-tour = Take the tour
command-tour-tip = Six short steps through the window: the map, the timeline, the drivers, the events, a cell's story and the help
start-title = gaza-zones: the Gaza Strip in four zones
start-intro = A what-if model of the Gaza Strip after the October 2025 ceasefire, seen through the four-zone proposal of Dennis Ross and Assaf Orion. The Strip is cut into cells of about 1 km² on its real map. You choose the assumptions (aid, troops, disarmament, the withdrawal line…) and add events; the model shows, day by day, which zone each cell is in and how many people live there.
start-not-a-forecast = It is a what-if model, not a forecast: its numbers show what follows from the assumptions you choose, and Help explains every rule.
start-zones-heading = The four zones, and the held land
start-take-tour = Take the two-minute tour
start-getting-started = Getting started (Help)
start-open-file = Open a scenario file…
start-close = Close
start-gallery-heading = Start from a scenario
start-gallery-note = Each small map shows the scenario's last day. Click a map or a title to open it; you can change everything afterwards.
start-open-this = Open this scenario
start-map-on = map: { $date }
start-story-where-things-stand = Things as reported on 1 Sep 2026, carried forward unchanged: nothing moves until you add events. The place to ask your own what-if.
start-story-as-reported-2026 = What was reported from Nov 2025 to Sep 2026, replayed event by event, then carried forward: compare the model with the record.
start-story-stalled-phase-two = Nov 2025 with nothing moving: no disarmament, no stabilisation force, no agreed administration. The baseline to compare the others against.
start-story-full-phase-two = Every element of Phase II carried out in good time: disarmament, an enforcing force growing to about 20,000, aid, reconstruction and withdrawals.
start-story-aid-surge-without-disarmament = Aid climbs to 650 trucks a day, Rafah opens and havens are declared, but nobody disarms and no force deploys.
start-story-retrenchment = The line is pulled back until about a third of the Strip is held, but the weapons are not handed over; a small force only monitors.
start-story-collapse = Phase II moves forward in part through 2026, then incidents multiply, the handover of weapons stops and the deal is called off.
start-story-partition = The line is never pulled back and its markers move west until 58% is held; the west stays red: a partition nobody declares.
start-story-milestones = Full Phase II, but each withdrawal waits for disarmament milestones, as the 20-point plan ties them.
tour-step = Step { $n } of { $total }
tour-next = Next
tour-back = Back
tour-finish = Finish
tour-end = End the tour
tour-keys = Enter: next · Esc: end the tour
tour-map-title = The map
tour-map = The Strip in cells of about 1 km², coloured by zone on the day shown. Hatched land is held behind the withdrawal line (the yellow line). Scroll to zoom, drag to move, F to fit.
tour-timeline-title = Playing the days
tour-timeline = Press Play (Space) or drag the day. The chart shows the people (or the land) in each zone over the whole run, and the events as vertical lines. Click the chart to jump to a day.
tour-drivers-title = The drivers
tour-drivers = The assumptions the run starts from: aid, troops, disarmament, violations, the held share… Change one and the whole run is worked out again at once; the run before stays as a faint line. “Why nothing moves” says what holds the zones back.
tour-events-title = Events
tour-events = Events change the drivers on a date: a force deploys, aid rises, the line moves, a strike. “+ Add” (Ctrl+E) opens a form that warns you when an event would change nothing.
tour-cell-title = A cell's story
tour-cell = Click any cell on the map: a window tells its story, every change with its date, the rule that made it and the factors behind it, and for a cell that has not changed, what holds it back.
tour-help-title = Help
tour-help = Help (F1) explains every driver and rule in plain words, with its source. The start page and this tour are in the Help menu whenever you want them again.

## Saving a changed copy under a title of its own
save-my-version-title = { $title } (my version)
save-edited-from = Edited from “{ $title }”: the description below is the original's and may no longer match the events and drivers.
save-version-heading = Save your version
save-version-why = You changed “{ $title }”. Give your version a title of its own, so that the file does not claim to be the original.
save-version-mark-edited = Start the description with a line saying it was edited from the original
save-version-author-remembered = The author's name is remembered for your next scenario.
save-version-save = Save…
save-version-keep-title = Keep the original title

## Placing an event on the map
form-place-on-map = Place on the map
form-place-done = Done placing
form-place-hint = Click the map where it happens.
form-place-deploy-hint = Click a governorate on the map to add it, or again to take it out.

## What would move it: the drivers behind what holds the rules back
why-drivers-to-move = What would move it (open its help):
why-open-driver-help = Open the help on { $driver }: what it is, its range and how it works in the rules
