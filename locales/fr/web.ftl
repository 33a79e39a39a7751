## Le chat web : ce que seul le navigateur affiche.
## same-as-english: web-title web-heading-menu web-heading-quiz web-heading-contacts

web-title = Firstline
web-exit-hint = La sortie rapide (le bouton en haut, ou trois appuis sur Maj) quitte cette page immédiatement. Elle n'efface pas votre historique de navigation.
web-expired-title = Cette page a expiré
web-expired = Cette page a expiré — recommencez. Rien n'en a été conservé.
web-start-again = Recommencer
web-busy-title = Trop de requêtes
web-busy = Cette connexion vient d'envoyer trop de requêtes. Attendez une minute, puis recommencez.
web-missing-title = Page introuvable
web-missing = Cette page n'existe pas.
web-error-title = Un problème est survenu
web-error = Un problème est survenu de notre côté. Veuillez recommencer.
web-download-warning = Le fichier sera enregistré sur cet appareil et y restera jusqu'à ce que vous le supprimiez. Ne le téléchargez que si c'est sans danger.
web-download-annex-pdf = ⬇ Télécharger le PDF
web-download-handover-card = ⬇ Télécharger la carte
card-scan-web = Scannez le code pour ouvrir ces contacts dans un navigateur.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Langue et pays
web-heading-menu = Menu
web-heading-screening = Repérage
web-heading-learn = Apprendre
web-heading-indicators = Indicateurs
web-heading-practice = Mises en situation
web-heading-quiz = Quiz
web-heading-contacts = Contacts
