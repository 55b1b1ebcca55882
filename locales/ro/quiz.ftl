## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = Testul SMART
quiz-link-hint = Răspunde la întrebări despre cele cinci reguli SMART
quiz-heading = Testul SMART
quiz-loading = Se încarcă…
quiz-no-pupil = Mai întâi alege-ți numele, apoi poți face testul.
quiz-choose-name = Îmi aleg numele
quiz-intro = Sunt cam zece întrebări despre cele cinci reguli SMART. Dacă nu știi un răspuns, atinge „Nu știu sigur”. Nu e nicio problemă!
quiz-purpose-line = Acest test este: { $purpose }
quiz-purpose-practice = Exercițiu
quiz-purpose-baseline = Evaluare la început de an
quiz-purpose-end-of-unit = Verificare la sfârșitul unității
quiz-start = Începe testul
quiz-missing-question = Această întrebare nu mai face parte din test. Te rog să îl întrebi pe profesorul tău.
quiz-progress = Întrebarea { $n } din { $total }
quiz-hint-single = Atinge un singur răspuns.
quiz-hint-multi = Atinge fiecare răspuns care crezi că este corect.
quiz-hint-true-false = Este adevărat sau fals?
quiz-hint-scenario = Citește povestea, apoi atinge un singur răspuns.
quiz-hint-order = Atinge pașii în ordinea corectă.
quiz-hint-match = Atinge un cartonaș din stânga, apoi perechea lui din dreapta.
quiz-check = Verifică răspunsul meu
quiz-not-sure = Nu știu sigur
quiz-your-order = Ordinea ta
quiz-your-matches = Perechile tale
quiz-start-again = Începe din nou
quiz-match-left = De potrivit
quiz-match-right = Perechi
quiz-matched = { $left } → { $right }
quiz-outcome-right = Corect, bravo!
quiz-outcome-partly-right = Parțial corect. Te-ai gândit bine!
quiz-outcome-not-yet = Nu chiar. Iată de ce.
quiz-outcome-not-sure = Nu e nicio problemă! Iată răspunsul.
quiz-you-chose = Ai ales:
quiz-right-answer = Răspunsul corect:
quiz-right-order = Ordinea corectă
quiz-right-pairs = Perechile corecte
quiz-next = Următoarea întrebare
quiz-see-results = Vezi rezultatele mele
quiz-results-heading = Rezultatele tale SMART
quiz-results-summary = { $total ->
    [one] Ai răspuns complet corect la { $right } din { $total } întrebare.
    [few] Ai răspuns complet corect la { $right } din { $total } întrebări.
   *[other] Ai răspuns complet corect la { $right } din { $total } de întrebări.
}
quiz-results-not-sure = { $count ->
    [one] Ai spus „Nu știu sigur” o dată. Nu e nicio problemă: așa aflăm ce trebuie să mai exersăm.
    [few] Ai spus „Nu știu sigur” de { $count } ori. Nu e nicio problemă: așa aflăm ce trebuie să mai exersăm.
   *[other] Ai spus „Nu știu sigur” de { $count } de ori. Nu e nicio problemă: așa aflăm ce trebuie să mai exersăm.
}
quiz-level-secure = Sigur
quiz-level-developing = Pe drumul cel bun
quiz-level-not-yet = Încă nu
quiz-level-none = Încă nesigur
quiz-level-key = Legendă: ● Sigur, ◐ Pe drumul cel bun, ○ Încă nu, ? Încă nesigur
quiz-practise-missed = Exersez ce am greșit
quiz-nothing-missed = Excelent! De data asta nu ai nimic de exersat.
quiz-finish = Termină

quiz-report-link = Rezultatele la testul SMART
quiz-report-link-hint = Nivelul pe fiecare regulă, întrebările greșite cel mai des și ideile greșite
quiz-report-heading = Rezultatele la testul SMART
quiz-report-class = Clasa
quiz-report-next-purpose = Următoarele teste din această clasă contează ca
quiz-report-purpose-saved = S-a salvat. Elevii care încep un test de acum îl primesc pe acesta.
quiz-report-filter = Arată încercările
quiz-report-filter-all = Toate încercările
quiz-report-no-class = Alegeți o clasă ca să vedeți rezultatele la test.
quiz-report-empty = Încă nu există încercări la test în această clasă.
quiz-report-summary = { $attempts ->
    [one] O încercare făcută
    [few] { $attempts } încercări făcute
   *[other] { $attempts } de încercări făcute
} de { $pupils ->
    [one] un elev.
    [few] { $pupils } elevi.
   *[other] { $pupils } de elevi.
}
quiz-report-rules-heading = Nivelul pe fiecare regulă SMART
quiz-report-rules-note = Numărul de elevi se bazează pe cea mai recentă încercare a fiecărui elev. Coloanele pentru evaluarea inițială și pentru sfârșitul unității arată scorul mediu al clasei.
quiz-report-col-rule = Regula
quiz-report-col-class = Toată clasa
quiz-report-col-baseline = Evaluare inițială
quiz-report-col-end = Sfârșitul unității
quiz-report-missed-heading = Întrebările greșite cel mai des
quiz-report-col-question = Întrebarea
quiz-report-col-missed = Greșite
quiz-report-col-not-sure = „Nu știu sigur”
quiz-report-missed-of = { $missed } din { $answered }
quiz-report-misconceptions-heading = Cele mai frecvente idei greșite
quiz-report-col-misconception = Ideea greșită
quiz-report-col-times = De câte ori
quiz-report-pupils-heading = Elevi
quiz-report-col-pupil = Elevul
quiz-report-col-date = Data
quiz-report-col-purpose = Scopul
quiz-report-col-progress = Răspunsuri date
quiz-report-answered = { $done } din { $total }
quiz-report-in-progress = { $done } din { $total } (în desfășurare)
