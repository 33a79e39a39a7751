## The main menu and first-use setup.

menu-home = Firstline — recognising possible victims of trafficking for sexual exploitation (EU EuroTrafGuid guide).

    What do you need?
menu-screening = 🧭 Screening, step by step
menu-contacts = ☎ Contacts
menu-language = 🌐 Language
menu-country = 📍 Country
menu-language-pick = Choose the language of the bot.
menu-country-pick = Choose the country whose contacts you need.

setup-language = Welcome to Firstline. Choose your language.
setup-country = Which country are you working in? The contacts follow this choice (you can change it in the menu).
menu-learn = 📖 Learn: definitions
menu-indicators = 🔎 Indicators
menu-practice = 🎯 Practice scenarios
menu-quiz = ❓ Quiz

menu-resume = You left a screening part-way ({ $ticks ->
        [0] no signs ticked
        [one] 1 sign ticked
       *[other] { $ticks } signs ticked
    }{ $marks ->
        [0] {""}
        [one] , 1 annex mark set
       *[other] , { $marks } annex marks set
    }). Nothing is lost.

    Continue where you were, or start again? Starting again clears what you ticked and marked.
menu-resume-continue = ▶ Continue where I was
menu-resume-restart = ↺ Start again
