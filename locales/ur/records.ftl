## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = لوڈ ہو رہا ہے…
cancel = منسوخ کریں
save = محفوظ کریں
saved = محفوظ ہو گیا۔
edit = تبدیل کریں
remove = ہٹائیں
demo-school-name = ڈیمو اسکول (نمونے کا ڈیٹا)

setup-heading = اس ٹیبلٹ کو تیار کریں
setup-intro = یہ کام کوآرڈینیٹر ہر ڈیوائس پر ایک بار کرتے ہیں۔ ریکارڈ اسی ٹیبلٹ پر رہتے ہیں؛ کچھ بھی کہیں نہیں بھیجا جاتا۔
setup-how = کیا یہ اسکول کی پہلی ByteSmart ڈیوائس ہے؟
setup-new-school = ہاں: نیا اسکول شروع کریں
setup-join-school = نہیں: دوسری ڈیوائس کے اندراج کوڈ سے ہمارے اسکول میں شامل ہوں
setup-school-name = اسکول کا نام
setup-year = موجودہ تعلیمی سال
setup-year-hint = برطانیہ میں تعلیمی سال 1 ستمبر سے 31 اگست تک ہوتا ہے۔
setup-code = اندراج کوڈ
setup-code-file = یا اندراج کی فائل چنیں
setup-code-not-code = یہ ByteSmart کا اندراج کوڈ نہیں ہے۔ کوآرڈینیٹر کی ڈیوائس سے اسے دوبارہ کاپی کریں (یہ BSE1 سے شروع ہوتا ہے)۔
setup-code-damaged = یہ اندراج کوڈ خراب یا نامکمل ہے۔ پورا کوڈ دوبارہ کاپی کریں، یا اندراج کی فائل استعمال کریں۔
setup-pin = اسٹاف PIN (4 سے 8 ہندسے)
setup-pin-again = PIN دوبارہ لکھیں
setup-pin-hint = اساتذہ اور کوآرڈینیٹر اسٹاف والی اسکرینیں کھولنے کے لیے یہ PIN استعمال کرتے ہیں۔ طلبہ کو یہ معلوم نہیں ہونا چاہیے۔
setup-pin-length = PIN میں 4 سے 8 ہندسے ہونے چاہئیں۔
setup-pin-digits = PIN میں صرف ہندسے ہو سکتے ہیں۔
setup-pin-easy = یہ PIN بہت آسانی سے اندازہ لگایا جا سکتا ہے۔ ایک ہی ہندسہ بار بار یا 1234 جیسی ترتیب سے بچیں۔
setup-pin-mismatch = دونوں PIN الگ الگ ہیں۔ براہِ کرم انہیں دوبارہ لکھیں۔
setup-name-missing = براہِ کرم اسکول کا نام لکھیں۔
setup-submit = اس ٹیبلٹ کو تیار کریں
setup-demo = ڈیمو اسکول کے ساتھ آزما کر دیکھیں
setup-demo-hint = ڈیمو اسکول میں فرضی طلبہ کی دو کلاسیں ہیں۔ اس پر صاف لکھا ہوتا ہے کہ یہ ڈیمو ہے، اور اسے ایک ہی قدم میں ہٹایا جا سکتا ہے۔
setup-needed-heading = یہ ٹیبلٹ ابھی تیار نہیں ہوا
setup-needed-body = اسکول کے آن لائن حفاظت کے کوآرڈینیٹر ہر ٹیبلٹ کو ایک بار تیار کرتے ہیں۔
setup-start = ابھی تیار کریں

pin-heading = صرف اسٹاف کے لیے
pin-explain = آگے بڑھنے کے لیے اسٹاف PIN لکھیں۔
pin-label = اسٹاف PIN
pin-unlock = کھولیں
pin-checking = چیک ہو رہا ہے…
pin-wrong = یہ PIN صحیح نہیں ہے۔ براہِ کرم دوبارہ کوشش کریں۔
pin-wrong-wait = یہ PIN صحیح نہیں ہے۔ دوبارہ کوشش کرنے سے پہلے براہِ کرم { $seconds } سیکنڈ انتظار کریں۔
pin-wait = بہت زیادہ غلط PIN لکھے گئے۔ براہِ کرم { $seconds } سیکنڈ انتظار کریں۔
pin-lock = لاک کریں

teacher-nav-label = استاد کے ٹولز
teacher-link-classes = کلاسیں اور طلبہ
teacher-link-classes-hint = کلاسیں بنائیں، طلبہ شامل یا امپورٹ کریں، انہیں منتقل کریں یا ہٹائیں
back-to-teacher = واپس استاد کے ٹولز پر
back-to-classes = واپس کلاسوں پر
back-to-class = واپس کلاس پر
classes-heading = کلاسیں
classes-empty = ابھی کوئی کلاس نہیں ہے۔ نیچے پہلی کلاس بنائیں۔
classes-show-archived = محفوظ شدہ (آرکائیو) کلاسیں دکھائیں ({ $count })
class-year-band = ایئر { $year } · { $band }
class-archived = آرکائیو میں
class-add-heading = کلاس بنائیں
class-name = کلاس کا نام
class-name-missing = براہِ کرم کلاس کا نام رکھیں۔
class-year = ایئر گروپ (جماعت)
class-add = کلاس بنائیں
class-edit = نام یا ایئر گروپ بدلیں
class-archive = یہ کلاس آرکائیو میں ڈالیں
class-unarchive = یہ کلاس واپس لائیں
class-not-found = یہ کلاس اب موجود نہیں ہے۔
class-pupils-heading = { $count ->
    [one] ایک طالب علم
   *[other] { $count } طلبہ
}
class-no-pupils = ابھی کوئی طالب علم نہیں۔ ایک ایک کر کے شامل کریں یا کلاس کی فہرست امپورٹ کریں۔
class-import-csv = کلاس کی فہرست امپورٹ کریں (CSV)

pupil-add-heading = طالب علم شامل کریں
pupil-name = وہ نام جو طالب علم پہچان لے
pupil-name-hint = پہلا نام اور خاندانی نام کا پہلا حرف کافی ہے۔ تاریخِ پیدائش یا پتہ نہیں رکھا جاتا۔
pupil-adno = داخلہ نمبر (اختیاری)
pupil-symbol = نام ڈھونڈنے کے لیے تصویر
pupil-add = طالب علم شامل کریں
pupil-added = { $name } کو شامل کر دیا گیا ہے۔
pupil-saved = { $name } کو محفوظ کر دیا گیا ہے۔
pupil-removed = { $name } اور ان کے تمام ریکارڈ اس ٹیبلٹ سے ہٹا دیے گئے ہیں۔
pupil-name-missing = براہِ کرم طالب علم کا نام لکھیں۔
pupil-move = کلاس
pupil-remove-confirm = { $name } کو ہٹا دیں؟ اس ٹیبلٹ پر ان کے سبق، کوئز کے جواب اور دستخط بھی مٹ جائیں گے۔
pupil-remove-yes = ہاں، ہٹا دیں

roster-heading = { $class } میں کلاس کی فہرست امپورٹ کریں
roster-explain = اپنے اسکول کے انفارمیشن سسٹم سے ایکسپورٹ کی ہوئی CSV فائل چنیں۔ کچھ بھی محفوظ ہونے سے پہلے آپ ہر قطار دیکھ سکیں گے۔
roster-choose = CSV فائل
roster-unreadable-file = یہ فائل پڑھی نہیں جا سکی۔
roster-empty = یہ فائل خالی ہے۔
roster-no-names = اس فائل کا کوئی کالم طلبہ کے ناموں جیسا نہیں لگتا۔ اس میں Name، Forename یا Surname جیسا عنوان ہونا چاہیے۔
roster-preview = { $count ->
    [one] ایک طالب علم شامل کیا جائے گا
   *[other] { $count } طلبہ شامل کیے جائیں گے
}
roster-windows-1252 = اس فائل میں پرانی ٹیکسٹ انکوڈنگ (Windows-1252) استعمال ہوئی تھی؛ خاص حروف (accents) صحیح پڑھ لیے گئے ہیں۔
roster-table-caption = فائل کی قطاریں اور ہر ایک کے ساتھ کیا ہوگا
roster-col-line = قطار
roster-col-status = کیا ہوگا
roster-will-add = شامل کیا جائے گا
roster-missing-name = چھوڑ دیا گیا: کوئی نام نہیں
roster-duplicate = چھوڑ دیا گیا: وہی طالب علم جو قطار { $line } میں ہے
roster-already = چھوڑ دیا گیا: پہلے سے اس کلاس میں ہے
roster-unreadable = چھوڑ دیا گیا: یہ قطار پڑھی نہیں جا سکی
roster-import-button = { $count ->
    [one] ایک طالب علم امپورٹ کریں
   *[other] { $count } طلبہ امپورٹ کریں
}
roster-imported = { $count ->
    [one] ایک طالب علم امپورٹ ہو گیا۔
   *[other] { $count } طلبہ امپورٹ ہو گئے۔
}

pupil-nav-label = میری سرگرمیاں
pupil-not-set-up = یہ ٹیبلٹ ابھی تیار نہیں ہوا۔ براہِ کرم اپنے استاد سے پوچھیں۔
pupil-choose-class = اپنی کلاس چنیں
pupil-no-classes = اس ٹیبلٹ پر ابھی کوئی کلاس نہیں ہے۔ براہِ کرم اپنے استاد سے پوچھیں۔
pupil-continue-as = کیا آپ { $name } ہیں؟
pupil-continue = ہاں، آگے چلیں
pupil-not-me = نہیں، یہ میں نہیں ہوں
pupil-back-to-classes = واپس کلاسوں پر
pupil-tap-name = اپنے نام پر ٹیپ کریں
pupil-class-empty = اس کلاس میں ابھی کوئی طالب علم نہیں ہے۔ براہِ کرم اپنے استاد سے پوچھیں۔
pupil-who-heading = آپ کون ہیں؟
pupil-pick-name = میرا نام ڈھونڈیں
pupil-hello = ہیلو، { $name }!
pupil-finished = میں نے ختم کر لیا
reading-help = پڑھنے میں مدد
reading-dyslexia = آسانی سے پڑھا جانے والا متن (فونٹ، فاصلہ اور چھوٹی سطریں)
reading-contrast = گہرے رنگ (ہائی کنٹراسٹ)

coord-nav-label = کوآرڈینیٹر کے ٹولز
coord-school-ref = اسکول کا حوالہ نمبر { $reference }
coord-demo-notice = یہ ڈیمو اسکول ہے۔ اس کے طلبہ فرضی ہیں۔ اصل کلاسیں بنانے سے پہلے اسے ہٹا دیں۔
coord-demo-remove = ڈیمو اسکول ہٹائیں
coord-demo-remove-confirm = اس سے اس ٹیبلٹ کا ہر ریکارڈ مٹ جائے گا اور آپ دوبارہ سیٹ اپ پر چلے جائیں گے۔ آگے بڑھیں؟
coord-demo-remove-yes = ہاں، سب کچھ ہٹا دیں
coord-storage-heading = اس ڈیوائس پر اسٹوریج
coord-storage-persisted = اس براؤزر نے ByteSmart کے ریکارڈ سنبھال کر رکھنے کی اجازت دے دی ہے۔
coord-storage-not-persisted = انتباہ: اگر ڈیوائس میں جگہ کم ہو جائے یا ایپ کچھ عرصہ استعمال نہ ہو تو یہ براؤزر ByteSmart کے ریکارڈ مٹا سکتا ہے۔ باقاعدگی سے بیک اپ ایکسپورٹ کریں، یا ByteSmart کو ہوم اسکرین پر شامل کریں۔
coord-storage-use = دستیاب { $quota } MB میں سے { $used } MB استعمال ہو رہے ہیں۔
coord-last-backup = آخری بیک اپ (ایکسپورٹ): { $date }
coord-never-backed-up = اس ٹیبلٹ کے ریکارڈ کبھی ایکسپورٹ نہیں ہوئے۔ باقاعدگی سے بیک اپ ایکسپورٹ کریں۔
coord-enrol-heading = اس اسکول میں ایک اور ڈیوائس شامل کریں
coord-enrol-explain = دوسری ڈیوائس پر ByteSmart کھولیں، "ہمارے اسکول میں شامل ہوں" چنیں اور یہ کوڈ پیسٹ کریں یا فائل لوڈ کریں۔ اسے کسی کو نہ دکھائیں: اس میں اسکول کی چابی (key) ہے۔
coord-enrol-show = اندراج کوڈ دکھائیں
coord-enrol-code = اندراج کوڈ
coord-enrol-download = اندراج کی فائل ڈاؤن لوڈ کریں
coord-enrol-hide = کوڈ چھپائیں
