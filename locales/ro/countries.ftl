## same-as-english: country-bg

## Țările care au un repertoriu de contacte (flows/data/contacts/<code>.yaml), așa cum le numesc
## butoanele de țară și documentele. Un repertoriu nou are nevoie aici de country-<code>.

country-bg = 🇧🇬 Bulgaria
country-es = 🇪🇸 Spania
country-fr = 🇫🇷 Franța
country-gr = 🇬🇷 Grecia
country-nl = 🇳🇱 Țările de Jos
country-ro = 🇷🇴 România
country-eu = 🇪🇺 Alt stat UE (numere la nivel UE)
