## The countries that have a contact directory (flows/data/contacts/<code>.yaml), as the country
## buttons and the documents name them. A new directory needs its country-<code> here.

country-bg = 🇧🇬 Bulgaria
country-es = 🇪🇸 Spain
country-fr = 🇫🇷 France
country-gr = 🇬🇷 Greece
country-nl = 🇳🇱 Netherlands
country-ro = 🇷🇴 Romania
country-eu = 🇪🇺 Elsewhere in the EU (EU-wide numbers)
