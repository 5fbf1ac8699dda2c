## explain
## The explanations of a cell (see en/explain.ftl). Zones inside sentences agree with المنطقة
## (feminine); counted nouns follow the number's plural category, which PLURAL($n) gives as CLDR
## does (a bare $n puts every number from 100 up in "other").

## What a change is, in each mode

explain-mode-stochastic = تشغيل عشوائي: التغيير هو اليوم الذي طُبّقت فيه قاعدة على هذه الخلية، بسحب عشوائي بالاحتمال المعروض.
explain-mode-expected = تشغيل بالقيمة المتوقعة: التغيير هو اليوم الذي تغيّرت فيه المنطقة الأرجح للخلية، ويُنسب إلى القاعدة التي نقلت أكبر قدر من الاحتمال إلى المنطقة الجديدة.

## The cell's homes

explain-homes = المساكن: { $now }% منها صالحة للسكن في اليوم { $day } ({ $start }% في اليوم 0، بعد الأضرار التي رصدها برنامج UNOSAT في { $date }). لا يعود السكان إلا إلى هذه المساكن.
explain-homes-rebuilt = المساكن: { $now }% منها صالحة للسكن في اليوم { $day } ({ $start }% في اليوم 0، بعد الأضرار التي رصدها برنامج UNOSAT في { $date }، وأُعيد بناء ما يعادل { PLURAL($rebuilt) ->
        [one] نقطة مئوية واحدة
        [two] نقطتين مئويتين
        [few] { $rebuilt } نقاط مئوية
       *[other] { $rebuilt } نقطة مئوية
    } منذ اليوم 0 بأموال إعادة الإعمار). لا يعود السكان إلا إلى هذه المساكن.

## The drivers each rule depends on

explain-drivers-clearance = نزع السلاح، حجم القوة وتفويضها، الإدارة، الخلايا المجاورة المؤمَّنة، قدرات الجماعة المسلحة
explain-drivers-haven = إعلان الملاذ، المشاركة العربية، المساعدات، الأمن (قوة بتفويض إنفاذ أو أرض مؤمَّنة)
explain-drivers-haven-to-reconstruction = تمويل إعادة الإعمار، الإدارة
explain-drivers-secure-for-return = التمويل، المساعدات، الإدارة، وجود القوة، الخلايا المجاورة الزرقاء، العنف
explain-drivers-relapse = العنف، الخلايا المجاورة ذات الوجود المسلح، وجود القوة
explain-drivers-reassertion = نزع السلاح (غيابه)، الخلايا المجاورة ذات الوجود المسلح، العنف، وجود القوة، قدرات الجماعة المسلحة
explain-drivers-haven-capture = نزع السلاح (غيابه)، المشاركة العربية (غيابها، في النموذجين 1 و2)، الخلايا المجاورة ذات الوجود المسلح، وجود القوة، قدرات الجماعة المسلحة
explain-drivers-line-advance = خط الانسحاب
explain-word-aid = المساعدات
explain-word-funding = تمويل
explain-word-governance = الإدارة
explain-word-disarmament = نزع السلاح
explain-word-arab-participation = المشاركة العربية
explain-word-force = القوة
explain-word-security = الأمن
explain-word-armed-strength = قدرات الجماعة المسلحة
explain-word-violence = العنف
explain-word-armed-neighbours = الخلايا المجاورة ذات الوجود المسلح
explain-word-secured-neighbours = الخلايا المجاورة المؤمَّنة
explain-word-blue-neighbours = الخلايا المجاورة الزرقاء
explain-word-haven-declared = إعلان الملاذ

## What each factor of a rule stands for

explain-factor-base-rate = المعدل الأساسي
explain-factor-pressure = الضغط لنزع السلاح
explain-factor-still-armed = السلاح الباقي
explain-factor-no-arab-oversight = غياب الإشراف العربي
explain-factor-lacking = ما ينقص
explain-factor-unchecked = ما لا تردعه القوة
explain-factor-calm = الهدوء
explain-factor-armed-strength-left = ما تتركه قدرات الجماعة المسلحة
explain-factor-left = ما يتبقى
explain-factor-security = الأمن
explain-input-aid = المساعدات
explain-input-funding = التمويل
explain-input-governance = الإدارة
explain-input-disarmament = نزع السلاح
explain-input-arab-participation = المشاركة العربية
explain-input-enforcement = إنفاذ القوة
explain-input-deterrence = ردع القوة
explain-input-enforcing-presence = قوة بتفويض إنفاذ
explain-input-armed-strength = قدرات الجماعة المسلحة
explain-input-secured-ground = أرض مؤمَّنة في الجوار
explain-input-violence = العنف
explain-input-red-neighbours = أرض مجاورة فيها وجود مسلح
explain-input-secured-neighbours = أرض مجاورة مؤمَّنة
explain-input-blue-neighbours = أرض مجاورة زرقاء
explain-input-outside-line = خارج الخط
explain-input-haven-declared = ملاذ مُعلن هنا

## How each factor is worked out

explain-how-note = { $how }؛ { $note }
explain-how-pressure = نزع السلاح { $disarmament } + السلاح الباقي { $armed } × { $weight } × الإنفاذ { $enforcement }؛ { $note }
explain-how-calm = 1 − { $weight } × العنف؛ { $violence }
explain-how-aid = المساعدات { $share } = ({ PLURAL($trucks) ->
        [one] شاحنة واحدة
        [two] شاحنتان
        [few] { $trucks } شاحنات
       *[other] { $trucks } شاحنة
    } + { $rafah } عبر رفح) / { $target }
explain-how-funding = التمويل { $share } = { PLURAL($usd) ->
        [few] { $usd } مليارات
       *[other] { $usd } مليار
    } دولار أمريكي سنويًا / { $need }
explain-how-disarmament = نزع السلاح { $share }
explain-how-arab-participation = المشاركة العربية { $share }
explain-how-armed-strength = قدرات الجماعة المسلحة { $share }
explain-how-armed-strength-note = قدرات الجماعة المسلحة في هذه المحافظة (النموذج 3)
explain-how-force = { $force } { $share }
explain-how-force-enforcing = { $force } = التغطية { $cover } (تفويض إنفاذ)
explain-how-force-monitoring = { $force } = التغطية { $cover } × { $monitoring } (تفويض مراقبة)
explain-force-enforcement = الإنفاذ
explain-force-enforcing-presence = قوة بتفويض إنفاذ
explain-force-deterrence = الردع
explain-how-violence = المؤشر { $index } = w / (w + { $half })، w = { PLURAL($incidents) ->
        [one] حادث واحد
        [two] حادثان
        [few] { $incidents } حوادث
        [many] { $incidents } حادثًا
       *[other] { $incidents } حادث
    } في الأسبوع
explain-how-violence-strikes = المؤشر { $index } = w / (w + { $half })، w = { PLURAL($incidents) ->
        [one] حادث واحد
        [two] حادثان
        [few] { $incidents } حوادث
        [many] { $incidents } حادثًا
       *[other] { $incidents } حادث
    } في الأسبوع + { $strikes } من ضربات حديثة هنا
explain-how-neighbours-red = الخلايا المجاورة الحمراء: { $count } من أصل { $neighbours }
explain-how-neighbours-blue = الخلايا المجاورة الزرقاء: { $count } من أصل { $neighbours }
explain-how-neighbours-secured = الخلايا المجاورة الرمادية أو الزرقاء: { $count } من أصل { $neighbours }
explain-how-neighbours-secured-ground = الخلايا المجاورة الرمادية أو الزرقاء (جميعها، خلف الخط): { $count } من أصل { $neighbours }
explain-how-share-red = الخلايا المجاورة الحمراء: { $share }
explain-how-share-blue = الخلايا المجاورة الزرقاء: { $share }
explain-how-share-secured = الخلايا المجاورة الرمادية أو الزرقاء: { $share }
explain-how-share-secured-ground = الخلايا المجاورة الرمادية أو الزرقاء (جميعها، خلف الخط): { $share }
explain-how-haven = أُعلن ملاذ في هذه الخلية
explain-how-no-haven = لم يُعلن ملاذ هنا: 0
explain-how-outside-line = تقع الخلية خارج خط الانسحاب
explain-how-held = تحت السيطرة الإسرائيلية خلف خط الانسحاب: 0

## The drivers' values on the day

explain-unit-disarmament-share = حصة أسلحة حماس التي سُلّمت أو دُمّرت، 0–1
explain-unit-aid-trucks-per-day = شاحنة في اليوم (الهدف 600)
explain-unit-force-troops = جندي على الأرض
explain-unit-reconstruction-usd-bn-per-year = مليار دولار أمريكي تُصرف سنويًا
explain-unit-violations-per-week = حادث خطير في الأسبوع (تبادل لإطلاق النار، ضربات)
explain-unit-held-share = حصة القطاع تحت السيطرة الإسرائيلية خلف الخط، 0–1
explain-unit-arab-participation-share = حصة أدوار الإشراف والقوة التي تتولاها دول عربية، 0–1
explain-unit-restricted-band-share = حصة من القطاع تلي مباشرة المنطقة الواقعة تحت السيطرة الإسرائيلية وتُحتسب تحت السيطرة، 0–0.5
explain-unit-force-mandate = ما يحق للقوة فعله
explain-unit-governance = المعامل { $share }
explain-unit-rafah-crossing = يضيف شاحنات إلى المساعدات حين يكون مفتوحًا
explain-troops-none = لا جنود: التغطية 0
explain-troops-not-deployed = التغطية هنا 0: القوة غير منتشرة في هذه المحافظة
explain-troops-cover = التغطية هنا { $cover }: موزعة على { PLURAL($people) ->
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    } في مناطق الانتشار؛ تغطية كاملة عند { $per_thousand } لكل 1,000 شخص
explain-violations-strikes = إضافة إلى { $strikes } في الأسبوع من ضربات حديثة في هذه الخلية

## The Cell history window: why a change happened

explain-probability = الاحتمال في ذلك اليوم للخروج من المنطقة { $zone ->
        [red] الحمراء
        [green] الخضراء
        [gray] الرمادية
       *[blue] الزرقاء
    }: { $probability }
explain-probability-pace = الاحتمال في ذلك اليوم للخروج من المنطقة { $zone ->
        [red] الحمراء
        [green] الخضراء
        [gray] الرمادية
       *[blue] الزرقاء
    }: { $probability } (بهذا المعدل، مرة كل { PLURAL($days) ->
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } تقريبًا)
explain-applied = طُبّق على احتمال المنطقة { $zone ->
        [red] الحمراء
        [green] الخضراء
        [gray] الرمادية
       *[blue] الزرقاء
    } البالغ { $chance }: فنقل { $moved } من الاحتمال في ذلك اليوم.
explain-chances = الاحتمالات قبل: { $before }. وبعد: { $after }.
explain-list-separator = { "، " }
explain-factors = العوامل (مضروبًا بعضها في بعض)
explain-scaled = بلغ مجموع طريقَي الخروج من المنطقة { $zone ->
        [red] الحمراء
        [green] الخضراء
        [gray] الرمادية
       *[blue] الزرقاء
    } أكثر من 1 في ذلك اليوم: فضُرب كلاهما في { $scale }.
explain-alternative = الطريق الآخر للخروج من المنطقة { $zone ->
        [red] الحمراء
        [green] الخضراء
        [gray] الرمادية
       *[blue] الزرقاء
    } في ذلك اليوم: { $rule } { $probability } في اليوم
explain-drivers = العوامل المحرّكة في ذلك اليوم
explain-luck = طُبّقت القاعدة في ذلك اليوم بحكم السحب العشوائي؛ وتبيّن العوامل ما جعل ذلك مرجّحًا.
explain-line-headline = ليس احتمالًا: تقدّم خط الانسحاب ليشمل الخلية.
explain-line = تغيّرت حصة الأرض الواقعة تحت السيطرة الإسرائيلية خلف الخط من { $before } إلى { $after } (الخلايا تحت السيطرة: { $cells_before } ← { $cells_after }). ترتيب هذه الخلية { $place } في تسلسل الخلايا التي يضمّها الخط، من الحدود الشرقية نحو الداخل.
explain-line-displaced = نزح في ذلك اليوم كل من كان في بيته هنا، وصارت الخلية رمادية على الفور.

## The Cell history window: the cell's start, its strip, errors

explain-started = في اليوم 0 تبدأ الأرض الواقعة خلف خط الانسحاب رمادية وكل الأرض الأخرى حمراء (docs/MODEL.md، القسم 5.12): بدأت هذه الخلية { $zone ->
        [red] حمراء
        [green] خضراء
        [gray] رمادية
        [blue] زرقاء
       *[other] { $zone }
    }.
explain-started-before-first-change = في اليوم 0 تبدأ الأرض الواقعة خلف خط الانسحاب رمادية وكل الأرض الأخرى حمراء (docs/MODEL.md، القسم 5.12): بدأت هذه الخلية { $zone ->
        [red] حمراء
        [green] خضراء
        [gray] رمادية
        [blue] زرقاء
       *[other] { $zone }
    }. اليوم المعروض يسبق أول تغيير لها: انقر تغييرًا لترى سبب حدوثه.
explain-strip-day = اليوم { $day } · { $date }: { $chances }
explain-strip-click = انقر لعرض هذا اليوم
explain-event = الحدث { $index }
explain-error = الخلية { $cell }: { $error }
explain-error-no-such-cell = لا توجد خلية { $cell }
explain-error-stale = التشغيل لا يطابق السيناريو: أُجري بمدخلات أخرى
