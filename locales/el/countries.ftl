## Οι χώρες που έχουν κατάλογο επαφών (flows/data/contacts/<code>.yaml), όπως τις ονομάζουν τα
## κουμπιά χώρας και τα έγγραφα. Ένας νέος κατάλογος χρειάζεται εδώ το δικό του country-<code>.

country-bg = 🇧🇬 Βουλγαρία
country-es = 🇪🇸 Ισπανία
country-fr = 🇫🇷 Γαλλία
country-gr = 🇬🇷 Ελλάδα
country-nl = 🇳🇱 Ολλανδία
country-ro = 🇷🇴 Ρουμανία
country-eu = 🇪🇺 Αλλού στην ΕΕ (αριθμοί όλης της ΕΕ)
