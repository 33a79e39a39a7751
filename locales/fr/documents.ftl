## same-as-english: document-contacts

## Documents : le résumé de l'annexe 1 en PDF et la carte de contacts à remettre.
## Le PDF et la carte utilisent une police sans emoji : emoji uniquement sur les boutons.

document-pdf-button = 📄 Résumé de l'annexe 1 (PDF)
document-card-button = 🪪 Carte à remettre
document-pdf-only-in-telegram = 📄 Le résumé de l'annexe 1 est envoyé en PDF uniquement dans Telegram.
document-card-only-in-telegram = 🪪 La carte de contacts est envoyée en image uniquement dans Telegram.

document-title = Annexe 1 — résumé d'une identification de première ligne
document-subtitle = Guide pratique EuroTrafGuid : identification de première ligne des victimes potentielles de la traite des êtres humains aux fins d'exploitation sexuelle.
document-date = Date : { $date }
document-country = Pays : { $country }
document-outcome = Suite à donner
document-table = Les 15 lignes de l'annexe 1
document-element-act = ACTE
document-element-means = MOYENS
document-element-purpose = BUT
document-mark = { $mark ->
        [0] 0 · aucun signe
        [1] 1 · signes présents
        [2] 2 · preuves
       *[3] 3 · informations supplémentaires nécessaires
    }
document-signals = Signes cochés
document-signals-none = Aucun signe n'a été coché.
document-how = { $how ->
        [observe] observé
       *[listen] entendu
    }
document-contacts = Contacts
document-contacts-none = Aucun contact pour cette suite à donner dans le pays choisi. En cas d'urgence, appelez le 112.
document-disclaimer = Les signes peuvent indiquer une situation de traite des êtres humains ; ce résumé n'établit pas que quelqu'un est victime.
document-privacy = Ce résumé ne contient aucun nom, aucune date plus précise que le jour, ni rien de ce qui a été saisi.

card-title = De l'aide est disponible
card-intro = Ces organisations peuvent vous aider. En cas d'urgence, appelez le 112.
card-scan = Scannez le code pour ouvrir ces contacts dans Telegram.

## Ce que dit le résumé d'un parcours qui a sauté des parties de la procédure.
document-not-assessed = – · non évalué
document-skipped = Étapes non réalisées avant d'arriver à cette suite à donner
document-skipped-checklist = { $part ->
        [some] Observer et écouter : certains groupes de la liste d'indicateurs n'ont pas été parcourus.
       *[all] Observer et écouter : la liste d'indicateurs n'a pas été parcourue.
    }
document-skipped-marks = Le tableau de l'annexe 1 n'a pas été rempli : une ligne marquée « non évalué » n'a pas été examinée et ne dit rien de la présence ou non de signes.
document-skipped-why-child = Pourquoi : la personne est présumée être un enfant et il y a des raisons de soupçonner une exploitation ; le guide demande de contacter immédiatement la protection de l'enfance.
document-skipped-why-no-interpreter = Pourquoi : aucun interprète acceptable pour les deux parties n'était disponible, il n'y a donc pas eu d'entretien.
document-skipped-why-refused = Pourquoi : la personne ne voulait pas parler.
document-on-row = noté sur la ligne « { $row } »
