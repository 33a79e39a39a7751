## Contact screens and contact roles.

contacts-need = Контакти — от какво имате нужда?
contacts-need-emergency = 🚨 Спешен случай
contacts-need-reporting = 📣 Подаване на сигнал
contacts-need-specialised = 🤝 Специализирана подкрепа
contacts-need-children = 🧒 Деца
contacts-need-sex-work = 💬 Подкрепа за секс работници
contacts-need-labour = 🛠 Трудова експлоатация
contacts-need-migration = 🛂 Миграция и правна помощ
contacts-list-emergency = Спешни случаи: полиция и линейка.
contacts-list-reporting = За подаване на сигнал за възможен случай на трафик на хора.
contacts-list-specialised = Специализирана информация, подкрепа и подслон за жертви на трафик на хора.
contacts-list-children = Закрила на детето.
contacts-list-sex-work = Информация и подкрепа за секс работници.
contacts-list-labour = Трудова експлоатация.
contacts-list-migration = Съвети за миграция и убежище и правна помощ за пострадали.

contacts-heading = Контакти:
contacts-none = Няма контакти за тази нужда в избраната държава. Изберете държава от менюто (☰ → 📍) или при спешен случай се обадете на 112.

contact-role-emergency = спешна помощ
contact-role-police = полиция
contact-role-reporting = подаване на сигнали
contact-role-specialised = специализирана подкрепа
contact-role-child-protection = закрила на детето
contact-role-sex-worker-support = подкрепа за секс работници
contact-role-labour = трудова експлоатация
contact-role-migration = миграция и убежище
contact-role-legal = правна помощ

contacts-hours-always = 24/7
contacts-hours-24h = 24 ч.
contacts-hours-weekdays-9-17 = пон.–пет. 9:00–17:00

contacts-need-basic = 🛏 Подслон, храна, здраве
contacts-list-basic = Основни нужди: място за спане, храна и грижа за сексуалното здраве (безплатни или анонимни изследвания).
contacts-as-of = към { $date }
contacts-guide-2013 = по ръководството от 2013 г., не е проверено отново
contacts-abroad-national = само от страната
contacts-abroad-maybe = може да не работи от чужбина
contacts-hours-weekdays-8-16 = пон.–пет. 8:00–16:00
contacts-hours-daily-9-18 = всеки ден 9:00–18:00
contacts-hours-daily-11-21 = всеки ден 11:00–21:00
contacts-hours-office-hours = в работно време
contact-role-referral = насочване и идентифициране
contact-role-sexual-health = сексуално здраве, изследвания за ППИ/ХИВ
contact-role-shelter = подслон и основни нужди
rules-heading = ⚖ Правила — { $country }
rules-none = Правилата (кой идентифицира жертвата, периодът за размисъл, задълженията за сигнализиране) са различни във всяка страна. Изберете своята страна в менюто (☰ → 📍), за да ги видите.
rules-label-identifies = Кой официално идентифицира жертвата
rules-label-reflection = Период за възстановяване и размисъл
rules-label-report-adults = Трябва ли да сигнализирате (пълнолетно лице)?
rules-label-report-children = Трябва ли да сигнализирате (дете)?
rules-label-legal-aid = Безплатна правна помощ

contacts-from-abroad = от чужбина { $phone }
