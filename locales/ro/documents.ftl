## Documente: rezumatul anexei 1 ca PDF și cardul cu contacte de înmânat.
## PDF-ul și cardul folosesc un font fără emoji: emoji doar pe butoane.

document-pdf-button = 📄 Rezumatul anexei 1 (PDF)
document-card-button = 🪪 Card de înmânat
document-pdf-only-in-telegram = 📄 Rezumatul anexei 1 se trimite ca PDF numai în Telegram.
document-card-only-in-telegram = 🪪 Cardul cu contacte se trimite ca imagine numai în Telegram.

document-title = Anexa 1 — rezumatul unei identificări de primă linie
document-subtitle = Ghidul practic EuroTrafGuid: identificarea de primă linie a posibilelor victime ale traficului de persoane în scopul exploatării sexuale.
document-date = Data: { $date }
document-country = Țara: { $country }
document-outcome = Rezultat
document-table = Cele 15 rânduri ale anexei 1
document-element-act = ACȚIUNE
document-element-means = MIJLOACE
document-element-purpose = SCOP
document-mark = { $mark ->
        [0] 0 · fără semne
        [1] 1 · semne prezente
        [2] 2 · dovezi
       *[3] 3 · sunt necesare mai multe informații
    }
document-signals = Semnale bifate
document-signals-none = Niciun semnal nu a fost bifat.
document-how = { $how ->
        [observe] observat
       *[listen] auzit
    }
document-contacts = Contacte
document-contacts-none = Nu există contacte pentru acest rezultat în țara aleasă. În caz de urgență, sunați la 112.
document-disclaimer = Semnalele pot indica trafic de persoane; acest rezumat nu stabilește că cineva este victimă.
document-privacy = Acest rezumat nu conține niciun nume, nicio dată mai precisă decât ziua și nimic din ce a tastat cineva.

card-title = Puteți primi ajutor
card-intro = Aceste organizații vă pot ajuta. În caz de urgență, sunați la 112.
card-scan = Scanați codul pentru a deschide aceste contacte în Telegram.

## Ce spune rezumatul despre un parcurs care a sărit peste părți ale procedurii.
document-not-assessed = – · neevaluat
document-skipped = Pași neparcurși până la acest rezultat
document-skipped-checklist = { $part ->
        [some] Observați și ascultați: unele grupe din lista de indicatori nu au fost parcurse.
       *[all] Observați și ascultați: lista de indicatori nu a fost parcursă.
    }
document-skipped-marks = Tabelul din anexa 1 nu a fost completat: un rând marcat „neevaluat” nu a fost examinat și nu spune nimic despre existența unor semne.
document-skipped-why-child = De ce: se presupune că persoana este copil și există motive să se suspecteze exploatarea; ghidul cere să contactați imediat protecția copilului.
document-skipped-why-no-interpreter = De ce: nu a existat niciun interpret acceptabil pentru ambele părți, așa că nu a avut loc nicio discuție.
document-skipped-why-refused = De ce: persoana nu a vrut să discute.
document-on-row = notat pe rândul „{ $row }”
