## The screening: the guide's procedure (its sections from "What should you do, and how?" to "Take action"),
## in its order.


screening-safety = 1 · Safety first
    Is the situation safe for the person and for you?

    Not safe — for example a pimp or criminal is present, listening in, or threatening you or the person: leave and call the police.
screening-safety-safe = ✅ Safe
screening-safety-unsafe = ⚠ Not safe

screening-needs = 2 · Primary needs
    Make sure the person has shelter, food and something to drink, a chance to rest, and that other primary needs are met where they apply.

screening-child = 3 · Is it a child (under 18)?
    Children follow specific procedures. Some under-18s have reasons to pretend to be adults.
screening-child-adult = Adult
screening-child-yes = Child (under 18)
screening-child-doubt = In doubt

screening-child-doubt-info = In doubt, presume a child and follow the procedures for children. A specialised body establishes the age later.

screening-child-exploited = Is there sufficient reason to suspect that the child has been exploited in some way?
    If so, contact child protection immediately.
screening-child-exploited-yes = Yes → child protection now
screening-child-exploited-no = No / not yet clear

screening-understand = 4 · Do you understand each other?
    Gestures or simple words may be enough to make the person feel safe. To go further, the person must understand the language you speak.
screening-understand-yes = Yes
screening-understand-no = No

screening-interpreter = Offer an interpreter whose name or profile is acceptable to both you and the person.
    Never accept acquaintances, friends or "colleagues" from the person's group: they may have ties to the trafficker.
screening-interpreter-present = Interpreter acceptable to both
screening-interpreter-companion = A companion offers to interpret
screening-interpreter-none = No interpreter possible now

screening-interpreter-companion-info = ⚠ Do not accept. An acquaintance, friend or "colleague" of the person may have ties to the trafficker. Look for another interpreter.
screening-interpreter-back = ◀ Back to the interpreter
screening-no-interpreter = Without an interpreter acceptable to you both, do not hold the conversation now: it can wait until such an interpreter is there.
    Meanwhile, note what you can observe without talking.

screening-trust = 5 · Build trust and explain who you are
    • Say who you are, which organisation you work for and the purpose of the talk.
    • Ask consent for the conversation; they may interrupt or ask questions at any time.
    • Their identity is passed on only with their consent, to organisations that need it to arrange support.
    • Ask consent to take notes if needed, and explain why.
    • Keep human rights and the rights of victims central.
    • Be gender-sensitive, above all when talking about sexual exploitation.

    Does the person agree to talk?
screening-trust-consents = Agrees to talk
screening-trust-refuses = Does not want to talk

screening-no-talk = Respect this. The person still leaves with contacts.
    Without a conversation you can still note what you observe.
screening-watch = 👁 What you can observe without a conversation
    Tap a number to tick what you notice, then "Done".
screening-no-talk-decide = From what you have observed, do you suspect the person may be a victim of trafficking in human beings?
screening-no-talk-suspect = I suspect it
screening-no-talk-help = No, but they need help
screening-no-talk-later = Postpone until there is an interpreter
screening-no-talk-child = From what you have observed, is there sufficient reason to suspect that the child has been exploited in some way?
    If so, contact child protection immediately.
screening-no-talk-child-suspect = Yes → child protection now
screening-no-talk-child-help = No, but needs help

screening-observe = 6 · Observe and listen
    In which of these groups did you notice something? Open only those, tick what you noticed and go straight on to the next such group; skip the others. 👁 noticed by observing the person · 👂 learnt by listening to them. The lists are not exhaustive.
    Then: “Table ➜”.

screening-ind-purpose = PURPOSE · sexual exploitation
screening-ind-recruitment = ACT · recruitment
screening-ind-transport = ACT · transport, transfer
screening-ind-harbouring = ACT · harbouring, reception
screening-ind-threat = MEANS · threat
screening-ind-violence = MEANS · violence
screening-ind-movement = MEANS · restriction of movement
screening-ind-isolation = MEANS · isolation
screening-ind-documents = MEANS · retention of documents
screening-ind-wages = MEANS · withholding of wages
screening-ind-deception = MEANS · deception
screening-ind-vulnerability = MEANS · abuse of vulnerability
screening-ind-debt = MEANS · debt bondage
    Annex 1 has no row for debt bondage: these signs are marked on the row “{ annex-row-wages }”, money paid to the parents on “{ annex-row-payments }”.

screening-safety-again = ⚠ Safety again
    This sign may mean that someone who controls the person is present or listening.
    Is the situation still safe for the person and for you? If not: leave and call the police.
screening-safety-again-safe = ✅ Still safe: back to the signs
screening-to-annex = Table ➜

screening-annex = 7 · Annex 1 — the table
    0 no signs · 1 signs present · 2 evidence · 3 more information needed.
    Rows with ticked signs show 1. Each row has its own buttons: tap the mark you give it (● marks the current one).

screening-assessment = 8 · What the signs may point to (not a verdict)
    ACT: { $act }
    MEANS: { $child ->
        [yes] not needed for a child ({ $means })
       *[no] { $means }
    }
    PURPOSE: { $purpose }
    More information needed: { $more }

    { $elements ->
        [all] { $child ->
            [yes] ACT and PURPOSE show signs: for a child these two suffice. The signs may point to trafficking in human beings.
           *[no] ACT, MEANS and PURPOSE all show signs. They may point to trafficking in human beings.
        }
        [situation] These signs alone do not point to trafficking: having no residence permit or not speaking the language makes a person vulnerable, but is not a means used to exploit them. Smuggling is not trafficking: having paid to be brought across a border does not make a person a victim of trafficking. Listen for signs of an act and of exploitation.
        [some] Some elements show signs. They may still point to trafficking: the lists are not exhaustive.
       *[none] No element shows signs so far.
    }
    { $consent ->
        [child] The consent of a child is never considered freely given.
        [means] There are signs of a means and of exploitation: if a means was used to exploit the person, the consent of an adult is irrelevant.
       *[open] An adult's consent becomes irrelevant once a means was used to exploit them.
    }
screening-assessment-child-next = Reason to suspect → child protection ➜
screening-assessment-suspect = I suspect trafficking
screening-assessment-chose = "She says she chose it"
screening-assessment-help = No, but they need help
screening-assessment-child-help = No reason to suspect, but needs help
screening-assessment-smuggling = ↔ Smuggling is not trafficking ➜

screening-chose-means = Signs of a MEANS and of exploitation were found. If a means was used to exploit an adult, their consent is irrelevant: “I chose it freely” does not rule out trafficking. For a child, consent is never considered freely given.
screening-chose-open = An adult's consent becomes irrelevant once a means (threat, violence, deception, abuse of vulnerability, debt…) was used to exploit them. The table does not show signs of both a means and of exploitation: listen again, and mark 3 in the table where more information is needed.
screening-back-assessment = ◀ Back to the assessment

screening-referral = 9 · Offer referral
    Offer to refer the person to a specialised agency for formal identification and support and protection in the short, medium and possibly long term.
    If you cannot explain what follows, say that staff of that agency will explain the whole process and answer every question.

    Does the person agree to be referred?
screening-referral-yes = Agrees to referral
screening-referral-no = Does not agree (yet)
screening-referral-explain = What happens after referral?

screening-rights-presumed = After referral, a specialist interviews the person. Once identified as a presumed victim, an adult who consents has the right to:
    • a recovery and reflection period of at least 30 days (3 months in some EU countries), staying in the country even without a residence permit, to recover and decide whether to cooperate with the authorities;
    • protection from the traffickers, with safety measures set after a risk assessment and in consultation with them;
    • protection of physical safety and well-being, including safe housing;
    • an interpreter;
    • free legal aid;
    • medical and pharmaceutical care where needed;
    • psychosocial services and care.
screening-rights-more = After formal status ➜
screening-back-referral = ◀ Back to the referral

screening-rights-status = Later, this or another competent body examines the case further and may grant formal victim status. That status gives the right to:
    • a long-term residence/work permit for victims from third countries without a residence permit;
    • compensation;
    • education and training for the youngest victims;
    • regular medical and pharmaceutical care;
    • safe and dignified return to the country of origin (or sometimes another country), if the victim wishes.

screening-child-next = For a child, child protection comes first. It works with a multidisciplinary team (including psychologists and doctors) and finds out whether the child is a victim. Meanwhile, help the child feel safe and pay attention to their fears.
screening-child-next-outcome = Outcome and contacts ➜
screening-child-next-explain = What happens after referral?

screening-rights-child = A child identified as a presumed victim can rely on specific measures:
    • special measures to establish the child's identity and nationality, and whether the child entered the country accompanied;
    • legal assistance;
    • access to compensation;
    • every possible effort to trace the child's family;
    • access to school or other education;
    • voluntary return, if the child wishes it and child protection has established that it is in the child's best interests.

## Screens shown to the person: in their language, the worker's underneath.

screening-show-person = 🗣 Show to the person
screening-show-person-contacts = 🗣 Contacts for the person
person-divider = ─────────
person-lang-button = { $current ->
        [yes] ● { $lang }
       *[no] { $lang }
    }
person-yes = Yes
person-no = No
person-back = ◀ Back
person-back-worker = ◀ Back to the outcome
person-what-happens = What happens then?

person-consent = The person showing you this works for an organisation that can help.
    They would like to talk with you, to understand your situation and whether you need help or protection.
    • You decide whether to talk.
    • You can stop or ask a question at any time.
    • Your identity is passed on only if you agree, and only to organisations that need it to arrange support.
    • Notes are taken only if you agree.

    Do you agree to talk?

person-referral = There are specialised organisations that can support and protect you, now and later.
    Their staff will explain everything and answer all your questions.

    Do you agree to be put in touch with them?

person-rights = If you agree, a specialist will talk with you. If you are considered a possible victim of trafficking, you have the right to:
    • at least 30 days to recover and to decide, even without a residence permit;
    • protection, and a safe place to stay;
    • an interpreter;
    • free legal aid;
    • medical and psychological care.

person-contacts = You can contact these organisations now or later, whenever you choose.
