## De landen met een lijst contactpunten (flows/data/contacts/<code>.yaml), zoals de landknoppen
## en de documenten ze noemen. Een nieuwe lijst heeft hier zijn country-<code> nodig.

country-bg = 🇧🇬 Bulgarije
country-es = 🇪🇸 Spanje
country-fr = 🇫🇷 Frankrijk
country-gr = 🇬🇷 Griekenland
country-nl = 🇳🇱 Nederland
country-ro = 🇷🇴 Roemenië
country-eu = 🇪🇺 Elders in de EU (EU-brede nummers)
