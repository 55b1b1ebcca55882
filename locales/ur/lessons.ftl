## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = میرے سبق
pupil-link-lessons-hint = آن لائن محفوظ رہنے کے بارے میں کہانیاں، سوال اور چھانٹنے والے کھیل۔
teacher-link-curriculum = نصاب کا نقشہ
teacher-link-curriculum-hint = ہر سبق، گروپ، ایئر، ہاف ٹرم اور موضوع کے حساب سے۔

lessons-heading = میرے سبق
lessons-for-band = { $band }، ایئر { $year } کے سبق
lessons-none = ابھی آپ کے ایئر کے لیے کوئی سبق نہیں ہے۔ اپنے استاد سے پوچھیں۔
lessons-status-new = نیا
lessons-status-in-progress = جاری ہے
lessons-status-done = مکمل
lessons-step-of = قدم { $step } (کل { $total })
lessons-minutes = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
lessons-back-to-list = واپس میرے سبق پر
lessons-back-to-me = واپس میرے صفحے پر
lessons-not-found = ہمیں یہ سبق نہیں ملا۔

lessons-progress-label = سبق میں پیش رفت
lessons-back = پیچھے
lessons-next = آگے
lessons-finish = ختم کریں
lessons-next-locked-check = آگے بڑھنے کے لیے صحیح جواب چنیں۔
lessons-next-locked-sort = آگے بڑھنے کے لیے ہر کارڈ کو کسی گروپ میں رکھیں۔
lessons-machine-translated = یہ مشین سے کیا گیا ترجمہ ہے، ابھی کسی نے جانچا نہیں۔ اگر کوئی بات سمجھ نہ آئے تو اپنے استاد سے پوچھیں۔
lessons-discuss-heading = اس پر بات کریں
lessons-discuss-hint = اپنی کلاس یا کسی بڑے کو اپنے خیالات بتائیں۔
lessons-sort-heading = چھانٹیں
lessons-sort-right = شاباش! یہ “{ $group }” میں جاتا ہے۔
lessons-sort-wrong = ابھی صحیح نہیں۔ دوبارہ سوچیں اور دوسرا گروپ آزمائیں۔
lessons-sort-done = زبردست! ہر کارڈ صحیح گروپ میں ہے۔
lessons-check-heading = سوال
lessons-check-right = بالکل صحیح!
lessons-check-try-again = ابھی صحیح نہیں۔ ایک بار پھر کوشش کریں۔
lessons-check-why = کیوں؟
lessons-your-answer-right = صحیح جواب
lessons-your-answer-wrong = یہ والا نہیں

lessons-finished-heading = شاباش! آپ نے سبق مکمل کر لیا۔
lessons-score = { $total ->
    [0] اس سبق میں کوئی سوال نہیں تھا۔
   *[other] آپ نے { $total } میں سے { $right } سوالوں کا جواب پہلی بار میں صحیح دیا۔
}
lessons-learned-heading = آپ نے کیا سیکھا
lessons-tell-heading = میں کس سے بات کر سکتا / سکتی ہوں؟
lessons-start-again = دوبارہ شروع کریں

curriculum-heading = نصاب کا نقشہ
curriculum-intro = ہر گروپ کے لیے بارہ سبق، دو سال کے چکر میں ہر ہاف ٹرم کے لیے ایک۔ خزاں (Autumn) کا موضوع “مہربان اور ذمہ دار”، بہار (Spring) کا “محفوظ اور حفاظت میں” اور گرمیوں (Summer) کا “صحت مند” ہے۔
curriculum-plan-caption = { $band }: دو سال کا منصوبہ
curriculum-coverage-caption = { $band }: کون سے موضوعات پڑھائے گئے
curriculum-col-cycle = چکر کا سال
curriculum-col-half-term = ہاف ٹرم
curriculum-col-lesson = سبق
curriculum-col-years = ایئر گروپ
curriculum-col-strands = موضوعات
curriculum-col-rules = SMART اصول
curriculum-col-strand = موضوع
curriculum-col-lessons = سبق
curriculum-col-covered = پڑھایا گیا؟
curriculum-cycle-year = سال { $year }
curriculum-covered-yes = ہاں
curriculum-covered-no = ابھی نہیں
curriculum-all-covered = تمام 8 موضوعات پڑھائے جا چکے ہیں۔
curriculum-missing = { $count ->
    [one] 1 موضوع ابھی نہیں پڑھایا گیا۔
   *[other] { $count } موضوعات ابھی نہیں پڑھائے گئے۔
}
curriculum-years = ایئر { $years }
curriculum-facts-checked = ہیلپ لائنز اور کم سے کم عمر کی معلومات آخری بار { $date } کو چیک کی گئیں۔

term-autumn-1 = خزاں 1 (Autumn 1): مہربان اور ذمہ دار
term-autumn-2 = خزاں 2 (Autumn 2): مہربان اور ذمہ دار
term-spring-1 = بہار 1 (Spring 1): محفوظ اور حفاظت میں
term-spring-2 = بہار 2 (Spring 2): محفوظ اور حفاظت میں
term-summer-1 = گرمیاں 1 (Summer 1): صحت مند
term-summer-2 = گرمیاں 2 (Summer 2): صحت مند
