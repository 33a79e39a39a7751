## The web chat: what only the browser shows.
## same-as-english: web-title

web-title = Firstline
web-exit-hint = Quick exit (the button at the top, or Shift pressed three times) leaves this page at once. It does not erase your browsing history.
web-expired-title = This page has expired
web-expired = This page has expired — start again. Nothing from it was kept.
web-start-again = Start again
web-busy-title = Too many requests
web-busy = Too many requests came from this connection just now. Wait a minute, then start again.
web-missing-title = Page not found
web-missing = This page does not exist.
web-error-title = Something went wrong
web-error = Something went wrong on our side. Please start again.
web-download-warning = The file will be saved on this device and stays there until you delete it. Download it only if that is safe.
web-download-annex-pdf = ⬇ Download the PDF
web-download-handover-card = ⬇ Download the card
card-scan-web = Scan the code to open these contacts in a browser.

# The heading of a screen, by the flow it belongs to (the page's title stays neutral).
web-heading-setup = Language and country
web-heading-menu = Menu
web-heading-screening = Screening
web-heading-learn = Learn
web-heading-indicators = Indicators
web-heading-practice = Practice
web-heading-quiz = Quiz
web-heading-contacts = Contacts
