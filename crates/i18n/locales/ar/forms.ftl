## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = نشر قوة الاستقرار (الجنود، التفويض، المكان)
kind-deploy-help = تنتشر قوة الاستقرار بخطوة واحدة: في المحافظات المؤشَّر عليها (أو القطاع كله)، بهذا العدد من الجنود وبهذا التفويض. في حالة «المراقبة» تساعد القوة قليلًا في التطهير؛ انظر المساعدة عن force_mandate.
form-deploy-to = الانتشار في
form-troops = الجنود
event-deploy-force = انتشار قوة من { $troops } جندي في: { $places } ({ $mandate })

## An event that would change nothing
no-effect-no-troops = هذا لا يغيّر شيئًا: ليس للقوة جنود في ذلك اليوم. أعطها جنودًا (في «نشر قوة الاستقرار» حقل للجنود) أو اضبط force_troops أولًا.
no-effect-already-deployed = هذا لا يغيّر شيئًا: في ذلك اليوم القوة موجودة هناك أصلًا، بهؤلاء الجنود وبهذا التفويض.
no-effect-not-deployed = هذا لا يغيّر شيئًا: في ذلك اليوم لا توجد القوة في { $governorate }.
no-effect-same-value = هذا لا يغيّر شيئًا: في ذلك اليوم للمحرّك هذه القيمة أصلًا.
no-effect-already-so = هذا لا يغيّر شيئًا: في ذلك اليوم الأمر كذلك أصلًا.
no-effect-all-held = هذا لا يغيّر شيئًا: في ذلك اليوم كل هذه المنطقة مسيطر عليها خلف الخط، حيث لا يسكن أحد ولا تغيّر أي قاعدة المنطقة. اختر منطقة خارج الأرض المخطّطة.
no-effect-no-intensity = هذا لا يغيّر شيئًا: ضربة بشدة 0. الشدة 1 حادث قاتل واحد.
