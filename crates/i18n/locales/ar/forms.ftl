## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = نشر قوة الاستقرار (الجنود، التفويض، المكان)
kind-deploy-help = تنتشر قوة الاستقرار بخطوة واحدة: في المحافظات المؤشَّر عليها (أو القطاع كله)، بهذا العدد من الجنود وبهذا التفويض. في حالة «المراقبة» تساعد القوة قليلًا في التطهير؛ انظر المساعدة عن force_mandate.
form-deploy-to = الانتشار في
form-troops = الجنود
event-deploy-force = انتشار قوة من { $troops } جندي في: { $places } ({ $mandate })
