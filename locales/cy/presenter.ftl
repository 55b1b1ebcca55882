## Modd cyflwyno (athro ar y bwrdd gwyn)

teacher-link-present = Cyflwyno i'r dosbarth
teacher-link-present-hint = Dangos gwers neu gwis dosbarth ar sgrin lawn ar y bwrdd gwyn.

present-heading = Cyflwyno i'r dosbarth
present-intro = Dewiswch ddosbarth, yna gwers neu gwis dosbarth i'w ddangos ar y bwrdd gwyn. Ni fydd enwau na chofnodion disgyblion yn ymddangos ar y sgrin.
present-class = Dosbarth
present-no-classes = Does dim dosbarthiadau eto. Ychwanegwch ddosbarth yn gyntaf.
present-add-class = Ychwanegu dosbarth
present-lessons-heading = Gwersi ar gyfer { $band }
present-no-lessons = Does dim gwersi ar gyfer y grŵp oedran hwn eto.
present-minutes = { $minutes ->
    [one] Tua 1 munud
   *[other] Tua { $minutes } munud
}
present-start-lesson = Cyflwyno'r wers
present-start-quiz = { $count ->
    [one] Cwis dosbarth (1 cwestiwn)
   *[other] Cwis dosbarth ({ $count } cwestiwn)
}
present-last-delivered = Cyflwynwyd ddiwethaf { $date }
present-delivered-heading = Wedi'u cyflwyno i'r dosbarth hwn
present-delivered-none = Does dim gwersi wedi'u nodi fel rhai a gyflwynwyd i'r dosbarth hwn eto.
present-col-date = Dyddiad
present-col-lesson = Gwers
present-col-minutes = Munudau
present-not-found = Doedd dim modd dod o hyd i'r wers hon.
present-back = Yn ôl i'r ddewislen gyflwyno

present-exit = Gadael y modd cyflwyno
present-fullscreen = Sgrin lawn
present-exit-fullscreen = Gadael y sgrin lawn
present-notes-show = Dangos nodiadau (N)
present-notes-hide = Cuddio nodiadau (N)
present-notes = Nodiadau'r athro
present-hints = Awgrymiadau trafod
present-answer-note = Ateb: { $answer }
present-next-up = Nesaf: { $text }
present-next-end = Dyma'r sleid olaf.
present-audience-open = Agor ffenestr y gynulleidfa
present-audience-blocked = Mae'r porwr wedi rhwystro'r ffenestr newydd. Caniatewch ffenestri naid i ByteSmart, neu cyflwynwch o'r ffenestr hon.
present-audience-on = Mae ffenestr y gynulleidfa ar agor. Symudwch hi i sgrin y bwrdd gwyn; mae'r ffenestr hon yn dangos eich nodiadau a'r cam nesaf.
present-ended = Mae'r cyflwyniad wedi dod i ben. Gallwch gau'r ffenestr hon.
present-close-window = Cau'r ffenestr hon
present-slide = Sleid
present-counter = Sleid { $current } o { $total }
present-progress = Cynnydd drwy'r cyflwyniad
present-nav = Rheolyddion y sleidiau
present-previous = Blaenorol
present-next = Nesaf
present-quiz-title = Cwis dosbarth: { $title }
present-quiz-count = { $count ->
    [one] 1 cwestiwn
   *[other] { $count } cwestiwn
}

present-kind-discuss = Siaradwch amdano
present-kind-question = Cwestiwn
present-kind-sort = Trefnwch nhw
present-sort-reveal = Dangos y grwpiau

present-timer = Amserydd trafod
present-timer-start = Dechrau'r amserydd
present-timer-pause = Oedi'r amserydd
present-timer-reset = Ailosod yr amserydd
present-timer-less = Un munud yn llai
present-timer-more = Un munud yn rhagor
present-timer-up = Mae'r amser ar ben

present-answer-hands = Codi dwylo ar gyfer ateb { $letter }
present-hands-less = Un llaw yn llai ar gyfer ateb { $letter }
present-hands-more = Un llaw arall ar gyfer ateb { $letter }
present-hands-count = { $count ->
    [one] 1 llaw
   *[other] { $count } llaw
}
present-reveal = Datgelu'r ateb
present-correct = Yr ateb cywir

present-finish-learned = Beth ddysgon ni
present-summary-heading = Crynodeb y cwis dosbarth
present-summary-caption = Codi dwylo ar gyfer y dosbarth cyfan. Does dim enwau'n cael eu cofnodi.
present-summary-question = Cwestiwn
present-summary-hands = Dwylo a gyfrifwyd
present-summary-correct = Dwylo ar gyfer yr ateb cywir
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = Heb eu cyfrif
present-mark-delivered = Gorffen a nodi fel wedi'i chyflwyno
present-delivered = { $minutes ->
    [one] Wedi'i gofnodi: cyflwynwyd i { $class } (1 munud).
   *[other] Wedi'i gofnodi: cyflwynwyd i { $class } ({ $minutes } munud).
}
present-no-class = Dewiswch ddosbarth ar y ddewislen gyflwyno i gofnodi bod y wers hon wedi'i chyflwyno.
