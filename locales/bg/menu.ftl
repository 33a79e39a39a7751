## The main menu and first-use setup.

menu-home = Firstline — разпознаване на възможни жертви на трафик на хора с цел сексуална експлоатация (ръководство EuroTrafGuid на ЕС).

    От какво имате нужда?
menu-screening = 🧭 Проверка стъпка по стъпка
menu-contacts = ☎ Контакти
menu-language = 🌐 Език
menu-country = 📍 Държава
menu-language-pick = Изберете езика на бота.
menu-country-pick = Изберете държавата, чиито контакти Ви трябват.

setup-language = Добре дошли във Firstline. Изберете език.
setup-country = В коя държава работите? Контактите зависят от този избор (можете да го промените в менюто).
menu-learn = 📖 Обучение: определения
menu-indicators = 🔎 Индикатори
menu-practice = 🎯 Упражнения със сценарии
menu-quiz = ❓ Тест
