## Gwersi: rhestr gwersi'r disgybl, chwaraewr y wers a map y cwricwlwm

pupil-link-lessons = Fy ngwersi
pupil-link-lessons-hint = Straeon, cwestiynau a gemau didoli am gadw'n ddiogel ar-lein.
teacher-link-curriculum = Map y cwricwlwm
teacher-link-curriculum-hint = Pob gwers fesul cyfnod allweddol, blwyddyn, hanner tymor a llinyn.

lessons-heading = Fy ngwersi
lessons-for-band = Gwersi ar gyfer { $band }, Blwyddyn { $year }
lessons-none = Does dim gwersi ar gyfer dy flwyddyn di eto. Gofynna i dy athro.
lessons-status-new = Newydd
lessons-status-in-progress = Ar y gweill
lessons-status-done = Wedi gorffen
lessons-step-of = Cam { $step } o { $total }
lessons-minutes = { $minutes ->
    [one] { $minutes } munud
   *[other] { $minutes } munud
}
lessons-back-to-list = Yn ôl i fy ngwersi
lessons-back-to-me = Yn ôl i fy nhudalen
lessons-not-found = Doedden ni ddim yn gallu dod o hyd i'r wers honno.

lessons-progress-label = Cynnydd y wers
lessons-back = Yn ôl
lessons-next = Nesaf
lessons-finish = Gorffen
lessons-next-locked-check = Dewisa'r ateb cywir i fynd ymlaen.
lessons-next-locked-sort = Rho bob cerdyn mewn grŵp i fynd ymlaen.
lessons-machine-translated = Cyfieithiad peiriant, heb ei adolygu eto. Gofynna i dy athro os nad yw rhywbeth yn gwneud synnwyr.
lessons-discuss-heading = Siarad amdano
lessons-discuss-hint = Rhanna dy syniadau gyda dy ddosbarth neu gydag oedolyn.
lessons-sort-heading = Didoli
lessons-sort-right = Ie! Mae hwnna'n mynd yn “{ $group }”.
lessons-sort-wrong = Ddim yn hollol. Meddylia eto a rho gynnig ar y grŵp arall.
lessons-sort-done = Didoli gwych! Mae pob cerdyn yn y grŵp cywir.
lessons-check-heading = Cwestiwn
lessons-check-right = Cywir!
lessons-check-try-again = Ddim yn hollol. Rho gynnig arall arni.
lessons-check-why = Pam?
lessons-your-answer-right = Ateb cywir
lessons-your-answer-wrong = Nid hwn

lessons-finished-heading = Da iawn! Rwyt ti wedi gorffen y wers.
lessons-score = { $total ->
    [0] Doedd dim cwestiynau yn y wers hon.
   *[other] Cest ti { $right } allan o { $total } cwestiwn yn gywir y tro cyntaf.
}
lessons-learned-heading = Beth ddysgaist ti
lessons-tell-heading = Gyda phwy alla i siarad?
lessons-start-again = Dechrau eto

curriculum-heading = Map y cwricwlwm
curriculum-intro = Deuddeg gwers ar gyfer pob cyfnod, un ar gyfer pob hanner tymor dros gylch dwy flynedd. Yr hydref yw “caredig a chyfrifol”, y gwanwyn yw “diogel a saff”, yr haf yw “iach”.
curriculum-plan-caption = { $band }: cynllun dwy flynedd
curriculum-coverage-caption = { $band }: llinynnau a gwmpesir
curriculum-col-cycle = Blwyddyn y cylch
curriculum-col-half-term = Hanner tymor
curriculum-col-lesson = Gwers
curriculum-col-years = Grwpiau blwyddyn
curriculum-col-strands = Llinynnau
curriculum-col-rules = Rheolau SMART
curriculum-col-strand = Llinyn
curriculum-col-lessons = Gwersi
curriculum-col-covered = Wedi'i gwmpasu?
curriculum-cycle-year = Blwyddyn { $year }
curriculum-covered-yes = Ydy
curriculum-covered-no = Dim eto
curriculum-all-covered = Mae pob un o'r 8 llinyn wedi'u cwmpasu.
curriculum-missing = { $count ->
    [one] Dydy 1 llinyn ddim wedi'i gwmpasu eto.
   *[other] Dydy { $count } llinyn ddim wedi'u cwmpasu eto.
}
curriculum-years = Blynyddoedd { $years }
curriculum-facts-checked = Cafodd llinellau cymorth ac oedrannau lleiaf eu gwirio ddiwethaf ar { $date }.

term-autumn-1 = Hydref 1: caredig a chyfrifol
term-autumn-2 = Hydref 2: caredig a chyfrifol
term-spring-1 = Gwanwyn 1: diogel a saff
term-spring-2 = Gwanwyn 2: diogel a saff
term-summer-1 = Haf 1: iach
term-summer-2 = Haf 2: iach
