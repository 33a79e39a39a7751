## Quiz: juist/onjuist- en meerkeuzevragen over de definities en de procedure uit de handleiding.

quiz-intro = ❓ Quiz over de definities en de procedure uit de handleiding: korte juist/onjuist- en meerkeuzevragen, met uitleg bij elk antwoord en een score. Een quiz bestaat uit een aantal vragen in willekeurige volgorde. Na de sessie wordt niets over jou bewaard.
quiz-start = Beginnen ➜
quiz-again = 🔁 Nog een quiz
quiz-head = ❓ Vraag { $n } van { $total }
quiz-feedback-head = ❓ Vraag { $n } van { $total } · antwoord
quiz-right = ✓ Goed: { $answer }.
quiz-wrong = ✗ Je koos: { $chosen }. Het goede antwoord: { $answer }.
quiz-score = Score tot nu toe: { $right } van { $done }.
quiz-next = Volgende vraag ➜
quiz-finish = 🏁 Overzicht
quiz-summary = 🏁 Quiz klaar: { $right } van { $done } goed.

    Lees opnieuw (📖 Leren): { $read }
quiz-option = { $n } · { $text }
quiz-option-button = { $n } · { $text }
quiz-true = Juist
quiz-false = Onjuist

quiz-q-elements = De EU-definitie van mensenhandel is opgebouwd uit drie elementen. Welke?
quiz-q-elements-a = HANDELING, MIDDEL en DOEL
quiz-q-elements-b = Grens, betaling en toestemming
quiz-q-elements-c = Werving, vervoer en prostitutie
quiz-q-elements-why = Een HANDELING (zoals werven, vervoeren of huisvesten) die met gebruik van bepaalde MIDDELEN (zoals dreiging, misleiding of misbruik van een kwetsbare positie) wordt uitgevoerd, met als DOEL uitbuiting.

quiz-q-child-means = Juist of onjuist: bij een kind (jonger dan 18) moet je aantonen dat een van de MIDDELEN is gebruikt.
quiz-q-child-means-why = Onjuist. Bij een kind hoef je de middelen niet na te gaan: een HANDELING met als DOEL uitbuiting is voldoende om mensenhandel te veronderstellen.

quiz-q-means-example = Welke hiervan is een van de MIDDELEN?
quiz-q-means-example-a = Misleiding
quiz-q-means-example-b = Vervoeren
quiz-q-means-example-c = Gedwongen bedelarij
quiz-q-means-example-why = Misleiding is een MIDDEL. Vervoeren is een HANDELING; gedwongen arbeid of dienstverlening, met inbegrip van bedelarij, is een DOEL (een vorm van uitbuiting).

quiz-q-chose = Juist of onjuist: een volwassen vrouw zegt dat ze vrijwillig voor de prostitutie koos, maar haar paspoort wordt achtergehouden en ze werkt een grote schuld af. Haar toestemming beslist het: geen mensenhandel.
quiz-q-chose-why = Onjuist. De toestemming van een volwassene is irrelevant als een van de MIDDELEN is gebruikt, zoals het achterhouden van documenten of schuldslavernij.

quiz-q-child-consent = Juist of onjuist: een 16-jarige kan vrijwillig instemmen met seksuele uitbuiting.
quiz-q-child-consent-why = Onjuist. De toestemming van een kind voor seksuele uitbuiting wordt nooit geacht vrijwillig te zijn gegeven.

quiz-q-victim = Wie kan slachtoffer van seksuele uitbuiting zijn?
quiz-q-victim-a = Iedereen: mannen en vrouwen, volwassenen en kinderen, landgenoten en buitenlanders
quiz-q-victim-b = Alleen buitenlandse vrouwen zonder papieren
quiz-q-victim-c = Alleen mensen die een grens zijn overgestoken
quiz-q-victim-why = Iedereen kan slachtoffer zijn, ongeacht de juridische status: mannen en vrouwen (ook transgender personen), volwassenen en kinderen, landgenoten en buitenlanders.

quiz-q-trafficker-family = Juist of onjuist: een mensenhandelaar kan uit de familie van het slachtoffer komen.
quiz-q-trafficker-family-why = Juist. Mensenhandelaren kunnen uit de familie van hun slachtoffers komen of dezelfde nationaliteit hebben; ze kunnen zelfs met hen samenwerken of samenwonen.

quiz-q-trafficker-former = Juist of onjuist: een vrouw die vroeger in de prostitutie werkte en slachtoffer van mensenhandel was, kan zelf mensenhandelaar worden.
quiz-q-trafficker-former-why = Juist. De handleiding noemt mensen die vroeger in de prostitutie werkten, zelf slachtoffer waren en mensenhandelaar zijn geworden om geld te verdienen.

quiz-q-smuggling = Iemand heeft veel geld betaald om illegaal het land binnen te komen. Is hij een slachtoffer van mensenhandel?
quiz-q-smuggling-a = Niet noodzakelijkerwijs: dat is mensensmokkel
quiz-q-smuggling-b = Ja, altijd
quiz-q-smuggling-c = Nee, en dat kan hij ook nooit worden
quiz-q-smuggling-why = Niet noodzakelijkerwijs: betaald worden voor het regelen van een illegale grensoverschrijding is mensensmokkel. Maar een migrant die instemde met smokkel, kan tijdens het vervoer of op de bestemming alsnog slachtoffer van mensenhandel worden.

quiz-q-transnational = Juist of onjuist: bij mensenhandel wordt altijd een grens overgestoken.
quiz-q-transnational-why = Onjuist. Het transnationale karakter is vereist bij mensensmokkel, niet bij mensenhandel.

quiz-q-crime-against = Mensensmokkel is een misdrijf tegen…
quiz-q-crime-against-a = de staat
quiz-q-crime-against-b = de migrant
quiz-q-crime-against-c = de familie van de migrant
quiz-q-crime-against-why = Smokkelen is een misdrijf tegen de staat (illegale binnenkomst), niet tegen de migrant die voor een „dienst” heeft betaald. Mensenhandel is een misdrijf tegen de persoon.

quiz-q-smuggler-aim = Waar gaat het de smokkelaar om?
quiz-q-smuggler-aim-a = Een financieel of ander materieel voordeel
quiz-q-smuggler-aim-b = De migrant op de bestemming uitbuiten
quiz-q-smuggler-aim-c = Een verblijfsvergunning voor de migrant
quiz-q-smuggler-aim-why = Het gaat de smokkelaar alleen om een financieel of ander materieel voordeel; wat er na de grens met de migrant gebeurt, houdt hem niet bezig. Het doel van de mensenhandelaar is uitbuiting.

quiz-q-detention = Zonder signalering kan een buitenlands slachtoffer zonder rechtsgeldige documenten…
quiz-q-detention-a = in een detentiecentrum geplaatst worden
quiz-q-detention-b = automatisch een verblijfsvergunning krijgen
quiz-q-detention-c = meteen schadevergoeding krijgen
quiz-q-detention-why = Zonder signalering kan een buitenlander zonder rechtsgeldige documenten in een detentiecentrum belanden, ook als slachtoffer. Mogelijke slachtoffers moeten als slachtoffer behandeld worden, niet als misdadiger.

quiz-q-role = Wat is je rol als eerstelijnsfunctionaris?
quiz-q-role-a = De signalen herkennen, de bevoegde instanties informeren en doorverwijzing aanbieden
quiz-q-role-b = Formeel beslissen of de persoon slachtoffer is
quiz-q-role-c = Niets, tenzij de persoon om hulp vraagt
quiz-q-role-why = Je rol is beperkt tot het herkennen van de signalen. Zou iemand slachtoffer kunnen zijn, stel dan de bevoegde instanties op de hoogte en bied doorverwijzing aan voor formele identificatie en ondersteuning; die doet een gespecialiseerde instantie.

quiz-q-first-step = Wat komt eerst in de procedure uit de handleiding?
quiz-q-first-step-a = Zorgen dat de situatie veilig is
quiz-q-first-step-b = De documenten van de persoon controleren
quiz-q-first-step-c = De tabel van bijlage 1 invullen
quiz-q-first-step-why = Eerst veiligheid, voor de persoon en voor jezelf; dan primaire behoeften, nagaan of het om een kind gaat, elkaar begrijpen, vertrouwen, en pas daarna luisteren, observeren en de bijlage.

quiz-q-pimp = Er is een souteneur aanwezig die meeluistert. Wat doe je?
quiz-q-pimp-a = Vertrekken en de politie inschakelen
quiz-q-pimp-b = Zacht pratend doorgaan
quiz-q-pimp-c = Hem vragen te tolken
quiz-q-pimp-why = Is het niet veilig, bijvoorbeeld doordat een souteneur of crimineel aanwezig is die meeluistert of jou of de persoon bedreigt, vertrek dan én schakel de politie in.

quiz-q-age-doubt = Je twijfelt of de persoon jonger is dan 18. Wat doe je?
quiz-q-age-doubt-a = Uitgaan van een kind en de procedures voor kinderen volgen
quiz-q-age-doubt-b = Haar als volwassene behandelen tot haar leeftijd bewezen is
quiz-q-age-doubt-c = Het gesprek stoppen tot ze een document laat zien
quiz-q-age-doubt-why = Bij twijfel ga je ervan uit dat het een kind is en volg je de procedures voor kinderen. Een gespecialiseerde instantie stelt later de juiste leeftijd vast.

quiz-q-child-protection = Juist of onjuist: heb je voldoende aanleiding om te veronderstellen dat een kind is uitgebuit, dan neem je onmiddellijk contact op met de kinderbescherming.
quiz-q-child-protection-why = Juist. De kinderbescherming werkt doorgaans multidisciplinair (ook met psychologen en artsen) en zoekt uit of het kind slachtoffer is.

quiz-q-interpreter = Juist of onjuist: een vriendin van de persoon biedt aan te tolken. Dat mag, want de persoon vertrouwt haar.
quiz-q-interpreter-why = Onjuist. Ga nooit akkoord met bekenden, vrienden of „collega's” uit de groep van de persoon: zij kunnen banden met de mensenhandelaar hebben. Bied een tolk aan wiens naam of profiel voor jullie beiden acceptabel is.

quiz-q-identity = Juist of onjuist: de identiteit van de persoon wordt alleen met zijn/haar toestemming doorgegeven.
quiz-q-identity-why = Juist, en alleen aan organisaties die deze informatie nodig hebben om ondersteuning te regelen. Vertel de persoon dat als je vertrouwen opbouwt.

quiz-q-observe = Juist of onjuist: sommige signalen merk je op door de persoon te observeren, andere leid je af uit wat hij/zij je vertelt.
quiz-q-observe-why = Juist. De lijsten in de handleiding bevatten beide soorten; kruis ze aan op het bijlageformulier zodra je ze herkent.

quiz-q-exhaustive = Juist of onjuist: de lijsten met signalen in de handleiding zijn volledig — zonder een van die signalen kan het geen mensenhandel zijn.
quiz-q-exhaustive-why = Onjuist. De lijsten zijn niet uitputtend: er kunnen signalen bijkomen of veranderen als mensenhandelaren hun werkwijze veranderen.

quiz-q-mark-three = Wat betekent score 3 in de tabel van bijlage 1?
quiz-q-mark-three-a = Meer info vereist
quiz-q-mark-three-b = Bewijs
quiz-q-mark-three-c = Aanwezigheid van signalen
quiz-q-mark-three-why = 0 geen signalen · 1 aanwezigheid van signalen · 2 bewijs · 3 meer info vereist.

quiz-q-explain = Juist of onjuist: kun je niet uitleggen wat er na doorverwijzing gebeurt, dan mag je zeggen dat een medewerker van de gespecialiseerde instantie het hele proces toelicht.
quiz-q-explain-why = Juist. Een medewerker van die instantie licht het hele proces toe en beantwoordt alle vragen van de persoon.

quiz-q-reflection = Een mogelijk slachtoffer heeft een herstel- en bedenktijd van ten minste…
quiz-q-reflection-a = dertig dagen
quiz-q-reflection-b = zeven dagen
quiz-q-reflection-c = een jaar
quiz-q-reflection-why = Ten minste dertig dagen (in sommige EU-landen drie maanden), waarin een slachtoffer zonder rechtsgeldige verblijfplaats in het land mag blijven om te herstellen en te besluiten of hij/zij met de autoriteiten wil samenwerken.

quiz-q-presumed-rights = Waar heeft een volwassen mogelijk slachtoffer dat toestemming geeft meteen na de identificatie recht op?
quiz-q-presumed-rights-a = Gratis rechtsbijstand
quiz-q-presumed-rights-b = Een verblijfsvergunning voor de lange termijn
quiz-q-presumed-rights-c = Schadevergoeding
quiz-q-presumed-rights-why = Gratis rechtsbijstand hoort bij de status van mogelijk slachtoffer (met de bedenktijd, bescherming, veilige huisvesting, een tolk, medische en psychosociale zorg). Een vergunning voor de lange termijn en schadevergoeding komen later, met de formele status van slachtoffer.

quiz-q-outcome-c = Een volwassene van wie je vermoedt dat ze slachtoffer zou kunnen zijn, stemt niet in met doorverwijzing. Wat doe je?
quiz-q-outcome-c-a = Haar vragen het te heroverwegen en contactgegevens geven
quiz-q-outcome-c-b = Haar toch doorverwijzen
quiz-q-outcome-c-c = Niets: het is haar keuze
quiz-q-outcome-c-why = Vraag haar het besluit te heroverwegen, geef haar een overzicht met contactgegevens voor als ze van gedachten verandert, en de gegevens van organisaties voor specifieke onderwerpen, zoals medische controles of juridische bijstand. In sommige landen ben je verplicht de autoriteiten over een misdrijf te informeren, ongeacht de toestemming van het slachtoffer.

quiz-q-outcome-d = Je vermoedt dat de persoon geen slachtoffer is, maar ze heeft wel hulp nodig. Wat doe je?
quiz-q-outcome-d-a = Haar een lijst met hulporganisaties en informatie over mensenhandel geven
quiz-q-outcome-d-b = Haar doorverwijzen naar de gespecialiseerde instantie
quiz-q-outcome-d-c = Niets: ze is geen slachtoffer
quiz-q-outcome-d-why = Geef haar een lijst met de gegevens van specifieke hulporganisaties en een brochure met informatie over mensenhandel.
