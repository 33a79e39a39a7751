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

menu-resume = Ați lăsat o evaluare neterminată ({ $ticks ->
        [0] niciun semn bifat
        [one] 1 semn bifat
        [few] { $ticks } semne bifate
       *[other] { $ticks } de semne bifate
    }{ $marks ->
        [0] {""}
        [one] , 1 notare în anexa 1
        [few] , { $marks } notări în anexa 1
       *[other] , { $marks } de notări în anexa 1
    }). Nu s-a pierdut nimic.

    Continuați de unde ați rămas sau reîncepeți? Dacă reîncepeți, se șterge tot ce ați bifat și notat.
menu-resume-continue = ▶ Continuați de unde ați rămas
menu-resume-restart = ↺ Reîncepeți
