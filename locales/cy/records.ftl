## Gosod, PIN staff, dosbarthiadau a disgyblion, mewngofnodi disgyblion

loading = Wrthi'n llwytho…
cancel = Canslo
save = Cadw
saved = Wedi'i gadw.
edit = Golygu
remove = Tynnu
demo-school-name = Ysgol Arddangos (data enghreifftiol)

setup-heading = Gosod y dabled hon
setup-intro = Mae cydlynydd yn gwneud hyn unwaith ar gyfer pob dyfais. Mae'r cofnodion yn aros ar y dabled hon; does dim yn cael ei anfon i unman.
setup-how = Ai dyma ddyfais ByteSmart gyntaf yr ysgol?
setup-new-school = Ie: dechrau ysgol newydd
setup-join-school = Na: ymuno â'n hysgol gyda chod cofrestru o ddyfais arall
setup-school-name = Enw'r ysgol
setup-year = Blwyddyn academaidd bresennol
setup-year-hint = Mae blynyddoedd academaidd y DU yn rhedeg o 1 Medi i 31 Awst.
setup-code = Cod cofrestru
setup-code-file = Neu dewiswch ffeil gofrestru
setup-code-not-code = Nid cod cofrestru ByteSmart yw hwnnw. Copïwch ef eto o ddyfais y cydlynydd (mae'n dechrau gyda BSE1).
setup-code-damaged = Mae'r cod cofrestru hwn wedi'i ddifrodi neu'n anghyflawn. Copïwch y cod cyfan eto, neu defnyddiwch y ffeil gofrestru.
setup-pin = PIN staff (4 i 8 digid)
setup-pin-again = Teipiwch y PIN eto
setup-pin-hint = Mae athrawon a'r cydlynydd yn defnyddio'r PIN hwn i agor sgriniau staff. Rhaid i ddisgyblion beidio â'i wybod.
setup-pin-length = Rhaid i'r PIN fod rhwng 4 ac 8 digid.
setup-pin-digits = Dim ond digidau all fod yn y PIN.
setup-pin-easy = Mae'r PIN hwnnw'n rhy hawdd i'w ddyfalu. Osgowch ddigidau wedi'u hailadrodd a rhesi fel 1234.
setup-pin-mismatch = Mae'r ddau PIN yn wahanol. Teipiwch nhw eto.
setup-name-missing = Rhowch enw'r ysgol.
setup-submit = Gosod y dabled hon
setup-demo = Rhoi cynnig arni gydag ysgol arddangos
setup-demo-hint = Mae gan yr ysgol arddangos ddau ddosbarth o ddisgyblion dychmygol. Mae wedi'i labelu'n glir a gellir ei thynnu mewn un cam.
setup-needed-heading = Nid yw'r dabled hon wedi'i gosod eto
setup-needed-body = Mae cydlynydd diogelwch ar-lein yr ysgol yn gosod pob tabled unwaith.
setup-start = Gosod nawr

pin-heading = Staff yn unig
pin-explain = Rhowch y PIN staff i barhau.
pin-label = PIN staff
pin-unlock = Datgloi
pin-checking = Wrthi'n gwirio…
pin-wrong = Nid yw'r PIN hwnnw'n gywir. Rhowch gynnig arall arni.
pin-wrong-wait = Nid yw'r PIN hwnnw'n gywir. Arhoswch { $seconds } eiliad cyn rhoi cynnig arall arni.
pin-wait = Gormod o PINau anghywir. Arhoswch { $seconds } eiliad.
pin-lock = Cloi

teacher-nav-label = Offer athrawon
teacher-link-classes = Dosbarthiadau a disgyblion
teacher-link-classes-hint = Ychwanegu dosbarthiadau, ychwanegu neu fewnforio disgyblion, eu symud neu eu tynnu
back-to-teacher = Yn ôl i offer athrawon
back-to-classes = Yn ôl i'r dosbarthiadau
back-to-class = Yn ôl i'r dosbarth
classes-heading = Dosbarthiadau
classes-empty = Does dim dosbarthiadau eto. Ychwanegwch yr un cyntaf isod.
classes-show-archived = Dangos dosbarthiadau wedi'u harchifo ({ $count })
class-year-band = Blwyddyn { $year } · { $band }
class-archived = Wedi'i archifo
class-add-heading = Ychwanegu dosbarth
class-name = Enw'r dosbarth
class-name-missing = Rhowch enw i'r dosbarth.
class-year = Grŵp blwyddyn
class-add = Ychwanegu dosbarth
class-edit = Ailenwi neu newid grŵp blwyddyn
class-archive = Archifo'r dosbarth hwn
class-unarchive = Dod â'r dosbarth hwn yn ôl
class-not-found = Nid yw'r dosbarth hwn yn bodoli mwyach.
class-pupils-heading = { $count ->
    [one] Un disgybl
   *[other] { $count } disgybl
}
class-no-pupils = Dim disgyblion eto. Ychwanegwch nhw fesul un neu mewnforiwch restr ddosbarth.
class-import-csv = Mewnforio rhestr ddosbarth (CSV)

pupil-add-heading = Ychwanegu disgybl
pupil-name = Enw y bydd y disgybl yn ei adnabod
pupil-name-hint = Mae enw cyntaf a llythyren gyntaf y cyfenw yn ddigon. Ni chedwir dyddiadau geni na chyfeiriadau.
pupil-adno = Rhif derbyn (dewisol)
pupil-symbol = Llun i ddod o hyd i'w henw
pupil-add = Ychwanegu disgybl
pupil-added = Mae { $name } wedi'i ychwanegu.
pupil-saved = Mae { $name } wedi'i gadw.
pupil-removed = Mae { $name } a'u holl gofnodion wedi'u tynnu o'r dabled hon.
pupil-name-missing = Rhowch enw'r disgybl.
pupil-move = Dosbarth
pupil-remove-confirm = Tynnu { $name }? Bydd eu gwersi, eu hatebion cwis a'u llofnodion ar y dabled hon yn cael eu dileu hefyd.
pupil-remove-yes = Ie, tynnu

roster-heading = Mewnforio rhestr ddosbarth i { $class }
roster-explain = Dewiswch ffeil CSV a allforiwyd o system wybodaeth eich ysgol. Byddwch yn gweld pob rhes cyn i ddim gael ei gadw.
roster-choose = Ffeil CSV
roster-unreadable-file = Nid oedd modd darllen y ffeil honno.
roster-empty = Mae'r ffeil yn wag.
roster-no-names = Does dim colofn yn y ffeil hon sy'n edrych fel enwau disgyblion. Mae angen pennawd fel Enw, Enw cyntaf neu Cyfenw.
roster-preview = { $count ->
    [one] Bydd un disgybl yn cael ei ychwanegu
   *[other] Bydd { $count } disgybl yn cael eu hychwanegu
}
roster-windows-1252 = Roedd y ffeil hon yn defnyddio hen amgodiad testun (Windows-1252); mae'r acenion wedi'u darllen yn gywir.
roster-table-caption = Rhesi yn y ffeil a beth fydd yn digwydd i bob un
roster-col-line = Llinell
roster-col-status = Beth sy'n digwydd
roster-will-add = Bydd yn cael ei ychwanegu
roster-missing-name = Wedi'i hepgor: dim enw
roster-duplicate = Wedi'i hepgor: yr un disgybl â llinell { $line }
roster-already = Wedi'i hepgor: eisoes yn y dosbarth hwn
roster-unreadable = Wedi'i hepgor: nid oedd modd darllen y rhes hon
roster-import-button = { $count ->
    [one] Mewnforio un disgybl
   *[other] Mewnforio { $count } disgybl
}
roster-imported = { $count ->
    [one] Cafodd un disgybl ei fewnforio.
   *[other] Cafodd { $count } disgybl eu mewnforio.
}

pupil-nav-label = Fy ngweithgareddau
pupil-not-set-up = Nid yw'r dabled hon wedi'i gosod eto. Gofynnwch i'ch athro.
pupil-choose-class = Dewiswch eich dosbarth
pupil-no-classes = Does dim dosbarthiadau ar y dabled hon eto. Gofynnwch i'ch athro.
pupil-continue-as = Ai chi yw { $name }?
pupil-continue = Ie, ymlaen
pupil-not-me = Na, nid fi yw hwnnw
pupil-back-to-classes = Yn ôl i'r dosbarthiadau
pupil-tap-name = Tapiwch eich enw
pupil-class-empty = Does dim disgyblion yn y dosbarth hwn eto. Gofynnwch i'ch athro.
pupil-who-heading = Pwy ydych chi?
pupil-pick-name = Dod o hyd i fy enw
pupil-hello = Helo, { $name }!
pupil-finished = Rydw i wedi gorffen
reading-help = Help darllen
reading-dyslexia = Testun haws ei ddarllen (ffont, bylchau a llinellau byrrach)
reading-contrast = Lliwiau cryf (cyferbyniad uchel)

coord-nav-label = Offer y cydlynydd
coord-school-ref = cyfeirnod ysgol { $reference }
coord-demo-notice = Dyma'r ysgol arddangos. Mae ei disgyblion yn ddychmygol. Tynnwch hi cyn ychwanegu dosbarthiadau go iawn.
coord-demo-remove = Tynnu'r ysgol arddangos
coord-demo-remove-confirm = Mae hyn yn dileu pob cofnod ar y dabled hon ac yn mynd yn ôl i'r gosod. Parhau?
coord-demo-remove-yes = Ie, tynnu popeth
coord-storage-heading = Storio ar y ddyfais hon
coord-storage-persisted = Mae'r porwr hwn wedi cytuno i gadw cofnodion ByteSmart.
coord-storage-not-persisted = Rhybudd: efallai y bydd y porwr hwn yn dileu cofnodion ByteSmart os yw'r ddyfais yn brin o le neu os nad yw'r ap yn cael ei ddefnyddio am gyfnod. Allforiwch gopi wrth gefn yn rheolaidd, neu ychwanegwch ByteSmart i'r sgrin gartref.
coord-storage-use = Yn defnyddio { $used } MB o { $quota } MB sydd ar gael.
coord-last-backup = Copi wrth gefn diwethaf (allforiwyd): { $date }
coord-never-backed-up = Nid yw'r cofnodion ar y dabled hon erioed wedi'u hallforio. Allforiwch gopi wrth gefn yn rheolaidd.
coord-enrol-heading = Ychwanegu dyfais arall at yr ysgol hon
coord-enrol-explain = Agorwch ByteSmart ar y ddyfais arall, dewiswch "ymuno â'n hysgol" a gludwch y cod hwn neu lwythwch y ffeil. Cadwch ef yn breifat: mae'n cynnwys allwedd yr ysgol.
coord-enrol-show = Dangos y cod cofrestru
coord-enrol-code = Cod cofrestru
coord-enrol-download = Lawrlwytho ffeil gofrestru
coord-enrol-hide = Cuddio'r cod
