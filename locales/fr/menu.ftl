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

menu-resume = Vous avez quitté un repérage en cours ({ $ticks ->
        [0] aucun signe coché
        [one] 1 signe coché
       *[other] { $ticks } signes cochés
    }{ $marks ->
        [0] {""}
        [one] , 1 note dans l'annexe 1
       *[other] , { $marks } notes dans l'annexe 1
    }). Rien n'est perdu.

    Reprendre là où vous en étiez, ou recommencer ? Recommencer efface ce que vous avez coché et noté.
menu-resume-continue = ▶ Reprendre là où j'en étais
menu-resume-restart = ↺ Recommencer
