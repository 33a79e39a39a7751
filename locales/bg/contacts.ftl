## Contact screens and contact roles.

contacts-need = Контакти — от какво имате нужда?
contacts-need-emergency = 🚨 Спешен случай
contacts-need-reporting = 📣 Подаване на сигнал
contacts-need-specialised = 🤝 Специализирана подкрепа, подслон
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
contacts-list-migration = Информация за законите, които се прилагат за мигранти.

contacts-heading = Контакти:
contacts-none = Няма контакти за тази нужда в избраната държава. Изберете държава от менюто (☰ → 📍) или при спешен случай се обадете на 112.
contacts-checked = проверено { $date }

contact-role-emergency = спешна помощ
contact-role-police = полиция
contact-role-reporting = подаване на сигнали
contact-role-specialised = специализирана подкрепа
contact-role-child-protection = закрила на детето
contact-role-sex-worker-support = подкрепа за секс работници
contact-role-labour = трудова експлоатация
contact-role-migration = миграция
contact-role-legal = правна помощ
contact-role-medical = медицинска помощ

contacts-hours-always = 24/7
contacts-hours-24h = 24 ч.
contacts-hours-weekdays-9-17 = пон.–пет. 9:00–17:00
