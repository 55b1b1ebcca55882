## Presenter mode (teacher on the whiteboard)

teacher-link-present = کلاس کے سامنے پیش کریں
teacher-link-present-hint = وائٹ بورڈ پر پوری اسکرین پر سبق یا کلاس کوئز دکھائیں۔

present-heading = کلاس کے سامنے پیش کریں
present-intro = ایک کلاس چنیں، پھر وائٹ بورڈ پر دکھانے کے لیے سبق یا کلاس کوئز چنیں۔ اسکرین پر کسی طالب علم کا نام یا ریکارڈ نظر نہیں آتا۔
present-class = کلاس
present-no-classes = ابھی کوئی کلاس نہیں ہے۔ پہلے ایک کلاس بنائیں۔
present-add-class = کلاس بنائیں
present-lessons-heading = { $band } کے سبق
present-no-lessons = اس عمر کے گروپ کے لیے ابھی کوئی سبق نہیں ہے۔
present-minutes = { $minutes ->
    [one] تقریباً 1 منٹ
   *[other] تقریباً { $minutes } منٹ
}
present-start-lesson = سبق پیش کریں
present-start-quiz = { $count ->
    [one] کلاس کوئز (1 سوال)
   *[other] کلاس کوئز ({ $count } سوال)
}
present-last-delivered = آخری بار پڑھایا گیا: { $date }
present-delivered-heading = اس کلاس کو پڑھائے گئے سبق
present-delivered-none = ابھی اس کلاس کے لیے کسی سبق پر "پڑھایا گیا" کا نشان نہیں لگا۔
present-col-date = تاریخ
present-col-lesson = سبق
present-col-minutes = منٹ
present-not-found = یہ سبق نہیں مل سکا۔
present-back = واپس پیش کرنے والے مینو پر

present-exit = پیش کرنا بند کریں
present-fullscreen = پوری اسکرین
present-exit-fullscreen = پوری اسکرین سے باہر آئیں
present-notes-show = نوٹس دکھائیں (N)
present-notes-hide = نوٹس چھپائیں (N)
present-notes = استاد کے نوٹس
present-hints = بات چیت کے لیے اشارے
present-answer-note = جواب: { $answer }
present-next-up = اگلا: { $text }
present-next-end = یہ آخری سلائیڈ ہے۔
present-audience-open = حاضرین والی ونڈو کھولیں
present-audience-blocked = براؤزر نے نئی ونڈو روک دی۔ ByteSmart کے لیے پاپ اپ کی اجازت دیں، یا اسی ونڈو سے پیش کریں۔
present-audience-on = حاضرین والی ونڈو کھل گئی ہے۔ اسے وائٹ بورڈ والی اسکرین پر لے جائیں؛ یہ ونڈو آپ کے نوٹس اور اگلا قدم دکھاتی ہے۔
present-ended = پیشکش ختم ہو گئی ہے۔ آپ یہ ونڈو بند کر سکتے ہیں۔
present-close-window = یہ ونڈو بند کریں
present-slide = سلائیڈ
present-counter = سلائیڈ { $current } (کل { $total })
present-progress = پیشکش میں پیش رفت
present-nav = سلائیڈ کے کنٹرول
present-previous = پچھلی
present-next = اگلی
present-quiz-title = کلاس کوئز: { $title }
present-quiz-count = { $count ->
    [one] 1 سوال
   *[other] { $count } سوال
}

present-kind-discuss = اس پر بات کریں
present-kind-question = سوال
present-kind-sort = چھانٹیں
present-sort-reveal = گروپ دکھائیں

present-timer = بات چیت کا ٹائمر
present-timer-start = ٹائمر شروع کریں
present-timer-pause = ٹائمر روکیں
present-timer-reset = ٹائمر دوبارہ شروع سے
present-timer-less = ایک منٹ کم
present-timer-more = ایک منٹ زیادہ
present-timer-up = وقت ختم

present-answer-hands = جواب { $letter } کے لیے اٹھے ہوئے ہاتھ
present-hands-less = جواب { $letter } کے لیے ایک ہاتھ کم
present-hands-more = جواب { $letter } کے لیے ایک ہاتھ زیادہ
present-hands-count = { $count ->
    [one] 1 ہاتھ
   *[other] { $count } ہاتھ
}
present-reveal = جواب دکھائیں
present-correct = صحیح جواب

present-finish-learned = ہم نے کیا سیکھا
present-summary-heading = کلاس کوئز کا خلاصہ
present-summary-caption = پوری کلاس کے اٹھے ہوئے ہاتھ۔ کسی کا نام درج نہیں ہوتا۔
present-summary-question = سوال
present-summary-hands = گنے گئے ہاتھ
present-summary-correct = صحیح جواب کے لیے ہاتھ
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = گنے نہیں گئے
present-mark-delivered = ختم کریں اور "پڑھایا گیا" کا نشان لگائیں
present-delivered = { $minutes ->
    [one] درج ہو گیا: { $class } کو پڑھایا گیا (1 منٹ)۔
   *[other] درج ہو گیا: { $class } کو پڑھایا گیا ({ $minutes } منٹ)۔
}
present-no-class = اس سبق کو "پڑھایا گیا" درج کرنے کے لیے پیش کرنے والے مینو پر ایک کلاس چنیں۔
