## same-as-english: country-bg

## Los países que tienen directorio de contactos (flows/data/contacts/<code>.yaml), tal como los
## nombran los botones de país y los documentos. Un directorio nuevo necesita aquí su country-<code>.

country-bg = 🇧🇬 Bulgaria
country-es = 🇪🇸 España
country-fr = 🇫🇷 Francia
country-gr = 🇬🇷 Grecia
country-nl = 🇳🇱 Países Bajos
country-ro = 🇷🇴 Rumanía
country-eu = 🇪🇺 Resto de la UE (números europeos)
