## Contact screens and contact roles.

contacts-need = Contacts — what do you need?
contacts-need-emergency = 🚨 Emergency
contacts-need-reporting = 📣 Report a case
contacts-need-specialised = 🤝 Specialised support, shelter
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
contacts-list-migration = Information on the law that applies to migrants.

contacts-heading = Contacts:
contacts-none = No contacts for this need in the chosen country. Choose a country in the menu (☰ → 📍), or call 112 in an emergency.
contacts-checked = checked { $date }

contact-role-emergency = emergency
contact-role-police = police
contact-role-reporting = reporting
contact-role-specialised = specialised support
contact-role-child-protection = child protection
contact-role-sex-worker-support = sex-worker support
contact-role-labour = labour exploitation
contact-role-migration = migration
contact-role-legal = legal help
contact-role-medical = medical help

contacts-hours-always = 24/7
contacts-hours-24h = 24 h
contacts-hours-weekdays-9-17 = Mon–Fri 9:00–17:00
