## Contactschermen en rollen van contactpunten.

contacts-need = Contactpunten — wat heb je nodig?
contacts-need-emergency = 🚨 Noodgeval
contacts-need-reporting = 📣 Een geval melden
contacts-need-specialised = 🤝 Gespecialiseerde hulp, onderdak
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
contacts-list-migration = Informatie over wetgeving die op migranten van toepassing is.

contacts-heading = Contactpunten:
contacts-none = Geen contactpunten hiervoor in het gekozen land. Kies een land in het menu (☰ → 📍), of bel 112 in een noodgeval.
contacts-checked = gecontroleerd { $date }

contact-role-emergency = noodhulp
contact-role-police = politie
contact-role-reporting = melden
contact-role-specialised = gespecialiseerde hulp
contact-role-child-protection = kinderbescherming
contact-role-sex-worker-support = steun voor sekswerkers
contact-role-labour = arbeidsuitbuiting
contact-role-migration = migratie
contact-role-legal = juridische hulp
contact-role-medical = medische hulp

contacts-hours-always = 24/7
contacts-hours-24h = 24 uur
contacts-hours-weekdays-9-17 = ma–vr 9.00–17.00
