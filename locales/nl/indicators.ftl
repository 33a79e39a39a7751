## De indicatoren van de handleiding (haar hoofdstuk "Wat zijn de indicatoren voor mensenhandel gericht op
## seksuele uitbuiting?") en de rijen van bijlage 1 ("Bijlage 1").

indicator-group-purpose = Doel: seksuele uitbuiting
indicator-group-recruitment = Werving
indicator-group-transport = Vervoer, overbrenging
indicator-group-harbouring = Huisvesting, opnemen
indicator-group-threat = Dreiging
indicator-group-violence = Geweld
indicator-group-movement = Beperking van bewegingsvrijheid
indicator-group-isolation = Isoleren
indicator-group-documents = Achterhouden van documenten
indicator-group-wages = Inhouden van loon
indicator-group-deception = Misleiding
indicator-group-vulnerability = Misbruik van kwetsbare positie
indicator-group-debt = Schuldslavernij

indicator-purpose-no-refusal = Mag geen klanten weigeren, wordt zelfs bij ziekte of zwangerschap tot prostitutie gedwongen, of wordt gedwongen seks te hebben zonder condooms.
indicator-purpose-hands-over-money = Mag het geld dat zij verdient niet houden en moet het aan iemand anders afstaan.
indicator-purpose-always-accompanied = Wordt altijd door iemand vergezeld wanneer zij naar buiten gaat.
indicator-purpose-no-time-off = Heeft geen recht op pauzes, vrije dagen of vrije tijd, of moet op oproepbasis werken.
indicator-purpose-moved-around = Wordt zonder toestemming van de ene naar de andere locatie verhuisd.

indicator-recruit-unknown-work = Wist niet waar hij/zij ging werken.
indicator-recruit-excessive-fee = Heeft een buitensporige vergoeding voor de werving betaald.
indicator-recruit-no-contract = Heeft geen arbeidsovereenkomst, de arbeidsvoorwaarden zijn slecht gedefinieerd, of de overeenkomst is in een taal die hij/zij niet machtig is.

indicator-transport-not-own = Heeft het vervoer niet zelf georganiseerd, of wist niet wat de route van de plaats van herkomst naar de bestemming zou zijn.
indicator-transport-afraid-escort = Lijkt bang te zijn voor de man/vrouw die hem/haar begeleidt.
indicator-transport-passport-returned = Een derde persoon geeft hem/haar het paspoort terug vlak voor het oversteken van de grens.
indicator-transport-strangers = De reizigers in een groep lijken elkaar niet te kennen.

indicator-harbour-lives-at-work = Woont en slaapt op het werk.
indicator-harbour-overcrowded = De slaapruimten zijn overvol en ongezond, zonder primaire sanitaire voorzieningen, met beperkte of geen privacy.
indicator-harbour-limited-movement = Heeft een beperkte bewegingsvrijheid op de verblijfslocatie.

indicator-threat-fear = Vertoont tekenen van angst of lijkt zich ongemakkelijk te voelen, vooral bij de supervisor, de leidinggevende of de mannen of vrouwen die hem/haar tijdens het vervoer of bij het passeren van de grens begeleiden.
indicator-threat-indoctrinated = Maakt onsamenhangende opmerkingen of lijkt geïndoctrineerd.
indicator-threat-aggressive-escort = Mannen of vrouwen die hem/haar begeleiden, vertonen agressief gedrag tegenover hem/haar.

indicator-violence-injuries = Heeft zichtbare verwondingen (blauwe plekken, littekens, snijwonden, verwondingen aan mond of tanden, brandwonden van sigaretten).
indicator-violence-fear-signs = Geeft signalen af dat hij/zij bang is of zich niet op zijn/haar gemak voelt (zweten, trillen, moeite met het rechtstreeks beantwoorden van vragen, oogcontact vermijden zonder dat dit met de cultuur te maken heeft).
indicator-violence-emergency-visits = Bezoekt vaak de spoedeisende hulp e.d. in verband met verwondingen, soa's of een abortus.

indicator-movement-lives-works = Woont en werkt op dezelfde locatie.
indicator-movement-controls = Controlemaatregelen op de werkplek / locatie van de prostitutie: videobewaking, borden dat men de ruimte niet mag verlaten, ramen die niet open kunnen of gebarricadeerd zijn, gesloten deuren.
indicator-movement-moved = Wordt door de souteneur (of leidinggevende van de entertainmentlocatie) zonder toestemming van de ene naar de andere locatie verhuisd.

indicator-isolation-no-address = Weet niet wat zijn/haar verblijfplaats of adres is.
indicator-isolation-remote = De werkplek ligt afgelegen en is met het openbaar of eigen vervoer moeilijk te bereiken.
indicator-isolation-no-communication = Heeft beperkte of geen toegang tot communicatiemiddelen (telefoon, post, internet).
indicator-isolation-speaks-for = De souteneur/werkgever staat erop vragen namens hem/haar te beantwoorden en/of alles zelf te vertalen.

indicator-documents-no-access = Heeft geen toegang tot zijn/haar identiteitsdocumenten (paspoort, identiteitsbewijs, visum, werk- of verblijfsvergunning) of andere belangrijke bezittingen (retourticket), ook niet op verzoek.
indicator-documents-others-same = Andere sekswerkers (of arbeidskrachten) zitten in dezelfde situatie en hebben ook geen toegang tot hun identiteitsdocumenten.
indicator-documents-forged = De identiteitsdocumenten lijken vervalst te zijn.

indicator-wages-hands-over-all = Moet al het geld dat hij/zij van klanten krijgt aan de supervisor geven.
indicator-wages-no-proof = De werkgever kan geen arbeidsovereenkomst of bewijs van betaald loon overleggen, of werkdocumenten of salarisstroken zijn gewijzigd.
indicator-wages-irregular = De betalingen zijn onregelmatig en/of vaak te laat.
indicator-wages-unknown-earnings = Weet niet hoeveel hij/zij verdient.

indicator-deception-not-told = Wist niet dat hij/zij in de prostitutie terecht zou komen of seksuele diensten zou moeten verrichten.
indicator-deception-conditions-differ = De feitelijke arbeidsvoorwaarden verschillen van wat mondeling of schriftelijk is toegezegd.
indicator-deception-new-contract = Heeft een nieuwe arbeidsovereenkomst ondertekend nadat hij/zij zich op het werk had gemeld.

indicator-vuln-no-permits = Het administratieve dossier is niet compleet: er is geen verblijfs- en werkvergunning.
indicator-vuln-discriminated = Hoort bij een groep die gediscrimineerd wordt of geen gelijke rechten heeft (sekse, vluchtelingen-/asielzoekersstatus, etnische afkomst, handicap, wees, religieuze of culturele minderheid).
indicator-vuln-education-language = Heeft een beperkte opleiding, is analfabeet, of spreekt/begrijpt de lokale taal niet.
indicator-vuln-dependent = Is op meerdere manieren van anderen afhankelijk (van de werkgever voor onderdak, eten, banen voor familieleden of andere behoeften).
indicator-vuln-emotional-ties = Is emotioneel en economisch aan de werkgever/aanwerver gebonden (een liefdesrelatie, bloedverwantschap).
indicator-vuln-fearful-beliefs = Praat angstig/terughoudend over zijn/haar religieuze of culturele overtuiging.

indicator-debt-excessive-fee = Moet een buitensporige vergoeding terugbetalen voor werving, vervoer, huisvesting, eten, gereedschap of veiligheidsuitrusting, die rechtstreeks op het loon wordt ingehouden.
indicator-debt-advances-unclear = De terugbetaling van voorschotten op het loon is onduidelijk of gemanipuleerd.
indicator-debt-works-off-loan = Moet werken om een nieuwe lening of schulden uit het verleden terug te betalen.
indicator-debt-parents-paid = Ouders hebben een vergoeding ontvangen om hun kind met mensenhandelaren mee te laten gaan.

annex-row-recruitment = Werving
annex-row-transport = Vervoer/overbrenging
annex-row-harbouring = Huisvesting/opnemen
annex-row-threat = Dreiging
annex-row-violence = Geweld
annex-row-movement = Beperking van bewegingsvrijheid
annex-row-isolation = Isoleren
annex-row-documents = Achterhouden van documenten
annex-row-wages = Inhouden van loon
annex-row-deception = Fraude/misleiding
annex-row-vulnerability = Machtsmisbruik / misbruik van een kwetsbare positie
annex-row-payments = Geven of ontvangen van betalingen
annex-row-labour = Arbeidsuitbuiting
annex-row-sexual = Seksuele uitbuiting
annex-row-begging = Gedwongen bedelarij of strafbare activiteiten
