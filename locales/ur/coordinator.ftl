# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = اسکول کا ڈیش بورڈ
coord-link-dashboard-hint = سبق مکمل ہونا، دستخط، موضوعات اور SMART اسکور، پرنٹ ہونے والی رپورٹ کے ساتھ
coord-link-export = ریکارڈ ایکسپورٹ کریں
coord-link-export-hint = خفیہ (انکرپٹڈ) بنڈل، اسپریڈشیٹ (CSV) یا مکمل ڈیٹا (JSON)
coord-link-import = ٹیبلٹس سے امپورٹ کریں
coord-link-import-hint = ہر ٹیبلٹ کے ریکارڈ اس ڈیوائس پر اکٹھے کریں
coord-link-retention = پرانے ریکارڈ مٹائیں
coord-link-retention-hint = اسکول چھوڑنے والے طالب علم یا گزرے ہوئے تعلیمی سال کے ریکارڈ ہٹائیں، رسید کے ساتھ

export-heading = ریکارڈ ایکسپورٹ کریں
export-explain = اس ڈیوائس کے ہر ریکارڈ کی کاپی بنائیں: بیک اپ کے لیے، کوآرڈینیٹر کی ڈیوائس کے لیے یا اسکول کے سسٹم کے لیے۔
export-bundle-heading = خفیہ (انکرپٹڈ) بنڈل (تجویز کردہ)
export-bundle-explain = AES-256 سے لاک کی ہوئی ZIP فائل۔ اس میں مکمل ریکارڈ، دو اسپریڈشیٹس اور دستخط ہوتے ہیں۔ 7-Zip اور ByteSmart اسے پاس فریز سے کھولتے ہیں۔
export-pass-label = اس بنڈل کا پاس فریز
export-pass-hint = کم سے کم 12 حروف۔ تین یا چار الگ الگ بے تعلق الفاظ اچھے رہتے ہیں۔ یہ کہیں محفوظ نہیں ہوتا: فائل کھولنے والے کو خود مل کر یا فون پر بتائیں، اسی ای میل میں نہیں۔
export-pass-strength = پاس فریز کتنا مضبوط ہے
export-strength-0 = بہت کمزور
export-strength-1 = کمزور
export-strength-2 = ٹھیک ٹھاک
export-strength-3 = اچھا
export-strength-4 = مضبوط
export-pass-too-short = کم سے کم 12 حروف استعمال کریں۔
export-pass-too-simple = مختلف قسم کے حروف ملائیں، یا تین یا زیادہ الفاظ استعمال کریں۔
export-pass-repetitive = بار بار آنے والے حروف اور "abcd" یا "1234" جیسی ترتیب سے بچیں۔
export-pass-common = یہ ایک عام مشہور پاس ورڈ ہے: کچھ اور چنیں۔
export-pass-not-strong = پہلے زیادہ مضبوط پاس فریز چنیں۔
export-bundle-button = خفیہ بنڈل ڈاؤن لوڈ کریں
export-plain-heading = غیر خفیہ (بغیر انکرپشن) فائلیں
export-plain-warning = ان فائلوں میں طلبہ کا ذاتی ڈیٹا بغیر انکرپشن کے ہوتا ہے۔ انہیں صرف اسکول کے سسٹم پر رکھیں۔
export-csv-button = طلبہ کی اسپریڈشیٹ ڈاؤن لوڈ کریں (CSV)
export-events-button = واقعات کا ریکارڈ (لاگ) ڈاؤن لوڈ کریں (CSV)
export-json-button = مکمل ریکارڈ ڈاؤن لوڈ کریں (JSON)
export-done = { $file } محفوظ ہو گئی۔

import-heading = ٹیبلٹس سے امپورٹ کریں
import-explain = اسکول کی دوسری ڈیوائسز سے ایکسپورٹ کیے گئے بنڈل یا JSON فائلیں چنیں۔ ہر فائل پہلے چیک ہوتی ہے؛ جو فائل ناکام ہو وہ پوری کی پوری رد کر دی جاتی ہے اور کچھ نہیں بدلتا۔
import-pass-label = بنڈلز کا پاس فریز
import-files-label = امپورٹ کرنے کے لیے فائلیں چنیں
import-drop-hint = یا فائلیں یہاں لا کر چھوڑ دیں۔
import-progress-label = چیک ہو چکی فائلیں
import-progress = { $total } میں سے { $done } فائلیں چیک ہو گئیں
import-summary-heading = امپورٹ مکمل ہو گیا
import-new-pupils = { $count ->
    [one] 1 نیا طالب علم
   *[other] { $count } نئے طلبہ
}
import-updated-progress = { $count ->
    [one] سبق کا 1 ریکارڈ نیا یا آگے بڑھا ہوا
   *[other] سبق کے { $count } ریکارڈ نئے یا آگے بڑھے ہوئے
}
import-new-attempts = { $count ->
    [one] کوئز کی 1 نئی کوشش
   *[other] کوئز کی { $count } نئی کوششیں
}
import-new-signatures = { $count ->
    [one] 1 نیا دستخط
   *[other] { $count } نئے دستخط
}
import-conflicts = { $count ->
    [one] 1 ریکارڈ ڈیوائسز کے درمیان مختلف تھا اور اسے حل کر دیا گیا
   *[other] { $count } ریکارڈ ڈیوائسز کے درمیان مختلف تھے اور انہیں حل کر دیا گیا
}
import-refused-heading = رد کی گئی فائلیں
import-refused-nothing-changed = ان فائلوں سے کچھ بھی شامل نہیں کیا گیا۔
import-refused-corrupt = یہ ByteSmart کا ایکسپورٹ نہیں ہے، یا خراب ہے۔
import-refused-truncated = فائل نامکمل ہے (کاپی یا ڈاؤن لوڈ بیچ میں رک گیا)۔
import-refused-passphrase = اس پاس فریز سے یہ بنڈل نہیں کھلتا۔
import-refused-tampered = بنڈل بننے کے بعد اس میں تبدیلی کی گئی ہے۔
import-refused-passphrase-needed = یہ بنڈل خفیہ (انکرپٹڈ) ہے: پہلے اس کا پاس فریز لکھیں۔
import-refused-other-school = یہ ریکارڈ کسی اور اسکول ({ $school }) کے ہیں۔
import-refused-future = ByteSmart کے نئے ورژن (فارمیٹ { $version }) سے بنایا گیا ہے: پہلے اس ڈیوائس کو اپ ڈیٹ کریں۔
import-refused-unreadable = یہ فائل پڑھی نہیں جا سکی۔
import-uncertain-heading = کیا یہ وہی طالب علم ہے؟
import-uncertain-explain = ان طلبہ کا نام اور کلاس ایک جیسی ہے، لیکن انہیں الگ پہچاننے کے لیے داخلہ نمبر نہیں ہے۔
import-uncertain-item = { $name } کے دو ریکارڈ
import-uncertain-same = وہی طالب علم: ریکارڈ ملا دیں
import-uncertain-different = الگ الگ طلبہ: الگ رکھیں

dash-heading = اسکول کا ڈیش بورڈ
dash-print = گورنرز کی رپورٹ پرنٹ کریں
dash-report-for = { $school }، تعلیمی سال { $year }۔ رپورٹ { $date } کو پرنٹ ہوئی۔
dash-no-data = اس ڈیوائس پر ابھی کوئی ریکارڈ نہیں۔
dash-school-heading = پورا اسکول
dash-pupils = طلبہ
dash-lessons-completed = مکمل کیے گئے سبق
dash-signed = جن طلبہ نے اس سال کے AUP (استعمال کے معاہدے) پر دستخط کیے
dash-cosigned = جن والدین یا سرپرستوں نے ساتھ دستخط کیے
dash-of = { $whole } میں سے { $part } ({ $percent }%)
dash-classes-heading = کلاسیں
dash-completion-chart = ہر کلاس میں سبق کی تکمیل
dash-completion-chart-desc = بار چارٹ: ہر کلاس میں دستیاب سبقوں میں سے کتنے فیصد مکمل ہوئے۔ یہی اعداد ٹیبل میں بھی ہیں۔
dash-classes-caption = ہر کلاس میں تکمیل اور AUP کی صورتحال
dash-col-class = کلاس
dash-col-pupils = طلبہ
dash-col-completion = تکمیل
dash-col-signed = دستخط ہو گئے
dash-col-cosigned = ساتھ دستخط ہو گئے
dash-col-due = دستخط باقی
dash-mastery-heading = SMART اصول: سال کا شروع اور اب
dash-mastery-chart = ہر اصول پر SMART کوئز کے تازہ ترین اسکور
dash-mastery-chart-desc = بار چارٹ: ہر SMART اصول پر اوسط تازہ ترین اسکور۔ ٹیبل اس کا بیس لائن سے موازنہ کرتا ہے۔
dash-mastery-caption = ہر اصول پر اوسط اسکور، بیس لائن اور تازہ ترین
dash-col-rule = اصول
dash-col-baseline = بیس لائن
dash-col-latest = تازہ ترین
dash-none = کوئی ڈیٹا نہیں
dash-strands-heading = پڑھائے گئے موضوعات
dash-strands-caption = Education for a Connected World کے موضوعات جو ہر ایئر گروپ کو پڑھائے گئے (طلبہ کے سبق اور کلاس کے سبق)
dash-col-strand = موضوع
dash-year = ایئر { $year }
dash-taught = پڑھایا گیا
dash-not-taught = ابھی نہیں
dash-chase-heading = یاد دہانی کی فہرست
dash-chase-none = ہر طالب علم نے دستخط کر دیے ہیں اور ہر والدین یا سرپرست نے ساتھ دستخط کر دیے ہیں۔
dash-chase-caption = وہ طلبہ جن کے اس سال دستخط یا ساتھ دستخط باقی ہیں
dash-col-pupil = طالب علم
dash-col-missing = باقی
dash-missing-signature = طالب علم کے دستخط
dash-missing-cosignature = والدین یا سرپرست کے ساتھ دستخط

retention-heading = پرانے ریکارڈ مٹائیں
retention-policy = اسکول ریکارڈ { $years ->
    [one] 1 تعلیمی سال
   *[other] { $years } تعلیمی سال
} تک رکھتا ہے۔ اسکول چھوڑ جانے والے طالب علم، یا گزرے ہوئے پورے سال کے ریکارڈ مٹائیں۔
retention-pupil-heading = اسکول چھوڑ جانے والا طالب علم
retention-pupil-label = طالب علم
retention-pupil-none = طالب علم چنیں
retention-pupil-button = اس طالب علم کے ریکارڈ مٹائیں
retention-choose-pupil = پہلے طالب علم چنیں۔
retention-year-heading = گزرا ہوا تعلیمی سال
retention-year-label = تعلیمی سال
retention-year-none = سال چنیں
retention-year-button = اس سال کے ریکارڈ مٹائیں
retention-choose-year = پہلے سال چنیں۔
retention-not-past = صرف گزرے ہوئے تعلیمی سال ہی مٹائے جا سکتے ہیں۔
retention-confirm-pupil = اس ڈیوائس سے { $name } کا ہر ریکارڈ مٹا دیں؟
retention-confirm-year = اس ڈیوائس سے تعلیمی سال { $year } کے ریکارڈ مٹا دیں؟
retention-counts = اس سے یہ مٹ جائیں گے: { $pupils } طلبہ، سبق کے { $progress } ریکارڈ، کوئز کی { $attempts } کوششیں، { $signatures } دستخط، { $cosignatures } ساتھ دستخط، { $deliveries } کلاس کے سبق، { $classes } کلاسیں۔
retention-cannot-undo = یہ واپس نہیں ہو سکتا۔ اگر بعد میں ضرورت پڑ سکتی ہے تو پہلے بیک اپ ایکسپورٹ کر لیں۔
retention-confirm-button = ہاں، مٹا دیں
retention-done = مٹا دیا گیا۔ { $what } ایک رسید محفوظ کر لی گئی ہے۔
retention-receipts-heading = مٹانے کی رسیدیں
retention-receipt = { $date }، از { $role }: { $summary }

coord-link-sheets = دستخط شدہ AUP شیٹس
coord-link-sheets-hint = ہر طالب علم کا دستخط شدہ معاہدہ پرنٹ کریں، ایک وقت میں پوری کلاس
sheets-heading = دستخط شدہ AUP شیٹس
sheets-print = یہ شیٹس پرنٹ کریں
sheets-explain = ہر طالب علم کے لیے ایک صفحہ: وعدے بالکل ویسے جیسے دستخط ہوئے، دونوں دستخط، تاریخیں اور متن کا ورژن۔
sheets-class = کلاس
sheets-pupil = طالب علم
sheets-whole-class = پوری کلاس
sheets-none = اس کلاس میں کوئی طالب علم نہیں۔
sheets-pupil-heading = آن لائن حفاظت کا دستخط شدہ معاہدہ: { $name }
sheets-class-line = کلاس: { $class }
sheets-not-signed = طالب علم نے ابھی معاہدے پر دستخط نہیں کیے۔
sheets-not-cosigned = ابھی کسی والدین یا سرپرست نے دستخط نہیں کیے۔
sheets-text-unknown = جس متن پر دستخط ہوئے وہ اس ڈیوائس پر محفوظ نہیں۔ نیچے دیا گیا ورژن کوڈ اس کی شناخت کرتا ہے۔
sheets-pupil-signed-heading = طالب علم کے دستخط
sheets-parent-signed-heading = والدین یا سرپرست کے دستخط
sheets-pupil-signature-label = { $name } کے دستخط
sheets-parent-signature-label = { $name } کے دستخط، والدین یا سرپرست
sheets-typed-name = لکھا ہوا نام
sheets-date = تاریخ
sheets-year = تعلیمی سال
sheets-hash = متن کا ورژن کوڈ
sheets-parent-name = نام
sheets-relationship = رشتہ
sheets-where = کہاں
sheets-in-class = اسکول میں، کلاس کے ٹیبلیٹ پر
sheets-at-home = گھر پر، خط سے
sheets-other-text = والدین یا سرپرست نے متن کے اس ورژن سے مختلف ورژن پر دستخط کیے جس پر طالب علم نے دستخط کیے تھے۔
class-sheets-link = دستخط شدہ AUP شیٹس پرنٹ کریں
dash-range-heading = رپورٹ کی مدت
dash-range-from = سے
dash-range-to = تک
dash-range-reset = یہ تعلیمی سال
dash-range-line = مدت: { $from } سے { $to } تک (دونوں دن شامل)۔
dash-letters-explain = یاد دہانی کی فہرست میں ہر اس والدین یا سرپرست کے لیے خط پرنٹ کریں جس نے ابھی دستخط نہیں کیے۔
dash-letters-language = خطوط کی زبان
dash-letters-print = یاد دہانی کی فہرست کے خطوط پرنٹ کریں
dash-letters-close = خطوط بند کریں
dash-letters-none = یاد دہانی کی فہرست کے تمام والدین یا سرپرست دستخط کر چکے ہیں، اس لیے پرنٹ کرنے کو کوئی خط نہیں۔
coord-keep-heading = ریکارڈ رکھنا
coord-keep-period = اسکول ریکارڈ { $years ->
    [one] 1 تعلیمی سال
   *[other] { $years } تعلیمی سال
} تک رکھتا ہے: یہ ڈیوائس { $oldest } سے آگے کے ریکارڈ رکھتی ہے۔
coord-keep-label = ریکارڈ رکھنے کی مدت
coord-keep-option = { $years ->
    [one] 1 تعلیمی سال
   *[other] { $years } تعلیمی سال
}
coord-keep-nudge = { $count ->
    [one] اس ڈیوائس پر 1 ریکارڈ اسکول کی مدت سے پرانا ہے ({ $before } سے پہلے کا)۔
   *[other] اس ڈیوائس پر { $count } ریکارڈ اسکول کی مدت سے پرانے ہیں ({ $before } سے پہلے کے)۔
}
coord-keep-nudge-years = حذف کرنے کے تعلیمی سال: { $years }۔
coord-keep-nudge-link = پرانے ریکارڈ حذف کرنے جائیں
export-share = شیئر کریں
export-share-bundle = خفیہ کردہ بنڈل شیئر کریں
export-share-csv = طلبہ کی اسپریڈشیٹ (CSV) شیئر کریں
export-share-events = واقعات کا لاگ (CSV) شیئر کریں
export-share-json = مکمل ریکارڈ (JSON) شیئر کریں
export-shared = { $file } شیئر ہو گئی۔
export-share-ready = { $file } تیار ہے۔ بھیجنے کے لیے شیئر کریں پر ٹیپ کریں۔
