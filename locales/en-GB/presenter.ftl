## Presenter mode (teacher on the whiteboard)

teacher-link-present = Present to the class
teacher-link-present-hint = Show a lesson or a class quiz full screen on the whiteboard.

present-heading = Present to the class
present-intro = Choose a class, then a lesson or a class quiz to show on the whiteboard. No pupil names or records appear on the screen.
present-class = Class
present-no-classes = There are no classes yet. Add a class first.
present-add-class = Add a class
present-lessons-heading = Lessons for { $band }
present-no-lessons = There are no lessons for this age group yet.
present-minutes = { $minutes ->
    [one] About 1 minute
   *[other] About { $minutes } minutes
}
present-start-lesson = Present lesson
present-start-quiz = { $count ->
    [one] Class quiz (1 question)
   *[other] Class quiz ({ $count } questions)
}
present-last-delivered = Last delivered { $date }
present-delivered-heading = Delivered to this class
present-delivered-none = No lessons have been marked as delivered to this class yet.
present-col-date = Date
present-col-lesson = Lesson
present-col-minutes = Minutes
present-not-found = This lesson could not be found.
present-back = Back to the presenter menu

present-exit = Exit presenter
present-fullscreen = Full screen
present-exit-fullscreen = Exit full screen
present-notes-show = Show notes (N)
present-notes-hide = Hide notes (N)
present-notes = Teacher notes
present-hints = Discussion hints
present-answer-note = Answer: { $answer }
present-next-up = Next: { $text }
present-next-end = This is the last slide.
present-audience-open = Open audience window
present-audience-blocked = The browser blocked the new window. Allow pop-ups for ByteSmart, or present from this window.
present-audience-on = The audience window is open. Move it to the whiteboard screen; this window shows your notes and the next step.
present-ended = The presentation has ended. You can close this window.
present-close-window = Close this window
present-slide = Slide
present-counter = Slide { $current } of { $total }
present-progress = Progress through the presentation
present-nav = Slide controls
present-previous = Previous
present-next = Next
present-quiz-title = Class quiz: { $title }
present-quiz-count = { $count ->
    [one] 1 question
   *[other] { $count } questions
}

present-kind-discuss = Talk about it
present-kind-question = Question
present-kind-sort = Sort it out
present-sort-reveal = Show the groups

present-timer = Discussion timer
present-timer-start = Start timer
present-timer-pause = Pause timer
present-timer-reset = Reset timer
present-timer-less = One minute less
present-timer-more = One minute more
present-timer-up = Time is up

present-answer-hands = Show of hands for answer { $letter }
present-hands-less = One hand fewer for answer { $letter }
present-hands-more = One more hand for answer { $letter }
present-hands-count = { $count ->
    [one] 1 hand
   *[other] { $count } hands
}
present-reveal = Reveal the answer
present-correct = Correct answer

present-finish-learned = What we learned
present-summary-heading = Class quiz summary
present-summary-caption = Show of hands for the whole class. No names are recorded.
present-summary-question = Question
present-summary-hands = Hands counted
present-summary-correct = Hands for the correct answer
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = Not counted
present-mark-delivered = Finish and mark as delivered
present-delivered = { $minutes ->
    [one] Recorded: delivered to { $class } (1 minute).
   *[other] Recorded: delivered to { $class } ({ $minutes } minutes).
}
present-no-class = Choose a class on the presenter menu to record this lesson as delivered.
