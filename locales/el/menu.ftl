## Το κύριο μενού και η αρχική ρύθμιση.

menu-home = Firstline — εντοπισμός πιθανών θυμάτων εμπορίας ανθρώπων με σκοπό τη σεξουαλική εκμετάλλευση (οδηγός EuroTrafGuid της ΕΕ).

    Τι χρειάζεστε;
menu-screening = 🧭 Εντοπισμός, βήμα προς βήμα
menu-contacts = ☎ Επαφές
menu-language = 🌐 Γλώσσα
menu-country = 📍 Χώρα
menu-language-pick = Επιλέξτε τη γλώσσα του bot.
menu-country-pick = Επιλέξτε τη χώρα για την οποία χρειάζεστε επαφές.

setup-language = Καλώς ήρθατε στο Firstline. Επιλέξτε τη γλώσσα σας.
setup-country = Σε ποια χώρα εργάζεστε; Οι επαφές ακολουθούν αυτή την επιλογή (μπορείτε να την αλλάξετε στο μενού).
menu-learn = 📖 Μάθετε: ορισμοί
menu-indicators = 🔎 Ενδείξεις
menu-practice = 🎯 Σενάρια εξάσκησης
menu-quiz = ❓ Κουίζ
