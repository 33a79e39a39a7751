## same-as-english: nav-menu person-lang-button checklist-button

## Partagé par tous les parcours et adaptateurs.

common-none = aucun
common-done = Terminé ➜
common-continue = Continuer ➜

nav-back = ◀ Retour
nav-menu = ☰ Menu
nav-exit = ✖ Sortie rapide

notice-stale = Ce bouton n'est plus à jour. Voici où vous en êtes.
notice-use-buttons = Veuillez utiliser les boutons ci-dessous.
notice-restarted = Cette conversation a été réinitialisée. Voici le menu.

exit-done = C'est fait : la conversation a été supprimée et rien n'est conservé.

checklist-item = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n }. { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }
checklist-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n } { $how ->
        [observe] 👁
       *[listen] 👂
    }

marks-line = { $n }. { $row } : { $mark ->
        [0] 0 aucun signe
        [1] 1 signes présents
        [2] 2 preuves
       *[3] 3 informations supplémentaires nécessaires
    }
marks-button = { $current ->
        [yes] ●{ $n } : { $mark }
       *[no] { $n } : { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Exploitation
        [recruitment] Recrutement
        [transport] Transport
        [harbouring] Hébergement
        [threat] Menace
        [violence] Violences
        [movement] Déplacements
        [isolation] Isolement
        [documents] Documents
        [wages] Salaires
        [deception] Tromperie
        [vulnerability] Vulnérabilité
       *[debt] Dette
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

