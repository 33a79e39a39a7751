## Test: întrebări adevărat/fals și cu variante multiple despre definițiile și procedura din ghid.

quiz-intro = ❓ Test despre definițiile și procedura din ghid: întrebări scurte de tip adevărat/fals și cu variante multiple, fiecare răspuns explicat, cu punctaj. Un test vă propune câteva întrebări în ordine aleatorie. Nimic despre dvs. nu se păstrează după sesiune.
quiz-start = Începeți ➜
quiz-again = 🔁 Încă un test
quiz-head = ❓ Întrebarea { $n } din { $total }
quiz-feedback-head = ❓ Întrebarea { $n } din { $total } · răspuns
quiz-right = ✓ Corect: { $answer }.
quiz-wrong = ✗ Ați ales: { $chosen }. Răspunsul corect: { $answer }.
quiz-score = Punctaj până acum: { $right } din { $done }.
quiz-next = Întrebarea următoare ➜
quiz-finish = 🏁 Rezumat
quiz-summary = 🏁 Test încheiat: { $right } din { $done } corecte.

    Recitiți (📖 Învățare): { $read }
quiz-option = { $n } · { $text }
quiz-option-button = { $n } · { $text }
quiz-true = Adevărat
quiz-false = Fals

quiz-q-elements = Definiția UE a traficului de persoane se bazează pe trei elemente. Care sunt acestea?
quiz-q-elements-a = ACȚIUNE, MIJLOACE și SCOP
quiz-q-elements-b = Frontieră, plată și consimțământ
quiz-q-elements-c = Recrutare, transport și prostituție
quiz-q-elements-why = O ACȚIUNE (de exemplu recrutarea, transportul sau adăpostirea) săvârșită prin anumite MIJLOACE (de exemplu amenințarea, înșelăciunea sau profitarea de vulnerabilitate) în SCOPUL exploatării.

quiz-q-child-means = Adevărat sau fals: pentru un copil (sub 18 ani), trebuie să arătați că s-a folosit unul dintre MIJLOACE.
quiz-q-child-means-why = Fals. Pentru un copil, mijloacele nu trebuie verificate: o ACȚIUNE în SCOPUL exploatării este suficientă pentru a prezuma traficul.

quiz-q-means-example = Care dintre acestea este unul dintre MIJLOACE?
quiz-q-means-example-a = Înșelăciunea
quiz-q-means-example-b = Transportul
quiz-q-means-example-c = Cerșetoria forțată
quiz-q-means-example-why = Înșelăciunea este un MIJLOC. Transportul este o ACȚIUNE; munca sau serviciile forțate, inclusiv cerșetoria, sunt un SCOP (o formă de exploatare).

quiz-q-chose = Adevărat sau fals: o persoană adultă spune că a ales liber să vândă sex, dar pașaportul îi este reținut și plătește prin muncă o datorie mare. Consimțământul ei tranșează problema: nu este trafic de persoane.
quiz-q-chose-why = Fals. Consimțământul unei persoane adulte este irelevant atunci când s-a folosit oricare dintre MIJLOACE, cum ar fi reținerea documentelor sau servitutea pentru datorii.

quiz-q-child-consent = Adevărat sau fals: cineva de 16 ani poate consimți liber la exploatarea sexuală.
quiz-q-child-consent-why = Fals. Consimțământul unui copil la exploatarea sexuală nu este niciodată considerat liber exprimat.

quiz-q-victim = Cine poate fi victimă a exploatării sexuale?
quiz-q-victim-a = Oricine: bărbați și femei, adulți și copii, cetățeni ai țării și străini
quiz-q-victim-b = Doar femeile străine fără acte
quiz-q-victim-c = Doar persoanele care au trecut o frontieră
quiz-q-victim-why = Oricine poate fi victimă, indiferent de statutul juridic: bărbați și femei (inclusiv persoane trans), adulți și copii, cetățeni ai țării și străini.

quiz-q-trafficker-family = Adevărat sau fals: un traficant poate proveni chiar din familia victimei.
quiz-q-trafficker-family-why = Adevărat. Traficanții pot proveni din familia victimelor sau pot avea aceeași cetățenie; pot chiar să lucreze sau să locuiască împreună cu ele.

quiz-q-trafficker-former = Adevărat sau fals: o femeie care a practicat prostituția, cândva ea însăși victimă a traficului de persoane, poate deveni traficantă.
quiz-q-trafficker-former-why = Adevărat. Ghidul menționează persoane care au practicat prostituția, cândva ele însele victime, și care au devenit traficanți pentru a câștiga bani.

quiz-q-smuggling = Cineva a plătit mult ca să fie adus ilegal în țară. Este victimă a traficului de persoane?
quiz-q-smuggling-a = Nu neapărat: este trafic ilegal de migranți
quiz-q-smuggling-b = Da, întotdeauna
quiz-q-smuggling-c = Nu, și nici nu poate deveni vreodată
quiz-q-smuggling-why = Nu neapărat: organizarea contra plată a trecerii ilegale a frontierei este trafic ilegal de migranți. Dar un migrant care a acceptat să fie trecut ilegal peste frontieră poate totuși deveni victimă a traficului de persoane în timpul transportului sau la destinație.

quiz-q-transnational = Adevărat sau fals: traficul de persoane presupune întotdeauna trecerea unei frontiere.
quiz-q-transnational-why = Fals. Trecerea unei frontiere este necesară pentru traficul ilegal de migranți, nu pentru traficul de persoane.

quiz-q-crime-against = Traficul ilegal de migranți este o infracțiune împotriva…
quiz-q-crime-against-a = statului
quiz-q-crime-against-b = migrantului
quiz-q-crime-against-c = familiei migrantului
quiz-q-crime-against-why = Traficul ilegal de migranți este o infracțiune împotriva statului (intrarea ilegală), nu împotriva migrantului care a plătit pentru un „serviciu”. Traficul de persoane este o infracțiune împotriva persoanei.

quiz-q-smuggler-aim = Care este scopul călăuzei?
quiz-q-smuggler-aim-a = Un folos financiar sau alt folos material
quiz-q-smuggler-aim-b = Exploatarea migrantului la destinație
quiz-q-smuggler-aim-c = Un permis de ședere pentru migrant
quiz-q-smuggler-aim-why = Călăuza urmărește doar un folos financiar sau alt folos material și nu o interesează ce se întâmplă după frontieră. Scopul traficantului este exploatarea.

quiz-q-detention = Fără identificare, o victimă străină fără documente valabile ar putea…
quiz-q-detention-a = fi plasată într-un centru de detenție
quiz-q-detention-b = primi automat un permis de ședere
quiz-q-detention-c = primi imediat despăgubiri
quiz-q-detention-why = Fără identificare, un străin fără documente valabile ar putea ajunge într-un centru de detenție, chiar dacă este victimă. Posibilele victime trebuie tratate ca victime, nu ca infractori.

quiz-q-role = Care este rolul dvs. în prima linie?
quiz-q-role-a = Recunoașteți semnele, informați autoritățile competente și oferiți referirea
quiz-q-role-b = Decideți formal dacă persoana este victimă
quiz-q-role-c = Nimic, decât dacă persoana cere ajutor
quiz-q-role-why = Rolul dvs. se limitează la recunoașterea semnelor. Dacă cineva ar putea fi victimă, informați autoritățile competente și oferiți referirea în vederea identificării formale și a sprijinului, de care se ocupă o agenție specializată.

quiz-q-first-step = Ce vine mai întâi în procedura din ghid?
quiz-q-first-step-a = Asigurarea că situația este sigură
quiz-q-first-step-b = Verificarea documentelor persoanei
quiz-q-first-step-c = Completarea tabelului din anexa 1
quiz-q-first-step-why = Siguranța înainte de toate, pentru persoană și pentru dvs.; apoi nevoile primare, dacă este un copil, înțelegerea reciprocă, încrederea și abia apoi ascultarea, observarea și anexa.

quiz-q-pimp = Un proxenet este de față și ascultă. Ce faceți?
quiz-q-pimp-a = Plecați și sunați la poliție
quiz-q-pimp-b = Continuați, vorbind încet
quiz-q-pimp-c = Îi cereți să fie interpret
quiz-q-pimp-why = Când situația nu este sigură, de exemplu un proxenet sau un infractor este de față, ascultă sau vă amenință pe dvs. ori pe persoană, plecați și sunați la poliție.

quiz-q-age-doubt = Aveți îndoieli dacă persoana are sub 18 ani. Ce faceți?
quiz-q-age-doubt-a = Prezumați că este copil și urmați procedurile pentru copii
quiz-q-age-doubt-b = O tratați ca pe o persoană adultă până i se dovedește vârsta
quiz-q-age-doubt-c = Încheiați discuția până arată un document
quiz-q-age-doubt-why = Dacă există îndoieli, prezumați că este copil și urmați procedurile pentru copii. Un organism specializat stabilește ulterior vârsta.

quiz-q-child-protection = Adevărat sau fals: dacă există motive suficiente să bănuiți că un copil a fost exploatat, contactați imediat protecția copilului.
quiz-q-child-protection-why = Adevărat. Protecția copilului lucrează de obicei cu o echipă multidisciplinară (inclusiv psihologi și medici) și stabilește dacă copilul este victimă.

quiz-q-interpreter = Adevărat sau fals: o prietenă a persoanei se oferă să fie interpretă. Puteți accepta, deoarece persoana are încredere în ea.
quiz-q-interpreter-why = Fals. Nu acceptați niciodată cunoștințe, prieteni sau „colegi” din grupul persoanei: pot avea legături cu traficantul. Oferiți un interpret al cărui nume sau profil este acceptabil pentru amândoi.

quiz-q-identity = Adevărat sau fals: identitatea persoanei se transmite numai cu acordul ei.
quiz-q-identity-why = Adevărat, și numai organizațiilor care au nevoie de ea pentru a organiza sprijinul. Spuneți-i acest lucru persoanei când câștigați încrederea.

quiz-q-observe = Adevărat sau fals: unele semne le observați privind persoana, altele ascultând ce vă spune.
quiz-q-observe-why = Adevărat. Listele din ghid le conțin pe amândouă; bifați-le în formularul din anexa 1 pe măsură ce le recunoașteți.

quiz-q-exhaustive = Adevărat sau fals: listele de semne din ghid sunt complete — dacă nu apare niciun semn din listă, nu poate fi vorba de trafic de persoane.
quiz-q-exhaustive-why = Fals. Listele nu sunt exhaustive: apar semne noi sau se schimbă pe măsură ce traficanții își schimbă metodele.

quiz-q-mark-three = În tabelul din anexa 1, ce înseamnă valoarea 3?
quiz-q-mark-three-a = Sunt necesare mai multe informații
quiz-q-mark-three-b = Dovezi
quiz-q-mark-three-c = Semne prezente
quiz-q-mark-three-why = 0 fără semne · 1 semne prezente · 2 dovezi · 3 sunt necesare mai multe informații.

quiz-q-explain = Adevărat sau fals: dacă nu puteți explica ce se întâmplă după referire, puteți spune că personalul agenției specializate va explica întregul proces.
quiz-q-explain-why = Adevărat. Personalul acelei agenții va explica întregul proces și va răspunde la toate întrebările persoanei.

quiz-q-reflection = O victimă prezumată are o perioadă de recuperare și reflecție de cel puțin…
quiz-q-reflection-a = 30 de zile
quiz-q-reflection-b = 7 zile
quiz-q-reflection-c = un an
quiz-q-reflection-why = Cel puțin 30 de zile (3 luni în unele țări ale UE), timp în care o victimă fără drept legal de ședere poate rămâne în țară pentru a se recupera și a decide dacă cooperează cu autoritățile.

quiz-q-presumed-rights = La care dintre acestea are dreptul, imediat după identificare, o victimă prezumată adultă care își dă consimțământul?
quiz-q-presumed-rights-a = Asistență juridică gratuită
quiz-q-presumed-rights-b = Un permis de ședere pe termen lung
quiz-q-presumed-rights-c = Despăgubire
quiz-q-presumed-rights-why = Asistența juridică gratuită vine odată cu statutul de victimă prezumată (împreună cu perioada de reflecție, protecția, locuința sigură, un interpret, îngrijirea medicală și psihosocială). Permisul pe termen lung și despăgubirea vin mai târziu, odată cu statutul formal de victimă.

quiz-q-outcome-c = O persoană adultă despre care bănuiți că ar putea fi victimă nu acceptă referirea. Ce faceți?
quiz-q-outcome-c-a = O rugați să reconsidere și îi dați contactele
quiz-q-outcome-c-b = O referiți oricum
quiz-q-outcome-c-c = Nimic: este alegerea ei
quiz-q-outcome-c-why = Rugați-o să reconsidere, oferiți-i o listă a contactelor, în cazul în care se răzgândește, și datele organizațiilor pentru nevoi specifice, cum ar fi controale medicale sau ajutor juridic. În unele țări trebuie să informați autoritățile despre o infracțiune, indiferent de consimțământul victimei.

quiz-q-outcome-d = Credeți că persoana nu este victimă, dar are nevoie de ajutor. Ce faceți?
quiz-q-outcome-d-a = Îi dați o listă de organizații de sprijin și informații despre trafic
quiz-q-outcome-d-b = O referiți către agenția specializată
quiz-q-outcome-d-c = Nimic: nu este victimă
quiz-q-outcome-d-why = Dați-i o listă de organizații de sprijin specifice și o broșură cu informații despre traficul de persoane.
