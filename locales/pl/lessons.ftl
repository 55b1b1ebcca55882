## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = Moje lekcje
pupil-link-lessons-hint = Historyjki, pytania i gry w sortowanie o bezpieczeństwie w internecie.
teacher-link-curriculum = Plan nauczania
teacher-link-curriculum-hint = Wszystkie lekcje według etapu, rocznika, części semestru i obszaru.

lessons-heading = Moje lekcje
lessons-for-band = Lekcje dla: { $band }, Year { $year }
lessons-none = Nie ma jeszcze lekcji dla twojego rocznika. Zapytaj nauczyciela.
lessons-status-new = Nowa
lessons-status-in-progress = W trakcie
lessons-status-done = Ukończona
lessons-step-of = Krok { $step } z { $total }
lessons-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
lessons-back-to-list = Wróć do moich lekcji
lessons-back-to-me = Wróć do mojej strony
lessons-not-found = Nie udało się znaleźć tej lekcji.

lessons-progress-label = Postęp lekcji
lessons-back = Wstecz
lessons-next = Dalej
lessons-finish = Zakończ
lessons-next-locked-check = Wybierz dobrą odpowiedź, aby przejść dalej.
lessons-next-locked-sort = Przenieś każdą kartę do jakiejś grupy, aby przejść dalej.
lessons-machine-translated = Tłumaczenie maszynowe, jeszcze niesprawdzone. Jeśli coś jest niezrozumiałe, zapytaj nauczyciela.
lessons-discuss-heading = Porozmawiajmy
lessons-discuss-hint = Podziel się swoimi pomysłami z klasą albo z dorosłym.
lessons-sort-heading = Posortuj
lessons-sort-right = Tak! To pasuje do grupy „{ $group }”.
lessons-sort-wrong = Nie całkiem. Pomyśl jeszcze raz i spróbuj drugiej grupy.
lessons-sort-done = Świetne sortowanie! Każda karta jest we właściwej grupie.
lessons-check-heading = Pytanie
lessons-check-right = Dobrze!
lessons-check-try-again = Nie całkiem. Spróbuj jeszcze raz.
lessons-check-why = Dlaczego?
lessons-your-answer-right = Dobra odpowiedź
lessons-your-answer-wrong = Nie ta

lessons-finished-heading = Brawo! Lekcja ukończona.
lessons-score = { $total ->
    [0] W tej lekcji nie było pytań.
   *[other] Dobre odpowiedzi za pierwszym razem: { $right } z { $total }.
}
lessons-learned-heading = Co już wiesz
lessons-tell-heading = Z kim mogę porozmawiać?
lessons-start-again = Zacznij od nowa

curriculum-heading = Plan nauczania
curriculum-intro = Dwanaście lekcji na każdy etap, po jednej na każdą część semestru w cyklu dwuletnim. Jesień to „życzliwie i odpowiedzialnie”, wiosna to „bezpiecznie i pewnie”, lato to „zdrowo”.
curriculum-plan-caption = { $band }: plan dwuletni
curriculum-coverage-caption = { $band }: omówione obszary
curriculum-col-cycle = Rok cyklu
curriculum-col-half-term = Część semestru
curriculum-col-lesson = Lekcja
curriculum-col-years = Roczniki
curriculum-col-strands = Obszary
curriculum-col-rules = Zasady SMART
curriculum-col-strand = Obszar
curriculum-col-lessons = Lekcje
curriculum-col-covered = Omówiony?
curriculum-cycle-year = Rok { $year }
curriculum-covered-yes = Tak
curriculum-covered-no = Jeszcze nie
curriculum-all-covered = Wszystkie 8 obszarów jest omówionych.
curriculum-missing = { $count ->
    [one] 1 obszar nie jest jeszcze omówiony.
    [few] { $count } obszary nie są jeszcze omówione.
    [many] { $count } obszarów nie jest jeszcze omówionych.
   *[other] { $count } obszaru nie jest jeszcze omówione.
}
curriculum-years = Roczniki (Years) { $years }
curriculum-facts-checked = Telefony zaufania i minimalny wiek sprawdzono ostatnio: { $date }.

term-autumn-1 = Jesień 1: życzliwie i odpowiedzialnie
term-autumn-2 = Jesień 2: życzliwie i odpowiedzialnie
term-spring-1 = Wiosna 1: bezpiecznie i pewnie
term-spring-2 = Wiosna 2: bezpiecznie i pewnie
term-summer-1 = Lato 1: zdrowo
term-summer-2 = Lato 2: zdrowo
