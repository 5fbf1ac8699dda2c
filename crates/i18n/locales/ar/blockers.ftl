## blockers
# What holds a change back, in Arabic (Modern Standard Arabic). en/blockers.ftl is the
# reference: this file has every message it has, in the same order, with the same arguments.
#
# The rule's key ($rule) and parameter keys ($param) stay in English, as in the help. The
# subject of each sentence is «الانتقال» (the move from one zone to another); "held back" is
# «محدود» (limited). Zones agree with their noun through the $zone and $what selectors:
# «خلية حمراء», «الخلايا الحمراء». Counts are said so that no noun agrees with them («البالغ
# عددها 40», «عدد الحوادث في الأسبوع 12»), except the paces, which select a plural form with
# PLURAL($count), CLDR's Arabic rule by the last two digits.

## A way out and how often it could happen

blockers-transition = { $rule } ({ $from } ← { $to })
blockers-pace-days = { PLURAL($count) ->
        [one] نحو مرة كل يوم
        [two] نحو مرة كل يومين
        [few] نحو مرة كل { $n } أيام
        [many] نحو مرة كل { $n } يومًا
       *[other] نحو مرة كل { $n } يوم
    }
blockers-pace-years = { PLURAL($count) ->
        [one] نحو مرة كل سنة
        [two] نحو مرة كل سنتين
        [few] نحو مرة كل { $n } سنوات
        [many] نحو مرة كل { $n } سنة
       *[other] نحو مرة كل { $n } سنة
    }
blockers-zone-chance = (عن احتمال { $percent }% أن تكون الخلية { $zone ->
        [red] حمراء
        [green] خضراء
        [gray] رمادية
       *[blue] زرقاء
    })

## A cell: one sentence per way out

blockers-cell-open = يمكن أن يحدث الانتقال { $transition }{ $chance }: باحتمال { $probability } في اليوم، أي { $pace }.
blockers-cell-cannot = لا يمكن أن يحدث الانتقال { $transition }{ $chance }: { $reasons }.
blockers-cell-held-back = يبقى الانتقال { $transition }{ $chance } محدودًا باحتمال { $probability } في اليوم ({ $pace }): { $reasons }.

## Why a factor is small: clauses, joined into $reasons with "؛ "

blockers-base-rate = معدّله الأساسي { $param } يساوي { $value }
blockers-at-floor = { $clause }، فيبقى هذا العامل عند حدّه الأدنى { $floor }
blockers-lerp = { $clause } (العامل lerp({ $floor }, …) = { $value })
blockers-lack = { $clause } (العامل 1 − { $input } = { $value })
blockers-brake = { $clause } (العامل 1 − { $weight } × { $input } = { $value })
blockers-pressure = الضغط لنزع السلاح { $level ->
        [zero] يساوي { $value }
       *[some] لا يتجاوز { $value }
    }، إذ نزع السلاح عند { $disarmament } و{ $force }
blockers-no-stand-in = المعامل { $param } يساوي 0، فلا يمكن لأي قوة أن تحلّ محلّ نزع السلاح
blockers-security = الأمن اللازم لملاذ { $level ->
        [zero] يساوي { $value }
       *[some] لا يتجاوز { $value }
    }، إذ { $force } و{ $ground }
blockers-force-covers = قوةٌ بتفويض إنفاذ تغطي { $share }
blockers-monitor-secures-nothing = تفويض القوة مراقبة، ولا يؤمّن الأرض إلا قوة بتفويض إنفاذ
blockers-no-troops = لا يوجد جنود لقوة الاستقرار
blockers-not-deployed-in = القوة غير منتشرة في محافظة { $governorate }
blockers-not-deployed-there = القوة غير منتشرة هناك
blockers-monitor-share = تفويض القوة مراقبة، فلا تتجاوز حصتها { $share } (تغطيتها { $cover } × { $monitor })
blockers-enforces = القوة تعمل بتفويض إنفاذ وتغطيتها { $cover } من كامل قوامها
blockers-aid = المساعدات عند { $share } من الهدف (عدد الشاحنات في اليوم { $trucks }، منها { $rafah } عبر معبر رفح، مقابل { $target })
blockers-funding = أموال إعادة الإعمار عند { $share } من الحاجة ({ $usd } مليار دولار أمريكي سنويًا مقابل { $need })
blockers-governance = حالة الإدارة «{ $level }» (العامل { $share })
blockers-disarmament = نزع السلاح عند { $share }
blockers-arab-participation = المشاركة العربية عند { $share }
blockers-armed-strength-in = قوة الجماعة المسلحة في محافظة { $governorate } عند { $share }
blockers-armed-strength-there = قوة الجماعة المسلحة هناك عند { $share }
blockers-force-share = { $what ->
        [enforcement] إنفاذ القوة
        [presence] وجود القوة بتفويض إنفاذ
       *[deterrence] ردع القوة
    } عند { $share }، إذ { $reason }
blockers-no-violence = لا يوجد عنف (0 حوادث في الأسبوع)
blockers-violence = العنف عند { $index } (عدد الحوادث في الأسبوع { $violations })
blockers-violence-strikes = العنف عند { $index } (عدد الحوادث في الأسبوع { $violations }، يُضاف إليها { $strikes } من ضربات حديثة هنا)
blockers-no-neighbour = لا توجد خلية مجاورة { $what ->
        [red] حمراء
        [blue] زرقاء
        [secured] مؤمَّنة (رمادية أو زرقاء)
       *[gray-or-blue] رمادية أو زرقاء
    }
blockers-neighbours-count = عدد الخلايا المجاورة { $what ->
        [red] الحمراء
        [blue] الزرقاء
        [secured] المؤمَّنة (الرمادية أو الزرقاء)
       *[gray-or-blue] الرمادية أو الزرقاء
    } { $count } من أصل { $neighbours }
blockers-neighbours-share = الخلايا المجاورة { $what ->
        [red] حمراء
        [blue] زرقاء
        [secured] مؤمَّنة (رمادية أو زرقاء)
       *[gray-or-blue] رمادية أو زرقاء
    } بنسبة { $percent }%
blockers-haven-declared = أُعلن ملاذ هنا
blockers-no-haven-declared = لم يُعلَن ملاذ هنا
blockers-outside-line = الخلية تقع خارج خط الانسحاب
blockers-behind-line = الخلية تقع خلف خط الانسحاب تحت السيطرة الإسرائيلية

## What some cells of a zone have that keeps a way out shut
# The same words for one cell and for several: a plural of things takes the feminine singular.

blockers-fact-one = { $fact ->
        [security] ليس فيها أمن لملاذ (لا قوة بتفويض إنفاذ ولا أرض مؤمَّنة حولها)
        [held] تقع خلف خط الانسحاب تحت السيطرة الإسرائيلية
        [no-haven] لم يُعلَن فيها ملاذ
        [no-neighbour] ليس لها خلية مجاورة { $what ->
            [red] حمراء
            [blue] زرقاء
            [secured] مؤمَّنة (رمادية أو زرقاء)
           *[gray-or-blue] رمادية أو زرقاء
        }
        [no-violence] لا عنف فيها
        [param] فيها { $param } عند 0
       *[factor] فيها عامل عند 0
    }
blockers-fact-many = { $fact ->
        [security] ليس فيها أمن لملاذ (لا قوة بتفويض إنفاذ ولا أرض مؤمَّنة حولها)
        [held] تقع خلف خط الانسحاب تحت السيطرة الإسرائيلية
        [no-haven] لم يُعلَن فيها ملاذ
        [no-neighbour] ليس لها خلية مجاورة { $what ->
            [red] حمراء
            [blue] زرقاء
            [secured] مؤمَّنة (رمادية أو زرقاء)
           *[gray-or-blue] رمادية أو زرقاء
        }
        [no-violence] لا عنف فيها
        [param] فيها { $param } عند 0
       *[factor] فيها عامل عند 0
    }
blockers-every-cell = كل { $mode ->
        [expected] خلية قد تكون { $zone ->
            [red] حمراء
            [green] خضراء
            [gray] رمادية
           *[blue] زرقاء
        }
       *[stochastic] خلية { $zone ->
            [red] حمراء
            [green] خضراء
            [gray] رمادية
           *[blue] زرقاء
        }
    } { $fact }
blockers-some-cells = { $count } من { $mode ->
        [expected] الخلايا التي قد تكون { $zone ->
            [red] حمراء
            [green] خضراء
            [gray] رمادية
           *[blue] زرقاء
        }
       *[stochastic] الخلايا { $zone ->
            [red] الحمراء
            [green] الخضراء
            [gray] الرمادية
           *[blue] الزرقاء
        }
    } البالغ عددها { $cells } { $fact }
blockers-the-others = ؛ والخلايا الأخرى { $facts }

## The Strip: one sentence per way out, the governorates alike said together

blockers-wherever = حيثما وُجدت أرض { $zone ->
        [red] حمراء
        [green] خضراء
        [gray] رمادية
       *[blue] زرقاء
    }
blockers-in-places = { $count ->
        [one] في محافظة { $places }
       *[other] في محافظات { $places }
    }
blockers-range = من { $low } إلى { $high }
blockers-strip-cannot = لا يمكن أن يحدث الانتقال { $transition } { $place }: { $reasons }.
blockers-strip-held-back = يبقى الانتقال { $transition } محدودًا { $place } (باحتمال { $best } في اليوم في أحسن الأحوال، أي { $pace } أو أندر): { $reasons }.
blockers-strip-open = يمكن أن يحدث الانتقال { $transition } { $place }: في { $possible } من { $mode ->
        [expected] الخلايا التي قد تكون { $zone ->
            [red] حمراء
            [green] خضراء
            [gray] رمادية
           *[blue] زرقاء
        }
       *[stochastic] الخلايا { $zone ->
            [red] الحمراء
            [green] الخضراء
            [gray] الرمادية
           *[blue] الزرقاء
        }
    } البالغ عددها { $cells }، باحتمال { $best } في اليوم في أحسن الأحوال ({ $pace }){ $others }.
blockers-zone-area = { $name } { $km2 } km²
blockers-strip-headline = اليوم { $day }: { $zones }؛ { $movable ->
        [none] لا يمكن لأي قاعدة أن تنقل أي أرض في ذلك اليوم
       *[some] يمكن لبعض الأرض أن تنتقل إلى منطقة أخرى
    }.

## In the app

# The command on a line of its own, so that it is never broken inside a right-to-left line.
blockers-held-back-note =
    «محدود» يعني أن الانتقال سيحدث { $pace } أو أندر. القائمة نفسها مع كل طرق الخروج:
    gaza-zones --lang ar explain FILE --day { $day }
blockers-why-not = لماذا لم تتغير، في اليوم { $day }
blockers-ways-out-on-day = طرق الخروج منها في اليوم { $day }
blockers-cell-hover = كل طريق للخروج من منطقة الخلية في ذلك اليوم واحتماله. يبقى طريق الخروج محدودًا إذا كان سيحدث { $pace } أو أندر؛ وتُذكر العوامل التي تحدّه، مع العوامل المحرّكة والمعاملات ووقائع الخلية التي وراءها.
blockers-no-way-out = لا تؤدي أي قاعدة إلى الخروج من هذه المنطقة.

## gaza-zones explain

blockers-cli-day = اليوم { $day }؛ { $job }
blockers-cli-day-date = اليوم { $day } ({ $date })؛ { $job }
blockers-cli-day-zero = اليوم 0 هو صورة البداية ولا تُطبَّق فيه أي قاعدة: طرق الخروج أدناه هي طرق اليوم 1.
blockers-cli-strip-heading = كل طريق للخروج من كل منطقة، وما يحدّه:
blockers-cli-cell = الخلية { $cell } في محافظة { $governorate }، { $km2 } km²: { $zones } عند تطبيق القواعد في اليوم { $day }{ $held ->
        [yes] ؛ تحت السيطرة الإسرائيلية خلف خط الانسحاب
       *[no] { "" }
    }{ $haven ->
        [yes] ؛ أُعلن فيها ملاذ
       *[no] { "" }
    }.
blockers-cli-zone-chance = { $name } { $percent }%
blockers-cli-ways-out = طرق الخروج في ذلك اليوم، مع احتمالاتها:
blockers-cli-change = اليوم { $day }: { $change }
blockers-cli-line-advance = { $from } ← { $to }: تقدّم خط الانسحاب متجاوزًا الخلية
blockers-cli-changes = التغييرات حتى اليوم { $day }:
blockers-cli-no-changes = التغييرات حتى اليوم { $day }: لا شيء.
