## notices

## Notices in the status bar, and file dialogs
notice-opened = فُتح { $path }
notice-opened-bundled = فُتح السيناريو المرفق { $name }
notice-opened-link = فُتح { $name } من الرابط كما شورك. تعديلاتك تجعله نسختك الخاصة (الحفظ ينزّله؛ نسخ الرابط يشاركه).
notice-link-not-opened = تعذّر فتح سيناريو الرابط؛ يُعرض السيناريو الافتراضي.
notice-not-opened = تعذّر فتح الملف؛ السيناريو المعروض لم يتغير.
notice-not-opened-default-shown = تعذّر فتح الملف؛ يُعرض السيناريو الافتراضي بدلاً منه.
notice-more-problems = … ومشكلات أخرى: { $more }
notice-no-file-picker = لم يفتح المتصفح نافذة اختيار الملفات: { $why }
notice-saved = حُفظ { $path }
notice-saved-through-link = حُفظ في { $target } ({ $link } رابط إليه)
notice-changes-kept-try-another-folder = تغييراتك ما زالت هنا؛ جرّب مجلداً آخر.
notice-link-copied = نُسخ رابط إلى هذا السيناريو (عدد المحارف: { $characters }؛ السيناريو داخل الرابط نفسه بعد #، ولا يراه أي خادم)
notice-no-link = لا رابط: { $why }. نُزّل السيناريو ملفاً للمشاركة بدلاً من ذلك.
notice-scenario-not-written = تعذّرت كتابة السيناريو: { $why }
notice-downloaded = نُزّل { $name }: حفظه المتصفح مع تنزيلاتك
notice-not-downloaded =
    تعذّر تنزيل { $name }: { $why }
    تغييراتك ما زالت هنا.
notice-exported = صُدّر { $path }
notice-not-exported = { $path }: لم يُصدَّر: { $why }
notice-table-not-exported = تعذّر تصدير الجدول: { $why }
notice-csv-name-wanted = { $path }: هذا اسم ملف سيناريو؛ اختر اسماً ينتهي بـ .csv
notice-comparison-exported = صُدّرت المقارنة إلى { $path }
notice-nothing-written-try-another-folder = لم يُكتب شيء؛ جرّب مجلداً آخر.
notice-nothing-to-compare-export = لا شيء للتصدير بعد: أضف أولاً سيناريو للمقارنة (قائمة المقارنة)
notice-comparison-full = يوجد سيناريوهان بجانب السيناريو الحالي بالفعل؛ أزل أحدهما أولاً (قائمة المقارنة، أو × في مفتاح المقارنة).
notice-comparing-with-file = مقارنة مع { $label } ({ $path })
notice-comparing-with = مقارنة مع { $label }
notice-not-compared = تعذّرت المقارنة مع الملف؛ السيناريوهات المعروضة لم تتغير.
notice-pinned = ثُبّت { $label }: عدّل السيناريو وقارن
notice-no-longer-comparing = توقفت المقارنة مع { $label }
notice-compare-first = أضف أولاً سيناريو للمقارنة (قائمة المقارنة)
notice-restored = استُعيد العمل غير المحفوظ من الجلسة السابقة
notice-autosave-set-aside-kept = لم يُعرض الحفظ التلقائي للجلسة السابقة لاستعادته لأن { $why }؛ وهو محفوظ باسم { $kept }.
notice-autosave-set-aside-left = لم يُعرض الحفظ التلقائي للجلسة السابقة لاستعادته لأن { $why }؛ وقد تُرك في { $path }.
dialog-open = فتح سيناريو
dialog-save-as = حفظ السيناريو باسم
dialog-compare = المقارنة مع سيناريو
dialog-export = تصدير
dialog-export-csv = تصدير بصيغة CSV
dialog-export-comparison = تصدير المقارنة بصيغة CSV

## Export: a name made to fit its format
notice-exported-renamed = صُدّر { $path }: الاسم المُدخَل، { $typed }، لا ينتهي بـ .{ $extension } كما تنتهي ملفات { $format }

## Export ▸ Animation
notice-animation-cancelled = أُلغي الرسم المتحرك: لم يُكتب شيء.
