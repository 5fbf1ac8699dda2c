## blockers
# What holds a change back, in Hebrew (Modern Hebrew). en/blockers.ftl is the reference: this
# file has every message it has, in the same order, with the same arguments.
#
# The rule's key ($rule) and parameter keys ($param) stay in English, as in the help. The
# subject of each sentence is "המעבר" (the move from one zone to another); "held back" is
# "מוגבל" (limited). Zones agree with their noun through the $zone and $what selectors: "תא
# אדום", "התאים האדומים". Counts are said so that no noun agrees with them ("תקריות בשבוע:
# 12"), except the paces, which select a plural form. A prefix before a digit takes a hyphen
# ("ב-240").

## A way out and how often it could happen

blockers-transition = { $rule } ({ $from } ← { $to })
blockers-pace-days = { $count ->
        [one] בערך פעם ביום
        [two] בערך פעם ביומיים
       *[other] בערך פעם ב-{ $n } ימים
    }
blockers-pace-years = { $count ->
        [one] בערך פעם בשנה
        [two] בערך פעם בשנתיים
       *[other] בערך פעם ב-{ $n } שנים
    }
blockers-zone-chance = (עבור הסיכוי של { $percent }% שהתא { $zone ->
        [red] אדום
        [green] ירוק
        [gray] אפור
       *[blue] כחול
    })

## A cell: one sentence per way out

blockers-cell-open = המעבר { $transition }{ $chance } יכול להתרחש: בהסתברות { $probability } ליום, { $pace }.
blockers-cell-cannot = המעבר { $transition }{ $chance } אינו יכול להתרחש: { $reasons }.
blockers-cell-held-back = המעבר { $transition }{ $chance } מוגבל להסתברות של { $probability } ליום ({ $pace }): { $reasons }.

## Why a factor is small: clauses, joined into $reasons with "; "

blockers-base-rate = שיעור הבסיס שלו, { $param }, הוא { $value }
blockers-at-floor = { $clause }, ולכן הגורם הזה נמצא ברף המינימום שלו, { $floor }
blockers-lerp = { $clause } (הגורם lerp({ $floor }, …) = { $value })
blockers-lack = { $clause } (הגורם 1 − { $input } = { $value })
blockers-brake = { $clause } (הגורם 1 − { $weight } × { $input } = { $value })
blockers-pressure = הלחץ לפירוק מנשק { $level ->
        [zero] הוא { $value }
       *[some] הוא רק { $value }
    }, שכן פירוק הנשק עומד על { $disarmament } ו{ $force }
blockers-no-stand-in = הפרמטר { $param } הוא 0, ולכן שום כוח אינו יכול לבוא במקום פירוק הנשק
blockers-security = הביטחון למקלט { $level ->
        [zero] הוא { $value }
       *[some] הוא רק { $value }
    }, שכן { $force } ו{ $ground }
blockers-force-covers = כוח במנדט אכיפה מכסה { $share }
blockers-monitor-secures-nothing = המנדט של הכוח הוא פיקוח, ורק כוח במנדט אכיפה מאבטח שטח
blockers-no-troops = אין חיילים לכוח הייצוב
blockers-not-deployed-in = הכוח אינו פרוס בנפת { $governorate }
blockers-not-deployed-there = הכוח אינו פרוס שם
blockers-monitor-share = המנדט של הכוח הוא פיקוח, ולכן חלקו הוא רק { $share } (הכיסוי שלו { $cover } × { $monitor })
blockers-enforces = הכוח פועל במנדט אכיפה, בכיסוי של { $cover } מהעוצמה המלאה
blockers-aid = הסיוע עומד על { $share } מהיעד (משאיות ביום: { $trucks }, מהן { $rafah } דרך מעבר רפיח, לעומת יעד של { $target })
blockers-funding = כספי השיקום עומדים על { $share } מהצורך ({ $usd } מיליארד דולר אמריקאי בשנה לעומת { $need })
blockers-governance = מצב הממשל הוא "{ $level }" (גורם { $share })
blockers-disarmament = פירוק הנשק עומד על { $share }
blockers-arab-participation = ההשתתפות הערבית עומדת על { $share }
blockers-armed-strength-in = כוחה של הקבוצה החמושה בנפת { $governorate } עומד על { $share }
blockers-armed-strength-there = כוחה של הקבוצה החמושה שם עומד על { $share }
blockers-force-share = { $what ->
        [enforcement] האכיפה של הכוח
        [presence] הנוכחות של כוח במנדט אכיפה
       *[deterrence] ההרתעה של הכוח
    } עומדת על { $share }, שכן { $reason }
blockers-no-violence = אין אלימות (0 תקריות בשבוע)
blockers-violence = האלימות עומדת על { $index } (תקריות בשבוע: { $violations })
blockers-violence-strikes = האלימות עומדת על { $index } (תקריות בשבוע: { $violations }, ועוד { $strikes } מתקיפות אחרונות כאן)
blockers-no-neighbour = אין תא שכן { $what ->
        [red] אדום
        [blue] כחול
        [secured] מאובטח (אפור או כחול)
       *[gray-or-blue] אפור או כחול
    }
blockers-neighbours-count = מספר התאים השכנים { $what ->
        [red] האדומים
        [blue] הכחולים
        [secured] המאובטחים (האפורים או הכחולים)
       *[gray-or-blue] האפורים או הכחולים
    }: { $count } מתוך { $neighbours }
blockers-neighbours-share = התאים השכנים { $what ->
        [red] אדומים
        [blue] כחולים
        [secured] מאובטחים (אפורים או כחולים)
       *[gray-or-blue] אפורים או כחולים
    } בשיעור של { $percent }%
blockers-haven-declared = הוכרז כאן מקלט
blockers-no-haven-declared = לא הוכרז כאן מקלט
blockers-outside-line = התא נמצא מחוץ לקו הנסיגה
blockers-behind-line = התא נמצא מאחורי קו הנסיגה בשליטה ישראלית

## What some cells of a zone have that keeps a way out shut

blockers-fact-one = { $fact ->
        [security] אין בו ביטחון למקלט (אין כוח במנדט אכיפה ואין שטח מאובטח סביבו)
        [held] נמצא מאחורי קו הנסיגה בשליטה ישראלית
        [no-haven] לא הוכרז בו מקלט
        [no-neighbour] אין לו תא שכן { $what ->
            [red] אדום
            [blue] כחול
            [secured] מאובטח (אפור או כחול)
           *[gray-or-blue] אפור או כחול
        }
        [no-violence] אין בו אלימות
        [param] יש בו { $param } שערכו 0
       *[factor] יש בו גורם שערכו 0
    }
blockers-fact-many = { $fact ->
        [security] אין בהם ביטחון למקלט (אין כוח במנדט אכיפה ואין שטח מאובטח סביבם)
        [held] נמצאים מאחורי קו הנסיגה בשליטה ישראלית
        [no-haven] לא הוכרז בהם מקלט
        [no-neighbour] אין להם תא שכן { $what ->
            [red] אדום
            [blue] כחול
            [secured] מאובטח (אפור או כחול)
           *[gray-or-blue] אפור או כחול
        }
        [no-violence] אין בהם אלימות
        [param] יש בהם { $param } שערכו 0
       *[factor] יש בהם גורם שערכו 0
    }
blockers-every-cell = כל { $mode ->
        [expected] תא שעשוי להיות { $zone ->
            [red] אדום
            [green] ירוק
            [gray] אפור
           *[blue] כחול
        }
       *[stochastic] תא { $zone ->
            [red] אדום
            [green] ירוק
            [gray] אפור
           *[blue] כחול
        }
    } { $fact }
blockers-some-cells = { $count } מתוך { $cells } { $mode ->
        [expected] התאים שעשויים להיות { $zone ->
            [red] אדומים
            [green] ירוקים
            [gray] אפורים
           *[blue] כחולים
        }
       *[stochastic] התאים { $zone ->
            [red] האדומים
            [green] הירוקים
            [gray] האפורים
           *[blue] הכחולים
        }
    } { $fact }
blockers-the-others = ; ושאר התאים { $facts }

## The Strip: one sentence per way out, the governorates alike said together

blockers-wherever = בכל מקום שיש בו שטח { $zone ->
        [red] אדום
        [green] ירוק
        [gray] אפור
       *[blue] כחול
    }
blockers-in-places = { $count ->
        [one] בנפת { $places }
       *[other] בנפות { $places }
    }
blockers-range = { $low } עד { $high }
blockers-strip-cannot = המעבר { $transition } אינו יכול להתרחש { $place }: { $reasons }.
blockers-strip-held-back = המעבר { $transition } מוגבל { $place } (לכל היותר { $best } ליום, { $pace } או לעיתים רחוקות יותר): { $reasons }.
blockers-strip-open = המעבר { $transition } יכול להתרחש { $place }: ב-{ $possible } מתוך { $cells } { $mode ->
        [expected] התאים שעשויים להיות { $zone ->
            [red] אדומים
            [green] ירוקים
            [gray] אפורים
           *[blue] כחולים
        }
       *[stochastic] התאים { $zone ->
            [red] האדומים
            [green] הירוקים
            [gray] האפורים
           *[blue] הכחולים
        }
    }, לכל היותר { $best } ליום ({ $pace }){ $others }.
blockers-zone-area = { $name } { $km2 } km²
blockers-strip-headline = יום { $day }: { $zones }; { $movable ->
        [none] אף כלל אינו יכול להעביר שטח כלשהו באותו יום
       *[some] חלק מהשטח יכול לעבור לאזור אחר
    }.

## In the app

# The command on a line of its own, so that it is never broken inside a right-to-left line.
blockers-held-back-note =
    "מוגבל": המעבר היה מתרחש { $pace } או לעיתים רחוקות יותר. אותה רשימה עם כל דרכי היציאה:
    gaza-zones --lang he explain FILE --day { $day }
blockers-why-not = למה לא השתנה, ביום { $day }
blockers-ways-out-on-day = דרכי היציאה ממנו ביום { $day }
blockers-cell-hover = כל דרך לצאת מהאזור של התא באותו יום וההסתברות שלה. דרך יציאה מוגבלת כשהיא הייתה מתרחשת { $pace } או לעיתים רחוקות יותר; הגורמים שמגבילים אותה מפורטים, עם הגורמים המניעים, הפרמטרים והעובדות של התא שמאחוריהם.
blockers-no-way-out = אף כלל אינו מוביל אל מחוץ לאזור הזה.

## gaza-zones explain

blockers-cli-day = יום { $day }; { $job }
blockers-cli-day-date = יום { $day } ({ $date }); { $job }
blockers-cli-day-zero = יום 0 הוא תמונת הפתיחה ואף כלל אינו פועל בו: דרכי היציאה שלהלן הן אלה של יום 1.
blockers-cli-strip-heading = כל דרך יציאה מכל אזור, ומה מגביל אותה:
blockers-cli-cell = תא { $cell } בנפת { $governorate }, { $km2 } km²: { $zones } כשהכללים פעלו ביום { $day }{ $held ->
        [yes] ; מאחורי קו הנסיגה בשליטה ישראלית
       *[no] { "" }
    }{ $haven ->
        [yes] ; הוכרז בו מקלט
       *[no] { "" }
    }.
blockers-cli-zone-chance = { $name } { $percent }%
blockers-cli-ways-out = דרכי היציאה באותו יום, עם הסיכויים שלהן:
blockers-cli-change = יום { $day }: { $change }
blockers-cli-line-advance = { $from } ← { $to }: קו הנסיגה התקדם אל מעבר לתא
blockers-cli-changes = שינויים עד יום { $day }:
blockers-cli-no-changes = שינויים עד יום { $day }: אין.
