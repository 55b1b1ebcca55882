## Lessons: the pupil's lesson list, the lesson player and the curriculum map

pupil-link-lessons = Мої уроки
pupil-link-lessons-hint = Історії, запитання та ігри на сортування про безпеку в інтернеті.
teacher-link-curriculum = Навчальна карта
teacher-link-curriculum-hint = Усі уроки за віковою групою, роком навчання, половиною семестру і темою.

lessons-heading = Мої уроки
lessons-for-band = Уроки для: { $band }, рік навчання { $year }
lessons-none = Для твого року навчання уроків ще немає. Запитай свого вчителя.
lessons-status-new = Новий
lessons-status-in-progress = Триває
lessons-status-done = Завершено
lessons-step-of = Крок { $step } з { $total }
lessons-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
lessons-back-to-list = Назад до моїх уроків
lessons-back-to-me = Назад на мою сторінку
lessons-not-found = Ми не змогли знайти цей урок.

lessons-progress-label = Прогрес уроку
lessons-back = Назад
lessons-next = Далі
lessons-finish = Завершити
lessons-next-locked-check = Вибери правильну відповідь, щоб продовжити.
lessons-next-locked-sort = Поклади кожну картку в групу, щоб продовжити.
lessons-machine-translated = Машинний переклад, ще не перевірений. Запитай свого вчителя, якщо щось незрозуміло.
lessons-discuss-heading = Поговорімо
lessons-discuss-hint = Поділися своїми думками з класом або з дорослим.
lessons-sort-heading = Розсортуй
lessons-sort-right = Так! Це належить до групи «{ $group }».
lessons-sort-wrong = Не зовсім. Подумай ще раз і спробуй іншу групу.
lessons-sort-done = Чудово розсортовано! Кожна картка в правильній групі.
lessons-check-heading = Запитання
lessons-check-right = Правильно!
lessons-check-try-again = Не зовсім. Спробуй ще раз.
lessons-check-why = Чому?
lessons-your-answer-right = Правильна відповідь
lessons-your-answer-wrong = Не ця

lessons-finished-heading = Молодець! Ти завершив(-ла) урок.
lessons-score = { $total ->
    [0] У цьому уроці не було запитань.
   *[other] З першого разу ти правильно відповів(-ла) на { $right } з { $total ->
        [one] { $total } запитання
       *[other] { $total } запитань
    }.
}
lessons-learned-heading = Що ти дізнався(-лася)
lessons-tell-heading = З ким я можу поговорити?
lessons-start-again = Почати знову

curriculum-heading = Навчальна карта
curriculum-intro = Дванадцять уроків для кожної вікової групи, по одному на кожну половину семестру протягом дворічного циклу. Осінь — «доброта і відповідальність», весна — «безпека і захист», літо — «здоров’я».
curriculum-plan-caption = { $band }: дворічний план
curriculum-coverage-caption = { $band }: охоплені теми
curriculum-col-cycle = Рік циклу
curriculum-col-half-term = Половина семестру
curriculum-col-lesson = Урок
curriculum-col-years = Роки навчання
curriculum-col-strands = Теми
curriculum-col-rules = Правила SMART
curriculum-col-strand = Тема
curriculum-col-lessons = Уроки
curriculum-col-covered = Охоплено?
curriculum-cycle-year = Рік { $year }
curriculum-covered-yes = Так
curriculum-covered-no = Ще ні
curriculum-all-covered = Усі 8 тем охоплено.
curriculum-missing = { $count ->
    [one] { $count } тему ще не охоплено.
    [few] { $count } теми ще не охоплено.
    [many] { $count } тем ще не охоплено.
   *[other] { $count } теми ще не охоплено.
}
curriculum-years = Роки навчання { $years }
curriculum-facts-checked = Телефони довіри та мінімальний вік востаннє перевірено { $date }.

term-autumn-1 = Осінь 1: доброта і відповідальність
term-autumn-2 = Осінь 2: доброта і відповідальність
term-spring-1 = Весна 1: безпека і захист
term-spring-2 = Весна 2: безпека і захист
term-summer-1 = Літо 1: здоров’я
term-summer-2 = Літо 2: здоров’я
