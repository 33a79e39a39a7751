## same-as-english: nav-menu person-lang-button

## Gedeeld door alle flows en adapters.

common-none = geen
common-done = Klaar ➜
common-continue = Verder ➜

nav-back = ◀ Terug
nav-menu = ☰ Menu
nav-exit = ✖ Snel weg

notice-stale = Deze knop is niet meer actueel. Hier ben je nu.
notice-use-buttons = Gebruik de knoppen hieronder.
notice-restarted = Dit gesprek is opnieuw gestart. Hier is het menu.

exit-done = Klaar: het gesprek is verwijderd en er wordt niets bewaard.

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

marks-line = { $n }. { $row }: { $mark ->
        [0] 0 geen signalen
        [1] 1 aanwezigheid van signalen
        [2] 2 bewijs
       *[3] 3 meer info vereist
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Uitbuiting
        [recruitment] Werving
        [transport] Vervoer
        [harbouring] Huisvesting
        [threat] Dreiging
        [violence] Geweld
        [movement] Bewegingsvrijheid
        [isolation] Isoleren
        [documents] Documenten
        [wages] Loon
        [deception] Misleiding
        [vulnerability] Kwetsbaarheid
       *[debt] Schuldslavernij
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

