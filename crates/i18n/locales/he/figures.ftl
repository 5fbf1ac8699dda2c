## figures

## Exported figures: captions, legends, axes, keys
figure-zones-on-day = אזורים ביום { $day } ({ $date })
figure-zones-on-day-undated = אזורים ביום { $day }
figure-people-by-zone = אנשים לפי האזור שבו הם נמצאים
figure-land-by-zone = שטח לפי אזור
figure-people-spread = אנשים לפי אזור: חציון ו-p10–p90 של { $runs } הרצות, זרע { $seed }
figure-land-spread = שטח לפי אזור: חציון ו-p10–p90 של { $runs } הרצות, זרע { $seed }
figure-footer = gaza-zones { $version }: מודל "מה אם", לא תחזית · { $source }
figure-axis-people = אנשים (מיליונים)
figure-axis-land = שטח (km²)
figure-axis-day = יום בתרחיש
figure-no-ensemble = אין אנסמבל לשרטוט; יש להריץ אחד תחילה
figure-legend-category = { $name }: { $meaning }
figure-marked-day = יום { $day }
figure-blue-share-subtitle = חלק ההרצות מתוך { $runs } (זרע { $seed }) שבהן כל תא הסתיים כחול ביום { $day }
figure-legend-blue-share = באיזו תדירות כל תא הסתיים כחול
figure-legend-zones = אזורים (במשמעויות רוס–אוריון)
figure-legend-blue-ramp = מ-0 % עד 100 % מההרצות הסתיימו בכחול
figure-legend-totals = { $km2 } km² · { $people } אנשים
figure-legend-held = { $name }: { $meaning } (בקווים אלכסוניים)
figure-legend-behind-line = ({ $km2 } km² מאחורי הקו כולל מקלטים)
figure-legend-line = קו הנסיגה
figure-note-blue-share = צבעים: חלק מהרצות האנסמבל שבהן התא הסתיים כחול.
figure-note-mixed = צבעים מעורבים: הסיכויים של כל אזור (הרצת תוחלת).
figure-boundaries = גבולות: geoBoundaries, PSE ADM2 (CC BY 4.0)
figure-series-style = { $label } ({ $style })
figure-line-solid = קו רציף
figure-line-dashed = קו מקווקו
figure-line-dotted = קו מנוקד
figure-indicator-axis = { $indicator } ({ $unit })
figure-never-note = ; יום { $day } פירושו "לא עד היום האחרון"
figure-tornado-subtitle = { $indicator }: כל מניע מתחתית הטווח שלו ועד ראשו, והשאר כמו בתרחיש; { $sampling }
figure-tornado-subtitle-with-parameters = { $indicator }: כל מניע מתחתית הטווח שלו ועד ראשו, כל פרמטר שיפוטי ממחצית ערך ברירת המחדל שלו ועד כפליים, והשאר כמו בתרחיש; { $sampling }
figure-sweep-driver-axis = { $driver }, ערך התחלתי ({ $unit })
figure-sweep-set-again = ; אירוע קובע אותו שוב ביום { $day }, ולכן זו השפעתו עד אז
figure-sweep-subtitle = { $indicator } מול { $driver }; { $sampling }
figure-end-label = { $value }: { $result }
figure-scenario-value = תרחיש: { $value }
figure-key-bottom = מניע בתחתית הטווח שלו
figure-key-top = מניע בראש הטווח שלו
figure-key-parameter = (פרמטר): הערכה שיפוטית של הכללים,
figure-key-parameter-range = במחצית ובכפליים מערך ברירת המחדל שלו
figure-key-set-again = * אירוע קובע אותו שוב מאוחר יותר:
figure-key-set-again-effect = העמודה שלו מראה את ההשפעה עד אז
figure-band = p10–p90 של ההרצות
figure-median = חציון
figure-value = ערך
figure-scenario-s-value = הערך בתרחיש
figure-compare-people = אנשים לפי אזור: התרחיש הנוכחי מול תרחישים אחרים ({ $n })
figure-compare-land = שטח לפי אזור: התרחיש הנוכחי מול תרחישים אחרים ({ $n })
figure-compare-not-drawn = ({ $quantity } נמצא בקובץ ה-CSV של ההשוואה)
figure-compare-current = נוכחי: { $title }

## The self-contained page (gaza-zones page)
page-map-label = מפת האזורים ביום המוצג
page-keys = מקשים: ← ו-→ עוברים שבוע, רווח מפעיל או משהה, Home ו-End עוברים לשבוע הראשון ולאחרון
page-events-day = אירועים ביום { $day }
page-events-days = אירועים מיום { $from } עד יום { $to }
page-no-events = אין אירועים בימים אלה
page-made = נוצר בתוכנה gaza-zones { $version } · { $model } · הרצה במצב { $mode } · זרע { $seed }
page-file = קובץ התרחיש { $file } · sha256 { $sha256 }
page-description = על התרחיש הזה
page-header-lines = המקור כפי שטבלאות ה-CSV מציינות אותו (באנגלית)

## Event titles on charts
figure-events-more = +{ $count } נוספים

## The difference map as a figure
figure-difference-subtitle = היכן ש"{ $current }" ו"{ $compared }" שונים ביום { $day } ({ $date })
figure-difference-subtitle-undated = היכן ש"{ $current }" ו"{ $compared }" שונים ביום { $day }

## Animations (gaza-zones animate, Export ▸ Animation)
figure-animation-more-events = ועוד { $n } אירועים
