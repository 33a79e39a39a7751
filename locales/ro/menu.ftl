## Meniul principal și configurarea la prima utilizare.

menu-home = Firstline — recunoașterea posibilelor victime ale traficului de persoane în scopul exploatării sexuale (ghidul UE EuroTrafGuid).

    De ce aveți nevoie?
menu-screening = 🧭 Evaluare, pas cu pas
menu-contacts = ☎ Contacte
menu-language = 🌐 Limbă
menu-country = 📍 Țară
menu-language-pick = Alegeți limba botului.
menu-country-pick = Alegeți țara ale cărei contacte vă trebuie.

setup-language = Bun venit la Firstline. Alegeți limba.
setup-country = În ce țară lucrați? Contactele depind de această alegere (o puteți schimba din meniu).
menu-learn = 📖 Învățare: definiții
menu-indicators = 🔎 Indicatori
menu-practice = 🎯 Scenarii de exersare
menu-quiz = ❓ Test
