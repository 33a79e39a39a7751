## El menú principal y la configuración del primer uso.

menu-home = Firstline: reconocer posibles víctimas de trata con fines de explotación sexual (guía EuroTrafGuid de la UE).

    ¿Qué necesitas?
menu-screening = 🧭 Detección, paso a paso
menu-contacts = ☎ Contactos
menu-language = 🌐 Idioma
menu-country = 📍 País
menu-language-pick = Elige el idioma del bot.
menu-country-pick = Elige el país cuyos contactos necesitas.

setup-language = Te damos la bienvenida a Firstline. Elige tu idioma.
setup-country = ¿En qué país trabajas? Los contactos dependen de esta elección (puedes cambiarla en el menú).
menu-learn = 📖 Aprender: definiciones
menu-indicators = 🔎 Indicadores
menu-practice = 🎯 Casos prácticos
menu-quiz = ❓ Test

menu-resume = Dejaste la detección a medias ({ $ticks ->
        [0] ninguna señal marcada
        [one] 1 señal marcada
       *[other] { $ticks } señales marcadas
    }{ $marks ->
        [0] {""}
        [one] , 1 puntuación en el anexo 1
       *[other] , { $marks } puntuaciones en el anexo 1
    }). No se ha perdido nada.

    ¿Sigues donde estabas o empiezas de nuevo? Si empiezas de nuevo, se borra lo que marcaste y puntuaste.
menu-resume-continue = ▶ Seguir donde estaba
menu-resume-restart = ↺ Empezar de nuevo
