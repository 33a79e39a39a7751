## Practice: scenario vignettes written from the guide, with scoring and feedback.
## The stories are invented; every rule they teach is the guide's (its sections from "What is trafficking
## in human beings?" to "Take action", and its indicators).

practice-intro = 🎯 Practice with scenarios written from the guide.
    For each story: tick the signal groups you see (PURPOSE, ACT, MEANS), then choose the first action. Both are scored, and every miss and every wrong pick is explained from the guide.
    A run deals a few scenarios in random order. Nothing about you is kept after the session.
practice-start = Start ➜
practice-learn = 📖 Learn first
practice-again = 🔁 Another run
practice-head = 📋 Scenario { $n } of { $total }
practice-signals-prompt = Which signal groups does the story show? Tick each one (☑), then Done. None? Just tap Done.
practice-action-prompt = What do you do first?
practice-group-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $text }
practice-act-unsafe = ⚠ Leave and call the police
practice-act-a = 🧒 Child protection, at once
practice-act-b = 🤝 Refer to the specialised agency
practice-act-c = 📇 Ask to reconsider, give contacts
practice-act-d = ℹ Support organisations, information
practice-feedback-head = 📋 Scenario { $n } of { $total } · feedback
practice-signals-result = { $expected ->
        [0] { $wrong ->
            [0] ✓ Signal groups: none ticked — right, the story shows no signs.
           *[other] Signal groups: the story shows none; { $wrong } wrong { $wrong ->
                [one] pick
               *[other] picks
            }.
        }
       *[other] Signal groups: { $found } of { $expected } found, { $wrong } wrong { $wrong ->
            [one] pick
           *[other] picks
        }.
    }
practice-group-right = ✓ { $text }
practice-group-missed = ✗ Missed: { $text } — the story's signs:
practice-sign = { "   " }• { $text }
practice-group-also = ≈ { $text }: not counted. { $note }
practice-also = A fair reading of the story too.
practice-group-wrong = ✗ Not in this story: { $text }. { $note }
practice-groups-wrong = ✗ Not in this story: { $text }. None of the guide's signs for these groups appears in it (🔎 Indicators lists them).
practice-action-right = ✓ First action: { $answer }.
practice-action-wrong = ✗ First action: you chose { $chosen }. { $note }
    → The guide's first action here: { $answer }.
practice-score = Score so far: signal groups { $found } of { $expected } ({ $wrong } wrong) · first actions { $right } of { $done }.
practice-next = Next scenario ➜
practice-finish = 🏁 Summary
practice-summary = 🏁 Practice run finished: { $done } { $done ->
        [one] scenario
       *[other] scenarios
    }.
    Signal groups found: { $found } of { $expected } · wrong picks: { $wrong }
    First action right: { $right } of { $done }

    Read again (📖 Learn): { $read }
    Look up again (🔎 Indicators): { $groups }

## What each first action is for (the guide's "What should you do, and how?" and "Take action").
practice-when-unsafe = That is for a situation that is not safe: a pimp or criminal present, listening in or threatening you or the person.
practice-when-a = That is for a child (under 18), or when in doubt whether the person is a child.
practice-when-b = That is for an adult you suspect may be a victim and who agrees to referral.
practice-when-c = That is for an adult you suspect may be a victim and who does not agree to referral (yet).
practice-when-d = That is for someone you think is not a victim of trafficking but who needs help.

## A signal group's signs in the guide, for a group ticked that the story does not show.
practice-hint-purpose = Its signs: may not refuse clients (even when ill or pregnant, or without condoms); may not keep the money she earns; always accompanied when going out; no breaks, days off or free time; moved from place to place without consent.
practice-hint-recruitment = Its signs: did not know where they would work; paid an excessive recruitment fee; no contract, badly defined conditions, or a contract in a language they do not master.
practice-hint-transport = Its signs: did not organise their own travel or know the route; afraid of the person accompanying them; a third person hands back their passport just before the border; travellers in a group do not seem to know each other.
practice-hint-harbouring = Its signs: lives and sleeps at work; overcrowded, unhealthy sleeping quarters without basic sanitation or privacy; limited freedom of movement where they stay.
practice-hint-threat = Its signs: fear or unease, especially with the boss or those who accompanied them; incoherent remarks or seeming indoctrinated; companions who behave aggressively towards them.
practice-hint-violence = Its signs: visible injuries; signs of fear or unease (sweating, trembling, avoiding eye contact); frequent emergency visits for injuries, STIs or an abortion.
practice-hint-movement = Its signs: lives and works at the same place; control measures at the workplace (cameras, no-exit signs, barred windows, locked doors); moved by the pimp without consent.
practice-hint-isolation = Its signs: does not know their address; a remote workplace; little or no access to phone, post or internet; the pimp or employer answers or translates for them.
practice-hint-documents = Its signs: no access to identity documents or other important belongings (return ticket), not even on request; others in the same situation; documents that appear forged.
practice-hint-wages = Its signs: must give all money from clients to the supervisor; no contract or proof of wages; irregular or late payments; does not know how much they earn.
practice-hint-deception = Its signs: did not know they would end up in prostitution; conditions differ from what was promised; signed a new contract after arriving at work.
practice-hint-vulnerability = Its signs: no residence or work permit; belongs to a discriminated group; little education, illiterate or does not speak the local language; dependent on others in several ways; emotionally and economically bound to the employer or recruiter; speaks fearfully about their beliefs.
practice-hint-debt = Its signs: must repay an excessive fee (recruitment, travel, housing, food) deducted from earnings; unclear or manipulated repayment of advances; must work to repay a loan or debts; parents were paid to let their child go.

## Notes shared by several scenarios.
practice-s-child-not-b = B and C are for adults. For a child, child protection comes first, at once.
practice-s-agrees-not-c = C is for a person who does not agree to referral (yet); this person agreed.
practice-s-refuses-not-b = B needs the person's consent to referral, and this person does not agree (yet).
practice-s-no-signs-not-bc = Referral (B) or asking to reconsider it (C) is for someone you suspect may be a victim; nothing in this story points to trafficking.
practice-s-unsafe-not-bc = While a pimp or criminal listens in or threatens, you cannot talk safely, let alone offer referral.
practice-s-also-fear = Fear, above all of a boss or companion, is also a sign of threat.
practice-s-also-debt-wages = The guide lists a debt repaid from earnings under debt bondage, so here it counts under that group. Annex 1 has no row for debt bondage: the screening marks such a debt on the row “{ annex-row-wages }”, so your reading matches the table.
practice-s-also-false-promise = Being brought in with a false promise can be read as recruitment (an ACT), though the guide lists it under deception.

## A · a girl of 15
practice-s-girl-15 = Outreach, evening. A girl tells you she is 15. She lives in a flat with a man she met online. Men come to the flat, and she has to give him all the money they pay. She is never allowed to go out without him.
practice-s-girl-15-why = She is 15: a child. For a child an ACT with the PURPOSE of exploitation is enough; no MEANS need be shown, and her consent never counts as freely given. With reason to suspect she is exploited, contact child protection immediately, and meanwhile help her feel safe and pay attention to her fears.
practice-s-girl-15-also-recruitment = Finding her online and taking her in can be read as recruitment (an ACT), though none of the guide's listed recruitment signs is in the story.

## A · age in doubt
practice-s-age-doubt = Inspection of a massage salon. A young woman says she is 19, but she looks much younger and gives two different years of birth. Besides massages she has to offer sexual services, and she must hand all the money to the manager, who keeps her passport.
practice-s-age-doubt-why = You doubt her age: presume she is a child and follow the procedures for children; a specialised body establishes her age later. Some under-18s have reasons to pretend to be adults. With reason to suspect exploitation, contact child protection immediately.
practice-s-age-doubt-not-adult = When in doubt whether the person is a child, presume a child. B and C are for adults; D is for a child only when there is no reason to suspect exploitation, and here there is.

## A · a boy of 16 who says he wants to
practice-s-boy-16 = At a railway station a boy of 16 tells you he meets men for sex for money “because he wants to”. An older man arranges the meetings, takes the money and gives him a little of it. The boy does not know how much the men pay.
practice-s-boy-16-why = He is 16: a child, and boys can be victims too. A child's consent to sexual exploitation is never considered freely given, and for a child no MEANS need be shown. With reason to suspect he is exploited, contact child protection immediately.
practice-s-boy-16-not-d = “He wants to” does not count: a child's consent is never freely given, and there is reason to suspect exploitation.

## B · promised a kitchen job
practice-s-kitchen-promise = A woman from abroad in a window brothel tells you she was promised a job in a hotel kitchen; she did not know where she would really work. The “agency” organised her journey. On arrival she was told she had to sell sex. The agency keeps her passport and takes all the money from her clients. She trembles and avoids your eyes. When you offer referral to a specialised agency, she agrees.
practice-s-kitchen-promise-why = Signs of ACT (recruitment, transport), MEANS (deception, retention of documents, withholding of wages, fear) and PURPOSE (sexual exploitation): she may be a victim. She is an adult and agrees: contact the specialised agency to refer her. Her identity is passed on only with her consent.

## B · “I chose it freely”
practice-s-chose-freely = A woman who sells sex in a club says: “I chose this work freely.” Talking on, she tells you she must pay back an enormous sum for the journey and her room, taken straight from her earnings, and the owner keeps her passport “for safety”. She agrees to see a specialist.
practice-s-chose-freely-why = “I chose it freely” is irrelevant here: for an adult, consent is irrelevant once any MEANS was used — here debt bondage and the retention of her passport. She may be a victim and agrees: refer her to the specialised agency.
practice-s-chose-freely-not-d = Her free choice does not settle it: means were used, so her consent is irrelevant, and she may be a victim.

## B · debt bondage
practice-s-debt-bondage = A woman from abroad lives and sleeps in the club where she has to sell sex. The people who organised her journey say she owes them an enormous sum for the trip, the room and the food, and that she must work until it is paid off. She does not know how much she has earned. She agrees to be referred.
practice-s-debt-bondage-why = Debt bondage is a MEANS: an excessive debt for travel, housing and food that she must work off. With signs of ACT (transport, harbouring) and other MEANS, she may be a victim; she agrees: refer her to the specialised agency.

## B · a national of the country
practice-s-national = A woman born and raised in this country works in prostitution. Her “manager” moves her from city to city without asking her, she works every day without a day off, and she cannot tell you the address where she sleeps. She agrees to talk to a specialist.
practice-s-national-why = Anyone can be a victim — nationals as well as foreigners, whatever their legal status — and trafficking need not cross a border. Signs of PURPOSE and MEANS: she may be a victim; she agrees: refer her to the specialised agency.
practice-s-national-also-transport = Moving her around can be read as transport or transfer (an ACT), though the guide lists this sign under purpose and restriction of movement.
practice-s-national-not-d = Being a national does not rule out trafficking: anyone can be a victim, and the signs here may point to it.

## B · a young man
practice-s-young-man = A young man from abroad works in male prostitution. He came for what he was told was bar work and did not know he would have to sell sex. The man who employs him keeps his identity card, and he may not refuse clients or insist on condoms. He agrees to be referred.
practice-s-young-man-why = Anyone can be a victim, men as well as women. Signs of MEANS (deception, retention of documents) and PURPOSE (he may not refuse clients): he may be a victim; he agrees: refer him to the specialised agency.

## B · a minibus at the border
practice-s-minibus = At a border check, the driver of a minibus hands a young woman her passport just before the checkpoint. The passengers do not seem to know each other. She seems afraid of the driver. Spoken to alone, she says she will work “in a bar” but does not know where, and that she owes the driver's boss for the trip and must work it off. She agrees to be referred.
practice-s-minibus-why = Signs of ACT (recruitment, transport) and MEANS (debt bondage, fear): she may be a victim. She is an adult and agrees: refer her to the specialised agency, which does the formal identification.
practice-s-minibus-not-d = The passport handed back at the border, the fear and the debt she must work off are signs of trafficking, not only of a need for help.

## C · at the clinic
practice-s-clinic = At a clinic, a woman you have seen several times for injuries and STIs comes in with new bruises and cigarette burns. She says she has to see clients every day, even when she is ill. When you offer referral, she says no, not now.
practice-s-clinic-why = She may be a victim (MEANS: violence; PURPOSE: forced to work even when ill, no days off), but she does not agree to referral yet. Ask her to reconsider; give her an overview of contacts in case she changes her mind, and details of organisations for specific needs such as medical checks or legal help. In some countries you must inform the authorities of a crime whatever the victim consents to; if so, you must.

## C · a friend offers to interpret
practice-s-friend-interpreter = In a club, a woman does not speak the local language. A woman who works in the same club offers: “I'm her friend, I'll translate.” You see fresh bruises on her arms; she trembles and avoids your eyes. No other interpreter can be reached tonight.
practice-s-friend-interpreter-why = Never accept acquaintances, friends or “colleagues” from her group as interpreters: they may have ties to the trafficker. Without an interpreter acceptable to you both, she cannot agree to referral tonight. You suspect she may be a victim: give her an overview of contacts in case she wants help, and details of organisations for specific needs such as medical checks or legal help. Where the law obliges you to report a crime, you must.
practice-s-friend-interpreter-not-b = B needs her consent to referral, and without an interpreter acceptable to both of you she cannot give it. Her “friend” may have ties to the trafficker.
practice-s-friend-interpreter-not-unsafe = Nobody listens in as a pimp or threatens you or her here. The risk is the “friend” as interpreter: decline her.

## C · she will not talk
practice-s-refuses-talk = During an inspection of a house where sexual services are offered, a woman does not want to talk to you. You notice cameras in the hallway, a sign saying the women may not leave, and windows that cannot be opened. She has no phone.
practice-s-refuses-talk-why = Respect her wish not to talk. The control measures and her lack of a phone are signs of MEANS (restriction of movement, isolation): you suspect she may be a victim, and she does not agree to referral. Ask her to reconsider, give her an overview of contacts, and details of organisations for specific needs. In some countries you must inform the authorities of a crime anyway.
practice-s-refuses-talk-not-d = Her silence does not mean there is nothing: the signs may point to trafficking. D is for someone you think is not a victim.

## C · a “loverboy”
practice-s-loverboy = A woman of 19 fell in love with a man who said they needed money for their future together. He told her she would work as a hostess. Now she sees clients every day, hands him all the money, and he keeps her phone. She says she does it for him and will not hear of referral.
practice-s-loverboy-why = The “loverboy” binds her emotionally and economically (abuse of vulnerability) and deceived her about the work: means were used, so “I do it for him” is no free consent. She does not agree to referral: ask her to reconsider, give her contacts in case she changes her mind, and details of organisations for specific needs. In some countries you must inform the authorities anyway.
practice-s-loverboy-also-recruitment = A “loverboy” recruits by seduction, and recruitment is an ACT, though none of the guide's listed recruitment signs is in the story.
practice-s-loverboy-not-d = Means were used, so her consent is irrelevant and she may be a victim. D is for someone you think is not a victim.

## C · a transgender woman
practice-s-trans-woman = A transgender woman sells sex in the flat where she lives with six others; it is overcrowded and has no proper toilet or shower. The “landlord” takes all the money from her clients, and she does not know how much she has earned. She does not want to be referred.
practice-s-trans-woman-why = Anyone can be a victim, whatever their gender. Signs of ACT (harbouring), MEANS (withholding of wages, restriction of movement) and PURPOSE: she may be a victim. She does not want referral: ask her to reconsider, give her contacts and details of organisations for specific needs; inform the authorities where the law obliges you to.

## D · needs help, no signs
practice-s-needs-help = Outreach in a prostitution area. A woman who works on her own tells you she keeps her own money and her passport, chooses her hours and can stop when she wants. She asks where she can get a medical check-up.
practice-s-needs-help-why = Nothing in the story points to ACT, MEANS or PURPOSE, but she needs help: give her a list of specific support organisations and information about trafficking in human beings.

## D · no place to stay
practice-s-no-shelter = A woman who used to work in a club left it on her own a month ago. She has her passport, her phone and her savings, and nobody is after her, but she has no place to stay tonight and asks you for help.
practice-s-no-shelter-why = No signs of ACT, MEANS or PURPOSE: you think she is not a victim, but she needs help. Give her a list of specific support organisations and information about trafficking in human beings.

## D · smuggled, not trafficked
practice-s-smuggled = A young man tells you he found a smuggler himself and paid him a lot of money to take him across the border. The smuggler left him at a station. He now stays with a cousin, goes where he likes and works for no one. He has no residence permit and asks where he can get legal advice.
practice-s-smuggled-why = This is smuggling, not trafficking: he agreed to pay for an illegal border crossing, the smuggler's aim was money, not exploitation, and smuggling is a crime against the state. No permit makes him vulnerable, but nothing points to exploitation. He needs help: give him a list of support organisations and information about trafficking. A smuggled migrant can still become a victim later, during transport or at the destination.
practice-s-smuggled-not-transport = He arranged and paid for the crossing himself: that is smuggling. The guide's transport signs describe travel that others organise and control.
practice-s-smuggled-not-recruitment = Paying a smuggler is not a recruitment fee: nobody recruited him for work.
practice-s-smuggled-not-debt = He paid the smuggler; he owes nobody and works off no debt.
practice-s-smuggled-not-bc = Nothing points to exploitation: paying to be taken across a border illegally is smuggling, not trafficking.

## unsafe · a pimp listens in
practice-s-pimp-listening = Outreach round in a street prostitution zone. As you start talking with a woman, a man steps up close, listens to every word, answers your questions for her, snaps at her to keep quiet and tells you to move on. She stares at the ground.
practice-s-pimp-listening-why = A pimp or criminal is present, listening in and threatening: it is not safe for her or for you. Leave, and call the police.
practice-s-pimp-listening-also-violence = Avoiding eye contact can be a sign of fear, which the guide lists under violence.

## unsafe · a threatening “cousin”
practice-s-cousin = At a health centre, a woman's “cousin” insists on coming into the consulting room and translating everything. When you ask to see her alone, he blocks the door and threatens you.
practice-s-cousin-why = Someone is present, listening in and threatening you: the situation is not safe. Leave, and call the police. And never accept a companion from the person's circle as interpreter.
practice-s-cousin-also-threat = His aggression is a sign of threat too, though the guide's sign is aggression towards the person; here he threatens you.
