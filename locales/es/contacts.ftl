## Pantallas de contactos y funciones de los contactos.

contacts-need = Contactos: ¿qué necesitas?
contacts-need-emergency = 🚨 Emergencia
contacts-need-reporting = 📣 Denunciar un caso
contacts-need-specialised = 🤝 Apoyo especializado
contacts-need-children = 🧒 Menores
contacts-need-sex-work = 💬 Apoyo a trabajadores/as sexuales
contacts-need-labour = 🛠 Explotación laboral
contacts-need-migration = 🛂 Migración y ayuda jurídica
contacts-list-emergency = Emergencias: policía y ambulancia.
contacts-list-reporting = Para denunciar un posible caso de trata.
contacts-list-specialised = Información, apoyo y alojamiento especializados para víctimas de trata.
contacts-list-children = Protección de menores.
contacts-list-sex-work = Información y apoyo para trabajadores/as sexuales.
contacts-list-labour = Explotación laboral.
contacts-list-migration = Asesoramiento sobre migración y asilo, y asistencia jurídica para víctimas.

contacts-heading = Contactos:
contacts-none = No hay contactos para esta necesidad en el país elegido (el país se elige en el menú: ☰ → 📍). En caso de emergencia: 112.

contact-role-emergency = emergencias
contact-role-police = policía
contact-role-reporting = denuncias
contact-role-specialised = apoyo especializado
contact-role-child-protection = protección de menores
contact-role-sex-worker-support = apoyo a trabajadores/as sexuales
contact-role-labour = explotación laboral
contact-role-migration = migración y asilo
contact-role-legal = asistencia jurídica

contacts-hours-always = 24/7
contacts-hours-24h = 24 h
contacts-hours-weekdays-9-17 = lun.–vie. 9:00–17:00

contacts-need-basic = 🛏 Alojamiento, comida, salud
contacts-list-basic = Necesidades básicas: un lugar donde dormir, comida y atención de salud sexual (pruebas gratuitas o anónimas).
contacts-as-of = consultado en { $date }
contacts-guide-2013 = guía de 2013, sin volver a comprobar
contacts-abroad-national = solo desde dentro del país
contacts-abroad-maybe = puede no funcionar desde el extranjero
contacts-hours-weekdays-8-16 = lun.–vie. 8:00–16:00
contacts-hours-daily-9-18 = todos los días 9:00–18:00
contacts-hours-daily-11-21 = todos los días 11:00–21:00
contacts-hours-office-hours = horario de oficina
contact-role-referral = derivación e identificación
contact-role-sexual-health = salud sexual, pruebas de ITS/VIH
contact-role-shelter = alojamiento y necesidades básicas
rules-heading = ⚖ Normas — { $country }
rules-none = Las normas (quién identifica a una víctima, el período de reflexión, la obligación de denunciar) varían según el país. Elige tu país en el menú (☰ → 📍) para verlas.
rules-label-identifies = Quién identifica formalmente a una víctima
rules-label-reflection = Período de restablecimiento y reflexión
rules-label-report-adults = ¿Obligación de denunciar (adultos)?
rules-label-report-children = ¿Obligación de denunciar (menores)?
rules-label-legal-aid = Asistencia jurídica gratuita

contacts-from-abroad = desde el extranjero { $phone }
