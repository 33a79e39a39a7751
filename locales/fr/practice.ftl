## Entraînement : mises en situation tirées du guide, avec score et explications.
## Les histoires sont inventées ; chaque règle qu'elles enseignent est celle du guide (de « Qu'est-ce que la
## traite des êtres humains ? » à « Agir », et les indicateurs).

practice-intro = 🎯 Entraînez-vous avec des mises en situation tirées du guide.
    Pour chaque histoire : cochez les groupes de signes que vous voyez (BUT, ACTE, MOYENS), puis choisissez la première action. Les deux sont notés, et chaque oubli et chaque erreur est expliqué à partir du guide.
    Une série propose quelques mises en situation dans un ordre aléatoire. Rien de ce qui vous concerne n'est conservé après la session.
practice-start = Commencer ➜
practice-learn = 📖 Apprendre d'abord
practice-again = 🔁 Une autre série
practice-head = 📋 Mise en situation { $n } sur { $total }
practice-signals-prompt = Quels groupes de signes l'histoire montre-t-elle ? Cochez chacun d'eux (☑), puis Terminé. Aucun ? Touchez simplement Terminé.
practice-action-prompt = Que faites-vous en premier ?
practice-group-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $text }
practice-act-unsafe = ⚠ Partir et appeler la police
practice-act-a = 🧒 Protection de l'enfance, sans attendre
practice-act-b = 🤝 Orienter vers l'organisme spécialisé
practice-act-c = 📇 Faire reconsidérer, donner contacts
practice-act-d = ℹ Organisations d'aide, informations
practice-feedback-head = 📋 Mise en situation { $n } sur { $total } · correction
practice-signals-result = { $expected ->
        [0] { $wrong ->
            [0] ✓ Groupes de signes : aucun coché — exact, l'histoire ne montre aucun signe.
           *[other] Groupes de signes : l'histoire n'en montre aucun ; { $wrong } { $wrong ->
                [one] erreur
               *[other] erreurs
            }.
        }
       *[other] Groupes de signes trouvés : { $found } sur { $expected }, { $wrong } { $wrong ->
            [one] erreur
           *[other] erreurs
        }.
    }
practice-group-right = ✓ { $text }
practice-group-missed = ✗ Oublié : { $text } — les signes de l'histoire :
practice-sign = { "   " }• { $text }
practice-group-also = ≈ { $text } : non compté. { $note }
practice-also = Une lecture de l'histoire qui se défend aussi.
practice-group-wrong = ✗ Absent de cette histoire : { $text }. { $note }
practice-groups-wrong = ✗ Absents de cette histoire : { $text }. Aucun des signes du guide pour ces groupes n'y apparaît (🔎 Indicateurs les liste).
practice-action-right = ✓ Première action : { $answer }.
practice-action-wrong = ✗ Première action : vous avez choisi { $chosen }. { $note }
    → La première action selon le guide ici : { $answer }.
practice-score = Score actuel : groupes de signes { $found } sur { $expected } (erreurs : { $wrong }) · premières actions { $right } sur { $done }.
practice-next = Mise en situation suivante ➜
practice-finish = 🏁 Bilan
practice-summary = 🏁 Série terminée : { $done } { $done ->
        [one] mise en situation
       *[other] mises en situation
    }.
    Groupes de signes trouvés : { $found } sur { $expected } · erreurs : { $wrong }
    Première action correcte : { $right } sur { $done }

    À relire (📖 Apprendre) : { $read }
    À revoir (🔎 Indicateurs) : { $groups }

## À quoi sert chaque première action (sections du guide « Que faire et comment ? » et « Agir »).
practice-when-unsafe = C'est pour une situation dangereuse : un proxénète ou un criminel présent, qui écoute ou vous menace, vous ou la personne.
practice-when-a = C'est pour un enfant (moins de 18 ans), ou en cas de doute sur le fait que la personne soit un enfant.
practice-when-b = C'est pour une personne adulte qui pourrait, selon vous, être victime et qui accepte l'orientation.
practice-when-c = C'est pour une personne adulte qui pourrait, selon vous, être victime et qui n'accepte pas (encore) l'orientation.
practice-when-d = C'est pour une personne qui, selon vous, n'est pas victime de la traite mais a besoin d'aide.

## Les signes d'un groupe selon le guide, pour un groupe coché que l'histoire ne montre pas.
practice-hint-purpose = Signes de ce groupe : ne peut pas refuser de clients (même en cas de maladie ou de grossesse, ou sans préservatif) ; ne peut pas garder l'argent qu'elle gagne ; toujours accompagné(e) pour sortir ; ni pauses, ni jours de repos, ni temps libre ; déplacé(e) d'un lieu à un autre sans son consentement.
practice-hint-recruitment = Signes de ce groupe : ne savait pas quel serait son lieu de travail ; a payé des frais de recrutement excessifs ; pas de contrat, des conditions mal définies, ou un contrat dans une langue qu'il ou elle ne maîtrise pas.
practice-hint-transport = Signes de ce groupe : n'a pas organisé son propre voyage ni connu l'itinéraire ; a peur de la personne qui l'accompagne ; une tierce personne lui rend son passeport juste avant la frontière ; les voyageurs d'un groupe ne semblent pas se connaître.
practice-hint-harbouring = Signes de ce groupe : vit et dort sur son lieu de travail ; lieux de couchage surpeuplés et insalubres, sans installations sanitaires de base ni intimité ; liberté de mouvement limitée sur son lieu d'hébergement.
practice-hint-threat = Signes de ce groupe : peur ou malaise, surtout avec le patron ou les personnes qui l'ont accompagné(e) ; propos incohérents ou air endoctriné ; accompagnateurs qui se comportent de manière agressive à son égard.
practice-hint-violence = Signes de ce groupe : blessures visibles ; signes de peur ou de malaise (transpiration, tremblements, évitement du regard) ; passages fréquents aux urgences pour des blessures, des IST ou un avortement.
practice-hint-movement = Signes de ce groupe : vit et travaille au même endroit ; mesures de contrôle sur le lieu de travail (caméras, panneaux interdisant de sortir, fenêtres à barreaux, portes verrouillées) ; déplacé(e) par le proxénète sans son consentement.
practice-hint-isolation = Signes de ce groupe : ne connaît pas son adresse ; lieu de travail isolé ; peu ou pas d'accès au téléphone, au courrier ou à internet ; le proxénète ou l'employeur répond ou traduit à sa place.
practice-hint-documents = Signes de ce groupe : pas d'accès à ses documents d'identité ni à d'autres effets importants (billet de retour), même sur demande ; d'autres personnes dans la même situation ; documents qui semblent falsifiés.
practice-hint-wages = Signes de ce groupe : doit remettre au responsable tout l'argent des clients ; pas de contrat ni de preuve de salaire ; paiements irréguliers ou en retard ; ne connaît pas le montant de ses gains.
practice-hint-deception = Signes de ce groupe : ne savait pas que le travail consisterait à se prostituer ; conditions différentes de ce qui avait été promis ; a signé un nouveau contrat après son arrivée sur le lieu de travail.
practice-hint-vulnerability = Signes de ce groupe : pas de titre de séjour ni d'autorisation de travail ; appartient à un groupe discriminé ; peu d'instruction, analphabète ou ne parle pas la langue locale ; dépend d'autres personnes à plusieurs égards ; lié(e) affectivement et économiquement à l'employeur ou au recruteur ; parle avec crainte de ses croyances.
practice-hint-debt = Signes de ce groupe : doit rembourser des frais excessifs (recrutement, voyage, logement, nourriture) retenus sur ses gains ; remboursement des avances opaque ou manipulé ; doit travailler pour rembourser un prêt ou des dettes ; les parents ont été payés pour laisser partir leur enfant.

## Remarques communes à plusieurs mises en situation.
practice-s-child-not-b = B et C concernent les adultes. Pour un enfant, la protection de l'enfance passe en premier, sans attendre.
practice-s-agrees-not-c = C concerne une personne qui n'accepte pas (encore) l'orientation ; cette personne l'a acceptée.
practice-s-refuses-not-b = B suppose que la personne accepte l'orientation, et cette personne ne l'accepte pas (encore).
practice-s-no-signs-not-bc = L'orientation (B) ou la demande de reconsidérer sa décision (C) concernent une personne qui pourrait, selon vous, être victime ; rien dans cette histoire n'indique une situation de traite.
practice-s-unsafe-not-bc = Tant qu'un proxénète ou un criminel écoute ou menace, vous ne pouvez pas parler en sécurité, et encore moins proposer une orientation.
practice-s-also-fear = La peur, surtout envers un patron ou un accompagnateur, est aussi un signe de menace.
practice-s-also-debt-wages = Le guide classe une dette remboursée sur les gains dans la servitude pour dettes : c'est donc dans ce groupe qu'elle compte ici. L'annexe 1 n'a pas de ligne pour la servitude pour dettes : le repérage note une telle dette sur la ligne « { annex-row-wages } » ; votre lecture rejoint donc le tableau.
practice-s-also-false-promise = Être amené(e) par une fausse promesse peut être vu comme du recrutement (un ACTE), même si le guide le classe dans la tromperie.

## A · une fille de 15 ans
practice-s-girl-15 = Maraude, en soirée. Une fille vous dit qu'elle a 15 ans. Elle vit dans un appartement avec un homme rencontré en ligne. Des hommes viennent à l'appartement, et elle doit lui remettre tout l'argent qu'ils paient. Elle n'a jamais le droit de sortir sans lui.
practice-s-girl-15-why = Elle a 15 ans : c'est une enfant. Pour un enfant, un ACTE dans un BUT d'exploitation suffit ; aucun MOYEN n'a à être démontré, et son consentement n'est jamais considéré comme librement donné. S'il y a des raisons de soupçonner qu'elle est exploitée, contactez immédiatement la protection de l'enfance ; en attendant, aidez-la à se sentir en sécurité et prêtez attention à ses peurs.
practice-s-girl-15-also-recruitment = L'avoir trouvée en ligne et prise chez lui peut être vu comme du recrutement (un ACTE), même si aucun des signes de recrutement listés par le guide ne figure dans l'histoire.

## A · âge incertain
practice-s-age-doubt = Inspection d'un salon de massage. Une jeune femme dit avoir 19 ans, mais elle paraît beaucoup plus jeune et donne deux années de naissance différentes. En plus des massages, elle doit proposer des services sexuels, et elle doit remettre tout l'argent au gérant, qui garde son passeport.
practice-s-age-doubt-why = Vous doutez de son âge : présumez que c'est une enfant et suivez les procédures prévues pour les enfants ; un organisme spécialisé déterminera son âge par la suite. Certains mineurs ont des raisons de se faire passer pour des adultes. S'il y a des raisons de soupçonner une exploitation, contactez immédiatement la protection de l'enfance.
practice-s-age-doubt-not-adult = En cas de doute sur l'âge, présumez que la personne est un enfant. B et C concernent les adultes ; D ne vaut pour un enfant que s'il n'y a aucune raison de soupçonner une exploitation, et ici il y en a.

## A · un garçon de 16 ans qui dit le vouloir
practice-s-boy-16 = Dans une gare, un garçon de 16 ans vous dit qu'il rencontre des hommes pour du sexe contre de l'argent « parce qu'il le veut ». Un homme plus âgé organise les rencontres, prend l'argent et lui en donne une petite partie. Le garçon ne sait pas combien les hommes paient.
practice-s-boy-16-why = Il a 16 ans : c'est un enfant, et les garçons aussi peuvent être victimes. Le consentement d'un enfant à l'exploitation sexuelle n'est jamais considéré comme librement donné, et pour un enfant, aucun MOYEN n'a à être démontré. S'il y a des raisons de soupçonner qu'il est exploité, contactez immédiatement la protection de l'enfance.
practice-s-boy-16-not-d = « Il le veut » ne compte pas : le consentement d'un enfant n'est jamais librement donné, et il y a des raisons de soupçonner une exploitation.

## B · la promesse d'un emploi en cuisine
practice-s-kitchen-promise = Une femme venue de l'étranger, qui travaille dans une vitrine de prostitution, vous dit qu'on lui avait promis un emploi dans la cuisine d'un hôtel ; elle ne savait pas où elle travaillerait vraiment. L'« agence » a organisé son voyage. À son arrivée, on lui a dit qu'elle devait se prostituer. L'agence garde son passeport et prend tout l'argent de ses clients. Elle tremble et évite votre regard. Quand vous lui proposez une orientation vers un organisme spécialisé, elle accepte.
practice-s-kitchen-promise-why = Signes d'ACTE (recrutement, transport), de MOYENS (tromperie, rétention des documents, retenue des salaires, peur) et de BUT (exploitation sexuelle) : elle pourrait être victime. Elle est adulte et accepte : contactez l'organisme spécialisé pour l'orienter. Son identité n'est transmise qu'avec son consentement.

## B · « Je l'ai choisi librement »
practice-s-chose-freely = Une femme qui se prostitue dans un club dit : « J'ai choisi ce travail librement. » En poursuivant la conversation, elle vous explique qu'elle doit rembourser une somme énorme pour le voyage et sa chambre, prélevée directement sur ses gains, et que le propriétaire garde son passeport « par sécurité ». Elle accepte de voir un spécialiste.
practice-s-chose-freely-why = « Je l'ai choisi librement » ne change rien ici : pour un adulte, le consentement est indifférent dès qu'un MOYEN a été utilisé — ici la servitude pour dettes et la rétention de son passeport. Elle pourrait être victime et accepte : orientez-la vers l'organisme spécialisé.
practice-s-chose-freely-not-d = Son libre choix ne règle pas la question : des moyens ont été utilisés, donc son consentement est indifférent, et elle pourrait être victime.

## B · servitude pour dettes
practice-s-debt-bondage = Une femme venue de l'étranger vit et dort dans le club où elle doit se prostituer. Les personnes qui ont organisé son voyage disent qu'elle leur doit une somme énorme pour le trajet, la chambre et la nourriture, et qu'elle doit travailler jusqu'à l'avoir remboursée. Elle ne sait pas combien elle a gagné. Elle accepte d'être orientée.
practice-s-debt-bondage-why = La servitude pour dettes est un MOYEN : une dette excessive pour le voyage, le logement et la nourriture, qu'elle doit rembourser en travaillant. Avec des signes d'ACTE (transport, hébergement) et d'autres MOYENS, elle pourrait être victime ; elle accepte : orientez-la vers l'organisme spécialisé.

## B · une ressortissante du pays
practice-s-national = Une femme née et élevée dans ce pays se prostitue. Son « manager » la déplace de ville en ville sans lui demander son avis, elle travaille tous les jours sans jour de repos, et elle ne peut pas vous donner l'adresse où elle dort. Elle accepte de parler à un spécialiste.
practice-s-national-why = Tout le monde peut être victime — les nationaux comme les étrangers, quel que soit leur statut juridique — et la traite ne suppose pas de franchir une frontière. Signes de BUT et de MOYENS : elle pourrait être victime ; elle accepte : orientez-la vers l'organisme spécialisé.
practice-s-national-also-transport = La déplacer ainsi peut être vu comme du transport ou du transfert (un ACTE), même si le guide classe ce signe dans le but et la restriction des déplacements.
practice-s-national-not-d = Être ressortissante du pays n'exclut pas la traite : tout le monde peut être victime, et les signes ici peuvent l'indiquer.

## B · un jeune homme
practice-s-young-man = Un jeune homme venu de l'étranger travaille dans la prostitution masculine. Il est venu pour ce qu'on lui avait présenté comme un travail dans un bar et ne savait pas qu'il devrait vendre des services sexuels. L'homme qui l'emploie garde sa carte d'identité, et il ne peut ni refuser de clients ni exiger de préservatif. Il accepte d'être orienté.
practice-s-young-man-why = Tout le monde peut être victime, les hommes comme les femmes. Signes de MOYENS (tromperie, rétention des documents) et de BUT (il ne peut pas refuser de clients) : il pourrait être victime ; il accepte : orientez-le vers l'organisme spécialisé.

## B · un minibus à la frontière
practice-s-minibus = Lors d'un contrôle à la frontière, le chauffeur d'un minibus rend son passeport à une jeune femme juste avant le poste de contrôle. Les passagers ne semblent pas se connaître. Elle semble avoir peur du chauffeur. Interrogée seule, elle dit qu'elle va travailler « dans un bar » mais ne sait pas où, et qu'elle doit le trajet au patron du chauffeur et doit le rembourser en travaillant. Elle accepte d'être orientée.
practice-s-minibus-why = Signes d'ACTE (recrutement, transport) et de MOYENS (servitude pour dettes, peur) : elle pourrait être victime. Elle est adulte et accepte : orientez-la vers l'organisme spécialisé, qui procède à l'identification formelle.
practice-s-minibus-not-d = Le passeport rendu à la frontière, la peur et la dette qu'elle doit rembourser en travaillant sont des signes de traite, pas seulement d'un besoin d'aide.

## C · au centre de soins
practice-s-clinic = Dans un centre de soins, une femme que vous avez vue plusieurs fois pour des blessures et des IST arrive avec de nouvelles ecchymoses et des brûlures de cigarette. Elle dit qu'elle doit voir des clients tous les jours, même quand elle est malade. Quand vous lui proposez une orientation, elle dit non, pas maintenant.
practice-s-clinic-why = Elle pourrait être victime (MOYENS : violences ; BUT : forcée de travailler même malade, sans jour de repos), mais elle n'accepte pas encore l'orientation. Demandez-lui de reconsidérer sa décision ; donnez-lui une liste de contacts au cas où elle changerait d'avis, et les coordonnées d'organisations pour des besoins particuliers comme des examens médicaux ou une aide juridique. Dans certains pays, vous devez informer les autorités d'une infraction, quel que soit le consentement de la victime ; si c'est le cas, vous devez le faire.

## C · une amie propose de servir d'interprète
practice-s-friend-interpreter = Dans un club, une femme ne parle pas la langue locale. Une femme qui travaille dans le même club propose : « Je suis son amie, je vais traduire. » Vous voyez des ecchymoses récentes sur ses bras ; elle tremble et évite votre regard. Aucun autre interprète n'est joignable ce soir.
practice-s-friend-interpreter-why = N'acceptez jamais comme interprètes des connaissances, des amis ou des « collègues » de son groupe : ils peuvent avoir des liens avec le trafiquant. Sans interprète acceptable pour vous deux, elle ne peut pas accepter d'orientation ce soir. Vous soupçonnez qu'elle pourrait être victime : donnez-lui une liste de contacts au cas où elle voudrait de l'aide, et les coordonnées d'organisations pour des besoins particuliers comme des examens médicaux ou une aide juridique. Si la loi vous oblige à signaler une infraction, vous devez le faire.
practice-s-friend-interpreter-not-b = B suppose qu'elle accepte l'orientation, et sans interprète acceptable pour vous deux, elle ne peut pas donner son accord. Son « amie » peut avoir des liens avec le trafiquant.
practice-s-friend-interpreter-not-unsafe = Ici, personne n'écoute comme le ferait un proxénète, et personne ne vous menace, ni vous ni elle. Le risque, c'est l'« amie » comme interprète : déclinez sa proposition.

## C · elle refuse de parler
practice-s-refuses-talk = Lors de l'inspection d'une maison où des services sexuels sont proposés, une femme ne veut pas vous parler. Vous remarquez des caméras dans le couloir, un panneau indiquant que les femmes n'ont pas le droit de sortir, et des fenêtres qui ne s'ouvrent pas. Elle n'a pas de téléphone.
practice-s-refuses-talk-why = Respectez son souhait de ne pas parler. Les mesures de contrôle et l'absence de téléphone sont des signes de MOYENS (restriction des déplacements, isolement) : vous soupçonnez qu'elle pourrait être victime, et elle n'accepte pas l'orientation. Demandez-lui de reconsidérer sa décision, donnez-lui une liste de contacts et les coordonnées d'organisations pour des besoins particuliers. Dans certains pays, vous devez de toute façon informer les autorités d'une infraction.
practice-s-refuses-talk-not-d = Son silence ne veut pas dire qu'il n'y a rien : les signes peuvent indiquer une situation de traite. D concerne une personne qui, selon vous, n'est pas victime.

## C · un « loverboy »
practice-s-loverboy = Une femme de 19 ans est tombée amoureuse d'un homme qui disait qu'ils avaient besoin d'argent pour leur avenir ensemble. Il lui a dit qu'elle travaillerait comme hôtesse. Aujourd'hui, elle voit des clients tous les jours, lui remet tout l'argent, et il garde son téléphone. Elle dit qu'elle le fait pour lui et ne veut pas entendre parler d'orientation.
practice-s-loverboy-why = Le « loverboy » la lie affectivement et économiquement (abus de vulnérabilité) et l'a trompée sur le travail : des moyens ont été utilisés, donc « je le fais pour lui » n'est pas un consentement libre. Elle n'accepte pas l'orientation : demandez-lui de reconsidérer sa décision, donnez-lui des contacts au cas où elle changerait d'avis, et les coordonnées d'organisations pour des besoins particuliers. Dans certains pays, vous devez de toute façon informer les autorités.
practice-s-loverboy-also-recruitment = Un « loverboy » recrute par la séduction, et le recrutement est un ACTE, même si aucun des signes de recrutement listés par le guide ne figure dans l'histoire.
practice-s-loverboy-not-d = Des moyens ont été utilisés, donc son consentement est indifférent et elle pourrait être victime. D concerne une personne qui, selon vous, n'est pas victime.

## C · une femme transgenre
practice-s-trans-woman = Une femme transgenre se prostitue dans l'appartement où elle vit avec six autres personnes ; il est surpeuplé et n'a ni vraies toilettes ni douche. Le « propriétaire » prend tout l'argent de ses clients, et elle ne sait pas combien elle a gagné. Elle ne veut pas être orientée.
practice-s-trans-woman-why = Tout le monde peut être victime, quel que soit son genre. Signes d'ACTE (hébergement), de MOYENS (retenue des salaires, restriction des déplacements) et de BUT : elle pourrait être victime. Elle ne veut pas d'orientation : demandez-lui de reconsidérer sa décision, donnez-lui des contacts et les coordonnées d'organisations pour des besoins particuliers ; informez les autorités si la loi vous y oblige.

## D · besoin d'aide, aucun signe
practice-s-needs-help = Maraude dans un quartier de prostitution. Une femme qui travaille à son compte vous dit qu'elle garde son argent et son passeport, choisit ses horaires et peut arrêter quand elle veut. Elle demande où elle peut faire un bilan de santé.
practice-s-needs-help-why = Rien dans l'histoire n'indique un ACTE, un MOYEN ou un BUT, mais elle a besoin d'aide : donnez-lui une liste d'organisations d'aide spécifiques et des informations sur la traite des êtres humains.

## D · pas d'endroit où dormir
practice-s-no-shelter = Une femme qui travaillait dans un club l'a quitté d'elle-même il y a un mois. Elle a son passeport, son téléphone et ses économies, et personne ne la poursuit, mais elle n'a pas d'endroit où dormir ce soir et vous demande de l'aide.
practice-s-no-shelter-why = Aucun signe d'ACTE, de MOYENS ou de BUT : vous pensez qu'elle n'est pas victime, mais elle a besoin d'aide. Donnez-lui une liste d'organisations d'aide spécifiques et des informations sur la traite des êtres humains.

## D · trafic de migrants, pas traite
practice-s-smuggled = Un jeune homme vous dit qu'il a lui-même trouvé un passeur et l'a payé cher pour lui faire passer la frontière. Le passeur l'a laissé dans une gare. Il vit maintenant chez un cousin, va où il veut et ne travaille pour personne. Il n'a pas de titre de séjour et demande où obtenir des conseils juridiques.
practice-s-smuggled-why = C'est du trafic illicite de migrants, pas de la traite : il a accepté de payer pour franchir illégalement une frontière, le but du passeur était l'argent, pas l'exploitation, et le trafic de migrants est une infraction contre l'État. L'absence de titre de séjour le rend vulnérable, mais rien n'indique une exploitation. Il a besoin d'aide : donnez-lui une liste d'organisations d'aide et des informations sur la traite. Un migrant passé par un passeur peut tout de même devenir victime plus tard, pendant le transport ou à destination.
practice-s-smuggled-not-transport = Il a organisé et payé lui-même le passage : c'est du trafic de migrants. Les signes de transport du guide décrivent un voyage que d'autres organisent et contrôlent.
practice-s-smuggled-not-recruitment = Payer un passeur, ce ne sont pas des frais de recrutement : personne ne l'a recruté pour travailler.
practice-s-smuggled-not-debt = Il a payé le passeur ; il ne doit rien à personne et ne rembourse aucune dette en travaillant.
practice-s-smuggled-not-bc = Rien n'indique une exploitation : payer pour passer illégalement une frontière, c'est du trafic de migrants, pas de la traite.

## danger · un proxénète écoute
practice-s-pimp-listening = Maraude dans une zone de prostitution de rue. Alors que vous commencez à parler avec une femme, un homme s'approche tout près, écoute chaque mot, répond à vos questions à sa place, lui ordonne sèchement de se taire et vous dit de circuler. Elle fixe le sol.
practice-s-pimp-listening-why = Un proxénète ou un criminel est présent, écoute et menace : la situation est dangereuse pour elle comme pour vous. Partez et appelez la police.
practice-s-pimp-listening-also-violence = Éviter le regard peut être un signe de peur, que le guide classe dans les violences.

## danger · un « cousin » menaçant
practice-s-cousin = Dans un centre de santé, le « cousin » d'une femme insiste pour entrer dans la salle de consultation et tout traduire. Quand vous demandez à la voir seule, il bloque la porte et vous menace.
practice-s-cousin-why = Quelqu'un est présent, écoute et vous menace : la situation est dangereuse. Partez et appelez la police. Et n'acceptez jamais comme interprète un accompagnant de l'entourage de la personne.
practice-s-cousin-also-threat = Son agressivité est aussi un signe de menace, même si le signe du guide est l'agressivité envers la personne ; ici, c'est vous qu'il menace.
