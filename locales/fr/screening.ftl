## same-as-english: person-divider person-lang-button

## Le repérage : la procédure du guide (de « Que faire et comment ? » à « Agir »), dans son ordre.


screening-safety = 1 · La sécurité d'abord
    La situation est-elle sûre pour la personne et pour vous ?

    Situation dangereuse — par exemple, un proxénète ou un criminel est présent, écoute ou vous menace, vous ou la personne : partez et appelez la police.
screening-safety-safe = ✅ Situation sûre
screening-safety-unsafe = ⚠ Situation dangereuse

screening-needs = 2 · Besoins essentiels
    Veillez à ce que la personne ait un abri, de quoi manger et boire, la possibilité de se reposer, et à ce que ses autres besoins essentiels soient satisfaits le cas échéant.

screening-child = 3 · Est-ce un enfant (moins de 18 ans) ?
    Des procédures spécifiques s'appliquent aux enfants. Certains mineurs ont des raisons de se faire passer pour des adultes.
screening-child-adult = Adulte
screening-child-yes = Enfant (moins de 18 ans)
screening-child-doubt = Doute

screening-child-doubt-info = En cas de doute, présumez que c'est un enfant et suivez les procédures prévues pour les enfants. Un organisme spécialisé détermine l'âge par la suite.

screening-child-exploited = Existe-t-il des raisons suffisantes de soupçonner que l'enfant a fait l'objet d'une forme d'exploitation ?
    Si oui, contactez immédiatement la protection de l'enfance.
screening-child-exploited-yes = Oui → protection de l'enfance, vite
screening-child-exploited-no = Non / pas encore clair

screening-understand = 4 · Vous comprenez-vous ?
    Des gestes ou des mots simples peuvent suffire pour que la personne se sente en sécurité. Pour aller plus loin, elle doit comprendre la langue que vous parlez.
screening-understand-yes = Oui
screening-understand-no = Non

screening-interpreter = Proposez un interprète dont le nom ou le profil est acceptable à la fois pour vous et pour la personne.
    N'acceptez jamais des connaissances, des amis ou des « collègues » du groupe de la personne : ils peuvent avoir des liens avec le trafiquant.
screening-interpreter-present = Interprète acceptable pour les deux
screening-interpreter-companion = Un accompagnant veut servir d'interprète
screening-interpreter-none = Pas d'interprète possible maintenant

screening-interpreter-companion-info = ⚠ N'acceptez pas. Une connaissance, un ami ou un « collègue » de la personne peut avoir des liens avec le trafiquant. Cherchez un autre interprète.
screening-interpreter-back = ◀ Retour à l'interprète
screening-no-interpreter = Sans interprète acceptable pour vous deux, ne menez pas l'entretien maintenant : il peut attendre qu'un tel interprète soit là.
    En attendant, notez ce que vous pouvez observer sans parler.

screening-trust = 5 · Instaurer la confiance et expliquer qui vous êtes
    • Dites qui vous êtes, pour quelle organisation vous travaillez et quel est le but de l'entretien.
    • Demandez son consentement pour l'entretien ; elle peut vous interrompre ou poser des questions à tout moment.
    • Son identité n'est transmise qu'avec son consentement, aux organisations qui en ont besoin pour organiser un accompagnement.
    • Demandez son consentement pour prendre des notes si nécessaire, et expliquez pourquoi.
    • Placez les droits humains et les droits des victimes au centre.
    • Tenez compte du genre, surtout lorsque vous parlez d'exploitation sexuelle.

    La personne accepte-t-elle de parler ?
screening-trust-consents = Accepte de parler
screening-trust-refuses = Ne veut pas parler

screening-no-talk = Respectez ce choix. La personne repart tout de même avec des contacts.
    Même sans entretien, vous pouvez noter ce que vous observez.
screening-watch = 👁 Ce que vous pouvez observer sans entretien
    Touchez un numéro pour cocher ce que vous remarquez, puis « Terminé ».
screening-no-talk-decide = D'après ce que vous avez observé, soupçonnez-vous que la personne puisse être victime de la traite des êtres humains ?
screening-no-talk-suspect = Je le soupçonne
screening-no-talk-help = Non, mais elle a besoin d'aide
screening-no-talk-later = Reporter : attendre un interprète
screening-no-talk-child = D'après ce que vous avez observé, existe-t-il des raisons suffisantes de soupçonner que l'enfant a fait l'objet d'une forme d'exploitation ?
    Si oui, contactez immédiatement la protection de l'enfance.
screening-no-talk-child-suspect = Oui → protection de l'enfance, vite
screening-no-talk-child-help = Non, mais l'enfant a besoin d'aide

screening-observe = 6 · Observer et écouter
    Dans lesquels de ces groupes avez-vous remarqué quelque chose ? N'ouvrez que ceux-là, cochez ce que vous avez remarqué et passez directement au groupe suivant où vous avez vu quelque chose ; laissez les autres. 👁 repéré en observant la personne · 👂 appris en l'écoutant. Les listes ne sont pas exhaustives.
    Ensuite : « Tableau ➜ ».

screening-ind-purpose = BUT · exploitation sexuelle
screening-ind-recruitment = ACTE · recrutement
screening-ind-transport = ACTE · transport, transfert
screening-ind-harbouring = ACTE · hébergement, accueil
screening-ind-threat = MOYENS · menace
screening-ind-violence = MOYENS · violences
screening-ind-movement = MOYENS · restriction des déplacements
screening-ind-isolation = MOYENS · isolement
screening-ind-documents = MOYENS · rétention des documents
screening-ind-wages = MOYENS · retenue des salaires
screening-ind-deception = MOYENS · tromperie
screening-ind-vulnerability = MOYENS · abus de vulnérabilité
screening-ind-debt = MOYENS · servitude pour dettes
    L'annexe 1 n'a pas de ligne pour la servitude pour dettes : ces signes sont notés sur la ligne « { annex-row-wages } », une somme versée aux parents sur la ligne « { annex-row-payments } ».

screening-safety-again = ⚠ Vérifiez à nouveau la sécurité
    Ce signe peut vouloir dire que quelqu'un qui contrôle la personne est présent ou écoute.
    La situation est-elle toujours sûre pour la personne et pour vous ? Sinon : partez et appelez la police.
screening-safety-again-safe = ✅ Toujours sûre : retour aux signes
screening-to-annex = Tableau ➜

screening-annex = 7 · Annexe 1 — le tableau
    0 aucun signe · 1 signes présents · 2 preuves · 3 informations supplémentaires nécessaires.
    Les lignes avec des signes cochés indiquent 1. Chaque ligne a ses propres boutons : touchez la note que vous lui donnez (● indique la note actuelle).

screening-assessment = 8 · Ce que les signes peuvent indiquer (pas un verdict)
    ACTE : { $act }
    MOYENS : { $child ->
        [yes] pas nécessaires pour un enfant ({ $means })
       *[no] { $means }
    }
    BUT : { $purpose }
    Informations supplémentaires nécessaires : { $more }

    { $elements ->
        [all] { $child ->
            [yes] L'ACTE et le BUT présentent des signes : pour un enfant, ces deux éléments suffisent. Les signes peuvent indiquer une situation de traite des êtres humains.
           *[no] L'ACTE, les MOYENS et le BUT présentent tous des signes. Ils peuvent indiquer une situation de traite des êtres humains.
        }
        [situation] Ces signes, à eux seuls, n'indiquent pas une situation de traite : ne pas avoir de titre de séjour ou ne pas parler la langue rend une personne vulnérable, mais ce n'est pas un moyen utilisé pour l'exploiter. Le trafic de migrants n'est pas la traite : avoir payé pour passer une frontière ne fait pas d'une personne une victime de la traite. Restez à l'écoute des signes d'un acte et d'une exploitation.
        [some] Certains éléments présentent des signes. Ils peuvent tout de même indiquer une situation de traite : les listes ne sont pas exhaustives.
       *[none] Aucun élément ne présente de signes pour l'instant.
    }
    { $consent ->
        [child] Le consentement d'un enfant n'est jamais considéré comme librement donné.
        [means] Il y a des signes d'un moyen et d'une exploitation : si un moyen a été utilisé pour exploiter la personne, le consentement d'un adulte est indifférent.
       *[open] Le consentement d'un adulte devient indifférent dès qu'un moyen a été utilisé pour l'exploiter.
    }
screening-assessment-child-next = Soupçon → protection de l'enfance ➜
screening-assessment-suspect = Je soupçonne une situation de traite
screening-assessment-chose = « Elle dit l'avoir choisi »
screening-assessment-help = Non, mais elle a besoin d'aide
screening-assessment-child-help = Pas de soupçon, mais besoin d'aide
screening-assessment-smuggling = ↔ Trafic de migrants ou traite ? ➜

screening-chose-means = Des signes d'un MOYEN et d'une exploitation ont été relevés. Si un moyen a été utilisé pour exploiter un adulte, son consentement est indifférent : « je l'ai choisi librement » n'exclut pas une situation de traite. Pour un enfant, le consentement n'est jamais considéré comme librement donné.
screening-chose-open = Le consentement d'un adulte devient indifférent dès qu'un moyen (menace, violence, tromperie, abus de vulnérabilité, dette…) a été utilisé pour l'exploiter. Le tableau ne montre pas à la fois des signes d'un moyen et d'une exploitation : écoutez à nouveau, et notez 3 dans le tableau là où des informations supplémentaires sont nécessaires.
screening-back-assessment = ◀ Retour à l'évaluation

screening-referral = 9 · Proposer une orientation
    Proposez d'orienter la personne vers un organisme spécialisé en vue d'une identification formelle, ainsi que d'un accompagnement et d'une protection à court, moyen et éventuellement long terme.
    Si vous ne pouvez pas expliquer la suite, dites que le personnel de cet organisme expliquera toute la procédure et répondra à toutes les questions.

    La personne accepte-t-elle d'être orientée ?
screening-referral-yes = Accepte l'orientation
screening-referral-no = N'accepte pas (encore)
screening-referral-explain = Que se passe-t-il après l'orientation ?

screening-rights-presumed = Après l'orientation, un ou une spécialiste s'entretient avec la personne. Une fois identifiée comme victime présumée, une personne adulte qui y consent a droit à :
    • un délai de rétablissement et de réflexion d'au moins 30 jours (3 mois dans certains pays de l'UE), pendant lequel elle peut rester dans le pays même sans titre de séjour, pour se rétablir et décider si elle coopère avec les autorités ;
    • une protection contre les trafiquants, avec des mesures de sécurité fixées après une évaluation des risques et en concertation avec elle ;
    • la protection de sa sécurité physique et de son bien-être, y compris un hébergement sûr ;
    • un interprète ;
    • une aide juridique gratuite ;
    • des soins médicaux et pharmaceutiques si nécessaire ;
    • des services et soins psychosociaux.
screening-rights-more = Après le statut officiel ➜
screening-back-referral = ◀ Retour à l'orientation

screening-rights-status = Plus tard, cet organisme ou un autre organisme compétent examine le dossier plus en détail et peut accorder le statut officiel de victime. Ce statut donne droit à :
    • un titre de séjour / une autorisation de travail de longue durée pour les victimes de pays tiers sans titre de séjour ;
    • une indemnisation ;
    • une éducation et une formation pour les plus jeunes victimes ;
    • des soins médicaux et pharmaceutiques réguliers ;
    • un retour sûr et digne dans le pays d'origine (ou parfois un autre pays), si la victime le souhaite.

screening-child-next = Pour un enfant, la protection de l'enfance passe en premier. Elle travaille avec une équipe pluridisciplinaire (notamment des psychologues et des médecins) et détermine si l'enfant est victime. En attendant, aidez l'enfant à se sentir en sécurité et prêtez attention à ses peurs.
screening-child-next-outcome = Suite à donner et contacts ➜
screening-child-next-explain = Que se passe-t-il après l'orientation ?

screening-rights-child = Un enfant identifié comme victime présumée peut bénéficier de mesures spécifiques :
    • des mesures spéciales pour établir l'identité et la nationalité de l'enfant, et savoir s'il est entré dans le pays accompagné ;
    • une assistance juridique ;
    • l'accès à une indemnisation ;
    • tous les efforts possibles pour retrouver la famille de l'enfant ;
    • l'accès à l'école ou à une autre forme d'éducation ;
    • un retour volontaire, si l'enfant le souhaite et que la protection de l'enfance a établi que c'est dans l'intérêt supérieur de l'enfant.

## Écrans montrés à la personne : dans sa langue, celle du professionnel en dessous.

screening-show-person = 🗣 Montrer à la personne
screening-show-person-contacts = 🗣 Contacts pour la personne
person-divider = ─────────
person-lang-button = { $current ->
        [yes] ● { $lang }
       *[no] { $lang }
    }
person-yes = Oui
person-no = Non
person-back = ◀ Retour
person-back-worker = ◀ Retour à la suite à donner
person-what-happens = Que se passe-t-il ensuite ?

person-consent = La personne qui vous montre ceci travaille pour une organisation qui peut vous aider.
    Elle aimerait parler avec vous, pour comprendre votre situation et savoir si vous avez besoin d'aide ou de protection.
    • C'est vous qui décidez de parler ou non.
    • Vous pouvez arrêter ou poser une question à tout moment.
    • Votre identité n'est transmise que si vous êtes d'accord, et seulement aux organisations qui en ont besoin pour organiser une aide.
    • Des notes ne sont prises que si vous êtes d'accord.

    Acceptez-vous de parler ?

person-referral = Il existe des organisations spécialisées qui peuvent vous aider et vous protéger, maintenant et plus tard.
    Leur personnel vous expliquera tout et répondra à toutes vos questions.

    Acceptez-vous que l'on vous mette en contact avec elles ?

person-rights = Si vous êtes d'accord, un ou une spécialiste parlera avec vous. Si l'on estime que vous pourriez être victime de la traite, vous avez droit à :
    • au moins 30 jours pour vous rétablir et décider, même sans titre de séjour ;
    • une protection et un endroit sûr où loger ;
    • un interprète ;
    • une aide juridique gratuite ;
    • des soins médicaux et psychologiques.

person-contacts = Vous pouvez contacter ces organisations maintenant ou plus tard, quand vous le souhaitez.
