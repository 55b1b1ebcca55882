## SMART quizzes: the pupil quiz and the teacher's class report

quiz-link = Вікторина SMART
quiz-link-hint = Відповідай на запитання про п’ять правил SMART
quiz-heading = Вікторина SMART
quiz-loading = Завантаження…
quiz-no-pupil = Спочатку вибери своє ім’я, а потім можна проходити вікторину.
quiz-choose-name = Вибрати моє ім’я
quiz-intro = Приблизно десять запитань про п’ять правил SMART. Якщо не знаєш відповіді, натисни «Я не впевнений(-на)». Це нормально!
quiz-purpose-line = Ця вікторина: { $purpose }
quiz-purpose-practice = Тренування
quiz-purpose-baseline = Початкова перевірка на початку року
quiz-purpose-end-of-unit = Перевірка наприкінці розділу
quiz-start = Почати вікторину
quiz-missing-question = Цього запитання вже немає у вікторині. Будь ласка, запитай свого вчителя.
quiz-progress = Запитання { $n } з { $total }
quiz-hint-single = Натисни одну відповідь.
quiz-hint-multi = Натисни всі відповіді, які вважаєш правильними.
quiz-hint-true-false = Це правда чи неправда?
quiz-hint-scenario = Прочитай історію, а потім натисни одну відповідь.
quiz-hint-order = Натискай кроки у правильному порядку.
quiz-hint-match = Натисни картку ліворуч, а потім її пару праворуч.
quiz-check = Перевірити мою відповідь
quiz-not-sure = Я не впевнений(-на)
quiz-your-order = Твій порядок
quiz-your-matches = Твої пари
quiz-start-again = Почати знову
quiz-match-left = Що треба з’єднати
quiz-match-right = Пари
quiz-matched = { $left } → { $right }
quiz-outcome-right = Правильно, молодець!
quiz-outcome-partly-right = Частково правильно. Гарна думка!
quiz-outcome-not-yet = Не зовсім. Ось чому.
quiz-outcome-not-sure = Нічого страшного! Ось відповідь.
quiz-you-chose = Ти вибрав(-ла):
quiz-right-answer = Правильна відповідь:
quiz-right-order = Правильний порядок
quiz-right-pairs = Правильні пари
quiz-next = Наступне запитання
quiz-see-results = Подивитися мої результати
quiz-results-heading = Твої результати SMART
quiz-results-summary = Ти повністю правильно відповів(-ла) на { $right } з { $total ->
    [one] { $total } запитання.
   *[other] { $total } запитань.
}
quiz-results-not-sure = { $count ->
    [one] Ти { $count } раз сказав(-ла) «Я не впевнений(-на)». Це нормально: так ми знаємо, що треба потренувати.
    [few] Ти { $count } рази сказав(-ла) «Я не впевнений(-на)». Це нормально: так ми знаємо, що треба потренувати.
    [many] Ти { $count } разів сказав(-ла) «Я не впевнений(-на)». Це нормально: так ми знаємо, що треба потренувати.
   *[other] Ти { $count } рази сказав(-ла) «Я не впевнений(-на)». Це нормально: так ми знаємо, що треба потренувати.
}
quiz-level-secure = Впевнено
quiz-level-developing = Майже вдається
quiz-level-not-yet = Ще ні
quiz-level-none = Поки невідомо
quiz-level-key = Позначки: ● Впевнено, ◐ Майже вдається, ○ Ще ні, ? Поки невідомо
quiz-practise-missed = Потренувати те, що не вдалося
quiz-nothing-missed = Чудово! Цього разу нічого тренувати не треба.
quiz-finish = Завершити

quiz-report-link = Результати вікторини SMART
quiz-report-link-hint = Засвоєння кожного правила, запитання з найбільшою кількістю помилок і хибні уявлення
quiz-report-heading = Результати вікторини SMART
quiz-report-class = Клас
quiz-report-next-purpose = Наступні вікторини в цьому класі рахуються як
quiz-report-purpose-saved = Збережено. Учні, які почнуть вікторину зараз, отримають саме цей тип.
quiz-report-filter = Показати спроби
quiz-report-filter-all = Усі спроби
quiz-report-no-class = Виберіть клас, щоб побачити результати його вікторин.
quiz-report-empty = У цьому класі ще немає спроб вікторини.
quiz-report-summary = { $attempts ->
    [one] { $attempts } спроба
    [few] { $attempts } спроби
    [many] { $attempts } спроб
   *[other] { $attempts } спроби
} від { $pupils ->
    [one] { $pupils } учня.
   *[other] { $pupils } учнів.
}
quiz-report-rules-heading = Засвоєння кожного правила SMART
quiz-report-rules-note = Кількість учнів рахується за останньою спробою кожного учня. Стовпці початкової перевірки та перевірки наприкінці розділу показують середній бал класу.
quiz-report-col-rule = Правило
quiz-report-col-class = Увесь клас
quiz-report-col-baseline = Початкова перевірка
quiz-report-col-end = Кінець розділу
quiz-report-missed-heading = Запитання, у яких найчастіше помиляються
quiz-report-col-question = Запитання
quiz-report-col-missed = Помилки
quiz-report-col-not-sure = «Не впевнений(-на)»
quiz-report-missed-of = { $missed } з { $answered }
quiz-report-misconceptions-heading = Найпоширеніші хибні уявлення
quiz-report-col-misconception = Хибне уявлення
quiz-report-col-times = Скільки разів
quiz-report-pupils-heading = Учні
quiz-report-col-pupil = Учень
quiz-report-col-date = Дата
quiz-report-col-purpose = Мета
quiz-report-col-progress = Відповіді
quiz-report-answered = { $done } з { $total }
quiz-report-in-progress = { $done } з { $total } (триває)
