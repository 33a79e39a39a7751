## The Telegram bot: commands, descriptions and the replies of the adapter.

tg-cmd-start = Beginnen, of laten zien waar je bent
tg-cmd-screen = Signaleren, stap voor stap
tg-cmd-learn = Leren: de definitie en de regels
tg-cmd-practice = Oefenen met casussen
tg-cmd-contacts = Contactpunten voor jouw land
tg-cmd-language = Taal wijzigen
tg-cmd-country = Land wijzigen
tg-cmd-help = Zo werkt deze bot
tg-cmd-exit = Snel weg: dit gesprek verwijderen
tg-cmd-forget = Mijn instellingen en voortgang vergeten

tg-short-description = Mogelijke slachtoffers van mensenhandel voor seksuele uitbuiting stap voor stap herkennen (EU-handleiding EuroTrafGuid).
tg-description = Firstline leidt eerstelijnswerkers door de EU-handleiding EuroTrafGuid voor het herkennen van mogelijke slachtoffers van mensenhandel voor seksuele uitbuiting, en sluit af met de juiste volgende stap en de juiste contactpunten.

    De bot bewaart geen namen, geen id's en niets van wat je typt. Met Snel weg, op elk scherm, verwijder je het gesprek.

tg-help = Firstline leidt je scherm voor scherm door de EU-handleiding EuroTrafGuid. Gebruik de knoppen; typen is niet nodig, en niets van wat je typt wordt bewaard.
    /screen  signaleren, stap voor stap
    /contacts  contactpunten voor jouw land
    /language  /country  je instellingen wijzigen
    /exit  snel weg: verwijdert dit gesprek (ook de ✖-knop op elk scherm)
    /forget  je instellingen en voortgang vergeten, de berichten blijven staan

tg-media = Foto's, spraakberichten, bestanden, contacten en locaties worden niet gelezen, bewaard of doorgestuurd. Stuur ze liever niet: gebruik de knoppen.
tg-forgotten = Je instellingen en voortgang zijn vergeten. Stuur /start om opnieuw te beginnen.
tg-exit-left = Sommige berichten konden niet worden verwijderd. Verwijder deze chat in Telegram om ze te wissen.
tg-group-private = Firstline werkt alleen in een privégesprek, zodat niets met een groep wordt gedeeld. Open een privégesprek met de bot.
tg-group-open = Privégesprek openen
tg-document-failed = Het document kon nu niet worden gemaakt. Probeer het nog eens.
tg-storage-unavailable = Firstline kan je voortgang nu even niet opslaan, dus deze stap is niet gezet. Je scherm is zoals het was: probeer het over een minuut opnieuw.
