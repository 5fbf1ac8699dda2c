## explain
## The explanations of a cell: the Cell history window and the map's hover card
## (gz_i18n::explain and crates/app/src/panels/history/). Numbers arrive as numbers, written
## with three significant figures and thousands grouped ("0.188", "20,000"), so a selector can
## make a noun agree with them. $zone is a zone's key (red, green, gray, blue): English shows it
## as it is; the other languages pick the form that agrees with the noun around it.

## What a change is, in each mode

explain-mode-stochastic = Stochastic run: a change is the day a rule fired in this cell, drawn with the probability shown.
explain-mode-expected = Expected-value run: a change is the day the cell's most likely zone changed, put down to the rule that moved the most probability into the new zone.

## The cell's homes ($now and $start are percentages, $rebuilt percentage points)

explain-homes = Homes: { $now } % can be lived in on day { $day } ({ $start } % on day 0, after the damage UNOSAT mapped on { $date }). Residents go home only to these.
explain-homes-rebuilt = Homes: { $now } % can be lived in on day { $day } ({ $start } % on day 0, after the damage UNOSAT mapped on { $date }, { $rebuilt } points rebuilt since day 0 with reconstruction money). Residents go home only to these.

## The drivers each rule depends on (the map's hover card: "Driven by: …"). Each must contain
## the words below for every input of its rule (a test checks it).

explain-drivers-clearance = disarmament, force strength and mandate, governance, secured neighbours, armed strength
explain-drivers-haven = haven declared, Arab participation, aid, security (an enforcing force or secured ground)
explain-drivers-haven-to-reconstruction = reconstruction funding, governance
explain-drivers-secure-for-return = funding, aid, governance, force presence, blue neighbours, violence
explain-drivers-relapse = violence, armed neighbours, force presence
explain-drivers-reassertion = disarmament (lack of), armed neighbours, violence, force presence, armed strength
explain-drivers-haven-capture = disarmament (lack of), Arab participation (lack of, models 1-2), armed neighbours, force presence, armed strength
explain-drivers-line-advance = withdrawal line
explain-word-aid = aid
explain-word-funding = funding
explain-word-governance = governance
explain-word-disarmament = disarmament
explain-word-arab-participation = Arab participation
explain-word-force = force
explain-word-security = security
explain-word-armed-strength = armed strength
explain-word-violence = violence
explain-word-armed-neighbours = armed neighbours
explain-word-secured-neighbours = secured neighbours
explain-word-blue-neighbours = blue neighbours
explain-word-haven-declared = haven declared

## What each factor of a rule stands for

explain-factor-base-rate = base rate
explain-factor-pressure = pressure to disarm
explain-factor-still-armed = still armed
explain-factor-no-arab-oversight = no Arab oversight
explain-factor-lacking = what is lacking
explain-factor-unchecked = left unchecked by the force
explain-factor-calm = calm
explain-factor-armed-strength-left = left by armed strength
explain-factor-left = what is left
explain-factor-security = security
explain-input-aid = aid
explain-input-funding = funding
explain-input-governance = governance
explain-input-disarmament = disarmament
explain-input-arab-participation = Arab participation
explain-input-enforcement = force enforcing
explain-input-deterrence = force deterring
explain-input-enforcing-presence = enforcing force
explain-input-armed-strength = armed strength
explain-input-secured-ground = secured ground around
explain-input-violence = violence
explain-input-red-neighbours = armed ground next door
explain-input-secured-neighbours = secured ground next door
explain-input-blue-neighbours = blue ground next door
explain-input-outside-line = outside the line
explain-input-haven-declared = haven declared here

## How each factor is worked out. The formulas (lerp, 1 −, ×, w / (w + …)) stay as
## docs/MODEL.md writes them.

explain-how-note = { $how }; { $note }
explain-how-pressure = disarmament { $disarmament } + still armed { $armed } × { $weight } × enforcement { $enforcement }; { $note }
explain-how-calm = 1 − { $weight } × violence; { $violence }
explain-how-aid = aid { $share } = ({ $trucks } trucks + { $rafah } via Rafah) / { $target }
explain-how-funding = funding { $share } = US${ $usd } bn a year / { $need }
explain-how-disarmament = disarmament { $share }
explain-how-arab-participation = Arab participation { $share }
explain-how-armed-strength = armed strength { $share }
explain-how-armed-strength-note = the armed group's strength in this governorate (model 3)
explain-how-force = { $force } { $share }
explain-how-force-enforcing = { $force } = cover { $cover } (enforcing mandate)
explain-how-force-monitoring = { $force } = cover { $cover } × { $monitoring } (monitoring mandate)
explain-force-enforcement = enforcement
explain-force-enforcing-presence = enforcing force
explain-force-deterrence = deterrence
explain-how-violence = index { $index } = w / (w + { $half }), w = { $incidents } incidents a week
explain-how-violence-strikes = index { $index } = w / (w + { $half }), w = { $incidents } incidents a week + { $strikes } from recent strikes here
explain-how-neighbours-red = { $count } of { $neighbours } neighbours red
explain-how-neighbours-blue = { $count } of { $neighbours } neighbours blue
explain-how-neighbours-secured = { $count } of { $neighbours } neighbours gray or blue
explain-how-neighbours-secured-ground = { $count } of { $neighbours } neighbours gray or blue (all, behind the line)
explain-how-share-red = neighbours red: { $share }
explain-how-share-blue = neighbours blue: { $share }
explain-how-share-secured = neighbours gray or blue: { $share }
explain-how-share-secured-ground = neighbours gray or blue (all, behind the line): { $share }
explain-how-haven = a haven was declared in this cell
explain-how-no-haven = no haven was declared here: 0
explain-how-outside-line = the cell lies outside the withdrawal line
explain-how-held = held behind the withdrawal line: 0

## The drivers' values on the day: their units, and what a value means here

explain-unit-disarmament-share = share of Hamas's arms given up or destroyed, 0–1
explain-unit-aid-trucks-per-day = trucks per day (target 600)
explain-unit-force-troops = troops on the ground
explain-unit-reconstruction-usd-bn-per-year = US$ billion per year disbursed
explain-unit-violations-per-week = serious incidents per week (exchanges of fire, strikes)
explain-unit-held-share = share of the Strip held behind the line, 0–1
explain-unit-arab-participation-share = share of the oversight and force roles Arab states fill, 0–1
explain-unit-restricted-band-share = share of the Strip, next beyond the held area, treated as held, 0–0.5
explain-unit-force-mandate = what the force may do
explain-unit-governance = factor { $share }
explain-unit-rafah-crossing = adds trucks to aid when open
explain-troops-none = no troops: cover 0
explain-troops-not-deployed = cover 0 here: not deployed in this governorate
explain-troops-cover = cover { $cover } here: spread over { $people } people where deployed; full cover at { $per_thousand } per 1,000
explain-violations-strikes = plus { $strikes } a week from recent strikes in this cell

## The Cell history window: why a change happened

explain-probability = Probability that day, out of { $zone }: { $probability }
explain-probability-pace = Probability that day, out of { $zone }: { $probability } (at this rate, about once in { $days } days)
explain-applied = Applied to the { $chance } chance of { $zone }: it moved { $moved } of probability that day.
explain-chances = Chances before: { $before }. After: { $after }.
explain-list-separator = { ", " }
explain-factors = Factors (multiplied together)
explain-scaled = The two ways out of { $zone } added up to more than 1 that day: both were scaled by { $scale }.
explain-alternative = The other way out of { $zone } that day: { $rule } { $probability } a day
explain-drivers = Drivers that day
explain-luck = The rule fired that day by the luck of the draw; the factors say what made it likely.
explain-line-headline = Not a probability: the withdrawal line advanced over the cell.
explain-line = The share held behind the line went from { $before } to { $after } ({ $cells_before } → { $cells_after } cells held). This cell is number { $place } in the order in which the line takes cells, from the eastern border inward.
explain-line-displaced = Everyone at home here was displaced that day, and the cell turned gray at once.

## The Cell history window: the cell's start, its strip, errors

explain-started = On day 0 land behind the withdrawal line starts gray and all other land red (docs/MODEL.md, section 5.12): this cell started { $zone }.
explain-started-before-first-change = On day 0 land behind the withdrawal line starts gray and all other land red (docs/MODEL.md, section 5.12): this cell started { $zone }. The day shown is before its first change: click a change to see why it happened.
explain-strip-day = Day { $day } · { $date }: { $chances }
explain-strip-click = Click to show this day
explain-event = event { $index }
explain-error = Cell { $cell }: { $error }
explain-error-no-such-cell = there is no cell { $cell }
explain-error-stale = the run does not match the scenario: it was made from other inputs
