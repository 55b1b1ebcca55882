## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = دروسي
pupil-link-lessons-hint = قصص وأسئلة وألعاب فرز عن البقاء آمنًا على الإنترنت.
teacher-link-curriculum = خريطة المنهج
teacher-link-curriculum-hint = كل الدروس حسب المرحلة والسنة ونصف الفصل الدراسي والمحور.

lessons-heading = دروسي
lessons-for-band = دروس { $band }، السنة { $year }
lessons-none = لا توجد دروس لسنتك الدراسية بعد. اسأل معلّمك.
lessons-status-new = جديد
lessons-status-in-progress = قيد التقدّم
lessons-status-done = مكتمل
lessons-step-of = الخطوة { $step } من { $total }
lessons-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
lessons-back-to-list = العودة إلى دروسي
lessons-back-to-me = العودة إلى صفحتي
lessons-not-found = لم نتمكن من العثور على هذا الدرس.

lessons-progress-label = التقدّم في الدرس
lessons-back = رجوع
lessons-next = التالي
lessons-finish = إنهاء
lessons-next-locked-check = اختر الإجابة الصحيحة لتتابع.
lessons-next-locked-sort = ضع كل بطاقة في مجموعة لتتابع.
lessons-machine-translated = ترجمة آلية لم تتم مراجعتها بعد. اسأل معلّمك إذا كان شيء غير مفهوم.
lessons-discuss-heading = لنتحدث عنه
lessons-discuss-hint = شارك أفكارك مع صفّك أو مع شخص بالغ.
lessons-sort-heading = رتّبها
lessons-sort-right = نعم! هذه مكانها في «{ $group }».
lessons-sort-wrong = ليس تمامًا. فكّر مرة أخرى وجرّب المجموعة الأخرى.
lessons-sort-done = فرز رائع! كل بطاقة في المجموعة الصحيحة.
lessons-check-heading = سؤال
lessons-check-right = صحيح!
lessons-check-try-again = ليس تمامًا. حاول مرة أخرى.
lessons-check-why = لماذا؟
lessons-your-answer-right = الإجابة الصحيحة
lessons-your-answer-wrong = ليست هذه

lessons-finished-heading = أحسنت! لقد أنهيت الدرس.
lessons-score = { $total ->
    [0] لم تكن هناك أسئلة في هذا الدرس.
   *[other] أجبت إجابة صحيحة من أول مرة عن { $right } من أصل { $total } من الأسئلة.
}
lessons-learned-heading = ماذا تعلّمت
lessons-tell-heading = مع من يمكنني أن أتحدث؟
lessons-start-again = ابدأ من جديد

curriculum-heading = خريطة المنهج
curriculum-intro = اثنا عشر درسًا لكل مرحلة، درس لكل نصف فصل دراسي على مدى دورة من سنتين. الخريف عن «اللطف والمسؤولية»، والربيع عن «الأمان والحماية»، والصيف عن «الصحة».
curriculum-plan-caption = { $band }: خطة السنتين
curriculum-coverage-caption = { $band }: المحاور المشمولة
curriculum-col-cycle = سنة الدورة
curriculum-col-half-term = نصف الفصل الدراسي
curriculum-col-lesson = الدرس
curriculum-col-years = المجموعات السنوية
curriculum-col-strands = المحاور
curriculum-col-rules = قواعد SMART
curriculum-col-strand = المحور
curriculum-col-lessons = الدروس
curriculum-col-covered = مشمول؟
curriculum-cycle-year = السنة { $year }
curriculum-covered-yes = نعم
curriculum-covered-no = ليس بعد
curriculum-all-covered = كل المحاور الثمانية مشمولة.
curriculum-missing = { $count ->
    [zero] كل المحاور مشمولة.
    [one] محور واحد لم يُشمل بعد.
    [two] محوران لم يُشملا بعد.
    [few] { $count } محاور لم تُشمل بعد.
    [many] { $count } محورًا لم يُشمل بعد.
   *[other] { $count } محور لم يُشمل بعد.
}
curriculum-years = السنوات { $years }
curriculum-facts-checked = آخر مراجعة لأرقام المساعدة والحد الأدنى للأعمار كانت في { $date }.

term-autumn-1 = الخريف 1: لطفاء ومسؤولون
term-autumn-2 = الخريف 2: لطفاء ومسؤولون
term-spring-1 = الربيع 1: آمنون ومحميّون
term-spring-2 = الربيع 2: آمنون ومحميّون
term-summer-1 = الصيف 1: أصحّاء
term-summer-2 = الصيف 2: أصحّاء
