## Уеб чатът: това, което показва само браузърът.
## same-as-english: web-title

web-title = Firstline
web-exit-hint = „Бърз изход“ (бутонът най-горе или три натискания на Shift) Ви извежда веднага от страницата, но не изтрива историята на браузъра.
web-expired-title = Срокът на страницата е изтекъл
web-expired = Срокът на тази страница е изтекъл — започнете отначало. Нищо от нея не е запазено.
web-start-again = Започнете отначало
web-busy-title = Твърде много заявки
web-busy = От тази връзка току-що постъпиха твърде много заявки. Изчакайте една минута и започнете отначало.
web-missing-title = Страницата не е намерена
web-missing = Тази страница не съществува.
web-error-title = Нещо се обърка
web-error = Нещо се обърка от наша страна. Моля, започнете отначало.
web-download-warning = Файлът ще бъде записан на това устройство и ще остане там, докато не го изтриете. Изтеглете го само ако това е безопасно.
web-download-annex-pdf = ⬇ Изтегляне на PDF
web-download-handover-card = ⬇ Изтегляне на картата
card-scan-web = Сканирайте кода, за да отворите тези контакти в браузър.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Език и държава
web-heading-menu = Меню
web-heading-screening = Проверка
web-heading-learn = Обучение
web-heading-indicators = Индикатори
web-heading-practice = Упражнения
web-heading-quiz = Тест
web-heading-contacts = Контакти
