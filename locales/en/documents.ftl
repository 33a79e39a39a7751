## Documents: the annex 1 summary as a PDF and the card with contacts to hand over.
## PDF and card are drawn with a font that has no emoji: keep emoji to the buttons.

document-pdf-button = 📄 Annex 1 summary (PDF)
document-card-button = 🪪 Card to hand over
document-pdf-only-in-telegram = 📄 The annex 1 summary is sent as a PDF in Telegram only.
document-card-only-in-telegram = 🪪 The card with contacts is sent as a picture in Telegram only.

document-title = Annex 1 — summary of a first-line identification
document-subtitle = EuroTrafGuid practical guide: first-line identification of possible victims of trafficking in human beings for sexual exploitation.
document-date = Date: { $date }
document-country = Country: { $country }
document-outcome = Outcome
document-table = The 15 rows of annex 1
document-element-act = ACT
document-element-means = MEANS
document-element-purpose = PURPOSE
document-mark = { $mark ->
        [0] 0 · no signs
        [1] 1 · signs present
        [2] 2 · evidence
       *[3] 3 · more information needed
    }
document-signals = Signals ticked
document-signals-none = No signal was ticked.
document-how = { $how ->
        [observe] observed
       *[listen] heard
    }
document-contacts = Contacts
document-contacts-none = No contacts for this outcome in the chosen country. In an emergency, call 112.
document-disclaimer = Signals may point to trafficking in human beings; this summary does not establish that anyone is a victim.
document-privacy = This summary holds no name, no date finer than the day, and nothing anyone typed.

card-title = Help is available
card-intro = These organisations can help. In an emergency, call 112.
card-scan = Scan the code to open these contacts in Telegram.

## What the summary says of a path that went past parts of the procedure.
document-not-assessed = – · not assessed
document-skipped = Not done on the way to this outcome
document-skipped-checklist = { $part ->
        [some] Observe and listen: some groups of the indicator checklist were not gone through.
       *[all] Observe and listen: the indicator checklist was not gone through.
    }
document-skipped-marks = The annex 1 table was not filled in: a row marked “not assessed” was not looked at, and says nothing about whether there are signs.
document-skipped-why-child = Why: the person is presumed to be a child and there is reason to suspect exploitation; the guide says to contact child protection at once.
document-skipped-why-no-interpreter = Why: no interpreter acceptable to both was available, so there was no conversation.
document-skipped-why-refused = Why: the person did not want to talk.
document-on-row = marked on the row “{ $row }”
