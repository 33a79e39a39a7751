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

menu-resume = Je hebt een signalering halverwege verlaten ({ $ticks ->
        [0] geen signalen aangevinkt
        [one] 1 signaal aangevinkt
       *[other] { $ticks } signalen aangevinkt
    }{ $marks ->
        [0] {""}
        [one] , 1 score in bijlage 1
       *[other] , { $marks } scores in bijlage 1
    }). Er gaat niets verloren.

    Verdergaan waar je was, of opnieuw beginnen? Opnieuw beginnen wist wat je hebt aangevinkt en gescoord.
menu-resume-continue = ▶ Verder waar ik was
menu-resume-restart = ↺ Opnieuw beginnen
