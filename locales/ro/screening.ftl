## same-as-english: person-lang-button
## Evaluarea: procedura din ghid (de la „Ce trebuie să faceți și cum?” până la „Acționați”), în ordinea ei.


screening-safety = 1 · Siguranța înainte de toate
    Este situația sigură pentru persoană și pentru dvs.?

    Nesigură — de exemplu, un proxenet sau un infractor este de față, ascultă sau vă amenință pe dvs. ori pe persoană: plecați și sunați la poliție.
screening-safety-safe = ✅ Sigură
screening-safety-unsafe = ⚠ Nesigură

screening-needs = 2 · Nevoi primare
    Asigurați-vă că persoana are adăpost, mâncare și ceva de băut, posibilitatea de a se odihni și că îi sunt satisfăcute și alte nevoi primare, acolo unde este cazul.

screening-child = 3 · Este un copil (sub 18 ani)?
    Pentru copii există proceduri specifice. Unii tineri sub 18 ani au motive să pretindă că sunt adulți.
screening-child-adult = Persoană adultă
screening-child-yes = Copil (sub 18 ani)
screening-child-doubt = Există îndoieli

screening-child-doubt-info = Dacă există îndoieli, prezumați că este copil și urmați procedurile pentru copii. Un organism specializat stabilește ulterior vârsta.

screening-child-exploited = Există motive suficiente să bănuiți că copilul a fost exploatat într-un fel?
    Dacă da, contactați imediat protecția copilului.
screening-child-exploited-yes = Da → protecția copilului acum
screening-child-exploited-no = Nu / încă neclar

screening-understand = 4 · Vă înțelegeți reciproc?
    Gesturile sau cuvintele simple pot fi de ajuns ca persoana să se simtă în siguranță. Pentru a merge mai departe, persoana trebuie să înțeleagă limba pe care o vorbiți.
screening-understand-yes = Da
screening-understand-no = Nu

screening-interpreter = Oferiți un interpret al cărui nume sau profil este acceptabil atât pentru dvs., cât și pentru persoană.
    Nu acceptați niciodată cunoștințe, prieteni sau „colegi” din grupul persoanei: pot avea legături cu traficantul.
screening-interpreter-present = Interpret acceptabil pentru amândoi
screening-interpreter-companion = Un însoțitor se oferă să fie interpret
screening-interpreter-none = Niciun interpret posibil acum

screening-interpreter-companion-info = ⚠ Nu acceptați. O cunoștință, un prieten sau un „coleg” al persoanei poate avea legături cu traficantul. Căutați alt interpret.
screening-interpreter-back = ◀ Înapoi la interpret
screening-no-interpreter = Fără un interpret acceptabil pentru amândoi, nu purtați conversația acum: ea poate aștepta până când aveți un astfel de interpret.
    Între timp, notați ce puteți observa fără să vorbiți.

screening-trust = 5 · Câștigați încrederea și explicați cine sunteți
    • Spuneți cine sunteți, pentru ce organizație lucrați și care este scopul discuției.
    • Cereți acordul pentru discuție; persoana poate întrerupe sau pune întrebări oricând.
    • Identitatea persoanei se transmite numai cu acordul ei, organizațiilor care au nevoie de ea pentru a organiza sprijinul.
    • Cereți acordul pentru a lua notițe, dacă este nevoie, și explicați de ce.
    • Puneți în centru drepturile omului și drepturile victimelor.
    • Țineți cont de dimensiunea de gen, mai ales când vorbiți despre exploatarea sexuală.

    Este persoana de acord să discute?
screening-trust-consents = Acceptă să discute
screening-trust-refuses = Nu vrea să discute

screening-no-talk = Respectați acest lucru. Persoana pleacă totuși cu datele de contact.
    Și fără o conversație puteți nota ce observați.
screening-watch = 👁 Ce puteți observa fără o conversație
    Atingeți un număr pentru a bifa ce remarcați, apoi „Gata”.
screening-no-talk-decide = Din ce ați observat, bănuiți că persoana ar putea fi victimă a traficului de persoane?
screening-no-talk-suspect = Bănuiesc că da
screening-no-talk-help = Nu, dar are nevoie de ajutor
screening-no-talk-later = Amânați până aveți un interpret
screening-no-talk-child = Din ce ați observat, există motive suficiente să bănuiți că copilul a fost exploatat într-un fel?
    Dacă da, contactați imediat protecția copilului.
screening-no-talk-child-suspect = Da → protecția copilului acum
screening-no-talk-child-help = Nu, dar are nevoie de ajutor

screening-observe = 6 · Observați și ascultați
    În care dintre aceste grupe ați remarcat ceva? Deschideți-le doar pe acelea, bifați ce ați remarcat și treceți direct la următoarea grupă de acest fel; săriți peste celelalte. 👁 observat privind persoana · 👂 aflat ascultând-o. Listele nu sunt exhaustive.
    Apoi: „Tabel ➜”.

screening-ind-purpose = SCOP · exploatare sexuală
screening-ind-recruitment = ACȚIUNE · recrutare
screening-ind-transport = ACȚIUNE · transport, transfer
screening-ind-harbouring = ACȚIUNE · adăpostire, primire
screening-ind-threat = MIJLOACE · amenințare
screening-ind-violence = MIJLOACE · violență
screening-ind-movement = MIJLOACE · restrângerea libertății de mișcare
screening-ind-isolation = MIJLOACE · izolare
screening-ind-documents = MIJLOACE · reținerea documentelor
screening-ind-wages = MIJLOACE · reținerea salariului
screening-ind-deception = MIJLOACE · înșelăciune
screening-ind-vulnerability = MIJLOACE · profitarea de vulnerabilitate
screening-ind-debt = MIJLOACE · servitute pentru datorii
    Anexa 1 nu are un rând pentru servitutea pentru datorii: aceste semne se notează pe rândul „{ annex-row-wages }”, iar banii plătiți părinților pe rândul „{ annex-row-payments }”.

screening-safety-again = ⚠ Din nou: siguranța
    Acest semn poate însemna că cineva care controlează persoana este de față sau ascultă.
    Mai este situația sigură pentru persoană și pentru dvs.? Dacă nu: plecați și sunați la poliție.
screening-safety-again-safe = ✅ Încă sigură: înapoi la semne
screening-to-annex = Tabel ➜

screening-annex = 7 · Anexa 1 — tabelul
    0 fără semne · 1 semne prezente · 2 dovezi · 3 sunt necesare mai multe informații.
    Rândurile cu semne bifate arată 1. Fiecare rând are butoanele lui: atingeți valoarea pe care i-o dați (● arată valoarea actuală).

screening-assessment = 8 · Ce pot indica semnele (nu este un verdict)
    ACȚIUNE: { $act }
    MIJLOACE: { $child ->
        [yes] nu sunt necesare în cazul unui copil ({ $means })
       *[no] { $means }
    }
    SCOP: { $purpose }
    Sunt necesare mai multe informații: { $more }

    { $elements ->
        [all] { $child ->
            [yes] ACȚIUNEA și SCOPUL prezintă semne: pentru un copil, acestea două sunt suficiente. Semnele pot indica trafic de persoane.
           *[no] ACȚIUNEA, MIJLOACELE și SCOPUL prezintă toate semne. Ele pot indica trafic de persoane.
        }
        [situation] Aceste semne, singure, nu indică trafic de persoane: lipsa permisului de ședere sau necunoașterea limbii fac o persoană vulnerabilă, dar nu sunt un mijloc folosit pentru a o exploata. Traficul ilegal de migranți nu este trafic de persoane: o persoană care a plătit pentru a trece o graniță nu devine prin aceasta victimă a traficului de persoane. Fiți atenți la semne ale unei acțiuni și ale exploatării.
        [some] Unele elemente prezintă semne. Semnele pot indica totuși trafic de persoane: listele nu sunt exhaustive.
       *[none] Deocamdată niciun element nu prezintă semne.
    }
    { $consent ->
        [child] Consimțământul unui copil nu este niciodată considerat liber exprimat.
        [means] Există semne ale unui mijloc și ale exploatării: dacă s-a folosit un mijloc pentru a exploata persoana, consimțământul unei persoane adulte este irelevant.
       *[open] Consimțământul unei persoane adulte devine irelevant de îndată ce s-a folosit un mijloc pentru a o exploata.
    }
screening-assessment-child-next = Bănuială → protecția copilului ➜
screening-assessment-suspect = Bănuiesc trafic de persoane
screening-assessment-chose = „Spune că a ales liber”
screening-assessment-help = Nu, dar are nevoie de ajutor
screening-assessment-child-help = Nicio bănuială, dar are nevoie de ajutor
screening-assessment-smuggling = ↔ Trafic ilegal de migranți: diferențe ➜

screening-chose-means = S-au găsit semne ale unui MIJLOC și ale exploatării. Dacă s-a folosit un mijloc pentru a exploata o persoană adultă, consimțământul ei este irelevant: „am ales liber” nu exclude traficul de persoane. Pentru un copil, consimțământul nu este niciodată considerat liber exprimat.
screening-chose-open = Consimțământul unei persoane adulte devine irelevant de îndată ce s-a folosit un mijloc (amenințare, violență, înșelăciune, profitarea de vulnerabilitate, datorii…) pentru a o exploata. Tabelul nu arată în același timp semne ale unui mijloc și ale exploatării: ascultați din nou și marcați 3 în tabel acolo unde sunt necesare mai multe informații.
screening-back-assessment = ◀ Înapoi la analiză

screening-referral = 9 · Oferiți referirea
    Propuneți-i persoanei să o referiți către o agenție specializată pentru identificare formală, precum și pentru sprijin și protecție pe termen scurt, mediu și, eventual, lung.
    Dacă nu puteți explica ce urmează, spuneți că personalul acelei agenții va explica întregul proces și va răspunde la orice întrebare.

    Este persoana de acord să fie referită?
screening-referral-yes = Acceptă referirea
screening-referral-no = Nu acceptă (încă)
screening-referral-explain = Ce se întâmplă după referire?

screening-rights-presumed = După referire, un specialist stă de vorbă cu persoana. Odată identificată ca victimă prezumată, o persoană adultă care își dă consimțământul are dreptul la:
    • o perioadă de recuperare și reflecție de cel puțin 30 de zile (3 luni în unele țări ale UE), în care poate rămâne în țară chiar și fără permis de ședere, pentru a se recupera și a decide dacă cooperează cu autoritățile;
    • protecție față de traficanți, cu măsuri de siguranță stabilite în urma unei evaluări a riscurilor și în consultare cu victima;
    • protecția siguranței fizice și a bunăstării, inclusiv o locuință sigură;
    • un interpret;
    • asistență juridică gratuită;
    • îngrijire medicală și farmaceutică, după caz;
    • servicii și îngrijire psihosociale.
screening-rights-more = După statutul formal ➜
screening-back-referral = ◀ Înapoi la referire

screening-rights-status = Ulterior, același organism sau un alt organism competent examinează mai departe cazul și poate acorda statutul formal de victimă. Acest statut dă dreptul la:
    • un permis de ședere/de muncă pe termen lung pentru victimele din țări terțe fără permis de ședere;
    • despăgubire;
    • educație și formare pentru cele mai tinere victime;
    • îngrijire medicală și farmaceutică regulată;
    • întoarcere sigură și demnă în țara de origine (sau uneori în altă țară), dacă victima dorește.

screening-child-next = Pentru un copil, protecția copilului are prioritate. Aceasta lucrează cu o echipă multidisciplinară (inclusiv psihologi și medici) și stabilește dacă copilul este victimă. Între timp, ajutați copilul să se simtă în siguranță și acordați atenție temerilor sale.
screening-child-next-outcome = Rezultat și contacte ➜
screening-child-next-explain = Ce se întâmplă după referire?

screening-rights-child = Un copil identificat ca victimă prezumată poate beneficia de măsuri specifice:
    • măsuri speciale pentru stabilirea identității și cetățeniei copilului și pentru a afla dacă a intrat în țară însoțit;
    • asistență juridică;
    • acces la despăgubiri;
    • toate eforturile posibile pentru găsirea familiei copilului;
    • acces la școală sau la alte forme de educație;
    • întoarcere voluntară, dacă copilul dorește și protecția copilului a stabilit că aceasta este în interesul superior al copilului.

## Ecrane arătate persoanei: în limba ei, cu limba lucrătorului dedesubt.

screening-show-person = 🗣 Arătați persoanei
screening-show-person-contacts = 🗣 Contacte pentru persoană
person-divider = ─────────
person-lang-button = { $current ->
        [yes] ● { $lang }
       *[no] { $lang }
    }
person-yes = Da
person-no = Nu
person-back = ◀ Înapoi
person-back-worker = ◀ Înapoi la rezultat
person-what-happens = Ce se întâmplă apoi?

person-consent = Persoana care vă arată acest mesaj lucrează pentru o organizație care vă poate ajuta.
    Ar dori să stea de vorbă cu dumneavoastră, ca să înțeleagă situația în care vă aflați și dacă aveți nevoie de ajutor sau de protecție.
    • Dumneavoastră decideți dacă vorbiți.
    • Vă puteți opri sau puteți pune o întrebare oricând.
    • Identitatea dumneavoastră este transmisă numai dacă sunteți de acord și numai organizațiilor care au nevoie de ea pentru a vă oferi sprijin.
    • Se iau notițe numai dacă sunteți de acord.

    Sunteți de acord să vorbiți cu această persoană?

person-referral = Există organizații specializate care vă pot sprijini și proteja, acum și mai târziu.
    Personalul lor vă va explica totul și va răspunde la toate întrebările dumneavoastră.

    Sunteți de acord să vă punem în legătură cu ele?

person-rights = Dacă sunteți de acord, un specialist va sta de vorbă cu dumneavoastră. Dacă se consideră că ați putea fi victimă a traficului de persoane, aveți dreptul la:
    • cel puțin 30 de zile ca să vă recuperați și să decideți, chiar și fără permis de ședere;
    • protecție și un loc sigur în care să stați;
    • un interpret;
    • asistență juridică gratuită;
    • îngrijire medicală și psihologică.

person-contacts = Puteți contacta aceste organizații acum sau mai târziu, oricând doriți.
