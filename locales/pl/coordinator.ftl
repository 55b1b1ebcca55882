# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = Panel szkoły
coord-link-dashboard-hint = Ukończone lekcje, podpisy, obszary i wyniki SMART, z raportem do wydruku
coord-link-export = Eksportuj dane
coord-link-export-hint = Zaszyfrowana paczka, arkusz kalkulacyjny (CSV) lub pełne dane (JSON)
coord-link-import = Importuj z tabletów
coord-link-import-hint = Zbierz dane ze wszystkich tabletów na tym urządzeniu
coord-link-retention = Usuń stare dane
coord-link-retention-hint = Usuń dane ucznia, który odszedł ze szkoły, albo minionego roku szkolnego, z potwierdzeniem

export-heading = Eksportuj dane
export-explain = Zrób kopię wszystkich danych z tego urządzenia: jako kopię zapasową, dla urządzenia koordynatora albo dla systemów szkoły.
export-bundle-heading = Zaszyfrowana paczka (zalecane)
export-bundle-explain = Plik ZIP zabezpieczony szyfrowaniem AES-256. Zawiera pełne dane, dwa arkusze kalkulacyjne i podpisy. 7-Zip i ByteSmart otwierają go po podaniu hasła.
export-pass-label = Hasło do tej paczki
export-pass-hint = Co najmniej 12 znaków. Dobrze sprawdzają się trzy lub cztery niezwiązane ze sobą słowa. Hasło nigdy nie jest zapisywane: przekaż je osobie otwierającej plik osobiście lub telefonicznie, nie w tym samym e-mailu.
export-pass-strength = Siła hasła
export-strength-0 = Bardzo słabe
export-strength-1 = Słabe
export-strength-2 = Przeciętne
export-strength-3 = Dobre
export-strength-4 = Silne
export-pass-too-short = Użyj co najmniej 12 znaków.
export-pass-too-simple = Użyj różnych rodzajów znaków albo trzech lub więcej słów.
export-pass-repetitive = Unikaj powtarzających się znaków i ciągów takich jak „abcd” czy „1234”.
export-pass-common = To jest powszechnie znane hasło: wybierz coś innego.
export-pass-not-strong = Najpierw wybierz silniejsze hasło.
export-bundle-button = Pobierz zaszyfrowaną paczkę
export-plain-heading = Pliki niezaszyfrowane
export-plain-warning = Te pliki zawierają dane osobowe uczniów bez szyfrowania. Przechowuj je wyłącznie w systemach szkoły.
export-csv-button = Pobierz arkusz uczniów (CSV)
export-events-button = Pobierz dziennik zdarzeń (CSV)
export-json-button = Pobierz pełne dane (JSON)
export-done = Zapisano { $file }.

import-heading = Importuj z tabletów
import-explain = Wybierz paczki lub pliki JSON wyeksportowane na innych urządzeniach szkoły. Każdy plik jest najpierw sprawdzany; plik z błędem jest odrzucany w całości i niczego nie zmienia.
import-pass-label = Hasło do paczek
import-files-label = Wybierz pliki do importu
import-drop-hint = Albo upuść pliki tutaj.
import-progress-label = Sprawdzone pliki
import-progress = Sprawdzone pliki: { $done } z { $total }
import-summary-heading = Import zakończony
import-new-pupils = { $count ->
    [one] 1 nowy uczeń
    [few] { $count } nowych uczniów
    [many] { $count } nowych uczniów
   *[other] { $count } nowego ucznia
}
import-updated-progress = { $count ->
    [one] 1 zapis lekcji nowy lub z dalszym postępem
    [few] { $count } zapisy lekcji nowe lub z dalszym postępem
    [many] { $count } zapisów lekcji nowych lub z dalszym postępem
   *[other] { $count } zapisu lekcji nowego lub z dalszym postępem
}
import-new-attempts = { $count ->
    [one] 1 nowe podejście do quizu
    [few] { $count } nowe podejścia do quizu
    [many] { $count } nowych podejść do quizu
   *[other] { $count } nowego podejścia do quizu
}
import-new-signatures = { $count ->
    [one] 1 nowy podpis
    [few] { $count } nowe podpisy
    [many] { $count } nowych podpisów
   *[other] { $count } nowego podpisu
}
import-conflicts = { $count ->
    [one] 1 zapis różnił się między urządzeniami i został uzgodniony
    [few] { $count } zapisy różniły się między urządzeniami i zostały uzgodnione
    [many] { $count } zapisów różniło się między urządzeniami i zostało uzgodnionych
   *[other] { $count } zapisu różniło się między urządzeniami i zostało uzgodnione
}
import-refused-heading = Odrzucone pliki
import-refused-nothing-changed = Nic z tych plików nie zostało dodane.
import-refused-corrupt = to nie jest eksport ByteSmart albo plik jest uszkodzony.
import-refused-truncated = plik jest niepełny (kopiowanie lub pobieranie zostało przerwane).
import-refused-passphrase = to hasło nie otwiera tej paczki.
import-refused-tampered = paczka została zmieniona po utworzeniu.
import-refused-passphrase-needed = ta paczka jest zaszyfrowana: najpierw wpisz jej hasło.
import-refused-other-school = te dane należą do innej szkoły ({ $school }).
import-refused-future = utworzono w nowszej wersji ByteSmart (format { $version }): najpierw zaktualizuj to urządzenie.
import-refused-unreadable = nie udało się odczytać pliku.
import-uncertain-heading = Czy to ten sam uczeń?
import-uncertain-explain = Ci uczniowie mają to samo imię w tej samej klasie, ale nie mają numeru ucznia, który by ich odróżnił.
import-uncertain-item = Dwa zapisy dla: { $name }
import-uncertain-same = Ten sam uczeń: połącz zapisy
import-uncertain-different = Różni uczniowie: zostaw osobno

dash-heading = Panel szkoły
dash-print = Drukuj raport dla rady szkoły (governors)
dash-report-for = { $school }, rok szkolny { $year }. Raport wydrukowano { $date }.
dash-no-data = Na tym urządzeniu nie ma jeszcze danych.
dash-school-heading = Cała szkoła
dash-pupils = Uczniowie
dash-lessons-completed = Ukończone lekcje
dash-signed = Uczniowie, którzy podpisali tegoroczną umowę
dash-cosigned = Rodzice lub opiekunowie, którzy złożyli podpis
dash-of = { $part } z { $whole } ({ $percent }%)
dash-classes-heading = Klasy
dash-completion-chart = Ukończone lekcje według klas
dash-completion-chart-desc = Wykres słupkowy: odsetek dostępnych lekcji ukończonych w każdej klasie. Te same liczby są w tabeli.
dash-classes-caption = Ukończone lekcje i stan umowy według klas
dash-col-class = Klasa
dash-col-pupils = Uczniowie
dash-col-completion = Ukończenie
dash-col-signed = Podpisane
dash-col-cosigned = Podpisane przez rodziców
dash-col-due = Brakujące podpisy
dash-mastery-heading = Zasady SMART: początek roku i teraz
dash-mastery-chart = Ostatnie wyniki quizu SMART według zasad
dash-mastery-chart-desc = Wykres słupkowy: średni ostatni wynik dla każdej zasady SMART. Tabela porównuje go z wynikiem na początek roku.
dash-mastery-caption = Średni wynik dla każdej zasady, na początek roku i ostatni
dash-col-rule = Zasada
dash-col-baseline = Początek roku
dash-col-latest = Ostatni
dash-none = brak danych
dash-strands-heading = Omówione obszary
dash-strands-caption = Obszary „Education for a Connected World” omówione z każdym rocznikiem (lekcje uczniów i lekcje z klasą)
dash-col-strand = Obszar
dash-year = Year { $year }
dash-taught = Omówiony
dash-not-taught = Jeszcze nie
dash-chase-heading = Lista do przypomnienia
dash-chase-none = Wszyscy uczniowie podpisali i wszyscy rodzice lub opiekunowie złożyli podpis.
dash-chase-caption = Uczniowie, którym w tym roku brakuje podpisu własnego lub rodzica
dash-col-pupil = Uczeń
dash-col-missing = Brakuje
dash-missing-signature = Podpis ucznia
dash-missing-cosignature = Podpis rodzica lub opiekuna

retention-heading = Usuń stare dane
retention-policy = Szkoła przechowuje dane przez { $years ->
    [one] 1 rok szkolny
    [few] { $years } lata szkolne
    [many] { $years } lat szkolnych
   *[other] { $years } roku szkolnego
}. Usuń dane ucznia, który odszedł ze szkoły, albo cały miniony rok.
retention-pupil-heading = Uczeń, który odszedł ze szkoły
retention-pupil-label = Uczeń
retention-pupil-none = Wybierz ucznia
retention-pupil-button = Usuń dane tego ucznia
retention-choose-pupil = Najpierw wybierz ucznia.
retention-year-heading = Miniony rok szkolny
retention-year-label = Rok szkolny
retention-year-none = Wybierz rok
retention-year-button = Usuń dane z tego roku
retention-choose-year = Najpierw wybierz rok.
retention-not-past = Można usunąć tylko minione lata szkolne.
retention-confirm-pupil = Usunąć z tego urządzenia wszystkie dane ucznia: { $name }?
retention-confirm-year = Usunąć z tego urządzenia dane z roku szkolnego { $year }?
retention-counts = Zostanie usunięte: uczniowie: { $pupils }, zapisy lekcji: { $progress }, podejścia do quizu: { $attempts }, podpisy: { $signatures }, podpisy rodziców: { $cosignatures }, lekcje z klasą: { $deliveries }, klasy: { $classes }.
retention-cannot-undo = Tego nie można cofnąć. Jeśli dane mogą być jeszcze potrzebne, najpierw wyeksportuj kopię zapasową.
retention-confirm-button = Tak, usuń
retention-done = Usunięto. { $what } Zachowano potwierdzenie.
retention-receipts-heading = Potwierdzenia usunięcia
retention-receipt = { $date } ({ $role }): { $summary }

coord-link-sheets = Podpisane arkusze zasad (AUP)
coord-link-sheets-hint = Wydrukuj podpisane zobowiązanie każdego ucznia, całą klasę naraz
sheets-heading = Podpisane arkusze zasad (AUP)
sheets-print = Drukuj te arkusze
sheets-explain = Jedna strona na ucznia: obietnice dokładnie w podpisanej wersji, oba podpisy, daty i wersja tekstu.
sheets-class = Klasa
sheets-pupil = Uczeń
sheets-whole-class = Cała klasa
sheets-none = W tej klasie nie ma uczniów.
sheets-pupil-heading = Podpisane zobowiązanie dotyczące bezpieczeństwa w sieci: { $name }
sheets-class-line = Klasa: { $class }
sheets-not-signed = Uczeń jeszcze nie podpisał zobowiązania.
sheets-not-cosigned = Żaden rodzic ani opiekun jeszcze nie podpisał.
sheets-text-unknown = Podpisany tekst nie jest zapisany na tym urządzeniu. Identyfikuje go kod wersji poniżej.
sheets-pupil-signed-heading = Podpisane przez ucznia
sheets-parent-signed-heading = Podpisane także przez rodzica lub opiekuna
sheets-pupil-signature-label = Podpis: { $name }
sheets-parent-signature-label = Podpis: { $name }, rodzic lub opiekun
sheets-typed-name = Wpisane imię
sheets-date = Data
sheets-year = Rok szkolny
sheets-hash = Kod wersji tekstu
sheets-parent-name = Imię i nazwisko
sheets-relationship = Pokrewieństwo
sheets-where = Gdzie
sheets-in-class = W szkole, na tablecie klasowym
sheets-at-home = W domu, z listu
sheets-other-text = Rodzic lub opiekun podpisał inną wersję tekstu niż ta, którą podpisał uczeń.
class-sheets-link = Drukuj podpisane arkusze zasad
dash-range-heading = Okres raportu
dash-range-from = Od
dash-range-to = Do
dash-range-reset = Ten rok szkolny
dash-range-line = Okres: od { $from } do { $to } (łącznie z oboma dniami).
dash-letters-explain = Wydrukuj list do każdego rodzica lub opiekuna z listy przypomnień, który jeszcze nie podpisał.
dash-letters-language = Język listów
dash-letters-print = Drukuj listy dla listy przypomnień
dash-letters-close = Zamknij listy
dash-letters-none = Wszyscy rodzice i opiekunowie z listy przypomnień już podpisali, więc nie ma listów do wydrukowania.
coord-keep-heading = Przechowywanie danych
coord-keep-period = Szkoła przechowuje dane przez { $years ->
    [one] 1 rok szkolny
    [few] { $years } lata szkolne
    [many] { $years } lat szkolnych
   *[other] { $years } roku szkolnego
}: to urządzenie przechowuje dane od roku { $oldest }.
coord-keep-label = Przechowuj dane przez
coord-keep-option = { $years ->
    [one] 1 rok szkolny
    [few] { $years } lata szkolne
    [many] { $years } lat szkolnych
   *[other] { $years } roku szkolnego
}
coord-keep-nudge = { $count ->
    [one] 1 zapis na tym urządzeniu jest starszy, niż szkoła przechowuje (sprzed { $before }).
    [few] { $count } zapisy na tym urządzeniu są starsze, niż szkoła przechowuje (sprzed { $before }).
    [many] { $count } zapisów na tym urządzeniu jest starszych, niż szkoła przechowuje (sprzed { $before }).
   *[other] { $count } zapisu na tym urządzeniu jest starsze, niż szkoła przechowuje (sprzed { $before }).
}
coord-keep-nudge-years = Lata szkolne do usunięcia: { $years }.
coord-keep-nudge-link = Przejdź do usuwania starych danych
export-share = Udostępnij
export-share-bundle = Udostępnij zaszyfrowany pakiet
export-share-csv = Udostępnij arkusz uczniów (CSV)
export-share-events = Udostępnij dziennik zdarzeń (CSV)
export-share-json = Udostępnij pełne dane (JSON)
export-shared = Udostępniono { $file }.
export-share-ready = Plik { $file } jest gotowy. Stuknij Udostępnij, aby go wysłać.
