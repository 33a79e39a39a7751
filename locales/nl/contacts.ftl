## Contactschermen en rollen van contactpunten.

contacts-need = Contactpunten — wat heb je nodig?
contacts-need-emergency = 🚨 Noodgeval
contacts-need-reporting = 📣 Een geval melden
contacts-need-specialised = 🤝 Gespecialiseerde hulp
contacts-need-children = 🧒 Kinderen
contacts-need-sex-work = 💬 Steun voor sekswerkers
contacts-need-labour = 🛠 Arbeidsuitbuiting
contacts-need-migration = 🛂 Migratie en juridische hulp
contacts-list-emergency = Noodgeval: politie en ambulance.
contacts-list-reporting = Voor het melden van een mogelijk geval van mensenhandel.
contacts-list-specialised = Gespecialiseerde informatie, ondersteuning en onderdak voor slachtoffers van mensenhandel.
contacts-list-children = Kinderbescherming.
contacts-list-sex-work = Informatie voor en ondersteuning van sekswerkers.
contacts-list-labour = Arbeidsuitbuiting.
contacts-list-migration = Advies over migratie en asiel, en rechtshulp voor slachtoffers.

contacts-heading = Contactpunten:
contacts-none = Geen contactpunten hiervoor in het gekozen land. Kies een land in het menu (☰ → 📍), of bel 112 in een noodgeval.

contact-role-emergency = noodhulp
contact-role-police = politie
contact-role-reporting = melden
contact-role-specialised = gespecialiseerde hulp
contact-role-child-protection = kinderbescherming
contact-role-sex-worker-support = steun voor sekswerkers
contact-role-labour = arbeidsuitbuiting
contact-role-migration = migratie en asiel
contact-role-legal = rechtshulp

contacts-hours-always = 24/7
contacts-hours-24h = 24 uur
contacts-hours-weekdays-9-17 = ma–vr 9.00–17.00

contacts-need-basic = 🛏 Onderdak, eten, gezondheid
contacts-list-basic = Primaire behoeften: een slaapplek, eten en zorg voor seksuele gezondheid (gratis of anonieme tests).
contacts-as-of = stand { $date }
contacts-guide-2013 = handleiding 2013, niet opnieuw gecontroleerd
contacts-abroad-national = alleen vanuit het land zelf
contacts-abroad-maybe = werkt mogelijk niet vanuit het buitenland
contacts-hours-weekdays-8-16 = ma–vr 8.00–16.00 uur
contacts-hours-daily-9-18 = dagelijks 9.00–18.00 uur
contacts-hours-daily-11-21 = dagelijks 11.00–21.00 uur
contacts-hours-office-hours = kantooruren
contact-role-referral = doorverwijzing en identificatie
contact-role-sexual-health = seksuele gezondheid, soa/hiv-test
contact-role-shelter = onderdak en eerste levensbehoeften
rules-heading = ⚖ Regels in { $country }
rules-none = De regels (wie een slachtoffer identificeert, de bedenktijd, meldplichten) verschillen per land. Kies je land in het menu (☰ → 📍) om ze te zien.
rules-label-identifies = Wie een slachtoffer formeel identificeert
rules-label-reflection = Herstel- en bedenktijd
rules-label-report-adults = Meldplicht (volwassene)?
rules-label-report-children = Meldplicht (kind)?
rules-label-legal-aid = Gratis rechtsbijstand

contacts-from-abroad = vanuit het buitenland { $phone }
