## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = SMART کوئز
quiz-link-hint = پانچ SMART اصولوں کے بارے میں سوالوں کے جواب دیں
quiz-heading = SMART کوئز
quiz-loading = لوڈ ہو رہا ہے…
quiz-no-pupil = پہلے اپنا نام چنیں، پھر آپ کوئز کر سکتے ہیں۔
quiz-choose-name = میرا نام چنیں
quiz-intro = پانچ SMART اصولوں کے بارے میں تقریباً دس سوال۔ اگر آپ کو کسی سوال کا جواب نہیں آتا تو "مجھے پکا نہیں پتا" پر ٹیپ کریں۔ کوئی بات نہیں!
quiz-purpose-line = یہ کوئز ہے: { $purpose }
quiz-purpose-practice = مشق
quiz-purpose-baseline = سال کے شروع کی جانچ (بیس لائن)
quiz-purpose-end-of-unit = یونٹ کے آخر کی جانچ
quiz-start = کوئز شروع کریں
quiz-missing-question = یہ سوال اب کوئز میں نہیں ہے۔ براہِ کرم اپنے استاد سے پوچھیں۔
quiz-progress = سوال { $n } (کل { $total })
quiz-hint-single = ایک جواب پر ٹیپ کریں۔
quiz-hint-multi = ہر اس جواب پر ٹیپ کریں جو آپ کے خیال میں صحیح ہے۔
quiz-hint-true-false = یہ سچ ہے یا غلط؟
quiz-hint-scenario = کہانی پڑھیں، پھر ایک جواب پر ٹیپ کریں۔
quiz-hint-order = قدموں پر صحیح ترتیب سے ٹیپ کریں۔
quiz-hint-match = ایک طرف کے کارڈ پر ٹیپ کریں، پھر دوسری طرف اس کے جوڑی دار پر۔
quiz-check = میرا جواب چیک کریں
quiz-not-sure = مجھے پکا نہیں پتا
quiz-your-order = آپ کی ترتیب
quiz-your-matches = آپ کی جوڑیاں
quiz-start-again = دوبارہ شروع کریں
quiz-match-left = جوڑنے والی چیزیں
quiz-match-right = جوڑی دار
quiz-matched = { $left } ← { $right }
quiz-outcome-right = بالکل صحیح، شاباش!
quiz-outcome-partly-right = کچھ صحیح ہے۔ اچھی سوچ!
quiz-outcome-not-yet = ابھی صحیح نہیں۔ اس کی وجہ یہ ہے۔
quiz-outcome-not-sure = کوئی بات نہیں! جواب یہ ہے۔
quiz-you-chose = آپ نے چنا:
quiz-right-answer = صحیح جواب:
quiz-right-order = صحیح ترتیب
quiz-right-pairs = صحیح جوڑیاں
quiz-next = اگلا سوال
quiz-see-results = میرے نتائج دیکھیں
quiz-results-heading = آپ کے SMART نتائج
quiz-results-summary = { $total ->
    [one] آپ نے { $total } میں سے { $right } سوال کا پورا صحیح جواب دیا۔
   *[other] آپ نے { $total } میں سے { $right } سوالوں کے پورے صحیح جواب دیے۔
}
quiz-results-not-sure = { $count ->
    [one] آپ نے ایک بار "مجھے پکا نہیں پتا" کہا۔ کوئی بات نہیں: اس سے ہمیں پتا چلتا ہے کہ کس چیز کی مشق کرنی ہے۔
   *[other] آپ نے { $count } بار "مجھے پکا نہیں پتا" کہا۔ کوئی بات نہیں: اس سے ہمیں پتا چلتا ہے کہ کس چیز کی مشق کرنی ہے۔
}
quiz-level-secure = پکا آتا ہے
quiz-level-developing = سیکھ رہے ہیں
quiz-level-not-yet = ابھی نہیں
quiz-level-none = ابھی پتا نہیں
quiz-level-key = نشانیاں: ● پکا آتا ہے، ◐ سیکھ رہے ہیں، ○ ابھی نہیں، ? ابھی پتا نہیں
quiz-practise-missed = جو رہ گیا اس کی مشق کریں
quiz-nothing-missed = زبردست! اس بار مشق کے لیے کچھ نہیں۔
quiz-finish = ختم کریں

quiz-report-link = SMART کوئز کے نتائج
quiz-report-link-hint = ہر اصول میں مہارت، سب سے زیادہ غلط ہونے والے سوال اور غلط فہمیاں
quiz-report-heading = SMART کوئز کے نتائج
quiz-report-class = کلاس
quiz-report-next-purpose = اس کلاس کے اگلے کوئز اس طرح گنے جائیں گے
quiz-report-purpose-saved = محفوظ ہو گیا۔ جو طلبہ اب کوئز شروع کریں گے انہیں یہی ملے گا۔
quiz-report-filter = کوششیں دکھائیں
quiz-report-filter-all = تمام کوششیں
quiz-report-no-class = کوئز کے نتائج دیکھنے کے لیے کلاس چنیں۔
quiz-report-empty = اس کلاس نے ابھی کوئی کوئز نہیں کیا۔
quiz-report-summary = { $pupils ->
    [one] 1 طالب علم
   *[other] { $pupils } طلبہ
} کی جانب سے { $attempts ->
    [one] 1 کوشش۔
   *[other] { $attempts } کوششیں۔
}
quiz-report-rules-heading = ہر SMART اصول میں مہارت
quiz-report-rules-note = طلبہ کی گنتی ہر طالب علم کی آخری کوشش سے کی گئی ہے۔ بیس لائن اور یونٹ کے آخر والے کالم کلاس کا اوسط اسکور دکھاتے ہیں۔
quiz-report-col-rule = اصول
quiz-report-col-class = پوری کلاس
quiz-report-col-baseline = بیس لائن
quiz-report-col-end = یونٹ کا آخر
quiz-report-missed-heading = سب سے زیادہ غلط ہونے والے سوال
quiz-report-col-question = سوال
quiz-report-col-missed = غلط
quiz-report-col-not-sure = "پکا نہیں پتا"
quiz-report-missed-of = { $answered } میں سے { $missed }
quiz-report-misconceptions-heading = سب سے عام غلط فہمیاں
quiz-report-col-misconception = غلط فہمی
quiz-report-col-times = کتنی بار
quiz-report-pupils-heading = طلبہ
quiz-report-col-pupil = طالب علم
quiz-report-col-date = تاریخ
quiz-report-col-purpose = مقصد
quiz-report-col-progress = جواب دیے
quiz-report-answered = { $total } میں سے { $done }
quiz-report-in-progress = { $total } میں سے { $done } (جاری ہے)
