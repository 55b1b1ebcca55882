## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = Lecțiile mele
pupil-link-lessons-hint = Povești, întrebări și jocuri de sortare despre cum să fii în siguranță pe internet.
teacher-link-curriculum = Harta curriculumului
teacher-link-curriculum-hint = Toate lecțiile, pe grupe de vârstă, ani, jumătăți de trimestru și domenii.

lessons-heading = Lecțiile mele
lessons-for-band = Lecții pentru { $band }, Anul { $year }
lessons-none = Încă nu există lecții pentru anul tău. Întreabă-l pe profesorul tău.
lessons-status-new = Nouă
lessons-status-in-progress = Începută
lessons-status-done = Terminată
lessons-step-of = Pasul { $step } din { $total }
lessons-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
lessons-back-to-list = Înapoi la lecțiile mele
lessons-back-to-me = Înapoi la pagina mea
lessons-not-found = Nu am găsit această lecție.

lessons-progress-label = Cât ai parcurs din lecție
lessons-back = Înapoi
lessons-next = Mai departe
lessons-finish = Termină
lessons-next-locked-check = Alege răspunsul corect ca să continui.
lessons-next-locked-sort = Pune fiecare cartonaș într-un grup ca să continui.
lessons-machine-translated = Traducere automată, încă neverificată. Întreabă-l pe profesorul tău dacă ceva nu are sens.
lessons-discuss-heading = Hai să vorbim
lessons-discuss-hint = Spune-ți ideile colegilor sau unui adult.
lessons-sort-heading = Sortează
lessons-sort-right = Da! Acesta merge la „{ $group }”.
lessons-sort-wrong = Nu chiar. Mai gândește-te și încearcă celălalt grup.
lessons-sort-done = Ai sortat foarte bine! Fiecare cartonaș este în grupul potrivit.
lessons-check-heading = Întrebare
lessons-check-right = Corect!
lessons-check-try-again = Nu chiar. Mai încearcă o dată.
lessons-check-why = De ce?
lessons-your-answer-right = Răspuns corect
lessons-your-answer-wrong = Nu acesta

lessons-finished-heading = Bravo! Ai terminat lecția.
lessons-score = { $total ->
    [0] Lecția aceasta nu a avut întrebări.
    [one] Ai răspuns corect din prima la { $right } din { $total } întrebare.
    [few] Ai răspuns corect din prima la { $right } din { $total } întrebări.
   *[other] Ai răspuns corect din prima la { $right } din { $total } de întrebări.
}
lessons-learned-heading = Ce ai învățat
lessons-tell-heading = Cu cine pot vorbi?
lessons-start-again = Începe din nou

curriculum-heading = Harta curriculumului
curriculum-intro = Douăsprezece lecții pentru fiecare grupă de vârstă, câte una pentru fiecare jumătate de trimestru, într-un ciclu de doi ani. Tema toamnei este „bunătate și responsabilitate”, a primăverii „siguranță și protecție”, iar a verii „sănătate”.
curriculum-plan-caption = { $band }: planul pe doi ani
curriculum-coverage-caption = { $band }: domeniile acoperite
curriculum-col-cycle = Anul din ciclu
curriculum-col-half-term = Jumătatea de trimestru
curriculum-col-lesson = Lecția
curriculum-col-years = Anii de studiu
curriculum-col-strands = Domenii
curriculum-col-rules = Regulile SMART
curriculum-col-strand = Domeniul
curriculum-col-lessons = Lecții
curriculum-col-covered = Acoperit?
curriculum-cycle-year = Anul { $year }
curriculum-covered-yes = Da
curriculum-covered-no = Încă nu
curriculum-all-covered = Toate cele 8 domenii sunt acoperite.
curriculum-missing = { $count ->
    [one] Un domeniu nu este încă acoperit.
    [few] { $count } domenii nu sunt încă acoperite.
   *[other] { $count } de domenii nu sunt încă acoperite.
}
curriculum-years = Anii { $years }
curriculum-facts-checked = Liniile de ajutor și vârstele minime au fost verificate ultima dată la { $date }.

term-autumn-1 = Toamna 1: bunătate și responsabilitate
term-autumn-2 = Toamna 2: bunătate și responsabilitate
term-spring-1 = Primăvara 1: siguranță și protecție
term-spring-2 = Primăvara 2: siguranță și protecție
term-summer-1 = Vara 1: sănătate
term-summer-2 = Vara 2: sănătate
