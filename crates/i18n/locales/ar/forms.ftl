## forms: the event form: dates, deployments, placing on the map, events that change nothing

## Deploying the force in one event
kind-deploy = نشر قوة الاستقرار
kind-deploy-help = تنتشر قوة الاستقرار بخطوة واحدة: في المحافظات المؤشَّر عليها (أو القطاع كله)، بهذا العدد من الجنود وبهذا التفويض. في حالة «المراقبة» تساعد القوة قليلًا في الإخلاء من الوجود المسلح؛ انظر المساعدة عن force_mandate.
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

## The date picker: a calendar of one month (month names in full, weekdays as column headings from Monday, 1, to Sunday, 7)
month-long-1 = يناير
month-long-2 = فبراير
month-long-3 = مارس
month-long-4 = أبريل
month-long-5 = مايو
month-long-6 = يونيو
month-long-7 = يوليو
month-long-8 = أغسطس
month-long-9 = سبتمبر
month-long-10 = أكتوبر
month-long-11 = نوفمبر
month-long-12 = ديسمبر
calendar-month-year = { $month } { $year }
weekday-1 = ن
weekday-2 = ث
weekday-3 = ر
weekday-4 = خ
weekday-5 = ج
weekday-6 = س
weekday-7 = ح
picker-previous-month = الشهر السابق
picker-next-month = الشهر التالي
picker-calendar = التقويم
picker-tip = اختيار التاريخ من التقويم. مفاتيح الأسهم تنقل يوماً أو أسبوعاً، وPage Up وPage Down شهراً، وEnter يختار التاريخ، وEsc يغلق.
picker-outside = خارج السيناريو: يمتد من { $first } إلى { $last }
form-date = التاريخ
form-day-number = اليوم

## Dates with the day number after them: the events list
events-row-date = { $date } · اليوم { $day }
events-row-from-date = من { $date } · اليوم { $day }

## Dates with the day number after them: the cell history and the summary
history-zone-on-date = { $zone } في { $date } (اليوم { $day }): { $meaning }
history-most-likely-on-date = على الأرجح { $zone } في { $date } (اليوم { $day })
history-milestones-by-date = المعالم التي تحققت حتى { $date } (اليوم { $day }): { $count }
summary-peak-red-value-dated = { $km2 } km²، { $date } (اليوم { $day })

## A date with its day number after it, where nothing else goes with them
date-and-day = { $date } (اليوم { $day })

## A condition on the day, as a date
form-threshold-day = يوم العتبة
