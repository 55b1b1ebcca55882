## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = Ładowanie…
cancel = Anuluj
save = Zapisz
saved = Zapisano.
edit = Edytuj
remove = Usuń
demo-school-name = Szkoła demonstracyjna (przykładowe dane)

setup-heading = Skonfiguruj ten tablet
setup-intro = Koordynator robi to raz na każdym urządzeniu. Dane zostają na tym tablecie; nic nie jest nigdzie wysyłane.
setup-how = Czy to pierwsze urządzenie z ByteSmart w tej szkole?
setup-new-school = Tak: utwórz nową szkołę
setup-join-school = Nie: dołącz do naszej szkoły kodem dołączenia z innego urządzenia
setup-school-name = Nazwa szkoły
setup-year = Bieżący rok szkolny
setup-year-hint = W Wielkiej Brytanii rok szkolny trwa od 1 września do 31 sierpnia.
setup-code = Kod dołączenia
setup-code-file = Albo wybierz plik dołączenia
setup-code-not-code = To nie jest kod dołączenia ByteSmart. Skopiuj go ponownie z urządzenia koordynatora (zaczyna się od BSE1).
setup-code-damaged = Ten kod dołączenia jest uszkodzony lub niepełny. Skopiuj ponownie cały kod albo użyj pliku dołączenia.
setup-pin = PIN dla personelu (od 4 do 8 cyfr)
setup-pin-again = Wpisz PIN jeszcze raz
setup-pin-hint = Nauczyciele i koordynator używają tego PIN-u, aby otwierać ekrany dla personelu. Uczniowie nie mogą go znać.
setup-pin-length = PIN musi mieć od 4 do 8 cyfr.
setup-pin-digits = PIN może zawierać tylko cyfry.
setup-pin-easy = Ten PIN jest zbyt łatwy do odgadnięcia. Unikaj powtarzających się cyfr i ciągów takich jak 1234.
setup-pin-mismatch = Wpisane PIN-y się różnią. Wpisz je ponownie.
setup-name-missing = Wpisz nazwę szkoły.
setup-submit = Skonfiguruj ten tablet
setup-demo = Wypróbuj na szkole demonstracyjnej
setup-demo-hint = Szkoła demonstracyjna ma dwie klasy z wymyślonymi uczniami. Jest wyraźnie oznaczona i można ją usunąć jednym krokiem.
setup-needed-heading = Ten tablet nie jest jeszcze skonfigurowany
setup-needed-body = Szkolny koordynator do spraw bezpieczeństwa w internecie konfiguruje każdy tablet jeden raz.
setup-start = Skonfiguruj teraz

pin-heading = Tylko dla personelu
pin-explain = Wpisz PIN dla personelu, aby kontynuować.
pin-label = PIN dla personelu
pin-unlock = Odblokuj
pin-checking = Sprawdzanie…
pin-wrong = Ten PIN jest nieprawidłowy. Spróbuj ponownie.
pin-wrong-wait = Ten PIN jest nieprawidłowy. Zaczekaj { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} przed kolejną próbą.
pin-wait = Zbyt wiele błędnych PIN-ów. Zaczekaj { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
pin-lock = Zablokuj

teacher-nav-label = Narzędzia nauczyciela
teacher-link-classes = Klasy i uczniowie
teacher-link-classes-hint = Dodawaj klasy, dodawaj lub importuj uczniów, przenoś lub usuwaj ich
back-to-teacher = Wróć do narzędzi nauczyciela
back-to-classes = Wróć do klas
back-to-class = Wróć do klasy
classes-heading = Klasy
classes-empty = Nie ma jeszcze żadnych klas. Dodaj pierwszą poniżej.
classes-show-archived = Pokaż klasy w archiwum ({ $count })
class-year-band = Year { $year } · { $band }
class-archived = W archiwum
class-add-heading = Dodaj klasę
class-name = Nazwa klasy
class-name-missing = Nadaj klasie nazwę.
class-year = Rocznik (Year)
class-add = Dodaj klasę
class-edit = Zmień nazwę lub rocznik
class-archive = Przenieś tę klasę do archiwum
class-unarchive = Przywróć tę klasę
class-not-found = Ta klasa już nie istnieje.
class-pupils-heading = { $count ->
    [one] Jeden uczeń
    [few] { $count } uczniów
    [many] { $count } uczniów
   *[other] { $count } ucznia
}
class-no-pupils = Nie ma jeszcze uczniów. Dodaj ich pojedynczo albo zaimportuj listę klasy.
class-import-csv = Importuj listę klasy (CSV)

pupil-add-heading = Dodaj ucznia
pupil-name = Imię, które uczeń rozpozna
pupil-name-hint = Wystarczy imię i pierwsza litera nazwiska. Nie przechowujemy dat urodzenia ani adresów.
pupil-adno = Numer ucznia w szkole (admission number, nieobowiązkowy)
pupil-symbol = Obrazek, po którym uczeń znajdzie swoje imię
pupil-add = Dodaj ucznia
pupil-added = Dodano: { $name }.
pupil-saved = Zapisano: { $name }.
pupil-removed = Usunięto z tego tabletu: { $name } i wszystkie dane tego ucznia.
pupil-name-missing = Wpisz imię ucznia.
pupil-move = Klasa
pupil-remove-confirm = Usunąć: { $name }? Lekcje, odpowiedzi z quizów i podpisy tego ucznia na tym tablecie także zostaną usunięte.
pupil-remove-yes = Tak, usuń

roster-heading = Importuj listę uczniów do klasy { $class }
roster-explain = Wybierz plik CSV wyeksportowany ze szkolnego systemu informacyjnego. Przed zapisaniem zobaczysz każdy wiersz.
roster-choose = Plik CSV
roster-unreadable-file = Nie udało się odczytać tego pliku.
roster-empty = Plik jest pusty.
roster-no-names = Żadna kolumna w tym pliku nie wygląda na imiona uczniów. Potrzebny jest nagłówek, np. Name, Forename albo Surname.
roster-preview = { $count ->
    [one] Zostanie dodany jeden uczeń
    [few] Zostanie dodanych { $count } uczniów
    [many] Zostanie dodanych { $count } uczniów
   *[other] Zostanie dodanych { $count } ucznia
}
roster-windows-1252 = Ten plik używa starszego kodowania znaków (Windows-1252); znaki diakrytyczne zostały odczytane poprawnie.
roster-table-caption = Wiersze z pliku i co się stanie z każdym z nich
roster-col-line = Wiersz
roster-col-status = Co się stanie
roster-will-add = Zostanie dodany
roster-missing-name = Pominięto: brak imienia
roster-duplicate = Pominięto: ten sam uczeń co w wierszu { $line }
roster-already = Pominięto: już jest w tej klasie
roster-unreadable = Pominięto: nie udało się odczytać tego wiersza
roster-import-button = { $count ->
    [one] Importuj jednego ucznia
    [few] Importuj { $count } uczniów
    [many] Importuj { $count } uczniów
   *[other] Importuj { $count } ucznia
}
roster-imported = { $count ->
    [one] Zaimportowano jednego ucznia.
    [few] Zaimportowano { $count } uczniów.
    [many] Zaimportowano { $count } uczniów.
   *[other] Zaimportowano { $count } ucznia.
}

pupil-nav-label = Moje zajęcia
pupil-not-set-up = Ten tablet nie jest jeszcze skonfigurowany. Poproś o pomoc nauczyciela.
pupil-choose-class = Wybierz swoją klasę
pupil-no-classes = Na tym tablecie nie ma jeszcze klas. Poproś o pomoc nauczyciela.
pupil-continue-as = Czy to ty, { $name }?
pupil-continue = Tak, dalej
pupil-not-me = Nie, to nie ja
pupil-back-to-classes = Wróć do klas
pupil-tap-name = Dotknij swojego imienia
pupil-class-empty = W tej klasie nie ma jeszcze uczniów. Poproś o pomoc nauczyciela.
pupil-who-heading = Kim jesteś?
pupil-pick-name = Znajdź moje imię
pupil-hello = Cześć, { $name }!
pupil-finished = Gotowe
reading-help = Pomoc w czytaniu
reading-dyslexia = Tekst łatwiejszy do czytania (czcionka, odstępy i krótsze wiersze)
reading-contrast = Mocne kolory (wysoki kontrast)

coord-nav-label = Narzędzia koordynatora
coord-school-ref = numer referencyjny szkoły { $reference }
coord-demo-notice = To jest szkoła demonstracyjna. Jej uczniowie są wymyśleni. Usuń ją, zanim dodasz prawdziwe klasy.
coord-demo-remove = Usuń szkołę demonstracyjną
coord-demo-remove-confirm = To usunie wszystkie dane z tego tabletu i wróci do konfiguracji. Kontynuować?
coord-demo-remove-yes = Tak, usuń wszystko
coord-storage-heading = Pamięć na tym urządzeniu
coord-storage-persisted = Ta przeglądarka zgodziła się przechowywać dane ByteSmart.
coord-storage-not-persisted = Uwaga: ta przeglądarka może usunąć dane ByteSmart, jeśli na urządzeniu zabraknie miejsca albo aplikacja przez dłuższy czas nie będzie używana. Regularnie eksportuj kopię zapasową albo dodaj ByteSmart do ekranu głównego.
coord-storage-use = Użyto { $used } MB z { $quota } MB dostępnych.
coord-last-backup = Ostatnia kopia zapasowa (eksport): { $date }
coord-never-backed-up = Dane z tego tabletu nigdy nie były eksportowane. Regularnie eksportuj kopię zapasową.
coord-enrol-heading = Dodaj kolejne urządzenie do tej szkoły
coord-enrol-explain = Otwórz ByteSmart na drugim urządzeniu, wybierz „dołącz do naszej szkoły” i wklej ten kod albo wczytaj plik. Nie udostępniaj go nikomu: zawiera klucz szkoły.
coord-enrol-show = Pokaż kod dołączenia
coord-enrol-code = Kod dołączenia
coord-enrol-download = Pobierz plik dołączenia
coord-enrol-hide = Ukryj kod
