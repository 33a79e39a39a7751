## same-as-english: menu-quiz menu-contacts

## Le menu principal et la configuration à la première utilisation.

menu-home = Firstline — repérer les victimes potentielles de la traite aux fins d'exploitation sexuelle (guide européen EuroTrafGuid).

    De quoi avez-vous besoin ?
menu-screening = 🧭 Repérage, étape par étape
menu-contacts = ☎ Contacts
menu-language = 🌐 Langue
menu-country = 📍 Pays
menu-language-pick = Choisissez la langue du bot.
menu-country-pick = Choisissez le pays pour lequel vous avez besoin des contacts.

setup-language = Bienvenue dans Firstline. Choisissez votre langue.
setup-country = Dans quel pays travaillez-vous ? Les contacts dépendent de ce choix (vous pourrez le modifier dans le menu).
menu-learn = 📖 Apprendre : définitions
menu-indicators = 🔎 Indicateurs
menu-practice = 🎯 Mises en situation
menu-quiz = ❓ Quiz
