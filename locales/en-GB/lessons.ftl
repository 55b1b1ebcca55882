## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = My lessons
pupil-link-lessons-hint = Stories, questions and sorting games about staying safe online.
teacher-link-curriculum = Curriculum map
teacher-link-curriculum-hint = Every lesson by band, year, half-term and strand.

lessons-heading = My lessons
lessons-for-band = Lessons for { $band }, Year { $year }
lessons-none = There are no lessons for your year yet. Ask your teacher.
lessons-status-new = New
lessons-status-in-progress = In progress
lessons-status-done = Done
lessons-step-of = Step { $step } of { $total }
lessons-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lessons-back-to-list = Back to my lessons
lessons-back-to-me = Back to my page
lessons-not-found = We could not find that lesson.

lessons-progress-label = Lesson progress
lessons-back = Back
lessons-next = Next
lessons-finish = Finish
lessons-next-locked-check = Choose the right answer to carry on.
lessons-next-locked-sort = Put every card in a group to carry on.
lessons-machine-translated = Machine translation, not yet reviewed. Ask your teacher if something does not make sense.
lessons-discuss-heading = Talk about it
lessons-discuss-hint = Share your ideas with your class or a grown-up.
lessons-sort-heading = Sort it
lessons-sort-right = Yes! That goes in “{ $group }”.
lessons-sort-wrong = Not quite. Think again and try the other group.
lessons-sort-done = Great sorting! Every card is in the right group.
lessons-check-heading = Question
lessons-check-right = That's right!
lessons-check-try-again = Not quite. Have another go.
lessons-check-why = Why?
lessons-your-answer-right = Right answer
lessons-your-answer-wrong = Not this one

lessons-finished-heading = Well done! You finished the lesson.
lessons-score = { $total ->
    [0] There were no questions in this lesson.
   *[other] You got { $right } out of { $total } questions right first time.
}
lessons-learned-heading = What you learned
lessons-tell-heading = Who can I talk to?
lessons-start-again = Start again

curriculum-heading = Curriculum map
curriculum-intro = Twelve lessons per band, one for each half-term over a two-year cycle. Autumn is “kind and responsible”, spring is “safe and secure”, summer is “healthy”.
curriculum-plan-caption = { $band }: two-year plan
curriculum-coverage-caption = { $band }: strands covered
curriculum-col-cycle = Cycle year
curriculum-col-half-term = Half-term
curriculum-col-lesson = Lesson
curriculum-col-years = Year groups
curriculum-col-strands = Strands
curriculum-col-rules = SMART rules
curriculum-col-strand = Strand
curriculum-col-lessons = Lessons
curriculum-col-covered = Covered?
curriculum-cycle-year = Year { $year }
curriculum-covered-yes = Yes
curriculum-covered-no = Not yet
curriculum-all-covered = All 8 strands are covered.
curriculum-missing = { $count ->
    [one] 1 strand is not covered yet.
   *[other] { $count } strands are not covered yet.
}
curriculum-years = Years { $years }
curriculum-facts-checked = Helplines and minimum ages were last checked on { $date }.

term-autumn-1 = Autumn 1: kind and responsible
term-autumn-2 = Autumn 2: kind and responsible
term-spring-1 = Spring 1: safe and secure
term-spring-2 = Spring 2: safe and secure
term-summer-1 = Summer 1: healthy
term-summer-2 = Summer 2: healthy
