## blockers
# What holds a change back: "Why nothing moves" (the Strip on the day shown), a cell's "Why
# not" in the Cell history, and `gaza-zones explain`. The reference for ar/ and he/.
#
# Arguments. $rule is a rule's key in words ("haven to reconstruction") and $param a
# parameter's key: both stay English in every language, as docs/MODEL.md and the help name
# them. Where $zone or $what is a selector it carries a key (red, green, gray, blue; secured,
# gray-or-blue), so that each language picks the form its grammar needs; $from, $to and $name
# are zone names already in the language. $count, $day, $cells, $possible, $neighbours and
# $cell are numbers (for plural forms); the other numbers arrive formatted ("0.063", "20,000").
# In the paces $count selects the plural form and $n shows the number (grouped: "1,234").
# Sentences start with a capital where the language has capitals (the program adds it).

## A way out and how often it could happen

blockers-transition = { $rule } ({ $from } → { $to })
blockers-pace-days = { $count ->
       *[other] about once in { $n } days
    }
blockers-pace-years = { $count ->
       *[other] about once in { $n } years
    }
# In an expected-value run, after the transition, for a zone the cell may be in.
blockers-zone-chance = (for its { $percent } % chance of being { $zone })

## A cell: one sentence per way out ($chance is empty or a space and blockers-zone-chance)

blockers-cell-open = { $transition }{ $chance } can happen: { $probability } a day, { $pace }.
blockers-cell-cannot = { $transition }{ $chance } cannot happen: { $reasons }.
blockers-cell-held-back = { $transition }{ $chance } is held back to { $probability } a day ({ $pace }): { $reasons }.

## Why a factor is small: clauses, joined into $reasons with "; "

blockers-base-rate = its base rate { $param } is { $value }
blockers-at-floor = { $clause }, so this factor is at its floor of { $floor }
blockers-lerp = { $clause } (factor lerp({ $floor }, …) = { $value })
blockers-lack = { $clause } (factor 1 − { $input } = { $value })
blockers-brake = { $clause } (factor 1 − { $weight } × { $input } = { $value })
blockers-pressure = the pressure to disarm is { $level ->
        [zero] { $value }
       *[some] only { $value }
    }, as disarmament is { $disarmament } and { $force }
blockers-no-stand-in = { $param } is 0, so no force can stand in for it
blockers-security = security for a haven is { $level ->
        [zero] { $value }
       *[some] only { $value }
    }, as { $force } and { $ground }
blockers-force-covers = an enforcing force covers { $share }
blockers-monitor-secures-nothing = the force's mandate is monitor, and only an enforcing force secures ground
blockers-no-troops = there are no force troops
blockers-not-deployed-in = the force is not deployed in { $governorate }
blockers-not-deployed-there = the force is not deployed there
blockers-monitor-share = the force's mandate is monitor, so its share is only { $share } (its cover { $cover } × { $monitor })
blockers-enforces = the force enforces with a cover of { $cover } of full strength
blockers-aid = aid is { $share } of the target ({ $trucks } trucks a day, { $rafah } of them via Rafah, against { $target })
blockers-funding = reconstruction money is { $share } of the need (US${ $usd } bn a year against { $need })
blockers-governance = governance is { $level } (factor { $share })
blockers-disarmament = disarmament is { $share }
blockers-arab-participation = Arab participation is { $share }
blockers-armed-strength-in = the armed group's strength in { $governorate } is { $share }
blockers-armed-strength-there = the armed group's strength there is { $share }
blockers-force-share = the force's { $what ->
        [enforcement] enforcement
        [presence] enforcing force
       *[deterrence] deterrence
    } is { $share }, as { $reason }
blockers-no-violence = there is no violence (0 incidents a week)
blockers-violence = violence is { $index } ({ $violations } incidents a week)
blockers-violence-strikes = violence is { $index } ({ $violations } incidents a week and { $strikes } from recent strikes here)
blockers-no-neighbour = no neighbouring cell is { $what ->
        [red] red
        [blue] blue
        [secured] secured (gray or blue)
       *[gray-or-blue] gray or blue
    }
blockers-neighbours-count = { $count } of { $neighbours } neighbouring cells are { $what ->
        [red] red
        [blue] blue
        [secured] secured (gray or blue)
       *[gray-or-blue] gray or blue
    }
blockers-neighbours-share = the neighbouring cells are { $percent } % { $what ->
        [red] red
        [blue] blue
        [secured] secured (gray or blue)
       *[gray-or-blue] gray or blue
    }
blockers-haven-declared = a haven has been declared here
blockers-no-haven-declared = no haven has been declared here
blockers-outside-line = the cell lies outside the withdrawal line
blockers-behind-line = the cell is held behind the withdrawal line

## What some cells of a zone have that keeps a way out shut ($fact: one of the keys below)

blockers-fact-one = { $fact ->
        [security] has no security for a haven (no enforcing force, no secured ground around)
        [held] is held behind the withdrawal line
        [no-haven] has no haven declared
        [no-neighbour] has no { $what ->
            [red] red
            [blue] blue
            [secured] secured (gray or blue)
           *[gray-or-blue] gray or blue
        } neighbour
        [no-violence] has no violence
        [param] has { $param } at 0
       *[factor] has a factor at 0
    }
blockers-fact-many = { $fact ->
        [security] have no security for a haven (no enforcing force, no secured ground around)
        [held] are held behind the withdrawal line
        [no-haven] have no haven declared
        [no-neighbour] have no { $what ->
            [red] red
            [blue] blue
            [secured] secured (gray or blue)
           *[gray-or-blue] gray or blue
        } neighbour
        [no-violence] have no violence
        [param] have { $param } at 0
       *[factor] have a factor at 0
    }
blockers-every-cell = every { $mode ->
        [expected] cell that may be { $zone }
       *[stochastic] { $zone } cell
    } { $fact }
blockers-some-cells = { $count } of { $cells } { $mode ->
        [expected] cells that may be { $zone }
       *[stochastic] { $zone } cells
    } { $fact }
# $facts: blockers-fact-many, joined with "or".
blockers-the-others = ; the others { $facts }

## The Strip: one sentence per way out, the governorates alike said together ($place)

blockers-wherever = wherever there is { $zone } land
blockers-in-places = { $count ->
       *[other] in { $places }
    }
blockers-range = { $low } to { $high }
blockers-strip-cannot = { $transition } cannot happen { $place }: { $reasons }.
blockers-strip-held-back = { $transition } is held back { $place } (at best { $best } a day, { $pace } or rarer): { $reasons }.
# $others is empty or blockers-the-others.
blockers-strip-open = { $transition } can happen { $place }: in { $possible } of { $cells } { $mode ->
        [expected] cells that may be { $zone }
       *[stochastic] { $zone } cells
    }, at best { $best } a day ({ $pace }){ $others }.
blockers-zone-area = { $name } { $km2 } km²
blockers-strip-headline = Day { $day }: { $zones }; { $movable ->
        [none] no rule can move any land that day
       *[some] some land can change zone
    }.

## In the app

blockers-held-back-note = Held back: it would happen { $pace } or more rarely. The same with every way out: gaza-zones explain FILE --day { $day }.
blockers-why-not = Why not, on day { $day }
blockers-ways-out-on-day = Its ways out on day { $day }
blockers-cell-hover = Each way out of the cell's zone that day and its probability. A way out is held back when it would happen { $pace } or more rarely; the factors that hold it back are named, with the drivers, parameters and facts of the cell behind them.
blockers-no-way-out = No rule leads out of this zone.

## gaza-zones explain ($job: mode, seed and runs, as in CSV headers, in English)

blockers-cli-day = Day { $day }; { $job }
blockers-cli-day-date = Day { $day } ({ $date }); { $job }
blockers-cli-day-zero = Day 0 is the starting picture and no rule runs on it: the ways out below are those of day 1.
blockers-cli-strip-heading = Each way out of each zone, and what holds it back:
blockers-cli-cell = Cell { $cell } in { $governorate }, { $km2 } km²: { $zones } when the rules ran on day { $day }{ $held ->
        [yes] ; held behind the withdrawal line
       *[no] { "" }
    }{ $haven ->
        [yes] ; a haven has been declared here
       *[no] { "" }
    }.
blockers-cli-zone-chance = { $name } { $percent } %
blockers-cli-ways-out = Ways out that day, with their chances:
blockers-cli-change = day { $day }: { $change }
blockers-cli-line-advance = { $from } → { $to }: the withdrawal line advanced over the cell
blockers-cli-changes = Changes up to day { $day }:
blockers-cli-no-changes = Changes up to day { $day }: none.
