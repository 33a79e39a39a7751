## El bot de Telegram: comandos, descripciones y respuestas del adaptador.

tg-cmd-start = Empezar, o mostrar dónde estás
tg-cmd-screen = Detección, paso a paso
tg-cmd-learn = Aprender: la definición y las reglas
tg-cmd-practice = Practicar con casos
tg-cmd-contacts = Contactos de tu país
tg-cmd-language = Cambiar el idioma
tg-cmd-country = Cambiar el país
tg-cmd-help = Cómo funciona este bot
tg-cmd-exit = Salida rápida: borrar esta conversación
tg-cmd-forget = Olvidar mis ajustes y mi progreso

tg-short-description = Reconocer posibles víctimas de trata con fines de explotación sexual, paso a paso (guía EuroTrafGuid de la UE).
tg-description = Firstline guía a profesionales de primera línea por la guía EuroTrafGuid de la UE para reconocer posibles víctimas de trata con fines de explotación sexual, y termina con el siguiente paso adecuado y los contactos adecuados.

    No guarda nombres, ni identificadores, ni nada de lo que escribes. La salida rápida, en cada pantalla, borra la conversación.

tg-help = Firstline te guía por la guía EuroTrafGuid de la UE pantalla a pantalla. Usa los botones; no hace falta escribir, y no se guarda nada de lo que escribes.
    /screen  detección, paso a paso
    /contacts  contactos de tu país
    /language  /country  cambiar tus ajustes
    /exit  salida rápida: borra esta conversación (también el botón ✖ de cada pantalla)
    /forget  olvidar tus ajustes y tu progreso, conservando los mensajes

tg-media = Las fotos, los mensajes de voz, los archivos, los contactos y las ubicaciones no se leen, no se guardan ni se reenvían. No los envíes: usa los botones.
tg-forgotten = Se han olvidado tus ajustes y tu progreso. Envía /start para empezar de nuevo.
tg-exit-left = Algunos mensajes no se han podido borrar. Para eliminarlos, borra este chat en Telegram.
tg-group-private = Firstline solo funciona en un chat privado, para que no se comparta nada con un grupo. Abre un chat privado con el bot.
tg-group-open = Abrir un chat privado
tg-document-failed = Ahora mismo no se ha podido generar el documento. Inténtalo de nuevo.
tg-storage-unavailable = Firstline no puede guardar tu progreso en este momento, así que este paso no se ha realizado. Tu pantalla sigue como estaba: inténtalo de nuevo dentro de un minuto.
