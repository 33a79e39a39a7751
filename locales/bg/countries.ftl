## Държавите, които имат указател с контакти (flows/data/contacts/<code>.yaml), както ги назовават
## бутоните за държава и документите. Нов указател изисква тук свое country-<code>.

country-bg = 🇧🇬 България
country-es = 🇪🇸 Испания
country-fr = 🇫🇷 Франция
country-gr = 🇬🇷 Гърция
country-nl = 🇳🇱 Нидерландия
country-ro = 🇷🇴 Румъния
country-eu = 🇪🇺 Другаде в ЕС (номера за целия ЕС)
