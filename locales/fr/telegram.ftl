## Le bot Telegram : commandes, descriptions et réponses de l'adaptateur.

tg-cmd-start = Démarrer, ou afficher où vous en êtes
tg-cmd-screen = Repérage, étape par étape
tg-cmd-learn = Apprendre : la définition et les règles
tg-cmd-practice = S'entraîner avec des mises en situation
tg-cmd-contacts = Contacts pour votre pays
tg-cmd-language = Changer de langue
tg-cmd-country = Changer de pays
tg-cmd-help = Comment fonctionne ce bot
tg-cmd-exit = Sortie rapide : supprimer cette conversation
tg-cmd-forget = Oublier mes réglages et ma progression

tg-short-description = Repérer les victimes potentielles de la traite à des fins d'exploitation sexuelle, pas à pas (guide EuroTrafGuid).
tg-description = Firstline guide le personnel de première ligne à travers le guide européen EuroTrafGuid pour repérer les victimes potentielles de la traite aux fins d'exploitation sexuelle, et indique pour finir la prochaine étape à suivre et les bons contacts.

    Il ne conserve aucun nom, aucun identifiant, ni rien de ce que vous tapez. La sortie rapide, présente sur chaque écran, supprime la conversation.

tg-help = Firstline vous guide à travers le guide européen EuroTrafGuid, un écran à la fois. Utilisez les boutons ; inutile de taper du texte, et rien de ce que vous tapez n'est conservé.
    /screen  repérage, étape par étape
    /contacts  contacts pour votre pays
    /language  /country  modifier vos réglages
    /exit  sortie rapide : supprime cette conversation (aussi le bouton ✖ sur chaque écran)
    /forget  oublier vos réglages et votre progression, garder les messages

tg-media = Les photos, messages vocaux, fichiers, contacts et positions ne sont ni lus, ni conservés, ni transmis. Merci de ne pas en envoyer : utilisez les boutons.
tg-forgotten = Vos réglages et votre progression ont été oubliés. Envoyez /start pour recommencer.
tg-exit-left = Certains messages n'ont pas pu être supprimés. Pour les effacer, supprimez cette conversation dans Telegram.
tg-group-private = Firstline fonctionne uniquement en conversation privée, pour que rien ne soit partagé avec un groupe. Ouvrez une conversation privée avec le bot.
tg-group-open = Ouvrir une conversation privée
tg-document-failed = Le document n'a pas pu être créé pour le moment. Veuillez réessayer.
tg-storage-unavailable = Firstline ne peut pas enregistrer votre progression pour le moment, cette étape n'a donc pas été effectuée. Votre écran n'a pas changé : veuillez réessayer dans une minute.
