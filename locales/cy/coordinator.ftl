# Cydlynydd: allforio, mewnforio a chyfuno, dangosfwrdd ac adroddiad llywodraethwyr, cadw cofnodion.

coord-link-dashboard = Dangosfwrdd yr ysgol
coord-link-dashboard-hint = Cwblhau, llofnodion, llinynnau a sgoriau SMART, gydag adroddiad i'w argraffu
coord-link-export = Allforio cofnodion
coord-link-export-hint = Bwndel wedi'i amgryptio, taenlen (CSV) neu ddata llawn (JSON)
coord-link-import = Mewnforio o'r llechi
coord-link-import-hint = Dod â chofnodion pob llechen at ei gilydd ar y ddyfais hon
coord-link-retention = Dileu hen gofnodion
coord-link-retention-hint = Tynnu disgybl sydd wedi gadael neu flwyddyn academaidd a fu, gyda derbynneb

export-heading = Allforio cofnodion
export-explain = Gwneud copi o bob cofnod ar y ddyfais hon: fel copi wrth gefn, ar gyfer dyfais y cydlynydd neu ar gyfer systemau'r ysgol.
export-bundle-heading = Bwndel wedi'i amgryptio (argymhellir)
export-bundle-explain = Ffeil ZIP wedi'i chloi ag AES-256. Mae'n cynnwys y cofnodion llawn, dwy daenlen a'r llofnodion. Mae 7-Zip a ByteSmart yn ei hagor gyda'r cyfrinymadrodd.
export-pass-label = Cyfrinymadrodd y bwndel hwn
export-pass-hint = O leiaf 12 nod. Mae tri neu bedwar gair digyswllt yn gweithio'n dda. Nid yw byth yn cael ei gadw: dywedwch wrth y sawl sy'n agor y ffeil wyneb yn wyneb neu dros y ffôn, nid yn yr un e-bost.
export-pass-strength = Cryfder y cyfrinymadrodd
export-strength-0 = Gwan iawn
export-strength-1 = Gwan
export-strength-2 = Gweddol
export-strength-3 = Da
export-strength-4 = Cryf
export-pass-too-short = Defnyddiwch o leiaf 12 nod.
export-pass-too-simple = Cymysgwch fathau o nodau, neu defnyddiwch dri gair neu fwy.
export-pass-repetitive = Osgowch nodau sy'n ailadrodd a rhesi fel "abcd" neu "1234".
export-pass-common = Mae hwn yn gyfrinair adnabyddus: dewiswch rywbeth arall.
export-pass-not-strong = Dewiswch gyfrinymadrodd cryfach yn gyntaf.
export-bundle-button = Lawrlwytho'r bwndel wedi'i amgryptio
export-plain-heading = Ffeiliau heb eu hamgryptio
export-plain-warning = Mae'r ffeiliau hyn yn cynnwys data personol disgyblion heb amgryptio. Cadwch nhw ar systemau'r ysgol yn unig.
export-csv-button = Lawrlwytho taenlen y disgyblion (CSV)
export-events-button = Lawrlwytho'r log digwyddiadau (CSV)
export-json-button = Lawrlwytho'r cofnodion llawn (JSON)
export-done = Wedi cadw { $file }.

import-heading = Mewnforio o'r llechi
import-explain = Dewiswch y bwndeli neu'r ffeiliau JSON a allforiwyd ar ddyfeisiau eraill yr ysgol. Caiff pob ffeil ei gwirio yn gyntaf; caiff ffeil sy'n methu ei gwrthod yn gyfan ac ni fydd yn newid dim.
import-pass-label = Cyfrinymadrodd y bwndeli
import-files-label = Dewiswch ffeiliau i'w mewnforio
import-drop-hint = Neu gollyngwch y ffeiliau yma.
import-progress-label = Ffeiliau wedi'u gwirio
import-progress = { $done } o { $total } ffeil wedi'u gwirio
import-summary-heading = Mae'r mewnforio wedi gorffen
import-new-pupils = { $count ->
    [one] 1 disgybl newydd
   *[other] { $count } o ddisgyblion newydd
}
import-updated-progress = { $count ->
    [one] 1 cofnod gwers newydd neu ymhellach ymlaen
   *[other] { $count } o gofnodion gwersi newydd neu ymhellach ymlaen
}
import-new-attempts = { $count ->
    [one] 1 cynnig cwis newydd
   *[other] { $count } o gynigion cwis newydd
}
import-new-signatures = { $count ->
    [one] 1 llofnod newydd
   *[other] { $count } o lofnodion newydd
}
import-conflicts = { $count ->
    [one] Roedd 1 cofnod yn wahanol rhwng dyfeisiau a chafodd ei ddatrys
   *[other] Roedd { $count } o gofnodion yn wahanol rhwng dyfeisiau a chawsant eu datrys
}
import-refused-heading = Ffeiliau a wrthodwyd
import-refused-nothing-changed = Ni ychwanegwyd dim o'r ffeiliau hyn.
import-refused-corrupt = nid allforiad ByteSmart yw hwn, neu mae wedi'i ddifrodi.
import-refused-truncated = mae'r ffeil yn anghyflawn (torrwyd y copi neu'r lawrlwythiad yn fyr).
import-refused-passphrase = nid yw'r cyfrinymadrodd yn agor y bwndel hwn.
import-refused-tampered = mae'r bwndel wedi'i newid ers iddo gael ei wneud.
import-refused-passphrase-needed = mae'r bwndel hwn wedi'i amgryptio: teipiwch ei gyfrinymadrodd yn gyntaf.
import-refused-other-school = mae'r cofnodion hyn yn perthyn i ysgol arall ({ $school }).
import-refused-future = wedi'i wneud gan fersiwn mwy newydd o ByteSmart (fformat { $version }): diweddarwch y ddyfais hon yn gyntaf.
import-refused-unreadable = nid oedd modd darllen y ffeil.
import-uncertain-heading = Ai'r un disgybl yw hwn?
import-uncertain-explain = Mae gan y disgyblion hyn yr un enw yn yr un dosbarth ond dim rhif derbyn i'w gwahaniaethu.
import-uncertain-item = Dau gofnod ar gyfer { $name }
import-uncertain-same = Yr un disgybl: uno'r cofnodion
import-uncertain-different = Disgyblion gwahanol: eu cadw ar wahân

dash-heading = Dangosfwrdd yr ysgol
dash-print = Argraffu adroddiad y llywodraethwyr
dash-report-for = { $school }, blwyddyn academaidd { $year }. Argraffwyd yr adroddiad ar { $date }.
dash-no-data = Dim cofnodion ar y ddyfais hon eto.
dash-school-heading = Yr ysgol gyfan
dash-pupils = Disgyblion
dash-lessons-completed = Gwersi wedi'u cwblhau
dash-signed = Disgyblion a lofnododd PDD eleni
dash-cosigned = Rhieni neu ofalwyr a gyd-lofnododd
dash-of = { $part } o { $whole } ({ $percent }%)
dash-classes-heading = Dosbarthiadau
dash-completion-chart = Cwblhau gwersi fesul dosbarth
dash-completion-chart-desc = Siart bar: canran y gwersi sydd ar gael a gwblhawyd ym mhob dosbarth. Mae'r un rhifau yn y tabl.
dash-classes-caption = Cwblhau a statws PDD fesul dosbarth
dash-col-class = Dosbarth
dash-col-pupils = Disgyblion
dash-col-completion = Cwblhau
dash-col-signed = Wedi llofnodi
dash-col-cosigned = Wedi cyd-lofnodi
dash-col-due = Llofnod yn ddyledus
dash-mastery-heading = Rheolau SMART: dechrau'r flwyddyn a nawr
dash-mastery-chart = Sgoriau cwis SMART diweddaraf fesul rheol
dash-mastery-chart-desc = Siart bar: sgôr gyfartalog ddiweddaraf ar bob rheol SMART. Mae'r tabl yn ei chymharu â'r llinell sylfaen.
dash-mastery-caption = Sgôr gyfartalog fesul rheol, llinell sylfaen a'r diweddaraf
dash-col-rule = Rheol
dash-col-baseline = Llinell sylfaen
dash-col-latest = Diweddaraf
dash-none = dim data
dash-strands-heading = Llinynnau a addysgwyd
dash-strands-caption = Llinynnau Addysg ar gyfer Byd Cysylltiedig a addysgwyd i bob grŵp blwyddyn (gwersi disgyblion a gwersi dosbarth)
dash-col-strand = Llinyn
dash-year = Blwyddyn { $year }
dash-taught = Wedi'i addysgu
dash-not-taught = Ddim eto
dash-chase-heading = Rhestr i'w dilyn
dash-chase-none = Mae pob disgybl wedi llofnodi a phob rhiant neu ofalwr wedi cyd-lofnodi.
dash-chase-caption = Disgyblion heb lofnod neu gyd-lofnod eleni
dash-col-pupil = Disgybl
dash-col-missing = Ar goll
dash-missing-signature = Llofnod y disgybl
dash-missing-cosignature = Cyd-lofnod rhiant neu ofalwr

retention-heading = Dileu hen gofnodion
retention-policy = Mae'r ysgol yn cadw cofnodion am { $years ->
    [one] 1 flwyddyn academaidd
   *[other] { $years } blynedd academaidd
}. Dilëwch ddisgybl sydd wedi gadael, neu flwyddyn gyfan a fu.
retention-pupil-heading = Disgybl sydd wedi gadael
retention-pupil-label = Disgybl
retention-pupil-none = Dewiswch ddisgybl
retention-pupil-button = Dileu cofnodion y disgybl hwn
retention-choose-pupil = Dewiswch ddisgybl yn gyntaf.
retention-year-heading = Blwyddyn academaidd a fu
retention-year-label = Blwyddyn academaidd
retention-year-none = Dewiswch flwyddyn
retention-year-button = Dileu cofnodion y flwyddyn hon
retention-choose-year = Dewiswch flwyddyn yn gyntaf.
retention-not-past = Dim ond blynyddoedd academaidd a fu y gellir eu dileu.
retention-confirm-pupil = Dileu pob cofnod o { $name } o'r ddyfais hon?
retention-confirm-year = Dileu cofnodion blwyddyn academaidd { $year } o'r ddyfais hon?
retention-counts = Bydd hyn yn dileu: { $pupils } disgybl, { $progress } cofnod gwers, { $attempts } cynnig cwis, { $signatures } llofnod, { $cosignatures } cyd-lofnod, { $deliveries } gwers dosbarth, { $classes } dosbarth.
retention-cannot-undo = Ni ellir dadwneud hyn. Allforiwch gopi wrth gefn yn gyntaf os gallai fod eu hangen arnoch.
retention-confirm-button = Ydw, dilëwch
retention-done = Wedi dileu. { $what } Cadwyd derbynneb.
retention-receipt = { $date }, gan { $role }: { $summary }
retention-receipts-heading = Derbynebau dileu

coord-link-sheets = Taflenni PDD wedi'u llofnodi
coord-link-sheets-hint = Argraffu cytundeb wedi'i lofnodi pob disgybl, dosbarth cyfan ar y tro
sheets-heading = Taflenni PDD wedi'u llofnodi
sheets-print = Argraffu'r taflenni hyn
sheets-explain = Un dudalen i bob disgybl: yr addewidion yn union fel y'u llofnodwyd, y ddau lofnod, y dyddiadau a fersiwn y testun.
sheets-class = Dosbarth
sheets-pupil = Disgybl
sheets-whole-class = Y dosbarth cyfan
sheets-none = Does dim disgyblion yn y dosbarth hwn.
sheets-pupil-heading = Cytundeb diogelwch ar-lein wedi'i lofnodi: { $name }
sheets-class-line = Dosbarth: { $class }
sheets-not-signed = Nid yw'r disgybl wedi llofnodi'r cytundeb eto.
sheets-not-cosigned = Nid oes rhiant na gofalwr wedi cydlofnodi eto.
sheets-text-unknown = Nid yw'r testun a lofnodwyd wedi'i gadw ar y ddyfais hon. Mae'r cod fersiwn isod yn ei adnabod.
sheets-pupil-signed-heading = Wedi'i lofnodi gan y disgybl
sheets-parent-signed-heading = Wedi'i gydlofnodi gan riant neu ofalwr
sheets-pupil-signature-label = Llofnod { $name }
sheets-parent-signature-label = Llofnod { $name }, rhiant neu ofalwr
sheets-typed-name = Enw a deipiwyd
sheets-date = Dyddiad
sheets-year = Blwyddyn academaidd
sheets-hash = Cod fersiwn y testun
sheets-parent-name = Enw
sheets-relationship = Perthynas
sheets-where = Ble
sheets-in-class = Yn yr ysgol, ar lechen y dosbarth
sheets-at-home = Gartref, o'r llythyr
sheets-other-text = Cydlofnododd y rhiant neu'r gofalwr fersiwn wahanol o'r testun i'r un a lofnododd y disgybl.
class-sheets-link = Argraffu taflenni PDD wedi'u llofnodi
dash-range-heading = Cyfnod yr adroddiad
dash-range-from = O
dash-range-to = I
dash-range-reset = Y flwyddyn academaidd hon
dash-range-line = Cyfnod: { $from } i { $to } (gan gynnwys y ddau ddiwrnod).
dash-letters-explain = Argraffu llythyr i bob rhiant neu ofalwr ar y rhestr atgoffa nad yw wedi cydlofnodi eto.
dash-letters-language = Iaith y llythyrau
dash-letters-print = Argraffu llythyrau ar gyfer y rhestr atgoffa
dash-letters-close = Cau'r llythyrau
dash-letters-none = Mae pob rhiant neu ofalwr ar y rhestr atgoffa wedi cydlofnodi, felly does dim llythyrau i'w hargraffu.
coord-keep-heading = Cadw cofnodion
coord-keep-period = Mae'r ysgol yn cadw cofnodion am { $years ->
    [one] 1 flwyddyn academaidd
   *[other] { $years } blynedd academaidd
}: mae'r ddyfais hon yn cadw cofnodion o { $oldest } ymlaen.
coord-keep-label = Cadw cofnodion am
coord-keep-option = { $years ->
    [one] 1 flwyddyn academaidd
   *[other] { $years } blynedd academaidd
}
coord-keep-nudge = { $count ->
    [one] Mae 1 cofnod ar y ddyfais hon yn hŷn na'r hyn y mae'r ysgol yn ei gadw (o cyn { $before }).
   *[other] Mae { $count } o gofnodion ar y ddyfais hon yn hŷn na'r hyn y mae'r ysgol yn ei gadw (o cyn { $before }).
}
coord-keep-nudge-years = Blynyddoedd academaidd i'w dileu: { $years }.
coord-keep-nudge-link = Mynd i ddileu hen gofnodion
export-share = Rhannu
export-share-bundle = Rhannu'r bwndel wedi'i amgryptio
export-share-csv = Rhannu taenlen y disgyblion (CSV)
export-share-events = Rhannu'r log digwyddiadau (CSV)
export-share-json = Rhannu'r cofnodion llawn (JSON)
export-shared = Rhannwyd { $file }.
export-share-ready = Mae { $file } yn barod. Tapiwch Rhannu i'w anfon.
