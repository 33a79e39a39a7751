## Έγγραφα: η σύνοψη του παραρτήματος 1 σε PDF και η κάρτα με επαφές για να δοθεί στο άτομο.
## Επίσης οι χώρες που έχουν κατάλογο επαφών (το country-nl είναι στο common.ftl).
## Το PDF και η κάρτα σχεδιάζονται με γραμματοσειρά χωρίς emoji: emoji μόνο στα κουμπιά.

country-fr = 🇫🇷 Γαλλία
country-bg = 🇧🇬 Βουλγαρία
country-ro = 🇷🇴 Ρουμανία
country-es = 🇪🇸 Ισπανία
country-gr = 🇬🇷 Ελλάδα
country-eu = 🇪🇺 Αλλού στην ΕΕ (αριθμοί όλης της ΕΕ)

document-pdf-button = 📄 Σύνοψη παραρτήματος 1 (PDF)
document-card-button = 🪪 Κάρτα για να τη δώσετε
document-pdf-only-in-telegram = 📄 Η σύνοψη του παραρτήματος 1 αποστέλλεται ως PDF μόνο στο Telegram.
document-card-only-in-telegram = 🪪 Η κάρτα με τις επαφές αποστέλλεται ως εικόνα μόνο στο Telegram.

document-title = Παράρτημα 1 — σύνοψη εντοπισμού πρώτης γραμμής
document-subtitle = Πρακτικός οδηγός EuroTrafGuid: εντοπισμός πρώτης γραμμής πιθανών θυμάτων εμπορίας ανθρώπων με σκοπό τη σεξουαλική εκμετάλλευση.
document-date = Ημερομηνία: { $date }
document-country = Χώρα: { $country }
document-outcome = Αποτέλεσμα
document-table = Οι 15 γραμμές του παραρτήματος 1
document-element-act = ΠΡΑΞΗ
document-element-means = ΜΕΣΟ
document-element-purpose = ΣΚΟΠΟΣ
document-mark = { $mark ->
        [0] 0 · καμία ένδειξη
        [1] 1 · υπάρχουν ενδείξεις
        [2] 2 · αποδείξεις
       *[3] 3 · χρειάζονται περισσότερες πληροφορίες
    }
document-signals = Ενδείξεις που σημειώθηκαν
document-signals-none = Δεν σημειώθηκε καμία ένδειξη.
document-how = { $how ->
        [observe] παρατηρήθηκε
       *[listen] ακούστηκε
    }
document-contacts = Επαφές
document-contacts-none = Δεν υπάρχουν επαφές για αυτό το αποτέλεσμα στη χώρα που επιλέξατε. Σε έκτακτη ανάγκη, καλέστε το 112.
document-disclaimer = Οι ενδείξεις μπορεί να παραπέμπουν σε εμπορία ανθρώπων· η σύνοψη αυτή δεν αποδεικνύει ότι κάποιο άτομο είναι θύμα.
document-privacy = Η σύνοψη δεν περιέχει ονόματα, ώρα (μόνο την ημερομηνία) ούτε οτιδήποτε πληκτρολόγησε κάποιος.

card-title = Υπάρχει βοήθεια
card-intro = Αυτοί οι οργανισμοί μπορούν να βοηθήσουν. Σε έκτακτη ανάγκη, καλέστε το 112.
card-scan = Σαρώστε τον κωδικό για να ανοίξετε αυτές τις επαφές στο Telegram.
