## Presenter mode (teacher on the whiteboard)

teacher-link-present = Pokaż klasie
teacher-link-present-hint = Wyświetl lekcję lub quiz klasowy na pełnym ekranie na tablicy.

present-heading = Pokaż klasie
present-intro = Wybierz klasę, a potem lekcję lub quiz klasowy do wyświetlenia na tablicy. Na ekranie nie pojawiają się imiona uczniów ani ich dane.
present-class = Klasa
present-no-classes = Nie ma jeszcze żadnych klas. Najpierw dodaj klasę.
present-add-class = Dodaj klasę
present-lessons-heading = Lekcje dla: { $band }
present-no-lessons = Nie ma jeszcze lekcji dla tej grupy wiekowej.
present-minutes = { $minutes ->
    [one] Około 1 minuty
    [few] Około { $minutes } minut
    [many] Około { $minutes } minut
   *[other] Około { $minutes } minuty
}
present-start-lesson = Pokaż lekcję
present-start-quiz = { $count ->
    [one] Quiz klasowy (1 pytanie)
    [few] Quiz klasowy ({ $count } pytania)
    [many] Quiz klasowy ({ $count } pytań)
   *[other] Quiz klasowy ({ $count } pytania)
}
present-last-delivered = Ostatnio przeprowadzono: { $date }
present-delivered-heading = Lekcje przeprowadzone w tej klasie
present-delivered-none = Żadna lekcja nie została jeszcze oznaczona jako przeprowadzona w tej klasie.
present-col-date = Data
present-col-lesson = Lekcja
present-col-minutes = Minuty
present-not-found = Nie udało się znaleźć tej lekcji.
present-back = Wróć do menu prezentacji

present-exit = Zakończ prezentację
present-fullscreen = Pełny ekran
present-exit-fullscreen = Wyjdź z pełnego ekranu
present-notes-show = Pokaż notatki (N)
present-notes-hide = Ukryj notatki (N)
present-notes = Notatki dla nauczyciela
present-hints = Wskazówki do rozmowy
present-answer-note = Odpowiedź: { $answer }
present-next-up = Dalej: { $text }
present-next-end = To ostatni slajd.
present-audience-open = Otwórz okno dla widowni
present-audience-blocked = Przeglądarka zablokowała nowe okno. Zezwól na wyskakujące okna dla ByteSmart albo prezentuj z tego okna.
present-audience-on = Okno dla widowni jest otwarte. Przenieś je na ekran tablicy; to okno pokazuje twoje notatki i następny krok.
present-ended = Prezentacja się zakończyła. Możesz zamknąć to okno.
present-close-window = Zamknij to okno
present-slide = Slajd
present-counter = Slajd { $current } z { $total }
present-progress = Postęp prezentacji
present-nav = Sterowanie slajdami
present-previous = Poprzedni
present-next = Następny
present-quiz-title = Quiz klasowy: { $title }
present-quiz-count = { $count ->
    [one] 1 pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}

present-kind-discuss = Porozmawiajmy
present-kind-question = Pytanie
present-kind-sort = Posortujmy
present-sort-reveal = Pokaż grupy

present-timer = Minutnik do rozmowy
present-timer-start = Uruchom minutnik
present-timer-pause = Wstrzymaj minutnik
present-timer-reset = Wyzeruj minutnik
present-timer-less = Minuta mniej
present-timer-more = Minuta więcej
present-timer-up = Czas minął

present-answer-hands = Podniesione ręce za odpowiedzią { $letter }
present-hands-less = Jedna ręka mniej za odpowiedzią { $letter }
present-hands-more = Jedna ręka więcej za odpowiedzią { $letter }
present-hands-count = { $count ->
    [one] 1 ręka
    [few] { $count } ręce
    [many] { $count } rąk
   *[other] { $count } ręki
}
present-reveal = Pokaż odpowiedź
present-correct = Dobra odpowiedź

present-finish-learned = Czego się nauczyliśmy
present-summary-heading = Podsumowanie quizu klasowego
present-summary-caption = Głosowanie przez podniesienie rąk w całej klasie. Imiona nie są zapisywane.
present-summary-question = Pytanie
present-summary-hands = Policzone ręce
present-summary-correct = Ręce za dobrą odpowiedzią
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = Nie policzono
present-mark-delivered = Zakończ i oznacz jako przeprowadzoną
present-delivered = { $minutes ->
    [one] Zapisano: lekcja przeprowadzona w klasie { $class } (1 minuta).
    [few] Zapisano: lekcja przeprowadzona w klasie { $class } ({ $minutes } minuty).
    [many] Zapisano: lekcja przeprowadzona w klasie { $class } ({ $minutes } minut).
   *[other] Zapisano: lekcja przeprowadzona w klasie { $class } ({ $minutes } minuty).
}
present-no-class = Wybierz klasę w menu prezentacji, aby zapisać tę lekcję jako przeprowadzoną.
