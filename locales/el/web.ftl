## Η συνομιλία στον ιστό: ό,τι δείχνει μόνο το πρόγραμμα περιήγησης.
## same-as-english: web-title

web-title = Firstline
web-exit-hint = Η γρήγορη έξοδος (το κουμπί επάνω ή τρεις φορές το πλήκτρο Shift) σας βγάζει αμέσως από αυτή τη σελίδα. Δεν σβήνει το ιστορικό περιήγησής σας.
web-expired-title = Αυτή η σελίδα έχει λήξει
web-expired = Αυτή η σελίδα έχει λήξει — ξεκινήστε από την αρχή. Δεν κρατήθηκε τίποτα από αυτήν.
web-start-again = Ξεκινήστε από την αρχή
web-busy-title = Πάρα πολλά αιτήματα
web-busy = Μόλις ήρθαν πάρα πολλά αιτήματα από αυτή τη σύνδεση. Περιμένετε ένα λεπτό και ξεκινήστε από την αρχή.
web-missing-title = Η σελίδα δεν βρέθηκε
web-missing = Αυτή η σελίδα δεν υπάρχει.
web-error-title = Κάτι πήγε στραβά
web-error = Κάτι πήγε στραβά από τη δική μας πλευρά. Παρακαλούμε ξεκινήστε από την αρχή.
web-download-warning = Το αρχείο θα αποθηκευτεί σε αυτή τη συσκευή και θα μείνει εκεί μέχρι να το διαγράψετε. Κατεβάστε το μόνο αν αυτό είναι ασφαλές.
web-download-annex-pdf = ⬇ Λήψη του PDF
web-download-handover-card = ⬇ Λήψη της κάρτας
card-scan-web = Σαρώστε τον κωδικό για να ανοίξετε αυτές τις επαφές σε πρόγραμμα περιήγησης.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Γλώσσα και χώρα
web-heading-menu = Μενού
web-heading-screening = Εντοπισμός
web-heading-learn = Μάθηση
web-heading-indicators = Ενδείξεις
web-heading-practice = Εξάσκηση
web-heading-quiz = Κουίζ
web-heading-contacts = Επαφές
