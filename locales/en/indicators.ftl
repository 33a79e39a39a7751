## The guide's indicators (its section "What are the indicators of trafficking for sexual exploitation?")
## and the annex 1 rows (its "Annex 1").

indicator-group-purpose = Purpose: sexual exploitation
indicator-group-recruitment = Recruitment
indicator-group-transport = Transport, transfer
indicator-group-harbouring = Harbouring, reception
indicator-group-threat = Threat
indicator-group-violence = Violence
indicator-group-movement = Restriction of movement
indicator-group-isolation = Isolation
indicator-group-documents = Retention of documents
indicator-group-wages = Withholding of wages
indicator-group-deception = Deception
indicator-group-vulnerability = Abuse of vulnerability
indicator-group-debt = Debt bondage

indicator-purpose-no-refusal = May not refuse clients, is forced into prostitution even when ill or pregnant, or is forced to have sex without condoms.
indicator-purpose-hands-over-money = May not keep the money she earns and must hand it over to someone else.
indicator-purpose-always-accompanied = Is always accompanied by someone when going out.
indicator-purpose-no-time-off = Has no breaks, days off or free time, or must work on call.
indicator-purpose-moved-around = Is moved from one place to another without consent.

indicator-recruit-unknown-work = Did not know where they were going to work.
indicator-recruit-excessive-fee = Paid an excessive recruitment fee.
indicator-recruit-no-contract = Has no employment contract, badly defined conditions, or a contract in a language they do not master.

indicator-transport-not-own = Did not organise their own travel, or did not know the route from home to destination.
indicator-transport-afraid-escort = Seems afraid of the man or woman accompanying them.
indicator-transport-passport-returned = A third person hands back their passport just before crossing the border.
indicator-transport-strangers = The travellers in a group do not seem to know each other.

indicator-harbour-lives-at-work = Lives and sleeps at work.
indicator-harbour-overcrowded = Sleeping quarters are overcrowded and unhealthy, lack basic sanitation, with little or no privacy.
indicator-harbour-limited-movement = Has limited freedom of movement where they stay.

indicator-threat-fear = Shows fear or seems ill at ease, especially with the supervisor, the boss, or those who accompanied them on the journey or across the border.
indicator-threat-indoctrinated = Makes incoherent remarks or seems indoctrinated.
indicator-threat-aggressive-escort = The men or women accompanying them behave aggressively towards them.

indicator-violence-injuries = Has visible injuries (bruises, scars, cuts, injuries to mouth or teeth, cigarette burns).
indicator-violence-fear-signs = Shows signs of fear or unease (sweating, trembling, trouble answering directly, avoiding eye contact not explained by culture).
indicator-violence-emergency-visits = Often visits emergency care for injuries, STIs or an abortion.

indicator-movement-lives-works = Lives and works at the same place.
indicator-movement-controls = Control measures at the workplace: cameras, signs forbidding leaving, windows that do not open or are barred, locked doors.
indicator-movement-moved = Is moved by the pimp (or the venue's manager) from one place to another without consent.

indicator-isolation-no-address = Does not know where they live or their address.
indicator-isolation-remote = The workplace is remote, hard to reach by public or own transport.
indicator-isolation-no-communication = Has limited or no access to means of communication (phone, post, internet).
indicator-isolation-speaks-for = The pimp or employer insists on answering for them and/or translating everything.

indicator-documents-no-access = Has no access to identity documents (passport, ID, visa, work or residence permit) or other important belongings (return ticket), not even on request.
indicator-documents-others-same = Other sex workers (or workers) are in the same situation, without access to their documents.
indicator-documents-forged = The identity documents appear to be forged.

indicator-wages-hands-over-all = Must give all money received from clients to the supervisor.
indicator-wages-no-proof = The employer cannot show a contract or proof of wages paid, or work documents or payslips have been altered.
indicator-wages-irregular = Payments are irregular and/or often late.
indicator-wages-unknown-earnings = Does not know how much they earn.

indicator-deception-not-told = Did not know they would end up in prostitution or have to provide sexual services.
indicator-deception-conditions-differ = The actual working conditions differ from those promised orally or in writing.
indicator-deception-new-contract = Signed a new contract after arriving at work.

indicator-vuln-no-permits = Their administrative file is incomplete, without residence and work permit.
indicator-vuln-discriminated = Belongs to a group that is discriminated against or lacks equal rights (gender, refugee or asylum status, ethnic origin, disability, orphan, religious or cultural minority).
indicator-vuln-education-language = Has little education, is illiterate, or does not speak or understand the local language.
indicator-vuln-dependent = Depends on others in several ways (on the employer for housing, food, jobs for relatives or other needs).
indicator-vuln-emotional-ties = Is emotionally and economically bound to the employer or recruiter (a love relationship, family ties).
indicator-vuln-fearful-beliefs = Speaks fearfully or reluctantly about their religious or cultural beliefs.

indicator-debt-excessive-fee = Must repay an excessive fee for recruitment, transport, housing, food, tools or safety equipment, deducted directly from earnings.
indicator-debt-advances-unclear = The repayment of advances on wages is unclear or manipulated.
indicator-debt-works-off-loan = Must work to repay a new loan or past debts.
indicator-debt-parents-paid = Parents received a payment to let their child go with the traffickers.

annex-row-recruitment = Recruitment
annex-row-transport = Transport/transfer
annex-row-harbouring = Harbouring/reception
annex-row-threat = Threat
annex-row-violence = Violence
annex-row-movement = Restriction of movement
annex-row-isolation = Isolation
annex-row-documents = Retention of documents
annex-row-wages = Withholding of wages
annex-row-deception = Fraud/deception
annex-row-vulnerability = Abuse of power or vulnerability
annex-row-payments = Giving or receiving payments
annex-row-labour = Labour exploitation
annex-row-sexual = Sexual exploitation
annex-row-begging = Forced begging or criminal activities
