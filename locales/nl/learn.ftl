## Leren: de eerste helft van de handleiding in korte kaarten (van "Wat is mensenhandel?" tot "Wat moet je doen
## en op welke manier?", en "Geef waar nodig een toelichting op de verschillende stappen in het identificatieproces"),
## en het overzicht van de indicatoren ("Wat zijn de indicatoren voor mensenhandel gericht op seksuele uitbuiting?").

learn-home = 📖 Leren — de definities uit de handleiding, elk in een korte kaart. Kies een kaart.
learn-btn-definition = Definitie: HANDELING·MIDDEL·DOEL
learn-btn-act = HANDELING
learn-btn-means = MIDDEL
learn-btn-purpose = DOEL
learn-btn-child = 🧒 De regel voor kinderen
learn-btn-sexual = Seksuele uitbuiting
learn-btn-chose = „Ze zegt dat ze er vrijwillig voor koos”
learn-btn-victim = Wie kan slachtoffer zijn?
learn-btn-trafficker = Wie kan mensenhandelaar zijn?
learn-btn-smuggling = ↔ Mensenhandel of mensensmokkel?
learn-btn-differences = ↔ De vier verschillen
learn-btn-why = Waarom signaleren belangrijk is
learn-btn-role = Je rol
learn-btn-rights = Rechten na doorverwijzing
learn-btn-status = Rechten met formele status ➜
learn-btn-rights-child = Maatregelen voor een kind ➜
learn-btn-indicators = 🔎 Indicatoren
learn-btn-screening = 🧭 Signalering, stap voor stap
learn-next = Volgende kaart ➜
learn-all = ◀ Alle kaarten
learn-contacts = ☎ Contactpunten

learn-definition = Wat is mensenhandel?
    De EU-mensenhandelrichtlijn (2011/36/EU) bouwt de definitie op uit drie elementen:
    een HANDELING die met gebruik van bepaalde MIDDELEN wordt uitgevoerd, met als DOEL uitbuiting.

    Herken je signalen dat ten aanzien van een persoon een van de handelingen is verricht, met een van de middelen en met het oogmerk van een van de vormen van uitbuiting, dan heb je wellicht te maken met een slachtoffer van mensenhandel.

    Bij een kind hoef je de MIDDELEN niet na te gaan (zie de regel voor kinderen).
learn-act = HANDELING — wat er met de persoon gebeurt:
    • werven
    • vervoeren
    • overbrengen
    • huisvesten
    • opnemen van personen
    • wisseling of overdracht van de controle over deze personen
learn-means = MIDDEL — hoe het gebeurt:
    • dreiging
    • geweld
    • andere vormen van dwang
    • ontvoering
    • fraude
    • misleiding
    • machtsmisbruik of misbruik van een kwetsbare positie
    • geven of ontvangen van betalingen of voordelen, om de instemming te verkrijgen van een persoon die zeggenschap heeft over een andere persoon
learn-purpose = DOEL — uitbuiting; die omvat ten minste:
    • uitbuiting van prostitutie van anderen of andere vormen van seksuele uitbuiting
    • gedwongen arbeid of dienstverlening, met inbegrip van bedelarij
    • slavernij of met slavernij vergelijkbare praktijken
    • dienstbaarheid
    • uitbuiting van strafbare activiteiten
    • verwijdering van organen
learn-child = 🧒 De regel voor kinderen (jonger dan 18)
    • Bij een kind hoef je niet na te gaan of een van de MIDDELEN is gebruikt: een verrichte HANDELING met als DOEL een vorm van uitbuiting is voldoende om mensenhandel te veronderstellen.
    • De toestemming van een kind voor seksuele uitbuiting wordt nooit geacht vrijwillig te zijn gegeven.
    • Sommige jongeren onder de 18 hebben redenen om zich als volwassene voor te doen. Twijfel je of het om een kind gaat? Ga er dan van uit dat het een kind is en volg de procedures voor kinderen; een gespecialiseerde instantie stelt later de juiste leeftijd vast.
    • Heb je voldoende aanleiding om te veronderstellen dat het kind op een of andere manier is uitgebuit, neem dan onmiddellijk contact op met de kinderbescherming. Zorg er in de tussentijd voor dat het kind zich veilig voelt en besteed aandacht aan zijn/haar angsten.
learn-sexual = Seksuele uitbuiting
    Het gedwongen verrichten van seksuele handelingen met of voor een derde tegen betaling.
    Dit kan zich op allerlei plaatsen voordoen, bijvoorbeeld het gedwongen verlenen van seksuele diensten in hotels en massagesalons.
learn-chose = „Ze (of hij) zegt dat ze er vrijwillig voor heeft gekozen zich te prostitueren of seksuele diensten te verlenen.”
    Dat is irrelevant.
    • Een kind (jonger dan 18): het is niet nodig aan te tonen dat er middelen zijn gebruikt om het te misleiden of te dwingen. De toestemming van een kind voor seksuele uitbuiting wordt nooit geacht vrijwillig te zijn gegeven.
    • Een volwassene: de toestemming is ook irrelevant wanneer een van de MIDDELEN is gebruikt om hem of haar op de een of andere wijze seksueel uit te buiten.
learn-victim = Wie kan slachtoffer van seksuele uitbuiting zijn?
    Iedereen: mannen en vrouwen (ook transgender personen), volwassenen en kinderen, landgenoten en buitenlanders, ongeacht hun juridische status.
    Iedereen die in de prostitutie of de sekssector werkt, loopt risico, met name:
    • vrouwelijke en mannelijke migranten in de prostitutie;
    • mensen die zich niet bewust zijn van hun rechten doordat ze analfabeet zijn of een verstandelijke beperking hebben;
    • mensen die voor prostitutie naar afgelegen en verborgen locaties worden gebracht en wonen op de plek waar ze werken;
    • mensen uit bepaalde gemeenschappen/minderheden;
    • straatkinderen, kinderen zonder ouders of voogd, verwaarloosde kinderen;
    • jonge mensen in geldnood, en kinderen en jongeren die actief zijn op internetnetwerken.
learn-trafficker = Wie kan mensenhandelaar zijn?
    Iedereen: mannen en vrouwen, landgenoten en arbeidsmigranten.
    • Mensenhandelaren kunnen uit de familie van hun slachtoffers komen of dezelfde nationaliteit hebben; ze kunnen zelfs met hen samenwerken of samenwonen.
    • Sommigen werkten vroeger zelf in de prostitutie en waren toen slachtoffer van mensenhandel; ze zijn mensenhandelaar geworden om geld te verdienen.
    • Sommigen organiseren de werving, anderen het vervoer en het overbrengen van slachtoffers; weer anderen houden zich alleen bezig met het huisvesten of opnemen van slachtoffers, om hen in een situatie te brengen waarin ze uitgebuit kunnen worden.
learn-smuggling = ↔ Iemand heeft veel geld betaald om illegaal het land binnen te komen. Is hij/zij dan een slachtoffer van mensenhandel?
    Niet noodzakelijkerwijs. Betaald worden voor het regelen van een illegale grensoverschrijding is geen mensenhandel: het is mensensmokkel.
    Mensensmokkel: het bewerkstelligen, om rechtstreeks of indirect een financieel of ander materieel voordeel te behalen, van de illegale binnenkomst van een persoon in een staat waarvan de betrokkene geen onderdaan of ingezetene is (Protocol tegen mensensmokkel, art. 3, onder a).
    • De migrant stemt ermee in de smokkelaar te betalen om de illegale binnenkomst te organiseren en/of te faciliteren.
    • De smokkelaar houdt zich niet bezig met wat er met de migranten gebeurt na de grens: het gaat hem om financieel voordeel, niet om uitbuiting.
    • Smokkelen is een misdrijf tegen de staat (illegale binnenkomst), niet tegen de migrant, die voor een „dienst” heeft betaald.
learn-differences = ↔ Mensenhandel en mensensmokkel: de vier verschillen
    • Doel — mensenhandel: uitbuiting · mensensmokkel: financieel of ander materieel voordeel
    • Instemming — mensenhandel: niet relevant · mensensmokkel: ja, de persoon is een „cliënt” die voor de „dienst” betaalt
    • Transnationaal karakter — mensenhandel: niet vereist · mensensmokkel: vereist
    • Misdrijf — mensenhandel: tegen de persoon · mensensmokkel: tegen de staat

    Toch kunnen ze met elkaar in verband staan en moeilijk te onderscheiden zijn: gesmokkelde personen en slachtoffers van mensenhandel kunnen deel uitmaken van dezelfde groep die illegaal de grens oversteekt, want criminele netwerken zijn met elkaar verbonden. En een migrant die instemt met smokkel, kan tijdens het vervoer of op de bestemming alsnog slachtoffer van mensenhandel worden.
learn-why = Waarom signaleren belangrijk is
    Eerstelijns signalering is pas de beginstap van een lang beschermingsproces. Veel mensen willen niet als slachtoffer aangeduid worden, maar mogelijke slachtoffers lopen zeer waarschijnlijk gevaar, en hen beschermen is de taak van mensen in je functie. De zes redenen:
    1. De persoon moet beschermd worden tegen degenen die hem/haar uitbuiten, schade toebrengen of bedreigen.
    2. Zonder signalering kan een buitenlander zonder rechtsgeldige documenten in een detentiecentrum belanden, ook als slachtoffer. Mogelijke slachtoffers moeten als slachtoffer behandeld worden, niet als misdadiger.
    3. Na signalering volgt doorverwijzing naar de bevoegde instantie, die bescherming kan bieden en in de onmiddellijke behoeften en die op korte termijn kan voorzien.
    4. Het kan helpen andere mannen, vrouwen, jongens en meisjes te bevrijden die op dezelfde of een soortgelijke manier worden uitgebuit: mensenhandelaren maken meestal meer slachtoffers.
    5. Het kan bijdragen aan het verzamelen van bewijsmateriaal en tot de arrestatie en vervolging leiden van wie het slachtoffer heeft misbruikt.
    6. Het kan uiteindelijk leiden tot schadevergoeding en juridische verhaalmogelijkheden voor het slachtoffer.
learn-role = Je rol
    Je rol is beperkt tot het herkennen van de signalen die erop kunnen duiden dat iemand slachtoffer van mensenhandel is. Is dat zo, stel dan de bevoegde instanties op de hoogte en bied de persoon aan hem/haar door te verwijzen voor formele identificatie en ondersteuning.
    De stappen, in de volgorde van de handleiding:
    1. Eerst veiligheid: niet veilig → vertrek en schakel de politie in.
    2. Primaire behoeften: onderdak, eten, drinken, rust.
    3. Gaat het om een kind? Bij twijfel: ga uit van een kind.
    4. Begrijp elkaar: een tolk die voor jullie beiden acceptabel is, nooit een bekende, vriend of „collega” van de persoon.
    5. Creëer vertrouwen: wie je bent, toestemming voor het gesprek en voor aantekeningen; identiteit alleen met toestemming doorgegeven.
    6. Luister, observeer, stel vragen: kruis de signalen aan in bijlage 1.
    7. Bied doorverwijzing aan naar een gespecialiseerde instantie.
    8. Onderneem actie: A kind · B doorverwijzen · C nog niet · D andere hulp.
learn-rights = Na doorverwijzing: rechten van een mogelijk slachtoffer
    Een specialist heeft een gesprek met de persoon. Is vastgesteld dat het om een mogelijk slachtoffer gaat, dan heeft een volwassene die daarvoor toestemming heeft gegeven recht op:
    • een herstel- en bedenktijd van ten minste dertig dagen (in sommige EU-landen drie maanden), waarin hij/zij ook zonder rechtmatig verblijf in het land mag blijven, om te herstellen en te besluiten of hij/zij met de autoriteiten wil samenwerken;
    • bescherming tegen eerdere uitbuiters, met veiligheidsmaatregelen op basis van een risicobeoordeling en na overleg met het slachtoffer;
    • bescherming van zijn/haar fysieke veiligheid en welzijn, met inbegrip van veilige huisvesting;
    • de diensten van een tolk;
    • gratis rechtsbijstand;
    • waar nodig, medische en farmaceutische ondersteuning;
    • psychosociale diensten en zorg.
    Kun je dit niet zelf toelichten, zeg dan dat een medewerker van de gespecialiseerde instantie het hele proces toelicht en alle vragen beantwoordt.
learn-status = Later: de formele status van slachtoffer
    Deze of een andere bevoegde instantie onderzoekt de zaak uitgebreider en kan de formele status van slachtoffer verlenen. Die status geeft recht op:
    • een verblijfs-/werkvergunning voor de lange termijn voor slachtoffers uit derde landen zonder verblijfstitel;
    • schadevergoeding;
    • opleidings- en educatieve mogelijkheden voor de jongste slachtoffers;
    • periodieke medisch-farmaceutische zorg;
    • veilige en waardige terugkeer naar het land van herkomst (soms een ander land), als het slachtoffer dat wenst.
learn-rights-child = Een kind dat als mogelijk slachtoffer is aangemerkt, kan rekenen op specifieke maatregelen:
    • speciale maatregelen om de identiteit en nationaliteit van het kind vast te stellen, en of het onder begeleiding het land is binnengekomen;
    • juridische bijstand;
    • toegang tot schadevergoeding;
    • alle mogelijke inspanningen om de familie van het kind op te sporen;
    • toegang tot scholing of andere opleidingsvormen;
    • vrijwillige terugkeer, als het kind dat wenst en de kinderbescherming heeft vastgesteld dat dit het belang van het kind het best dient.

## Het overzicht van de indicatoren.

learn-indicators-home = 🔎 De signalen uit de handleiding voor mensenhandel gericht op seksuele uitbuiting, per groep.
    👁 op te merken door de persoon te observeren · 👂 af te leiden uit wat hij/zij vertelt.
    De lijsten zijn niet uitputtend: er kunnen signalen bijkomen of veranderen als mensenhandelaren hun werkwijze veranderen.
learn-group-purpose = DOEL · seksuele uitbuiting
learn-group-recruitment = HANDELING · werving
learn-group-transport = HANDELING · vervoer/overbrenging
learn-group-harbouring = HANDELING · huisvesting/opnemen
learn-group-threat = MIDDEL · dreiging
learn-group-violence = MIDDEL · geweld
learn-group-movement = MIDDEL · beperking van bewegingsvrijheid
learn-group-isolation = MIDDEL · isoleren
learn-group-documents = MIDDEL · achterhouden van documenten
learn-group-wages = MIDDEL · inhouden van loon
learn-group-deception = MIDDEL · misleiding
learn-group-vulnerability = MIDDEL · misbruik van kwetsbare positie
learn-group-debt = MIDDEL · schuldslavernij
learn-indicators-next = Volgende groep ➜
learn-indicators-all = ◀ Alle groepen
learn-indicators-purpose = 🔎 DOEL — heb je signalen waargenomen die erop duiden dat de persoon slachtoffer is van seksuele uitbuiting?
learn-indicators-act = 🔎 HANDELING — heb je een aantal van de volgende signalen waargenomen?
learn-indicators-means = 🔎 MIDDELEN — heb je een aantal van de volgende signalen waargenomen?
learn-indicator-group = { $text }:
learn-indicator-line = { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }

learn-btn-rules = ⚖ Regels waar je werkt
learn-btn-directive = 🆕 Nieuw sinds de handleiding (2024)
learn-rules = De regels waar je werkt
    Wie een slachtoffer formeel identificeert, hoe lang de bedenktijd duurt, of je moet melden, en gratis rechtsbijstand — zoals de gevonden bronnen het zeggen. Waar geen bron is gevonden, staat dat erbij en bij wie je het kunt navragen.
learn-directive = Sinds de handleiding: Richtlijn (EU) 2024/1712
    Deze wijzigt Richtlijn 2011/36/EU, waarop de handleiding (2013) berust. Ze is op 14 juli 2024 in werking getreden; de lidstaten moesten haar uiterlijk 15 juli 2026 omzetten.
    • Nieuwe vormen van uitbuiting: uitbuiting van draagmoederschap, van gedwongen huwelijken en van illegale adoptie.
    • Wie bewust gebruikmaakt van diensten van een slachtoffer, moet worden gesanctioneerd; volgens berichten van de Commissie wordt het een strafbaar feit.†
    • Ondersteuning moet gespecialiseerd zijn, beginnen zodra er redelijke gronden zijn om aan te nemen dat iemand slachtoffer is, en mag niet afhangen van medewerking aan het onderzoek.
    • Wordt mensenhandel met het oog op seksuele uitbuiting gepleegd via informatie- en communicatietechnologie, dan is dat een strafverzwarende omstandigheid.†
    • Formele nationale verwijsmechanismen, en nationale coördinatoren en actieplannen tegen mensenhandel.†
    † Alleen bekend uit secundaire bronnen (berichten over het akkoord en de aangenomen tekst), niet uit de tekst van de richtlijn: controleer de wetgeving van je land.
