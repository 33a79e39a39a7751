## Les indicateurs du guide (sa section « Quels sont les indicateurs de la traite à des fins d'exploitation
## sexuelle ? ») et les lignes de l'annexe 1 (« Annexe 1 »).

indicator-group-purpose = But : exploitation sexuelle
indicator-group-recruitment = Recrutement
indicator-group-transport = Transport, transfert
indicator-group-harbouring = Hébergement, accueil
indicator-group-threat = Menace
indicator-group-violence = Violences
indicator-group-movement = Restriction des déplacements
indicator-group-isolation = Isolement
indicator-group-documents = Rétention des documents
indicator-group-wages = Retenue des salaires
indicator-group-deception = Tromperie
indicator-group-vulnerability = Abus de vulnérabilité
indicator-group-debt = Servitude pour dettes

indicator-purpose-no-refusal = Ne peut pas refuser de clients, est contraint(e) à se prostituer même en cas de maladie ou de grossesse, ou à avoir des rapports sexuels sans préservatif.
indicator-purpose-hands-over-money = Ne peut pas garder l'argent qu'elle gagne et doit le remettre à quelqu'un d'autre.
indicator-purpose-always-accompanied = Est toujours accompagné(e) par quelqu'un pour sortir.
indicator-purpose-no-time-off = N'a ni pauses, ni jours de repos, ni temps libre, ou doit travailler à la demande.
indicator-purpose-moved-around = Est déplacé(e) d'un lieu à un autre sans son consentement.

indicator-recruit-unknown-work = Ne savait pas où se trouverait son lieu de travail.
indicator-recruit-excessive-fee = A payé des frais de recrutement excessifs.
indicator-recruit-no-contract = N'a pas de contrat de travail, a des conditions mal définies, ou un contrat dans une langue qu'il ou elle ne maîtrise pas.

indicator-transport-not-own = N'a pas organisé son propre voyage, ou ne connaissait pas l'itinéraire entre son domicile et sa destination.
indicator-transport-afraid-escort = Semble avoir peur de l'homme ou de la femme qui l'accompagne.
indicator-transport-passport-returned = Une tierce personne lui rend son passeport juste avant le passage de la frontière.
indicator-transport-strangers = Les voyageurs d'un groupe ne semblent pas se connaître.

indicator-harbour-lives-at-work = Vit et dort sur son lieu de travail.
indicator-harbour-overcrowded = Les lieux de couchage sont surpeuplés et insalubres, sans installations sanitaires de base, avec peu ou pas d'intimité.
indicator-harbour-limited-movement = A une liberté de mouvement limitée sur son lieu d'hébergement.

indicator-threat-fear = Montre de la peur ou semble mal à l'aise, surtout avec le responsable, le patron ou les personnes qui l'ont accompagné(e) pendant le voyage ou au passage de la frontière.
indicator-threat-indoctrinated = Tient des propos incohérents ou semble endoctriné(e).
indicator-threat-aggressive-escort = Les hommes ou les femmes qui l'accompagnent se comportent de manière agressive à son égard.

indicator-violence-injuries = Présente des blessures visibles (ecchymoses, cicatrices, coupures, blessures à la bouche ou aux dents, brûlures de cigarette).
indicator-violence-fear-signs = Montre des signes de peur ou de malaise (transpiration, tremblements, difficulté à répondre directement, évitement du regard que la culture n'explique pas).
indicator-violence-emergency-visits = Se rend souvent aux urgences pour des blessures, des IST ou un avortement.

indicator-movement-lives-works = Vit et travaille au même endroit.
indicator-movement-controls = Mesures de contrôle sur le lieu de travail : caméras, panneaux interdisant de sortir, fenêtres qui ne s'ouvrent pas ou munies de barreaux, portes verrouillées.
indicator-movement-moved = Est déplacé(e) d'un lieu à un autre par le proxénète (ou le gérant de l'établissement) sans son consentement.

indicator-isolation-no-address = Ne connaît ni son lieu de résidence ni son adresse.
indicator-isolation-remote = Le lieu de travail est isolé, difficile d'accès en transports en commun ou par ses propres moyens.
indicator-isolation-no-communication = A un accès limité ou nul aux moyens de communication (téléphone, courrier, internet).
indicator-isolation-speaks-for = Le proxénète ou l'employeur insiste pour répondre à sa place et/ou pour tout traduire.

indicator-documents-no-access = N'a pas accès à ses documents d'identité (passeport, carte d'identité, visa, autorisation de travail ou titre de séjour) ni à d'autres effets importants (billet de retour), même sur demande.
indicator-documents-others-same = D'autres travailleuses et travailleurs du sexe (ou d'autres travailleurs) sont dans la même situation, sans accès à leurs documents.
indicator-documents-forged = Les documents d'identité semblent falsifiés.

indicator-wages-hands-over-all = Doit remettre au responsable tout l'argent reçu des clients.
indicator-wages-no-proof = L'employeur ne peut présenter ni contrat ni preuve du paiement des salaires, ou les documents de travail ou les fiches de paie ont été modifiés.
indicator-wages-irregular = Les paiements sont irréguliers et/ou souvent en retard.
indicator-wages-unknown-earnings = Ne connaît pas le montant de ses gains.

indicator-deception-not-told = Ne savait pas que le travail consisterait à se prostituer ou à fournir des services sexuels.
indicator-deception-conditions-differ = Les conditions de travail réelles diffèrent de celles promises oralement ou par écrit.
indicator-deception-new-contract = A signé un nouveau contrat après son arrivée sur le lieu de travail.

indicator-vuln-no-permits = Son dossier administratif est incomplet, sans titre de séjour ni autorisation de travail.
indicator-vuln-discriminated = Appartient à un groupe discriminé ou privé de l'égalité des droits (genre, statut de réfugié ou de demandeur d'asile, origine ethnique, handicap, orphelin, minorité religieuse ou culturelle).
indicator-vuln-education-language = A peu d'instruction, est analphabète, ou ne parle ni ne comprend la langue locale.
indicator-vuln-dependent = Dépend d'autres personnes à plusieurs égards (de l'employeur pour le logement, la nourriture, un emploi pour des proches ou d'autres besoins).
indicator-vuln-emotional-ties = Est lié(e) affectivement et économiquement à l'employeur ou au recruteur (relation amoureuse, liens familiaux).
indicator-vuln-fearful-beliefs = Parle avec crainte ou réticence de ses croyances religieuses ou culturelles.

indicator-debt-excessive-fee = Doit rembourser des frais excessifs de recrutement, de transport, de logement, de nourriture, d'outils ou d'équipement de sécurité, retenus directement sur ses gains.
indicator-debt-advances-unclear = Le remboursement des avances sur salaire est opaque ou manipulé.
indicator-debt-works-off-loan = Doit travailler pour rembourser un nouveau prêt ou des dettes passées.
indicator-debt-parents-paid = Les parents ont reçu de l'argent pour laisser leur enfant partir avec les trafiquants.

annex-row-recruitment = Recrutement
annex-row-transport = Transport/transfert
annex-row-harbouring = Hébergement/accueil
annex-row-threat = Menace
annex-row-violence = Violences
annex-row-movement = Restriction des déplacements
annex-row-isolation = Isolement
annex-row-documents = Rétention des documents
annex-row-wages = Retenue des salaires
annex-row-deception = Fraude/tromperie
annex-row-vulnerability = Abus d'autorité ou de vulnérabilité
annex-row-payments = Offre ou acceptation de paiements
annex-row-labour = Exploitation par le travail
annex-row-sexual = Exploitation sexuelle
annex-row-begging = Mendicité forcée ou activités criminelles
