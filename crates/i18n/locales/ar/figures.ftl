## figures

## Exported figures: captions, legends, axes, keys
figure-zones-on-day = المناطق في اليوم { $day } ({ $date })
figure-zones-on-day-undated = المناطق في اليوم { $day }
figure-people-by-zone = السكان حسب المنطقة التي يوجدون فيها
figure-land-by-zone = الأرض حسب المنطقة
figure-people-spread = السكان حسب المنطقة: الوسيط وp10–p90 لعمليات التشغيل البالغ عددها { $runs }، البذرة { $seed }
figure-land-spread = الأرض حسب المنطقة: الوسيط وp10–p90 لعمليات التشغيل البالغ عددها { $runs }، البذرة { $seed }
figure-footer = gaza-zones { $version }: نموذج «ماذا لو» وليس توقعاً · { $source }
figure-axis-people = السكان (بالملايين)
figure-axis-land = الأرض (km²)
figure-axis-day = يوم السيناريو
figure-no-ensemble = لا توجد مجموعة من عمليات التشغيل لرسمها؛ يجب تشغيلها أولاً
figure-legend-category = { $name }: { $meaning }
figure-marked-day = اليوم { $day }
figure-blue-share-subtitle = نسبة عمليات التشغيل (من أصل { $runs }، البذرة { $seed }) التي انتهت فيها كل خلية زرقاء في اليوم { $day }
figure-legend-blue-share = كم مرة انتهت كل خلية زرقاء
figure-legend-zones = المناطق (بمعاني روس–أوريون)
figure-legend-blue-ramp = من 0 % إلى 100 % من عمليات التشغيل انتهت زرقاء
figure-legend-totals = { $km2 } km² · السكان { $people }
figure-legend-held = { $name }: { $meaning } (مظلّلة بخطوط مائلة)
figure-legend-behind-line = ({ $km2 } km² خلف الخط مع الملاذات)
figure-legend-line = خط الانسحاب
figure-note-blue-share = الألوان: نسبة عمليات التشغيل في المجموعة التي انتهت فيها الخلية زرقاء.
figure-note-mixed = الألوان الممزوجة: احتمالات كل منطقة (تشغيل بالقيمة المتوقعة).
figure-boundaries = الحدود: geoBoundaries، PSE ADM2 (CC BY 4.0)
figure-series-style = { $label } ({ $style })
figure-line-solid = خط متصل
figure-line-dashed = خط متقطع
figure-line-dotted = خط منقّط
figure-indicator-axis = { $indicator } ({ $unit })
figure-never-note = ؛ اليوم { $day } يعني «ليس بحلول اليوم الأخير»
figure-tornado-subtitle = { $indicator }: كل محرّك من أدنى مداه إلى أعلاه، والبقية كما في السيناريو؛ { $sampling }
figure-tornado-subtitle-with-parameters = { $indicator }: كل محرّك من أدنى مداه إلى أعلاه، وكل معامل تقديري من نصف قيمته الافتراضية إلى ضعفها، والبقية كما في السيناريو؛ { $sampling }
figure-sweep-driver-axis = { $driver }، القيمة الابتدائية ({ $unit })
figure-sweep-set-again = ؛ يعيد حدثٌ ضبطه في اليوم { $day }، فهذا أثره حتى ذلك الحين
figure-sweep-subtitle = { $indicator } مقابل { $driver }؛ { $sampling }
figure-end-label = { $value }: { $result }
figure-scenario-value = السيناريو: { $value }
figure-key-bottom = المحرّك عند أدنى مداه
figure-key-top = المحرّك عند أعلى مداه
figure-key-parameter = (معامل): تقدير في القواعد،
figure-key-parameter-range = عند نصف قيمته الافتراضية وضعفها
figure-key-set-again = * يعيد حدثٌ ضبطه لاحقاً:
figure-key-set-again-effect = يُظهر شريطه الأثر حتى ذلك الحين
figure-band = p10–p90 لعمليات التشغيل
figure-median = الوسيط
figure-value = القيمة
figure-scenario-s-value = قيمة السيناريو
figure-compare-people = السكان حسب المنطقة: السيناريو الحالي مقابل سيناريوهات أخرى ({ $n })
figure-compare-land = الأرض حسب المنطقة: السيناريو الحالي مقابل سيناريوهات أخرى ({ $n })
figure-compare-not-drawn = ({ $quantity } في ملف CSV للمقارنة)
figure-compare-current = الحالي: { $title }

## The self-contained page (gaza-zones page)
page-map-label = خريطة المناطق في اليوم المعروض
page-keys = المفاتيح: ← و→ للتنقل أسبوعًا، والمسافة للتشغيل أو الإيقاف المؤقت، وHome وEnd للأسبوع الأول والأخير
page-events-day = الأحداث في اليوم { $day }
page-events-days = الأحداث من اليوم { $from } إلى اليوم { $to }
page-no-events = لا أحداث في هذه الأيام
page-made = أُعدّ بالبرنامج gaza-zones { $version } · { $model } · تشغيل { $mode } · البذرة { $seed }
page-file = ملف السيناريو { $file } · sha256 { $sha256 }
page-description = عن هذا السيناريو
page-header-lines = المصدر كما تذكره جداول CSV (بالإنجليزية)

## Event titles on charts
figure-events-more = +{ $count } أخرى

## The difference map as a figure
figure-difference-subtitle = حيث يختلف «{ $current }» و«{ $compared }» في اليوم { $day } ({ $date })
figure-difference-subtitle-undated = حيث يختلف «{ $current }» و«{ $compared }» في اليوم { $day }

## Animations (gaza-zones animate, Export ▸ Animation)
figure-animation-more-events = و{ $n } أحداث أخرى
