## Chatul web: ce arată doar browserul.
## same-as-english: web-title

web-title = Firstline
web-exit-hint = Ieșirea rapidă (butonul de sus sau tasta Shift apăsată de trei ori) părăsește imediat pagina. Nu șterge istoricul de navigare.
web-expired-title = Această pagină a expirat
web-expired = Această pagină a expirat — începeți din nou. Nu s-a păstrat nimic din ea.
web-start-again = Începeți din nou
web-busy-title = Prea multe cereri
web-busy = De la această conexiune au venit adineauri prea multe cereri. Așteptați un minut, apoi începeți din nou.
web-missing-title = Pagina nu a fost găsită
web-missing = Această pagină nu există.
web-error-title = Ceva nu a funcționat
web-error = A apărut o eroare de partea noastră. Vă rugăm să începeți din nou.
web-download-warning = Fișierul va fi salvat pe acest dispozitiv și rămâne acolo până îl ștergeți. Descărcați-l doar dacă puteți face asta în siguranță.
web-download-annex-pdf = ⬇ Descărcați PDF-ul
web-download-handover-card = ⬇ Descărcați cardul
card-scan-web = Scanați codul pentru a deschide aceste contacte într-un browser.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Limbă și țară
web-heading-menu = Meniu
web-heading-screening = Evaluare
web-heading-learn = Învățare
web-heading-indicators = Indicatori
web-heading-practice = Exersare
web-heading-quiz = Test
web-heading-contacts = Contacte
