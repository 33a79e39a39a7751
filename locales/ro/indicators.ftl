## same-as-english: indicator-group-transport annex-row-transport
## Indicatorii ghidului (secțiunea „Care sunt indicatorii traficului de persoane în scopul exploatării
## sexuale?”) și rândurile anexei 1 („Anexa 1”).

indicator-group-purpose = Scop: exploatare sexuală
indicator-group-recruitment = Recrutare
indicator-group-transport = Transport, transfer
indicator-group-harbouring = Adăpostire, primire
indicator-group-threat = Amenințare
indicator-group-violence = Violență
indicator-group-movement = Restrângerea libertății de mișcare
indicator-group-isolation = Izolare
indicator-group-documents = Reținerea documentelor
indicator-group-wages = Reținerea salariului
indicator-group-deception = Înșelăciune
indicator-group-vulnerability = Profitarea de vulnerabilitate
indicator-group-debt = Servitute pentru datorii

indicator-purpose-no-refusal = Nu are voie să refuze clienți; este forțat(ă) să se prostitueze chiar și în caz de boală sau sarcină ori să întrețină relații sexuale fără prezervativ.
indicator-purpose-hands-over-money = Nu are voie să păstreze banii pe care îi câștigă și trebuie să îi predea altcuiva.
indicator-purpose-always-accompanied = Când iese, este mereu însoțit(ă) de cineva.
indicator-purpose-no-time-off = Nu are pauze, zile libere sau timp liber ori trebuie să lucreze la chemare.
indicator-purpose-moved-around = Este mutat(ă) dintr-un loc în altul fără consimțământul său.

indicator-recruit-unknown-work = Nu știa unde urma să lucreze.
indicator-recruit-excessive-fee = A plătit o taxă de recrutare excesivă.
indicator-recruit-no-contract = Nu are contract de muncă, are condiții prost definite sau un contract într-o limbă pe care nu o stăpânește.

indicator-transport-not-own = Nu și-a organizat propria călătorie sau nu cunoștea traseul de acasă până la destinație.
indicator-transport-afraid-escort = Pare să se teamă de bărbatul sau de femeia care îl/o însoțește.
indicator-transport-passport-returned = O terță persoană îi înapoiază pașaportul chiar înainte de trecerea frontierei.
indicator-transport-strangers = Călătorii dintr-un grup nu par să se cunoască între ei.

indicator-harbour-lives-at-work = Locuiește și doarme la locul de muncă.
indicator-harbour-overcrowded = Spațiile de dormit sunt supraaglomerate și insalubre, fără condiții sanitare de bază, cu puțină intimitate sau deloc.
indicator-harbour-limited-movement = Are o libertate de mișcare limitată acolo unde locuiește.

indicator-threat-fear = Manifestă teamă sau stare de disconfort, mai ales față de supraveghetor, de șef sau de cei alături de care a călătorit ori a trecut frontiera.
indicator-threat-indoctrinated = Face remarci incoerente sau pare îndoctrinat(ă).
indicator-threat-aggressive-escort = Bărbații sau femeile care însoțesc persoana se poartă agresiv cu ea.

indicator-violence-injuries = Are leziuni vizibile (vânătăi, cicatrici, tăieturi, leziuni la gură sau la dinți, arsuri de țigară).
indicator-violence-fear-signs = Prezintă semne de teamă sau neliniște (transpirație, tremur, dificultăți în a răspunde direct, evitarea contactului vizual care nu se explică prin cultură).
indicator-violence-emergency-visits = Merge des la urgențe pentru leziuni, infecții cu transmitere sexuală (ITS) sau un avort.

indicator-movement-lives-works = Locuiește și lucrează în același loc.
indicator-movement-controls = Măsuri de control la locul de muncă: camere, afișe care interzic plecarea, ferestre care nu se deschid sau au gratii, uși încuiate.
indicator-movement-moved = Este mutat(ă) de proxenet (sau de administratorul localului) dintr-un loc în altul fără consimțământul său.

indicator-isolation-no-address = Nu știe unde locuiește sau care îi este adresa.
indicator-isolation-remote = Locul de muncă este izolat, greu accesibil cu transportul public sau propriu.
indicator-isolation-no-communication = Are acces limitat sau deloc la mijloace de comunicare (telefon, poștă, internet).
indicator-isolation-speaks-for = Proxenetul sau angajatorul insistă să răspundă în locul persoanei și/sau să traducă totul.

indicator-documents-no-access = Nu are acces la actele de identitate (pașaport, carte de identitate, viză, permis de muncă sau de ședere) sau la alte bunuri importante (biletul de întoarcere), nici măcar la cerere.
indicator-documents-others-same = Alți lucrători sexuali (sau alți lucrători) se află în aceeași situație, fără acces la documentele lor.
indicator-documents-forged = Actele de identitate par falsificate.

indicator-wages-hands-over-all = Trebuie să dea supraveghetorului toți banii primiți de la clienți.
indicator-wages-no-proof = Angajatorul nu poate prezenta un contract sau dovezi ale salariilor plătite ori documentele de muncă sau fluturașii de salariu au fost modificați.
indicator-wages-irregular = Plățile sunt neregulate și/sau adesea întârziate.
indicator-wages-unknown-earnings = Nu știe cât câștigă.

indicator-deception-not-told = Nu știa că va ajunge în prostituție sau că va trebui să presteze servicii sexuale.
indicator-deception-conditions-differ = Condițiile reale de muncă diferă de cele promise verbal sau în scris.
indicator-deception-new-contract = A semnat un contract nou după ce a ajuns la locul de muncă.

indicator-vuln-no-permits = Dosarul său administrativ este incomplet, fără permis de ședere și de muncă.
indicator-vuln-discriminated = Face parte dintr-un grup discriminat sau lipsit de drepturi egale (gen, statut de refugiat sau de solicitant de azil, origine etnică, dizabilitate, orfan, minoritate religioasă sau culturală).
indicator-vuln-education-language = Are un nivel scăzut de educație, nu știe să citească și să scrie sau nu vorbește ori nu înțelege limba locală.
indicator-vuln-dependent = Depinde de alții în mai multe privințe (de angajator pentru locuință, hrană, locuri de muncă pentru rude sau alte nevoi).
indicator-vuln-emotional-ties = Depinde emoțional și economic de angajator sau de recrutor (o relație amoroasă, legături de familie).
indicator-vuln-fearful-beliefs = Vorbește cu teamă sau cu reticență despre convingerile sale religioase sau culturale.

indicator-debt-excessive-fee = Trebuie să ramburseze o sumă excesivă pentru recrutare, transport, locuință, hrană, unelte sau echipament de protecție, reținută direct din câștiguri.
indicator-debt-advances-unclear = Rambursarea avansurilor din salariu este neclară sau manipulată.
indicator-debt-works-off-loan = Trebuie să muncească pentru a rambursa un nou împrumut sau datorii mai vechi.
indicator-debt-parents-paid = Părinții au primit bani ca să-și lase copilul să plece cu traficanții.

annex-row-recruitment = Recrutare
annex-row-transport = Transport/transfer
annex-row-harbouring = Adăpostire/primire
annex-row-threat = Amenințare
annex-row-violence = Violență
annex-row-movement = Restrângerea libertății de mișcare
annex-row-isolation = Izolare
annex-row-documents = Reținerea documentelor
annex-row-wages = Reținerea salariului
annex-row-deception = Fraudă/înșelăciune
annex-row-vulnerability = Abuz de putere sau profitarea de vulnerabilitate
annex-row-payments = Oferirea sau primirea de bani
annex-row-labour = Exploatare prin muncă
annex-row-sexual = Exploatare sexuală
annex-row-begging = Cerșetorie forțată sau activități infracționale
