## Presenter mode (teacher on the whiteboard)

teacher-link-present = Prezentați în fața clasei
teacher-link-present-hint = Afișați o lecție sau un test pentru clasă pe tot ecranul tablei interactive.

present-heading = Prezentați în fața clasei
present-intro = Alegeți o clasă, apoi o lecție sau un test pentru clasă pe care să le afișați pe tabla interactivă. Pe ecran nu apar nume de elevi sau date despre ei.
present-class = Clasa
present-no-classes = Încă nu există clase. Adăugați mai întâi o clasă.
present-add-class = Adăugați o clasă
present-lessons-heading = Lecții pentru { $band }
present-no-lessons = Încă nu există lecții pentru această grupă de vârstă.
present-minutes = { $minutes ->
    [one] Cam un minut
    [few] Cam { $minutes } minute
   *[other] Cam { $minutes } de minute
}
present-start-lesson = Prezintă lecția
present-start-quiz = { $count ->
    [one] Test pentru clasă (o întrebare)
    [few] Test pentru clasă ({ $count } întrebări)
   *[other] Test pentru clasă ({ $count } de întrebări)
}
present-last-delivered = Ultima dată predată: { $date }
present-delivered-heading = Predate acestei clase
present-delivered-none = Încă nicio lecție nu a fost marcată ca predată acestei clase.
present-col-date = Data
present-col-lesson = Lecția
present-col-minutes = Minute
present-not-found = Această lecție nu a fost găsită.
present-back = Înapoi la meniul de prezentare

present-exit = Ieși din prezentare
present-fullscreen = Ecran complet
present-exit-fullscreen = Ieși din ecranul complet
present-notes-show = Arată notițele (N)
present-notes-hide = Ascunde notițele (N)
present-notes = Notițe pentru profesor
present-hints = Idei pentru discuție
present-answer-note = Răspuns: { $answer }
present-next-up = Urmează: { $text }
present-next-end = Acesta este ultimul diapozitiv.
present-audience-open = Deschide fereastra pentru clasă
present-audience-blocked = Browserul a blocat fereastra nouă. Permiteți ferestrele pop-up pentru ByteSmart sau prezentați din această fereastră.
present-audience-on = Fereastra pentru clasă este deschisă. Mutați-o pe ecranul tablei interactive; această fereastră vă arată notițele și pasul următor.
present-ended = Prezentarea s-a încheiat. Puteți închide această fereastră.
present-close-window = Închide această fereastră
present-slide = Diapozitiv
present-counter = Diapozitivul { $current } din { $total }
present-progress = Cât s-a parcurs din prezentare
present-nav = Comenzi pentru diapozitive
present-previous = Înapoi
present-next = Înainte
present-quiz-title = Test pentru clasă: { $title }
present-quiz-count = { $count ->
    [one] O întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}

present-kind-discuss = Hai să vorbim
present-kind-question = Întrebare
present-kind-sort = Sortează
present-sort-reveal = Arată grupurile

present-timer = Cronometru pentru discuție
present-timer-start = Pornește cronometrul
present-timer-pause = Pune pauză cronometrului
present-timer-reset = Resetează cronometrul
present-timer-less = Un minut mai puțin
present-timer-more = Un minut în plus
present-timer-up = Timpul a expirat

present-answer-hands = Mâini ridicate pentru răspunsul { $letter }
present-hands-less = O mână mai puțin pentru răspunsul { $letter }
present-hands-more = Încă o mână pentru răspunsul { $letter }
present-hands-count = { $count ->
    [one] O mână
    [few] { $count } mâini
   *[other] { $count } de mâini
}
present-reveal = Arată răspunsul
present-correct = Răspunsul corect

present-finish-learned = Ce am învățat
present-summary-heading = Rezumatul testului pentru clasă
present-summary-caption = Mâini ridicate pentru toată clasa. Nu se înregistrează niciun nume.
present-summary-question = Întrebarea
present-summary-hands = Mâini numărate
present-summary-correct = Mâini pentru răspunsul corect
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = Nenumărat
present-mark-delivered = Termină și marchează ca predată
present-delivered = { $minutes ->
    [one] S-a înregistrat: predată clasei { $class } (un minut).
    [few] S-a înregistrat: predată clasei { $class } ({ $minutes } minute).
   *[other] S-a înregistrat: predată clasei { $class } ({ $minutes } de minute).
}
present-no-class = Alegeți o clasă din meniul de prezentare ca să înregistrați această lecție ca predată.
