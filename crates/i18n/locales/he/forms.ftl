## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = פריסת כוח הייצוב (חיילים, מנדט, מקום)
kind-deploy-help = כוח הייצוב נפרס בצעד אחד: בנפות המסומנות (או בכל הרצועה), עם מספר החיילים הזה ובמנדט הזה. במנדט „ניטור” הכוח מסייע מעט בפינוי; ראו את העזרה על force_mandate.
form-deploy-to = פריסה אל
form-troops = חיילים
event-deploy-force = כוח של { $troops } חיילים נפרס: { $places } ({ $mandate })
