## Documenten: de samenvatting van bijlage 1 als pdf en het kaartje met contactpunten om mee te geven.
## Pdf en kaartje gebruiken een lettertype zonder emoji: emoji alleen op de knoppen.

document-pdf-button = 📄 Samenvatting bijlage 1 (pdf)
document-card-button = 🪪 Kaartje om mee te geven
document-pdf-only-in-telegram = 📄 De samenvatting van bijlage 1 komt alleen in Telegram, als pdf.
document-card-only-in-telegram = 🪪 Het kaartje met contactpunten komt alleen in Telegram, als afbeelding.

document-title = Bijlage 1 — samenvatting van een eerstelijnssignalering
document-subtitle = Praktische handleiding EuroTrafGuid: eerstelijns signalering van mogelijke slachtoffers van mensenhandel gericht op seksuele uitbuiting.
document-date = Datum: { $date }
document-country = Land: { $country }
document-outcome = Vervolgstap
document-table = De 15 rijen van bijlage 1
document-element-act = HANDELING
document-element-means = MIDDEL
document-element-purpose = DOEL
document-mark = { $mark ->
        [0] 0 · geen signalen
        [1] 1 · aanwezigheid van signalen
        [2] 2 · bewijs
       *[3] 3 · meer info vereist
    }
document-signals = Aangevinkte signalen
document-signals-none = Er is geen signaal aangevinkt.
document-how = { $how ->
        [observe] waargenomen
       *[listen] gehoord
    }
document-contacts = Contactpunten
document-contacts-none = Geen contactpunten voor deze vervolgstap in het gekozen land. Bel 112 in een noodgeval.
document-disclaimer = Signalen kunnen wijzen op mensenhandel; deze samenvatting stelt niet vast dat iemand slachtoffer is.
document-privacy = Deze samenvatting bevat geen naam, geen datum nauwkeuriger dan de dag en niets wat iemand heeft getypt.

card-title = Er is hulp
card-intro = Deze organisaties kunnen je helpen. Bel 112 in een noodgeval.
card-scan = Scan de code om deze contactpunten in Telegram te openen.

## Wat de samenvatting zegt over een weg langs delen van de procedure.
document-not-assessed = – · niet beoordeeld
document-skipped = Niet gedaan op weg naar deze vervolgstap
document-skipped-checklist = { $part ->
        [some] Observeren en luisteren: een deel van de groepen signalen is niet doorlopen.
       *[all] Observeren en luisteren: de lijst met signalen is niet doorlopen.
    }
document-skipped-marks = De tabel van bijlage 1 is niet ingevuld: een rij met “niet beoordeeld” is niet bekeken en zegt niets over de vraag of er signalen zijn.
document-skipped-why-child = Waarom: de persoon wordt als kind beschouwd en er is reden om uitbuiting te vermoeden; volgens de handleiding neem je dan meteen contact op met de kinderbescherming.
document-skipped-why-no-interpreter = Waarom: er was geen tolk die voor beiden aanvaardbaar was, dus er is geen gesprek gevoerd.
document-skipped-why-refused = Waarom: de persoon wilde niet praten.
document-on-row = gescoord op de rij “{ $row }”
