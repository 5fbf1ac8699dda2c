# gaza-zones: the interface in Hebrew (Modern Hebrew). en.ftl is the reference:
# this file has every message it has, in the same order, with the same arguments.

## The program

app-name = gaza-zones
not-a-forecast = מודל "מה אם", לא תחזית

## Menus

menu-file = קובץ
menu-edit = עריכה
menu-view = תצוגה
menu-compare = השוואה
menu-playback = ניגון
menu-analysis = ניתוח
menu-help = עזרה
menu-language = שפה
menu-open-recent = פתיחת קובץ אחרון
menu-no-recent = אין קבצים אחרונים
menu-bundled = תרחישים מובנים
menu-click-cell = יש ללחוץ על תא במפה כדי לראות את ההיסטוריה שלו
menu-language-tip = שפת הממשק; קובצי התרחישים ועמודות ה-CSV נשארים באנגלית

## The map

map-day = יום { $day } · { $date }
map-caption = { $title } · מודל "מה אם", לא תחזית
legend-zones = אזורים (במשמעות של רוס–אוריון)
legend-blue-chance = באיזו תדירות כל תא הסתיים כחול
legend-in-no-run = באף הרצה
legend-in-half-the-runs = בחצי מההרצות
legend-in-every-run = בכל ההרצות
legend-row = { $name }: { $meaning }
legend-restricted = אזור גישה מוגבלת שמעבר לו, נספר כבשליטה ישראלית
legend-contested = מקלט שהוכרז וטרם אובטח (עדיין אדום)
legend-note-blue-share = הצבעים: שיעור ההרצות שהסתיימו בכחול
legend-note-mixed = צבעים מעורבים: הסיכויים של כל אזור

## Zones and reporting categories (Ross–Orion four-zone proposal)

zone-red = אדום
zone-green = ירוק
zone-gray = אפור
zone-blue = כחול
category-held = בשליטה ישראלית
zone-red-meaning = עדיין יש בו נוכחות חמושה של חמאס
zone-green-meaning = מקלט הומניטרי, סיוע ושירותים בפיקוח ערבי
zone-gray-meaning = נוקה מנוכחות חמושה; ביטחון ושיקום בניהול בינלאומי
zone-blue-meaning = נחשב בטוח דיו לחזרת אזרחים
category-held-meaning = מאחורי קו הנסיגה או באזור הגישה המוגבלת שמעבר לו: בשליטת כוחות ישראליים, ללא ניהול בינלאומי וללא חזרת אזרחים כל עוד השליטה נמשכת
zone-red-short = נוכחות חמושה של חמאס
zone-green-short = מקלט בפיקוח ערבי
zone-gray-short = שיקום בינלאומי
zone-blue-short = בטוח לחזרת אזרחים
category-gray-short = שיקום מחוץ לקו
category-held-short = בשליטת כוחות ישראליים מאחורי הקו

## Governorates (the boundary data's English names)

governorate-north-gaza = צפון עזה
governorate-gaza = עזה
governorate-deir-al-balah = דיר אל-בלח
governorate-khan-yunis = חאן יונס
governorate-rafah = רפיח

## Months, for dates ("31 בדצמבר 2027")

month-1 = ינואר
month-2 = פברואר
month-3 = מרץ
month-4 = אפריל
month-5 = מאי
month-6 = יוני
month-7 = יולי
month-8 = אוגוסט
month-9 = ספטמבר
month-10 = אוקטובר
month-11 = נובמבר
month-12 = דצמבר
date = { $day } ב{ $month } { $year }

## The timeline

timeline-day = יום
timeline-people = אנשים (באלפים)
timeline-land = שטח (km²)
timeline-flows = km² שמחליפים אזור בכל שבוע
timeline-spread = אנשים (באלפים): חציון, p10–p90

## Commands: menu items, buttons and shortcuts (label, then the tooltip as -tip)

command-new = חדש
command-new-tip = התחלת תרחיש חדש מברירות המחדל (אמצע נובמבר 2025)
command-open = פתיחה…
command-open-tip = פתיחת קובץ תרחיש (.ron)
command-save = שמירה
command-save-tip = שמירת התרחיש בקובץ שלו
command-save-as = שמירה בשם…
command-save-as-tip = שמירת התרחיש בקובץ חדש
command-copy-link = העתקת קישור לתרחיש הזה
command-copy-link-tip = הכנסת התרחיש לכתובת הדף והעתקתה: כל מי שיפתח את הקישור יראה את התרחיש הזה (הוא נשמר בקישור, ואף שרת אינו רואה אותו)
command-undo = ביטול
command-undo-tip = ביטול העריכה האחרונה של התרחיש
command-redo = ביצוע מחדש
command-redo-tip = ביצוע מחדש של העריכה שבוטלה זה עתה
command-play-pause = הפעלה / השהיה
command-play-pause-tip = הפעלת התרחיש קדימה יום אחר יום, או השהיה
command-step-back = יום אחד אחורה
command-step-back-tip = הצגת היום הקודם
command-step-forward = יום אחד קדימה
command-step-forward-tip = הצגת היום הבא
command-week-back = שבוע אחד אחורה
command-week-back-tip = הצגת היום שבוע קודם לכן
command-week-forward = שבוע אחד קדימה
command-week-forward-tip = הצגת היום שבוע לאחר מכן
command-to-start = מעבר ליום 0
command-to-start-tip = הצגת יום 0, תחילת התרחיש
command-to-end = מעבר ליום האחרון
command-to-end-tip = הצגת היום האחרון באופק הזמן
command-show-people = ציר זמן: אנשים
command-show-people-tip = שרטוט מספר האנשים בכל אזור לאורך זמן
command-show-area = ציר זמן: שטח (km²)
command-show-area-tip = שרטוט השטח בכל אזור (km²) לאורך זמן
command-show-flows = ציר זמן: מעברים שבועיים
command-show-flows-tip = שרטוט השטח שמחליף אזור בכל שבוע
command-show-spread = ציר זמן: פיזור האנסמבל
command-show-spread-tip = שרטוט החציון ורצועת p10–p90 של כל אזור על פני אנסמבל של הרצות
command-show-compare = ציר זמן: השוואת תרחישים
command-show-compare-tip = שרטוט התרחיש הנוכחי והתרחישים המושווים יחד, עם המדדים שלהם זה לצד זה
command-compare-with-file = השוואה לקובץ…
command-compare-with-file-tip = פתיחת קובץ תרחיש להצגה לצד התרחיש הנוכחי
command-pin-current = הצמדת התרחיש הנוכחי
command-pin-current-tip = שמירת התרחיש כפי שהוא עכשיו לצדו, כדי להשוות אליו את העריכות הבאות שלך
command-toggle-difference-map = מפה: הבדלים / אזורים
command-toggle-difference-map-tip = החלפת המפה בין תצוגת האזורים לבין המקומות שבהם התרחיש הנוכחי ותרחיש מושווה שונים זה מזה ביום המוצג
command-export-comparison = ייצוא ההשוואה כ-CSV…
command-export-comparison-tip = שמירת הסכומים היומיים של כל תרחיש מושווה כטבלת CSV אחת, עם מקורו של כל תרחיש
command-fit-map = התאמת המפה לחלון
command-fit-map-tip = שינוי קנה המידה של המפה כך שכל הרצועה תיכנס בה
command-add-event = הוספת אירוע…
command-add-event-tip = הוספת אירוע ביום המוצג
command-toggle-theme = ערכת נושא בהירה / כהה
command-toggle-theme-tip = מעבר בין ערכת הנושא הבהירה לכהה
command-toggle-high-contrast = ניגודיות גבוהה
command-toggle-high-contrast-tip = שחור-לבן עם קווים עבים יותר, למקרנים שתמונתם דהויה
command-toggle-colour-blind = צבעים מותאמים לעיוורון צבעים
command-toggle-colour-blind-tip = צבעי אזורים שנשארים נבדלים זה מזה גם בעיוורון צבעים אדום-ירוק
command-previous-event = האירוע הקודם
command-previous-event-tip = קפיצה ליום של האירוע הקודם
command-next-event = האירוע הבא
command-next-event-tip = קפיצה ליום של האירוע הבא
command-present = מצב מצגת
command-present-tip = מסך מלא עם מפה וציר זמן גדולים, להצגה בחדר (Esc ליציאה)
command-leave-presentation = יציאה ממצב מצגת
command-leave-presentation-tip = חזרה לתצוגת העריכה
command-zoom-in = הגדלה
command-zoom-in-tip = הגדלת הכול (בהצגה: המפה)
command-zoom-out = הקטנה
command-zoom-out-tip = הקטנת הכול (בהצגה: המפה)
command-zoom-reset = גודל אמיתי
command-zoom-reset-tip = חזרה לגודל הרגיל (בהצגה: הרצועה כולה)
command-quit = יציאה
command-quit-tip = סגירת החלון (עם שאלה על שינויים שלא נשמרו)
command-export = ייצוא…
command-export-tip = שמירת המפה או תרשים כ-PNG או SVG, או המספרים כ-CSV, עם המקור שלהם
command-help = עזרה: גורמים מניעים וכללים
command-help-tip = מה המשמעות של כל גורם מניע ושל כל כלל, מתוך docs/MODEL.md
command-about = אודות gaza-zones והנתונים שלו
command-about-tip = מהי התוכנה, וכל מקור נתונים שהיא משתמשת בו, עם הרישיון שלו
command-sensitivity = רגישות…
command-sensitivity-tip = עד כמה כל גורם מניע מזיז מדד: תרשים טורנדו וסריקה של גורם מניע אחד

## Numbers

number-thousands = { $n } אלף
number-millions = { $n } מיליון
unit-km2 = { $n } km²

## Playback row

playback-play = הפעלה
playback-pause = השהיה
playback-day-shown = היום המוצג
playback-scrub-tip = גרירה למעבר לכל יום
playback-people = אנשים
playback-land = שטח
playback-flows = מעברים
playback-spread = פיזור
playback-compare = השוואה
playback-present = מצגת
playback-leave = יציאה
playback-speed = מהירות
playback-days-per-second = ימים/ש׳
playback-speed-tip = מהירות ההפעלה

## Status bar

status-opening = פתיחת { $name }…
status-reading-to-compare = קריאת { $name } להשוואה…
status-error = שגיאה: { $text }
status-dismiss = סגירה
status-not-saved = טרם נשמר בקובץ
status-run = { $model }, הרצה במצב { $mode }, זרע { $seed }, חושבה ב-{ $ms } ms
status-model-tip = הקובץ מציין את גרסת המודל שמפיקה את המספרים שלו: מודל { $model }. ב-docs/MODEL.md §0 מפורט מה שינתה כל גרסה.
mode-expected = תוחלת
mode-stochastic = סטוכסטי

## Summary panel

summary-on-the-day = ביום המוצג
summary-people = אנשים
summary-land = שטח
summary-displaced = עקורים
summary-held-tip = { $meaning }. כל השטח מאחורי הקו, כולל המקלטים: { $km2 } km²
summary-over-the-run = לאורך ההרצה כולה
summary-blue-half = מחצית האנשים בכחול
summary-blue-half-tip = היום הראשון שבו לפחות מחצית האנשים נמצאים בתאים כחולים
summary-not-within = לא בתוך אופק הזמן
summary-peak-red = שיא השטח האדום
summary-peak-red-tip = השטח האדום הגדול ביותר במהלך ההרצה, ומתי
summary-returned = אנשים שחזרו
summary-returned-tip = עקורים ששבו לביתם בתא כחול

## Events panel

events-heading = אירועים ({ $count })
events-add = + הוספה

## Drivers panel

drivers-heading = מניעים בתחילה
drivers-intro = ערכים ביום 0; אירועים משנים אותם בהמשך. ריחוף מעל מניע מראה מה הוא עושה ומה מקורו.
drivers-range = טווח { $min }–{ $max }
drivers-source = מקור: { $source }
drivers-deployed-tip = הנפות שבהן כוח הייצוב פועל מיום 0.
drivers-run = הרצה
drivers-mode = מצב
drivers-seed = זרע
drivers-horizon = אופק
drivers-days = ימים
driver-disarmament-share = התקדמות פירוק הנשק
driver-aid-trucks-per-day = סיוע נכנס
driver-force-troops = כוח ייצוב
driver-reconstruction-usd-bn-per-year = מימון שיקום
driver-violations-per-week = הפרות הפסקת האש
driver-held-share = קו הנסיגה
driver-arab-participation-share = השתתפות ערבית
driver-restricted-band-share = אזור הגישה המוגבלת שמעבר לקו
driver-disarmament-share-unit = חלק מנשק חמאס שנמסר או הושמד
driver-aid-trucks-per-day-unit = משאיות ביום
driver-force-troops-unit = חיילים בשטח
driver-reconstruction-usd-bn-per-year-unit = מיליארד דולר אמריקאי בשנה שהועברו
driver-violations-per-week-unit = תקריות חמורות בשבוע
driver-held-share-unit = חלק הרצועה שבשליטה ישראלית מאחורי הקו
driver-arab-participation-share-unit = חלק תפקידי הפיקוח והכוח שממלאות מדינות ערב
driver-restricted-band-share-unit = חלק מהרצועה
driver-force-mandate = מנדט הכוח
driver-force-deployed = הכוח פרוס ב
driver-governance = ממשל
driver-rafah-crossing = מעבר רפיח
mandate-monitor = פיקוח
mandate-enforce = אכיפה
governance-none = אין מִנהל
governance-technocratic-committee = ועדה טכנוקרטית
governance-board-of-peace = מועצת השלום עם הוועדה
governance-full-transition = מעבר מלא
crossing-closed = סגור
crossing-open = פתוח

## Scenario panel

scenario-heading = תרחיש
scenario-title = כותרת
scenario-author = מחבר
scenario-description = תיאור
scenario-sources = מקורות (מקור בכל שורה)
scenario-created = נוצר ב-{ $created }; יום 0 הוא { $start }.
scenario-as-shown-tip = כפי שהמפה, הרשימות והתרשימים מציגים אותו

## Uncertainty panel

uncertainty-heading = אי-ודאות
uncertainty-progress = { $done } מתוך { $total } הרצות
uncertainty-cancel = ביטול
uncertainty-runs = הרצות
uncertainty-run-ensemble = הרצת אנסמבל
uncertainty-run-ensemble-tip = הרצות סטוכסטיות עם זרעים הנגזרים מזרע התרחיש, כמו `gaza-zones run --runs N --summary`
uncertainty-result = { $runs } הרצות. אנשים בכחול ביום האחרון: חציון { $median } אלף (p10 { $p10 } אלף – p90 { $p90 } אלף)
uncertainty-map-blue-chance = מפה: הסיכוי שכל תא יסתיים בכחול
uncertainty-spread-note = ציר הזמן: פיזור (Ctrl+4) מציג את רצועת p10–p90 של כל אזור ושל השטח שבשליטה ישראלית.
uncertainty-expected-note = הרצת התוחלת שלמעלה היא ההתנהגות הממוצעת של המודל, לא החציון של האנסמבל; השניים יכולים להיות שונים (docs/MODEL.md, סעיף 10.2).
uncertainty-not-run = עוד לא הורץ עבור תרחיש זה.

## Why nothing moves

why-nothing-heading = למה שום דבר לא זז
why-nothing-all-possible = כל דרך לצאת מכל אזור קיים יכולה לקרות היום במקום כלשהו.

## Events list

events-edit = עריכה
events-duplicate = שכפול
events-delete = מחיקה
events-being-edited = בעריכה למעלה

## Cell history

history-title = היסטוריית התא
history-heading = { $governorate } · תא { $cell }
history-area = { $km2 } km²
history-area-people = { $km2 } km² · { $people } אנשים כאן כעת
history-zone-on-day = { $zone } ביום { $day }: { $meaning }
history-most-likely = ככל הנראה { $zone } ביום { $day }
history-held = מאחורי קו הנסיגה ביום זה: בשליטת כוחות ישראליים.
history-no-change = אין שינוי בהרצה זו: התא שמר על האזור שלו מיום 0.
history-changes = שינויים ({ $count })
history-show-day-tip = הצגת יום זה במפה ובציר הזמן
history-by = לפי
history-milestones = אבני דרך שהופעלו עד יום { $day } ({ $count })
history-milestone = אבן דרך: { $label }
history-fired-today = הופעלה היום: התנאי שלה התקיים בסוף אתמול, והפעולה שלה חלה מהיום.

## Export window

export-title = ייצוא
export-what = מה
export-what-map = המפה ביום המוצג
export-what-people = תרשים: אנשים לפי אזור לאורך זמן
export-what-area = תרשים: שטח לפי אזור לאורך זמן
export-what-spread-people = תרשים: פיזור האנשים באנסמבל
export-what-spread-area = תרשים: פיזור השטח באנסמבל
export-what-days-csv = טבלה (CSV): סיכומים לכל יום
export-what-spread-csv = טבלה (CSV): p10/p50/p90 של האנסמבל לכל יום
export-what-compare-chart = תרשים: השוואת התרחישים
export-what-compare-csv = טבלה (CSV): השוואת התרחישים, לכל יום
export-what-tornado-chart = תרשים: תרשים הטורנדו (חלון הרגישות)
export-what-tornado-csv = טבלה (CSV): תרשים הטורנדו
export-what-sweep-chart = תרשים: סריקת מניע יחיד (חלון הרגישות)
export-what-sweep-csv = טבלה (CSV): סריקת מניע יחיד
export-needs-comparison = יש להוסיף תחילה תרחיש להשוואה (תפריט השוואה)
export-needs-sensitivity = יש לחשב זאת תחילה בחלון הרגישות (תפריט ניתוח, Ctrl+T)
export-needs-ensemble = יש להריץ תחילה אנסמבל (אי-ודאות, בלוח הצד)
export-csv-note = CSV, ובראשו כותרת התרחיש, הקובץ, הגיבוב, הזרע וגרסת התוכנה.
export-download = הורדה
export-download-tip = הדפדפן שומר אותו עם ההורדות שלך
export-export = ייצוא…
export-export-tip = בחירת מקום השמירה
export-choose-available = יש לבחור משהו זמין למעלה
export-choose-size = יש לבחור גודל בתוך הגבולות שלמעלה
export-caption-note = הכותרת, היום וגרסת התוכנה נכתבים בכיתוב ובקובץ.
export-or-save-to = או לשמור ב
export-here = ייצוא לכאן
export-here-tip = כתיבה לנתיב שהוקלד, בלי חלון בחירת קבצים
export-format = תבנית
export-svg = SVG (וקטורי, למאמרים)
export-size-preset = גודל מוכן
export-custom = מותאם
export-width = רוחב
export-height = גובה
export-scale = קנה מידה
export-svg-size = { $width }×{ $height } SVG; משנה גודל ללא אובדן
export-png-size = { $width }×{ $height } פיקסלים PNG

## Questions before losing work

guard-unsaved = שינויים שלא נשמרו
guard-unsaved-before-new = ב-"{ $name }" יש שינויים שלא נשמרו. לשמור אותם לפני התחלת תרחיש חדש?
guard-unsaved-before-open = ב-"{ $name }" יש שינויים שלא נשמרו. לשמור אותם לפני פתיחת תרחיש אחר?
guard-unsaved-before-close = ב-"{ $name }" יש שינויים שלא נשמרו. לשמור אותם לפני הסגירה?
guard-save = שמירה
guard-discard-changes = השלכת השינויים
guard-cancel = ביטול
guard-not-saved-to-a-file = עוד לא נשמר לקובץ
guard-recover = לשחזר עבודה שלא נשמרה?
guard-recover-text = ההפעלה הקודמת הסתיימה בלי לשמור את "{ $title }" ({ $file }). העבודה נשמרה אוטומטית.
guard-restore = שחזור
guard-discard-it = השלכה
guard-changed-on-disk = הקובץ השתנה בדיסק
guard-changed-on-disk-text = "{ $name }" שונה על ידי תוכנה אחרת (כלי סנכרון, או מישהו אחר) מאז שפתחת או שמרת אותו. שמירה עכשיו תחליף את השינויים האלה.
guard-overwrite = החלפה

## Help and About

help-title = עזרה
help-intro = מה פירוש כל מניע וכלל, בתרגום מתוך docs/MODEL.md שמסביר כל כלל ומספר עם מקורו (התרגום ב-docs/help/he.md, עם אותן נוסחאות ואותם מספרים). ריחוף מעל מניע או כלל בכל מקום ביישום מציג את עיקרו.
help-find = חיפוש
help-find-hint = מילה, למשל aid או clearance
help-clear = ניקוי
help-drivers = מניעים
help-choices = בחירות
help-rules = כללים
help-cell-history = ההיסטוריה של תא
help-nothing-matches = אין התאמה ל-"{ $filter }".
about-title = אודות gaza-zones
about-intro = מודל "מה אם" של רצועת עזה אחרי הפסקת האש של אוקטובר 2025, דרך ארבעת האזורים של רוס ואוריון. הוא מראה מה נובע מההנחות שהוזנו; אין זו תחזית.
about-models = גרסאות המודל: תרחישים חדשים רצים במודל { $latest }. כל קובץ נוקב במודל שמפיק את מספריו ושומר עליהם: { $versions }
about-licence = קוד: MIT או Apache-2.0. לנתונים שלהלן יש רישיונות משלהם. המספרים שהתרחישים משתמשים בהם מפורטים עם מקורותיהם ב-docs/SOURCES.md.
about-data-sources = מקורות נתונים
about-full-notice = ההודעה המלאה (באנגלית) נמצאת ב-assets/ATTRIBUTION.md בעץ קוד המקור.

## Event form

form-title = כותרת
form-note = הערה
form-source = מקור
form-day = יום
form-action = פעולה
form-value = ערך
form-to = אל
form-intensity = עוצמה
form-mandate = מנדט
form-administration = מִנהל
form-held-share = החלק שבשליטה
form-crossing = מעבר
form-driver = מניע
form-over = במשך
form-governorate = נפה
form-area = אזור
form-longitude = קו אורך
form-latitude = קו רוחב
form-radius = רדיוס
form-when = מתי
form-condition-on = תנאי על
form-watched-driver = המניע הנצפה
form-indicator = מדד
form-comparison = השוואה
form-threshold = סף
form-fires = מופעל
form-at-most-every = לכל היותר כל
form-on-its-day = ביומו
form-when-a-condition-holds = כשתנאי מתקיים
form-a-driver = מניע
form-an-indicator = מדד של ההרצה
form-the-day = היום
form-at-least = לפחות
form-at-most = לכל היותר
form-once = פעם אחת
form-again = שוב בכל פעם שהוא מתקיים
form-new-event = אירוע חדש
form-edit-event = עריכת אירוע
form-no-longer-in-scenario = האירוע הזה כבר לא בתרחיש (בוטל או נמחק); הוספה תחזיר אותו.
form-add-event = הוספת האירוע
form-apply-changes = החלת השינויים
form-fix-problems-first = יש לתקן תחילה את הבעיות שלמעלה
form-title-hint = למשל: מעבר רפיח נפתח מחדש
form-note-hint = למה, ומה הוא מניח
form-source-hint = קישור או מראה מקום
form-day-tip = ימים מההתחלה ({ $start }); האופק הוא יום { $horizon }
form-ramp-over-tip = מגיע לערך כעבור מספר ימים זה מהאירוע
form-intensity-note = 1 = תקרית קטלנית אחת; 3 = התלקחות כמו זו של אוקטובר 2025, שבה נהרגו לפחות 100 בני אדם
form-line-over-tip = 0 ימים מזיז את הקו מיד
form-driver-tip = { $unit }
    מקור ברירת המחדל: { $source }
form-unit-with-range = { $unit }, { $min }–{ $max }
form-whole-strip = כל הרצועה
form-one-governorate = נפה אחת
form-a-circle = עיגול
form-when-tip = אירוע מותנה (אבן דרך) ממתין מיומו עד שהתנאי מתקיים בסוף יום, וקורה למחרת
form-checked-note = נבדק בסוף כל יום מהיום שלמעלה; הפעולה חלה למחרת. בהרצות סטוכסטיות כל הרצה מפעילה אותו ביומה.
form-condition-from-file = תנאי מהקובץ: { $condition }
form-replace-with-one-test = החלפה בבדיקה אחת
form-indicator-note = חלק, 0–1, בסוף היום (תוחלות במצב תוחלת)
form-repeat-tip = ימים שחייבים לעבור לפני שיוכל להיות מופעל שוב
events-row-day = יום { $day }
events-row-from-day = מיום { $day }
events-show-day-tip = הצגת יום זה
kind-set = קביעת מניע
kind-ramp = שינוי הדרגתי של מניע
kind-strike = תקיפה
kind-deploy-force = הכוח נכנס לנפה אחת
kind-withdraw-force = הסגת הכוח
kind-mandate = מנדט הכוח
kind-governance = ממשל
kind-move-line = הזזת קו הנסיגה
kind-declare-haven = הכרזה על מקלט
kind-rafah = מעבר רפיח
kind-set-help = קביעת מניע לערך מיום זה ואילך
kind-ramp-help = הזזת מניע בקו ישר לערך במשך כמה ימים
kind-strike-help = תקיפה או הפרה: האלימות באזור עולה ודועכת, וחלק מהאנשים בורחים
kind-deploy-force-help = כוח הייצוב מתחיל לפעול בנפה
kind-withdraw-force-help = כוח הייצוב מפסיק לפעול בנפה
kind-mandate-help = המנדט של כוח הייצוב משתנה
kind-governance-help = מִנהל אחר נכנס לתפקיד
kind-move-line-help = קו הנסיגה זז עד שחלק זה של הרצועה נמצא בשליטה
kind-declare-haven-help = אזור הופך למקלט הומניטרי בפיקוח ערבי
kind-rafah-help = מעבר רפיח עם מצרים נפתח או נסגר

## Sensitivity window

sensitivity-title = רגישות
sensitivity-intro = מניע אחד בכל פעם: ערך הפתיחה שלו זז, וכל קלט אחר נשאר כמו בתרחיש. זו בחינה של הנחות המודל; אין זו תחזית.
sensitivity-runs-per-point = הרצות לכל נקודה
sensitivity-runs-per-point-tip = 1: הרצה אחת במצב של התרחיש עצמו. יותר: מספר כזה של הרצות סטוכסטיות בכל נקודה, הרצה i עם אותם מספרים אקראיים בכל נקודה
sensitivity-never-half = הרצה שבה הכחול אף פעם לא מחזיק מחצית מהאנשים נספרת כיום { $after } (אחרי אופק של { $horizon } ימים), ומוצגת כ"לא עד יום { $horizon }".
sensitivity-tornado-heading-parameters = כל מניע ופרמטר שיפוטי לאורך הטווח שלו
sensitivity-tornado-heading = כל מניע לאורך הטווח שלו
sensitivity-compute-tornado = חישוב טורנדו
sensitivity-export-tornado = ייצוא CSV של הטורנדו…
sensitivity-export-tornado-tip = הטבלה שמאחורי התרשים, עם מקור התרחיש
sensitivity-tornado-caption = { $sampling }. העמודות נמשכות מערך התרחיש (הקו האנכי) אל הערך כשהמניע בקצה הטווח שלו; הרחבה ביותר ראשונה.
sensitivity-tornado-parameters = שורות המסומנות (פרמטר) הן שיפוטים של כללי המודל, לא קלטי תרחיש: { $range }.
sensitivity-tornado-set-later = * אירועים קובעים את המניע הזה שוב מאוחר יותר: רק ערכו עד אז זז.
sensitivity-sweep-heading = מניע אחד, צעד אחר צעד
sensitivity-compute-sweep = חישוב סריקה
sensitivity-export-sweep = ייצוא CSV של הסריקה…
sensitivity-export-sweep-tip = הערכים שמאחורי הגרף, עם מקור התרחיש
sensitivity-sweep-caption = { $sampling } בכל אחד מ-{ $count } ערכים של { $driver }, מ-{ $from } עד { $to }. הקו האנכי מסמן את ערך התרחיש ({ $scenario }).
sensitivity-sweep-band = קו: החציון; רצועה: מהאחוזון ה-10 עד האחוזון ה-90 של ההרצות.
sensitivity-sweep-set-later = אירועים קובעים אותו שוב ביום { $days }: רק ערכו עד אז זז.
sensitivity-from = מ
sensitivity-to = עד
sensitivity-steps = צעדים
sensitivity-computing-tornado = מחשב את הטורנדו…
sensitivity-computing-sweep = מחשב את הסריקה…
sensitivity-stale-tornado = לא עדכני — יש לחשב מחדש: התרחיש השתנה מאז שהטורנדו הזה חושב.
sensitivity-stale-sweep = לא עדכני — יש לחשב מחדש: התרחיש השתנה מאז שהסריקה הזו חושבה.
sensitivity-none-tornado = עוד לא חושב טורנדו לתרחיש זה.
sensitivity-none-sweep = עוד לא חושבה סריקה לתרחיש זה.
sensitivity-low-parameters = מניע במינימום שלו, פרמטר במחצית ברירת המחדל שלו
sensitivity-high-parameters = מניע במקסימום שלו, פרמטר בכפל ברירת המחדל שלו
sensitivity-low = מניע במינימום שלו
sensitivity-high = מניע במקסימום שלו
sensitivity-sampling-expected = הרצת תוחלת אחת לכל נקודה
sensitivity-sampling-one = הרצה סטוכסטית אחת לכל נקודה (זרע { $seed })
sensitivity-sampling-median = חציון של { $runs } הרצות סטוכסטיות לכל נקודה (זרע { $seed }, אותם מספרים אקראיים בכל נקודה)

## The map's cell card (on hover)

card-held = בשליטת כוחות ישראליים מאחורי קו הנסיגה · { $km2 } km²
card-held-gray-note = נספר בסיכומים כשטח בשליטה ישראלית, בנפרד מהאפור; אין חזרת אזרחים ואין שיקום בינלאומי כל עוד השליטה נמשכת.
card-held-haven-note = מקלט מאחורי הקו: נספר עם הירוק בסיכומים; אין חזרת אזרחים כל עוד השליטה נמשכת.
card-zone = { $zone } ({ $meaning }) · { $km2 } km²
card-chances = סיכויים: { $shares }
card-people = אנשים במקום: { $people }
card-turned = הפך ל{ $zone } ביום { $day } ({ $date }) לפי הכלל "{ $rule }"
card-driven-by = מונע על ידי: { $drivers }
card-unchanged = ללא שינוי מאז יום 0
card-click-for-history = יש ללחוץ לצפייה בהיסטוריית התא

## Compare panel

compare-with-bundled = השוואה לתרחיש מובנה
compare-at-most = לכל היותר { $count }; יש להסיר אחד כדי להוסיף אחר
compare-remove = הסרת { $label }
compare-remove-tip = הסרת { $label } מההשוואה
compare-nothing-yet = עוד אין מה להשוות. אפשר להוסיף תרחיש מובנה או קובץ מתפריט ההשוואה או מהכפתורים שלמעלה, או לקבע את התרחיש כפי שהוא עכשיו, לערוך אותו ולהשוות.
compare-plot = גרף
compare-show-hide = הצגה או הסתרה של עקומות ה{ $zone }
compare-add-bundled = הוספת תרחיש מובנה
compare-add-bundled-tip = השוואה לאחד התרחישים שמגיעים עם התוכנה
compare-add-file = הוספת קובץ…
compare-pin-current = קיבוע הנוכחי
compare-export-csv = ייצוא CSV…
compare-current = נוכחי: { $title }
compare-current-tip = התרחיש שבעריכה
compare-key = צבע: אזור · קו: תרחיש
compare-starts-differ = תאריכי ההתחלה שונים: העקומות מיושרות ליום 0, ההתחלה של כל תרחיש (ראו בטבלה); בייצוא ה-CSV יש עמודת תאריך.
compare-horizons-differ = האופקים שונים: כל עקומה מסתיימת ביום האחרון של התרחיש שלה.
compare-map = מפה
compare-zones = אזורים
compare-zones-tip = האזורים של התרחיש הנוכחי ביום המוצג
compare-differences-from = הבדלים מ
compare-difference-tip = היכן שהתרחיש הנוכחי ו{ $label } שמים תאים באזורים שונים ביום המוצג ({ $shortcut })
compare-people-per-zone = אנשים לפי אזור
compare-land-per-zone = שטח לפי אזור
compare-people-returned = אנשים שחזרו
compare-people-displaced = אנשים עקורים

## Values with their units, headline numbers, sensitivity analyses
value-percent = { $n } %
value-trucks-per-day = { $n } משאיות ליום
value-troops = { $n } חיילים
value-usd-bn-per-year = { $n } מיליארד דולר לשנה
value-incidents-per-week = { $n } תקריות לשבוע
value-km = { $n } km
value-per-day = { $n } ליום
value-km2 = { $n } km²
value-day = יום { $n }
value-not-by-day = לא עד יום { $day }
value-no-change = ללא שינוי
value-change-days = { $n } ימים
indicator-first-day-blue-holds-half = היום הראשון שבו מחצית מהאנשים בכחול
indicator-peak-red-km2 = שטח אדום מרבי
indicator-returned-pop = אנשים ששבו לבתיהם
indicator-final-red-km2 = שטח אדום ביום האחרון
indicator-final-green-km2 = שטח ירוק ביום האחרון
indicator-final-gray-km2 = שטח אפור מחוץ לקו ביום האחרון
indicator-final-held-km2 = שטח בשליטה ישראלית מאחורי הקו ביום האחרון
indicator-final-blue-km2 = שטח כחול ביום האחרון
indicator-final-red-pop = אנשים באדום ביום האחרון
indicator-final-green-pop = אנשים בירוק ביום האחרון
indicator-final-gray-pop = אנשים באפור מחוץ לקו ביום האחרון
indicator-final-held-pop = אנשים בשטח שבשליטה ישראלית מאחורי הקו ביום האחרון
indicator-final-blue-pop = אנשים בכחול ביום האחרון
indicator-unit-day = יום
indicator-unit-km2 = km²
indicator-unit-people = אנשים
lever-parameter = { $name } (פרמטר)
sampling-expected = הרצת תוחלת אחת לכל נקודה
sampling-one-stochastic = הרצה סטוכסטית אחת לכל נקודה, זרע { $seed }
sampling-stochastic = הרצות סטוכסטיות לכל נקודה: { $runs }, זרע { $seed }, מספרים אקראיים משותפים

## Sensitivity: the tornado rows and the sweep plot
sensitivity-plausible-range = פרמטר שיפוטי נע בין פי { $low } לפי { $high } מערך ברירת המחדל שלו (בתוך הטווח המותר), טווח סביר ולא כל הטווח המותר
tornado-row = { $lever }: ב-{ $min } { $at_min } ({ $change_min }); ב-{ $max } { $at_max } ({ $change_max }); התרחיש ({ $scenario }) נותן { $baseline }
tornado-row-parameter = . הערכה שיפוטית של הכללים ({ $unit }), לא קלט של התרחיש: { $range }
tornado-row-set-again = . אירועים קובעים מניע זה שוב מאוחר יותר: רק ערכו עד אז משתנה
sweep-run-value = הערך בהרצה
sweep-not-within-horizon = לא בתוך האופק

## Events in the list and on the timeline, conditions, milestones
event-set = { $driver } = { $value }
event-ramp =
    { $driver } אל { $value } במשך { $days ->
    [one] יום אחד
    [two] יומיים
    *[other] { $days } ימים
    }
event-strike = תקיפה ({ $intensity }) ב{ $area }
event-deploy = הכוח נפרס ב{ $governorate }
event-withdraw = הכוח עוזב את { $governorate }
event-mandate = מנדט הכוח: { $mandate }
event-governance = ממשל: { $governance }
event-move-line =
    הקו זז עד ש-{ $percent }% בשליטה ישראלית במשך { $days ->
    [one] יום אחד
    [two] יומיים
    *[other] { $days } ימים
    }
event-haven = הכרזה על מקלט ב{ $area }
event-rafah-opens = מעבר רפיח נפתח
event-rafah-closes = מעבר רפיח נסגר
area-strip = כל הרצועה
area-circle = { $km } km סביב { $lat }°N { $lon }°E
event-when = כאשר { $condition }
event-when-every =
    כאשר { $condition } (לכל היותר פעם ב-{ $days ->
    [one] יום אחד
    [two] יומיים
    *[other] { $days } ימים
    })
condition-day = יום { $sign } { $value }
condition-always = תמיד
condition-never = אף פעם
condition-and = וגם
condition-or = או
event-fired = התרחש ב-{ $percent }% מתוך { $runs } הרצות, יום חציוני { $median } (ימים { $first }–{ $last })
event-never-fired = לא התרחש באף אחת מתוך { $runs } הרצות
milestone-fired = אבן דרך "{ $label }": { $fired }
events-edit-tip = שינוי האירוע הזה בטופס
events-edit-disabled-tip = יש לסיים או לבטל תחילה את האירוע שבטופס
events-duplicate-tip = הוספת עותק מיד אחרי האירוע הזה
events-delete-tip = מחיקת האירוע הזה (ביטול הפעולה מחזיר אותו)
events-edit-name = עריכת אירוע { $number }, יום { $day }: { $label }
events-duplicate-name = שכפול אירוע { $number }, יום { $day }: { $label }
events-delete-name = מחיקת אירוע { $number }, יום { $day }: { $label }

## Milestone conditions: the shares a condition can test
milestone-blue-people-share = חלק האנשים בשטח כחול
milestone-green-people-share = חלק האנשים בשטח ירוק
milestone-gray-people-share = חלק האנשים בשטח אפור
milestone-red-people-share = חלק האנשים בשטח אדום
milestone-blue-area-share = חלק הרצועה שהוא כחול
milestone-green-area-share = חלק הרצועה שהוא ירוק
milestone-gray-area-share = חלק הרצועה שהוא אפור
milestone-red-area-share = חלק הרצועה שהוא אדום
milestone-held-area-share = חלק הרצועה שבשליטה ישראלית מאחורי הקו
milestone-displaced-share = חלק העקורים

## Help in a tooltip
help-from-model-document = בתרגום מתוך docs/MODEL.md; F1 לכל העזרה.

## Model versions
model-number = מודל { $n }
model-described = { $n } ({ $summary })
model-in-list = מודל { $model }
model-summary-1 = נובמבר 2025: תושבים בפיזור אחיד בתוך הנפות, הקו כרצועת עומק, בתים אינם ממודלים
model-summary-2 = דצמבר 2026: הקו שפורסם ב-19 באוקטובר 2025, תושבים היכן שהיו בתיהם, בתים שנפגעו ובנייתם מחדש
model-summary-3 = דצמבר 2026, דינמיקה: מודל 2 ועוד עוצמה חמושה שגדלה עם העיכוב, מקלטים הזקוקים לביטחון, תקריות ליד הקו

## The Compare panel: the indicators table
compare-indicator = מדד
compare-current-column = נוכחי: { $label }
compare-vs-current = לעומת הנוכחי
compare-same = זהה
compare-not-reached = לא הושג
compare-days =
    { $days ->
    [one] יום אחד
    [two] יומיים
    *[other] { $days } ימים
    }
compare-row-start-date = תאריך התחלה (יום 0)
compare-row-horizon = אופק
compare-row-blue-holds-half = מחצית מהאנשים בכחול
compare-row-peak-red = שטח אדום מרבי
compare-row-peak-red-day = השגת השטח האדום המרבי
compare-row-people-returned = אנשים ששבו
compare-row-final-land = שטח בסוף, { $zone }
compare-row-final-people = אנשים בסוף, { $zone }
compare-row-start-date-tip = התאריך של יום 0 בכל תרחיש
compare-row-horizon-tip = מספר הימים שכל תרחיש רץ
compare-row-blue-holds-half-tip = היום הראשון שבו בתאים הכחולים נמצאת לפחות מחצית מהאנשים
compare-row-peak-red-tip = השטח האדום הגדול ביותר לאורך ההרצה
compare-row-peak-red-day-tip = היום הראשון שבו הושג השטח האדום המרבי
compare-row-people-returned-tip = עקורים ששבו לבתיהם בתא כחול עד היום האחרון
compare-row-final-tip = ביום האחרון של התרחיש

## Notes in a CSV's provenance header (Arabic and Hebrew only; English says the same in the header's own lines)
csv-note-what = gaza-zones: מודל "מה אם", לא תחזית; מודל { $model }
csv-note-columns = המפתחות בכותרת זו ושמות העמודות באנגלית בכל השפות, כדי שכל תוכנה וכל גרסה עתידית יקראו אותם באותו אופן; רק ההערות האלה מתורגמות.

## Timeline
timeline-not-reached = לא הושג בהרצה זו: { $milestones }

## The difference map, background jobs, events list and timeline (left over)
difference-summary =
    { $cells ->
    [one] תא אחד
    *[other] { $cells } תאים
    }, { $km2 } km², שונים ביום { $day }
difference-ended = { $label } מסתיים ביום { $last }: אין מה להשוות ביום { $day }
difference-top-half = החצי העליון: התרחיש הנוכחי
difference-bottom-half = החצי התחתון: { $label }
difference-faded = דהוי: אותו אזור בשניהם
difference-outline = קו מתאר: סביב השטח השונה
difference-start-dates = תאריכי ההתחלה שונים: יום { $day } הוא { $here } כאן ו-{ $there } שם
difference-cell = { $governorate } · תא { $cell } · { $km2 } km²
difference-current = נוכחי ({ $title }): { $zone }
difference-same-zone = { $zone } בשני התרחישים
difference-not-in-both = לא בשתי ההרצות ביום זה
job-stopped = { $what } נעצר: { $why }
job-internal-error = { $what } נעצר בשל שגיאה פנימית ({ $panic }); נא לדווח עליה
job-ensemble = האנסמבל של { $runs } הרצות
job-tornado = תרשים הטורנדו
job-sweep = הסריקה
events-none = אין עדיין אירועים: המניעים שומרים על ערכי ההתחלה שלהם לאורך כל הזמן. אפשר להוסיף אירוע בלחצן + הוספה.
timeline-clear-trace = ניקוי עקבות ההרצה הקודמת
timeline-clear-trace-tip = הקווים המקווקווים מראים את העקומות לפני העריכות

## The sweep plot's horizontal axis
sweep-driver-axis = { $driver } (ערך התחלתי)

## The map caption on a day with several events
map-caption-count = אירוע { $k } מתוך { $n } ביום זה · PgDn: הבא
map-caption-more = ועוד { $n } אירועים

## Export: replacing a file
export-replace-title = להחליף את הקובץ?
export-replace-question = { $path } קיים. להחליף אותו?
export-replace-renamed = השם שניתן היה { $typed }; עכשיו הוא מסתיים כמו התבנית שנבחרה.
export-replace = החלפה

## Export: the difference map
export-what-difference-map = מפה: היכן שהתרחיש המושווה שונה

## Export ▸ Animation
export-what-animation = הנפשה של המפה (GIF, APNG או WebP)
export-animation-from = מיום
export-animation-to = עד יום
export-animation-step = ימים לכל פריים
export-animation-timeline = עם תרשים האנשים לצד המפה
export-animation-frames = { $frames } פריימים, לולאה של כ-{ $seconds } שניות, בקנה מידה 1×
export-animation-progress = פריים { $done } מתוך { $total }
job-animation = ההנפשה של { $frames } פריימים
