## Οθόνες επαφών και ρόλοι των επαφών.

contacts-need = Επαφές — τι χρειάζεστε;
contacts-need-emergency = 🚨 Έκτακτη ανάγκη
contacts-need-reporting = 📣 Αναφορά περιστατικού
contacts-need-specialised = 🤝 Εξειδικευμένη στήριξη
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
contacts-list-migration = Συμβουλές για μετανάστευση και άσυλο, και νομική βοήθεια για θύματα.

contacts-heading = Επαφές:
contacts-none = Δεν υπάρχουν επαφές για αυτή την ανάγκη στη χώρα που επιλέξατε. Επιλέξτε χώρα στο μενού (☰ → 📍) ή καλέστε το 112 σε έκτακτη ανάγκη.

contact-role-emergency = έκτακτη ανάγκη
contact-role-police = αστυνομία
contact-role-reporting = αναφορά περιστατικού
contact-role-specialised = εξειδικευμένη στήριξη
contact-role-child-protection = προστασία παιδιών
contact-role-sex-worker-support = στήριξη εργαζομένων στο σεξ
contact-role-labour = εργασιακή εκμετάλλευση
contact-role-migration = μετανάστευση και άσυλο
contact-role-legal = νομική βοήθεια

contacts-hours-always = 24/7
contacts-hours-24h = 24ωρο
contacts-hours-weekdays-9-17 = Δευ.–Παρ. 9:00–17:00

contacts-need-basic = 🛏 Στέγη, φαγητό, υγεία
contacts-list-basic = Βασικές ανάγκες: ένα μέρος για ύπνο, φαγητό και φροντίδα σεξουαλικής υγείας (δωρεάν ή ανώνυμες εξετάσεις).
contacts-as-of = ενημέρωση { $date }
contacts-guide-2013 = οδηγός 2013, χωρίς νέο έλεγχο
contacts-abroad-national = μόνο εντός της χώρας
contacts-abroad-maybe = ίσως δεν λειτουργεί από το εξωτερικό
contacts-hours-weekdays-8-16 = Δευ.–Παρ. 8:00–16:00
contacts-hours-daily-9-18 = καθημερινά 9:00–18:00
contacts-hours-daily-11-21 = καθημερινά 11:00–21:00
contacts-hours-office-hours = ώρες γραφείου
contact-role-referral = παραπομπή και αναγνώριση
contact-role-sexual-health = σεξουαλική υγεία, εξετάσεις ΣΜΛ/HIV
contact-role-shelter = στέγη και βασικές ανάγκες
rules-heading = ⚖ Κανόνες — { $country }
rules-none = Οι κανόνες (ποιος αναγνωρίζει ένα θύμα, η περίοδος περίσκεψης, οι υποχρεώσεις αναφοράς) διαφέρουν ανά χώρα. Επιλέξτε τη χώρα σας στο μενού (☰ → 📍) για να τους δείτε.
rules-label-identifies = Ποιος αναγνωρίζει επίσημα ένα θύμα
rules-label-reflection = Περίοδος ανάρρωσης και περίσκεψης
rules-label-report-adults = Υποχρέωση αναφοράς (ενήλικας);
rules-label-report-children = Υποχρέωση αναφοράς (παιδί);
rules-label-legal-aid = Δωρεάν νομική βοήθεια

contacts-from-abroad = από το εξωτερικό { $phone }
