## The Telegram bot: commands, descriptions and the replies of the adapter.

tg-cmd-start = Start, or show where you are
tg-cmd-screen = Screening, step by step
tg-cmd-learn = Learn: the definition and the rules
tg-cmd-practice = Practise with scenarios
tg-cmd-contacts = Contacts for your country
tg-cmd-language = Change the language
tg-cmd-country = Change the country
tg-cmd-help = How this bot works
tg-cmd-exit = Quick exit: remove this conversation
tg-cmd-forget = Forget my settings and progress

tg-short-description = Recognising possible victims of trafficking for sexual exploitation, step by step (EU EuroTrafGuid guide).
tg-description = Firstline guides first-line workers through the EU EuroTrafGuid guide for recognising possible victims of trafficking for sexual exploitation, and ends with the right next step and the right contacts.

    It keeps no names, no ids and nothing you type. Quick exit on every screen removes the conversation.

tg-help = Firstline guides you through the EU EuroTrafGuid guide one screen at a time. Use the buttons; typing is not needed, and nothing you type is kept.
    /screen  screening, step by step
    /contacts  contacts for your country
    /language  /country  change your settings
    /exit  quick exit: removes this conversation (also the ✖ button on every screen)
    /forget  forget your settings and progress, keep the messages

tg-media = Photos, voice messages, files, contacts and locations are not read, kept or passed on. Please do not send them: use the buttons.
tg-forgotten = Your settings and progress are forgotten. Send /start to begin again.
tg-exit-left = Some messages could not be deleted. To remove them, delete this chat in Telegram.
tg-group-private = Firstline works in a private chat only, so that nothing is shared with a group. Open a private chat with the bot.
tg-group-open = Open a private chat
tg-document-failed = The document could not be made just now. Please try again.
tg-storage-unavailable = Firstline cannot save your progress just now, so this step was not taken. Your screen is as it was: please try again in a minute.
