## same-as-english: learn-contacts

## Apprendre : la première moitié du guide en fiches courtes (de « Qu'est-ce que la traite des êtres humains ? »
## à « Que faire et comment ? », et « Les étapes du processus d'identification »), et la référence des indicateurs
## (« Quels sont les indicateurs de la traite à des fins d'exploitation sexuelle ? »).

learn-home = 📖 Apprendre — les définitions du guide, une courte fiche pour chacune. Choisissez une fiche.
learn-btn-definition = La traite : ACTE · MOYENS · BUT
learn-btn-act = ACTE
learn-btn-means = MOYENS
learn-btn-purpose = BUT
learn-btn-child = 🧒 La règle pour les enfants
learn-btn-sexual = Exploitation sexuelle
learn-btn-chose = « Elle dit l'avoir choisi librement »
learn-btn-victim = Qui peut être victime ?
learn-btn-trafficker = Qui peut être trafiquant ?
learn-btn-smuggling = ↔ Traite ou trafic de migrants ?
learn-btn-differences = ↔ Les quatre différences
learn-btn-why = Pourquoi l'identification compte
learn-btn-role = Votre rôle
learn-btn-rights = Droits après l'orientation
learn-btn-status = Droits avec le statut officiel ➜
learn-btn-rights-child = Mesures pour un enfant ➜
learn-btn-indicators = 🔎 Indicateurs
learn-btn-screening = 🧭 Repérage, étape par étape
learn-next = Fiche suivante ➜
learn-all = ◀ Toutes les fiches
learn-contacts = ☎ Contacts

learn-definition = Qu'est-ce que la traite des êtres humains ?
    La directive européenne 2011/36/UE la définit à partir de trois éléments :
    un ACTE, accompli par certains MOYENS, dans un BUT d'exploitation.

    Si vous repérez des signes qu'un de ces actes a été accompli sur une personne, par l'un de ces moyens, en vue de l'une des formes d'exploitation, vous êtes peut-être face à une victime de la traite.

    Pour un enfant, il n'est pas nécessaire de vérifier les MOYENS (voir la règle pour les enfants).
learn-act = ACTE — ce qui est fait à la personne :
    • le recrutement
    • le transport
    • le transfert
    • l'hébergement
    • l'accueil de personnes
    • l'échange ou le transfert du contrôle exercé sur ces personnes
learn-means = MOYENS — comment on s'y prend :
    • la menace
    • le recours à la force (violence)
    • d'autres formes de contrainte
    • l'enlèvement
    • la fraude
    • la tromperie
    • l'abus d'autorité ou d'une situation de vulnérabilité
    • l'offre ou l'acceptation de paiements ou d'avantages pour obtenir le consentement d'une personne ayant autorité sur une autre
learn-purpose = BUT — l'exploitation, qui comprend au minimum :
    • l'exploitation de la prostitution d'autrui ou d'autres formes d'exploitation sexuelle
    • le travail ou les services forcés, y compris la mendicité
    • l'esclavage ou les pratiques analogues à l'esclavage
    • la servitude
    • l'exploitation d'activités criminelles
    • le prélèvement d'organes
learn-child = 🧒 La règle pour les enfants (moins de 18 ans)
    • Pour un enfant, inutile de vérifier si un MOYEN a été utilisé : un ACTE accompli dans un BUT d'exploitation suffit pour présumer la traite.
    • Le consentement d'un enfant à l'exploitation sexuelle n'est jamais considéré comme librement donné.
    • Certains mineurs ont des raisons de se faire passer pour des adultes. En cas de doute sur le fait que la personne soit un enfant, présumez que c'est un enfant et suivez les procédures prévues pour les enfants ; un organisme spécialisé détermine l'âge par la suite.
    • S'il existe des raisons suffisantes de soupçonner que l'enfant a fait l'objet d'une forme d'exploitation, contactez immédiatement la protection de l'enfance. En attendant, aidez l'enfant à se sentir en sécurité et prêtez attention à ses peurs.
learn-sexual = Exploitation sexuelle
    Le fait d'être contraint(e) d'accomplir des actes sexuels avec ou pour un tiers, contre paiement.
    Cela peut se produire dans toutes sortes de lieux, par exemple des services sexuels forcés dans des hôtels et des salons de massage.
learn-chose = « Elle (ou il) dit avoir librement choisi de se prostituer ou de fournir des services sexuels. »
    Cela ne change rien sur le plan juridique.
    • Un enfant (moins de 18 ans) : inutile de démontrer qu'un moyen a été utilisé pour le tromper ou le contraindre. Le consentement d'un enfant à l'exploitation sexuelle n'est jamais considéré comme librement donné.
    • Un adulte : le consentement est aussi indifférent lorsque l'un des MOYENS a été utilisé pour l'exploiter sexuellement d'une manière ou d'une autre.
learn-victim = Qui peut être victime d'exploitation sexuelle ?
    Tout le monde : hommes et femmes (y compris les personnes trans), adultes et enfants, nationaux et étrangers, quel que soit leur statut juridique.
    Toute personne qui travaille dans la prostitution ou le secteur du sexe est exposée, en particulier :
    • les femmes et les hommes migrants dans la prostitution ;
    • les personnes qui ignorent leurs droits parce qu'elles sont analphabètes ou ont une déficience intellectuelle ;
    • les personnes emmenées dans des lieux isolés et cachés pour s'y prostituer, et qui vivent là où elles travaillent ;
    • les personnes issues de certaines communautés ou minorités ;
    • les enfants des rues, les enfants sans parents ni tuteur, les enfants négligés ;
    • les jeunes qui ont besoin d'argent, ainsi que les enfants et les jeunes actifs sur des réseaux internet.
learn-trafficker = Qui peut être trafiquant ?
    Tout le monde : hommes et femmes, nationaux et travailleurs migrants.
    • Les trafiquants peuvent faire partie de la famille de leurs victimes ou avoir la même nationalité ; ils peuvent même travailler ou vivre avec elles.
    • Il peut s'agir de personnes ayant exercé la prostitution, elles-mêmes victimes de la traite par le passé, passées du côté des trafiquants pour gagner de l'argent.
    • Certains organisent le recrutement, d'autres le transport et le transfert des victimes ; d'autres encore se contentent d'héberger ou d'accueillir les victimes, pour les placer dans une situation où elles peuvent être exploitées.
learn-smuggling = ↔ Quelqu'un a payé cher pour entrer illégalement dans le pays. Est-elle ou est-il victime de la traite ?
    Pas forcément. Se faire payer pour organiser le franchissement illégal d'une frontière n'est pas de la traite : c'est du trafic illicite de migrants.
    Trafic illicite de migrants : le fait d'assurer, afin d'en tirer, directement ou indirectement, un avantage financier ou un autre avantage matériel, l'entrée illégale dans un État d'une personne qui n'est ni un ressortissant ni un résident permanent de cet État (Protocole des Nations unies contre le trafic illicite de migrants, art. 3 a).
    • Le migrant accepte de payer le passeur pour qu'il organise ou facilite l'entrée illégale.
    • Le passeur ne se soucie pas de ce qui arrive aux migrants après la frontière : son but est le gain financier, pas l'exploitation.
    • Le trafic illicite de migrants est une infraction contre l'État (entrée illégale), pas contre le migrant, qui a payé pour un « service ».
learn-differences = ↔ Traite et trafic de migrants : les quatre différences
    • But — traite : exploitation · trafic de migrants : avantage financier ou autre avantage matériel
    • Consentement — traite : indifférent · trafic de migrants : oui, la personne est un « client » qui paie pour le « service »
    • Caractère transnational — traite : non requis · trafic de migrants : requis
    • Infraction — traite : contre la personne · trafic de migrants : contre l'État

    Les deux peuvent pourtant être liés et difficiles à distinguer : des migrants passés par un passeur et des victimes de la traite peuvent franchir une frontière dans le même groupe, car les réseaux criminels sont liés entre eux. Et un migrant qui a accepté de recourir à un passeur peut tout de même devenir victime de la traite pendant le transport ou à destination.
learn-why = Pourquoi l'identification compte
    L'identification de première ligne n'est que la première étape d'un long processus de protection des victimes. Beaucoup de personnes ne veulent pas être qualifiées de victimes, mais les victimes potentielles sont très probablement en danger, et les protéger fait partie de la mission des personnes qui exercent votre métier. Les six raisons :
    1. La personne doit être protégée contre ceux qui l'exploitent, lui font du mal ou la menacent.
    2. Sans identification, une personne étrangère sans papiers valides pourrait être placée en centre de rétention, même si elle est victime. Les victimes potentielles doivent être traitées comme des victimes, pas comme des criminels.
    3. Une fois identifiée, la personne est orientée vers l'organisme compétent, qui peut la protéger et répondre à ses besoins immédiats et à court terme.
    4. Cela peut aider à libérer d'autres hommes, femmes, garçons et filles exploités de la même manière ou d'une manière similaire : les trafiquants font généralement plusieurs victimes.
    5. Cela peut aider à réunir des preuves et conduire à l'arrestation et à la poursuite de ceux qui ont abusé de la victime.
    6. Cela peut, à terme, permettre à la victime d'obtenir une indemnisation et réparation en justice.
learn-role = Votre rôle
    Votre rôle se limite à repérer les signes indiquant qu'une personne pourrait être victime de la traite. Si c'est le cas, informez les autorités compétentes et proposez à la personne une orientation en vue d'une identification formelle et d'un accompagnement.
    Les étapes, dans l'ordre du guide :
    1. La sécurité d'abord : danger → partez et appelez la police.
    2. Besoins essentiels : abri, nourriture, boisson, repos.
    3. Est-ce un enfant ? En cas de doute, présumez que c'est un enfant.
    4. Se comprendre : un interprète acceptable pour vous deux, jamais une connaissance, un ami ou un « collègue » de la personne.
    5. Instaurer la confiance : qui vous êtes, consentement à l'entretien et à la prise de notes ; identité transmise uniquement avec son consentement.
    6. Écouter, observer, demander : cochez les signes dans l'annexe 1.
    7. Proposer une orientation vers un organisme spécialisé.
    8. Agir : A enfant · B orienter · C pas encore · D autre aide.
learn-rights = Après l'orientation : droits d'une victime présumée
    Un ou une spécialiste s'entretient avec la personne. Une fois identifiée comme victime présumée, une personne adulte qui y a consenti a droit à :
    • un délai de rétablissement et de réflexion d'au moins 30 jours (3 mois dans certains pays de l'UE), pendant lequel elle peut rester dans le pays même sans droit au séjour, pour se rétablir et décider si elle coopère avec les autorités ;
    • une protection contre ses anciens exploiteurs, avec des mesures de sécurité fixées après une évaluation des risques et en concertation avec elle ;
    • la protection de sa sécurité physique et de son bien-être, y compris un hébergement sûr ;
    • un interprète ;
    • une aide juridique gratuite ;
    • des soins médicaux et pharmaceutiques si nécessaire ;
    • des services et soins psychosociaux.
    Si vous ne pouvez pas l'expliquer vous-même, dites que le personnel de l'organisme spécialisé expliquera toute la procédure et répondra à toutes les questions.
learn-status = Plus tard : le statut officiel de victime
    Cet organisme ou un autre organisme compétent examine le dossier plus en détail et peut accorder le statut officiel de victime. Ce statut donne droit à :
    • un titre de séjour / une autorisation de travail de longue durée pour les victimes de pays tiers sans titre de séjour ;
    • une indemnisation ;
    • des possibilités d'éducation et de formation pour les plus jeunes victimes ;
    • des soins médicaux et pharmaceutiques réguliers ;
    • un retour sûr et digne dans le pays d'origine (parfois un autre pays), si la victime le souhaite.
learn-rights-child = Un enfant identifié comme victime présumée peut bénéficier de mesures spécifiques :
    • des mesures spéciales pour établir l'identité et la nationalité de l'enfant, et savoir s'il est entré dans le pays accompagné ;
    • une assistance juridique ;
    • l'accès à une indemnisation ;
    • tous les efforts possibles pour retrouver la famille de l'enfant ;
    • l'accès à l'école ou à une autre forme d'éducation ;
    • un retour volontaire, si l'enfant le souhaite et que la protection de l'enfance a établi que c'est dans l'intérêt supérieur de l'enfant.

## La référence des indicateurs.

learn-indicators-home = 🔎 Les signes de traite aux fins d'exploitation sexuelle selon le guide, groupe par groupe.
    👁 repéré en observant la personne · 👂 appris en l'écoutant.
    Les listes ne sont pas exhaustives : des signes s'ajoutent ou changent à mesure que les trafiquants changent de méthodes.
learn-group-purpose = BUT · exploitation sexuelle
learn-group-recruitment = ACTE · recrutement
learn-group-transport = ACTE · transport/transfert
learn-group-harbouring = ACTE · hébergement/accueil
learn-group-threat = MOYENS · menace
learn-group-violence = MOYENS · violences
learn-group-movement = MOYENS · restriction des déplacements
learn-group-isolation = MOYENS · isolement
learn-group-documents = MOYENS · rétention des documents
learn-group-wages = MOYENS · retenue des salaires
learn-group-deception = MOYENS · tromperie
learn-group-vulnerability = MOYENS · abus de vulnérabilité
learn-group-debt = MOYENS · servitude pour dettes
learn-indicators-next = Groupe suivant ➜
learn-indicators-all = ◀ Tous les groupes
learn-indicators-purpose = 🔎 BUT — avez-vous remarqué des signes indiquant que la personne est victime d'exploitation sexuelle ?
learn-indicators-act = 🔎 ACTE — avez-vous remarqué l'un de ces signes ?
learn-indicators-means = 🔎 MOYENS — avez-vous remarqué l'un de ces signes ?
learn-indicator-group = { $text } :
learn-indicator-line = { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }

learn-btn-rules = ⚖ Règles de votre pays
learn-btn-directive = 🆕 Nouveautés depuis le guide (2024)
learn-rules = Les règles là où vous travaillez
    Qui identifie formellement une victime, la durée du délai de réflexion, si vous devez signaler, et l'aide juridique — d'après les sources trouvées. Faute de source, la ligne le dit et indique à qui poser la question.
learn-directive = Nouveautés depuis le guide : directive (UE) 2024/1712
    Elle modifie la directive 2011/36/UE, sur laquelle repose le guide (2013). Elle est entrée en vigueur le 14 juillet 2024 ; les États membres devaient la transposer au plus tard le 15 juillet 2026.
    • Nouvelles formes d'exploitation : exploitation de la gestation pour autrui, du mariage forcé et de l'adoption illégale.
    • Le fait de recourir sciemment aux services fournis par une victime doit être sanctionné (comme infraction pénale, selon les communiqués de la Commission).†
    • L'aide doit être spécialisée, commencer dès qu'il existe des motifs raisonnables de croire qu'une personne est victime, et ne pas dépendre de sa coopération à l'enquête.
    • La traite aux fins d'exploitation sexuelle commise au moyen des technologies de l'information et de la communication devient une circonstance aggravante.†
    • Des mécanismes nationaux d'orientation formels, des coordinateurs et des plans d'action nationaux contre la traite.†
    † Points connus seulement par des sources secondaires (communiqués sur l'accord et sur l'acte adopté), pas par le texte de la directive : vérifiez votre droit national.
