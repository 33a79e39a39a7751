## The outcomes (the guide's sections "What should you do, and how?" and "Take action"). Fixed ids: unsafe, A, B, C, D.

outcome-unsafe = ⚠ Not safe: leave, and call the police (112).
    Do not go on with the conversation while a pimp or criminal is present, listening in or threatening.

outcome-a = Outcome A · a child
    Contact child protection first, immediately. Its specialists (including psychologists and doctors) find out whether the child is a victim of trafficking and decide whether and how to contact the parents or guardian.
    Meanwhile, help the child feel safe and pay attention to their fears.

outcome-b = Outcome B · adult, possible victim, agrees to referral
    Contact the specialised agency to refer the person for formal identification and support.
    Their identity is passed on only with their consent.

outcome-c = Outcome C · adult, possible victim, does not agree to referral (yet)
    • Ask the person to reconsider the decision.
    • Give an overview of contacts, in case they change their mind.
    • Give the details of organisations that support specific needs, such as medical checks or legal assistance.
    ⚠ Whether you must inform the authorities whatever the person consents to depends on the country: see its rules below.

outcome-d = Outcome D · probably not a victim, but needs help
    Give the person a list of specific support organisations and information about trafficking in human beings.

outcome-d-child = Outcome D · a child, without sufficient reason to suspect exploitation for now, but needs help
    Give the child the contacts for children below.
    If signs of exploitation appear later, contact child protection immediately.

outcome-later = Postponed · until there is an interpreter acceptable to you both
    You could not talk with the person, so nothing is decided yet. For now, as in outcome D, the person leaves with the contacts below. Go through the screening again once the interpreter is there.
