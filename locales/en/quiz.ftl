## Quiz: true/false and multiple-choice items on the guide's definitions and procedure.

quiz-intro = ❓ Quiz on the guide's definitions and procedure: short true/false and multiple-choice questions, each answer explained, scored. A quiz deals a few questions in random order. Nothing about you is kept after the session.
quiz-start = Start ➜
quiz-again = 🔁 Another quiz
quiz-head = ❓ Question { $n } of { $total }
quiz-feedback-head = ❓ Question { $n } of { $total } · answer
quiz-right = ✓ Right: { $answer }.
quiz-wrong = ✗ You chose: { $chosen }. The right answer: { $answer }.
quiz-score = Score so far: { $right } of { $done }.
quiz-next = Next question ➜
quiz-finish = 🏁 Summary
quiz-summary = 🏁 Quiz finished: { $right } of { $done } right.

    Read again (📖 Learn): { $read }
quiz-option = { $n } · { $text }
quiz-option-button = { $n } · { $text }
quiz-true = True
quiz-false = False

quiz-q-elements = The EU definition of trafficking is built from three elements. Which?
quiz-q-elements-a = ACT, MEANS and PURPOSE
quiz-q-elements-b = Border, payment and consent
quiz-q-elements-c = Recruitment, transport and prostitution
quiz-q-elements-why = An ACT (such as recruitment, transport or harbouring) carried out by certain MEANS (such as threat, deception or abuse of vulnerability) with the PURPOSE of exploitation.

quiz-q-child-means = True or false: for a child (under 18), you must show that one of the MEANS was used.
quiz-q-child-means-why = False. For a child the means need not be checked: an ACT with the PURPOSE of exploitation is enough to presume trafficking.

quiz-q-means-example = Which of these is one of the MEANS?
quiz-q-means-example-a = Deception
quiz-q-means-example-b = Transport
quiz-q-means-example-c = Forced begging
quiz-q-means-example-why = Deception is a MEANS. Transport is an ACT; forced labour or services, including begging, is a PURPOSE (a form of exploitation).

quiz-q-chose = True or false: an adult says she chose freely to sell sex, but her passport is kept from her and she works off a large debt. Her consent settles it: no trafficking.
quiz-q-chose-why = False. An adult's consent is irrelevant when any of the MEANS was used, such as retention of documents or debt bondage.

quiz-q-child-consent = True or false: a 16-year-old can freely consent to sexual exploitation.
quiz-q-child-consent-why = False. A child's consent to sexual exploitation is never considered freely given.

quiz-q-victim = Who can be a victim of sexual exploitation?
quiz-q-victim-a = Anyone: men and women, adults and children, nationals and foreigners
quiz-q-victim-b = Only foreign women without papers
quiz-q-victim-c = Only people who crossed a border
quiz-q-victim-why = Anyone can be a victim, whatever their legal status: men and women (including trans people), adults and children, nationals and foreigners.

quiz-q-trafficker-family = True or false: a trafficker can come from the victim's own family.
quiz-q-trafficker-family-why = True. Traffickers can come from their victims' family or have the same nationality; they may even work or live with them.

quiz-q-trafficker-former = True or false: a woman who used to work in prostitution and was once a victim of trafficking can herself become a trafficker.
quiz-q-trafficker-former-why = True. The guide names people who used to work in prostitution, once victims themselves, who became traffickers to earn money.

quiz-q-smuggling = Someone paid a lot to be brought into the country illegally. Is he a victim of trafficking?
quiz-q-smuggling-a = Not necessarily: that is smuggling
quiz-q-smuggling-b = Yes, always
quiz-q-smuggling-c = No, and he can never become one
quiz-q-smuggling-why = Not necessarily: being paid to arrange an illegal border crossing is smuggling. But a migrant who agreed to be smuggled can still become a victim of trafficking during transport or at the destination.

quiz-q-transnational = True or false: trafficking always involves crossing a border.
quiz-q-transnational-why = False. Crossing a border is required for smuggling, not for trafficking.

quiz-q-crime-against = Smuggling is a crime against…
quiz-q-crime-against-a = the state
quiz-q-crime-against-b = the migrant
quiz-q-crime-against-c = the migrant's family
quiz-q-crime-against-why = Smuggling is a crime against the state (illegal entry), not against the migrant who paid for a “service”. Trafficking is a crime against the person.

quiz-q-smuggler-aim = What is the smuggler's aim?
quiz-q-smuggler-aim-a = A financial or other material benefit
quiz-q-smuggler-aim-b = Exploiting the migrant at the destination
quiz-q-smuggler-aim-c = A residence permit for the migrant
quiz-q-smuggler-aim-why = The smuggler wants only a financial or other material benefit and is not concerned with what happens after the border. The trafficker's purpose is exploitation.

quiz-q-detention = Without identification, a foreign victim without valid documents could…
quiz-q-detention-a = be placed in a detention centre
quiz-q-detention-b = get a residence permit automatically
quiz-q-detention-c = receive compensation at once
quiz-q-detention-why = Without identification a foreigner without valid documents could end up in a detention centre, even as a victim. Possible victims must be treated as victims, not as criminals.

quiz-q-role = What is your role as a first-line worker?
quiz-q-role-a = Recognise the signs, inform the competent authorities and offer referral
quiz-q-role-b = Decide formally whether the person is a victim
quiz-q-role-c = Nothing unless the person asks for help
quiz-q-role-why = Your role is limited to recognising the signs. If someone may be a victim, inform the competent authorities and offer referral for formal identification and support, which a specialised agency does.

quiz-q-first-step = What comes first in the guide's procedure?
quiz-q-first-step-a = Making sure the situation is safe
quiz-q-first-step-b = Checking the person's documents
quiz-q-first-step-c = Filling in the annex 1 table
quiz-q-first-step-why = Safety first, for the person and for you; then primary needs, whether it is a child, understanding each other, trust, and only then listening, observing and the annex.

quiz-q-pimp = A pimp is present and listens in. What do you do?
quiz-q-pimp-a = Leave, and call the police
quiz-q-pimp-b = Carry on, speaking quietly
quiz-q-pimp-c = Ask him to interpret
quiz-q-pimp-why = When it is not safe, for example a pimp or criminal present who listens in or threatens you or the person, leave and call the police.

quiz-q-age-doubt = You doubt whether the person is under 18. What do you do?
quiz-q-age-doubt-a = Presume a child and follow the procedures for children
quiz-q-age-doubt-b = Treat her as an adult until her age is proven
quiz-q-age-doubt-c = End the conversation until she shows a document
quiz-q-age-doubt-why = In doubt, presume a child and follow the procedures for children. A specialised body establishes the age later.

quiz-q-child-protection = True or false: with sufficient reason to suspect that a child has been exploited, you contact child protection immediately.
quiz-q-child-protection-why = True. Child protection usually works with a multidisciplinary team (including psychologists and doctors) and finds out whether the child is a victim.

quiz-q-interpreter = True or false: a friend of the person offers to interpret. You may accept, since the person trusts her.
quiz-q-interpreter-why = False. Never accept acquaintances, friends or “colleagues” from the person's group: they may have ties to the trafficker. Offer an interpreter whose name or profile is acceptable to both of you.

quiz-q-identity = True or false: the person's identity is passed on only with their consent.
quiz-q-identity-why = True, and only to organisations that need it to arrange support. Tell the person so when you build trust.

quiz-q-observe = True or false: some signs you notice by observing the person, others by listening to what they tell you.
quiz-q-observe-why = True. The guide's lists hold both kinds; tick them in the annex 1 form as you recognise them.

quiz-q-exhaustive = True or false: the guide's lists of signs are complete — with no listed sign, it cannot be trafficking.
quiz-q-exhaustive-why = False. The lists are not exhaustive: signs are added or change as traffickers change their methods.

quiz-q-mark-three = In the annex 1 table, what does mark 3 mean?
quiz-q-mark-three-a = More information needed
quiz-q-mark-three-b = Evidence
quiz-q-mark-three-c = Signs present
quiz-q-mark-three-why = 0 no signs · 1 signs present · 2 evidence · 3 more information needed.

quiz-q-explain = True or false: if you cannot explain what happens after referral, you may say that the specialised agency's staff will explain the whole process.
quiz-q-explain-why = True. Staff of that agency will explain the whole process and answer all the person's questions.

quiz-q-reflection = A presumed victim has a recovery and reflection period of at least…
quiz-q-reflection-a = 30 days
quiz-q-reflection-b = 7 days
quiz-q-reflection-c = one year
quiz-q-reflection-why = At least 30 days (3 months in some EU countries), during which a victim without legal residence may stay in the country to recover and decide whether to cooperate with the authorities.

quiz-q-presumed-rights = Which of these does an adult presumed victim who consents have a right to, right after identification?
quiz-q-presumed-rights-a = Free legal aid
quiz-q-presumed-rights-b = A long-term residence permit
quiz-q-presumed-rights-c = Compensation
quiz-q-presumed-rights-why = Free legal aid comes with presumed-victim status (with the reflection period, protection, safe housing, an interpreter, medical and psychosocial care). A long-term permit and compensation come later, with formal victim status.

quiz-q-outcome-c = An adult you suspect may be a victim does not agree to referral. What do you do?
quiz-q-outcome-c-a = Ask her to reconsider and give her contacts
quiz-q-outcome-c-b = Refer her anyway
quiz-q-outcome-c-c = Nothing: it is her choice
quiz-q-outcome-c-why = Ask her to reconsider, give her an overview of contacts in case she changes her mind, and details of organisations for specific needs such as medical checks or legal help. In some countries you must inform the authorities of a crime whatever the victim consents to.

quiz-q-outcome-d = You think the person is not a victim, but she needs help. What do you do?
quiz-q-outcome-d-a = Give her a list of support organisations and information on trafficking
quiz-q-outcome-d-b = Refer her to the specialised agency
quiz-q-outcome-d-c = Nothing: she is not a victim
quiz-q-outcome-d-why = Give her a list of specific support organisations and a brochure with information about trafficking in human beings.
