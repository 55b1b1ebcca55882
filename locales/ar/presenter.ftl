## Presenter mode (teacher on the whiteboard)

teacher-link-present = اعرض على الصف
teacher-link-present-hint = اعرض درسًا أو اختبارًا للصف بملء الشاشة على السبورة.

present-heading = اعرض على الصف
present-intro = اختر صفًا، ثم درسًا أو اختبارًا للصف لعرضه على السبورة. لا تظهر أسماء التلاميذ ولا سجلاتهم على الشاشة.
present-class = الصف
present-no-classes = لا توجد صفوف بعد. أضف صفًا أولًا.
present-add-class = أضف صفًا
present-lessons-heading = دروس { $band }
present-no-lessons = لا توجد دروس لهذه الفئة العمرية بعد.
present-minutes = { $minutes ->
    [zero] حوالي { $minutes } دقيقة
    [one] حوالي دقيقة واحدة
    [two] حوالي دقيقتين
    [few] حوالي { $minutes } دقائق
    [many] حوالي { $minutes } دقيقة
   *[other] حوالي { $minutes } دقيقة
}
present-start-lesson = اعرض الدرس
present-start-quiz = { $count ->
    [zero] اختبار الصف (بلا أسئلة)
    [one] اختبار الصف (سؤال واحد)
    [two] اختبار الصف (سؤالان)
    [few] اختبار الصف ({ $count } أسئلة)
    [many] اختبار الصف ({ $count } سؤالًا)
   *[other] اختبار الصف ({ $count } سؤال)
}
present-last-delivered = آخر تقديم في { $date }
present-delivered-heading = ما قُدِّم لهذا الصف
present-delivered-none = لم يُسجَّل أي درس على أنه قُدِّم لهذا الصف بعد.
present-col-date = التاريخ
present-col-lesson = الدرس
present-col-minutes = الدقائق
present-not-found = تعذّر العثور على هذا الدرس.
present-back = العودة إلى قائمة العرض

present-exit = الخروج من العرض
present-fullscreen = ملء الشاشة
present-exit-fullscreen = الخروج من ملء الشاشة
present-notes-show = اعرض الملاحظات (N)
present-notes-hide = أخفِ الملاحظات (N)
present-notes = ملاحظات المعلّم
present-hints = أفكار للنقاش
present-answer-note = الإجابة: { $answer }
present-next-up = التالي: { $text }
present-next-end = هذه هي الشريحة الأخيرة.
present-audience-open = افتح نافذة الجمهور
present-audience-blocked = منع المتصفح فتح النافذة الجديدة. اسمح بالنوافذ المنبثقة لـ ByteSmart، أو اعرض من هذه النافذة.
present-audience-on = نافذة الجمهور مفتوحة. انقلها إلى شاشة السبورة؛ هذه النافذة تعرض ملاحظاتك والخطوة التالية.
present-ended = انتهى العرض. يمكنك إغلاق هذه النافذة.
present-close-window = أغلق هذه النافذة
present-slide = الشريحة
present-counter = الشريحة { $current } من { $total }
present-progress = التقدّم في العرض
present-nav = أزرار التحكم في الشرائح
present-previous = السابق
present-next = التالي
present-quiz-title = اختبار الصف: { $title }
present-quiz-count = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}

present-kind-discuss = لنتحدث عنه
present-kind-question = سؤال
present-kind-sort = رتّبها
present-sort-reveal = اعرض المجموعات

present-timer = مؤقّت النقاش
present-timer-start = شغّل المؤقّت
present-timer-pause = أوقف المؤقّت مؤقتًا
present-timer-reset = أعد ضبط المؤقّت
present-timer-less = دقيقة أقل
present-timer-more = دقيقة أكثر
present-timer-up = انتهى الوقت

present-answer-hands = رفع الأيدي للإجابة { $letter }
present-hands-less = يد أقل للإجابة { $letter }
present-hands-more = يد أكثر للإجابة { $letter }
present-hands-count = { $count ->
    [zero] لا أيدي
    [one] يد واحدة
    [two] يدان
    [few] { $count } أيدٍ
    [many] { $count } يدًا
   *[other] { $count } يد
}
present-reveal = اكشف الإجابة
present-correct = الإجابة الصحيحة

present-finish-learned = ماذا تعلّمنا
present-summary-heading = ملخّص اختبار الصف
present-summary-caption = رفع الأيدي للصف كله. لا تُسجَّل أي أسماء.
present-summary-question = السؤال
present-summary-hands = الأيدي المعدودة
present-summary-correct = الأيدي للإجابة الصحيحة
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }٪)
present-summary-none = لم تُعَدّ
present-mark-delivered = أنهِ وسجّل أنه قُدِّم
present-delivered = { $minutes ->
    [zero] تم التسجيل: قُدِّم إلى { $class } ({ $minutes } دقيقة).
    [one] تم التسجيل: قُدِّم إلى { $class } (دقيقة واحدة).
    [two] تم التسجيل: قُدِّم إلى { $class } (دقيقتان).
    [few] تم التسجيل: قُدِّم إلى { $class } ({ $minutes } دقائق).
    [many] تم التسجيل: قُدِّم إلى { $class } ({ $minutes } دقيقة).
   *[other] تم التسجيل: قُدِّم إلى { $class } ({ $minutes } دقيقة).
}
present-no-class = اختر صفًا من قائمة العرض لتسجيل أن هذا الدرس قُدِّم.
