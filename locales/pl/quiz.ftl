## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = Quiz SMART
quiz-link-hint = Odpowiedz na pytania o pięć zasad SMART
quiz-heading = Quiz SMART
quiz-loading = Ładowanie…
quiz-no-pupil = Najpierw wybierz swoje imię, potem możesz rozwiązać quiz.
quiz-choose-name = Wybierz moje imię
quiz-intro = Około dziesięciu pytań o pięć zasad SMART. Jeśli nie znasz odpowiedzi, dotknij „Nie wiem na pewno”. To nic złego!
quiz-purpose-line = Ten quiz to: { $purpose }
quiz-purpose-practice = Ćwiczenie
quiz-purpose-baseline = Sprawdzenie na początek roku
quiz-purpose-end-of-unit = Sprawdzenie na koniec działu
quiz-start = Zacznij quiz
quiz-missing-question = Tego pytania nie ma już w quizie. Zapytaj nauczyciela.
quiz-progress = Pytanie { $n } z { $total }
quiz-hint-single = Dotknij jednej odpowiedzi.
quiz-hint-multi = Dotknij każdej odpowiedzi, która według ciebie jest dobra.
quiz-hint-true-false = Prawda czy fałsz?
quiz-hint-scenario = Przeczytaj historyjkę, potem dotknij jednej odpowiedzi.
quiz-hint-order = Dotykaj kroków we właściwej kolejności.
quiz-hint-match = Dotknij karty po lewej, a potem jej pary po prawej.
quiz-check = Sprawdź moją odpowiedź
quiz-not-sure = Nie wiem na pewno
quiz-your-order = Twoja kolejność
quiz-your-matches = Twoje pary
quiz-start-again = Zacznij od nowa
quiz-match-left = Do dopasowania
quiz-match-right = Pary
quiz-matched = { $left } → { $right }
quiz-outcome-right = Dobrze, brawo!
quiz-outcome-partly-right = Częściowo dobrze. Dobre myślenie!
quiz-outcome-not-yet = Nie całkiem. Oto dlaczego.
quiz-outcome-not-sure = Nic nie szkodzi! Oto odpowiedź.
quiz-you-chose = Twój wybór:
quiz-right-answer = Dobra odpowiedź:
quiz-right-order = Właściwa kolejność
quiz-right-pairs = Właściwe pary
quiz-next = Następne pytanie
quiz-see-results = Zobacz moje wyniki
quiz-results-heading = Twoje wyniki SMART
quiz-results-summary = W pełni dobre odpowiedzi: { $right } z { $total }.
quiz-results-not-sure = { $count ->
    [one] Raz odpowiedź brzmiała „Nie wiem na pewno”. To nic złego: dzięki temu wiemy, co warto poćwiczyć.
    [few] { $count } razy odpowiedź brzmiała „Nie wiem na pewno”. To nic złego: dzięki temu wiemy, co warto poćwiczyć.
    [many] { $count } razy odpowiedź brzmiała „Nie wiem na pewno”. To nic złego: dzięki temu wiemy, co warto poćwiczyć.
   *[other] { $count } razy odpowiedź brzmiała „Nie wiem na pewno”. To nic złego: dzięki temu wiemy, co warto poćwiczyć.
}
quiz-level-secure = Opanowane
quiz-level-developing = Coraz lepiej
quiz-level-not-yet = Jeszcze nie
quiz-level-none = Jeszcze nie wiadomo
quiz-level-key = Legenda: ● Opanowane, ◐ Coraz lepiej, ○ Jeszcze nie, ? Jeszcze nie wiadomo
quiz-practise-missed = Poćwicz to, co mi nie wyszło
quiz-nothing-missed = Wspaniale! Tym razem nie ma nic do poćwiczenia.
quiz-finish = Zakończ

quiz-report-link = Wyniki quizu SMART
quiz-report-link-hint = Opanowanie każdej zasady, najczęściej mylone pytania i błędne przekonania
quiz-report-heading = Wyniki quizu SMART
quiz-report-class = Klasa
quiz-report-next-purpose = Następne quizy w tej klasie liczą się jako
quiz-report-purpose-saved = Zapisano. Uczniowie, którzy zaczną quiz teraz, dostaną ten rodzaj.
quiz-report-filter = Pokaż podejścia
quiz-report-filter-all = Wszystkie podejścia
quiz-report-no-class = Wybierz klasę, aby zobaczyć jej wyniki quizu.
quiz-report-empty = W tej klasie nie ma jeszcze podejść do quizu.
quiz-report-summary = { $attempts ->
    [one] 1 podejście
    [few] { $attempts } podejścia
    [many] { $attempts } podejść
   *[other] { $attempts } podejścia
}, { $pupils ->
    [one] 1 uczeń.
    [few] { $pupils } uczniów.
    [many] { $pupils } uczniów.
   *[other] { $pupils } ucznia.
}
quiz-report-rules-heading = Opanowanie każdej zasady SMART
quiz-report-rules-note = Liczby uczniów opierają się na ostatnim podejściu każdego ucznia. Kolumny „na początek roku” i „na koniec działu” pokazują średni wynik klasy.
quiz-report-col-rule = Zasada
quiz-report-col-class = Cała klasa
quiz-report-col-baseline = Na początek roku
quiz-report-col-end = Na koniec działu
quiz-report-missed-heading = Pytania najczęściej z błędną odpowiedzią
quiz-report-col-question = Pytanie
quiz-report-col-missed = Błędne
quiz-report-col-not-sure = „Nie wiem na pewno”
quiz-report-missed-of = { $missed } z { $answered }
quiz-report-misconceptions-heading = Najczęstsze błędne przekonania
quiz-report-col-misconception = Błędne przekonanie
quiz-report-col-times = Ile razy
quiz-report-pupils-heading = Uczniowie
quiz-report-col-pupil = Uczeń
quiz-report-col-date = Data
quiz-report-col-purpose = Rodzaj
quiz-report-col-progress = Odpowiedzi
quiz-report-answered = { $done } z { $total }
quiz-report-in-progress = { $done } z { $total } (w trakcie)
