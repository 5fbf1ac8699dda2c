## explain
## The explanations of a cell (see en/explain.ftl). Zones inside sentences agree with אזור
## (masculine); counted nouns follow the number's plural category.

## What a change is, in each mode

explain-mode-stochastic = הרצה סטוכסטית: שינוי הוא היום שבו כלל הופעל בתא זה, בהגרלה לפי ההסתברות המוצגת.
explain-mode-expected = הרצת תוחלת: שינוי הוא היום שבו השתנה האזור הסביר ביותר של התא, והוא מיוחס לכלל שהעביר את מרב ההסתברות אל האזור החדש.

## The cell's homes

explain-homes = בתים: { $now }% מהם ראויים למגורים ביום { $day } ({ $start }% ביום 0, אחרי הנזק שמופה על ידי UNOSAT ב-{ $date }). התושבים חוזרים הביתה רק לבתים אלה.
explain-homes-rebuilt = בתים: { $now }% מהם ראויים למגורים ביום { $day } ({ $start }% ביום 0, אחרי הנזק שמופה על ידי UNOSAT ב-{ $date }, ומאז יום 0 { $rebuilt ->
        [one] שוקמה נקודת אחוז אחת
       *[other] שוקמו { $rebuilt } נקודות אחוז
    } בכספי השיקום). התושבים חוזרים הביתה רק לבתים אלה.

## The drivers each rule depends on

explain-drivers-clearance = פירוק הנשק, גודל הכוח והמנדט שלו, ממשל, תאים שכנים מאובטחים, עוצמת הקבוצה החמושה
explain-drivers-haven = הכרזה על מקלט, השתתפות ערבית, סיוע, ביטחון (כוח במנדט אכיפה או קרקע מאובטחת)
explain-drivers-haven-to-reconstruction = מימון שיקום, ממשל
explain-drivers-secure-for-return = מימון, סיוע, ממשל, נוכחות הכוח, תאים שכנים כחולים, אלימות
explain-drivers-relapse = אלימות, תאים שכנים עם נוכחות חמושה, נוכחות הכוח
explain-drivers-reassertion = פירוק הנשק (היעדרו), תאים שכנים עם נוכחות חמושה, אלימות, נוכחות הכוח, עוצמת הקבוצה החמושה
explain-drivers-haven-capture = פירוק הנשק (היעדרו), השתתפות ערבית (היעדרה, במודלים 1-2), תאים שכנים עם נוכחות חמושה, נוכחות הכוח, עוצמת הקבוצה החמושה
explain-drivers-line-advance = קו הנסיגה
explain-word-aid = סיוע
explain-word-funding = מימון
explain-word-governance = ממשל
explain-word-disarmament = פירוק הנשק
explain-word-arab-participation = השתתפות ערבית
explain-word-force = הכוח
explain-word-security = ביטחון
explain-word-armed-strength = עוצמת הקבוצה החמושה
explain-word-violence = אלימות
explain-word-armed-neighbours = תאים שכנים עם נוכחות חמושה
explain-word-secured-neighbours = תאים שכנים מאובטחים
explain-word-blue-neighbours = תאים שכנים כחולים
explain-word-haven-declared = הכרזה על מקלט

## What each factor of a rule stands for

explain-factor-base-rate = שיעור בסיס
explain-factor-pressure = לחץ לפירוק הנשק
explain-factor-still-armed = הנשק שנותר
explain-factor-no-arab-oversight = היעדר פיקוח ערבי
explain-factor-lacking = מה שחסר
explain-factor-unchecked = מה שהכוח אינו מרתיע
explain-factor-calm = שקט
explain-factor-armed-strength-left = מה שמותירה עוצמת הקבוצה החמושה
explain-factor-left = מה שנותר
explain-factor-security = ביטחון
explain-input-aid = סיוע
explain-input-funding = מימון
explain-input-governance = ממשל
explain-input-disarmament = פירוק הנשק
explain-input-arab-participation = השתתפות ערבית
explain-input-enforcement = אכיפה בידי הכוח
explain-input-deterrence = הרתעה בידי הכוח
explain-input-enforcing-presence = כוח במנדט אכיפה
explain-input-armed-strength = עוצמת הקבוצה החמושה
explain-input-secured-ground = קרקע מאובטחת מסביב
explain-input-violence = אלימות
explain-input-red-neighbours = קרקע שכנה עם נוכחות חמושה
explain-input-secured-neighbours = קרקע שכנה מאובטחת
explain-input-blue-neighbours = קרקע שכנה כחולה
explain-input-outside-line = מחוץ לקו
explain-input-haven-declared = מקלט שהוכרז כאן

## How each factor is worked out

explain-how-note = { $how }; { $note }
explain-how-pressure = פירוק הנשק { $disarmament } + הנשק שנותר { $armed } × { $weight } × אכיפה { $enforcement }; { $note }
explain-how-calm = 1 − { $weight } × אלימות; { $violence }
explain-how-aid = סיוע { $share } = ({ $trucks ->
        [one] משאית אחת
       *[other] { $trucks } משאיות
    } + { $rafah } דרך רפיח) / { $target }
explain-how-funding = מימון { $share } = { $usd } מיליארד דולר אמריקאי בשנה / { $need }
explain-how-disarmament = פירוק הנשק { $share }
explain-how-arab-participation = השתתפות ערבית { $share }
explain-how-armed-strength = עוצמת הקבוצה החמושה { $share }
explain-how-armed-strength-note = עוצמת הקבוצה החמושה בנפה זו (מודל 3)
explain-how-force = { $force } { $share }
explain-how-force-enforcing = { $force } = כיסוי { $cover } (מנדט אכיפה)
explain-how-force-monitoring = { $force } = כיסוי { $cover } × { $monitoring } (מנדט פיקוח)
explain-force-enforcement = אכיפה
explain-force-enforcing-presence = כוח במנדט אכיפה
explain-force-deterrence = הרתעה
explain-how-violence = מדד { $index } = w / (w + { $half }), w = { $incidents ->
        [one] תקרית אחת
       *[other] { $incidents } תקריות
    } בשבוע
explain-how-violence-strikes = מדד { $index } = w / (w + { $half }), w = { $incidents ->
        [one] תקרית אחת
       *[other] { $incidents } תקריות
    } בשבוע + { $strikes } מתקיפות אחרונות כאן
explain-how-neighbours-red = תאים שכנים אדומים: { $count } מתוך { $neighbours }
explain-how-neighbours-blue = תאים שכנים כחולים: { $count } מתוך { $neighbours }
explain-how-neighbours-secured = תאים שכנים אפורים או כחולים: { $count } מתוך { $neighbours }
explain-how-neighbours-secured-ground = תאים שכנים אפורים או כחולים (כולם, מאחורי הקו): { $count } מתוך { $neighbours }
explain-how-share-red = תאים שכנים אדומים: { $share }
explain-how-share-blue = תאים שכנים כחולים: { $share }
explain-how-share-secured = תאים שכנים אפורים או כחולים: { $share }
explain-how-share-secured-ground = תאים שכנים אפורים או כחולים (כולם, מאחורי הקו): { $share }
explain-how-haven = הוכרז מקלט בתא זה
explain-how-no-haven = לא הוכרז כאן מקלט: 0
explain-how-outside-line = התא נמצא מחוץ לקו הנסיגה
explain-how-held = בשליטה ישראלית מאחורי קו הנסיגה: 0

## The drivers' values on the day

explain-unit-disarmament-share = חלק מנשק חמאס שנמסר או הושמד, 0–1
explain-unit-aid-trucks-per-day = משאיות ביום (יעד 600)
explain-unit-force-troops = חיילים בשטח
explain-unit-reconstruction-usd-bn-per-year = מיליארד דולר אמריקאי בשנה שהועברו
explain-unit-violations-per-week = תקריות חמורות בשבוע (חילופי אש, תקיפות)
explain-unit-held-share = חלק הרצועה שבשליטה ישראלית מאחורי הקו, 0–1
explain-unit-arab-participation-share = חלק תפקידי הפיקוח והכוח שממלאות מדינות ערב, 0–1
explain-unit-restricted-band-share = חלק מהרצועה, מיד מעבר לשטח שבשליטה ישראלית, שנחשב כשטח בשליטה, 0–0.5
explain-unit-force-mandate = מה הכוח רשאי לעשות
explain-unit-governance = מקדם { $share }
explain-unit-rafah-crossing = מוסיף משאיות לסיוע כשהוא פתוח
explain-troops-none = אין חיילים: כיסוי 0
explain-troops-not-deployed = כיסוי 0 כאן: הכוח אינו פרוס בנפה זו
explain-troops-cover = כיסוי { $cover } כאן: מתפרס על { $people ->
        [one] אדם אחד
       *[other] { $people } אנשים
    } באזורי הפריסה; כיסוי מלא ב-{ $per_thousand } לכל 1,000
explain-violations-strikes = ועוד { $strikes } בשבוע מתקיפות אחרונות בתא זה

## The Cell history window: why a change happened

explain-probability = ההסתברות באותו יום ליציאה מהאזור { $zone ->
        [red] האדום
        [green] הירוק
        [gray] האפור
       *[blue] הכחול
    }: { $probability }
explain-probability-pace = ההסתברות באותו יום ליציאה מהאזור { $zone ->
        [red] האדום
        [green] הירוק
        [gray] האפור
       *[blue] הכחול
    }: { $probability } (בקצב הזה, בערך פעם { $days ->
        [one] ביום
        [two] ביומיים
       *[other] ב-{ $days } ימים
    })
explain-applied = הוחל על הסיכוי של האזור { $zone ->
        [red] האדום
        [green] הירוק
        [gray] האפור
       *[blue] הכחול
    } ({ $chance }): הוא העביר { $moved } מההסתברות באותו יום.
explain-chances = סיכויים לפני: { $before }. אחרי: { $after }.
explain-list-separator = { ", " }
explain-factors = גורמים (מוכפלים זה בזה)
explain-scaled = שתי הדרכים לצאת מהאזור { $zone ->
        [red] האדום
        [green] הירוק
        [gray] האפור
       *[blue] הכחול
    } הסתכמו ביותר מ-1 באותו יום: שתיהן הוכפלו ב-{ $scale }.
explain-alternative = הדרך האחרת לצאת מהאזור { $zone ->
        [red] האדום
        [green] הירוק
        [gray] האפור
       *[blue] הכחול
    } באותו יום: { $rule } { $probability } ביום
explain-drivers = גורמים מניעים באותו יום
explain-luck = הכלל הופעל באותו יום במזל ההגרלה; הגורמים מראים מה הפך זאת לסביר.
explain-line-headline = לא הסתברות: קו הנסיגה התקדם וכלל את התא.
explain-line = החלק שבשליטה ישראלית מאחורי הקו השתנה מ-{ $before } ל-{ $after } (תאים בשליטה: { $cells_before } ← { $cells_after }). תא זה הוא מספר { $place } בסדר שבו הקו כולל תאים, מהגבול המזרחי פנימה.
explain-line-displaced = כל מי שהיה בביתו כאן נעקר באותו יום, והתא הפך מיד לאפור.

## The Cell history window: the cell's start, its strip, errors

explain-started = ביום 0 השטח שמאחורי קו הנסיגה מתחיל אפור וכל שאר השטח אדום (docs/MODEL.md, סעיף 5.12): התא הזה התחיל { $zone ->
        [red] אדום
        [green] ירוק
        [gray] אפור
        [blue] כחול
       *[other] { $zone }
    }.
explain-started-before-first-change = ביום 0 השטח שמאחורי קו הנסיגה מתחיל אפור וכל שאר השטח אדום (docs/MODEL.md, סעיף 5.12): התא הזה התחיל { $zone ->
        [red] אדום
        [green] ירוק
        [gray] אפור
        [blue] כחול
       *[other] { $zone }
    }. היום המוצג קודם לשינוי הראשון שלו: יש ללחוץ על שינוי כדי לראות למה הוא קרה.
explain-strip-day = יום { $day } · { $date }: { $chances }
explain-strip-click = יש ללחוץ כדי להציג יום זה
explain-event = אירוע { $index }
explain-error = תא { $cell }: { $error }
explain-error-no-such-cell = אין תא { $cell }
explain-error-stale = ההרצה אינה תואמת את התרחיש: היא נעשתה מקלטים אחרים
