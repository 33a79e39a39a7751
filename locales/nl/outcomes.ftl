## De vervolgstappen (handleiding: "Wat moet je doen en op welke manier?" en "Onderneem actie"). Vaste ids: unsafe, A, B, C, D.

outcome-unsafe = ⚠ Niet veilig: vertrek en bel de politie (112).
    Ga niet verder met het gesprek zolang een souteneur of crimineel aanwezig is, meeluistert of dreigt.

outcome-a = Vervolgstap A · een kind
    Neem allereerst en onmiddellijk contact op met de kinderbescherming. De specialisten daar (onder wie psychologen en artsen) zoeken uit of het kind slachtoffer van mensenhandel is en beslissen of en hoe er contact wordt opgenomen met de ouders/voogd.
    Zorg er in de tussentijd voor dat het kind zich veilig voelt en besteed aandacht aan zijn/haar angsten.

outcome-b = Vervolgstap B · volwassene, mogelijk slachtoffer, stemt in met doorverwijzing
    Neem contact op met de gespecialiseerde instantie om de persoon door te verwijzen voor formele identificatie en ondersteuning.
    Zijn/haar identiteit wordt alleen met zijn/haar toestemming doorgegeven.

outcome-c = Vervolgstap C · volwassene, mogelijk slachtoffer, stemt (nog) niet in met doorverwijzing
    • Vraag de persoon dat besluit nog eens te overwegen.
    • Geef een overzicht met contactgegevens, voor het geval hij/zij van gedachten verandert.
    • Geef de gegevens van organisaties die voor specifieke onderwerpen ondersteuning bieden, zoals medische controles of juridische bijstand.
    ⚠ Of je de autoriteiten moet inlichten, ongeacht de toestemming van de persoon, hangt af van het land: zie de regels hieronder.

outcome-d = Vervolgstap D · waarschijnlijk geen slachtoffer, maar heeft hulp nodig
    Geef de persoon een lijst met de gegevens van specifieke hulporganisaties en informatie over mensenhandel.

outcome-d-child = Vervolgstap D · een kind, op dit moment onvoldoende aanleiding om uitbuiting te veronderstellen, maar heeft hulp nodig
    Geef het kind de contactgegevens voor kinderen hieronder.
    Komen er later signalen van uitbuiting, neem dan onmiddellijk contact op met de kinderbescherming.

outcome-later = Uitgesteld · tot er een tolk is die voor jullie allebei acceptabel is
    Je kon niet met de persoon praten, dus er is nog niets besloten. Voorlopig krijgt de persoon, zoals bij vervolgstap D, de contactgegevens hieronder mee. Doorloop de signalering opnieuw zodra de tolk er is.
