## Comune tuturor fluxurilor și adaptoarelor.

common-none = nimic
common-done = Gata ➜
common-continue = Continuați ➜

nav-back = ◀ Înapoi
nav-menu = ☰ Meniu
nav-exit = ✖ Ieșire rapidă

notice-stale = Acest buton nu mai este actual. Iată unde vă aflați acum.
notice-use-buttons = Vă rugăm să folosiți butoanele de mai jos.
notice-restarted = Această conversație a fost repornită. Iată meniul.

exit-done = Gata: conversația a fost ștearsă și nu se păstrează nimic.

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
        [0] 0 fără semne
        [1] 1 semne prezente
        [2] 2 dovezi
       *[3] 3 sunt necesare mai multe informații
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Exploatare
        [recruitment] Recrutare
        [transport] Transport
        [harbouring] Adăpostire
        [threat] Amenințare
        [violence] Violență
        [movement] Mișcare
        [isolation] Izolare
        [documents] Documente
        [wages] Salariu
        [deception] Înșelăciune
        [vulnerability] Vulnerabilitate
       *[debt] Datorii
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

