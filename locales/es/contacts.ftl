## Pantallas de contactos y funciones de los contactos.

contacts-need = Contactos: ¿qué necesitas?
contacts-need-emergency = 🚨 Emergencia
contacts-need-reporting = 📣 Denunciar un caso
contacts-need-specialised = 🤝 Apoyo especializado, alojamiento
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
contacts-list-migration = Información sobre la legislación aplicable a las personas migrantes.

contacts-heading = Contactos:
contacts-none = No hay contactos para esta necesidad en el país elegido (el país se elige en el menú: ☰ → 📍). En caso de emergencia: 112.
contacts-checked = comprobado: { $date }

contact-role-emergency = emergencias
contact-role-police = policía
contact-role-reporting = denuncias
contact-role-specialised = apoyo especializado
contact-role-child-protection = protección de menores
contact-role-sex-worker-support = apoyo a trabajadores/as sexuales
contact-role-labour = explotación laboral
contact-role-migration = migración
contact-role-legal = ayuda jurídica
contact-role-medical = ayuda médica

contacts-hours-always = 24/7
contacts-hours-24h = 24 h
contacts-hours-weekdays-9-17 = lun.–vie. 9:00–17:00
