## Ecranele de contacte și rolurile contactelor.

contacts-need = Contacte — de ce aveți nevoie?
contacts-need-emergency = 🚨 Urgență
contacts-need-reporting = 📣 Semnalarea unui caz
contacts-need-specialised = 🤝 Sprijin specializat
contacts-need-children = 🧒 Copii
contacts-need-sex-work = 💬 Sprijin pentru lucrătorii sexuali
contacts-need-labour = 🛠 Exploatare prin muncă
contacts-need-migration = 🛂 Migrație și ajutor juridic
contacts-list-emergency = Urgențe: poliție și ambulanță.
contacts-list-reporting = Pentru a semnala un posibil caz de trafic de persoane.
contacts-list-specialised = Informații, sprijin și adăpost specializate pentru victimele traficului de persoane.
contacts-list-children = Protecția copilului.
contacts-list-sex-work = Informații și sprijin pentru lucrătorii sexuali.
contacts-list-labour = Exploatare prin muncă.
contacts-list-migration = Consiliere privind migrația și azilul și asistență juridică pentru victime.

contacts-heading = Contacte:
contacts-none = Nu există contacte pentru această nevoie în țara aleasă. Alegeți o țară din meniu (☰ → 📍) sau, în caz de urgență, sunați la 112.

contact-role-emergency = urgență
contact-role-police = poliție
contact-role-reporting = semnalare
contact-role-specialised = sprijin specializat
contact-role-child-protection = protecția copilului
contact-role-sex-worker-support = sprijin pentru lucrătorii sexuali
contact-role-labour = exploatare prin muncă
contact-role-migration = migrație și azil
contact-role-legal = asistență juridică

contacts-hours-always = 24/7
contacts-hours-24h = 24 de ore
contacts-hours-weekdays-9-17 = lun.–vin. 9:00–17:00

contacts-need-basic = 🛏 Adăpost, hrană, sănătate
contacts-list-basic = Nevoi primare: un loc de dormit, hrană și îngrijirea sănătății sexuale (teste gratuite sau anonime).
contacts-as-of = situația din { $date }
contacts-guide-2013 = din ghidul din 2013, neverificat de atunci
contacts-abroad-national = doar din țară
contacts-abroad-maybe = s-ar putea să nu funcționeze din străinătate
contacts-hours-weekdays-8-16 = lun.–vin. 8:00–16:00
contacts-hours-daily-9-18 = zilnic 9:00–18:00
contacts-hours-daily-11-21 = zilnic 11:00–21:00
contacts-hours-office-hours = program de lucru
contact-role-referral = referire și identificare
contact-role-sexual-health = sănătate sexuală, teste ITS/HIV
contact-role-shelter = adăpost și nevoi de bază
rules-heading = ⚖ Reguli — { $country }
rules-none = Regulile (cine identifică o victimă, perioada de reflecție, obligațiile de sesizare) diferă de la o țară la alta. Alegeți țara în meniu (☰ → 📍) ca să le vedeți.
rules-label-identifies = Cine identifică formal o victimă
rules-label-reflection = Perioada de recuperare și reflecție
rules-label-report-adults = Trebuie să sesizați (adult)?
rules-label-report-children = Trebuie să sesizați (copil)?
rules-label-legal-aid = Asistență juridică gratuită

contacts-from-abroad = din străinătate { $phone }
