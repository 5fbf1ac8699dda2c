## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = פריסת כוח הייצוב (חיילים, מנדט, מקום)
kind-deploy-help = כוח הייצוב נפרס בצעד אחד: בנפות המסומנות (או בכל הרצועה), עם מספר החיילים הזה ובמנדט הזה. במנדט „ניטור” הכוח מסייע מעט בפינוי; ראו את העזרה על force_mandate.
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
