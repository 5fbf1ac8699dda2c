## notices

## Notices in the status bar, and file dialogs
notice-opened = נפתח { $path }
notice-opened-bundled = נפתח התרחיש המצורף { $name }
notice-opened-link = { $name } נפתח מהקישור כפי ששותף. עריכות הופכות אותו לעותק פרטי (שמירה מורידה אותו; העתקת קישור משתפת אותו).
notice-link-not-opened = לא ניתן היה לפתוח את התרחיש שבקישור; מוצג תרחיש ברירת המחדל.
notice-not-opened = לא ניתן היה לפתוח את הקובץ; התרחיש שעל המסך לא השתנה.
notice-not-opened-default-shown = לא ניתן היה לפתוח את הקובץ; מוצג במקומו תרחיש ברירת המחדל.
notice-more-problems = … ועוד { $more }
notice-no-file-picker = הדפדפן לא פתח את בורר הקבצים: { $why }
notice-saved = נשמר { $path }
notice-saved-through-link = נשמר אל { $target } ({ $link } הוא קישור אליו)
notice-changes-kept-try-another-folder = השינויים עדיין כאן; אפשר לנסות תיקייה אחרת.
notice-link-copied = הועתק קישור לתרחיש זה ({ $characters } תווים; התרחיש נמצא בקישור עצמו, אחרי #, ואף שרת אינו רואה אותו)
notice-no-link = אין קישור: { $why }. התרחיש הורד כקובץ לשיתוף במקום זאת.
notice-scenario-not-written = לא ניתן היה לכתוב את התרחיש: { $why }
notice-downloaded = הורד { $name }: הדפדפן שמר אותו עם ההורדות
notice-not-downloaded =
    לא ניתן היה להוריד את { $name }: { $why }
    השינויים עדיין כאן.
notice-exported = יוצא { $path }
notice-not-exported = { $path }: לא יוצא: { $why }
notice-table-not-exported = לא ניתן היה לייצא את הטבלה: { $why }
notice-csv-name-wanted = { $path }: זהו שם של קובץ תרחיש; יש לבחור שם המסתיים ב-.csv
notice-comparison-exported = ההשוואה יוצאה אל { $path }
notice-nothing-written-try-another-folder = דבר לא נכתב; אפשר לנסות תיקייה אחרת.
notice-nothing-to-compare-export = אין עדיין מה לייצא: יש להוסיף תחילה תרחיש להשוואה (תפריט השוואה)
notice-comparison-full = כבר יש שני תרחישים לצד התרחיש הנוכחי; יש להסיר אחד מהם תחילה (תפריט השוואה, או × במקרא ההשוואה).
notice-comparing-with-file = השוואה עם { $label } ({ $path })
notice-comparing-with = השוואה עם { $label }
notice-not-compared = לא ניתן היה להשוות עם הקובץ; התרחישים שעל המסך לא השתנו.
notice-pinned = הוצמד { $label }: אפשר לערוך את התרחיש ולהשוות
notice-no-longer-comparing = ההשוואה עם { $label } הופסקה
notice-compare-first = יש להוסיף תחילה תרחיש להשוואה (תפריט השוואה)
notice-restored = העבודה שלא נשמרה מההפעלה הקודמת שוחזרה
notice-autosave-set-aside-kept = השמירה האוטומטית מההפעלה הקודמת לא הוצעה לשחזור כי { $why }; היא נשמרה בשם { $kept }.
notice-autosave-set-aside-left = השמירה האוטומטית מההפעלה הקודמת לא הוצעה לשחזור כי { $why }; היא הושארה ב-{ $path }.
dialog-open = פתיחת תרחיש
dialog-save-as = שמירת התרחיש בשם
dialog-compare = השוואה עם תרחיש
dialog-export = ייצוא
dialog-export-csv = ייצוא כ-CSV
dialog-export-comparison = ייצוא ההשוואה כ-CSV

## Export: a name made to fit its format
notice-exported-renamed = יוצא { $path }: השם שניתן, { $typed }, לא הסתיים ב־.{ $extension }, כמו קובצי { $format }

## Export ▸ Animation
notice-animation-cancelled = ההנפשה בוטלה: דבר לא נכתב.
