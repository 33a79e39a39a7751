## Οθόνες επαφών και ρόλοι των επαφών.

contacts-need = Επαφές — τι χρειάζεστε;
contacts-need-emergency = 🚨 Έκτακτη ανάγκη
contacts-need-reporting = 📣 Αναφορά περιστατικού
contacts-need-specialised = 🤝 Εξειδικευμένη στήριξη, φιλοξενία
contacts-need-children = 🧒 Παιδιά
contacts-need-sex-work = 💬 Στήριξη εργαζομένων στο σεξ
contacts-need-labour = 🛠 Εργασιακή εκμετάλλευση
contacts-need-migration = 🛂 Μετανάστευση και νομική βοήθεια
contacts-list-emergency = Έκτακτη ανάγκη: αστυνομία και ασθενοφόρο.
contacts-list-reporting = Για την αναφορά πιθανού περιστατικού εμπορίας ανθρώπων.
contacts-list-specialised = Εξειδικευμένη ενημέρωση, στήριξη και φιλοξενία για θύματα εμπορίας ανθρώπων.
contacts-list-children = Προστασία παιδιών.
contacts-list-sex-work = Ενημέρωση και στήριξη για εργαζόμενες και εργαζόμενους στο σεξ.
contacts-list-labour = Εργασιακή εκμετάλλευση.
contacts-list-migration = Ενημέρωση για το δίκαιο που ισχύει για μετανάστες.

contacts-heading = Επαφές:
contacts-none = Δεν υπάρχουν επαφές για αυτή την ανάγκη στη χώρα που επιλέξατε. Επιλέξτε χώρα στο μενού (☰ → 📍) ή καλέστε το 112 σε έκτακτη ανάγκη.
contacts-checked = ελέγχθηκε { $date }

contact-role-emergency = έκτακτη ανάγκη
contact-role-police = αστυνομία
contact-role-reporting = αναφορά περιστατικού
contact-role-specialised = εξειδικευμένη στήριξη
contact-role-child-protection = προστασία παιδιών
contact-role-sex-worker-support = στήριξη εργαζομένων στο σεξ
contact-role-labour = εργασιακή εκμετάλλευση
contact-role-migration = μετανάστευση
contact-role-legal = νομική βοήθεια
contact-role-medical = ιατρική βοήθεια

contacts-hours-always = 24/7
contacts-hours-24h = 24ωρο
contacts-hours-weekdays-9-17 = Δευ.–Παρ. 9:00–17:00
