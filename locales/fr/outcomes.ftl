## Les suites à donner (sections du guide « Que faire et comment ? » et « Agir »). Ids fixes : unsafe, A, B, C, D.

outcome-unsafe = ⚠ Situation dangereuse : partez et appelez la police (112).
    Ne poursuivez pas la conversation tant qu'un proxénète ou un criminel est présent, écoute ou menace.

outcome-a = Suite à donner A · un enfant
    Contactez d'abord la protection de l'enfance, immédiatement. Ses spécialistes (notamment des psychologues et des médecins) déterminent si l'enfant est victime de la traite et décident si et comment contacter les parents ou le tuteur.
    En attendant, aidez l'enfant à se sentir en sécurité et prêtez attention à ses peurs.

outcome-b = Suite à donner B · adulte, victime potentielle, accepte l'orientation
    Contactez l'organisme spécialisé pour orienter la personne en vue d'une identification formelle et d'un accompagnement.
    Son identité n'est transmise qu'avec son consentement.

outcome-c = Suite à donner C · adulte, victime potentielle, n'accepte pas (encore) l'orientation
    • Demandez à la personne de reconsidérer sa décision.
    • Donnez-lui une liste de contacts, au cas où elle changerait d'avis.
    • Donnez les coordonnées d'organisations qui répondent à des besoins particuliers, comme des examens médicaux ou une assistance juridique.
    ⚠ L'obligation d'informer les autorités, quel que soit le consentement de la personne, dépend du pays : voir ses règles ci-dessous.

outcome-d = Suite à donner D · probablement pas victime, mais a besoin d'aide
    Donnez à la personne une liste d'organisations d'aide spécifiques et des informations sur la traite des êtres humains.

outcome-d-child = Suite à donner D · un enfant, sans raison suffisante pour l'instant de soupçonner une exploitation, mais qui a besoin d'aide
    Donnez à l'enfant les contacts pour enfants ci-dessous.
    Si des signes d'exploitation apparaissent plus tard, contactez immédiatement la protection de l'enfance.

outcome-later = Reporté · jusqu'à la venue d'un interprète acceptable pour vous deux
    Vous n'avez pas pu parler avec la personne : rien n'est encore décidé. Pour l'instant, comme pour la suite à donner D, la personne repart avec les contacts ci-dessous. Refaites le repérage une fois l'interprète présent.
