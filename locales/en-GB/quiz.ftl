## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = SMART quiz
quiz-link-hint = Answer questions about the five SMART rules
quiz-heading = SMART quiz
quiz-loading = Loading…
quiz-no-pupil = Choose your name first, then you can take the quiz.
quiz-choose-name = Choose my name
quiz-intro = About ten questions about the five SMART rules. If you don't know an answer, tap "I'm not sure". That's fine!
quiz-purpose-line = This quiz is: { $purpose }
quiz-purpose-practice = Practice
quiz-purpose-baseline = Start-of-year baseline
quiz-purpose-end-of-unit = End-of-unit check
quiz-start = Start the quiz
quiz-missing-question = This question is no longer in the quiz. Please ask your teacher.
quiz-progress = Question { $n } of { $total }
quiz-hint-single = Tap one answer.
quiz-hint-multi = Tap every answer you think is right.
quiz-hint-true-false = Is it true or false?
quiz-hint-scenario = Read the story, then tap one answer.
quiz-hint-order = Tap the steps in the right order.
quiz-hint-match = Tap a card on the left, then its partner on the right.
quiz-check = Check my answer
quiz-not-sure = I'm not sure
quiz-your-order = Your order
quiz-your-matches = Your matches
quiz-start-again = Start again
quiz-match-left = Things to match
quiz-match-right = Partners
quiz-matched = { $left } → { $right }
quiz-outcome-right = That's right, well done!
quiz-outcome-partly-right = Partly right. Good thinking!
quiz-outcome-not-yet = Not quite. Here's why.
quiz-outcome-not-sure = That's OK! Here's the answer.
quiz-you-chose = You chose:
quiz-right-answer = Right answer:
quiz-right-order = The right order
quiz-right-pairs = The right pairs
quiz-next = Next question
quiz-see-results = See my results
quiz-results-heading = Your SMART results
quiz-results-summary = { $total ->
    [one] You got { $right } of { $total } question fully right.
   *[other] You got { $right } of { $total } questions fully right.
}
quiz-results-not-sure = { $count ->
    [one] You said "I'm not sure" once. That's fine: it helps us know what to practise.
   *[other] You said "I'm not sure" { $count } times. That's fine: it helps us know what to practise.
}
quiz-level-secure = Secure
quiz-level-developing = Getting there
quiz-level-not-yet = Not yet
quiz-level-none = Not sure yet
quiz-level-key = Key: ● Secure, ◐ Getting there, ○ Not yet, ? Not sure yet
quiz-practise-missed = Practise what I missed
quiz-nothing-missed = Brilliant! Nothing to practise this time.
quiz-finish = Finish

quiz-report-link = SMART quiz results
quiz-report-link-hint = Mastery per rule, most missed questions and misconceptions
quiz-report-heading = SMART quiz results
quiz-report-class = Class
quiz-report-next-purpose = The next quizzes in this class count as
quiz-report-purpose-saved = Saved. Pupils who start a quiz now get this.
quiz-report-filter = Show attempts
quiz-report-filter-all = All attempts
quiz-report-no-class = Choose a class to see its quiz results.
quiz-report-empty = No quiz attempts for this class yet.
quiz-report-summary = { $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
} by { $pupils ->
    [one] 1 pupil.
   *[other] { $pupils } pupils.
}
quiz-report-rules-heading = Mastery per SMART rule
quiz-report-rules-note = Pupil counts use each pupil's latest attempt. The baseline and end-of-unit columns show the class's average score.
quiz-report-col-rule = Rule
quiz-report-col-class = Whole class
quiz-report-col-baseline = Baseline
quiz-report-col-end = End of unit
quiz-report-missed-heading = Questions most often missed
quiz-report-col-question = Question
quiz-report-col-missed = Missed
quiz-report-col-not-sure = "Not sure"
quiz-report-missed-of = { $missed } of { $answered }
quiz-report-misconceptions-heading = Most common misconceptions
quiz-report-col-misconception = Misconception
quiz-report-col-times = Times
quiz-report-pupils-heading = Pupils
quiz-report-col-pupil = Pupil
quiz-report-col-date = Date
quiz-report-col-purpose = Purpose
quiz-report-col-progress = Answered
quiz-report-answered = { $done } of { $total }
quiz-report-in-progress = { $done } of { $total } (in progress)
