## same-as-english: country-fr

## Les pays qui ont un répertoire de contacts (flows/data/contacts/<code>.yaml), tels que les nomment
## les boutons de pays et les documents. Un nouveau répertoire demande ici son country-<code>.

country-bg = 🇧🇬 Bulgarie
country-es = 🇪🇸 Espagne
country-fr = 🇫🇷 France
country-gr = 🇬🇷 Grèce
country-nl = 🇳🇱 Pays-Bas
country-ro = 🇷🇴 Roumanie
country-eu = 🇪🇺 Ailleurs dans l'UE (numéros UE)
