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
marks-button = { $n }: { $mark }

