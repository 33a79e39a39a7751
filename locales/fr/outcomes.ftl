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
