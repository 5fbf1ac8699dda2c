# gaza-zones: the interface in Arabic (Modern Standard Arabic). en.ftl is the reference:
# this file has every message it has, in the same order, with the same arguments.

## The program

app-name = gaza-zones
not-a-forecast = نموذج «ماذا لو» وليس توقعاً

## Menus

menu-file = ملف
menu-edit = تحرير
menu-view = عرض
menu-compare = مقارنة
menu-playback = التشغيل
menu-analysis = تحليل
menu-help = مساعدة
menu-language = اللغة
menu-open-recent = فتح ملف حديث
menu-no-recent = لا توجد ملفات حديثة
menu-bundled = سيناريوهات مضمّنة
menu-click-cell = انقر خلية على الخريطة لعرض سجلها
menu-language-tip = لغة الواجهة؛ تبقى ملفات السيناريوهات وأعمدة CSV بالإنجليزية

## The map

map-day = اليوم { $day } · { $date }
map-caption = { $title } · نموذج «ماذا لو» وليس توقعاً
legend-zones = المناطق (بمعانيها عند روس–أوريون)
legend-blue-chance = كم مرة انتهت كل خلية زرقاء
legend-in-no-run = لا في أي تشغيل
legend-in-half-the-runs = في نصف عمليات التشغيل
legend-in-every-run = في كل عمليات التشغيل
legend-row = { $name }: { $meaning }
legend-restricted = منطقة مقيدة الوصول بعده، تُحتسب تحت السيطرة الإسرائيلية
legend-contested = ملاذ مُعلن لم يُؤمَّن بعد (لا يزال أحمر)
legend-note-blue-share = الألوان: نسبة عمليات التشغيل التي انتهت زرقاء
legend-note-mixed = الألوان الممزوجة: احتمالات كل منطقة

## Zones and reporting categories (Ross–Orion four-zone proposal)

zone-red = أحمر
zone-green = أخضر
zone-gray = رمادي
zone-blue = أزرق
category-held = تحت السيطرة الإسرائيلية
zone-red-meaning = لا يزال فيها وجود مسلح لحماس
zone-green-meaning = ملاذ إنساني، والمساعدات والخدمات تحت إشراف عربي
zone-gray-meaning = أُخليت من الوجود المسلح؛ أمن وإعادة إعمار بإدارة دولية
zone-blue-meaning = تُعدّ آمنة بما يكفي لعودة المدنيين
category-held-meaning = خلف خط الانسحاب أو في المنطقة المقيدة الوصول الممتدة بعده: تحت سيطرة القوات الإسرائيلية، ولا إدارة دولية ولا عودة للمدنيين ما دامت السيطرة قائمة
zone-red-short = وجود مسلح لحماس
zone-green-short = ملاذ تحت إشراف عربي
zone-gray-short = إعادة إعمار دولية
zone-blue-short = آمنة لعودة المدنيين
category-gray-short = إعادة إعمار خارج الخط
category-held-short = تحت سيطرة القوات الإسرائيلية خلف الخط

## Governorates (the boundary data's English names)

governorate-north-gaza = شمال غزة
governorate-gaza = غزة
governorate-deir-al-balah = دير البلح
governorate-khan-yunis = خان يونس
governorate-rafah = رفح

## Months, for dates ("31 ديسمبر 2027")

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date = { $day } { $month } { $year }

## The timeline

timeline-day = اليوم
timeline-people = الأشخاص (بالآلاف)
timeline-land = المساحة (km²)
timeline-flows = km² تنتقل من منطقة إلى أخرى أسبوعياً
timeline-spread = الأشخاص (بالآلاف): الوسيط، p10–p90

## Commands: menu items, buttons and shortcuts (label, then the tooltip as -tip)

command-new = جديد
command-new-tip = بدء سيناريو جديد من القيم الافتراضية (منتصف نوفمبر 2025)
command-open = فتح…
command-open-tip = فتح ملف سيناريو (.ron)
command-save = حفظ
command-save-tip = حفظ السيناريو في ملفه
command-save-as = حفظ باسم…
command-save-as-tip = حفظ السيناريو في ملف جديد
command-copy-link = نسخ رابط هذا السيناريو
command-copy-link-tip = وضع السيناريو في عنوان الصفحة ونسخه: كل من يفتح الرابط يرى هذا السيناريو (يبقى في الرابط، ولا يطّلع عليه أي خادم)
command-undo = تراجع
command-undo-tip = التراجع عن آخر تعديل على السيناريو
command-redo = إعادة
command-redo-tip = إعادة التعديل الذي تم التراجع عنه للتو
command-play-pause = تشغيل / إيقاف مؤقت
command-play-pause-tip = تشغيل السيناريو إلى الأمام يوماً بعد يوم، أو إيقافه مؤقتاً
command-step-back = يوم واحد إلى الوراء
command-step-back-tip = عرض اليوم السابق
command-step-forward = يوم واحد إلى الأمام
command-step-forward-tip = عرض اليوم التالي
command-week-back = أسبوع واحد إلى الوراء
command-week-back-tip = عرض اليوم الذي يسبقه بأسبوع
command-week-forward = أسبوع واحد إلى الأمام
command-week-forward-tip = عرض اليوم الذي يليه بأسبوع
command-to-start = الانتقال إلى اليوم 0
command-to-start-tip = عرض اليوم 0، بداية السيناريو
command-to-end = الانتقال إلى اليوم الأخير
command-to-end-tip = عرض اليوم الأخير من الأفق الزمني
command-show-people = الخط الزمني: الأشخاص
command-show-people-tip = رسم عدد الأشخاص في كل منطقة عبر الزمن
command-show-area = الخط الزمني: المساحة (km²)
command-show-area-tip = رسم المساحة في كل منطقة (km²) عبر الزمن
command-show-flows = الخط الزمني: التدفقات الأسبوعية
command-show-flows-tip = رسم المساحة التي تنتقل من منطقة إلى أخرى كل أسبوع
command-show-spread = الخط الزمني: تشتت المجموعة
command-show-spread-tip = رسم الوسيط ونطاق p10–p90 لكل منطقة عبر مجموعة من عمليات التشغيل
command-show-compare = الخط الزمني: مقارنة السيناريوهات
command-show-compare-tip = رسم السيناريو الحالي والسيناريوهات المقارَنة معاً، مع مؤشراتها جنباً إلى جنب
command-compare-with-file = مقارنة مع ملف…
command-compare-with-file-tip = فتح ملف سيناريو لعرضه بجانب السيناريو الحالي
command-pin-current = تثبيت السيناريو الحالي
command-pin-current-tip = الإبقاء على السيناريو كما هو الآن بجانبه، لمقارنة تعديلاتك التالية به
command-toggle-difference-map = الخريطة: الفروق / المناطق
command-toggle-difference-map-tip = تبديل الخريطة بين المناطق والمواضع التي يختلف فيها السيناريو الحالي عن سيناريو مقارَن في اليوم المعروض
command-export-comparison = تصدير المقارنة بصيغة CSV…
command-export-comparison-tip = حفظ المجاميع اليومية لكل سيناريو مقارَن في جدول CSV واحد، مع مصدر كل سيناريو
command-fit-map = ملاءمة الخريطة للنافذة
command-fit-map-tip = ضبط تكبير الخريطة بحيث يظهر القطاع كله
command-add-event = إضافة حدث…
command-add-event-tip = إضافة حدث في اليوم المعروض
command-toggle-theme = سمة فاتحة / داكنة
command-toggle-theme-tip = التبديل بين السمة الفاتحة والسمة الداكنة
command-toggle-high-contrast = تباين عالٍ
command-toggle-high-contrast-tip = أبيض وأسود مع خطوط أثخن، لأجهزة العرض ذات الصورة الباهتة
command-toggle-colour-blind = ألوان ملائمة لعمى الألوان
command-toggle-colour-blind-tip = ألوان للمناطق تبقى متمايزة مع عمى اللونين الأحمر والأخضر
command-previous-event = الحدث السابق
command-previous-event-tip = الانتقال إلى يوم الحدث السابق
command-next-event = الحدث التالي
command-next-event-tip = الانتقال إلى يوم الحدث التالي
command-present = وضع العرض التقديمي
command-present-tip = ملء الشاشة مع خريطة وخط زمني كبيرين، للعرض في قاعة (Esc للخروج)
command-leave-presentation = الخروج من وضع العرض التقديمي
command-leave-presentation-tip = العودة إلى واجهة التحرير
command-zoom-in = تكبير
command-zoom-in-tip = جعل كل شيء أكبر (أثناء العرض: الخريطة)
command-zoom-out = تصغير
command-zoom-out-tip = جعل كل شيء أصغر (أثناء العرض: الخريطة)
command-zoom-reset = الحجم الفعلي
command-zoom-reset-tip = العودة إلى الحجم العادي (أثناء العرض: القطاع كله)
command-quit = خروج
command-quit-tip = إغلاق النافذة (مع السؤال عن التغييرات غير المحفوظة)
command-export = تصدير…
command-export-tip = حفظ الخريطة أو مخطط بصيغة PNG أو SVG، أو الأرقام بصيغة CSV، مع مصدرها
command-help = مساعدة: العوامل المحرّكة والقواعد
command-help-tip = معنى كل عامل محرّك وكل قاعدة، من docs/MODEL.md
command-about = حول gaza-zones وبياناته
command-about-tip = ما هو البرنامج، وكل مصدر بيانات يستخدمه مع ترخيصه
command-sensitivity = الحساسية…
command-sensitivity-tip = مدى تأثير كل عامل محرّك في أحد المؤشرات: مخطط الإعصار (tornado) ومسح لعامل محرّك واحد

## Numbers

number-thousands = { $n } ألف
number-millions = { $n } مليون
unit-km2 = { $n } km²

## Playback row

playback-play = تشغيل
playback-pause = إيقاف مؤقت
playback-day-shown = اليوم المعروض
playback-scrub-tip = اسحب للانتقال إلى أي يوم
playback-people = الأشخاص
playback-land = المساحة
playback-flows = التدفقات
playback-spread = التشتت
playback-compare = مقارنة
playback-present = عرض تقديمي
playback-leave = خروج
playback-speed = السرعة
playback-days-per-second = يوم/ث
playback-speed-tip = سرعة التشغيل

## Status bar

status-opening = جارٍ فتح { $name }…
status-reading-to-compare = جارٍ قراءة { $name } للمقارنة…
status-error = خطأ: { $text }
status-dismiss = إغلاق
status-not-saved = لم يُحفظ في ملف بعد
status-run = { $model }، تشغيل { $mode }، البذرة { $seed }، حُسب في { $ms } ms
status-model-tip = يذكر الملف إصدار النموذج الذي يُنتج أرقامه: النموذج { $model }. يبيّن docs/MODEL.md §0 ما غيّره كل إصدار.
mode-expected = بالقيمة المتوقعة
mode-stochastic = عشوائي

## Summary panel

summary-on-the-day = في اليوم المعروض
summary-people = الأشخاص
summary-land = المساحة
summary-displaced = النازحون
summary-held-tip = { $meaning }. كل الأراضي خلف الخط، بما فيها الملاذات: { $km2 } km²
summary-over-the-run = على امتداد التشغيل كله
summary-blue-half = الأزرق يضم نصف الأشخاص
summary-blue-half-tip = أول يوم تضم فيه الخلايا الزرقاء نصف الأشخاص على الأقل
summary-not-within = ليس ضمن الأفق الزمني
summary-peak-red = ذروة المساحة الحمراء
summary-peak-red-tip = أكبر مساحة حمراء خلال التشغيل، ومتى
summary-returned = الأشخاص العائدون
summary-returned-tip = نازحون عادوا إلى ديارهم في خلية زرقاء

## Events panel

events-heading = الأحداث ({ $count })
events-add = + إضافة

## Drivers panel

drivers-heading = المحرّكات في البداية
drivers-intro = القيم في اليوم 0؛ تغيّرها الأحداث لاحقًا. مرّر المؤشر فوق محرّك لمعرفة ما يفعله ومصدره.
drivers-range = المدى { $min }–{ $max }
drivers-source = المصدر: { $source }
drivers-deployed-tip = المحافظات التي تعمل فيها قوة الاستقرار منذ اليوم 0.
drivers-run = تشغيل النموذج
drivers-mode = النمط
drivers-seed = البذرة
drivers-horizon = الأفق الزمني
drivers-days = يوم
driver-disarmament-share = تقدّم نزع السلاح
driver-aid-trucks-per-day = المساعدات الداخلة
driver-force-troops = قوة الاستقرار
driver-reconstruction-usd-bn-per-year = تمويل إعادة الإعمار
driver-violations-per-week = خروقات وقف إطلاق النار
driver-held-share = خط الانسحاب
driver-arab-participation-share = المشاركة العربية
driver-restricted-band-share = المنطقة المقيدة الوصول بعد الخط
driver-disarmament-share-unit = حصة أسلحة حماس التي سُلّمت أو دُمّرت
driver-aid-trucks-per-day-unit = شاحنة في اليوم
driver-force-troops-unit = جندي على الأرض
driver-reconstruction-usd-bn-per-year-unit = مليار دولار أمريكي تُصرف سنويًا
driver-violations-per-week-unit = حادث خطير في الأسبوع
driver-held-share-unit = حصة القطاع تحت السيطرة الإسرائيلية خلف الخط
driver-arab-participation-share-unit = حصة أدوار الإشراف والقوة التي تتولاها دول عربية
driver-restricted-band-share-unit = حصة من القطاع
driver-force-mandate = تفويض القوة
driver-force-deployed = انتشار القوة في
driver-governance = الإدارة
driver-rafah-crossing = معبر رفح
mandate-monitor = مراقبة
mandate-enforce = إنفاذ
governance-none = لا إدارة
governance-technocratic-committee = لجنة تكنوقراطية
governance-board-of-peace = مجلس السلام مع اللجنة
governance-full-transition = انتقال كامل
crossing-closed = مغلق
crossing-open = مفتوح

## Scenario panel

scenario-heading = السيناريو
scenario-title = العنوان
scenario-author = المؤلف
scenario-description = الوصف
scenario-sources = المصادر (مصدر في كل سطر)
scenario-created = أُنشئ في { $created }؛ اليوم 0 هو { $start }.
scenario-as-shown-tip = كما تعرضه الخريطة والقوائم والأشكال

## Uncertainty panel

uncertainty-heading = عدم اليقين
uncertainty-progress = { $done } من { $total } عملية تشغيل
uncertainty-cancel = إلغاء
uncertainty-runs = عمليات التشغيل
uncertainty-run-ensemble = تشغيل مجموعة
uncertainty-run-ensemble-tip = عمليات تشغيل عشوائية ببذور مشتقة من بذرة السيناريو، مثل `gaza-zones run --runs N --summary`
uncertainty-result = { $runs } عملية تشغيل. الأشخاص في الأزرق في اليوم الأخير: الوسيط { $median } ألف (p10 { $p10 } ألف – p90 { $p90 } ألف)
uncertainty-map-blue-chance = الخريطة: احتمال أن تنتهي كل خلية زرقاء
uncertainty-spread-note = الخط الزمني: التشتت (Ctrl+4) يعرض نطاق p10–p90 لكل منطقة وللأرض تحت السيطرة الإسرائيلية.
uncertainty-expected-note = التشغيل بالقيمة المتوقعة أعلاه هو السلوك المتوسط للنموذج، لا وسيط المجموعة؛ وقد يختلف الاثنان (docs/MODEL.md، القسم 10.2).
uncertainty-not-run = لم يُشغَّل بعد لهذا السيناريو.

## Why nothing moves

why-nothing-heading = لماذا لا يتغيّر شيء
why-nothing-all-possible = كل طريق للخروج من كل منطقة قائمة ممكن في مكان ما اليوم.

## Events list

events-edit = تحرير
events-duplicate = نسخ
events-delete = حذف
events-being-edited = قيد التحرير في الأعلى

## Cell history

history-title = سجل الخلية
history-heading = { $governorate } · الخلية { $cell }
history-area = { $km2 } km²
history-area-people = { $km2 } km² · { $people } شخصًا هنا الآن
history-zone-on-day = { $zone } في اليوم { $day }: { $meaning }
history-most-likely = على الأرجح { $zone } في اليوم { $day }
history-held = خلف خط الانسحاب في هذا اليوم: تحت سيطرة القوات الإسرائيلية.
history-no-change = لا تغيير في هذا التشغيل: احتفظت الخلية بمنطقتها منذ اليوم 0.
history-changes = التغييرات ({ $count })
history-show-day-tip = اعرض هذا اليوم على الخريطة والخط الزمني
history-by = بفعل
history-milestones = المعالم التي تحققت حتى اليوم { $day } ({ $count })
history-milestone = معلم: { $label }
history-fired-today = تحقق اليوم: تحقق شرطه في نهاية الأمس، ويسري إجراؤه من اليوم.

## Export window

export-title = تصدير
export-what = ماذا
export-what-map = الخريطة في اليوم المعروض
export-what-people = رسم بياني: الأشخاص حسب المنطقة عبر الزمن
export-what-area = رسم بياني: الأرض حسب المنطقة عبر الزمن
export-what-spread-people = رسم بياني: تشتت الأشخاص في المجموعة
export-what-spread-area = رسم بياني: تشتت الأرض في المجموعة
export-what-days-csv = جدول (CSV): المجاميع لكل يوم
export-what-spread-csv = جدول (CSV): p10/p50/p90 للمجموعة لكل يوم
export-what-compare-chart = رسم بياني: السيناريوهات مقارنةً
export-what-compare-csv = جدول (CSV): السيناريوهات مقارنةً، لكل يوم
export-what-tornado-chart = رسم بياني: مخطط الإعصار (نافذة الحساسية)
export-what-tornado-csv = جدول (CSV): مخطط الإعصار
export-what-sweep-chart = رسم بياني: مسح محرّك واحد (نافذة الحساسية)
export-what-sweep-csv = جدول (CSV): مسح محرّك واحد
export-needs-comparison = أضف سيناريو للمقارنة أولًا (قائمة المقارنة)
export-needs-sensitivity = احسبه أولًا في نافذة الحساسية (قائمة التحليل، Ctrl+T)
export-needs-ensemble = شغّل مجموعة أولًا (عدم اليقين، في اللوحة الجانبية)
export-csv-note = CSV، يتصدّره عنوان السيناريو وملفه وبصمته والبذرة وإصدار البرنامج.
export-download = تنزيل
export-download-tip = يحفظه المتصفح مع تنزيلاتك
export-export = تصدير…
export-export-tip = اختر مكان الحفظ
export-choose-available = اختر شيئًا متاحًا أعلاه
export-choose-size = اختر حجمًا ضمن الحدود أعلاه
export-caption-note = يُكتب العنوان واليوم وإصدار البرنامج في التعليق وفي الملف.
export-or-save-to = أو احفظ في
export-here = تصدير هنا
export-here-tip = اكتب إلى المسار المدخل، دون نافذة اختيار ملف
export-format = الصيغة
export-svg = SVG (متجهي، للأوراق البحثية)
export-size-preset = حجم جاهز
export-custom = مخصص
export-width = العرض
export-height = الارتفاع
export-scale = المقياس
export-svg-size = { $width }×{ $height } SVG؛ يتغيّر حجمه دون فقدان
export-png-size = { $width }×{ $height } بكسل PNG

## Questions before losing work

guard-unsaved = تغييرات غير محفوظة
guard-unsaved-before-new = في «{ $name }» تغييرات غير محفوظة. هل تحفظها قبل بدء سيناريو جديد؟
guard-unsaved-before-open = في «{ $name }» تغييرات غير محفوظة. هل تحفظها قبل فتح سيناريو آخر؟
guard-unsaved-before-close = في «{ $name }» تغييرات غير محفوظة. هل تحفظها قبل الإغلاق؟
guard-save = حفظ
guard-discard-changes = تجاهل التغييرات
guard-cancel = إلغاء
guard-not-saved-to-a-file = لم يُحفظ في ملف بعد
guard-recover = استعادة العمل غير المحفوظ؟
guard-recover-text = انتهت الجلسة السابقة دون حفظ «{ $title }» ({ $file }). حُفظ عملها تلقائيًا.
guard-restore = استعادته
guard-discard-it = تجاهله
guard-changed-on-disk = تغيّر الملف على القرص
guard-changed-on-disk-text = غيّر برنامج آخر (أداة مزامنة، أو شخص آخر) «{ $name }» منذ أن فتحته أو حفظته. الحفظ الآن يستبدل تلك التغييرات.
guard-overwrite = استبدال

## Help and About

help-title = المساعدة
help-intro = معنى كل محرّك وقاعدة، مترجماً عن docs/MODEL.md الذي يشرح كل قاعدة ورقم مع مصدره (الترجمة في docs/help/ar.md، بالصيغ والأرقام نفسها). مرّر المؤشر فوق محرّك أو قاعدة في أي مكان من البرنامج لمعرفة خلاصتها.
help-find = بحث
help-find-hint = كلمة، مثل aid أو clearance
help-clear = مسح
help-drivers = المحرّكات
help-choices = الخيارات
help-rules = القواعد
help-cell-history = سجل خلية
help-nothing-matches = لا شيء يطابق «{ $filter }».
about-title = حول gaza-zones
about-intro = نموذج «ماذا لو» لقطاع غزة بعد وقف إطلاق النار في أكتوبر 2025، من منظور المناطق الأربع لروس وأوريون. يُظهر ما يترتب على الافتراضات المُدخلة؛ وليس توقعًا.
about-models = إصدارات النموذج: السيناريوهات الجديدة تعمل بالنموذج { $latest }. يذكر كل ملف النموذج الذي يُنتج أرقامه ويحافظ عليها: { $versions }
about-licence = الشيفرة: MIT أو Apache-2.0. للبيانات أدناه تراخيصها الخاصة. الأرقام التي تستخدمها السيناريوهات مدرجة مع مصادرها في docs/SOURCES.md.
about-data-sources = مصادر البيانات
about-full-notice = الإشعار الكامل (بالإنجليزية) في assets/ATTRIBUTION.md ضمن شيفرة المصدر.

## Event form

form-title = العنوان
form-note = ملاحظة
form-source = المصدر
form-day = اليوم
form-action = الإجراء
form-value = القيمة
form-to = إلى
form-intensity = الشدة
form-mandate = التفويض
form-administration = الإدارة
form-held-share = الحصة تحت السيطرة
form-crossing = المعبر
form-driver = المحرّك
form-over = خلال
form-governorate = المحافظة
form-area = المنطقة
form-longitude = خط الطول
form-latitude = خط العرض
form-radius = نصف القطر
form-when = متى
form-condition-on = الشرط على
form-watched-driver = المحرّك المراقَب
form-indicator = المؤشر
form-comparison = المقارنة
form-threshold = العتبة
form-fires = يتحقق
form-at-most-every = على الأكثر كل
form-on-its-day = في يومه
form-when-a-condition-holds = عندما يتحقق شرط
form-a-driver = محرّك
form-an-indicator = مؤشر من التشغيل
form-the-day = اليوم
form-at-least = على الأقل
form-at-most = على الأكثر
form-once = مرة واحدة
form-again = مجددًا كلما تحقق
form-new-event = حدث جديد
form-edit-event = تحرير الحدث
form-no-longer-in-scenario = لم يعد هذا الحدث في السيناريو (تراجع أو حذف)؛ الإضافة تعيده.
form-add-event = إضافة الحدث
form-apply-changes = تطبيق التغييرات
form-fix-problems-first = أصلح المشكلات المذكورة أعلاه أولًا
form-title-hint = مثلًا: إعادة فتح رفح
form-note-hint = لماذا، وما الذي يفترضه
form-source-hint = رابط أو مرجع
form-day-tip = الأيام بعد البداية ({ $start })؛ الأفق هو اليوم { $horizon }
form-ramp-over-tip = يبلغ القيمة بعد هذا العدد من الأيام من الحدث
form-intensity-note = 1 = حادث قاتل واحد؛ 3 = تصعيد مثل تصعيد أكتوبر 2025 الذي قتل 100 شخص على الأقل
form-line-over-tip = 0 يوم ينقل الخط دفعة واحدة
form-driver-tip = { $unit }
    مصدر القيمة الافتراضية: { $source }
form-unit-with-range = { $unit }، { $min }–{ $max }
form-whole-strip = القطاع كله
form-one-governorate = محافظة واحدة
form-a-circle = دائرة
form-when-tip = الحدث المشروط (معلم) ينتظر من يومه حتى يتحقق الشرط في نهاية يوم، ثم يقع في اليوم التالي
form-checked-note = يُفحص في نهاية كل يوم بدءًا من اليوم أعلاه؛ ويسري الإجراء في اليوم التالي. في التشغيل العشوائي يحققه كل تشغيل في يومه الخاص.
form-condition-from-file = الشرط من الملف: { $condition }
form-replace-with-one-test = استبداله باختبار واحد
form-indicator-note = حصة، 0–1، في نهاية اليوم (قيم متوقعة في نمط القيمة المتوقعة)
form-repeat-tip = الأيام التي يجب أن تمر قبل أن يتحقق مجددًا
events-row-day = اليوم { $day }
events-row-from-day = من اليوم { $day }
events-show-day-tip = اعرض هذا اليوم
kind-set = تعيين محرّك
kind-ramp = تدرّج محرّك
kind-strike = ضربة
kind-deploy-force = دخول القوة إلى محافظة واحدة
kind-withdraw-force = سحب القوة
kind-mandate = تفويض القوة
kind-governance = الإدارة
kind-move-line = تحريك خط الانسحاب
kind-declare-haven = إعلان ملاذ
kind-rafah = معبر رفح
kind-set-help = تعيين محرّك على قيمة ابتداءً من هذا اليوم
kind-ramp-help = تحريك محرّك في خط مستقيم نحو قيمة خلال عدد من الأيام
kind-strike-help = ضربة أو خرق: يرتفع العنف في المنطقة ثم يخبو، ويفرّ بعض الناس
kind-deploy-force-help = تبدأ قوة الاستقرار العمل في محافظة
kind-withdraw-force-help = تتوقف قوة الاستقرار عن العمل في محافظة
kind-mandate-help = يتغير تفويض قوة الاستقرار
kind-governance-help = تتولى إدارة مختلفة
kind-move-line-help = يتحرك خط الانسحاب حتى تصبح هذه الحصة من القطاع تحت السيطرة
kind-declare-haven-help = تصبح منطقة ملاذًا إنسانيًا بإشراف عربي
kind-rafah-help = يُفتح معبر رفح مع مصر أو يُغلق

## Sensitivity window

sensitivity-title = الحساسية
sensitivity-intro = محرّك واحد في كل مرة: تتحرك قيمته الابتدائية، ويبقى كل مُدخل آخر كما في السيناريو. هذا استكشاف لافتراضات النموذج؛ وليس توقعًا.
sensitivity-runs-per-point = عمليات التشغيل لكل نقطة
sensitivity-runs-per-point-tip = 1: تشغيل واحد بنمط السيناريو نفسه. أكثر: ذلك العدد من عمليات التشغيل العشوائية عند كل نقطة، والتشغيل i بالأرقام العشوائية نفسها عند كل نقطة
sensitivity-never-half = التشغيل الذي لا يضم فيه الأزرق نصف الأشخاص أبدًا يُحتسب اليوم { $after } (بعد أفق { $horizon } يومًا)، ويظهر بعبارة «ليس حتى اليوم { $horizon }».
sensitivity-tornado-heading-parameters = كل محرّك ومعامل تقديري عبر مداه
sensitivity-tornado-heading = كل محرّك عبر مداه
sensitivity-compute-tornado = حساب مخطط الإعصار
sensitivity-export-tornado = تصدير CSV لمخطط الإعصار…
sensitivity-export-tornado-tip = الجدول الذي يقوم عليه المخطط، مع مصدر السيناريو
sensitivity-tornado-caption = { $sampling }. تمتد الأشرطة من قيمة السيناريو (الخط العمودي) إلى القيمة حين يكون المحرّك في طرف مداه؛ الأعرض أولًا.
sensitivity-tornado-parameters = الصفوف المعلَّمة (معامل) تقديرات لقواعد النموذج، لا مُدخلات للسيناريو: { $range }.
sensitivity-tornado-set-later = * تعيد أحداث تعيين هذا المحرّك لاحقًا: لا تتحرك إلا قيمته حتى ذلك الحين.
sensitivity-sweep-heading = محرّك واحد، خطوة بخطوة
sensitivity-compute-sweep = حساب المسح
sensitivity-export-sweep = تصدير CSV للمسح…
sensitivity-export-sweep-tip = القيم التي يقوم عليها الرسم، مع مصدر السيناريو
sensitivity-sweep-caption = { $sampling } عند كل قيمة من { $count } قيمة لـ{ $driver }، من { $from } إلى { $to }. يشير الخط العمودي إلى قيمة السيناريو ({ $scenario }).
sensitivity-sweep-band = الخط: الوسيط؛ النطاق: من المئين العاشر إلى المئين التسعين لعمليات التشغيل.
sensitivity-sweep-set-later = تعيد أحداث تعيينه في اليوم { $days }: لا تتحرك إلا قيمته حتى ذلك الحين.
sensitivity-from = من
sensitivity-to = إلى
sensitivity-steps = الخطوات
sensitivity-computing-tornado = جارٍ حساب مخطط الإعصار…
sensitivity-computing-sweep = جارٍ حساب المسح…
sensitivity-stale-tornado = قديم — أعد الحساب: تغيّر السيناريو منذ حُسب مخطط الإعصار هذا.
sensitivity-stale-sweep = قديم — أعد الحساب: تغيّر السيناريو منذ حُسب هذا المسح.
sensitivity-none-tornado = لم يُحسب مخطط إعصار لهذا السيناريو بعد.
sensitivity-none-sweep = لم يُحسب مسح لهذا السيناريو بعد.
sensitivity-low-parameters = المحرّك عند حده الأدنى، والمعامل عند نصف قيمته الافتراضية
sensitivity-high-parameters = المحرّك عند حده الأقصى، والمعامل عند ضعف قيمته الافتراضية
sensitivity-low = المحرّك عند حده الأدنى
sensitivity-high = المحرّك عند حده الأقصى
sensitivity-sampling-expected = تشغيل واحد بالقيمة المتوقعة لكل نقطة
sensitivity-sampling-one = تشغيل عشوائي واحد لكل نقطة (البذرة { $seed })
sensitivity-sampling-median = وسيط { $runs } عملية تشغيل عشوائية لكل نقطة (البذرة { $seed }، بالأرقام العشوائية نفسها عند كل نقطة)

## The map's cell card (on hover)

card-held = تحت سيطرة القوات الإسرائيلية خلف خط الانسحاب · { $km2 } km²
card-held-gray-note = تُحتسب في المجاميع تحت السيطرة الإسرائيلية، منفصلة عن الرمادي؛ لا عودة للمدنيين ولا إعادة إعمار دولية ما دامت السيطرة قائمة.
card-held-haven-note = ملاذ خلف الخط: يُحتسب مع الأخضر في المجاميع؛ لا عودة للمدنيين ما دامت السيطرة قائمة.
card-zone = { $zone } ({ $meaning }) · { $km2 } km²
card-chances = الاحتمالات: { $shares }
card-people = الأشخاص الموجودون: { $people }
card-turned = صارت { $zone } في اليوم { $day } ({ $date }) بفعل القاعدة "{ $rule }"
card-driven-by = تحرّكها: { $drivers }
card-unchanged = لم تتغير منذ اليوم 0
card-click-for-history = انقر لعرض سجل الخلية

## Compare panel

compare-with-bundled = المقارنة بسيناريو مضمّن
compare-at-most = { $count } على الأكثر؛ احذف واحدًا لإضافة آخر
compare-remove = إزالة { $label }
compare-remove-tip = إزالة { $label } من المقارنة
compare-nothing-yet = لا شيء للمقارنة بعد. أضف سيناريو مضمّنًا أو ملفًا من قائمة المقارنة أو الأزرار أعلاه، أو ثبّت السيناريو كما هو الآن، ثم عدّله وقارن.
compare-plot = الرسم
compare-show-hide = إظهار منحنيات { $zone } أو إخفاؤها
compare-add-bundled = إضافة سيناريو مضمّن
compare-add-bundled-tip = المقارنة بأحد السيناريوهات المرفقة بالبرنامج
compare-add-file = إضافة ملف…
compare-pin-current = تثبيت الحالي
compare-export-csv = تصدير CSV…
compare-current = الحالي: { $title }
compare-current-tip = السيناريو قيد التحرير
compare-key = اللون: المنطقة · الخط: السيناريو
compare-starts-differ = تواريخ البداية مختلفة: المنحنيات مصفوفة على اليوم 0، أي بداية كل سيناريو (انظر الجدول)؛ وفي تصدير CSV عمود للتاريخ.
compare-horizons-differ = الآفاق مختلفة: ينتهي كل منحنى في آخر يوم من سيناريوه.
compare-map = الخريطة
compare-zones = المناطق
compare-zones-tip = مناطق السيناريو الحالي في اليوم المعروض
compare-differences-from = الفروق عن
compare-difference-tip = حيث يضع السيناريو الحالي و{ $label } الخلايا في مناطق مختلفة في اليوم المعروض ({ $shortcut })
compare-people-per-zone = الأشخاص في كل منطقة
compare-land-per-zone = الأرض في كل منطقة
compare-people-returned = الأشخاص العائدون
compare-people-displaced = الأشخاص النازحون

## Values with their units, headline numbers, sensitivity analyses
value-percent = { $n } %
value-trucks-per-day = { $n } شاحنة/يوم
value-troops = { $n } جندي
value-usd-bn-per-year = { $n } مليار دولار/سنة
value-incidents-per-week = { $n } حادث/أسبوع
value-km = { $n } km
value-per-day = { $n }/يوم
value-km2 = { $n } km²
value-day = اليوم { $n }
value-not-by-day = ليس بحلول اليوم { $day }
value-no-change = لا تغيير
value-change-days = { $n } يوم
indicator-first-day-blue-holds-half = أول يوم يكون فيه نصف السكان في الأزرق
indicator-peak-red-km2 = أقصى مساحة للمنطقة الحمراء
indicator-returned-pop = العائدون إلى منازلهم
indicator-final-red-km2 = مساحة الأحمر في اليوم الأخير
indicator-final-green-km2 = مساحة الأخضر في اليوم الأخير
indicator-final-gray-km2 = مساحة الرمادي خارج الخط في اليوم الأخير
indicator-final-held-km2 = المساحة تحت السيطرة الإسرائيلية خلف الخط في اليوم الأخير
indicator-final-blue-km2 = مساحة الأزرق في اليوم الأخير
indicator-final-red-pop = السكان في الأحمر في اليوم الأخير
indicator-final-green-pop = السكان في الأخضر في اليوم الأخير
indicator-final-gray-pop = السكان في الرمادي خارج الخط في اليوم الأخير
indicator-final-held-pop = السكان في المساحة تحت السيطرة الإسرائيلية خلف الخط في اليوم الأخير
indicator-final-blue-pop = السكان في الأزرق في اليوم الأخير
indicator-unit-day = اليوم
indicator-unit-km2 = km²
indicator-unit-people = أشخاص
lever-parameter = { $name } (معامل)
sampling-expected = تشغيل واحد بالقيمة المتوقعة لكل نقطة
sampling-one-stochastic = تشغيل عشوائي واحد لكل نقطة، البذرة { $seed }
sampling-stochastic = عمليات تشغيل عشوائية لكل نقطة: { $runs }، البذرة { $seed }، بأعداد عشوائية مشتركة

## Sensitivity: the tornado rows and the sweep plot
sensitivity-plausible-range = يتحرك المعامل التقديري من { $low } إلى { $high } ضعف قيمته الافتراضية (ضمن مداه المسموح)، وهو مدى معقول لا المدى المسموح كله
tornado-row = { $lever }: عند { $min } { $at_min } ({ $change_min })؛ عند { $max } { $at_max } ({ $change_max })؛ السيناريو ({ $scenario }) يعطي { $baseline }
tornado-row-parameter = . تقدير في القواعد ({ $unit })، لا مُدخل من السيناريو: { $range }
tornado-row-set-again = . تعيد أحداث ضبط هذا المحرّك لاحقاً: لا تتغير إلا قيمته حتى ذلك الحين
sweep-run-value = قيمة التشغيل
sweep-not-within-horizon = ليس ضمن الأفق الزمني

## Events in the list and on the timeline, conditions, milestones
event-set = { $driver } = { $value }
event-ramp =
    { $driver } إلى { $value } على مدى { PLURAL($days) ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
    *[other] { $days } يوم
    }
event-strike = ضربة ({ $intensity }) في { $area }
event-deploy = القوة تنتشر في { $governorate }
event-withdraw = القوة تغادر { $governorate }
event-mandate = تفويض القوة: { $mandate }
event-governance = الإدارة: { $governance }
event-move-line =
    الخط يتحرك حتى تصبح { $percent }% تحت السيطرة الإسرائيلية على مدى { PLURAL($days) ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
    *[other] { $days } يوم
    }
event-haven = إعلان ملاذ في { $area }
event-rafah-opens = فتح معبر رفح
event-rafah-closes = إغلاق معبر رفح
area-strip = القطاع كله
area-circle = { $km } km حول { $lat }°N { $lon }°E
event-when = عندما { $condition }
event-when-every =
    عندما { $condition } (مرة كل { PLURAL($days) ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
    *[other] { $days } يوم
    } على الأكثر)
condition-day = اليوم { $sign } { $value }
condition-always = دائماً
condition-never = أبداً
condition-and = و
condition-or = أو
event-fired = وقع في { $percent }% من عمليات التشغيل (العدد: { $runs })، اليوم الوسيط { $median } (الأيام { $first }–{ $last })
event-never-fired = لم يقع في أي من عمليات التشغيل (العدد: { $runs })
milestone-fired = المعلم «{ $label }»: { $fired }
events-edit-tip = تغيير هذا الحدث في نموذج
events-edit-disabled-tip = أنهِ الحدث المفتوح في النموذج أو ألغِه أولاً
events-duplicate-tip = إضافة نسخة بعد هذا الحدث مباشرة
events-delete-tip = حذف هذا الحدث (التراجع يعيده)
events-edit-name = تعديل الحدث { $number }، اليوم { $day }: { $label }
events-duplicate-name = نسخ الحدث { $number }، اليوم { $day }: { $label }
events-delete-name = حذف الحدث { $number }، اليوم { $day }: { $label }

## Milestone conditions: the shares a condition can test
milestone-blue-people-share = نسبة السكان في الأرض الزرقاء
milestone-green-people-share = نسبة السكان في الأرض الخضراء
milestone-gray-people-share = نسبة السكان في الأرض الرمادية
milestone-red-people-share = نسبة السكان في الأرض الحمراء
milestone-blue-area-share = نسبة ما هو أزرق من القطاع
milestone-green-area-share = نسبة ما هو أخضر من القطاع
milestone-gray-area-share = نسبة ما هو رمادي من القطاع
milestone-red-area-share = نسبة ما هو أحمر من القطاع
milestone-held-area-share = نسبة القطاع تحت السيطرة الإسرائيلية خلف الخط
milestone-displaced-share = نسبة النازحين

## Help in a tooltip
help-from-model-document = مترجم عن docs/MODEL.md؛ F1 للمساعدة كلها.

## Model versions
model-number = النموذج { $n }
model-described = { $n } ({ $summary })
model-in-list = النموذج { $model }
model-summary-1 = نوفمبر 2025: السكان موزعون بالتساوي داخل المحافظات، والخط شريط بعمق ثابت، والمنازل غير ممثَّلة
model-summary-2 = ديسمبر 2026: الخط المنشور في 19 أكتوبر 2025، والسكان حيث كانت منازلهم، والمنازل المتضررة وإعادة بنائها
model-summary-3 = ديسمبر 2026، الديناميات: النموذج 2 مع قدرة مسلحة تنمو مع التأخير، وملاذات تحتاج إلى الأمن، وحوادث قرب الخط

## The Compare panel: the indicators table
compare-indicator = المؤشر
compare-current-column = الحالي: { $label }
compare-vs-current = مقابل الحالي
compare-same = لا فرق
compare-not-reached = لم يتحقق
compare-days =
    { PLURAL($days) ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
    *[other] { $days } يوم
    }
compare-row-start-date = تاريخ البدء (اليوم 0)
compare-row-horizon = الأفق الزمني
compare-row-blue-holds-half = نصف السكان في الأزرق
compare-row-peak-red = أقصى مساحة للمنطقة الحمراء
compare-row-peak-red-day = بلوغ أقصى مساحة حمراء
compare-row-people-returned = العائدون
compare-row-final-land = المساحة في النهاية، { $zone }
compare-row-final-people = السكان في النهاية، { $zone }
compare-row-start-date-tip = التاريخ التقويمي لليوم 0 في كل سيناريو
compare-row-horizon-tip = عدد الأيام التي يمتد عليها كل سيناريو
compare-row-blue-holds-half-tip = أول يوم تضم فيه الخلايا الزرقاء نصف السكان على الأقل
compare-row-peak-red-tip = أكبر مساحة حمراء طوال التشغيل
compare-row-peak-red-day-tip = أول يوم بُلغت فيه أقصى مساحة حمراء
compare-row-people-returned-tip = النازحون الذين عادوا إلى منازلهم في خلية زرقاء حتى اليوم الأخير
compare-row-final-tip = في اليوم الأخير من السيناريو

## Notes in a CSV's provenance header (Arabic and Hebrew only; English says the same in the header's own lines)
csv-note-what = gaza-zones: نموذج «ماذا لو» وليس توقعاً؛ النموذج { $model }
csv-note-columns = مفاتيح هذا الرأس وأسماء الأعمدة بالإنجليزية في كل اللغات كي تقرأها كل البرامج وكل الإصدارات اللاحقة بالطريقة نفسها؛ هذه الملاحظات وحدها مترجمة.

## Timeline
timeline-not-reached = لم يتحقق في هذا التشغيل: { $milestones }

## The difference map, background jobs, events list and timeline (left over)
difference-summary =
    { PLURAL($cells) ->
    [zero] لا خلية
    [one] خلية واحدة
    [two] خليتان
    [few] { $cells } خلايا
    [many] { $cells } خلية
    *[other] { $cells } خلية
    }، { $km2 } km²، تختلف في اليوم { $day }
difference-ended = ينتهي { $label } في اليوم { $last }: لا شيء للمقارنة في اليوم { $day }
difference-top-half = النصف العلوي: السيناريو الحالي
difference-bottom-half = النصف السفلي: { $label }
difference-faded = باهت: المنطقة نفسها في الاثنين
difference-outline = إطار: حول الأرض المختلفة
difference-start-dates = تاريخا البدء مختلفان: اليوم { $day } هو { $here } هنا و{ $there } هناك
difference-cell = { $governorate } · الخلية { $cell } · { $km2 } km²
difference-current = الحالي ({ $title }): { $zone }
difference-same-zone = { $zone } في السيناريوهين
difference-not-in-both = ليست في التشغيلين في هذا اليوم
job-stopped = توقف { $what }: { $why }
job-internal-error = توقف { $what } بسبب خطأ داخلي ({ $panic })؛ يُرجى الإبلاغ عنه
job-ensemble = مجموعة التشغيل (عمليات التشغيل: { $runs })
job-tornado = مخطط الإعصار
job-sweep = المسح
events-none = لا أحداث بعد: تحتفظ العوامل المحرّكة بقيمها الابتدائية طوال الوقت. أضف حدثاً بزر + إضافة.
timeline-clear-trace = مسح أثر التشغيل السابق
timeline-clear-trace-tip = تُظهر الخطوط المتقطعة المنحنيات قبل تعديلاتك

## The sweep plot's horizontal axis
sweep-driver-axis = { $driver } (القيمة الابتدائية)

## The map caption on a day with several events
map-caption-count = الحدث { $k } من { $n } في هذا اليوم · PgDn: التالي
map-caption-more = و{ $n } أحداث أخرى

## Export: replacing a file
export-replace-title = استبدال الملف؟
export-replace-question = الملف { $path } موجود. هل تريد استبداله؟
export-replace-renamed = الاسم المُدخَل كان { $typed }؛ وصار ينتهي كما تنتهي الصيغة المختارة.
export-replace = استبدال

## Export: the difference map
export-what-difference-map = خريطة: حيث يختلف السيناريو المقارَن

## Export ▸ Animation
export-what-animation = رسم متحرك للخريطة (GIF أو APNG أو WebP)
export-animation-from = من اليوم
export-animation-to = إلى اليوم
export-animation-step = أيام لكل إطار
export-animation-timeline = مع الرسم البياني للأشخاص بجانب الخريطة
export-animation-frames = { $frames } إطارًا، دورة مدتها نحو { $seconds } ث، مرسومة بمقياس 1×
export-animation-progress = الإطار { $done } من { $total }
job-animation = الرسم المتحرك ({ $frames } إطارًا)
