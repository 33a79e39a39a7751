## Quiz : questions vrai/faux et à choix multiples sur les définitions et la procédure du guide.

quiz-intro = ❓ Quiz sur les définitions et la procédure du guide : de courtes questions vrai/faux et à choix multiples, chaque réponse expliquée, avec un score. Un quiz propose quelques questions dans un ordre aléatoire. Rien de ce qui vous concerne n'est conservé après la session.
quiz-start = Commencer ➜
quiz-again = 🔁 Un autre quiz
quiz-head = ❓ Question { $n } sur { $total }
quiz-feedback-head = ❓ Question { $n } sur { $total } · réponse
quiz-right = ✓ Exact : { $answer }.
quiz-wrong = ✗ Vous avez choisi : { $chosen }. La bonne réponse : { $answer }.
quiz-score = Score actuel : { $right } sur { $done }.
quiz-next = Question suivante ➜
quiz-finish = 🏁 Bilan
quiz-summary = 🏁 Quiz terminé : score de { $right } sur { $done }.

    À relire (📖 Apprendre) : { $read }
quiz-option = { $n } · { $text }
quiz-option-button = { $n } · { $text }
quiz-true = Vrai
quiz-false = Faux

quiz-q-elements = La définition européenne de la traite repose sur trois éléments. Lesquels ?
quiz-q-elements-a = ACTE, MOYENS et BUT
quiz-q-elements-b = Frontière, paiement et consentement
quiz-q-elements-c = Recrutement, transport et prostitution
quiz-q-elements-why = Un ACTE (comme le recrutement, le transport ou l'hébergement) accompli par certains MOYENS (comme la menace, la tromperie ou l'abus de vulnérabilité) dans un BUT d'exploitation.

quiz-q-child-means = Vrai ou faux : pour un enfant (moins de 18 ans), vous devez démontrer que l'un des MOYENS a été utilisé.
quiz-q-child-means-why = Faux. Pour un enfant, il n'est pas nécessaire de vérifier les moyens : un ACTE dans un BUT d'exploitation suffit pour présumer la traite.

quiz-q-means-example = Lequel de ces éléments fait partie des MOYENS ?
quiz-q-means-example-a = La tromperie
quiz-q-means-example-b = Le transport
quiz-q-means-example-c = La mendicité forcée
quiz-q-means-example-why = La tromperie est un MOYEN. Le transport est un ACTE ; le travail ou les services forcés, y compris la mendicité, relèvent du BUT (une forme d'exploitation).

quiz-q-chose = Vrai ou faux : une adulte dit avoir choisi librement de se prostituer, mais on garde son passeport et elle rembourse une lourde dette en travaillant. Son consentement règle la question : pas de traite.
quiz-q-chose-why = Faux. Le consentement d'un adulte est indifférent lorsque l'un des MOYENS a été utilisé, comme la rétention des documents ou la servitude pour dettes.

quiz-q-child-consent = Vrai ou faux : à 16 ans, on peut consentir librement à l'exploitation sexuelle.
quiz-q-child-consent-why = Faux. Le consentement d'un enfant à l'exploitation sexuelle n'est jamais considéré comme librement donné.

quiz-q-victim = Qui peut être victime d'exploitation sexuelle ?
quiz-q-victim-a = Tout le monde : hommes et femmes, adultes et enfants, nationaux et étrangers
quiz-q-victim-b = Seulement les femmes étrangères sans papiers
quiz-q-victim-c = Seulement les personnes qui ont franchi une frontière
quiz-q-victim-why = Tout le monde peut être victime, quel que soit son statut juridique : hommes et femmes (y compris les personnes trans), adultes et enfants, nationaux et étrangers.

quiz-q-trafficker-family = Vrai ou faux : un trafiquant peut faire partie de la propre famille de la victime.
quiz-q-trafficker-family-why = Vrai. Les trafiquants peuvent faire partie de la famille de leurs victimes ou avoir la même nationalité ; ils peuvent même travailler ou vivre avec elles.

quiz-q-trafficker-former = Vrai ou faux : une femme ayant exercé la prostitution, autrefois victime de la traite, peut elle-même devenir trafiquante.
quiz-q-trafficker-former-why = Vrai. Le guide cite des personnes ayant exercé la prostitution, elles-mêmes victimes par le passé, passées du côté des trafiquants pour gagner de l'argent.

quiz-q-smuggling = Quelqu'un a payé cher pour être amené illégalement dans le pays. Est-il victime de la traite ?
quiz-q-smuggling-a = Pas forcément : c'est du trafic de migrants
quiz-q-smuggling-b = Oui, toujours
quiz-q-smuggling-c = Non, et il ne pourra jamais le devenir
quiz-q-smuggling-why = Pas forcément : se faire payer pour organiser le franchissement illégal d'une frontière, c'est du trafic illicite de migrants. Mais un migrant qui a accepté de recourir à un passeur peut tout de même devenir victime de la traite pendant le transport ou à destination.

quiz-q-transnational = Vrai ou faux : la traite implique toujours le franchissement d'une frontière.
quiz-q-transnational-why = Faux. Le franchissement d'une frontière est requis pour le trafic de migrants, pas pour la traite.

quiz-q-crime-against = Le trafic de migrants est une infraction contre…
quiz-q-crime-against-a = l'État
quiz-q-crime-against-b = le migrant
quiz-q-crime-against-c = la famille du migrant
quiz-q-crime-against-why = Le trafic de migrants est une infraction contre l'État (entrée illégale), pas contre le migrant qui a payé pour un « service ». La traite est une infraction contre la personne.

quiz-q-smuggler-aim = Quel est le but du passeur ?
quiz-q-smuggler-aim-a = Un avantage financier ou un autre avantage matériel
quiz-q-smuggler-aim-b = Exploiter le migrant à destination
quiz-q-smuggler-aim-c = Un titre de séjour pour le migrant
quiz-q-smuggler-aim-why = Le passeur ne cherche qu'un avantage financier ou un autre avantage matériel et ne se soucie pas de ce qui se passe après la frontière. Le but du trafiquant est l'exploitation.

quiz-q-detention = Sans identification, une victime étrangère sans papiers valides pourrait…
quiz-q-detention-a = être placée en centre de rétention
quiz-q-detention-b = obtenir automatiquement un titre de séjour
quiz-q-detention-c = recevoir immédiatement une indemnisation
quiz-q-detention-why = Sans identification, une personne étrangère sans papiers valides pourrait se retrouver en centre de rétention, même si elle est victime. Les victimes potentielles doivent être traitées comme des victimes, pas comme des criminels.

quiz-q-role = Quel est votre rôle en première ligne ?
quiz-q-role-a = Repérer les signes, informer les autorités compétentes et proposer une orientation
quiz-q-role-b = Décider formellement si la personne est victime
quiz-q-role-c = Rien, sauf si la personne demande de l'aide
quiz-q-role-why = Votre rôle se limite à repérer les signes. Si une personne pourrait être victime, informez les autorités compétentes et proposez une orientation en vue d'une identification formelle et d'un accompagnement, qui relèvent d'un organisme spécialisé.

quiz-q-first-step = Qu'est-ce qui vient en premier dans la procédure du guide ?
quiz-q-first-step-a = S'assurer que la situation est sûre
quiz-q-first-step-b = Vérifier les papiers de la personne
quiz-q-first-step-c = Remplir le tableau de l'annexe 1
quiz-q-first-step-why = La sécurité d'abord, pour la personne et pour vous ; puis les besoins essentiels, la question de savoir si c'est un enfant, la compréhension mutuelle, la confiance, et seulement ensuite l'écoute, l'observation et l'annexe.

quiz-q-pimp = Un proxénète est présent et écoute. Que faites-vous ?
quiz-q-pimp-a = Partir et appeler la police
quiz-q-pimp-b = Continuer, en parlant à voix basse
quiz-q-pimp-c = Lui demander de servir d'interprète
quiz-q-pimp-why = Quand la situation est dangereuse, par exemple si un proxénète ou un criminel est présent, écoute ou vous menace, vous ou la personne, partez et appelez la police.

quiz-q-age-doubt = Vous ne savez pas si la personne a moins de 18 ans. Que faites-vous ?
quiz-q-age-doubt-a = Présumer que c'est un enfant et suivre les procédures prévues pour les enfants
quiz-q-age-doubt-b = La traiter comme une adulte tant que son âge n'est pas prouvé
quiz-q-age-doubt-c = Arrêter l'entretien jusqu'à ce qu'elle présente un document
quiz-q-age-doubt-why = En cas de doute, présumez que c'est un enfant et suivez les procédures prévues pour les enfants. Un organisme spécialisé détermine l'âge par la suite.

quiz-q-child-protection = Vrai ou faux : s'il existe des raisons suffisantes de soupçonner qu'un enfant a été exploité, vous contactez immédiatement la protection de l'enfance.
quiz-q-child-protection-why = Vrai. La protection de l'enfance travaille généralement avec une équipe pluridisciplinaire (notamment des psychologues et des médecins) et détermine si l'enfant est victime.

quiz-q-interpreter = Vrai ou faux : une amie de la personne propose de servir d'interprète. Vous pouvez accepter, puisque la personne lui fait confiance.
quiz-q-interpreter-why = Faux. N'acceptez jamais des connaissances, des amis ou des « collègues » du groupe de la personne : ils peuvent avoir des liens avec le trafiquant. Proposez un interprète dont le nom ou le profil est acceptable pour vous deux.

quiz-q-identity = Vrai ou faux : l'identité de la personne n'est transmise qu'avec son consentement.
quiz-q-identity-why = Vrai, et seulement aux organisations qui en ont besoin pour organiser un accompagnement. Dites-le à la personne lorsque vous instaurez la confiance.

quiz-q-observe = Vrai ou faux : certains signes se repèrent en observant la personne, d'autres en écoutant ce qu'elle raconte.
quiz-q-observe-why = Vrai. Les listes du guide contiennent les deux types ; cochez-les dans le formulaire de l'annexe 1 au fur et à mesure que vous les repérez.

quiz-q-exhaustive = Vrai ou faux : les listes de signes du guide sont complètes — sans aucun signe listé, il ne peut pas s'agir de traite.
quiz-q-exhaustive-why = Faux. Les listes ne sont pas exhaustives : des signes s'ajoutent ou changent à mesure que les trafiquants changent de méthodes.

quiz-q-mark-three = Dans le tableau de l'annexe 1, que signifie la note 3 ?
quiz-q-mark-three-a = Informations supplémentaires nécessaires
quiz-q-mark-three-b = Preuves
quiz-q-mark-three-c = Signes présents
quiz-q-mark-three-why = 0 aucun signe · 1 signes présents · 2 preuves · 3 informations supplémentaires nécessaires.

quiz-q-explain = Vrai ou faux : si vous ne pouvez pas expliquer ce qui se passe après l'orientation, vous pouvez dire que le personnel de l'organisme spécialisé expliquera toute la procédure.
quiz-q-explain-why = Vrai. Le personnel de cet organisme expliquera toute la procédure et répondra à toutes les questions de la personne.

quiz-q-reflection = Une victime présumée dispose d'un délai de rétablissement et de réflexion d'au moins…
quiz-q-reflection-a = 30 jours
quiz-q-reflection-b = 7 jours
quiz-q-reflection-c = un an
quiz-q-reflection-why = Au moins 30 jours (3 mois dans certains pays de l'UE), pendant lesquels une victime sans droit au séjour peut rester dans le pays pour se rétablir et décider si elle coopère avec les autorités.

quiz-q-presumed-rights = À quoi une victime présumée adulte qui y consent a-t-elle droit dès son identification ?
quiz-q-presumed-rights-a = Une aide juridique gratuite
quiz-q-presumed-rights-b = Un titre de séjour de longue durée
quiz-q-presumed-rights-c = Une indemnisation
quiz-q-presumed-rights-why = L'aide juridique gratuite accompagne le statut de victime présumée (avec le délai de réflexion, la protection, un hébergement sûr, un interprète, des soins médicaux et psychosociaux). Un titre de séjour de longue durée et l'indemnisation viennent plus tard, avec le statut officiel de victime.

quiz-q-outcome-c = Une personne adulte qui pourrait, selon vous, être victime n'accepte pas l'orientation. Que faites-vous ?
quiz-q-outcome-c-a = Lui demander de reconsidérer sa décision et lui donner des contacts
quiz-q-outcome-c-b = L'orienter quand même
quiz-q-outcome-c-c = Rien : c'est son choix
quiz-q-outcome-c-why = Demandez-lui de reconsidérer sa décision, donnez-lui une liste de contacts au cas où elle changerait d'avis, et les coordonnées d'organisations pour des besoins particuliers comme des examens médicaux ou une aide juridique. Dans certains pays, vous devez informer les autorités d'une infraction, quel que soit le consentement de la victime.

quiz-q-outcome-d = Vous pensez que la personne n'est pas victime, mais elle a besoin d'aide. Que faites-vous ?
quiz-q-outcome-d-a = Lui donner une liste d'organisations d'aide et des informations sur la traite
quiz-q-outcome-d-b = L'orienter vers l'organisme spécialisé
quiz-q-outcome-d-c = Rien : elle n'est pas victime
quiz-q-outcome-d-why = Donnez-lui une liste d'organisations d'aide spécifiques et une brochure d'information sur la traite des êtres humains.
