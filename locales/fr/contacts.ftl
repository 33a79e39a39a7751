## same-as-english: contact-role-police

## Écrans de contacts et rôles des contacts.

contacts-need = Contacts — de quoi avez-vous besoin ?
contacts-need-emergency = 🚨 Urgence
contacts-need-reporting = 📣 Signaler un cas
contacts-need-specialised = 🤝 Aide spécialisée
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
contacts-list-migration = Conseil en droit des étrangers et d'asile, et aide juridique aux victimes.

contacts-heading = Contacts :
contacts-none = Aucun contact pour ce besoin dans le pays choisi. Choisissez un pays dans le menu (☰ → 📍) ou, en cas d'urgence, appelez le 112.

contact-role-emergency = urgence
contact-role-police = police
contact-role-reporting = signalement
contact-role-specialised = aide spécialisée
contact-role-child-protection = protection de l'enfance
contact-role-sex-worker-support = soutien aux travailleurs du sexe
contact-role-labour = exploitation par le travail
contact-role-migration = droit des étrangers et asile
contact-role-legal = aide juridique

contacts-hours-always = 24 h/24, 7 j/7
contacts-hours-24h = 24 h/24
contacts-hours-weekdays-9-17 = lun.–ven. 9 h–17 h

contacts-need-basic = 🛏 Hébergement, repas, santé
contacts-list-basic = Besoins primaires : un lieu où dormir, de quoi manger et des soins en santé sexuelle (dépistage gratuit ou anonyme).
contacts-as-of = relevé en { $date }
contacts-guide-2013 = guide de 2013, non revérifié
contacts-abroad-national = seulement depuis le pays
contacts-abroad-maybe = peut ne pas fonctionner depuis l'étranger
contacts-hours-weekdays-8-16 = lun.–ven. 8 h–16 h
contacts-hours-daily-9-18 = tous les jours 9 h–18 h
contacts-hours-daily-11-21 = tous les jours 11 h–21 h
contacts-hours-office-hours = heures de bureau
contact-role-referral = orientation et identification
contact-role-sexual-health = santé sexuelle, dépistage IST/VIH
contact-role-shelter = hébergement et besoins essentiels
rules-heading = ⚖ Règles — { $country }
rules-none = Les règles (qui identifie une victime, le délai de réflexion, les obligations de signalement) varient d'un pays à l'autre. Choisissez votre pays dans le menu (☰ → 📍) pour les voir.
rules-label-identifies = Qui identifie formellement une victime
rules-label-reflection = Délai de rétablissement et de réflexion
rules-label-report-adults = Obligation de signaler (adulte) ?
rules-label-report-children = Obligation de signaler (enfant) ?
rules-label-legal-aid = Aide juridique gratuite

contacts-from-abroad = depuis l'étranger { $phone }
