## Contact screens and contact roles.

contacts-need = Contacts — what do you need?
contacts-need-emergency = 🚨 Emergency
contacts-need-reporting = 📣 Report a case
contacts-need-specialised = 🤝 Specialised support
contacts-need-children = 🧒 Children
contacts-need-sex-work = 💬 Sex-worker support
contacts-need-labour = 🛠 Labour exploitation
contacts-need-migration = 🛂 Migration and legal help
contacts-list-emergency = Emergency: police and ambulance.
contacts-list-reporting = To report a possible case of trafficking.
contacts-list-specialised = Specialised information, support and shelter for victims of trafficking.
contacts-list-children = Child protection.
contacts-list-sex-work = Information and support for sex workers.
contacts-list-labour = Labour exploitation.
contacts-list-migration = Migration and asylum advice, and legal aid for victims.

contacts-heading = Contacts:
contacts-none = No contacts for this need in the chosen country. Choose a country in the menu (☰ → 📍), or call 112 in an emergency.

contact-role-emergency = emergency
contact-role-police = police
contact-role-reporting = reporting
contact-role-specialised = specialised support
contact-role-child-protection = child protection
contact-role-sex-worker-support = sex-worker support
contact-role-labour = labour exploitation
contact-role-migration = migration and asylum
contact-role-legal = legal aid

contacts-hours-always = 24/7
contacts-hours-24h = 24 h
contacts-hours-weekdays-9-17 = Mon–Fri 9:00–17:00

contacts-need-basic = 🛏 Shelter, food, health
contacts-list-basic = Primary needs: a place to sleep, food, and sexual-health care (free or anonymous tests).
contacts-as-of = as of { $date }
contacts-guide-2013 = guide 2013, not re-checked
contacts-abroad-national = only from within the country
contacts-abroad-maybe = may not work from abroad
contacts-hours-weekdays-8-16 = Mon–Fri 8:00–16:00
contacts-hours-daily-9-18 = daily 9:00–18:00
contacts-hours-daily-11-21 = daily 11:00–21:00
contacts-hours-office-hours = office hours
contact-role-referral = referral and identification
contact-role-sexual-health = sexual health, STI/HIV tests
contact-role-shelter = shelter and basic needs
rules-heading = ⚖ Rules in { $country }
rules-none = The rules (who identifies a victim, the reflection period, duties to report) differ per country. Choose your country in the menu (☰ → 📍) to see them.
rules-label-identifies = Who formally identifies a victim
rules-label-reflection = Reflection and recovery period
rules-label-report-adults = Must you report (adult)?
rules-label-report-children = Must you report (child)?
rules-label-legal-aid = Free legal aid

contacts-from-abroad = from abroad { $phone }
