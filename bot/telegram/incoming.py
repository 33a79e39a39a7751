"""What an update asks of the bot, read once so the rest never touches raw updates.

Edited messages, channel posts, inline queries, service messages and commands
meant for other bots come out as None: the bot leaves them alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import MessageEntity, Update


@dataclass(frozen=True)
class Command:
    name: str  # lower case, without "/" and "@bot"
    payload: str | None = None  # what follows the command, e.g. a deep-link payload


@dataclass(frozen=True)
class Pressed:
    data: str | None  # callback data as received: may be stale or forged
    message_id: int  # the message the button was on


@dataclass(frozen=True)
class Typed:
    """Text where buttons are expected; the text itself is never kept or passed on."""


@dataclass(frozen=True)
class Media:
    """A photo, voice note, document, contact, location, sticker…: never stored or forwarded."""


Incoming = Command | Pressed | Typed | Media


def classify(update: Update, bot_username: str | None) -> Incoming | None:
    query = update.callback_query
    if query is not None:
        if query.message is None:  # a button on an inline message: not ours to handle
            return None
        return Pressed(data=query.data, message_id=query.message.message_id)
    message = update.message  # only new messages: edits and channel posts are left alone
    if message is None:
        return None
    if message.text is not None:
        return _command(message.text, message.entities, bot_username) or Typed()
    if message.effective_attachment is not None:
        return Media()
    return None


def _command(text: str, entities, bot_username: str | None) -> Command | Typed | None:
    first = entities[0] if entities else None
    if first is None or first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
        return None
    word = text[: first.length]
    name, _, addressee = word[1:].partition("@")
    if addressee and (bot_username is None or addressee.lower() != bot_username.lower()):
        return Typed()  # a command for another bot
    rest = text[first.length :].strip()
    return Command(name=name.lower(), payload=rest or None)
