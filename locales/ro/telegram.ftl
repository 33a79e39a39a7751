## Botul Telegram: comenzi, descrieri și răspunsurile adaptorului.

tg-cmd-start = Pornire sau locul în care vă aflați
tg-cmd-screen = Evaluare, pas cu pas
tg-cmd-learn = Învățare: definiția și regulile
tg-cmd-practice = Exersare cu scenarii
tg-cmd-contacts = Contacte pentru țara dvs.
tg-cmd-language = Schimbarea limbii
tg-cmd-country = Schimbarea țării
tg-cmd-help = Cum funcționează acest bot
tg-cmd-exit = Ieșire rapidă: ștergerea conversației
tg-cmd-forget = Ștergerea setărilor și a progresului meu

tg-short-description = Recunoașterea posibilelor victime ale traficului în scopul exploatării sexuale, pas cu pas (ghidul UE EuroTrafGuid).
tg-description = Firstline îi ghidează pe lucrătorii de primă linie prin ghidul UE EuroTrafGuid pentru recunoașterea posibilelor victime ale traficului de persoane în scopul exploatării sexuale și se încheie cu pasul următor potrivit și cu contactele potrivite.

    Nu păstrează nume, identificatori sau ceva din ce tastați. Ieșirea rapidă, prezentă pe fiecare ecran, șterge conversația.

tg-help = Firstline vă ghidează prin ghidul UE EuroTrafGuid, câte un ecran pe rând. Folosiți butoanele; nu este nevoie să tastați, iar nimic din ce tastați nu se păstrează.
    /screen  evaluare, pas cu pas
    /contacts  contacte pentru țara dvs.
    /language  /country  schimbarea setărilor
    /exit  ieșire rapidă: șterge această conversație (la fel ca butonul ✖ de pe fiecare ecran)
    /forget  șterge setările și progresul, păstrează mesajele

tg-media = Fotografiile, mesajele vocale, fișierele, contactele și locațiile nu sunt citite, păstrate sau transmise. Vă rugăm să nu le trimiteți: folosiți butoanele.
tg-forgotten = Setările și progresul dvs. au fost șterse. Trimiteți /start pentru a începe din nou.
tg-exit-left = Unele mesaje nu au putut fi șterse. Pentru a le elimina, ștergeți această conversație în Telegram.
tg-group-private = Firstline funcționează doar într-un chat privat, pentru ca nimic să nu fie partajat cu un grup. Deschideți un chat privat cu botul.
tg-group-open = Deschideți un chat privat
tg-document-failed = Documentul nu a putut fi creat acum. Vă rugăm să încercați din nou.
tg-storage-unavailable = Firstline nu vă poate salva progresul în acest moment, așa că acest pas nu a fost făcut. Ecranul a rămas cum era: vă rugăm să încercați din nou peste un minut.
