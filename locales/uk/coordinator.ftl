# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = Панель школи
coord-link-dashboard-hint = Проходження уроків, підписи, теми й результати SMART, зі звітом для друку
coord-link-export = Експорт записів
coord-link-export-hint = Зашифрований архів, таблиця (CSV) або всі дані (JSON)
coord-link-import = Імпорт із планшетів
coord-link-import-hint = Зберіть записи з усіх планшетів на цьому пристрої
coord-link-retention = Видалити старі записи
coord-link-retention-hint = Видаліть учня, який вибув, або минулий навчальний рік, з підтвердженням

export-heading = Експорт записів
export-explain = Зробіть копію всіх записів на цьому пристрої: як резервну копію, для пристрою координатора або для шкільних систем.
export-bundle-heading = Зашифрований архів (рекомендовано)
export-bundle-explain = ZIP-файл, захищений шифруванням AES-256. У ньому всі записи, дві таблиці та підписи. 7-Zip і ByteSmart відкривають його за допомогою парольної фрази.
export-pass-label = Парольна фраза для цього архіву
export-pass-hint = Щонайменше 12 символів. Добре підходять три-чотири не пов’язані між собою слова. Вона ніде не зберігається: повідомте її людині, яка відкриватиме файл, особисто або телефоном, а не в тому самому листі.
export-pass-strength = Надійність парольної фрази
export-strength-0 = Дуже слабка
export-strength-1 = Слабка
export-strength-2 = Посередня
export-strength-3 = Добра
export-strength-4 = Надійна
export-pass-too-short = Використайте щонайменше 12 символів.
export-pass-too-simple = Поєднуйте різні види символів або використайте три чи більше слів.
export-pass-repetitive = Уникайте повторюваних символів і послідовностей на зразок «abcd» або «1234».
export-pass-common = Це загальновідомий пароль: виберіть щось інше.
export-pass-not-strong = Спочатку виберіть надійнішу парольну фразу.
export-bundle-button = Завантажити зашифрований архів
export-plain-heading = Незашифровані файли
export-plain-warning = Ці файли містять особисті дані учнів без шифрування. Зберігайте їх лише в шкільних системах.
export-csv-button = Завантажити таблицю учнів (CSV)
export-events-button = Завантажити журнал подій (CSV)
export-json-button = Завантажити всі записи (JSON)
export-done = Збережено { $file }.

import-heading = Імпорт із планшетів
import-explain = Виберіть архіви або файли JSON, експортовані на інших пристроях школи. Кожен файл спершу перевіряється; файл, який не пройшов перевірку, відхиляється повністю і нічого не змінює.
import-pass-label = Парольна фраза архівів
import-files-label = Виберіть файли для імпорту
import-drop-hint = Або перетягніть файли сюди.
import-progress-label = Перевірено файлів
import-progress = Перевірено файлів: { $done } з { $total }
import-summary-heading = Імпорт завершено
import-new-pupils = { $count ->
    [one] { $count } новий учень
    [few] { $count } нові учні
    [many] { $count } нових учнів
   *[other] { $count } нового учня
}
import-updated-progress = { $count ->
    [one] { $count } запис уроку новий або з більшим прогресом
    [few] { $count } записи уроків нові або з більшим прогресом
    [many] { $count } записів уроків нових або з більшим прогресом
   *[other] { $count } запису уроків нових або з більшим прогресом
}
import-new-attempts = { $count ->
    [one] { $count } нова спроба вікторини
    [few] { $count } нові спроби вікторини
    [many] { $count } нових спроб вікторини
   *[other] { $count } нової спроби вікторини
}
import-new-signatures = { $count ->
    [one] { $count } новий підпис
    [few] { $count } нові підписи
    [many] { $count } нових підписів
   *[other] { $count } нового підпису
}
import-conflicts = { $count ->
    [one] { $count } запис відрізнявся на різних пристроях, розбіжність усунено
    [few] { $count } записи відрізнялися на різних пристроях, розбіжності усунено
    [many] { $count } записів відрізнялися на різних пристроях, розбіжності усунено
   *[other] { $count } запису відрізнялися на різних пристроях, розбіжності усунено
}
import-refused-heading = Відхилені файли
import-refused-nothing-changed = Нічого з цих файлів не додано.
import-refused-corrupt = це не експорт ByteSmart, або файл пошкоджено.
import-refused-truncated = файл неповний (копіювання або завантаження перервалося).
import-refused-passphrase = ця парольна фраза не відкриває цей архів.
import-refused-tampered = архів змінено після створення.
import-refused-passphrase-needed = цей архів зашифровано: спершу введіть його парольну фразу.
import-refused-other-school = ці записи належать іншій школі ({ $school }).
import-refused-future = створено новішою версією ByteSmart (формат { $version }): спершу оновіть цей пристрій.
import-refused-unreadable = не вдалося прочитати файл.
import-uncertain-heading = Це той самий учень?
import-uncertain-explain = Ці учні мають однакове ім’я в одному класі, але немає номера зарахування, щоб їх розрізнити.
import-uncertain-item = Два записи для { $name }
import-uncertain-same = Той самий учень: об’єднати записи
import-uncertain-different = Різні учні: залишити окремо

dash-heading = Панель школи
dash-print = Надрукувати звіт для ради школи (governors)
dash-report-for = { $school }, навчальний рік { $year }. Звіт надруковано { $date }.
dash-no-data = На цьому пристрої ще немає записів.
dash-school-heading = Уся школа
dash-pupils = Учні
dash-lessons-completed = Пройдені уроки
dash-signed = Учні, які підписали угоду (AUP) цього року
dash-cosigned = Батьки або опікуни, які теж підписали угоду
dash-of = { $part } з { $whole } ({ $percent }%)
dash-classes-heading = Класи
dash-completion-chart = Проходження уроків за класами
dash-completion-chart-desc = Стовпчикова діаграма: відсоток пройдених доступних уроків у кожному класі. Ті самі числа є в таблиці.
dash-classes-caption = Проходження уроків і стан угоди (AUP) за класами
dash-col-class = Клас
dash-col-pupils = Учні
dash-col-completion = Проходження
dash-col-signed = Підписали
dash-col-cosigned = Підписали батьки
dash-col-due = Потрібен підпис
dash-mastery-heading = Правила SMART: на початку року і зараз
dash-mastery-chart = Останні результати вікторини SMART за правилами
dash-mastery-chart-desc = Стовпчикова діаграма: середній останній результат за кожним правилом SMART. Таблиця порівнює його з початковою перевіркою.
dash-mastery-caption = Середній результат за кожним правилом, початкова перевірка й останній
dash-col-rule = Правило
dash-col-baseline = Початкова перевірка
dash-col-latest = Останній
dash-none = немає даних
dash-strands-heading = Пройдені теми
dash-strands-caption = Теми програми Education for a Connected World, пройдені кожним роком навчання (уроки учнів і уроки з класом)
dash-col-strand = Тема
dash-year = Рік навчання { $year }
dash-taught = Пройдено
dash-not-taught = Ще ні
dash-chase-heading = Кому нагадати
dash-chase-none = Усі учні підписали, і всі батьки або опікуни теж підписали.
dash-chase-caption = Учні, у яких цього року бракує підпису учня або батьків
dash-col-pupil = Учень
dash-col-missing = Бракує
dash-missing-signature = Підпис учня
dash-missing-cosignature = Підпис батьків або опікуна

retention-heading = Видалити старі записи
retention-policy = Школа зберігає записи { $years ->
    [one] { $years } навчальний рік
    [few] { $years } навчальні роки
    [many] { $years } навчальних років
   *[other] { $years } навчального року
}. Видаліть учня, який вибув, або весь минулий рік.
retention-pupil-heading = Учень, який вибув
retention-pupil-label = Учень
retention-pupil-none = Виберіть учня
retention-pupil-button = Видалити записи цього учня
retention-choose-pupil = Спочатку виберіть учня.
retention-year-heading = Минулий навчальний рік
retention-year-label = Навчальний рік
retention-year-none = Виберіть рік
retention-year-button = Видалити записи цього року
retention-choose-year = Спочатку виберіть рік.
retention-not-past = Видаляти можна лише минулі навчальні роки.
retention-confirm-pupil = Видалити всі записи учня { $name } з цього пристрою?
retention-confirm-year = Видалити записи навчального року { $year } з цього пристрою?
retention-counts = Буде видалено: учні — { $pupils }, записи уроків — { $progress }, спроби вікторин — { $attempts }, підписи — { $signatures }, підписи батьків — { $cosignatures }, уроки з класом — { $deliveries }, класи — { $classes }.
retention-cannot-undo = Це не можна скасувати. Якщо записи можуть знадобитися, спершу експортуйте резервну копію.
retention-confirm-button = Так, видалити
retention-done = Видалено. { $what } Підтвердження збережено.
retention-receipts-heading = Підтвердження видалення
retention-receipt = { $date } ({ $role }): { $summary }

coord-link-sheets = Підписані аркуші правил (AUP)
coord-link-sheets-hint = Друк підписаної угоди кожного учня, цілий клас за раз
sheets-heading = Підписані аркуші правил (AUP)
sheets-print = Надрукувати ці аркуші
sheets-explain = Одна сторінка на учня: обіцянки точно в підписаному вигляді, обидва підписи, дати й версія тексту.
sheets-class = Клас
sheets-pupil = Учень
sheets-whole-class = Увесь клас
sheets-none = У цьому класі немає учнів.
sheets-pupil-heading = Підписана угода про безпеку в інтернеті: { $name }
sheets-class-line = Клас: { $class }
sheets-not-signed = Учень ще не підписав угоду.
sheets-not-cosigned = Жоден із батьків чи опікунів ще не підписав.
sheets-text-unknown = Підписаний текст не збережено на цьому пристрої. Його визначає код версії нижче.
sheets-pupil-signed-heading = Підписано учнем
sheets-parent-signed-heading = Також підписано одним із батьків або опікуном
sheets-pupil-signature-label = Підпис: { $name }
sheets-parent-signature-label = Підпис: { $name }, один із батьків або опікун
sheets-typed-name = Введене ім'я
sheets-date = Дата
sheets-year = Навчальний рік
sheets-hash = Код версії тексту
sheets-parent-name = Ім'я
sheets-relationship = Ким доводиться
sheets-where = Де
sheets-in-class = У школі, на класному планшеті
sheets-at-home = Удома, з листа
sheets-other-text = Один із батьків або опікун підписав іншу версію тексту, ніж ту, яку підписав учень.
class-sheets-link = Надрукувати підписані аркуші правил
dash-range-heading = Період звіту
dash-range-from = З
dash-range-to = До
dash-range-reset = Цей навчальний рік
dash-range-line = Період: з { $from } до { $to } (обидва дні включно).
dash-letters-explain = Надрукувати лист кожному з батьків або опікунів зі списку нагадувань, хто ще не підписав.
dash-letters-language = Мова листів
dash-letters-print = Надрукувати листи для списку нагадувань
dash-letters-close = Закрити листи
dash-letters-none = Усі батьки й опікуни зі списку нагадувань уже підписали, тож листів для друку немає.
coord-keep-heading = Зберігання записів
coord-keep-period = Школа зберігає записи { $years ->
    [one] { $years } навчальний рік
    [few] { $years } навчальні роки
    [many] { $years } навчальних років
   *[other] { $years } навчального року
}: цей пристрій зберігає записи від { $oldest }.
coord-keep-label = Зберігати записи
coord-keep-option = { $years ->
    [one] { $years } навчальний рік
    [few] { $years } навчальні роки
    [many] { $years } навчальних років
   *[other] { $years } навчального року
}
coord-keep-nudge = { $count ->
    [one] { $count } запис на цьому пристрої старший, ніж школа зберігає (до { $before }).
    [few] { $count } записи на цьому пристрої старші, ніж школа зберігає (до { $before }).
    [many] { $count } записів на цьому пристрої старші, ніж школа зберігає (до { $before }).
   *[other] { $count } запису на цьому пристрої старші, ніж школа зберігає (до { $before }).
}
coord-keep-nudge-years = Навчальні роки для видалення: { $years }.
coord-keep-nudge-link = Перейти до видалення старих записів
export-share = Поділитися
export-share-bundle = Поділитися зашифрованим пакетом
export-share-csv = Поділитися таблицею учнів (CSV)
export-share-events = Поділитися журналом подій (CSV)
export-share-json = Поділитися повними записами (JSON)
export-shared = Надіслано { $file }.
export-share-ready = Файл { $file } готовий. Торкніться «Поділитися», щоб надіслати його.
