# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = Panoul școlii
coord-link-dashboard-hint = Lecții parcurse, semnături, domenii și scoruri SMART, cu un raport care se poate tipări
coord-link-export = Exportați datele
coord-link-export-hint = Pachet criptat, tabel (CSV) sau toate datele (JSON)
coord-link-import = Importați de pe tablete
coord-link-import-hint = Adunați datele de pe toate tabletele pe acest dispozitiv
coord-link-retention = Ștergeți datele vechi
coord-link-retention-hint = Eliminați un elev care a plecat sau un an școlar trecut, cu o dovadă a ștergerii

export-heading = Exportați datele
export-explain = Faceți o copie a tuturor datelor de pe acest dispozitiv: ca rezervă, pentru dispozitivul coordonatorului sau pentru sistemele școlii.
export-bundle-heading = Pachet criptat (recomandat)
export-bundle-explain = Un fișier ZIP protejat cu AES-256. Conține toate datele, două tabele și semnăturile. 7-Zip și ByteSmart îl deschid cu fraza de acces.
export-pass-label = Fraza de acces pentru acest pachet
export-pass-hint = Cel puțin 12 caractere. Trei sau patru cuvinte fără legătură între ele merg bine. Nu se salvează niciodată: spuneți-o persoanei care deschide fișierul față în față sau la telefon, nu în același e-mail.
export-pass-strength = Puterea frazei de acces
export-strength-0 = Foarte slabă
export-strength-1 = Slabă
export-strength-2 = Acceptabilă
export-strength-3 = Bună
export-strength-4 = Puternică
export-pass-too-short = Folosiți cel puțin 12 caractere.
export-pass-too-simple = Amestecați tipuri diferite de caractere sau folosiți trei sau mai multe cuvinte.
export-pass-repetitive = Evitați caracterele repetate și șirurile ca „abcd” sau „1234”.
export-pass-common = Aceasta este o parolă foarte cunoscută: alegeți altceva.
export-pass-not-strong = Alegeți mai întâi o frază de acces mai puternică.
export-bundle-button = Descarcă pachetul criptat
export-plain-heading = Fișiere necriptate
export-plain-warning = Aceste fișiere conțin date personale ale elevilor, fără criptare. Păstrați-le doar în sistemele școlii.
export-csv-button = Descarcă tabelul cu elevi (CSV)
export-events-button = Descarcă jurnalul de evenimente (CSV)
export-json-button = Descarcă toate datele (JSON)
export-done = S-a salvat { $file }.

import-heading = Importați de pe tablete
import-explain = Alegeți pachetele sau fișierele JSON exportate de pe celelalte dispozitive ale școlii. Fiecare fișier este verificat mai întâi; un fișier care nu trece verificarea este refuzat în întregime și nu schimbă nimic.
import-pass-label = Fraza de acces a pachetelor
import-files-label = Alegeți fișierele de importat
import-drop-hint = Sau trageți fișierele aici.
import-progress-label = Fișiere verificate
import-progress = { $total ->
    [one] { $done } din { $total } fișier verificat
    [few] { $done } din { $total } fișiere verificate
   *[other] { $done } din { $total } de fișiere verificate
}
import-summary-heading = Importul s-a terminat
import-new-pupils = { $count ->
    [one] Un elev nou
    [few] { $count } elevi noi
   *[other] { $count } de elevi noi
}
import-updated-progress = { $count ->
    [one] O înregistrare de lecție nouă sau mai avansată
    [few] { $count } înregistrări de lecții noi sau mai avansate
   *[other] { $count } de înregistrări de lecții noi sau mai avansate
}
import-new-attempts = { $count ->
    [one] O încercare nouă la test
    [few] { $count } încercări noi la test
   *[other] { $count } de încercări noi la test
}
import-new-signatures = { $count ->
    [one] O semnătură nouă
    [few] { $count } semnături noi
   *[other] { $count } de semnături noi
}
import-conflicts = { $count ->
    [one] O înregistrare era diferită între dispozitive și a fost rezolvată
    [few] { $count } înregistrări erau diferite între dispozitive și au fost rezolvate
   *[other] { $count } de înregistrări erau diferite între dispozitive și au fost rezolvate
}
import-refused-heading = Fișiere refuzate
import-refused-nothing-changed = Nu s-a adăugat nimic din aceste fișiere.
import-refused-corrupt = acesta nu este un export ByteSmart sau este deteriorat.
import-refused-truncated = fișierul este incomplet (copierea sau descărcarea s-a întrerupt).
import-refused-passphrase = fraza de acces nu deschide acest pachet.
import-refused-tampered = pachetul a fost modificat după ce a fost creat.
import-refused-passphrase-needed = acest pachet este criptat: scrieți mai întâi fraza lui de acces.
import-refused-other-school = aceste date aparțin altei școli ({ $school }).
import-refused-future = creat de o versiune mai nouă a ByteSmart (formatul { $version }): actualizați mai întâi acest dispozitiv.
import-refused-unreadable = fișierul nu a putut fi citit.
import-uncertain-heading = Este același elev?
import-uncertain-explain = Acești elevi au același nume în aceeași clasă, dar nu au un număr matricol după care să fie deosebiți.
import-uncertain-item = Două înregistrări pentru { $name }
import-uncertain-same = Același elev: unește înregistrările
import-uncertain-different = Elevi diferiți: păstrează-i separat

dash-heading = Panoul școlii
dash-print = Tipărește raportul pentru consiliul școlii (governors)
dash-report-for = { $school }, anul școlar { $year }. Raport tipărit la { $date }.
dash-no-data = Încă nu există date pe acest dispozitiv.
dash-school-heading = Toată școala
dash-pupils = Elevi
dash-lessons-completed = Lecții terminate
dash-signed = Elevi care au semnat acordul (AUP) de anul acesta
dash-cosigned = Părinți sau tutori care au semnat și ei
dash-of = { $part } din { $whole } ({ $percent }%)
dash-classes-heading = Clase
dash-completion-chart = Lecții terminate, pe clase
dash-completion-chart-desc = Grafic cu bare: procentul de lecții disponibile terminate în fiecare clasă. Aceleași numere sunt în tabel.
dash-classes-caption = Lecții terminate și situația acordului (AUP), pe clase
dash-col-class = Clasa
dash-col-pupils = Elevi
dash-col-completion = Lecții terminate
dash-col-signed = Semnat
dash-col-cosigned = Semnat și de părinte
dash-col-due = Semnătură necesară
dash-mastery-heading = Regulile SMART: la începutul anului și acum
dash-mastery-chart = Cele mai recente scoruri la testul SMART, pe reguli
dash-mastery-chart-desc = Grafic cu bare: scorul mediu cel mai recent pentru fiecare regulă SMART. Tabelul îl compară cu evaluarea inițială.
dash-mastery-caption = Scorul mediu pe fiecare regulă, la evaluarea inițială și cel mai recent
dash-col-rule = Regula
dash-col-baseline = Evaluare inițială
dash-col-latest = Cel mai recent
dash-none = fără date
dash-strands-heading = Domenii predate
dash-strands-caption = Domeniile din „Education for a Connected World” predate fiecărui an de studiu (lecțiile elevilor și lecțiile cu clasa)
dash-col-strand = Domeniul
dash-year = Anul { $year }
dash-taught = Predat
dash-not-taught = Încă nu
dash-chase-heading = Lista de urmărit
dash-chase-none = Toți elevii au semnat și toți părinții sau tutorii au semnat și ei.
dash-chase-caption = Elevi cărora le lipsește anul acesta semnătura proprie sau semnătura unui părinte
dash-col-pupil = Elevul
dash-col-missing = Lipsește
dash-missing-signature = Semnătura elevului
dash-missing-cosignature = Semnătura părintelui sau tutorelui

retention-heading = Ștergeți datele vechi
retention-policy = { $years ->
    [one] Școala păstrează datele timp de un an școlar.
    [few] Școala păstrează datele timp de { $years } ani școlari.
   *[other] Școala păstrează datele timp de { $years } de ani școlari.
} Ștergeți datele unui elev care a plecat sau ale unui an școlar trecut întreg.
retention-pupil-heading = Un elev care a plecat
retention-pupil-label = Elevul
retention-pupil-none = Alegeți un elev
retention-pupil-button = Șterge datele acestui elev
retention-choose-pupil = Alegeți mai întâi un elev.
retention-year-heading = Un an școlar trecut
retention-year-label = Anul școlar
retention-year-none = Alegeți un an
retention-year-button = Șterge datele acestui an
retention-choose-year = Alegeți mai întâi un an.
retention-not-past = Se pot șterge doar anii școlari trecuți.
retention-confirm-pupil = Ștergeți toate datele lui { $name } de pe acest dispozitiv?
retention-confirm-year = Ștergeți datele anului școlar { $year } de pe acest dispozitiv?
retention-counts = Datele care se șterg: elevi: { $pupils }; înregistrări de lecții: { $progress }; încercări la test: { $attempts }; semnături: { $signatures }; semnături ale părinților: { $cosignatures }; lecții cu clasa: { $deliveries }; clase: { $classes }.
retention-cannot-undo = Această acțiune nu poate fi anulată. Exportați mai întâi o copie de siguranță dacă s-ar putea să aveți nevoie de date.
retention-confirm-button = Da, șterge
retention-done = S-a șters. { $what } S-a păstrat o dovadă a ștergerii.
retention-receipts-heading = Dovezi ale ștergerii
retention-receipt = { $date }, de către { $role }: { $summary }

coord-link-sheets = Fișe AUP semnate
coord-link-sheets-hint = Tipăriți acordul semnat al fiecărui elev, câte o clasă întreagă
sheets-heading = Fișe AUP semnate
sheets-print = Tipăriți aceste fișe
sheets-explain = O pagină pentru fiecare elev: angajamentele exact cum au fost semnate, ambele semnături, datele și versiunea textului.
sheets-class = Clasa
sheets-pupil = Elev
sheets-whole-class = Toată clasa
sheets-none = Nu există elevi în această clasă.
sheets-pupil-heading = Acord de siguranță online semnat: { $name }
sheets-class-line = Clasa: { $class }
sheets-not-signed = Elevul nu a semnat încă acordul.
sheets-not-cosigned = Niciun părinte sau tutore nu a semnat încă.
sheets-text-unknown = Textul semnat nu este păstrat pe acest dispozitiv. Codul de versiune de mai jos îl identifică.
sheets-pupil-signed-heading = Semnat de elev
sheets-parent-signed-heading = Semnat și de un părinte sau tutore
sheets-pupil-signature-label = Semnătura lui { $name }
sheets-parent-signature-label = Semnătura lui { $name }, părinte sau tutore
sheets-typed-name = Numele scris
sheets-date = Data
sheets-year = Anul școlar
sheets-hash = Codul versiunii textului
sheets-parent-name = Nume
sheets-relationship = Relația
sheets-where = Unde
sheets-in-class = La școală, pe tableta clasei
sheets-at-home = Acasă, din scrisoare
sheets-other-text = Părintele sau tutorele a semnat o altă versiune a textului decât cea semnată de elev.
class-sheets-link = Tipăriți fișele AUP semnate
dash-range-heading = Perioada raportului
dash-range-from = De la
dash-range-to = Până la
dash-range-reset = Acest an școlar
dash-range-line = Perioada: { $from } – { $to } (inclusiv ambele zile).
dash-letters-explain = Tipăriți o scrisoare pentru fiecare părinte sau tutore de pe lista de reamintire care nu a semnat încă.
dash-letters-language = Limba scrisorilor
dash-letters-print = Tipăriți scrisorile pentru lista de reamintire
dash-letters-close = Închideți scrisorile
dash-letters-none = Toți părinții și tutorii de pe lista de reamintire au semnat, deci nu există scrisori de tipărit.
coord-keep-heading = Păstrarea datelor
coord-keep-period = Școala păstrează datele { $years ->
    [one] un an școlar
    [few] { $years } ani școlari
   *[other] { $years } de ani școlari
}: acest dispozitiv păstrează datele începând cu { $oldest }.
coord-keep-label = Păstrați datele
coord-keep-option = { $years ->
    [one] un an școlar
    [few] { $years } ani școlari
   *[other] { $years } de ani școlari
}
coord-keep-nudge = { $count ->
    [one] O înregistrare de pe acest dispozitiv este mai veche decât perioada păstrată de școală (dinainte de { $before }).
    [few] { $count } înregistrări de pe acest dispozitiv sunt mai vechi decât perioada păstrată de școală (dinainte de { $before }).
   *[other] { $count } de înregistrări de pe acest dispozitiv sunt mai vechi decât perioada păstrată de școală (dinainte de { $before }).
}
coord-keep-nudge-years = Ani școlari de șters: { $years }.
coord-keep-nudge-link = Mergeți la ștergerea datelor vechi
export-share = Partajați
export-share-bundle = Partajați pachetul criptat
export-share-csv = Partajați tabelul elevilor (CSV)
export-share-events = Partajați jurnalul de evenimente (CSV)
export-share-json = Partajați datele complete (JSON)
export-shared = S-a partajat { $file }.
export-share-ready = { $file } este gata. Atingeți Partajați pentru a-l trimite.
