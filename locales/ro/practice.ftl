## Exersare: scenarii scrise pe baza ghidului, cu punctaj și explicații.
## Poveștile sunt inventate; fiecare regulă pe care o predau este a ghidului (de la „Ce este traficul de
## persoane?” până la „Acționați”, și indicatorii).

practice-intro = 🎯 Exersați cu scenarii scrise pe baza ghidului.
    Pentru fiecare poveste: bifați grupele de semnale pe care le vedeți (SCOP, ACȚIUNE, MIJLOACE), apoi alegeți prima acțiune. Ambele primesc punctaj, iar fiecare omisiune și fiecare alegere greșită este explicată pe baza ghidului.
    O sesiune vă propune câteva scenarii în ordine aleatorie. Nimic despre dvs. nu se păstrează după sesiune.
practice-start = Începeți ➜
practice-learn = 📖 Învățați mai întâi
practice-again = 🔁 Încă o sesiune
practice-head = 📋 Scenariul { $n } din { $total }
practice-signals-prompt = Ce grupe de semnale arată povestea? Bifați-le pe fiecare (☑), apoi Gata. Niciuna? Atingeți direct Gata.
practice-action-prompt = Ce faceți mai întâi?
practice-group-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $text }
practice-act-unsafe = ⚠ Plecați și sunați la poliție
practice-act-a = 🧒 Protecția copilului, imediat
practice-act-b = 🤝 Referire la agenția specializată
practice-act-c = 📇 Cereți reconsiderare, dați contacte
practice-act-d = ℹ Organizații de sprijin, informații
practice-feedback-head = 📋 Scenariul { $n } din { $total } · explicații
practice-signals-result = { $expected ->
        [0] { $wrong ->
            [0] ✓ Grupe de semnale: niciuna bifată — corect, povestea nu arată semne.
           *[other] Grupe de semnale: povestea nu arată niciuna; { $wrong } { $wrong ->
                [one] alegere greșită
               *[other] alegeri greșite
            }.
        }
       *[other] Grupe de semnale: { $found } din { $expected } găsite, { $wrong } { $wrong ->
            [one] alegere greșită
           *[other] alegeri greșite
        }.
    }
practice-group-right = ✓ { $text }
practice-group-missed = ✗ Omis: { $text } — semnele din poveste:
practice-sign = { "   " }• { $text }
practice-group-also = ≈ { $text }: nu se punctează. { $note }
practice-also = Și aceasta este o interpretare rezonabilă a poveștii.
practice-group-wrong = ✗ Nu apare în această poveste: { $text }. { $note }
practice-groups-wrong = ✗ Nu apar în această poveste: { $text }. Niciunul dintre semnele din ghid pentru aceste grupe nu apare în ea (🔎 Indicatori le enumeră).
practice-action-right = ✓ Prima acțiune: { $answer }.
practice-action-wrong = ✗ Prima acțiune: ați ales { $chosen }. { $note }
    → Prima acțiune conform ghidului, aici: { $answer }.
practice-score = Punctaj până acum: grupe de semnale { $found } din { $expected } (greșite: { $wrong }) · prime acțiuni { $right } din { $done }.
practice-next = Scenariul următor ➜
practice-finish = 🏁 Rezumat
practice-summary = 🏁 Sesiune de exersare încheiată: { $done } { $done ->
        [one] scenariu
       *[other] scenarii
    }.
    Grupe de semnale găsite: { $found } din { $expected } · alegeri greșite: { $wrong }
    Prima acțiune corectă: { $right } din { $done }

    Recitiți (📖 Învățare): { $read }
    Revedeți (🔎 Indicatori): { $groups }

## La ce servește fiecare primă acțiune (secțiunile ghidului „Ce trebuie să faceți și cum?” și „Acționați”).
practice-when-unsafe = Aceasta este pentru o situație nesigură: un proxenet sau un infractor este de față, ascultă sau vă amenință pe dvs. ori pe persoană.
practice-when-a = Aceasta este pentru un copil (sub 18 ani) sau atunci când există îndoieli dacă persoana este copil.
practice-when-b = Aceasta este pentru o persoană adultă despre care bănuiți că ar putea fi victimă și care acceptă referirea.
practice-when-c = Aceasta este pentru o persoană adultă despre care bănuiți că ar putea fi victimă și care nu acceptă (încă) referirea.
practice-when-d = Aceasta este pentru cineva despre care credeți că nu este victimă a traficului de persoane, dar care are nevoie de ajutor.

## Semnele unei grupe în ghid, pentru o grupă bifată pe care povestea nu o arată.
practice-hint-purpose = Semnele ei: nu are voie să refuze clienți (nici în caz de boală sau sarcină, nici fără prezervativ); nu are voie să păstreze banii câștigați; este mereu însoțit(ă) când iese; nu are pauze, zile libere sau timp liber; este mutat(ă) dintr-un loc în altul fără consimțământ.
practice-hint-recruitment = Semnele ei: nu știa unde urma să lucreze; a plătit o taxă de recrutare excesivă; nu are contract, are condiții prost definite sau un contract într-o limbă pe care nu o stăpânește.
practice-hint-transport = Semnele ei: nu și-a organizat propria călătorie sau nu cunoștea traseul; se teme de persoana care îl/o însoțește; o terță persoană îi înapoiază pașaportul chiar înainte de frontieră; călătorii dintr-un grup nu par să se cunoască.
practice-hint-harbouring = Semnele ei: locuiește și doarme la locul de muncă; spații de dormit supraaglomerate și insalubre, fără condiții sanitare de bază sau intimitate; libertate de mișcare limitată acolo unde locuiește.
practice-hint-threat = Semnele ei: teamă sau disconfort, mai ales față de șef sau de cei alături de care a călătorit; remarci incoerente sau aer îndoctrinat; însoțitori care se poartă agresiv cu persoana.
practice-hint-violence = Semnele ei: leziuni vizibile; semne de teamă sau neliniște (transpirație, tremur, evitarea contactului vizual); vizite frecvente la urgențe pentru leziuni, ITS sau un avort.
practice-hint-movement = Semnele ei: locuiește și lucrează în același loc; măsuri de control la locul de muncă (camere, afișe care interzic ieșirea, ferestre cu gratii, uși încuiate); este mutat(ă) de proxenet fără consimțământ.
practice-hint-isolation = Semnele ei: nu își știe adresa; un loc de muncă izolat; acces redus sau deloc la telefon, poștă sau internet; proxenetul sau angajatorul răspunde sau traduce în locul persoanei.
practice-hint-documents = Semnele ei: nu are acces la actele de identitate sau la alte bunuri importante (biletul de întoarcere), nici măcar la cerere; alții se află în aceeași situație; documente care par falsificate.
practice-hint-wages = Semnele ei: trebuie să dea supraveghetorului toți banii de la clienți; niciun contract sau nicio dovadă a salariului; plăți neregulate sau întârziate; nu știe cât câștigă.
practice-hint-deception = Semnele ei: nu știa că va ajunge în prostituție; condițiile diferă de ce i s-a promis; a semnat un contract nou după ce a ajuns la locul de muncă.
practice-hint-vulnerability = Semnele ei: fără permis de ședere sau de muncă; face parte dintr-un grup discriminat; nivel scăzut de educație, nu știe să citească și să scrie sau nu vorbește limba locală; depinde de alții în mai multe privințe; depinde emoțional și economic de angajator sau de recrutor; vorbește cu teamă despre convingerile sale.
practice-hint-debt = Semnele ei: trebuie să ramburseze o sumă excesivă (recrutare, călătorie, locuință, hrană) reținută din câștiguri; rambursarea neclară sau manipulată a avansurilor; trebuie să muncească pentru a plăti un împrumut sau datorii; părinții au fost plătiți ca să-și lase copilul să plece.

## Note comune mai multor scenarii.
practice-s-child-not-b = B și C sunt pentru persoane adulte. Pentru un copil, protecția copilului are prioritate, imediat.
practice-s-agrees-not-c = C este pentru o persoană care nu acceptă (încă) referirea; această persoană a acceptat.
practice-s-refuses-not-b = B necesită acordul persoanei pentru referire, iar această persoană nu este (încă) de acord.
practice-s-no-signs-not-bc = Referirea (B) sau rugămintea de a o reconsidera (C) sunt pentru cineva despre care bănuiți că ar putea fi victimă; nimic din această poveste nu indică trafic de persoane.
practice-s-unsafe-not-bc = Cât timp un proxenet sau un infractor ascultă sau amenință, nu puteți vorbi în siguranță, cu atât mai puțin să oferiți referirea.
practice-s-also-fear = Teama, mai ales de un șef sau de un însoțitor, este și un semn de amenințare.
practice-s-also-debt-wages = Ghidul încadrează o datorie plătită din câștiguri la servitutea pentru datorii, așa că aici se punctează la acea grupă. Anexa 1 nu are un rând pentru servitutea pentru datorii: în evaluare, o astfel de datorie se notează pe rândul „{ annex-row-wages }”, deci interpretarea dvs. se potrivește cu tabelul.
practice-s-also-false-promise = Aducerea cuiva cu o promisiune falsă poate fi înțeleasă ca recrutare (o ACȚIUNE), deși ghidul o încadrează la înșelăciune.

## A · o fată de 15 ani
practice-s-girl-15 = Muncă de teren, seara. O fată vă spune că are 15 ani. Locuiește într-un apartament cu un bărbat pe care l-a cunoscut online. În apartament vin bărbați, iar ea trebuie să-i dea lui toți banii pe care aceștia îi plătesc. Nu are niciodată voie să iasă fără el.
practice-s-girl-15-why = Are 15 ani: este un copil. Pentru un copil, o ACȚIUNE în SCOPUL exploatării este suficientă; nu trebuie arătat niciun MIJLOC, iar consimțământul ei nu este niciodată considerat liber exprimat. Dacă există motive să bănuiți că este exploatată, contactați imediat protecția copilului și, între timp, ajutați-o să se simtă în siguranță și acordați atenție temerilor ei.
practice-s-girl-15-also-recruitment = Faptul că a găsit-o online și a luat-o la el poate fi înțeles ca recrutare (o ACȚIUNE), deși niciunul dintre semnele de recrutare enumerate în ghid nu apare în poveste.

## A · vârstă incertă
practice-s-age-doubt = Inspecție într-un salon de masaj. O tânără spune că are 19 ani, dar pare mult mai tânără și dă doi ani de naștere diferiți. Pe lângă masaje, trebuie să ofere servicii sexuale și să-i dea toți banii administratorului, care îi păstrează pașaportul.
practice-s-age-doubt-why = Aveți îndoieli cu privire la vârsta ei: prezumați că este copil și urmați procedurile pentru copii; un organism specializat îi stabilește ulterior vârsta. Unii tineri sub 18 ani au motive să pretindă că sunt adulți. Dacă există motive să bănuiți exploatarea, contactați imediat protecția copilului.
practice-s-age-doubt-not-adult = Când există îndoieli dacă persoana este copil, prezumați că este copil. B și C sunt pentru persoane adulte; D se aplică unui copil doar când nu există motive să bănuiți exploatarea, iar aici există.

## A · un băiat de 16 ani care spune că vrea
practice-s-boy-16 = Într-o gară, un băiat de 16 ani vă spune că se întâlnește cu bărbați pentru sex contra bani „pentru că vrea”. Un bărbat mai în vârstă aranjează întâlnirile, ia banii și îi dă lui o mică parte. Băiatul nu știe cât plătesc bărbații.
practice-s-boy-16-why = Are 16 ani: este un copil, iar și băieții pot fi victime. Consimțământul unui copil la exploatarea sexuală nu este niciodată considerat liber exprimat, iar pentru un copil nu trebuie arătat niciun MIJLOC. Dacă există motive să bănuiți că este exploatat, contactați imediat protecția copilului.
practice-s-boy-16-not-d = „Vrea el” nu contează: consimțământul unui copil nu este niciodată liber exprimat și există motive să bănuiți exploatarea.

## B · i s-a promis o slujbă la bucătărie
practice-s-kitchen-promise = O femeie din străinătate, care lucrează într-un bordel cu vitrine, vă spune că i s-a promis un loc de muncă în bucătăria unui hotel; nu știa unde va lucra de fapt. „Agenția” i-a organizat călătoria. La sosire i s-a spus că trebuie să vândă sex. Agenția îi păstrează pașaportul și îi ia toți banii de la clienți. Tremură și vă evită privirea. Când îi oferiți referirea către o agenție specializată, acceptă.
practice-s-kitchen-promise-why = Semne de ACȚIUNE (recrutare, transport), MIJLOACE (înșelăciune, reținerea documentelor, reținerea salariului, teamă) și SCOP (exploatare sexuală): ar putea fi victimă. Este o persoană adultă și acceptă: contactați agenția specializată pentru a o referi. Identitatea ei se transmite numai cu acordul ei.

## B · „Am ales liber”
practice-s-chose-freely = O femeie care vinde sex într-un club spune: „Am ales liber această muncă.” Pe măsură ce discutați, vă spune că trebuie să ramburseze o sumă enormă pentru călătorie și cameră, reținută direct din câștiguri, iar proprietarul îi păstrează pașaportul „pentru siguranță”. Acceptă să vorbească cu un specialist.
practice-s-chose-freely-why = „Am ales liber” este irelevant aici: pentru o persoană adultă, consimțământul este irelevant odată ce s-a folosit oricare dintre MIJLOACE — aici servitutea pentru datorii și reținerea pașaportului. Ar putea fi victimă și acceptă: referiți-o către agenția specializată.
practice-s-chose-freely-not-d = Alegerea ei liberă nu tranșează problema: s-au folosit mijloace, deci consimțământul ei este irelevant și ar putea fi victimă.

## B · servitute pentru datorii
practice-s-debt-bondage = O femeie din străinătate locuiește și doarme în clubul în care trebuie să vândă sex. Cei care i-au organizat călătoria spun că le datorează o sumă enormă pentru drum, cameră și mâncare și că trebuie să muncească până o achită. Nu știe cât a câștigat. Acceptă să fie referită.
practice-s-debt-bondage-why = Servitutea pentru datorii este un MIJLOC: o datorie excesivă pentru călătorie, locuință și mâncare, pe care trebuie să o plătească prin muncă. Cu semne de ACȚIUNE (transport, adăpostire) și alte MIJLOACE, ar putea fi victimă; acceptă: referiți-o către agenția specializată.

## B · o cetățeană a țării
practice-s-national = O femeie născută și crescută în această țară practică prostituția. „Managerul” ei o mută din oraș în oraș fără s-o întrebe, ea lucrează în fiecare zi fără nicio zi liberă și nu vă poate spune adresa unde doarme. Acceptă să vorbească cu un specialist.
practice-s-national-why = Oricine poate fi victimă — cetățeni ai țării, ca și străini, indiferent de statutul juridic —, iar traficul de persoane nu presupune neapărat trecerea unei frontiere. Semne de SCOP și MIJLOACE: ar putea fi victimă; acceptă: referiți-o către agenția specializată.
practice-s-national-also-transport = Mutarea ei dintr-un loc în altul poate fi înțeleasă ca transport sau transfer (o ACȚIUNE), deși ghidul încadrează acest semn la scop și la restrângerea libertății de mișcare.
practice-s-national-not-d = Faptul că este cetățeană a țării nu exclude traficul de persoane: oricine poate fi victimă, iar semnele de aici pot indica trafic.

## B · un tânăr
practice-s-young-man = Un tânăr din străinătate practică prostituția masculină. A venit pentru ceea ce i s-a spus că e o slujbă într-un bar și nu știa că va trebui să vândă sex. Bărbatul care îl angajează îi păstrează cartea de identitate, iar el nu are voie să refuze clienți sau să insiste pe folosirea prezervativului. Acceptă să fie referit.
practice-s-young-man-why = Oricine poate fi victimă, bărbați ca și femei. Semne de MIJLOACE (înșelăciune, reținerea documentelor) și SCOP (nu are voie să refuze clienți): ar putea fi victimă; acceptă: referiți-l către agenția specializată.

## B · un microbuz la frontieră
practice-s-minibus = La un control la frontieră, șoferul unui microbuz îi dă unei tinere pașaportul chiar înainte de punctul de control. Pasagerii nu par să se cunoască. Ea pare să se teamă de șofer. Întrebată separat, spune că va lucra „într-un bar”, dar nu știe unde, și că îi datorează șefului șoferului bani pentru drum, pe care trebuie să-i plătească prin muncă. Acceptă să fie referită.
practice-s-minibus-why = Semne de ACȚIUNE (recrutare, transport) și MIJLOACE (servitute pentru datorii, teamă): ar putea fi victimă. Este o persoană adultă și acceptă: referiți-o către agenția specializată, care face identificarea formală.
practice-s-minibus-not-d = Pașaportul înapoiat la frontieră, teama și datoria pe care trebuie să o plătească prin muncă sunt semne de trafic de persoane, nu doar ale unei nevoi de ajutor.

## C · la clinică
practice-s-clinic = La o clinică, o femeie pe care ați văzut-o de mai multe ori pentru leziuni și ITS vine cu vânătăi noi și arsuri de țigară. Spune că trebuie să primească clienți în fiecare zi, chiar și când este bolnavă. Când îi oferiți referirea, spune că nu, nu acum.
practice-s-clinic-why = Ar putea fi victimă (MIJLOACE: violență; SCOP: obligată să lucreze chiar și bolnavă, fără zile libere), dar nu acceptă încă referirea. Rugați-o să reconsidere; oferiți-i o listă a contactelor, în cazul în care se răzgândește, și datele organizațiilor pentru nevoi specifice, cum ar fi controale medicale sau ajutor juridic. În unele țări trebuie să informați autoritățile despre o infracțiune, indiferent de consimțământul victimei; dacă este cazul, trebuie să o faceți.

## C · o prietenă se oferă să fie interpretă
practice-s-friend-interpreter = Într-un club, o femeie nu vorbește limba locală. O femeie care lucrează în același club se oferă: „Sunt prietena ei, traduc eu.” Pe brațele femeii care nu vorbește limba vedeți vânătăi proaspete; tremură și vă evită privirea. În seara aceasta nu poate fi găsit niciun alt interpret.
practice-s-friend-interpreter-why = Nu acceptați niciodată ca interpreți cunoștințe, prieteni sau „colegi” din grupul ei: pot avea legături cu traficantul. Fără un interpret acceptabil pentru amândoi, ea nu poate accepta referirea în seara aceasta. Bănuiți că ar putea fi victimă: oferiți-i o listă a contactelor, în cazul în care vrea ajutor, și datele organizațiilor pentru nevoi specifice, cum ar fi controale medicale sau ajutor juridic. Acolo unde legea vă obligă să semnalați o infracțiune, trebuie să o faceți.
practice-s-friend-interpreter-not-b = B necesită acordul ei pentru referire, iar fără un interpret acceptabil pentru amândoi nu și-l poate da. „Prietena” ei ar putea avea legături cu traficantul.
practice-s-friend-interpreter-not-unsafe = Aici nimeni nu ascultă ca un proxenet și nu vă amenință pe dvs. sau pe ea. Riscul este „prietena” ca interpret: refuzați-o.

## C · nu vrea să vorbească
practice-s-refuses-talk = În timpul inspecției unei case în care se oferă servicii sexuale, o femeie nu vrea să vorbească cu dvs. Observați camere pe hol, un afiș care spune că femeile nu au voie să plece și ferestre care nu se pot deschide. Nu are telefon.
practice-s-refuses-talk-why = Respectați dorința ei de a nu vorbi. Măsurile de control și lipsa telefonului sunt semne de MIJLOACE (restrângerea libertății de mișcare, izolare): bănuiți că ar putea fi victimă, iar ea nu acceptă referirea. Rugați-o să reconsidere, oferiți-i o listă a contactelor și datele organizațiilor pentru nevoi specifice. În unele țări trebuie să informați oricum autoritățile despre o infracțiune.
practice-s-refuses-talk-not-d = Tăcerea ei nu înseamnă că nu e nimic: semnele pot indica trafic de persoane. D este pentru cineva despre care credeți că nu este victimă.

## C · un „loverboy”
practice-s-loverboy = O femeie de 19 ani s-a îndrăgostit de un bărbat care i-a spus că au nevoie de bani pentru viitorul lor împreună. I-a spus că va lucra ca hostesă. Acum primește clienți în fiecare zi, îi dă lui toți banii, iar el îi păstrează telefonul. Spune că o face pentru el și nu vrea să audă de referire.
practice-s-loverboy-why = „Loverboy-ul” o leagă emoțional și economic de el (profitarea de vulnerabilitate) și a înșelat-o cu privire la muncă: s-au folosit mijloace, deci „o fac pentru el” nu este un consimțământ liber. Nu acceptă referirea: rugați-o să reconsidere, oferiți-i contactele, în cazul în care se răzgândește, și datele organizațiilor pentru nevoi specifice. În unele țări trebuie să informați oricum autoritățile.
practice-s-loverboy-also-recruitment = Un „loverboy” recrutează prin seducție, iar recrutarea este o ACȚIUNE, deși niciunul dintre semnele de recrutare enumerate în ghid nu apare în poveste.
practice-s-loverboy-not-d = S-au folosit mijloace, deci consimțământul ei este irelevant și ar putea fi victimă. D este pentru cineva despre care credeți că nu este victimă.

## C · o femeie transgender
practice-s-trans-woman = O femeie transgender vinde sex în apartamentul în care locuiește cu alte șase persoane; este supraaglomerat și nu are toaletă sau duș ca lumea. „Proprietarul” îi ia toți banii de la clienți, iar ea nu știe cât a câștigat. Nu vrea să fie referită.
practice-s-trans-woman-why = Oricine poate fi victimă, indiferent de gen. Semne de ACȚIUNE (adăpostire), MIJLOACE (reținerea salariului, restrângerea libertății de mișcare) și SCOP: ar putea fi victimă. Nu vrea referirea: rugați-o să reconsidere, oferiți-i contactele și datele organizațiilor pentru nevoi specifice; informați autoritățile acolo unde legea vă obligă.

## D · are nevoie de ajutor, fără semne
practice-s-needs-help = Muncă de teren într-o zonă de prostituție. O femeie care lucrează pe cont propriu vă spune că își păstrează banii și pașaportul, își alege orele și se poate opri când vrea. Întreabă unde poate face un control medical.
practice-s-needs-help-why = Nimic din poveste nu indică ACȚIUNE, MIJLOACE sau SCOP, dar are nevoie de ajutor: oferiți-i o listă de organizații de sprijin specifice și informații despre traficul de persoane.

## D · nu are unde să stea
practice-s-no-shelter = O femeie care lucra într-un club a plecat de acolo din proprie inițiativă acum o lună. Are pașaportul, telefonul și economiile ei și nimeni nu o urmărește, dar nu are unde să stea în noaptea aceasta și vă cere ajutorul.
practice-s-no-shelter-why = Niciun semn de ACȚIUNE, MIJLOACE sau SCOP: credeți că nu este victimă, dar are nevoie de ajutor. Oferiți-i o listă de organizații de sprijin specifice și informații despre traficul de persoane.

## D · trecut ilegal peste frontieră, nu traficat
practice-s-smuggled = Un tânăr vă spune că și-a găsit singur o călăuză și i-a plătit mulți bani ca să-l treacă peste frontieră. Călăuza l-a lăsat într-o gară. Acum stă la un văr, merge unde vrea și nu lucrează pentru nimeni. Nu are permis de ședere și întreabă unde poate primi consiliere juridică.
practice-s-smuggled-why = Este trafic ilegal de migranți, nu trafic de persoane: a acceptat să plătească pentru trecerea ilegală a frontierei, călăuza urmărea banii, nu exploatarea, iar traficul ilegal de migranți este o infracțiune împotriva statului. Lipsa permisului îl face vulnerabil, dar nimic nu indică exploatarea. Are nevoie de ajutor: oferiți-i o listă de organizații de sprijin și informații despre traficul de persoane. Un migrant trecut ilegal peste frontieră poate totuși deveni victimă mai târziu, în timpul transportului sau la destinație.
practice-s-smuggled-not-transport = Și-a organizat și și-a plătit singur trecerea: acesta este trafic ilegal de migranți. Semnele de transport din ghid descriu o călătorie pe care o organizează și o controlează alții.
practice-s-smuggled-not-recruitment = Plata unei călăuze nu este o taxă de recrutare: nimeni nu l-a recrutat pentru muncă.
practice-s-smuggled-not-debt = El a plătit călăuza; nu datorează nimic nimănui și nu plătește nicio datorie prin muncă.
practice-s-smuggled-not-bc = Nimic nu indică exploatarea: plata pentru a fi trecut ilegal peste frontieră este trafic ilegal de migranți, nu trafic de persoane.

## unsafe · un proxenet ascultă
practice-s-pimp-listening = Tură de teren într-o zonă de prostituție stradală. Când începeți să vorbiți cu o femeie, un bărbat se apropie mult, ascultă fiecare cuvânt, răspunde el la întrebările dvs., i se răstește să tacă și vă spune să plecați. Ea se uită în pământ.
practice-s-pimp-listening-why = Un proxenet sau un infractor este de față, ascultă și amenință: situația nu este sigură nici pentru ea, nici pentru dvs. Plecați și sunați la poliție.
practice-s-pimp-listening-also-violence = Evitarea contactului vizual poate fi un semn de teamă, pe care ghidul îl încadrează la violență.

## unsafe · un „văr” care amenință
practice-s-cousin = La un centru de sănătate, „vărul” unei femei insistă să intre în cabinet și să traducă totul. Când cereți s-o vedeți singură, blochează ușa și vă amenință.
practice-s-cousin-why = Cineva este de față, ascultă și vă amenință: situația nu este sigură. Plecați și sunați la poliție. Și nu acceptați niciodată ca interpret un însoțitor din anturajul persoanei.
practice-s-cousin-also-threat = Agresivitatea lui este și ea un semn de amenințare, deși semnul din ghid este agresivitatea față de persoană; aici el vă amenință pe dvs.
