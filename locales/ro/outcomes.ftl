## Rezultatele (secțiunile ghidului „Ce trebuie să faceți și cum?” și „Acționați”). Id-uri fixe: unsafe, A, B, C, D.

outcome-unsafe = ⚠ Situație nesigură: plecați și sunați la poliție (112).
    Nu continuați conversația cât timp un proxenet sau un infractor este de față, ascultă sau amenință.

outcome-a = Rezultatul A · un copil
    Contactați mai întâi, imediat, protecția copilului. Specialiștii ei (inclusiv psihologi și medici) stabilesc dacă copilul este victimă a traficului de persoane și decid dacă și cum îi contactează pe părinți sau pe tutore.
    Între timp, ajutați copilul să se simtă în siguranță și acordați atenție temerilor sale.

outcome-b = Rezultatul B · persoană adultă, posibilă victimă, acceptă referirea
    Contactați agenția specializată pentru a referi persoana în vederea identificării formale și a sprijinului.
    Identitatea persoanei se transmite numai cu acordul ei.

outcome-c = Rezultatul C · persoană adultă, posibilă victimă, nu acceptă (încă) referirea
    • Rugați persoana să-și reconsidere decizia.
    • Oferiți-i o listă a contactelor, în cazul în care se răzgândește.
    • Oferiți-i datele organizațiilor care răspund unor nevoi specifice, cum ar fi controale medicale sau asistență juridică.
    ⚠ Obligația de a informa autoritățile, indiferent de consimțământul persoanei, depinde de țară: vedeți mai jos regulile acestei țări.

outcome-d = Rezultatul D · probabil nu este victimă, dar are nevoie de ajutor
    Oferiți-i persoanei o listă de organizații de sprijin specifice și informații despre traficul de persoane.

outcome-d-child = Rezultatul D · un copil, deocamdată fără motive suficiente de a bănui exploatarea, dar are nevoie de ajutor
    Dați-i copilului datele de contact pentru copii de mai jos.
    Dacă mai târziu apar semne de exploatare, contactați imediat protecția copilului.

outcome-later = Evaluare amânată · până când aveți un interpret acceptabil pentru amândoi
    Nu ați putut vorbi cu persoana, așa că încă nu s-a decis nimic. Deocamdată, ca la rezultatul D, persoana pleacă cu datele de contact de mai jos. Reluați evaluarea când interpretul este prezent.
