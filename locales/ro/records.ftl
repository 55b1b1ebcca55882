## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = Se încarcă…
cancel = Anulează
save = Salvează
saved = S-a salvat.
edit = Modifică
remove = Elimină
demo-school-name = Școală demonstrativă (date de probă)

setup-heading = Configurați această tabletă
setup-intro = Un coordonator face acest lucru o singură dată pe fiecare dispozitiv. Datele rămân pe această tabletă; nimic nu este trimis nicăieri.
setup-how = Este acesta primul dispozitiv ByteSmart al școlii?
setup-new-school = Da: începe o școală nouă
setup-join-school = Nu: adaugă acest dispozitiv la școala noastră cu un cod de înscriere de pe alt dispozitiv
setup-school-name = Numele școlii
setup-year = Anul școlar curent
setup-year-hint = În Regatul Unit, anul școlar ține de la 1 septembrie până la 31 august.
setup-code = Cod de înscriere
setup-code-file = Sau alegeți un fișier de înscriere
setup-code-not-code = Acesta nu este un cod de înscriere ByteSmart. Copiați-l din nou de pe dispozitivul coordonatorului (începe cu BSE1).
setup-code-damaged = Acest cod de înscriere este deteriorat sau incomplet. Copiați din nou tot codul sau folosiți fișierul de înscriere.
setup-pin = PIN pentru personal (4 până la 8 cifre)
setup-pin-again = Scrieți PIN-ul încă o dată
setup-pin-hint = Profesorii și coordonatorul folosesc acest PIN ca să deschidă ecranele pentru personal. Elevii nu trebuie să îl știe.
setup-pin-length = PIN-ul trebuie să aibă între 4 și 8 cifre.
setup-pin-digits = PIN-ul poate conține doar cifre.
setup-pin-easy = Acest PIN este prea ușor de ghicit. Evitați cifrele repetate și șirurile ca 1234.
setup-pin-mismatch = Cele două PIN-uri sunt diferite. Vă rugăm să le scrieți din nou.
setup-name-missing = Vă rugăm să scrieți numele școlii.
setup-submit = Configurează această tabletă
setup-demo = Încercați cu o școală demonstrativă
setup-demo-hint = Școala demonstrativă are două clase cu elevi inventați. Este marcată clar și poate fi eliminată dintr-un singur pas.
setup-needed-heading = Această tabletă nu este încă configurată
setup-needed-body = Coordonatorul pentru siguranța online al școlii configurează fiecare tabletă o singură dată.
setup-start = Configurează acum

pin-heading = Doar pentru personal
pin-explain = Introduceți PIN-ul pentru personal ca să continuați.
pin-label = PIN pentru personal
pin-unlock = Deblochează
pin-checking = Se verifică…
pin-wrong = PIN-ul nu este corect. Vă rugăm să încercați din nou.
pin-wrong-wait = { $seconds ->
    [one] PIN-ul nu este corect. Vă rugăm să așteptați o secundă înainte să încercați din nou.
    [few] PIN-ul nu este corect. Vă rugăm să așteptați { $seconds } secunde înainte să încercați din nou.
   *[other] PIN-ul nu este corect. Vă rugăm să așteptați { $seconds } de secunde înainte să încercați din nou.
}
pin-wait = { $seconds ->
    [one] Prea multe PIN-uri greșite. Vă rugăm să așteptați o secundă.
    [few] Prea multe PIN-uri greșite. Vă rugăm să așteptați { $seconds } secunde.
   *[other] Prea multe PIN-uri greșite. Vă rugăm să așteptați { $seconds } de secunde.
}
pin-lock = Blochează

teacher-nav-label = Instrumente pentru profesori
teacher-link-classes = Clase și elevi
teacher-link-classes-hint = Adăugați clase, adăugați sau importați elevi, mutați-i sau eliminați-i
back-to-teacher = Înapoi la instrumentele pentru profesori
back-to-classes = Înapoi la clase
back-to-class = Înapoi la clasă
classes-heading = Clase
classes-empty = Încă nu există clase. Adăugați-o pe prima mai jos.
classes-show-archived = Arată clasele arhivate ({ $count })
class-year-band = Anul { $year } · { $band }
class-archived = Arhivată
class-add-heading = Adăugați o clasă
class-name = Numele clasei
class-name-missing = Vă rugăm să dați un nume clasei.
class-year = Anul de studiu (Year)
class-add = Adaugă clasa
class-edit = Redenumiți sau schimbați anul de studiu
class-archive = Arhivează această clasă
class-unarchive = Readu această clasă
class-not-found = Această clasă nu mai există.
class-pupils-heading = { $count ->
    [one] Un elev
    [few] { $count } elevi
   *[other] { $count } de elevi
}
class-no-pupils = Încă nu există elevi. Adăugați-i pe rând sau importați o listă a clasei.
class-import-csv = Importați o listă a clasei (CSV)

pupil-add-heading = Adăugați un elev
pupil-name = Numele pe care elevul îl va recunoaște
pupil-name-hint = Ajung prenumele și o inițială. Nu se păstrează date de naștere sau adrese.
pupil-adno = Număr matricol (opțional)
pupil-symbol = Imaginea după care își găsește numele
pupil-add = Adaugă elevul
pupil-added = { $name } a fost adăugat(ă).
pupil-saved = Datele pentru { $name } au fost salvate.
pupil-removed = { $name } și toate datele sale au fost eliminate de pe această tabletă.
pupil-name-missing = Vă rugăm să scrieți numele elevului.
pupil-move = Clasa
pupil-remove-confirm = Eliminați elevul { $name }? Lecțiile, răspunsurile la teste și semnăturile lui de pe această tabletă vor fi și ele șterse.
pupil-remove-yes = Da, elimină

roster-heading = Importați o listă a clasei în { $class }
roster-explain = Alegeți un fișier CSV exportat din sistemul informatic al școlii. Veți vedea fiecare rând înainte să se salveze ceva.
roster-choose = Fișier CSV
roster-unreadable-file = Fișierul nu a putut fi citit.
roster-empty = Fișierul este gol.
roster-no-names = Nicio coloană din acest fișier nu pare să conțină nume de elevi. Este nevoie de un titlu de coloană precum Name, Forename sau Surname.
roster-preview = { $count ->
    [one] Va fi adăugat un elev
    [few] Vor fi adăugați { $count } elevi
   *[other] Vor fi adăugați { $count } de elevi
}
roster-windows-1252 = Acest fișier folosește o codificare de text mai veche (Windows-1252); diacriticele au fost citite corect.
roster-table-caption = Rândurile din fișier și ce se va întâmpla cu fiecare
roster-col-line = Rândul
roster-col-status = Ce se întâmplă
roster-will-add = Va fi adăugat
roster-missing-name = Sărit: lipsește numele
roster-duplicate = Sărit: același elev ca pe rândul { $line }
roster-already = Sărit: este deja în această clasă
roster-unreadable = Sărit: acest rând nu a putut fi citit
roster-import-button = { $count ->
    [one] Importă un elev
    [few] Importă { $count } elevi
   *[other] Importă { $count } de elevi
}
roster-imported = { $count ->
    [one] A fost importat un elev.
    [few] Au fost importați { $count } elevi.
   *[other] Au fost importați { $count } de elevi.
}

pupil-nav-label = Activitățile mele
pupil-not-set-up = Această tabletă nu este încă pregătită. Te rog să îl întrebi pe profesorul tău.
pupil-choose-class = Alege-ți clasa
pupil-no-classes = Încă nu există clase pe această tabletă. Te rog să îl întrebi pe profesorul tău.
pupil-continue-as = Tu ești { $name }?
pupil-continue = Da, continuă
pupil-not-me = Nu, nu sunt eu
pupil-back-to-classes = Înapoi la clase
pupil-tap-name = Atinge-ți numele
pupil-class-empty = Încă nu există elevi în această clasă. Te rog să îl întrebi pe profesorul tău.
pupil-who-heading = Cine ești?
pupil-pick-name = Îmi caut numele
pupil-hello = Bună, { $name }!
pupil-finished = Am terminat
reading-help = Ajutor la citit
reading-dyslexia = Text mai ușor de citit (font, spațiere și rânduri mai scurte)
reading-contrast = Culori puternice (contrast ridicat)

coord-nav-label = Instrumente pentru coordonator
coord-school-ref = referința școlii { $reference }
coord-demo-notice = Aceasta este școala demonstrativă. Elevii ei sunt inventați. Eliminați-o înainte să adăugați clase reale.
coord-demo-remove = Elimină școala demonstrativă
coord-demo-remove-confirm = Această acțiune șterge toate datele de pe această tabletă și revine la configurare. Continuați?
coord-demo-remove-yes = Da, elimină tot
coord-storage-heading = Stocarea pe acest dispozitiv
coord-storage-persisted = Acest browser a acceptat să păstreze datele ByteSmart.
coord-storage-not-persisted = Atenție: acest browser poate șterge datele ByteSmart dacă dispozitivul rămâne fără spațiu sau dacă aplicația nu este folosită o vreme. Exportați regulat o copie de siguranță sau adăugați ByteSmart pe ecranul de start.
coord-storage-use = Se folosesc { $used } MB din { $quota } MB disponibili.
coord-last-backup = Ultima copie de siguranță (export): { $date }
coord-never-backed-up = Datele de pe această tabletă nu au fost exportate niciodată. Exportați regulat o copie de siguranță.
coord-enrol-heading = Adăugați un alt dispozitiv la această școală
coord-enrol-explain = Deschideți ByteSmart pe celălalt dispozitiv, alegeți „adaugă acest dispozitiv la școala noastră” și lipiți acest cod sau încărcați fișierul. Păstrați-l secret: conține cheia școlii.
coord-enrol-show = Arată codul de înscriere
coord-enrol-code = Cod de înscriere
coord-enrol-download = Descarcă fișierul de înscriere
coord-enrol-hide = Ascunde codul
