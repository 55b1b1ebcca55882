## Presenter mode (teacher on the whiteboard)

teacher-link-present = Показати класу
teacher-link-present-hint = Покажіть урок або класну вікторину на весь екран інтерактивної дошки.

present-heading = Показати класу
present-intro = Виберіть клас, а потім урок або класну вікторину, щоб показати на дошці. Імена учнів і записи на екрані не з’являються.
present-class = Клас
present-no-classes = Класів ще немає. Спочатку додайте клас.
present-add-class = Додати клас
present-lessons-heading = Уроки для: { $band }
present-no-lessons = Для цієї вікової групи уроків ще немає.
present-minutes = { $minutes ->
    [one] Приблизно { $minutes } хвилина
    [few] Приблизно { $minutes } хвилини
    [many] Приблизно { $minutes } хвилин
   *[other] Приблизно { $minutes } хвилини
}
present-start-lesson = Показати урок
present-start-quiz = { $count ->
    [one] Класна вікторина ({ $count } запитання)
    [few] Класна вікторина ({ $count } запитання)
    [many] Класна вікторина ({ $count } запитань)
   *[other] Класна вікторина ({ $count } запитання)
}
present-last-delivered = Востаннє проведено { $date }
present-delivered-heading = Проведено в цьому класі
present-delivered-none = У цьому класі ще жоден урок не позначено як проведений.
present-col-date = Дата
present-col-lesson = Урок
present-col-minutes = Хвилини
present-not-found = Не вдалося знайти цей урок.
present-back = Назад до меню показу

present-exit = Вийти з режиму показу
present-fullscreen = На весь екран
present-exit-fullscreen = Вийти з повноекранного режиму
present-notes-show = Показати нотатки (N)
present-notes-hide = Сховати нотатки (N)
present-notes = Нотатки вчителя
present-hints = Підказки для обговорення
present-answer-note = Відповідь: { $answer }
present-next-up = Далі: { $text }
present-next-end = Це останній слайд.
present-audience-open = Відкрити вікно для класу
present-audience-blocked = Браузер заблокував нове вікно. Дозвольте спливні вікна для ByteSmart або показуйте з цього вікна.
present-audience-on = Вікно для класу відкрито. Перемістіть його на екран дошки; у цьому вікні видно ваші нотатки і наступний крок.
present-ended = Показ завершено. Можна закрити це вікно.
present-close-window = Закрити це вікно
present-slide = Слайд
present-counter = Слайд { $current } з { $total }
present-progress = Хід показу
present-nav = Керування слайдами
present-previous = Попередній
present-next = Наступний
present-quiz-title = Класна вікторина: { $title }
present-quiz-count = { $count ->
    [one] { $count } запитання
    [few] { $count } запитання
    [many] { $count } запитань
   *[other] { $count } запитання
}

present-kind-discuss = Поговорімо
present-kind-question = Запитання
present-kind-sort = Розсортуй
present-sort-reveal = Показати групи

present-timer = Таймер обговорення
present-timer-start = Запустити таймер
present-timer-pause = Призупинити таймер
present-timer-reset = Скинути таймер
present-timer-less = На хвилину менше
present-timer-more = На хвилину більше
present-timer-up = Час вийшов

present-answer-hands = Підняті руки за відповідь { $letter }
present-hands-less = На одну руку менше за відповідь { $letter }
present-hands-more = На одну руку більше за відповідь { $letter }
present-hands-count = { $count ->
    [one] { $count } рука
    [few] { $count } руки
    [many] { $count } рук
   *[other] { $count } руки
}
present-reveal = Показати відповідь
present-correct = Правильна відповідь

present-finish-learned = Що ми дізналися
present-summary-heading = Підсумок класної вікторини
present-summary-caption = Підняті руки всього класу. Імена не записуються.
present-summary-question = Запитання
present-summary-hands = Пораховано рук
present-summary-correct = Руки за правильну відповідь
present-summary-row = { $number }. { $question }
present-summary-percent = { $count } ({ $percent }%)
present-summary-none = Не пораховано
present-mark-delivered = Завершити і позначити як проведений
present-delivered = { $minutes ->
    [one] Записано: проведено в класі { $class } ({ $minutes } хвилина).
    [few] Записано: проведено в класі { $class } ({ $minutes } хвилини).
    [many] Записано: проведено в класі { $class } ({ $minutes } хвилин).
   *[other] Записано: проведено в класі { $class } ({ $minutes } хвилини).
}
present-no-class = Виберіть клас у меню показу, щоб записати цей урок як проведений.
