## Learn: the first half of the guide as short cards (its sections from "What is trafficking in human
## beings?" to "What should you do, and how?", and "The steps of the identification process"), and the
## indicator reference ("What are the indicators of trafficking for sexual exploitation?").

learn-home = 📖 Learn — the guide's definitions, one short card each. Choose a card.
learn-btn-definition = What is trafficking? ACT·MEANS·PURPOSE
learn-btn-act = ACT
learn-btn-means = MEANS
learn-btn-purpose = PURPOSE
learn-btn-child = 🧒 The child rule
learn-btn-sexual = Sexual exploitation
learn-btn-chose = “She says she chose it freely”
learn-btn-victim = Who can be a victim?
learn-btn-trafficker = Who can be a trafficker?
learn-btn-smuggling = ↔ Trafficking or smuggling?
learn-btn-differences = ↔ The four differences
learn-btn-why = Why identification matters
learn-btn-role = Your role
learn-btn-rights = Rights after referral
learn-btn-status = Rights with formal status ➜
learn-btn-rights-child = Measures for a child ➜
learn-btn-indicators = 🔎 Indicators
learn-btn-screening = 🧭 Screening, step by step
learn-next = Next card ➜
learn-all = ◀ All cards
learn-contacts = ☎ Contacts

learn-definition = What is trafficking in human beings?
    EU Directive 2011/36/EU defines it from three elements:
    an ACT, carried out by certain MEANS, with the PURPOSE of exploitation.

    So if you recognise signs that one of the acts was carried out on a person, by one of the means, for one of the forms of exploitation, you may be dealing with a victim of trafficking.

    For a child, the MEANS need not be checked (see the child rule).
learn-act = ACT — what is done to the person:
    • recruitment
    • transportation
    • transfer
    • harbouring
    • reception of persons
    • exchange or transfer of control over those persons
learn-means = MEANS — how it is done:
    • threat
    • force (violence)
    • other forms of coercion
    • abduction
    • fraud
    • deception
    • abuse of power or of a position of vulnerability
    • giving or receiving payments or benefits to obtain the consent of a person who has control over another person
learn-purpose = PURPOSE — exploitation, which includes at least:
    • the exploitation of the prostitution of others or other forms of sexual exploitation
    • forced labour or services, including begging
    • slavery or practices similar to slavery
    • servitude
    • the exploitation of criminal activities
    • the removal of organs
learn-child = 🧒 The child rule (under 18)
    • For a child you need not check whether any MEANS was used: an ACT carried out with the PURPOSE of exploitation is enough to presume trafficking.
    • A child's consent to sexual exploitation is never considered freely given.
    • Some under-18s have reasons to pretend to be adults. If in doubt whether the person is a child, presume a child and follow the procedures for children; a specialised body establishes the age later.
    • With sufficient reason to suspect that the child has been exploited in some way, contact child protection immediately. Meanwhile, help the child feel safe and pay attention to their fears.
learn-sexual = Sexual exploitation
    Being forced to perform sexual acts with or for a third party, for payment.
    It can happen in all kinds of places, for example forced sexual services in hotels and massage salons.
learn-chose = “She (or he) says she chose freely to sell sex or provide sexual services.”
    That is irrelevant.
    • A child (under 18): there is no need to show that any means were used to deceive or force them. A child's consent to sexual exploitation is never considered freely given.
    • An adult: consent is also irrelevant when any of the MEANS was used to exploit them sexually in some way.
learn-victim = Who can be a victim of sexual exploitation?
    Anyone: men and women (including trans people), adults and children, nationals and foreigners, whatever their legal status.
    Everyone working in prostitution or the sex sector is at risk, in particular:
    • migrant women and men in prostitution;
    • people unaware of their rights because they are illiterate or have a learning disability;
    • people taken to remote, hidden places for prostitution who live where they sell sex;
    • people from certain communities or minorities;
    • street children, children without parents or guardian, neglected children;
    • young people in need of money, and children and young people active on internet networks.
learn-trafficker = Who can be a trafficker?
    Anyone: men and women, nationals and labour migrants.
    • Traffickers can come from their victims' family or have the same nationality; they may even work or live with them.
    • Some used to work in prostitution and were once victims of trafficking themselves, then became traffickers to earn money.
    • Some organise the recruitment, others the transport and transfer of victims; others only harbour or receive victims, to bring them into a situation where they can be exploited.
learn-smuggling = ↔ Someone paid a lot to enter the country illegally. Is she or he a victim of trafficking?
    Not necessarily. Being paid to arrange an illegal border crossing is not trafficking: it is smuggling.
    Smuggling: procuring, to obtain a direct or indirect financial or other material benefit, the illegal entry of a person into a State of which that person is not a national or permanent resident (UN Protocol against smuggling, art. 3(a)).
    • The migrant agrees to pay the smuggler to organise or facilitate the illegal entry.
    • The smuggler is not concerned with what happens to the migrants after the border: the aim is financial gain, not exploitation.
    • Smuggling is a crime against the state (illegal entry), not against the migrant, who paid for a “service”.
learn-differences = ↔ Trafficking and smuggling: the four differences
    • Purpose — trafficking: exploitation · smuggling: financial or other material benefit
    • Consent — trafficking: irrelevant · smuggling: yes, the person is a “client” who pays for the “service”
    • Transnational — trafficking: not required · smuggling: required
    • Crime — trafficking: against the person · smuggling: against the state

    They can still be linked and hard to tell apart: smuggled people and victims of trafficking can travel in the same group across a border, as criminal networks are connected. And a migrant who agreed to be smuggled can still become a victim of trafficking during transport or at the destination.
learn-why = Why identification matters
    First-line identification is only the first step of a long process to protect victims. Many people do not want to be called victims, but possible victims are very likely in danger, and protecting them is the task of people in your job. The six reasons:
    1. The person must be protected from those who exploit, harm or threaten them.
    2. Without identification, a foreigner without valid documents could be placed in a detention centre even as a victim. Possible victims must be treated as victims, not as criminals.
    3. Once identified, the person is referred to the competent agency, which can protect them and meet their immediate and short-term needs.
    4. It can help free other men, women, boys and girls exploited in the same or a similar way: traffickers usually make more victims.
    5. It can help gather evidence and lead to the arrest and prosecution of those who abused the victim.
    6. It can eventually lead to compensation and legal redress for the victim.
learn-role = Your role
    Your role is limited to recognising the signs that someone may be a victim of trafficking. If so, inform the competent authorities and offer the person referral for formal identification and support.
    The steps, in the guide's order:
    1. Safety first: not safe → leave and call the police.
    2. Primary needs: shelter, food, drink, rest.
    3. Is it a child? In doubt, presume a child.
    4. Understand each other: an interpreter acceptable to both of you, never an acquaintance, friend or “colleague” of the person.
    5. Build trust: who you are, consent to talk and to notes; identity passed on only with consent.
    6. Listen, observe, ask: tick the signs in annex 1.
    7. Offer referral to a specialised agency.
    8. Take action: A child · B refer · C not yet · D other help.
learn-rights = After referral: rights of a presumed victim
    A specialist interviews the person. Once identified as a presumed victim, an adult who has given consent has the right to:
    • a recovery and reflection period of at least 30 days (3 months in some EU countries), staying in the country even without legal residence, to recover and decide whether to cooperate with the authorities;
    • protection from former exploiters, with safety measures set after a risk assessment and in consultation with them;
    • protection of physical safety and well-being, including safe housing;
    • an interpreter;
    • free legal aid;
    • medical and pharmaceutical care where needed;
    • psychosocial services and care.
    If you cannot explain this yourself, say that the specialised agency's staff will explain the whole process and answer every question.
learn-status = Later: formal victim status
    This or another competent agency examines the case further and may grant formal victim status. That status gives the right to:
    • a long-term residence/work permit for victims from third countries without a residence permit;
    • compensation;
    • education and training opportunities for the youngest victims;
    • regular medical and pharmaceutical care;
    • safe and dignified return to the country of origin (sometimes another country), if the victim wishes.
learn-rights-child = A child identified as a presumed victim can rely on specific measures:
    • special measures to establish the child's identity and nationality, and whether the child entered the country accompanied;
    • legal assistance;
    • access to compensation;
    • every possible effort to trace the child's family;
    • access to school or other education;
    • voluntary return, if the child wishes it and child protection has established that it is in the child's best interests.

## The indicator reference.

learn-indicators-home = 🔎 The guide's signs of trafficking for sexual exploitation, group by group.
    👁 noticed by observing the person · 👂 learnt by listening to them.
    The lists are not exhaustive: signs are added or change as traffickers change their methods.
learn-group-purpose = PURPOSE · sexual exploitation
learn-group-recruitment = ACT · recruitment
learn-group-transport = ACT · transport/transfer
learn-group-harbouring = ACT · harbouring/reception
learn-group-threat = MEANS · threat
learn-group-violence = MEANS · violence
learn-group-movement = MEANS · restriction of movement
learn-group-isolation = MEANS · isolation
learn-group-documents = MEANS · retention of documents
learn-group-wages = MEANS · withholding of wages
learn-group-deception = MEANS · deception
learn-group-vulnerability = MEANS · abuse of vulnerability
learn-group-debt = MEANS · debt bondage
learn-indicators-next = Next group ➜
learn-indicators-all = ◀ All groups
learn-indicators-purpose = 🔎 PURPOSE — have you noticed signs that the person is a victim of sexual exploitation?
learn-indicators-act = 🔎 ACT — have you noticed any of these signs?
learn-indicators-means = 🔎 MEANS — have you noticed any of these signs?
learn-indicator-group = { $text }:
learn-indicator-line = { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }

learn-btn-rules = ⚖ Rules where you work
learn-btn-directive = 🆕 New since the guide (2024)
learn-rules = The rules where you work
    Who formally identifies a victim, how long the reflection period lasts, whether you must report, and legal aid — as the sources we found state them. Where no source was found, the line says so and whom to ask.
learn-directive = New since the guide: Directive (EU) 2024/1712
    It amends Directive 2011/36/EU, on which the guide (2013) rests. It entered into force on 14 July 2024; member states had to transpose it by 15 July 2026.
    • New forms of exploitation: exploitation of surrogacy, of forced marriage and of illegal adoption.
    • People who knowingly use services provided by a victim must face sanctions (a criminal offence, according to the Commission's news).†
    • Support must be specialised, start as soon as there are reasonable grounds to believe someone is a victim, and not depend on their cooperating in the investigation.
    • Committing trafficking for sexual exploitation through information and communication technology becomes an aggravating circumstance.†
    • Formal national referral mechanisms, and national anti-trafficking coordinators and action plans.†
    † Known only from secondary sources (news on the agreement and the adopted act), not from the Directive's text: check your national law.
