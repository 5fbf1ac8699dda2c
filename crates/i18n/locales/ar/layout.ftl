## layout: the main window at laptop sizes: folded legend, timeline labels

## The main window at laptop sizes: side-panel tabs, folded map legend, timeline titles
layout-tab-scenario = السيناريو والمحرّكات
layout-tab-scenario-tip = السيناريو وأرقامه في اليوم المعروض وعدم اليقين والمحرّكات في البداية
layout-tab-events = الأحداث ({ $count })
layout-tab-events-tip = أحداث السيناريو: انتقل إلى أحدها، أو أضف أو عدّل أو احذف
layout-legend-button = دليل الألوان
layout-legend-button-tip = ما تعنيه الألوان والخطوط؛ أشر إليه أو انقر لإبقائه مفتوحًا
