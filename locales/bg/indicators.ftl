## The guide's indicators (its section "What are the indicators of trafficking for sexual exploitation?")
## and the annex 1 rows (its "Annex 1").

indicator-group-purpose = Цел: сексуална експлоатация
indicator-group-recruitment = Набиране
indicator-group-transport = Превоз, прехвърляне
indicator-group-harbouring = Подслоняване, приемане
indicator-group-threat = Заплаха
indicator-group-violence = Насилие
indicator-group-movement = Ограничаване на движението
indicator-group-isolation = Изолация
indicator-group-documents = Задържане на документи
indicator-group-wages = Задържане на заплащането
indicator-group-deception = Заблуда
indicator-group-vulnerability = Злоупотреба с уязвимост
indicator-group-debt = Дългово робство

indicator-purpose-no-refusal = Не може да отказва клиенти, принуден(а) е да проституира дори при болест или бременност или да прави секс без презерватив.
indicator-purpose-hands-over-money = Не може да задържи парите, които изкарва, и трябва да ги дава на някой друг.
indicator-purpose-always-accompanied = Когато излиза, винаги е с придружител.
indicator-purpose-no-time-off = Няма почивки, почивни дни или свободно време или трябва да работи при повикване.
indicator-purpose-moved-around = Местен(а) е от едно място на друго без съгласието си.

indicator-recruit-unknown-work = Не е знаел(а) къде ще работи.
indicator-recruit-excessive-fee = Платил(а) е прекомерна такса за набиране.
indicator-recruit-no-contract = Няма трудов договор, условията са неясно определени или договорът е на език, който не владее добре.

indicator-transport-not-own = Пътуването е организирано от други или не е знаел(а) маршрута от дома до местоназначението.
indicator-transport-afraid-escort = Изглежда, че се страхува от придружителя си (мъж или жена).
indicator-transport-passport-returned = Трето лице му/ѝ връща паспорта точно преди преминаването на границата.
indicator-transport-strangers = Пътуващите в група изглежда не се познават помежду си.

indicator-harbour-lives-at-work = Живее и спи на работното място.
indicator-harbour-overcrowded = Помещенията за спане са пренаселени и нехигиенични, без основни санитарни условия и с малко или никакво лично пространство.
indicator-harbour-limited-movement = Има ограничена свобода на движение там, където живее.

indicator-threat-fear = Проявява страх или безпокойство, особено пред надзорника, шефа или онези, които са го/я придружавали по пътя или през границата.
indicator-threat-indoctrinated = Прави несвързани изказвания или изглежда индоктриниран(а).
indicator-threat-aggressive-escort = Придружителите (мъже или жени) се държат агресивно към лицето.

indicator-violence-injuries = Има видими наранявания (синини, белези, порезни рани, наранявания на устата или зъбите, изгаряния от цигари).
indicator-violence-fear-signs = Проявява признаци на страх или безпокойство (изпотяване, треперене, трудно отговаря направо, избягва зрителен контакт по причина, която не се обяснява с културата).
indicator-violence-emergency-visits = Често търси спешна помощ заради наранявания, полово предавани инфекции или аборт.

indicator-movement-lives-works = Живее и работи на едно и също място.
indicator-movement-controls = Мерки за контрол на работното място: камери, табели, които забраняват напускането, прозорци, които не се отварят или са с решетки, заключени врати.
indicator-movement-moved = Сутеньорът (или управителят на заведението) го/я мести от едно място на друго без съгласие.

indicator-isolation-no-address = Не знае къде живее или какъв е адресът му/ѝ.
indicator-isolation-remote = Работното място е отдалечено и трудно достъпно с обществен или собствен транспорт.
indicator-isolation-no-communication = Има ограничен или никакъв достъп до средства за комуникация (телефон, поща, интернет).
indicator-isolation-speaks-for = Сутеньорът или работодателят настоява да отговаря вместо лицето и/или да превежда всичко.

indicator-documents-no-access = Няма достъп до документите си за самоличност (паспорт, лична карта, виза, разрешение за работа или пребиваване) или до други важни вещи (билет за връщане), дори когато ги поиска.
indicator-documents-others-same = Други секс работници (или работници) са в същото положение, без достъп до документите си.
indicator-documents-forged = Документите за самоличност изглеждат подправени.

indicator-wages-hands-over-all = Трябва да дава на надзорника всички пари, получени от клиенти.
indicator-wages-no-proof = Работодателят не може да покаже договор или доказателство за изплатено възнаграждение или трудовите документи или фишовете за заплата са променени.
indicator-wages-irregular = Плащанията са нередовни и/или често закъсняват.
indicator-wages-unknown-earnings = Не знае колко изкарва.

indicator-deception-not-told = Не е знаел(а), че ще се озове в проституцията или ще трябва да предоставя сексуални услуги.
indicator-deception-conditions-differ = Действителните условия на труд се различават от обещаните устно или писмено.
indicator-deception-new-contract = Подписал(а) е нов договор след пристигането на работа.

indicator-vuln-no-permits = Административното му/ѝ досие е непълно: няма разрешение за пребиваване и за работа.
indicator-vuln-discriminated = Принадлежи към група, която е дискриминирана или няма равни права (пол, статут на бежанец или търсещ убежище, етнически произход, увреждане, сирачество, религиозно или културно малцинство).
indicator-vuln-education-language = Има слабо образование, не може да чете и пише или не говори и не разбира местния език.
indicator-vuln-dependent = Зависи от други по няколко начина (от работодателя – за жилище, храна, работа за близките или други нужди).
indicator-vuln-emotional-ties = Емоционално и икономически е обвързан(а) с работодателя или вербовчика (любовна връзка, семейни връзки).
indicator-vuln-fearful-beliefs = Говори със страх или неохотно за религиозните или културните си вярвания.

indicator-debt-excessive-fee = Трябва да изплаща прекомерна такса за набиране, превоз, жилище, храна, инструменти или предпазни средства, която се удържа направо от изкараното.
indicator-debt-advances-unclear = Връщането на аванси от заплащането е неясно или манипулирано.
indicator-debt-works-off-loan = Трябва да работи, за да изплати нов заем или стари дългове.
indicator-debt-parents-paid = Родителите са получили пари, за да пуснат детето си с трафикантите.

annex-row-recruitment = Набиране
annex-row-transport = Превоз/прехвърляне
annex-row-harbouring = Подслоняване/приемане
annex-row-threat = Заплаха
annex-row-violence = Насилие
annex-row-movement = Ограничаване на движението
annex-row-isolation = Изолация
annex-row-documents = Задържане на документи
annex-row-wages = Задържане на заплащането
annex-row-deception = Измама/заблуда
annex-row-vulnerability = Злоупотреба с власт или с уязвимо положение
annex-row-payments = Даване или получаване на плащания
annex-row-labour = Трудова експлоатация
annex-row-sexual = Сексуална експлоатация
annex-row-begging = Принудителна просия или престъпни дейности
