## Oefenen: casussen geschreven vanuit de handleiding, met score en uitleg.
## De verhalen zijn verzonnen; elke regel die ze leren komt uit de handleiding (van "Wat is mensenhandel?"
## tot "Onderneem actie", en de indicatoren).

practice-intro = 🎯 Oefenen met casussen, geschreven vanuit de handleiding.
    Bij elk verhaal: vink de groepen signalen aan die je ziet (DOEL, HANDELING, MIDDEL) en kies dan de eerste actie. Beide krijgen een score, en elk gemist signaal en elke verkeerde keuze wordt uitgelegd vanuit de handleiding.
    Een ronde bestaat uit een aantal casussen in willekeurige volgorde. Na de sessie wordt niets over jou bewaard.
practice-start = Beginnen ➜
practice-learn = 📖 Eerst leren
practice-again = 🔁 Nog een ronde
practice-head = 📋 Casus { $n } van { $total }
practice-signals-prompt = Welke groepen signalen laat het verhaal zien? Vink ze aan (☑) en tik dan op Klaar. Geen? Tik meteen op Klaar.
practice-action-prompt = Wat doe je eerst?
practice-group-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $text }
practice-act-unsafe = ⚠ Vertrek en bel de politie
practice-act-a = 🧒 Meteen de kinderbescherming
practice-act-b = 🤝 Doorverwijzen naar instantie
practice-act-c = 📇 Laat heroverwegen, geef contacten
practice-act-d = ℹ Hulporganisaties en informatie
practice-feedback-head = 📋 Casus { $n } van { $total } · uitleg
practice-signals-result = { $expected ->
        [0] { $wrong ->
            [0] ✓ Groepen signalen: niets aangevinkt — goed, het verhaal laat geen signalen zien.
           *[other] Groepen signalen: het verhaal laat er geen zien; { $wrong } { $wrong ->
                [one] verkeerde keuze
               *[other] verkeerde keuzes
            }.
        }
       *[other] Groepen signalen: { $found } van { $expected } gevonden, { $wrong } { $wrong ->
            [one] verkeerde keuze
           *[other] verkeerde keuzes
        }.
    }
practice-group-right = ✓ { $text }
practice-group-missed = ✗ Gemist: { $text } — de signalen in het verhaal:
practice-sign = { "   " }• { $text }
practice-group-also = ≈ { $text }: telt niet mee. { $note }
practice-also = Ook een redelijke lezing van het verhaal.
practice-group-wrong = ✗ Niet in dit verhaal: { $text }. { $note }
practice-groups-wrong = ✗ Niet in dit verhaal: { $text }. Geen van de signalen die de handleiding voor deze groepen noemt, komt erin voor (🔎 Indicatoren somt ze op).
practice-action-right = ✓ Eerste actie: { $answer }.
practice-action-wrong = ✗ Eerste actie: je koos { $chosen }. { $note }
    → De eerste actie volgens de handleiding: { $answer }.
practice-score = Score tot nu toe: groepen signalen { $found } van { $expected } ({ $wrong } verkeerd) · eerste acties { $right } van { $done }.
practice-next = Volgende casus ➜
practice-finish = 🏁 Overzicht
practice-summary = 🏁 Oefenronde klaar: { $done } { $done ->
        [one] casus
       *[other] casussen
    }.
    Groepen signalen gevonden: { $found } van { $expected } · verkeerde keuzes: { $wrong }
    Eerste actie goed: { $right } van { $done }

    Lees opnieuw (📖 Leren): { $read }
    Zoek opnieuw op (🔎 Indicatoren): { $groups }

## Waar elke eerste actie voor is ("Wat moet je doen en op welke manier?" en "Onderneem actie").
practice-when-unsafe = Dat is voor een situatie die niet veilig is: een souteneur of crimineel die aanwezig is, meeluistert of jou of de persoon bedreigt.
practice-when-a = Dat is voor een kind (jonger dan 18), of als je twijfelt of het om een kind gaat.
practice-when-b = Dat is voor een volwassene van wie je vermoedt dat hij/zij slachtoffer zou kunnen zijn, en die instemt met doorverwijzing.
practice-when-c = Dat is voor een volwassene van wie je vermoedt dat hij/zij slachtoffer zou kunnen zijn, en die (nog) niet instemt met doorverwijzing.
practice-when-d = Dat is voor iemand van wie je vermoedt dat hij/zij geen slachtoffer van mensenhandel is, maar die wel hulp nodig heeft.

## De signalen van een groep volgens de handleiding, voor een aangevinkte groep die het verhaal niet laat zien.
practice-hint-purpose = De signalen: mag geen klanten weigeren (ook niet bij ziekte of zwangerschap, of zonder condoom); mag het verdiende geld niet houden; wordt altijd vergezeld als zij naar buiten gaat; geen pauzes, vrije dagen of vrije tijd; wordt zonder toestemming van locatie naar locatie verhuisd.
practice-hint-recruitment = De signalen: wist niet waar hij/zij ging werken; heeft een buitensporige vergoeding voor de werving betaald; geen arbeidsovereenkomst, slecht gedefinieerde voorwaarden, of een overeenkomst in een taal die hij/zij niet machtig is.
practice-hint-transport = De signalen: heeft het eigen vervoer niet georganiseerd of kende de route niet; lijkt bang voor de begeleider; een derde geeft vlak voor de grens het paspoort terug; de reizigers in een groep lijken elkaar niet te kennen.
practice-hint-harbouring = De signalen: woont en slaapt op het werk; overvolle, ongezonde slaapruimten zonder primaire sanitaire voorzieningen of privacy; beperkte bewegingsvrijheid op de verblijfslocatie.
practice-hint-threat = De signalen: angst of onbehagen, vooral bij de supervisor of de begeleiders; onsamenhangende opmerkingen of lijkt geïndoctrineerd; begeleiders die zich agressief tegenover hem/haar gedragen.
practice-hint-violence = De signalen: zichtbare verwondingen; tekenen van angst of onbehagen (zweten, trillen, oogcontact vermijden); bezoekt vaak de Spoedeisende Hulp voor verwondingen, soa's of een abortus.
practice-hint-movement = De signalen: woont en werkt op dezelfde locatie; controlemaatregelen op de werkplek (camera's, borden dat je niet weg mag, gebarricadeerde ramen, gesloten deuren); wordt door de souteneur zonder toestemming verhuisd.
practice-hint-isolation = De signalen: weet het eigen adres niet; een afgelegen werkplek; beperkte of geen toegang tot telefoon, post of internet; de souteneur of werkgever antwoordt of vertaalt voor hem/haar.
practice-hint-documents = De signalen: geen toegang tot identiteitsdocumenten of andere belangrijke bezittingen (retourticket), ook niet op verzoek; anderen in dezelfde situatie; documenten die vervalst lijken.
practice-hint-wages = De signalen: moet al het geld van klanten aan de supervisor geven; geen arbeidsovereenkomst of bewijs van loon; onregelmatige of late betalingen; weet niet hoeveel hij/zij verdient.
practice-hint-deception = De signalen: wist niet dat hij/zij in de prostitutie terecht zou komen; de voorwaarden verschillen van wat beloofd was; tekende na aankomst een nieuwe arbeidsovereenkomst.
practice-hint-vulnerability = De signalen: geen verblijfs- en werkvergunning; hoort bij een groep die gediscrimineerd wordt; beperkte opleiding, analfabeet of spreekt de lokale taal niet; op meerdere manieren afhankelijk van anderen; emotioneel en economisch gebonden aan werkgever of aanwerver; praat angstig over de eigen overtuiging.
practice-hint-debt = De signalen: moet een buitensporige vergoeding (werving, vervoer, huisvesting, eten) terugbetalen die op het loon wordt ingehouden; onduidelijke of gemanipuleerde terugbetaling van voorschotten; moet werken om een lening of schulden af te betalen; ouders kregen geld om hun kind mee te laten gaan.

## Opmerkingen die bij meerdere casussen horen.
practice-s-child-not-b = B en C zijn voor volwassenen. Bij een kind komt de kinderbescherming eerst, en meteen.
practice-s-agrees-not-c = C is voor iemand die (nog) niet instemt met doorverwijzing; deze persoon stemde in.
practice-s-refuses-not-b = Voor B is instemming met doorverwijzing nodig, en deze persoon stemt (nog) niet in.
practice-s-no-signs-not-bc = Doorverwijzen (B) of vragen dat te heroverwegen (C) is voor iemand van wie je vermoedt dat hij/zij slachtoffer zou kunnen zijn; niets in dit verhaal wijst op mensenhandel.
practice-s-unsafe-not-bc = Zolang een souteneur of crimineel meeluistert of dreigt, kun je niet veilig praten, laat staan doorverwijzing aanbieden.
practice-s-also-fear = Angst, vooral voor een baas of begeleider, is ook een signaal van dreiging.
practice-s-also-debt-wages = De handleiding rekent een schuld die met de verdiensten wordt afbetaald tot schuldslavernij; daarom hoort zo'n schuld hier bij die groep. Bijlage 1 heeft geen rij voor schuldslavernij: de signalering scoort zo'n schuld op de rij “{ annex-row-wages }”, zodat je lezing overeenkomt met de tabel.
practice-s-also-false-promise = Met een valse belofte binnengehaald worden kun je als werving lezen (een HANDELING), al noemt de handleiding het bij misleiding.

## A · een meisje van 15
practice-s-girl-15 = Straatwerk, 's avonds. Een meisje vertelt dat ze 15 is. Ze woont in een flat bij een man die ze online heeft leren kennen. Er komen mannen naar de flat, en zij moet hem al het geld geven dat ze betalen. Ze mag nooit zonder hem naar buiten.
practice-s-girl-15-why = Ze is 15: een kind. Bij een kind is een HANDELING met als DOEL uitbuiting genoeg; er hoeven geen MIDDELEN te worden aangetoond, en haar toestemming geldt nooit als vrijwillig. Heb je aanleiding te veronderstellen dat ze wordt uitgebuit, neem dan onmiddellijk contact op met de kinderbescherming; zorg er in de tussentijd voor dat ze zich veilig voelt en besteed aandacht aan haar angsten.
practice-s-girl-15-also-recruitment = Haar online vinden en in huis nemen kun je als werving lezen (een HANDELING), al staat geen van de wervingssignalen uit de handleiding in het verhaal.

## A · twijfel over de leeftijd
practice-s-age-doubt = Controle in een massagesalon. Een jonge vrouw zegt dat ze 19 is, maar ze ziet er veel jonger uit en noemt twee verschillende geboortejaren. Naast massages moet ze seksuele diensten verlenen, en al het geld moet ze afgeven aan de bedrijfsleider, die haar paspoort houdt.
practice-s-age-doubt-why = Je twijfelt over haar leeftijd: ga ervan uit dat ze een kind is en volg de procedures voor kinderen; een gespecialiseerde instantie stelt later haar leeftijd vast. Sommige jongeren onder de 18 hebben redenen om zich als volwassene voor te doen. Heb je aanleiding om uitbuiting te veronderstellen, neem dan onmiddellijk contact op met de kinderbescherming.
practice-s-age-doubt-not-adult = Twijfel je of het om een kind gaat, ga dan uit van een kind. B en C zijn voor volwassenen; D geldt voor een kind alleen als er geen reden is om uitbuiting te vermoeden, en die is er hier wel.

## A · een jongen van 16 die zegt dat hij het wil
practice-s-boy-16 = Op een station vertelt een jongen van 16 dat hij met mannen afspreekt voor seks tegen betaling, „omdat hij dat wil”. Een oudere man regelt de afspraken, neemt het geld aan en geeft hem er een klein deel van. De jongen weet niet hoeveel de mannen betalen.
practice-s-boy-16-why = Hij is 16: een kind, en ook jongens kunnen slachtoffer zijn. De toestemming van een kind voor seksuele uitbuiting wordt nooit geacht vrijwillig te zijn gegeven, en bij een kind hoeven geen MIDDELEN te worden aangetoond. Heb je aanleiding te veronderstellen dat hij wordt uitgebuit, neem dan onmiddellijk contact op met de kinderbescherming.
practice-s-boy-16-not-d = „Hij wil het” telt niet: de toestemming van een kind is nooit vrijwillig, en er is aanleiding om uitbuiting te veronderstellen.

## B · een beloofde baan in een keuken
practice-s-kitchen-promise = Een vrouw uit het buitenland achter een raam vertelt dat haar een baan in een hotelkeuken was beloofd; ze wist niet waar ze echt zou werken. Het „bureau” regelde haar reis. Bij aankomst kreeg ze te horen dat ze seks moest verkopen. Het bureau houdt haar paspoort en neemt al het geld van haar klanten. Ze trilt en vermijdt je blik. Als je doorverwijzing naar een gespecialiseerde instantie aanbiedt, stemt ze in.
practice-s-kitchen-promise-why = Signalen van HANDELING (werving, vervoer), MIDDEL (misleiding, achterhouden van documenten, inhouden van loon, angst) en DOEL (seksuele uitbuiting): ze zou slachtoffer kunnen zijn. Ze is volwassen en stemt in: neem contact op met de gespecialiseerde instantie om haar door te verwijzen. Haar identiteit wordt alleen met haar toestemming doorgegeven.

## B · „Ik heb er zelf voor gekozen”
practice-s-chose-freely = Een vrouw die in een club seks verkoopt, zegt: „Ik heb zelf voor dit werk gekozen.” Verderop in het gesprek vertelt ze dat ze een enorm bedrag moet terugbetalen voor de reis en haar kamer, dat direct op haar verdiensten wordt ingehouden, en dat de eigenaar haar paspoort „voor de veiligheid” bewaart. Ze wil een specialist spreken.
practice-s-chose-freely-why = „Ik heb er zelf voor gekozen” is hier irrelevant: bij een volwassene is toestemming irrelevant zodra een van de MIDDELEN is gebruikt — hier schuldslavernij en het achterhouden van haar paspoort. Ze zou slachtoffer kunnen zijn en stemt in: verwijs haar door naar de gespecialiseerde instantie.
practice-s-chose-freely-not-d = Haar vrije keuze beslist het niet: er zijn middelen gebruikt, dus haar toestemming is irrelevant, en ze zou slachtoffer kunnen zijn.

## B · schuldslavernij
practice-s-debt-bondage = Een vrouw uit het buitenland woont en slaapt in de club waar ze seks moet verkopen. De mensen die haar reis regelden, zeggen dat ze hun een enorm bedrag schuldig is voor de reis, de kamer en het eten, en dat ze moet werken tot het is afbetaald. Ze weet niet hoeveel ze heeft verdiend. Ze stemt in met doorverwijzing.
practice-s-debt-bondage-why = Schuldslavernij is een MIDDEL: een buitensporige schuld voor reis, huisvesting en eten die ze moet afwerken. Met signalen van HANDELING (vervoer, huisvesting) en andere MIDDELEN zou ze slachtoffer kunnen zijn; ze stemt in: verwijs haar door naar de gespecialiseerde instantie.

## B · iemand met de nationaliteit van het land
practice-s-national = Een vrouw die in dit land is geboren en opgegroeid, werkt in de prostitutie. Haar „manager” verhuist haar zonder het te vragen van stad naar stad, ze werkt elke dag zonder vrije dag, en ze kan je niet vertellen op welk adres ze slaapt. Ze wil een specialist spreken.
practice-s-national-why = Iedereen kan slachtoffer zijn — landgenoten en buitenlanders, ongeacht hun juridische status — en voor mensenhandel hoeft geen grens te worden overgestoken. Signalen van DOEL en MIDDEL: ze zou slachtoffer kunnen zijn; ze stemt in: verwijs haar door naar de gespecialiseerde instantie.
practice-s-national-also-transport = Haar rondverhuizen kun je als vervoer of overbrenging lezen (een HANDELING), al noemt de handleiding dit signaal bij doel en bij beperking van bewegingsvrijheid.
practice-s-national-not-d = Dat ze de nationaliteit van het land heeft, sluit mensenhandel niet uit: iedereen kan slachtoffer zijn, en de signalen kunnen erop duiden.

## B · een jonge man
practice-s-young-man = Een jonge man uit het buitenland werkt in de mannenprostitutie. Hij kwam voor wat volgens hem barwerk zou zijn en wist niet dat hij seks zou moeten verkopen. De man voor wie hij werkt, houdt zijn identiteitskaart, en hij mag geen klanten weigeren of op condooms staan. Hij stemt in met doorverwijzing.
practice-s-young-man-why = Iedereen kan slachtoffer zijn, mannen net zo goed als vrouwen. Signalen van MIDDEL (misleiding, achterhouden van documenten) en DOEL (mag geen klanten weigeren): hij zou slachtoffer kunnen zijn; hij stemt in: verwijs hem door naar de gespecialiseerde instantie.

## B · een busje bij de grens
practice-s-minibus = Bij een grenscontrole geeft de chauffeur van een busje een jonge vrouw vlak voor de controlepost haar paspoort. De passagiers lijken elkaar niet te kennen. Ze lijkt bang voor de chauffeur. Als je haar alleen spreekt, zegt ze dat ze „in een bar” gaat werken maar niet weet waar, en dat ze de baas van de chauffeur de reis schuldig is en die moet afwerken. Ze stemt in met doorverwijzing.
practice-s-minibus-why = Signalen van HANDELING (werving, vervoer) en MIDDEL (schuldslavernij, angst): ze zou slachtoffer kunnen zijn. Ze is volwassen en stemt in: verwijs haar door naar de gespecialiseerde instantie, die de formele identificatie doet.
practice-s-minibus-not-d = Het paspoort dat bij de grens wordt teruggegeven, de angst en de schuld die ze moet afwerken zijn signalen van mensenhandel, niet alleen van een hulpvraag.

## C · in de kliniek
practice-s-clinic = In een kliniek komt een vrouw die je al een paar keer zag voor verwondingen en soa's, met nieuwe blauwe plekken en brandwonden van sigaretten. Ze zegt dat ze elke dag klanten moet ontvangen, ook als ze ziek is. Als je doorverwijzing aanbiedt, zegt ze: nee, nu niet.
practice-s-clinic-why = Ze zou slachtoffer kunnen zijn (MIDDEL: geweld; DOEL: gedwongen te werken, ook bij ziekte, zonder vrije dagen), maar ze stemt nog niet in met doorverwijzing. Vraag haar het besluit te heroverwegen; geef haar een overzicht met contactgegevens voor als ze van gedachten verandert, en de gegevens van organisaties voor specifieke onderwerpen, zoals medische controles of juridische bijstand. In sommige landen ben je verplicht de autoriteiten te informeren over een misdrijf, ongeacht de toestemming van het slachtoffer; in dat geval moet je dat doen.

## C · een vriendin biedt aan te tolken
practice-s-friend-interpreter = In een club spreekt een vrouw de lokale taal niet. Een vrouw die in dezelfde club werkt, biedt aan: „Ik ben haar vriendin, ik vertaal wel.” Je ziet verse blauwe plekken op haar armen; ze trilt en vermijdt je blik. Vanavond is er geen andere tolk te bereiken.
practice-s-friend-interpreter-why = Ga nooit akkoord met bekenden, vrienden of „collega's” uit haar groep als tolk: zij kunnen banden met de mensenhandelaar hebben. Zonder een tolk die voor jullie beiden acceptabel is, kan ze vanavond niet instemmen met doorverwijzing. Je vermoedt dat ze slachtoffer zou kunnen zijn: geef haar een overzicht met contactgegevens voor als ze hulp wil, en de gegevens van organisaties voor specifieke onderwerpen, zoals medische controles of juridische bijstand. Verplicht de wet je een misdrijf te melden, dan moet je dat doen.
practice-s-friend-interpreter-not-b = Voor B moet ze instemmen met doorverwijzing, en zonder een tolk die voor jullie beiden acceptabel is, kan ze dat niet. Haar „vriendin” kan banden met de mensenhandelaar hebben.
practice-s-friend-interpreter-not-unsafe = Niemand luistert hier mee als souteneur of bedreigt jou of haar. Het risico is de „vriendin” als tolk: wijs haar af.

## C · ze wil niet praten
practice-s-refuses-talk = Bij een controle in een pand waar seksuele diensten worden aangeboden, wil een vrouw niet met je praten. Je ziet camera's in de gang, een bord dat de vrouwen niet naar buiten mogen, en ramen die niet open kunnen. Ze heeft geen telefoon.
practice-s-refuses-talk-why = Respecteer dat ze niet wil praten. De controlemaatregelen en het ontbreken van een telefoon zijn signalen van MIDDEL (beperking van bewegingsvrijheid, isoleren): je vermoedt dat ze slachtoffer zou kunnen zijn, en ze stemt niet in met doorverwijzing. Vraag haar dat te heroverwegen, geef haar een overzicht met contactgegevens en de gegevens van organisaties voor specifieke onderwerpen. In sommige landen ben je hoe dan ook verplicht de autoriteiten over een misdrijf te informeren.
practice-s-refuses-talk-not-d = Dat ze zwijgt, betekent niet dat er niets is: de signalen kunnen op mensenhandel duiden. D is voor iemand van wie je vermoedt dat hij/zij geen slachtoffer is.

## C · een „loverboy”
practice-s-loverboy = Een vrouw van 19 werd verliefd op een man die zei dat ze geld nodig hadden voor hun toekomst samen. Hij zei dat ze als hostess zou werken. Nu ontvangt ze elke dag klanten, geeft ze hem al het geld, en hij houdt haar telefoon. Ze zegt dat ze het voor hem doet en wil niets weten van doorverwijzing.
practice-s-loverboy-why = De „loverboy” bindt haar emotioneel en economisch aan zich (misbruik van een kwetsbare positie) en heeft haar over het werk misleid: er zijn middelen gebruikt, dus „ik doe het voor hem” is geen vrijwillige toestemming. Ze stemt niet in met doorverwijzing: vraag haar dat te heroverwegen, geef haar contactgegevens voor als ze van gedachten verandert, en de gegevens van organisaties voor specifieke onderwerpen. In sommige landen ben je hoe dan ook verplicht de autoriteiten te informeren.
practice-s-loverboy-also-recruitment = Een „loverboy” werft door te verleiden, en werven is een HANDELING, al staat geen van de wervingssignalen uit de handleiding in het verhaal.
practice-s-loverboy-not-d = Er zijn middelen gebruikt, dus haar toestemming is irrelevant en ze zou slachtoffer kunnen zijn. D is voor iemand van wie je vermoedt dat hij/zij geen slachtoffer is.

## C · een transgender vrouw
practice-s-trans-woman = Een transgender vrouw verkoopt seks in de flat waar ze met zes anderen woont; het is er overvol en er is geen fatsoenlijk toilet of douche. De „huisbaas” neemt al het geld van haar klanten, en ze weet niet hoeveel ze heeft verdiend. Ze wil niet worden doorverwezen.
practice-s-trans-woman-why = Iedereen kan slachtoffer zijn, ongeacht gender. Signalen van HANDELING (huisvesting), MIDDEL (inhouden van loon, beperking van bewegingsvrijheid) en DOEL: ze zou slachtoffer kunnen zijn. Ze wil geen doorverwijzing: vraag haar dat te heroverwegen, geef haar contactgegevens en de gegevens van organisaties voor specifieke onderwerpen; informeer de autoriteiten als de wet je daartoe verplicht.

## D · heeft hulp nodig, geen signalen
practice-s-needs-help = Straatwerk in een prostitutiegebied. Een vrouw die voor zichzelf werkt, vertelt dat ze haar eigen geld en haar paspoort houdt, haar eigen tijden kiest en kan stoppen wanneer ze wil. Ze vraagt waar ze een medische controle kan krijgen.
practice-s-needs-help-why = Niets in het verhaal wijst op HANDELING, MIDDEL of DOEL, maar ze heeft hulp nodig: geef haar een lijst met de gegevens van specifieke hulporganisaties en informatie over mensenhandel.

## D · geen slaapplek
practice-s-no-shelter = Een vrouw die in een club werkte, is daar een maand geleden uit eigen beweging weggegaan. Ze heeft haar paspoort, haar telefoon en haar spaargeld, en niemand zit achter haar aan, maar ze heeft vannacht geen slaapplek en vraagt je om hulp.
practice-s-no-shelter-why = Geen signalen van HANDELING, MIDDEL of DOEL: je vermoedt dat ze geen slachtoffer is, maar ze heeft hulp nodig. Geef haar een lijst met de gegevens van specifieke hulporganisaties en informatie over mensenhandel.

## D · gesmokkeld, niet verhandeld
practice-s-smuggled = Een jonge man vertelt dat hij zelf een smokkelaar zocht en hem veel geld betaalde om hem over de grens te brengen. De smokkelaar liet hem achter op een station. Nu logeert hij bij een neef, gaat hij waarheen hij wil en werkt hij voor niemand. Hij heeft geen verblijfsvergunning en vraagt waar hij juridisch advies kan krijgen.
practice-s-smuggled-why = Dit is mensensmokkel, geen mensenhandel: hij stemde ermee in te betalen voor een illegale grensoverschrijding, het ging de smokkelaar om geld, niet om uitbuiting, en smokkel is een misdrijf tegen de staat. Zonder vergunning is hij kwetsbaar, maar niets wijst op uitbuiting. Hij heeft hulp nodig: geef hem een lijst met hulporganisaties en informatie over mensenhandel. Een gesmokkelde migrant kan later, tijdens het vervoer of op de bestemming, alsnog slachtoffer worden.
practice-s-smuggled-not-transport = Hij regelde en betaalde de grensoverschrijding zelf: dat is smokkel. De vervoerssignalen in de handleiding gaan over een reis die anderen regelen en in de hand houden.
practice-s-smuggled-not-recruitment = Een smokkelaar betalen is geen wervingsvergoeding: niemand heeft hem voor werk geworven.
practice-s-smuggled-not-debt = Hij heeft de smokkelaar betaald; hij is niemand iets schuldig en werkt geen schuld af.
practice-s-smuggled-not-bc = Niets wijst op uitbuiting: betalen om illegaal over de grens gebracht te worden is mensensmokkel, geen mensenhandel.

## niet veilig · een souteneur luistert mee
practice-s-pimp-listening = Straatwerkronde in een tippelzone. Als je een gesprek begint met een vrouw, komt een man vlak naast jullie staan, luistert elk woord mee, beantwoordt je vragen voor haar, snauwt haar toe dat ze haar mond moet houden en zegt dat jij moet doorlopen. Zij kijkt naar de grond.
practice-s-pimp-listening-why = Er is een souteneur of crimineel aanwezig die meeluistert en dreigt: het is niet veilig, niet voor haar en niet voor jou. Vertrek, en schakel de politie in.
practice-s-pimp-listening-also-violence = Oogcontact vermijden kan een teken van angst zijn, dat de handleiding bij geweld noemt.

## niet veilig · een dreigende „neef”
practice-s-cousin = In een gezondheidscentrum staat de „neef” van een vrouw erop mee de spreekkamer in te gaan en alles te vertalen. Als je haar alleen wilt spreken, gaat hij voor de deur staan en bedreigt hij je.
practice-s-cousin-why = Er is iemand aanwezig die meeluistert en jou bedreigt: de situatie is niet veilig. Vertrek, en schakel de politie in. En accepteer nooit iemand uit de kring van de persoon als tolk.
practice-s-cousin-also-threat = Zijn agressie is ook een signaal van dreiging, al gaat het signaal in de handleiding over agressie tegenover de persoon; hier bedreigt hij jou.
