## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = اختبار SMART
quiz-link-hint = أجب عن أسئلة حول قواعد SMART الخمس
quiz-heading = اختبار SMART
quiz-loading = جارٍ التحميل…
quiz-no-pupil = اختر اسمك أولًا، ثم يمكنك أداء الاختبار.
quiz-choose-name = اختر اسمي
quiz-intro = حوالي عشرة أسئلة عن قواعد SMART الخمس. إذا لم تعرف الإجابة، اضغط على "لست متأكدًا". لا بأس بذلك!
quiz-purpose-line = هذا الاختبار: { $purpose }
quiz-purpose-practice = تدريب
quiz-purpose-baseline = اختبار بداية العام
quiz-purpose-end-of-unit = اختبار نهاية الوحدة
quiz-start = ابدأ الاختبار
quiz-missing-question = هذا السؤال لم يعد موجودًا في الاختبار. يُرجى سؤال معلّمك.
quiz-progress = السؤال { $n } من { $total }
quiz-hint-single = اضغط على إجابة واحدة.
quiz-hint-multi = اضغط على كل إجابة تعتقد أنها صحيحة.
quiz-hint-true-false = هل هذا صحيح أم خطأ؟
quiz-hint-scenario = اقرأ القصة، ثم اضغط على إجابة واحدة.
quiz-hint-order = اضغط على الخطوات بالترتيب الصحيح.
quiz-hint-match = اضغط على بطاقة في جهة البداية، ثم على البطاقة التي تناسبها في الجهة الأخرى.
quiz-check = تحقّق من إجابتي
quiz-not-sure = لست متأكدًا
quiz-your-order = ترتيبك
quiz-your-matches = توصيلاتك
quiz-start-again = ابدأ من جديد
quiz-match-left = أشياء للتوصيل
quiz-match-right = ما يناسبها
quiz-matched = { $left } ← { $right }
quiz-outcome-right = صحيح، أحسنت!
quiz-outcome-partly-right = صحيح جزئيًا. تفكير جيد!
quiz-outcome-not-yet = ليس تمامًا. إليك السبب.
quiz-outcome-not-sure = لا بأس! إليك الإجابة.
quiz-you-chose = اخترت:
quiz-right-answer = الإجابة الصحيحة:
quiz-right-order = الترتيب الصحيح
quiz-right-pairs = الأزواج الصحيحة
quiz-next = السؤال التالي
quiz-see-results = اعرض نتائجي
quiz-results-heading = نتائجك في SMART
quiz-results-summary = { $total ->
    [one] أجبت إجابة صحيحة تمامًا عن { $right } من أصل سؤال واحد.
   *[other] أجبت إجابة صحيحة تمامًا عن { $right } من أصل { $total } من الأسئلة.
}
quiz-results-not-sure = { $count ->
    [zero] لم تقل "لست متأكدًا" أبدًا.
    [one] قلت "لست متأكدًا" مرة واحدة. لا بأس: هذا يساعدنا على معرفة ما نتدرّب عليه.
    [two] قلت "لست متأكدًا" مرتين. لا بأس: هذا يساعدنا على معرفة ما نتدرّب عليه.
    [few] قلت "لست متأكدًا" { $count } مرات. لا بأس: هذا يساعدنا على معرفة ما نتدرّب عليه.
    [many] قلت "لست متأكدًا" { $count } مرة. لا بأس: هذا يساعدنا على معرفة ما نتدرّب عليه.
   *[other] قلت "لست متأكدًا" { $count } مرة. لا بأس: هذا يساعدنا على معرفة ما نتدرّب عليه.
}
quiz-level-secure = متمكّن
quiz-level-developing = في الطريق
quiz-level-not-yet = ليس بعد
quiz-level-none = غير متأكد بعد
quiz-level-key = المفتاح: ● متمكّن، ◐ في الطريق، ○ ليس بعد، ? غير متأكد بعد
quiz-practise-missed = تدرّب على ما فاتني
quiz-nothing-missed = رائع! لا يوجد ما تتدرّب عليه هذه المرة.
quiz-finish = إنهاء

quiz-report-link = نتائج اختبار SMART
quiz-report-link-hint = الإتقان لكل قاعدة، والأسئلة الأكثر خطأً، والمفاهيم الخاطئة
quiz-report-heading = نتائج اختبار SMART
quiz-report-class = الصف
quiz-report-next-purpose = الاختبارات القادمة في هذا الصف تُحتسب على أنها
quiz-report-purpose-saved = تم الحفظ. التلاميذ الذين يبدؤون اختبارًا الآن سيحصلون على هذا.
quiz-report-filter = اعرض المحاولات
quiz-report-filter-all = كل المحاولات
quiz-report-no-class = اختر صفًا لترى نتائج اختباراته.
quiz-report-empty = لا توجد محاولات اختبار لهذا الصف بعد.
quiz-report-summary = { $attempts ->
    [zero] لا توجد محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $attempts } محاولات
    [many] { $attempts } محاولة
   *[other] { $attempts } محاولة
} من { $pupils ->
    [zero] لا أحد.
    [one] تلميذ واحد.
    [two] تلميذين.
    [few] { $pupils } تلاميذ.
    [many] { $pupils } تلميذًا.
   *[other] { $pupils } تلميذ.
}
quiz-report-rules-heading = الإتقان لكل قاعدة من قواعد SMART
quiz-report-rules-note = أعداد التلاميذ تعتمد على آخر محاولة لكل تلميذ. يعرض عمودا بداية العام ونهاية الوحدة متوسط درجات الصف.
quiz-report-col-rule = القاعدة
quiz-report-col-class = الصف كله
quiz-report-col-baseline = بداية العام
quiz-report-col-end = نهاية الوحدة
quiz-report-missed-heading = الأسئلة الأكثر خطأً
quiz-report-col-question = السؤال
quiz-report-col-missed = أخطأ فيه
quiz-report-col-not-sure = "لست متأكدًا"
quiz-report-missed-of = { $missed } من { $answered }
quiz-report-misconceptions-heading = المفاهيم الخاطئة الأكثر شيوعًا
quiz-report-col-misconception = المفهوم الخاطئ
quiz-report-col-times = عدد المرات
quiz-report-pupils-heading = التلاميذ
quiz-report-col-pupil = التلميذ
quiz-report-col-date = التاريخ
quiz-report-col-purpose = الغرض
quiz-report-col-progress = تمت الإجابة
quiz-report-answered = { $done } من { $total }
quiz-report-in-progress = { $done } من { $total } (قيد التقدّم)
