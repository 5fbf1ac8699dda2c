## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = פריסת כוח הייצוב
kind-deploy-help = כוח הייצוב נפרס בצעד אחד: בנפות המסומנות (או בכל הרצועה), עם מספר החיילים הזה ובמנדט הזה. במנדט „פיקוח” הכוח מסייע מעט בניקוי; ראו את העזרה על force_mandate.
form-deploy-to = פריסה אל
form-troops = חיילים
event-deploy-force = כוח של { $troops } חיילים נפרס: { $places } ({ $mandate })

## An event that would change nothing
no-effect-no-troops = זה לא משנה דבר: לכוח אין חיילים ביום הזה. תנו לו חיילים (ב„פריסת כוח הייצוב” יש שדה חיילים) או קבעו קודם את force_troops.
no-effect-already-deployed = זה לא משנה דבר: ביום הזה הכוח כבר שם, עם החיילים האלה ובמנדט הזה.
no-effect-not-deployed = זה לא משנה דבר: ביום הזה הכוח אינו נמצא ב{ $governorate }.
no-effect-same-value = זה לא משנה דבר: ביום הזה למניע כבר יש הערך הזה.
no-effect-already-so = זה לא משנה דבר: ביום הזה זה כבר כך.
no-effect-all-held = זה לא משנה דבר: ביום הזה כל האזור הזה מוחזק מאחורי הקו, שם איש אינו גר ואף כלל אינו משנה את האזור. בחרו אזור מחוץ לשטח המקווקו.
no-effect-no-intensity = זה לא משנה דבר: תקיפה בעוצמה 0. עוצמה 1 היא אירוע קטלני אחד.

## The date picker: a calendar of one month (month names in full, weekdays as column headings from Monday, 1, to Sunday, 7)
month-long-1 = ינואר
month-long-2 = פברואר
month-long-3 = מרץ
month-long-4 = אפריל
month-long-5 = מאי
month-long-6 = יוני
month-long-7 = יולי
month-long-8 = אוגוסט
month-long-9 = ספטמבר
month-long-10 = אוקטובר
month-long-11 = נובמבר
month-long-12 = דצמבר
calendar-month-year = { $month } { $year }
weekday-1 = ב׳
weekday-2 = ג׳
weekday-3 = ד׳
weekday-4 = ה׳
weekday-5 = ו׳
weekday-6 = ש׳
weekday-7 = א׳
picker-previous-month = החודש הקודם
picker-next-month = החודש הבא
picker-calendar = לוח שנה
picker-tip = בחירת התאריך בלוח שנה. מקשי החיצים מזיזים ביום או בשבוע, Page Up ו-Page Down בחודש, Enter בוחר את התאריך, Esc סוגר.
picker-outside = מחוץ לתרחיש: הוא נמשך מ-{ $first } עד { $last }
form-date = תאריך
form-day-number = יום

## Dates with the day number after them: the events list
events-row-date = { $date } · יום { $day }
events-row-from-date = מ-{ $date } · יום { $day }

## Dates with the day number after them: the cell history and the summary
history-zone-on-date = { $zone } ב-{ $date } (יום { $day }): { $meaning }
history-most-likely-on-date = ככל הנראה { $zone } ב-{ $date } (יום { $day })
history-milestones-by-date = אבני דרך שהופעלו עד { $date } (יום { $day }): { $count }
summary-peak-red-value-dated = { $km2 } km², { $date } (יום { $day })

## A date with its day number after it, where nothing else goes with them
date-and-day = { $date } (יום { $day })

## A condition on the day, as a date
form-threshold-day = יום הסף
