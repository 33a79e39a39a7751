## same-as-english: menu-quiz

## Het hoofdmenu en de instellingen bij het eerste gebruik.

menu-home = Firstline — mogelijke slachtoffers van mensenhandel gericht op seksuele uitbuiting herkennen (EU-handleiding EuroTrafGuid).

    Wat heb je nodig?
menu-screening = 🧭 Signaleren, stap voor stap
menu-contacts = ☎ Contactpunten
menu-language = 🌐 Taal
menu-country = 📍 Land
menu-language-pick = Kies de taal van de bot.
menu-country-pick = Kies het land waarvan je de contactpunten nodig hebt.

setup-language = Welkom bij Firstline. Kies je taal.
setup-country = In welk land werk je? De contactpunten hangen af van deze keuze (je kunt die in het menu wijzigen).
menu-learn = 📖 Leren: definities
menu-indicators = 🔎 Indicatoren
menu-practice = 🎯 Oefenen met casussen
menu-quiz = ❓ Quiz
