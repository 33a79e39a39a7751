## Shared by every flow and adapter.

common-none = none
common-done = Done ➜
common-continue = Continue ➜

nav-back = ◀ Back
nav-menu = ☰ Menu
nav-exit = ✖ Quick exit

notice-stale = This button is out of date. Here is where you are now.
notice-use-buttons = Please use the buttons below.
notice-restarted = This conversation was reset. Here is the menu.

exit-done = Done: the conversation has been removed and nothing is kept.

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
        [0] 0 no signs
        [1] 1 signs present
        [2] 2 evidence
       *[3] 3 more information needed
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Exploitation
        [recruitment] Recruitment
        [transport] Transport
        [harbouring] Harbouring
        [threat] Threat
        [violence] Violence
        [movement] Movement
        [isolation] Isolation
        [documents] Documents
        [wages] Wages
        [deception] Deception
        [vulnerability] Vulnerability
       *[debt] Debt
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

