## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = جارٍ التحميل…
cancel = إلغاء
save = حفظ
saved = تم الحفظ.
edit = تعديل
remove = إزالة
demo-school-name = مدرسة تجريبية (بيانات نموذجية)

setup-heading = إعداد هذا الجهاز اللوحي
setup-intro = يقوم المنسّق بهذا مرة واحدة لكل جهاز. تبقى السجلات على هذا الجهاز اللوحي، ولا يُرسَل أي شيء إلى أي مكان.
setup-how = هل هذا أول جهاز ByteSmart في المدرسة؟
setup-new-school = نعم: ابدأ مدرسة جديدة
setup-join-school = لا: انضم إلى مدرستنا برمز تسجيل من جهاز آخر
setup-school-name = اسم المدرسة
setup-year = العام الدراسي الحالي
setup-year-hint = يمتد العام الدراسي في المملكة المتحدة من 1 سبتمبر إلى 31 أغسطس.
setup-code = رمز التسجيل
setup-code-file = أو اختر ملف تسجيل
setup-code-not-code = هذا ليس رمز تسجيل ByteSmart. انسخه مرة أخرى من جهاز المنسّق (يبدأ بـ BSE1).
setup-code-damaged = رمز التسجيل هذا تالف أو غير كامل. انسخ الرمز كاملًا مرة أخرى، أو استخدم ملف التسجيل.
setup-pin = الرقم السري للموظفين (من 4 إلى 8 أرقام)
setup-pin-again = اكتب الرقم السري مرة أخرى
setup-pin-hint = يستخدم المعلّمون والمنسّق هذا الرقم السري لفتح شاشات الموظفين. يجب ألا يعرفه التلاميذ.
setup-pin-length = يجب أن يتكوّن الرقم السري من 4 إلى 8 أرقام.
setup-pin-digits = يمكن أن يحتوي الرقم السري على أرقام فقط.
setup-pin-easy = هذا الرقم السري سهل التخمين جدًا. تجنّب تكرار الأرقام والتسلسلات مثل 1234.
setup-pin-mismatch = الرقمان السريان مختلفان. يُرجى كتابتهما مرة أخرى.
setup-name-missing = يُرجى إدخال اسم المدرسة.
setup-submit = إعداد هذا الجهاز اللوحي
setup-demo = جرّبه بمدرسة تجريبية
setup-demo-hint = في المدرسة التجريبية صفّان من تلاميذ وهميين. هي مميّزة بوضوح ويمكن إزالتها بخطوة واحدة.
setup-needed-heading = لم يتم إعداد هذا الجهاز اللوحي بعد
setup-needed-body = يقوم منسّق الأمان على الإنترنت في المدرسة بإعداد كل جهاز لوحي مرة واحدة.
setup-start = ابدأ الإعداد الآن

pin-heading = للموظفين فقط
pin-explain = أدخل الرقم السري للموظفين للمتابعة.
pin-label = الرقم السري للموظفين
pin-unlock = فتح
pin-checking = جارٍ التحقق…
pin-wrong = هذا الرقم السري غير صحيح. يُرجى المحاولة مرة أخرى.
pin-wrong-wait = هذا الرقم السري غير صحيح. يُرجى الانتظار { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} قبل المحاولة مرة أخرى.
pin-wait = أُدخلت أرقام سرية خاطئة كثيرة. يُرجى الانتظار { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
pin-lock = قفل

teacher-nav-label = أدوات المعلّم
teacher-link-classes = الصفوف والتلاميذ
teacher-link-classes-hint = أضف صفوفًا، وأضف التلاميذ أو استوردهم، وانقلهم أو أزلهم
back-to-teacher = العودة إلى أدوات المعلّم
back-to-classes = العودة إلى الصفوف
back-to-class = العودة إلى الصف
classes-heading = الصفوف
classes-empty = لا توجد صفوف بعد. أضف أول صف في الأسفل.
classes-show-archived = عرض الصفوف المؤرشفة ({ $count })
class-year-band = السنة { $year } · { $band }
class-archived = مؤرشف
class-add-heading = إضافة صف
class-name = اسم الصف
class-name-missing = يُرجى إعطاء الصف اسمًا.
class-year = المجموعة السنوية
class-add = أضف الصف
class-edit = غيّر الاسم أو المجموعة السنوية
class-archive = أرشف هذا الصف
class-unarchive = أعد هذا الصف
class-not-found = هذا الصف لم يعد موجودًا.
class-pupils-heading = { $count ->
    [zero] لا يوجد تلاميذ
    [one] تلميذ واحد
    [two] تلميذان
    [few] { $count } تلاميذ
    [many] { $count } تلميذًا
   *[other] { $count } تلميذ
}
class-no-pupils = لا يوجد تلاميذ بعد. أضفهم واحدًا واحدًا أو استورد قائمة الصف.
class-import-csv = استورد قائمة الصف (CSV)

pupil-add-heading = إضافة تلميذ
pupil-name = اسم يعرفه التلميذ
pupil-name-hint = يكفي الاسم الأول والحرف الأول من اسم العائلة. لا تُحفظ تواريخ الميلاد ولا العناوين.
pupil-adno = رقم القيد (اختياري)
pupil-symbol = صورة تساعده على إيجاد اسمه
pupil-add = أضف التلميذ
pupil-added = تمت إضافة { $name }.
pupil-saved = تم حفظ { $name }.
pupil-removed = تمت إزالة { $name } وكل سجلاته من هذا الجهاز اللوحي.
pupil-name-missing = يُرجى إدخال اسم التلميذ.
pupil-move = الصف
pupil-remove-confirm = هل تريد إزالة { $name }؟ ستُحذف أيضًا دروسه وإجاباته في الاختبارات وتوقيعاته على هذا الجهاز اللوحي.
pupil-remove-yes = نعم، أزِل

roster-heading = استيراد قائمة صف إلى { $class }
roster-explain = اختر ملف CSV مُصدَّرًا من نظام معلومات مدرستك. سترى كل صف من الملف قبل حفظ أي شيء.
roster-choose = ملف CSV
roster-unreadable-file = تعذّرت قراءة هذا الملف.
roster-empty = الملف فارغ.
roster-no-names = لا يوجد عمود في هذا الملف يبدو أنه أسماء تلاميذ. يحتاج إلى عنوان مثل Name أو Forename أو Surname.
roster-preview = { $count ->
    [zero] لن يُضاف أي تلميذ
    [one] سيُضاف تلميذ واحد
    [two] سيُضاف تلميذان
    [few] سيُضاف { $count } تلاميذ
    [many] سيُضاف { $count } تلميذًا
   *[other] سيُضاف { $count } تلميذ
}
roster-windows-1252 = استخدم هذا الملف ترميز نصوص قديمًا (Windows-1252)؛ وقد قُرئت الحروف المشكولة بشكل صحيح.
roster-table-caption = الصفوف الموجودة في الملف وما سيحدث لكل منها
roster-col-line = السطر
roster-col-status = ما سيحدث
roster-will-add = ستتم إضافته
roster-missing-name = تم تخطيه: لا يوجد اسم
roster-duplicate = تم تخطيه: التلميذ نفسه في السطر { $line }
roster-already = تم تخطيه: موجود بالفعل في هذا الصف
roster-unreadable = تم تخطيه: تعذّرت قراءة هذا السطر
roster-import-button = { $count ->
    [zero] لا يوجد تلاميذ للاستيراد
    [one] استورد تلميذًا واحدًا
    [two] استورد تلميذين
    [few] استورد { $count } تلاميذ
    [many] استورد { $count } تلميذًا
   *[other] استورد { $count } تلميذ
}
roster-imported = { $count ->
    [zero] لم يُستورد أي تلميذ.
    [one] تم استيراد تلميذ واحد.
    [two] تم استيراد تلميذين.
    [few] تم استيراد { $count } تلاميذ.
    [many] تم استيراد { $count } تلميذًا.
   *[other] تم استيراد { $count } تلميذ.
}

pupil-nav-label = أنشطتي
pupil-not-set-up = لم يتم إعداد هذا الجهاز اللوحي بعد. يُرجى سؤال معلّمك.
pupil-choose-class = اختر صفّك
pupil-no-classes = لا توجد صفوف على هذا الجهاز اللوحي بعد. يُرجى سؤال معلّمك.
pupil-continue-as = هل أنت { $name }؟
pupil-continue = نعم، تابع
pupil-not-me = لا، هذا ليس أنا
pupil-back-to-classes = العودة إلى الصفوف
pupil-tap-name = اضغط على اسمك
pupil-class-empty = لا يوجد تلاميذ في هذا الصف بعد. يُرجى سؤال معلّمك.
pupil-who-heading = من أنت؟
pupil-pick-name = ابحث عن اسمي
pupil-hello = مرحبًا يا { $name }!
pupil-finished = لقد انتهيت
reading-help = مساعدة في القراءة
reading-dyslexia = نص أسهل للقراءة (الخط والمسافات وأسطر أقصر)
reading-contrast = ألوان قوية (تباين عالٍ)

coord-nav-label = أدوات المنسّق
coord-school-ref = الرقم المرجعي للمدرسة { $reference }
coord-demo-notice = هذه هي المدرسة التجريبية. تلاميذها وهميون. أزِلها قبل إضافة صفوف حقيقية.
coord-demo-remove = أزِل المدرسة التجريبية
coord-demo-remove-confirm = سيؤدي هذا إلى حذف كل السجلات على هذا الجهاز اللوحي والعودة إلى الإعداد. هل تريد المتابعة؟
coord-demo-remove-yes = نعم، أزِل كل شيء
coord-storage-heading = التخزين على هذا الجهاز
coord-storage-persisted = وافق هذا المتصفح على الاحتفاظ بسجلات ByteSmart.
coord-storage-not-persisted = تحذير: قد يحذف هذا المتصفح سجلات ByteSmart إذا نفدت مساحة الجهاز أو لم يُستخدم التطبيق لفترة. صدّر نسخة احتياطية بانتظام، أو أضف ByteSmart إلى الشاشة الرئيسية.
coord-storage-use = مستخدَم { $used } ميغابايت من أصل { $quota } ميغابايت متاحة.
coord-last-backup = آخر نسخة احتياطية (تصدير): { $date }
coord-never-backed-up = لم تُصدَّر السجلات الموجودة على هذا الجهاز اللوحي أبدًا. صدّر نسخة احتياطية بانتظام.
coord-enrol-heading = أضف جهازًا آخر إلى هذه المدرسة
coord-enrol-explain = افتح ByteSmart على الجهاز الآخر، واختر "انضم إلى مدرستنا" والصق هذا الرمز أو حمّل الملف. احتفظ به سرًا: فهو يحتوي على مفتاح المدرسة.
coord-enrol-show = اعرض رمز التسجيل
coord-enrol-code = رمز التسجيل
coord-enrol-download = نزّل ملف التسجيل
coord-enrol-hide = أخفِ الرمز
