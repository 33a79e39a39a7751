## De webchat: wat alleen de browser toont.
## same-as-english: web-title web-heading-menu web-heading-quiz

web-title = Firstline
web-exit-hint = Met Snel weg (de knop bovenaan, of drie keer op Shift drukken) verlaat je deze pagina meteen. Je browsegeschiedenis wordt niet gewist.
web-expired-title = Deze pagina is verlopen
web-expired = Deze pagina is verlopen — begin opnieuw. Er is niets van bewaard.
web-start-again = Opnieuw beginnen
web-busy-title = Te veel verzoeken
web-busy = Er kwamen net te veel verzoeken van deze verbinding. Wacht een minuut en begin dan opnieuw.
web-missing-title = Pagina niet gevonden
web-missing = Deze pagina bestaat niet.
web-error-title = Er ging iets mis
web-error = Er ging bij ons iets mis. Begin opnieuw.
web-download-warning = Het bestand wordt op dit apparaat opgeslagen en blijft daar tot je het verwijdert. Download het alleen als dat veilig is.
web-download-annex-pdf = ⬇ Pdf downloaden
web-download-handover-card = ⬇ Kaartje downloaden
card-scan-web = Scan de code om deze contactpunten in een browser te openen.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Taal en land
web-heading-menu = Menu
web-heading-screening = Signaleren
web-heading-learn = Leren
web-heading-indicators = Indicatoren
web-heading-practice = Oefenen
web-heading-quiz = Quiz
web-heading-contacts = Contactpunten
