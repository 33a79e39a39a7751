## Învățare: prima jumătate a ghidului ca fișe scurte (de la „Ce este traficul de persoane?” până la „Ce trebuie
## să faceți și cum?”, și „Etapele procesului de identificare”) și referința indicatorilor („Care sunt indicatorii
## traficului de persoane în scopul exploatării sexuale?”).

learn-home = 📖 Învățare — definițiile ghidului, câte o fișă scurtă pentru fiecare. Alegeți o fișă.
learn-btn-definition = Ce e traficul? ACȚIUNE·MIJLOACE·SCOP
learn-btn-act = ACȚIUNE
learn-btn-means = MIJLOACE
learn-btn-purpose = SCOP
learn-btn-child = 🧒 Regula pentru copii
learn-btn-sexual = Exploatarea sexuală
learn-btn-chose = „Spune că a ales liber”
learn-btn-victim = Cine poate fi victimă?
learn-btn-trafficker = Cine poate fi traficant?
learn-btn-smuggling = ↔ Trafic de persoane sau de migranți?
learn-btn-differences = ↔ Cele patru diferențe
learn-btn-why = De ce contează identificarea
learn-btn-role = Rolul dvs.
learn-btn-rights = Drepturi după referire
learn-btn-status = Drepturi cu statut formal ➜
learn-btn-rights-child = Măsuri pentru un copil ➜
learn-btn-indicators = 🔎 Indicatori
learn-btn-screening = 🧭 Evaluare, pas cu pas
learn-next = Fișa următoare ➜
learn-all = ◀ Toate fișele
learn-contacts = ☎ Contacte

learn-definition = Ce este traficul de persoane?
    Directiva UE 2011/36/UE îl definește prin trei elemente:
    o ACȚIUNE, săvârșită prin anumite MIJLOACE, în SCOPUL exploatării.

    Așadar, dacă recunoașteți semne că asupra unei persoane a fost săvârșită una dintre acțiuni, prin unul dintre mijloace, pentru una dintre formele de exploatare, este posibil să aveți de-a face cu o victimă a traficului de persoane.

    Pentru un copil, MIJLOACELE nu trebuie verificate (vedeți regula pentru copii).
learn-act = ACȚIUNE — ce i se face persoanei:
    • recrutarea
    • transportul
    • transferul
    • adăpostirea
    • primirea de persoane
    • schimbul sau transferul de control asupra persoanelor în cauză
learn-means = MIJLOACE — cum se face:
    • amenințarea
    • uzul de forță (violența)
    • alte forme de constrângere
    • răpirea
    • frauda
    • înșelăciunea
    • abuzul de putere sau profitarea de starea de vulnerabilitate
    • oferirea sau primirea de bani sau de alte foloase pentru a obține consimțământul unei persoane care deține controlul asupra alteia
learn-purpose = SCOP — exploatarea, care include cel puțin:
    • exploatarea prostituției altor persoane sau alte forme de exploatare sexuală
    • munca sau serviciile forțate, inclusiv cerșetoria
    • sclavia sau practicile similare sclaviei
    • servitutea
    • exploatarea activităților infracționale
    • prelevarea de organe
learn-child = 🧒 Regula pentru copii (sub 18 ani)
    • Pentru un copil nu trebuie să verificați dacă s-a folosit vreun MIJLOC: o ACȚIUNE săvârșită în SCOPUL exploatării este suficientă pentru a prezuma traficul.
    • Consimțământul unui copil la exploatarea sexuală nu este niciodată considerat liber exprimat.
    • Unii tineri sub 18 ani au motive să pretindă că sunt adulți. Dacă există îndoieli că persoana ar putea fi copil, prezumați că este copil și urmați procedurile pentru copii; un organism specializat stabilește ulterior vârsta.
    • Dacă există motive suficiente să bănuiți că copilul a fost exploatat într-un fel, contactați imediat protecția copilului. Între timp, ajutați copilul să se simtă în siguranță și acordați atenție temerilor sale.
learn-sexual = Exploatarea sexuală
    Obligarea unei persoane să efectueze acte sexuale cu sau pentru o terță persoană, contra plată.
    Se poate petrece în tot felul de locuri, de exemplu servicii sexuale forțate în hoteluri și saloane de masaj.
learn-chose = „Ea (sau el) spune că a ales liber să vândă sex sau să presteze servicii sexuale.”
    Acest lucru este irelevant.
    • Un copil (sub 18 ani): nu este nevoie să se arate că s-au folosit mijloace pentru a-l înșela sau a-l constrânge. Consimțământul unui copil la exploatarea sexuală nu este niciodată considerat liber exprimat.
    • O persoană adultă: consimțământul este irelevant și atunci când s-a folosit oricare dintre MIJLOACE pentru a o exploata sexual într-un fel.
learn-victim = Cine poate fi victimă a exploatării sexuale?
    Oricine: bărbați și femei (inclusiv persoane trans), adulți și copii, cetățeni ai țării și străini, indiferent de statutul lor juridic.
    Oricine lucrează în prostituție sau în industria sexului este expus riscului, în special:
    • femeile și bărbații migranți care practică prostituția;
    • persoanele care nu își cunosc drepturile pentru că nu știu să citească și să scrie sau au o dizabilitate intelectuală;
    • persoanele duse pentru prostituție în locuri izolate, ascunse, care locuiesc chiar acolo unde lucrează;
    • persoanele din anumite comunități sau minorități;
    • copiii străzii, copiii fără părinți sau tutore, copiii neglijați;
    • tinerii care au nevoie de bani, precum și copiii și tinerii activi în rețelele de pe internet.
learn-trafficker = Cine poate fi traficant?
    Oricine: bărbați și femei, cetățeni ai țării și lucrători migranți.
    • Traficanții pot proveni din familia victimelor sau pot avea aceeași cetățenie; pot chiar să lucreze sau să locuiască împreună cu ele.
    • Pot fi persoane care au practicat prostituția, cândva ele însele victime ale traficului de persoane, și care au devenit traficanți pentru a câștiga bani.
    • Unii organizează recrutarea, alții transportul și transferul victimelor; alții doar adăpostesc sau primesc victimele, pentru a le aduce într-o situație în care pot fi exploatate.
learn-smuggling = ↔ Cineva a plătit mult ca să intre ilegal în țară. Este victimă a traficului de persoane?
    Nu neapărat. Organizarea contra plată a trecerii ilegale a frontierei nu este trafic de persoane, ci trafic ilegal de migranți.
    Traficul ilegal de migranți: faptul de a asigura, pentru a obține, direct sau indirect, un folos financiar sau un alt folos material, intrarea ilegală a unei persoane într-un stat al cărui cetățean sau rezident permanent nu este (Protocolul ONU împotriva traficului ilegal de migranți, art. 3 lit. a).
    • Migrantul acceptă să plătească o călăuză pentru a organiza sau a facilita intrarea ilegală.
    • Călăuzei nu îi pasă ce se întâmplă cu migranții după frontieră: scopul este câștigul financiar, nu exploatarea.
    • Traficul ilegal de migranți este o infracțiune împotriva statului (intrarea ilegală), nu împotriva migrantului, care a plătit pentru un „serviciu”.
learn-differences = ↔ Traficul de persoane și traficul ilegal de migranți: cele patru diferențe
    • Scopul — trafic de persoane: exploatarea · trafic ilegal de migranți: un folos financiar sau alt folos material
    • Consimțământul — trafic de persoane: irelevant · trafic ilegal de migranți: da, persoana este un „client” care plătește „serviciul”
    • Caracterul transnațional — trafic de persoane: nu este necesar · trafic ilegal de migranți: este necesar
    • Infracțiunea — trafic de persoane: împotriva persoanei · trafic ilegal de migranți: împotriva statului

    Cele două pot fi totuși legate și greu de deosebit: migranții trecuți ilegal peste frontieră și victimele traficului de persoane pot călători în același grup, deoarece rețelele infracționale sunt conectate. Iar un migrant care a acceptat să fie trecut ilegal peste frontieră poate deveni totuși victimă a traficului de persoane în timpul transportului sau la destinație.
learn-why = De ce contează identificarea
    Identificarea de primă linie este doar primul pas al unui proces lung de protecție a victimelor. Multe persoane nu vor să fie numite victime, dar posibilele victime sunt foarte probabil în pericol, iar protejarea lor este sarcina celor care au o meserie ca a dvs. Cele șase motive:
    1. Persoana trebuie protejată de cei care o exploatează, îi fac rău sau o amenință.
    2. Fără identificare, un străin fără documente valabile ar putea fi plasat într-un centru de detenție chiar dacă este victimă. Posibilele victime trebuie tratate ca victime, nu ca infractori.
    3. Odată identificată, persoana este referită către agenția competentă, care o poate proteja și îi poate satisface nevoile imediate și pe termen scurt.
    4. Poate ajuta la eliberarea altor bărbați, femei, băieți și fete exploatați în același mod sau în mod similar: de obicei, traficanții fac mai multe victime.
    5. Poate ajuta la strângerea de probe și poate duce la arestarea și urmărirea penală a celor care au abuzat de victimă.
    6. Poate duce, în cele din urmă, la despăgubirea victimei și la repararea pe cale legală a prejudiciului.
learn-role = Rolul dvs.
    Rolul dvs. se limitează la a recunoaște semnele că cineva ar putea fi victimă a traficului de persoane. Dacă este așa, informați autoritățile competente și oferiți-i persoanei referirea în vederea identificării formale și a sprijinului.
    Pașii, în ordinea din ghid:
    1. Siguranța înainte de toate: situație nesigură → plecați și sunați la poliție.
    2. Nevoi primare: adăpost, mâncare, băutură, odihnă.
    3. Este un copil? Dacă există îndoieli, prezumați că este copil.
    4. Înțelegeți-vă reciproc: un interpret acceptabil pentru amândoi, niciodată o cunoștință, un prieten sau un „coleg” al persoanei.
    5. Câștigați încrederea: cine sunteți, acord pentru discuție și pentru notițe; identitatea se transmite numai cu acord.
    6. Ascultați, observați, întrebați: bifați semnele în anexa 1.
    7. Oferiți referirea către o agenție specializată.
    8. Acționați: A copil · B referire · C încă nu · D alt ajutor.
learn-rights = După referire: drepturile unei victime prezumate
    Un specialist stă de vorbă cu persoana. Odată identificată ca victimă prezumată, o persoană adultă care și-a dat consimțământul are dreptul la:
    • o perioadă de recuperare și reflecție de cel puțin 30 de zile (3 luni în unele țări ale UE), în care poate rămâne în țară chiar și fără drept legal de ședere, pentru a se recupera și a decide dacă cooperează cu autoritățile;
    • protecție față de foștii exploatatori, cu măsuri de siguranță stabilite în urma unei evaluări a riscurilor și în consultare cu victima;
    • protecția siguranței fizice și a bunăstării, inclusiv o locuință sigură;
    • un interpret;
    • asistență juridică gratuită;
    • îngrijire medicală și farmaceutică, după caz;
    • servicii și îngrijire psihosociale.
    Dacă nu puteți explica dvs. aceste lucruri, spuneți că personalul agenției specializate va explica întregul proces și va răspunde la orice întrebare.
learn-status = Ulterior: statutul formal de victimă
    Aceeași agenție sau o altă agenție competentă examinează mai departe cazul și poate acorda statutul formal de victimă. Acest statut dă dreptul la:
    • un permis de ședere/de muncă pe termen lung pentru victimele din țări terțe fără permis de ședere;
    • despăgubire;
    • oportunități de educație și formare pentru cele mai tinere victime;
    • îngrijire medicală și farmaceutică regulată;
    • întoarcere sigură și demnă în țara de origine (uneori în altă țară), dacă victima dorește.
learn-rights-child = Un copil identificat ca victimă prezumată poate beneficia de măsuri specifice:
    • măsuri speciale pentru stabilirea identității și cetățeniei copilului și pentru a afla dacă a intrat în țară însoțit;
    • asistență juridică;
    • acces la despăgubiri;
    • toate eforturile posibile pentru găsirea familiei copilului;
    • acces la școală sau la alte forme de educație;
    • întoarcere voluntară, dacă copilul dorește și protecția copilului a stabilit că aceasta este în interesul superior al copilului.

## Referința indicatorilor.

learn-indicators-home = 🔎 Semnele de trafic în scopul exploatării sexuale din ghid, grupă cu grupă.
    👁 observat privind persoana · 👂 aflat ascultând-o.
    Listele nu sunt exhaustive: apar semne noi sau se schimbă pe măsură ce traficanții își schimbă metodele.
learn-group-purpose = SCOP · exploatare sexuală
learn-group-recruitment = ACȚIUNE · recrutare
learn-group-transport = ACȚIUNE · transport/transfer
learn-group-harbouring = ACȚIUNE · adăpostire/primire
learn-group-threat = MIJLOACE · amenințare
learn-group-violence = MIJLOACE · violență
learn-group-movement = MIJLOACE · restrângerea mișcării
learn-group-isolation = MIJLOACE · izolare
learn-group-documents = MIJLOACE · reținerea documentelor
learn-group-wages = MIJLOACE · reținerea salariului
learn-group-deception = MIJLOACE · înșelăciune
learn-group-vulnerability = MIJLOACE · profitarea de vulnerabilitate
learn-group-debt = MIJLOACE · servitute pentru datorii
learn-indicators-next = Grupa următoare ➜
learn-indicators-all = ◀ Toate grupele
learn-indicators-purpose = 🔎 SCOP — ați observat semne că persoana este victimă a exploatării sexuale?
learn-indicators-act = 🔎 ACȚIUNE — ați observat vreunul dintre aceste semne?
learn-indicators-means = 🔎 MIJLOACE — ați observat vreunul dintre aceste semne?
learn-indicator-group = { $text }:
learn-indicator-line = { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }

learn-btn-rules = ⚖ Regulile din țara unde lucrați
learn-btn-directive = 🆕 Ce s-a schimbat de la ghid (2024)
learn-rules = Regulile din țara în care lucrați
    Cine identifică formal o victimă, cât durează perioada de reflecție, dacă aveți obligația de a sesiza și asistența juridică — așa cum le arată sursele găsite. Unde nu s-a găsit o sursă, se spune acest lucru și pe cine puteți întreba.
learn-directive = Ce s-a schimbat de la ghid: Directiva (UE) 2024/1712
    Aceasta modifică Directiva 2011/36/UE, pe care se sprijină ghidul (2013). A intrat în vigoare la 14 iulie 2024; statele membre trebuiau să o transpună până la 15 iulie 2026.
    • Forme noi de exploatare: exploatarea maternității surogat, a căsătoriei forțate și a adopției ilegale.
    • Cine folosește în cunoștință de cauză serviciile prestate de o victimă trebuie sancționat (ca infracțiune, potrivit comunicatelor Comisiei).†
    • Sprijinul trebuie să fie specializat, să înceapă de îndată ce există motive întemeiate să se creadă că persoana este victimă și să nu depindă de cooperarea ei la anchetă.
    • Traficul în scopul exploatării sexuale comis prin tehnologia informației și comunicațiilor devine circumstanță agravantă.†
    • Mecanisme naționale formale de referire, coordonatori naționali și planuri naționale de acțiune împotriva traficului.†
    † Informație preluată doar din surse secundare (știri despre acord și despre actul adoptat), nu din textul directivei: verificați legea națională.
