## Κοινά σε όλες τις ροές και τους προσαρμογείς.

common-none = καμία
common-done = Έτοιμο ➜
common-continue = Συνέχεια ➜

nav-back = ◀ Πίσω
nav-menu = ☰ Μενού
nav-exit = ✖ Γρήγορη έξοδος

notice-stale = Αυτό το κουμπί δεν ισχύει πια. Εδώ βρίσκεστε τώρα.
notice-use-buttons = Χρησιμοποιήστε τα κουμπιά παρακάτω.
notice-restarted = Η συνομιλία ξεκίνησε από την αρχή. Ορίστε το μενού.

exit-done = Έγινε: η συνομιλία διαγράφηκε και δεν φυλάσσεται τίποτα.

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
        [0] 0 καμία ένδειξη
        [1] 1 υπάρχουν ενδείξεις
        [2] 2 αποδείξεις
       *[3] 3 χρειάζονται περισσότερες πληροφορίες
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Εκμετάλλευση
        [recruitment] Στρατολόγηση
        [transport] Μεταφορά
        [harbouring] Στέγαση
        [threat] Απειλή
        [violence] Βία
        [movement] Ελευθερία κινήσεων
        [isolation] Απομόνωση
        [documents] Έγγραφα
        [wages] Μισθοί
        [deception] Εξαπάτηση
        [vulnerability] Ευαλωτότητα
       *[debt] Χρέος
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

