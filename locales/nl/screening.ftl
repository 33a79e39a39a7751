## De signalering: de procedure van de handleiding (van "Wat moet je doen en op welke manier?" tot
## "Onderneem actie"), in haar volgorde.


screening-safety = 1 · Veiligheid eerst
    Is de situatie veilig voor de persoon en voor jou?

    Niet veilig — bijvoorbeeld een souteneur of crimineel is aanwezig, luistert mee of bedreigt jou of de persoon: vertrek en schakel de politie in.
screening-safety-safe = ✅ Veilig
screening-safety-unsafe = ⚠ Niet veilig

screening-needs = 2 · Primaire behoeften
    Zorg ervoor dat de persoon onderdak, eten en iets te drinken krijgt, de gelegenheid krijgt tot rust te komen, en dat er waar van toepassing aan andere primaire behoeften wordt voldaan.

screening-child = 3 · Gaat het om een kind (jonger dan 18)?
    Voor kinderen gelden specifieke procedures. Sommige jongeren onder de 18 hebben redenen om zich als volwassene voor te doen.
screening-child-adult = Volwassene
screening-child-yes = Kind (jonger dan 18)
screening-child-doubt = Twijfel

screening-child-doubt-info = Bij twijfel ga je ervan uit dat het een kind is en volg je de procedures voor kinderen. Een gespecialiseerde instantie stelt later de juiste leeftijd vast.

screening-child-exploited = Heb je voldoende aanleiding om te veronderstellen dat het kind op een of andere manier is uitgebuit?
    Zo ja, neem dan onmiddellijk contact op met de kinderbescherming.
screening-child-exploited-yes = Ja → nu kinderbescherming
screening-child-exploited-no = Nee / nog niet duidelijk

screening-understand = 4 · Begrijpen jullie elkaar?
    Gebaren of eenvoudige woorden kunnen genoeg zijn om de persoon een veilig gevoel te geven. Om verder te gaan moet de persoon de taal begrijpen die jij spreekt.
screening-understand-yes = Ja
screening-understand-no = Nee

screening-interpreter = Bied een tolk aan wiens naam of profiel zowel voor jou als voor de persoon acceptabel is.
    Ga nooit akkoord met bekenden, vrienden of “collega’s” uit de groep van de persoon: zij kunnen banden hebben met de mensenhandelaar.
screening-interpreter-present = Tolk acceptabel voor beiden
screening-interpreter-companion = Een begeleider wil tolken
screening-interpreter-none = Nu geen tolk mogelijk

screening-interpreter-companion-info = ⚠ Ga hier niet mee akkoord. Een bekende, vriend of “collega” van de persoon kan banden hebben met de mensenhandelaar. Zoek een andere tolk.
screening-interpreter-back = ◀ Terug naar de tolk
screening-no-interpreter = Zonder tolk die voor jullie allebei acceptabel is, voer je het gesprek nu niet: het kan wachten tot er zo’n tolk is.
    Noteer intussen wat je zonder gesprek kunt waarnemen.

screening-trust = 5 · Creëer vertrouwen en leg uit wie je bent
    • Zeg wie je bent, voor welke organisatie je werkt en wat het doel van het gesprek is.
    • Vraag toestemming voor het gesprek; de persoon mag je altijd onderbreken of vragen stellen.
    • Zijn/haar identiteit wordt alleen met toestemming doorgegeven, aan organisaties die deze nodig hebben om ondersteuning te regelen.
    • Vraag toestemming om zo nodig aantekeningen te maken en leg uit waarom.
    • Zet de mensenrechten en de rechten van slachtoffers centraal.
    • Werk genderbewust, vooral als het over seksuele uitbuiting gaat.

    Stemt de persoon in met het gesprek?
screening-trust-consents = Stemt in met gesprek
screening-trust-refuses = Wil niet praten

screening-no-talk = Respecteer dat. De persoon krijgt toch contactgegevens mee.
    Ook zonder gesprek kun je noteren wat je waarneemt.
screening-watch = 👁 Wat je zonder gesprek kunt waarnemen
    Tik op een nummer om aan te vinken wat je opmerkt, daarna op “Klaar”.
screening-no-talk-decide = Vermoed je op basis van wat je hebt waargenomen dat de persoon slachtoffer van mensenhandel zou kunnen zijn?
screening-no-talk-suspect = Ik vermoed het
screening-no-talk-help = Nee, maar heeft hulp nodig
screening-no-talk-later = Uitstellen tot er een tolk is
screening-no-talk-child = Heb je op basis van wat je hebt waargenomen voldoende aanleiding om te veronderstellen dat het kind op een of andere manier is uitgebuit?
    Zo ja, neem dan onmiddellijk contact op met de kinderbescherming.
screening-no-talk-child-suspect = Ja → nu kinderbescherming
screening-no-talk-child-help = Nee, maar heeft hulp nodig

screening-observe = 6 · Observeer en luister
    In welke van deze groepen heb je iets opgemerkt? Open alleen die, vink aan wat je opmerkte en ga meteen door naar de volgende groep waarin je iets zag; sla de rest over. 👁 waargenomen door de persoon te observeren · 👂 afgeleid uit wat hij/zij vertelt. De lijsten zijn niet uitputtend.
    Daarna: “Tabel ➜”.

screening-ind-purpose = DOEL · seksuele uitbuiting
screening-ind-recruitment = HANDELING · werving
screening-ind-transport = HANDELING · vervoer, overbrenging
screening-ind-harbouring = HANDELING · huisvesting, opnemen
screening-ind-threat = MIDDEL · dreiging
screening-ind-violence = MIDDEL · geweld
screening-ind-movement = MIDDEL · beperking van bewegingsvrijheid
screening-ind-isolation = MIDDEL · isoleren
screening-ind-documents = MIDDEL · achterhouden van documenten
screening-ind-wages = MIDDEL · inhouden van loon
screening-ind-deception = MIDDEL · misleiding
screening-ind-vulnerability = MIDDEL · misbruik van een kwetsbare positie
screening-ind-debt = MIDDEL · schuldslavernij
    Bijlage 1 heeft geen rij voor schuldslavernij: deze signalen worden gescoord op de rij “{ annex-row-wages }”, geld dat aan de ouders is betaald op “{ annex-row-payments }”.

screening-safety-again = ⚠ Veiligheid: opnieuw nagaan
    Dit signaal kan betekenen dat iemand die de persoon controleert aanwezig is of meeluistert.
    Is de situatie nog veilig voor de persoon en voor jou? Zo niet: vertrek en schakel de politie in.
screening-safety-again-safe = ✅ Nog veilig: terug naar de signalen
screening-to-annex = Tabel ➜

screening-annex = 7 · Bijlage 1 — de tabel
    0 geen signalen · 1 aanwezigheid van signalen · 2 bewijs · 3 meer info vereist.
    Rijen met aangevinkte signalen staan op 1. Elke rij heeft eigen knoppen: tik op de score die je geeft (● is de huidige).

screening-assessment = 8 · Waar de signalen op kunnen duiden (geen oordeel)
    HANDELING: { $act }
    MIDDEL: { $child ->
        [yes] niet nodig bij een kind ({ $means })
       *[no] { $means }
    }
    DOEL: { $purpose }
    Meer info vereist: { $more }

    { $elements ->
        [all] { $child ->
            [yes] Er zijn signalen bij HANDELING en DOEL: bij een kind is die combinatie voldoende. De signalen kunnen op mensenhandel duiden.
           *[no] Er zijn signalen bij HANDELING, MIDDEL én DOEL. Ze kunnen op mensenhandel duiden.
        }
        [situation] Deze signalen alleen duiden niet op mensenhandel: geen verblijfsvergunning hebben of de taal niet spreken maakt iemand kwetsbaar, maar is geen middel dat gebruikt is om hem of haar uit te buiten. Mensensmokkel is geen mensenhandel: wie betaald heeft om over een grens gebracht te worden, is daardoor nog geen slachtoffer van mensenhandel. Luister naar signalen van een handeling en van uitbuiting.
        [some] Er zijn signalen bij een deel van de elementen. Ze kunnen toch op mensenhandel duiden: de lijsten zijn niet uitputtend.
       *[none] Tot nu toe zijn er bij geen enkel element signalen.
    }
    { $consent ->
        [child] De toestemming van een kind wordt nooit geacht vrijwillig te zijn gegeven.
        [means] Er zijn signalen van een middel én van uitbuiting: als een middel is gebruikt om de persoon uit te buiten, is de toestemming van een volwassene irrelevant.
       *[open] De toestemming van een volwassene is irrelevant zodra een middel is gebruikt om hem of haar uit te buiten.
    }
screening-assessment-child-next = Vermoeden → kinderbescherming ➜
screening-assessment-suspect = Ik vermoed mensenhandel
screening-assessment-chose = “Ze zegt dat ze zelf koos”
screening-assessment-help = Nee, maar heeft hulp nodig
screening-assessment-child-help = Geen vermoeden, maar heeft hulp nodig
screening-assessment-smuggling = ↔ Mensensmokkel is geen mensenhandel ➜

screening-chose-means = Er zijn signalen van een MIDDEL én van uitbuiting. Als een middel is gebruikt om een volwassene uit te buiten, is zijn of haar toestemming irrelevant: “ik heb er vrijwillig voor gekozen” sluit mensenhandel niet uit. De toestemming van een kind wordt nooit geacht vrijwillig te zijn gegeven.
screening-chose-open = De toestemming van een volwassene is irrelevant zodra een middel (dreiging, geweld, misleiding, misbruik van een kwetsbare positie, schuldslavernij…) is gebruikt om hem of haar uit te buiten. De tabel toont geen signalen van zowel een middel als uitbuiting: luister opnieuw, en zet 3 in de tabel waar meer info vereist is.
screening-back-assessment = ◀ Terug naar de beoordeling

screening-referral = 9 · Bied doorverwijzing aan
    Bied aan de persoon door te verwijzen naar een gespecialiseerde instantie voor formele identificatie en voor ondersteuning en bescherming op de korte, middellange en eventueel lange termijn.
    Kun je niet uitleggen wat er daarna gebeurt, zeg dan dat een medewerker van die instantie het hele proces toelicht en alle vragen beantwoordt.

    Stemt de persoon in met doorverwijzing?
screening-referral-yes = Stemt in met doorverwijzing
screening-referral-no = Stemt (nog) niet in
screening-referral-explain = Wat gebeurt er na doorverwijzing?

screening-rights-presumed = Na doorverwijzing heeft een specialist een gesprek met de persoon. Is vastgesteld dat het om een mogelijk slachtoffer gaat, dan heeft een volwassene die daarvoor toestemming geeft recht op:
    • een herstel- en bedenktijd van ten minste 30 dagen (in sommige EU-landen 3 maanden), waarin hij/zij ook zonder verblijfsvergunning in het land mag blijven, om te herstellen en te beslissen of hij/zij met de bevoegde autoriteiten wil samenwerken;
    • bescherming tegen de uitbuiters/mensenhandelaren, met veiligheidsmaatregelen die na een risicobeoordeling en in overleg met hem/haar worden vastgesteld;
    • bescherming van de fysieke veiligheid en het welzijn, met inbegrip van veilige huisvesting;
    • de diensten van een tolk;
    • gratis rechtsbijstand;
    • waar nodig, medische en farmaceutische ondersteuning;
    • psychosociale diensten en zorg.
screening-rights-more = Daarna: formele status ➜
screening-back-referral = ◀ Terug naar doorverwijzing

screening-rights-status = Later onderzoekt deze of een andere bevoegde instantie de zaak uitgebreider en kan zij de formele status van slachtoffer van mensenhandel verlenen. Die status geeft recht op:
    • een verblijfs-/werkvergunning voor de lange termijn voor slachtoffers uit derde landen zonder verblijfstitel;
    • schadevergoeding;
    • opleidings-/educatieve mogelijkheden voor de jongste slachtoffers;
    • periodieke medisch-farmaceutische zorg;
    • veilige en waardige terugkeer naar het land van herkomst (of soms een ander land), als het slachtoffer dat wenst.

screening-child-next = Bij een kind gaat de kinderbescherming voor. Die werkt met een multidisciplinair team (onder wie psychologen en artsen) en zoekt uit of het kind slachtoffer is. Zorg er in de tussentijd voor dat het kind zich veilig voelt en besteed aandacht aan zijn/haar angsten.
screening-child-next-outcome = Vervolgstap en contactpunten ➜
screening-child-next-explain = Wat gebeurt er na doorverwijzing?

screening-rights-child = Een kind dat als mogelijk slachtoffer is aangemerkt, kan rekenen op specifieke maatregelen:
    • speciale maatregelen om de identiteit en nationaliteit van het kind vast te stellen, en te bepalen of het onder begeleiding het land is binnengekomen;
    • juridische bijstand;
    • toegang tot schadevergoeding;
    • alle mogelijke inspanningen om de familie van het kind op te sporen;
    • toegang tot scholing of andere opleidingsvormen;
    • vrijwillige terugkeer, als het kind dat wenst en de kinderbescherming heeft vastgesteld dat dit het belang van het kind het best dient.

## Schermen voor de persoon: in diens taal, die van de hulpverlener eronder.

screening-show-person = 🗣 Laat de persoon lezen
screening-show-person-contacts = 🗣 Contactpunten voor de persoon
person-divider = ─────────
person-lang-button = { $current ->
        [yes] ● { $lang }
       *[no] { $lang }
    }
person-yes = Ja
person-no = Nee
person-back = ◀ Terug
person-back-worker = ◀ Terug naar de vervolgstap
person-what-happens = Wat gebeurt er dan?

person-consent = De persoon die je dit laat zien, werkt voor een organisatie die kan helpen.
    Hij/zij wil graag met je praten om je situatie te begrijpen en te zien of je hulp of bescherming nodig hebt.
    • Jij beslist of je praat.
    • Je mag altijd stoppen of een vraag stellen.
    • Je identiteit wordt alleen doorgegeven als je dat goedvindt, en alleen aan organisaties die haar nodig hebben om ondersteuning te regelen.
    • Er worden alleen aantekeningen gemaakt als je dat goedvindt.

    Wil je praten?

person-referral = Er zijn gespecialiseerde organisaties die je kunnen ondersteunen en beschermen, nu en later.
    Hun medewerkers leggen alles uit en beantwoorden al je vragen.

    Wil je dat we je met hen in contact brengen?

person-rights = Als je dat wilt, praat een specialist met je. Word je gezien als mogelijk slachtoffer van mensenhandel, dan heb je recht op:
    • ten minste 30 dagen om te herstellen en te beslissen, ook zonder verblijfsvergunning;
    • bescherming, en een veilige plek om te verblijven;
    • een tolk;
    • gratis rechtsbijstand;
    • medische en psychosociale zorg.

person-contacts = Je kunt deze organisaties nu of later benaderen, wanneer je maar wilt.
