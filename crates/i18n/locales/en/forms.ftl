## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = Deploy the force
kind-deploy-help = The stabilisation force deploys in one step: to the governorates ticked (or the whole Strip), with this many troops and this mandate. Under “monitor” the force helps little with clearance; see the Help on force_mandate.
form-deploy-to = Deploy to
form-troops = Troops
event-deploy-force = force of { $troops } troops deploys to { $places } ({ $mandate })

## An event that would change nothing
no-effect-no-troops = This changes nothing: the force has no troops on that day. Give it troops (Deploy the force has a Troops field) or set force_troops first.
no-effect-already-deployed = This changes nothing: on that day the force is already there, with these troops and this mandate.
no-effect-not-deployed = This changes nothing: on that day the force is not in { $governorate }.
no-effect-same-value = This changes nothing: on that day the driver already has this value.
no-effect-already-so = This changes nothing: on that day it is already so.
no-effect-all-held = This changes nothing: on that day all of this area is held behind the line, where nobody lives and no rule changes the zone. Choose an area outside the hatched land.
no-effect-no-intensity = This changes nothing: a strike of intensity 0. Intensity 1 is a single deadly incident.

## The date picker: a calendar of one month (month names in full, weekdays as column headings from Monday, 1, to Sunday, 7)
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December
calendar-month-year = { $month } { $year }
weekday-1 = Mo
weekday-2 = Tu
weekday-3 = We
weekday-4 = Th
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = Su
picker-previous-month = Previous month
picker-next-month = Next month
picker-calendar = Calendar
picker-tip = Choose the date on a calendar. Arrow keys move a day or a week, Page Up and Page Down a month, Enter picks the date, Esc closes.
picker-outside = Outside the scenario: it runs from { $first } to { $last }
form-date = Date
form-day-number = day

## Dates with the day number after them: the events list
events-row-date = { $date } · day { $day }
events-row-from-date = From { $date } · day { $day }

## Dates with the day number after them: the cell history and the summary
history-zone-on-date = { $zone } on { $date } (day { $day }): { $meaning }
history-most-likely-on-date = most likely { $zone } on { $date } (day { $day })
history-milestones-by-date = Milestones fired by { $date } (day { $day }): { $count }
summary-peak-red-value-dated = { $km2 } km², { $date } (day { $day })

## A date with its day number after it, where nothing else goes with them
date-and-day = { $date } (day { $day })

## A condition on the day, as a date
form-threshold-day = Threshold day
