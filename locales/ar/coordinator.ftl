# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = لوحة معلومات المدرسة
coord-link-dashboard-hint = الإكمال والتوقيعات والمحاور ودرجات SMART، مع تقرير قابل للطباعة
coord-link-export = تصدير السجلات
coord-link-export-hint = حزمة مشفّرة، أو جدول بيانات (CSV)، أو البيانات الكاملة (JSON)
coord-link-import = الاستيراد من الأجهزة اللوحية
coord-link-import-hint = اجمع سجلات كل الأجهزة اللوحية على هذا الجهاز
coord-link-retention = حذف السجلات القديمة
coord-link-retention-hint = أزِل تلميذًا غادر المدرسة أو عامًا دراسيًا سابقًا، مع إيصال

export-heading = تصدير السجلات
export-explain = خذ نسخة من كل السجلات على هذا الجهاز: كنسخة احتياطية، أو لجهاز المنسّق، أو لأنظمة المدرسة.
export-bundle-heading = حزمة مشفّرة (مستحسن)
export-bundle-explain = ملف ZIP مقفل بتشفير AES-256. يحتوي على السجلات الكاملة وجدولي بيانات والتوقيعات. يفتحه 7-Zip وByteSmart باستخدام عبارة المرور.
export-pass-label = عبارة المرور لهذه الحزمة
export-pass-hint = 12 حرفًا على الأقل. ثلاث أو أربع كلمات لا علاقة بينها تفي بالغرض. لا تُحفظ أبدًا: أخبِر الشخص الذي سيفتح الملف بها وجهًا لوجه أو بالهاتف، وليس في البريد الإلكتروني نفسه.
export-pass-strength = قوة عبارة المرور
export-strength-0 = ضعيفة جدًا
export-strength-1 = ضعيفة
export-strength-2 = مقبولة
export-strength-3 = جيدة
export-strength-4 = قوية
export-pass-too-short = استخدم 12 حرفًا على الأقل.
export-pass-too-simple = امزج أنواعًا مختلفة من الحروف والرموز، أو استخدم ثلاث كلمات أو أكثر.
export-pass-repetitive = تجنّب الحروف المكررة والتسلسلات مثل "abcd" أو "1234".
export-pass-common = هذه كلمة مرور معروفة: اختر شيئًا آخر.
export-pass-not-strong = اختر عبارة مرور أقوى أولًا.
export-bundle-button = نزّل الحزمة المشفّرة
export-plain-heading = ملفات غير مشفّرة
export-plain-warning = تحتوي هذه الملفات على بيانات شخصية للتلاميذ دون تشفير. احتفظ بها على أنظمة المدرسة فقط.
export-csv-button = نزّل جدول بيانات التلاميذ (CSV)
export-events-button = نزّل سجل الأحداث (CSV)
export-json-button = نزّل السجلات الكاملة (JSON)
export-done = تم حفظ { $file }.

import-heading = الاستيراد من الأجهزة اللوحية
import-explain = اختر الحزم أو ملفات JSON التي صُدِّرت من أجهزة المدرسة الأخرى. يُفحص كل ملف أولًا؛ والملف الذي لا يجتاز الفحص يُرفض كله ولا يغيّر أي شيء.
import-pass-label = عبارة المرور للحزم
import-files-label = اختر ملفات للاستيراد
import-drop-hint = أو أفلت الملفات هنا.
import-progress-label = الملفات التي فُحصت
import-progress = فُحص { $done } من أصل { $total } من الملفات
import-summary-heading = انتهى الاستيراد
import-new-pupils = { $count ->
    [zero] لا يوجد تلاميذ جدد
    [one] تلميذ جديد واحد
    [two] تلميذان جديدان
    [few] { $count } تلاميذ جدد
    [many] { $count } تلميذًا جديدًا
   *[other] { $count } تلميذ جديد
}
import-updated-progress = { $count ->
    [zero] لا توجد سجلات دروس جديدة أو أكثر تقدمًا
    [one] سجل درس واحد جديد أو أكثر تقدمًا
    [two] سجلا دروس جديدان أو أكثر تقدمًا
    [few] { $count } سجلات دروس جديدة أو أكثر تقدمًا
    [many] { $count } سجلًا للدروس جديدًا أو أكثر تقدمًا
   *[other] { $count } سجل دروس جديد أو أكثر تقدمًا
}
import-new-attempts = { $count ->
    [zero] لا توجد محاولات اختبار جديدة
    [one] محاولة اختبار جديدة واحدة
    [two] محاولتا اختبار جديدتان
    [few] { $count } محاولات اختبار جديدة
    [many] { $count } محاولة اختبار جديدة
   *[other] { $count } محاولة اختبار جديدة
}
import-new-signatures = { $count ->
    [zero] لا توجد توقيعات جديدة
    [one] توقيع جديد واحد
    [two] توقيعان جديدان
    [few] { $count } توقيعات جديدة
    [many] { $count } توقيعًا جديدًا
   *[other] { $count } توقيع جديد
}
import-conflicts = { $count ->
    [zero] لم يختلف أي سجل بين الأجهزة
    [one] سجل واحد اختلف بين الأجهزة وتمت تسويته
    [two] سجلان اختلفا بين الأجهزة وتمت تسويتهما
    [few] { $count } سجلات اختلفت بين الأجهزة وتمت تسويتها
    [many] { $count } سجلًا اختلف بين الأجهزة وتمت تسويته
   *[other] { $count } سجل اختلف بين الأجهزة وتمت تسويته
}
import-refused-heading = الملفات المرفوضة
import-refused-nothing-changed = لم يُضف أي شيء من هذه الملفات.
import-refused-corrupt = هذا ليس ملف تصدير من ByteSmart، أو أنه تالف.
import-refused-truncated = الملف غير كامل (انقطع النسخ أو التنزيل قبل نهايته).
import-refused-passphrase = عبارة المرور لا تفتح هذه الحزمة.
import-refused-tampered = تم تغيير الحزمة بعد إنشائها.
import-refused-passphrase-needed = هذه الحزمة مشفّرة: اكتب عبارة المرور الخاصة بها أولًا.
import-refused-other-school = هذه السجلات تابعة لمدرسة أخرى ({ $school }).
import-refused-future = أُنشئ بإصدار أحدث من ByteSmart (التنسيق { $version }): حدِّث هذا الجهاز أولًا.
import-refused-unreadable = تعذّرت قراءة الملف.
import-uncertain-heading = هل هذا هو التلميذ نفسه؟
import-uncertain-explain = لهؤلاء التلاميذ الاسم نفسه في الصف نفسه، لكن لا يوجد رقم قيد للتمييز بينهم.
import-uncertain-item = سجلان لـ { $name }
import-uncertain-same = التلميذ نفسه: ادمج السجلات
import-uncertain-different = تلميذان مختلفان: أبقِهما منفصلين

dash-heading = لوحة معلومات المدرسة
dash-print = اطبع تقرير مجلس الأمناء
dash-report-for = { $school }، العام الدراسي { $year }. طُبع التقرير في { $date }.
dash-no-data = لا توجد سجلات على هذا الجهاز بعد.
dash-school-heading = المدرسة كلها
dash-pupils = التلاميذ
dash-lessons-completed = الدروس المكتملة
dash-signed = التلاميذ الذين وقّعوا اتفاقية الاستخدام المقبول لهذا العام
dash-cosigned = أولياء الأمور أو مقدّمو الرعاية الذين وقّعوا معهم
dash-of = { $part } من أصل { $whole } ({ $percent }٪)
dash-classes-heading = الصفوف
dash-completion-chart = إكمال الدروس حسب الصف
dash-completion-chart-desc = رسم بياني بالأعمدة: النسبة المئوية للدروس المتاحة التي اكتملت في كل صف. الأرقام نفسها موجودة في الجدول.
dash-classes-caption = الإكمال وحالة اتفاقية الاستخدام المقبول حسب الصف
dash-col-class = الصف
dash-col-pupils = التلاميذ
dash-col-completion = الإكمال
dash-col-signed = وقّعوا
dash-col-cosigned = وقّع أولياء الأمور
dash-col-due = التوقيع مطلوب
dash-mastery-heading = قواعد SMART: بداية العام والآن
dash-mastery-chart = أحدث درجات اختبار SMART حسب القاعدة
dash-mastery-chart-desc = رسم بياني بالأعمدة: متوسط أحدث درجة في كل قاعدة من قواعد SMART. يقارنها الجدول باختبار بداية العام.
dash-mastery-caption = متوسط الدرجة لكل قاعدة، في بداية العام والأحدث
dash-col-rule = القاعدة
dash-col-baseline = بداية العام
dash-col-latest = الأحدث
dash-none = لا توجد بيانات
dash-strands-heading = المحاور التي دُرِّست
dash-strands-caption = محاور إطار Education for a Connected World التي دُرِّست لكل مجموعة سنوية (دروس التلاميذ ودروس الصف)
dash-col-strand = المحور
dash-year = السنة { $year }
dash-taught = دُرِّس
dash-not-taught = ليس بعد
dash-chase-heading = قائمة المتابعة
dash-chase-none = وقّع كل التلاميذ، ووقّع كل أولياء الأمور أو مقدّمي الرعاية معهم.
dash-chase-caption = التلاميذ الذين ينقصهم توقيع أو توقيع وليّ الأمر هذا العام
dash-col-pupil = التلميذ
dash-col-missing = الناقص
dash-missing-signature = توقيع التلميذ
dash-missing-cosignature = توقيع وليّ الأمر أو مقدّم الرعاية

retention-heading = حذف السجلات القديمة
retention-policy = تحتفظ المدرسة بالسجلات لمدة { $years ->
    [zero] { $years } عام دراسي
    [one] عام دراسي واحد
    [two] عامين دراسيين
    [few] { $years } أعوام دراسية
    [many] { $years } عامًا دراسيًا
   *[other] { $years } عام دراسي
}. احذف سجلات تلميذ غادر المدرسة، أو عامًا دراسيًا سابقًا كاملًا.
retention-pupil-heading = تلميذ غادر المدرسة
retention-pupil-label = التلميذ
retention-pupil-none = اختر تلميذًا
retention-pupil-button = احذف سجلات هذا التلميذ
retention-choose-pupil = اختر تلميذًا أولًا.
retention-year-heading = عام دراسي سابق
retention-year-label = العام الدراسي
retention-year-none = اختر عامًا
retention-year-button = احذف سجلات هذا العام
retention-choose-year = اختر عامًا أولًا.
retention-not-past = يمكن حذف الأعوام الدراسية السابقة فقط.
retention-confirm-pupil = هل تريد حذف كل سجلات { $name } من هذا الجهاز؟
retention-confirm-year = هل تريد حذف سجلات العام الدراسي { $year } من هذا الجهاز؟
retention-counts = سيُحذف ما يلي: التلاميذ: { $pupils }، سجلات الدروس: { $progress }، محاولات الاختبار: { $attempts }، التوقيعات: { $signatures }، توقيعات أولياء الأمور: { $cosignatures }، دروس الصف: { $deliveries }، الصفوف: { $classes }.
retention-cannot-undo = لا يمكن التراجع عن هذا. صدّر نسخة احتياطية أولًا إذا كنت قد تحتاج إليها.
retention-confirm-button = نعم، احذف
retention-done = تم الحذف. { $what } تم الاحتفاظ بإيصال.
retention-receipts-heading = إيصالات الحذف
retention-receipt = { $date }، بواسطة { $role }: { $summary }

coord-link-sheets = أوراق سياسة الاستخدام الموقّعة
coord-link-sheets-hint = اطبع الاتفاق الموقّع لكل تلميذ، صفًا كاملًا في كل مرة
sheets-heading = أوراق سياسة الاستخدام الموقّعة
sheets-print = اطبع هذه الأوراق
sheets-explain = صفحة لكل تلميذ: التعهدات كما وُقّعت تمامًا، والتوقيعان، والتواريخ، وإصدار النص.
sheets-class = الصف
sheets-pupil = التلميذ
sheets-whole-class = الصف كله
sheets-none = لا يوجد تلاميذ في هذا الصف.
sheets-pupil-heading = اتفاق السلامة على الإنترنت الموقّع: { $name }
sheets-class-line = الصف: { $class }
sheets-not-signed = لم يوقّع التلميذ على الاتفاق بعد.
sheets-not-cosigned = لم يوقّع أي ولي أمر أو مقدّم رعاية بعد.
sheets-text-unknown = النص الذي وُقّع غير محفوظ على هذا الجهاز. رمز الإصدار أدناه يحدده.
sheets-pupil-signed-heading = وقّعه التلميذ
sheets-parent-signed-heading = وقّعه أيضًا ولي الأمر أو مقدّم الرعاية
sheets-pupil-signature-label = توقيع { $name }
sheets-parent-signature-label = توقيع { $name }، ولي الأمر أو مقدّم الرعاية
sheets-typed-name = الاسم المكتوب
sheets-date = التاريخ
sheets-year = العام الدراسي
sheets-hash = رمز إصدار النص
sheets-parent-name = الاسم
sheets-relationship = صلة القرابة
sheets-where = المكان
sheets-in-class = في المدرسة، على جهاز الصف اللوحي
sheets-at-home = في البيت، من الرسالة
sheets-other-text = وقّع ولي الأمر أو مقدّم الرعاية على إصدار من النص يختلف عن الذي وقّعه التلميذ.
class-sheets-link = اطبع أوراق سياسة الاستخدام الموقّعة
dash-range-heading = فترة التقرير
dash-range-from = من
dash-range-to = إلى
dash-range-reset = هذا العام الدراسي
dash-range-line = الفترة: من { $from } إلى { $to } (مع احتساب اليومين).
dash-letters-explain = اطبع رسالة لكل ولي أمر أو مقدّم رعاية في قائمة المتابعة لم يوقّع بعد.
dash-letters-language = لغة الرسائل
dash-letters-print = اطبع رسائل قائمة المتابعة
dash-letters-close = أغلق الرسائل
dash-letters-none = وقّع جميع أولياء الأمور ومقدّمي الرعاية في قائمة المتابعة، فلا توجد رسائل للطباعة.
coord-keep-heading = الاحتفاظ بالسجلات
coord-keep-period = تحتفظ المدرسة بالسجلات لمدة { $years ->
    [zero] { $years } عام دراسي
    [one] عام دراسي واحد
    [two] عامين دراسيين
    [few] { $years } أعوام دراسية
    [many] { $years } عامًا دراسيًا
   *[other] { $years } عام دراسي
}: يحتفظ هذا الجهاز بالسجلات ابتداءً من { $oldest }.
coord-keep-label = مدة الاحتفاظ بالسجلات
coord-keep-option = { $years ->
    [zero] { $years } عام دراسي
    [one] عام دراسي واحد
    [two] عامان دراسيان
    [few] { $years } أعوام دراسية
    [many] { $years } عامًا دراسيًا
   *[other] { $years } عام دراسي
}
coord-keep-nudge = { $count ->
    [zero] لا توجد سجلات أقدم مما تحتفظ به المدرسة (قبل { $before }).
    [one] يوجد سجل واحد على هذا الجهاز أقدم مما تحتفظ به المدرسة (من قبل { $before }).
    [two] يوجد سجلان على هذا الجهاز أقدم مما تحتفظ به المدرسة (من قبل { $before }).
    [few] توجد { $count } سجلات على هذا الجهاز أقدم مما تحتفظ به المدرسة (من قبل { $before }).
    [many] يوجد { $count } سجلًا على هذا الجهاز أقدم مما تحتفظ به المدرسة (من قبل { $before }).
   *[other] يوجد { $count } سجل على هذا الجهاز أقدم مما تحتفظ به المدرسة (من قبل { $before }).
}
coord-keep-nudge-years = الأعوام الدراسية المطلوب حذفها: { $years }.
coord-keep-nudge-link = انتقل إلى حذف السجلات القديمة
export-share = مشاركة
export-share-bundle = مشاركة الحزمة المشفّرة
export-share-csv = مشاركة جدول التلاميذ (CSV)
export-share-events = مشاركة سجل الأحداث (CSV)
export-share-json = مشاركة السجلات الكاملة (JSON)
export-shared = تمت مشاركة { $file }.
export-share-ready = { $file } جاهز. اضغط «مشاركة» لإرساله.
