## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = Завантаження…
cancel = Скасувати
save = Зберегти
saved = Збережено.
edit = Змінити
remove = Видалити
demo-school-name = Демо-школа (зразкові дані)

setup-heading = Налаштування цього планшета
setup-intro = Координатор робить це один раз на кожному пристрої. Записи залишаються на цьому планшеті; нічого нікуди не надсилається.
setup-how = Це перший пристрій ByteSmart у школі?
setup-new-school = Так: створити нову школу
setup-join-school = Ні: приєднатися до нашої школи за кодом підключення з іншого пристрою
setup-school-name = Назва школи
setup-year = Поточний навчальний рік
setup-year-hint = У Великій Британії навчальний рік триває з 1 вересня до 31 серпня.
setup-code = Код підключення
setup-code-file = Або виберіть файл підключення
setup-code-not-code = Це не код підключення ByteSmart. Скопіюйте його ще раз із пристрою координатора (він починається з BSE1).
setup-code-damaged = Цей код підключення пошкоджений або неповний. Скопіюйте весь код ще раз або скористайтеся файлом підключення.
setup-pin = PIN-код персоналу (від 4 до 8 цифр)
setup-pin-again = Введіть PIN-код ще раз
setup-pin-hint = Учителі та координатор використовують цей PIN-код, щоб відкривати екрани для персоналу. Учні не повинні його знати.
setup-pin-length = PIN-код має містити від 4 до 8 цифр.
setup-pin-digits = PIN-код може містити лише цифри.
setup-pin-easy = Цей PIN-код занадто легко вгадати. Уникайте однакових цифр поспіль і послідовностей на зразок 1234.
setup-pin-mismatch = Два PIN-коди різні. Будь ласка, введіть їх ще раз.
setup-name-missing = Будь ласка, введіть назву школи.
setup-submit = Налаштувати цей планшет
setup-demo = Спробувати з демо-школою
setup-demo-hint = У демо-школі є два класи з вигаданими учнями. Вона чітко позначена, і її можна видалити одним кроком.
setup-needed-heading = Цей планшет ще не налаштовано
setup-needed-body = Шкільний координатор з безпеки в інтернеті налаштовує кожен планшет один раз.
setup-start = Налаштувати зараз

pin-heading = Лише для персоналу
pin-explain = Введіть PIN-код персоналу, щоб продовжити.
pin-label = PIN-код персоналу
pin-unlock = Розблокувати
pin-checking = Перевірка…
pin-wrong = PIN-код неправильний. Будь ласка, спробуйте ще раз.
pin-wrong-wait = PIN-код неправильний. Будь ласка, зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}, перш ніж спробувати знову.
pin-wait = Забагато неправильних PIN-кодів. Будь ласка, зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
pin-lock = Заблокувати

teacher-nav-label = Інструменти вчителя
teacher-link-classes = Класи й учні
teacher-link-classes-hint = Додавайте класи, додавайте або імпортуйте учнів, переводьте чи видаляйте їх
back-to-teacher = Назад до інструментів учителя
back-to-classes = Назад до класів
back-to-class = Назад до класу
classes-heading = Класи
classes-empty = Класів ще немає. Додайте перший нижче.
classes-show-archived = Показати архівні класи ({ $count })
class-year-band = Рік навчання { $year } · { $band }
class-archived = В архіві
class-add-heading = Додати клас
class-name = Назва класу
class-name-missing = Будь ласка, дайте класу назву.
class-year = Рік навчання
class-add = Додати клас
class-edit = Перейменувати або змінити рік навчання
class-archive = Перемістити цей клас до архіву
class-unarchive = Повернути цей клас
class-not-found = Цього класу більше не існує.
class-pupils-heading = { $count ->
    [one] { $count } учень
    [few] { $count } учні
    [many] { $count } учнів
   *[other] { $count } учня
}
class-no-pupils = Учнів ще немає. Додайте їх по одному або імпортуйте список класу.
class-import-csv = Імпортувати список класу (CSV)

pupil-add-heading = Додати учня
pupil-name = Ім’я, яке учень упізнає
pupil-name-hint = Достатньо імені та першої літери прізвища. Дати народження й адреси не зберігаються.
pupil-adno = Номер зарахування (необов’язково)
pupil-symbol = Малюнок, щоб знайти своє ім’я
pupil-add = Додати учня
pupil-added = { $name } додано.
pupil-saved = { $name } збережено.
pupil-removed = { $name } і всі записи цього учня видалено з цього планшета.
pupil-name-missing = Будь ласка, введіть ім’я учня.
pupil-move = Клас
pupil-remove-confirm = Видалити { $name }? Уроки, відповіді у вікторинах і підписи цього учня на цьому планшеті теж буде видалено.
pupil-remove-yes = Так, видалити

roster-heading = Імпорт списку класу до { $class }
roster-explain = Виберіть файл CSV, експортований з інформаційної системи вашої школи. Ви побачите кожен рядок, перш ніж щось буде збережено.
roster-choose = Файл CSV
roster-unreadable-file = Не вдалося прочитати цей файл.
roster-empty = Файл порожній.
roster-no-names = У цьому файлі немає стовпця, схожого на імена учнів. Потрібен заголовок на зразок Name, Forename або Surname.
roster-preview = { $count ->
    [one] Буде додано { $count } учня
    [few] Буде додано { $count } учні
    [many] Буде додано { $count } учнів
   *[other] Буде додано { $count } учня
}
roster-windows-1252 = Цей файл використовує старіше кодування тексту (Windows-1252); літери з діакритичними знаками прочитано правильно.
roster-table-caption = Рядки у файлі і що станеться з кожним
roster-col-line = Рядок
roster-col-status = Що станеться
roster-will-add = Буде додано
roster-missing-name = Пропущено: немає імені
roster-duplicate = Пропущено: той самий учень, що й у рядку { $line }
roster-already = Пропущено: уже є в цьому класі
roster-unreadable = Пропущено: не вдалося прочитати цей рядок
roster-import-button = { $count ->
    [one] Імпортувати { $count } учня
    [few] Імпортувати { $count } учні
    [many] Імпортувати { $count } учнів
   *[other] Імпортувати { $count } учня
}
roster-imported = { $count ->
    [one] Імпортовано { $count } учня.
    [few] Імпортовано { $count } учні.
    [many] Імпортовано { $count } учнів.
   *[other] Імпортовано { $count } учня.
}

pupil-nav-label = Мої заняття
pupil-not-set-up = Цей планшет ще не налаштовано. Будь ласка, звернися до свого вчителя.
pupil-choose-class = Вибери свій клас
pupil-no-classes = На цьому планшеті ще немає класів. Будь ласка, звернися до свого вчителя.
pupil-continue-as = Ти { $name }?
pupil-continue = Так, продовжити
pupil-not-me = Ні, це не я
pupil-back-to-classes = Назад до класів
pupil-tap-name = Торкнися свого імені
pupil-class-empty = У цьому класі ще немає учнів. Будь ласка, звернися до свого вчителя.
pupil-who-heading = Хто ти?
pupil-pick-name = Знайти своє ім’я
pupil-hello = Привіт, { $name }!
pupil-finished = Я закінчив(-ла)
reading-help = Допомога з читанням
reading-dyslexia = Текст, який легше читати (шрифт, відступи й коротші рядки)
reading-contrast = Яскраві кольори (висока контрастність)

coord-nav-label = Інструменти координатора
coord-school-ref = код школи { $reference }
coord-demo-notice = Це демо-школа. Її учні вигадані. Видаліть її, перш ніж додавати справжні класи.
coord-demo-remove = Видалити демо-школу
coord-demo-remove-confirm = Це видалить усі записи на цьому планшеті й поверне до налаштування. Продовжити?
coord-demo-remove-yes = Так, видалити все
coord-storage-heading = Сховище на цьому пристрої
coord-storage-persisted = Цей браузер погодився зберігати записи ByteSmart.
coord-storage-not-persisted = Увага: цей браузер може видалити записи ByteSmart, якщо на пристрої забракне місця або програмою довго не користуватимуться. Регулярно експортуйте резервну копію або додайте ByteSmart на головний екран.
coord-storage-use = Використано { $used } МБ з { $quota } МБ доступних.
coord-last-backup = Остання резервна копія (експорт): { $date }
coord-never-backed-up = Записи з цього планшета ще ніколи не експортувалися. Регулярно експортуйте резервну копію.
coord-enrol-heading = Додати ще один пристрій до цієї школи
coord-enrol-explain = Відкрийте ByteSmart на іншому пристрої, виберіть «приєднатися до нашої школи» і вставте цей код або завантажте файл. Нікому його не показуйте: він містить ключ школи.
coord-enrol-show = Показати код підключення
coord-enrol-code = Код підключення
coord-enrol-download = Завантажити файл підключення
coord-enrol-hide = Сховати код
