## same-as-english: contact-role-police contact-role-migration

## Écrans de contacts et rôles des contacts.

contacts-need = Contacts — de quoi avez-vous besoin ?
contacts-need-emergency = 🚨 Urgence
contacts-need-reporting = 📣 Signaler un cas
contacts-need-specialised = 🤝 Aide spécialisée, hébergement
contacts-need-children = 🧒 Enfants
contacts-need-sex-work = 💬 Soutien aux travailleurs du sexe
contacts-need-labour = 🛠 Exploitation par le travail
contacts-need-migration = 🛂 Migration et aide juridique
contacts-list-emergency = Urgence : police et ambulance.
contacts-list-reporting = Pour signaler un cas possible de traite des êtres humains.
contacts-list-specialised = Information, soutien et hébergement spécialisés pour les victimes de la traite.
contacts-list-children = Protection de l'enfance.
contacts-list-sex-work = Information et soutien pour les travailleuses et travailleurs du sexe.
contacts-list-labour = Exploitation par le travail.
contacts-list-migration = Information sur le droit applicable aux personnes migrantes.

contacts-heading = Contacts :
contacts-none = Aucun contact pour ce besoin dans le pays choisi. Choisissez un pays dans le menu (☰ → 📍) ou, en cas d'urgence, appelez le 112.
contacts-checked = vérifié en { $date }

contact-role-emergency = urgence
contact-role-police = police
contact-role-reporting = signalement
contact-role-specialised = aide spécialisée
contact-role-child-protection = protection de l'enfance
contact-role-sex-worker-support = soutien aux travailleurs du sexe
contact-role-labour = exploitation par le travail
contact-role-migration = migration
contact-role-legal = aide juridique
contact-role-medical = aide médicale

contacts-hours-always = 24 h/24, 7 j/7
contacts-hours-24h = 24 h/24
contacts-hours-weekdays-9-17 = lun.–ven. 9 h–17 h
