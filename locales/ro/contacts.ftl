## Ecranele de contacte și rolurile contactelor.

contacts-need = Contacte — de ce aveți nevoie?
contacts-need-emergency = 🚨 Urgență
contacts-need-reporting = 📣 Semnalarea unui caz
contacts-need-specialised = 🤝 Sprijin specializat, adăpost
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
contacts-list-migration = Informații despre legislația aplicabilă migranților.

contacts-heading = Contacte:
contacts-none = Nu există contacte pentru această nevoie în țara aleasă. Alegeți o țară din meniu (☰ → 📍) sau, în caz de urgență, sunați la 112.
contacts-checked = verificat: { $date }

contact-role-emergency = urgență
contact-role-police = poliție
contact-role-reporting = semnalare
contact-role-specialised = sprijin specializat
contact-role-child-protection = protecția copilului
contact-role-sex-worker-support = sprijin pentru lucrătorii sexuali
contact-role-labour = exploatare prin muncă
contact-role-migration = migrație
contact-role-legal = ajutor juridic
contact-role-medical = ajutor medical

contacts-hours-always = 24/7
contacts-hours-24h = 24 de ore
contacts-hours-weekdays-9-17 = lun.–vin. 9:00–17:00
