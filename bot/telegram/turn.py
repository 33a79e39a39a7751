"""One update in a private chat, one turn, read top to bottom:

    receive -> load -> decide (a repeat, /forget, quick exit, or an engine event)
            -> advance -> save -> show -> note where the screen now is

Nothing is shown before the new step is saved, so a reply the user sees is
always one the store can resume from. Each update names its chat only to find
the session (through the store's keyed hash) and to send the reply; no id,
name or text goes anywhere else.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import NamedTuple

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

import flows
from bot.render import render
from bot.runtime import Runtime
from bot.sessions import new_session
from bot.store import Conversation, SessionStore, StorageUnavailable
from bot.telegram import buttons, deeplinks
from bot.telegram.commands import FLOW_COMMANDS, SETTING_COMMANDS
from bot.telegram.delivery import answer, edits_in_place, show
from bot.telegram.documents import send_documents
from bot.telegram.incoming import Command, Incoming, Media, Pressed, Typed, classify
from bot.telegram.languages import interface_language
from bot.telegram.pending import Pending
from bot.telegram.processor import PerChatUpdateProcessor
from bot.telegram.retries import transient
from bot.telegram.screens import TelegramScreen, for_telegram
from bot.telegram.stages import BOT_API, COMMIT, HANDLER, OFF, Stages
from flows import Event, Msg, Press, Reply, Screen, SetCountry, SetLanguage, Show, Start

log = logging.getLogger(__name__)

# A new user is asked for the country once; the language comes from Telegram.
FIRST_STEP = ("setup", "country")
# A notice that messages were left after a quick exit deletes itself after this long.
NOTICE_SECONDS = 60


class Received(NamedTuple):
    """What one update in a private chat asks, read once: the callback data decoded here
    and nowhere else. (A named tuple: as unchangeable as a frozen dataclass, made in a
    fifth of the time, on every update.)"""

    chat_id: int
    key: bytes  # the chat's session, by keyed hash
    update_id: int
    incoming: Incoming
    query: CallbackQuery | None
    pressed: int | None  # the message whose button was pressed
    button: tuple[int, str] | None  # (nonce, action) of that button; None if forged or unreadable
    message_id: int | None  # the user's own message, to delete on quick exit

    @property
    def command(self) -> str | None:
        return self.incoming.name if isinstance(self.incoming, Command) else None

    @property
    def wants_exit(self) -> bool:
        """Quick exit works from any button that ever showed it, out of date or not:
        in a hurry nobody should get 'this button is out of date' instead."""
        return self.command == "exit" or (self.button is not None and self.button[1] == flows.EXIT)


@dataclass
class Advanced:
    """What the engine made of the update, and what the screen on show was before it."""

    reply: Reply
    notices: list[Msg] = field(default_factory=list)
    on_show: int | None = None  # the nonce of the screen on show before this turn
    hour: int = 0
    repeat: bool = False  # an update applied before a restart, its screen shown again


class UpdateHandler:
    """python-telegram-bot's handler of every update: a turn in a private chat, a pointer
    to one in a group."""

    def __init__(
        self,
        runtime: Runtime,
        store: SessionStore,
        chats: PerChatUpdateProcessor | None = None,
        pending: Pending | None = None,
        stages: Stages = OFF,
    ):
        self.rt = runtime
        self.store = store
        # Each chat's updates in order; work done outside an update takes its turn too.
        self.chats = chats or PerChatUpdateProcessor(1)
        self.pending = pending or Pending()
        self.pending.show_again, self.pending.tell = self.show_again, self._tell_left
        self.stages = stages  # CPU time by stage, for the benchmark
        _check_entry_points(runtime)

    @property
    def library(self) -> flows.Library:
        return self.rt.library

    def text(self, lang: str, msg_id: str) -> str:
        return self.rt.catalog.text(lang, msg_id)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        with self.stages(HANDLER):
            await self._handle(update, context.bot)

    async def _handle(self, update: Update, bot: Bot) -> None:
        with self.stages("receiving"):
            incoming = classify(update, bot.username)
            chat = update.effective_chat
            if incoming is None or chat is None:
                return
            started = time.monotonic()
            user = update.effective_user
            lang = interface_language(user.language_code if user else None, self.library.languages)
            got = self._receive(update, incoming) if chat.type == ChatType.PRIVATE else None
        if got is not None:
            await self._turn(bot, update, got, lang)
        else:
            await self._in_group(bot, update, incoming, lang)
        # The kind of update and the time it took: enough to run the bot, nothing about anyone.
        log.debug("%s handled in %.0f ms", type(incoming).__name__, (time.monotonic() - started) * 1000)

    # --- a private chat ------------------------------------------------------------

    def _receive(self, update: Update, incoming: Incoming) -> Received:
        query = update.callback_query
        pressed = incoming.message_id if isinstance(incoming, Pressed) else None
        return Received(
            chat_id=update.effective_chat.id,
            key=self.store.key(update.effective_chat.id),
            update_id=update.update_id,
            incoming=incoming,
            query=query,
            pressed=pressed,
            button=buttons.decode(incoming.data) if isinstance(incoming, Pressed) else None,
            message_id=update.message.message_id if update.message is not None else None,
        )

    async def _turn(self, bot: Bot, update: Update, got: Received, user_lang: str) -> None:
        lang = user_lang
        try:
            with self.stages("session store: load"):
                conversation = await self.store.load(got.key)
            lang = conversation.session.lang if conversation else user_lang
            repeat = conversation is not None and conversation.applied(got.update_id)
            if repeat and not _reply_may_be_missing(conversation, got.update_id):
                # Delivered again (a restart before Telegram heard we had it): applied and answered already.
                if got.query is not None:
                    await answer(got.query)
                return
            if not repeat and got.command == "forget":
                await self.store.delete(got.key)
                await bot.send_message(got.chat_id, self.text(lang, "tg-forgotten"))
                return
            if not repeat and got.wants_exit:
                await self._quick_exit(bot, update, got.key, conversation)
                return
            conversation, advanced = self._advance(got, conversation, user_lang, repeat)
            if not repeat:
                with self.stages("session store: save"):
                    row = self.store.row(conversation)
                with self.stages(COMMIT):
                    await self.store.write(got.key, row)  # saved before anything is shown
        except StorageUnavailable:
            # Nothing was taken and nothing half-written: the screen stays as it was.
            await self._cannot_save(bot, update, lang)
            return
        if advanced.reply.exit:
            await self._quick_exit(bot, update, got.key, conversation)
            return
        await self._show(bot, got, conversation, advanced)

    def _advance(
        self, got: Received, conversation: Conversation | None, user_lang: str, repeat: bool
    ) -> tuple[Conversation, Advanced]:
        """The engine's step for the update, and the bookkeeping saved with it."""
        fresh = conversation is None
        if conversation is None:
            conversation = Conversation(session=new_session(self.library, user_lang))
        advanced = Advanced(
            Reply(),
            on_show=None if fresh or repeat else conversation.session.nonce,
            hour=self.store.hour(),
            repeat=repeat,
        )
        if repeat:
            # Applied before a restart, its reply perhaps never shown: show where the user is.
            session, event = conversation.session, Show()
        else:
            with self.stages("deciding the event"):
                session, event, advanced.notices = self._event(got, conversation, fresh)
            # The turn before this one ended by showing its screen (a turn cut short is
            # answered again, see _reply_may_be_missing): saved with this turn's step.
            conversation.reached = advanced.on_show
        with self.stages("engine"):
            conversation.session, advanced.reply = flows.advance(self.library, session, event)
        advanced.notices += advanced.reply.notices
        if not repeat:
            conversation.apply(got.update_id)
            if got.message_id is not None:
                conversation.remember(got.message_id, advanced.hour)
            # A screen that goes out as a new message is on one not on record until the
            # bookkeeping after it is saved (see Conversation.on_screen).
            conversation.moving = not edits_in_place(conversation, got.pressed)
        return conversation, advanced

    def _event(self, got: Received, conversation: Conversation, fresh: bool) -> tuple[flows.Session, Event, list[Msg]]:
        """The engine event for what came in, with notices the adapter adds. A deep link's
        language and country are events of their own, applied first."""
        session = conversation.session
        resume: Event = _start(FIRST_STEP) if fresh else Show()
        incoming = got.incoming
        if isinstance(incoming, Pressed):
            # Forged, from a session forgotten since, or from a message the current screen is
            # not on (the nonce alone is a counter, easily guessed): out of date.
            if got.button is None or fresh or not conversation.on_screen(incoming.message_id):
                return session, resume, [Msg(id="notice-stale")]
            nonce, action = got.button
            return session, Press(action=action, nonce=nonce), []
        if isinstance(incoming, Typed):
            return session, resume if fresh else flows.TypedText(), []
        if isinstance(incoming, Media):
            return session, resume, [Msg(id="tg-media")]
        name = incoming.name
        if name == "start":
            link = deeplinks.parse(incoming.payload, self.library)
            if link is None:
                return session, resume, []
            if link.lang:
                session, _ = flows.advance(self.library, session, SetLanguage(lang=link.lang))
            if link.country:
                session, _ = flows.advance(self.library, session, SetCountry(country=link.country))
            return session, self._open(link.flow, session), []
        if name in FLOW_COMMANDS:  # every one is shipped (_check_entry_points)
            return session, self._open(FLOW_COMMANDS[name], session), []
        if name in SETTING_COMMANDS:
            return session, _start(SETTING_COMMANDS[name]), []
        if name == "help":
            return session, resume, [Msg(id="tg-help")]
        return session, resume if fresh else flows.TypedText(), []  # a command we do not have

    @staticmethod
    def _open(flow: str, session: flows.Session) -> Event:
        # Contacts close every flow: without a country there would be none to give.
        return _start(FIRST_STEP) if session.country is None else Start(flow=flow)

    async def _show(self, bot: Bot, got: Received, conversation: Conversation, advanced: Advanced) -> None:
        """Documents, the toast and the screen, after the step is saved."""
        lang, reply, notices = conversation.session.lang, advanced.reply, advanced.notices
        where = _where(conversation)
        done = False
        try:
            if reply.documents:
                with self.stages(BOT_API):
                    sent = await send_documents(bot, got.chat_id, self.rt, conversation, reply.documents, advanced.hour)
                if not sent:
                    notices.append(Msg(id="tg-document-failed"))
            toast = None
            if got.query is not None:
                # About a button: said in a toast, so the screen message stays clean.
                toast = "\n".join(self.rt.catalog.render(lang, n) for n in notices)
                notices = []
            screen = self._for_telegram(lang, reply.screen, notices)
            with self.stages(BOT_API):
                if got.query is not None:
                    await answer(got.query, toast)
                await show(
                    bot,
                    got.chat_id,
                    conversation,
                    screen,
                    advanced.hour,
                    pressed=got.pressed,
                    same=reply.screen.nonce == advanced.on_show,
                )
            done = True
            self.pending.screen_shown(got.chat_id)
        except TelegramError as e:
            if not transient(e):
                raise
            # Telegram stayed unreachable beyond one call's retries: the step is saved, its
            # screen not shown. Shown from the stored session once Telegram answers again.
            log.warning(
                "a reply could not be delivered (%s); it is shown once Telegram answers again", type(e).__name__
            )
            self.pending.screen_lost(bot, got.chat_id)
        finally:
            # The step itself was saved before the reply: this is bookkeeping the user does
            # not wait for (a failure to write it is the operator's to hear of, and was told).
            if self._note_where(conversation, where, done, advanced.repeat):
                with self.stages("session store: save after showing"):
                    self.store.save_soon(got.key, conversation)

    @staticmethod
    def _note_where(conversation: Conversation, where: tuple, done: bool, repeat: bool = False) -> bool:
        """Where the screen now is, for the next edit, and every message sent, for quick
        exit: kept even when showing failed halfway. True when that changed and must be
        saved; an edit in place changes none of it, and is not saved again (`reached` then
        lags, which costs at most an edit)."""
        if _where(conversation) == where:
            return False
        if done:
            # A screen sent again after a restart (`repeat`) may have gone out before it too, on
            # a message not on record that the user may tap: `moving` stays until the next turn.
            conversation.reached = conversation.session.nonce
            conversation.moving = conversation.moving and repeat
        return True

    async def _cannot_save(self, bot: Bot, update: Update, lang: str) -> None:
        """The session store cannot be used: say so, in a way that cannot be missed."""
        text = self.text(lang, "tg-storage-unavailable")
        if update.callback_query is not None:
            await answer(update.callback_query, text, alert=True)
        else:
            await bot.send_message(update.effective_chat.id, text)

    def _for_telegram(self, lang: str, screen: Screen, notices: list[Msg]) -> TelegramScreen:
        with self.stages("rendering"):
            return for_telegram(render(self.rt.catalog, lang, screen, notices), screen.nonce, screen.ends)

    async def _quick_exit(self, bot: Bot, update: Update, key: bytes, conversation: Conversation | None) -> None:
        chat_id = update.effective_chat.id
        hour = self.store.hour()
        ids = conversation.deletable(hour) if conversation else []
        too_old = conversation.too_old(hour) if conversation else 0
        lang = (
            conversation.session.lang
            if conversation
            else interface_language(
                update.effective_user.language_code if update.effective_user else None, self.library.languages
            )
        )
        if update.message is not None:
            ids.append(update.message.message_id)  # the /exit itself
        if update.callback_query is not None:
            ids.append(update.callback_query.message.message_id)
        # Forgotten first: whatever happens to the deleting, nothing is left on record. A store
        # that cannot delete just now never loads the session again (and retries): the
        # messages go regardless.
        with contextlib.suppress(StorageUnavailable):
            await self.store.delete(key)
        self.pending.forget_screen(chat_id)
        # What Telegram cannot take now stays in memory (the chat id and message ids, nothing
        # else) and is deleted in the background as soon as it can.
        refused = await self.pending.delete(bot, chat_id, list(dict.fromkeys(ids)), lang)
        left = bool(refused) or too_old > 0
        if update.callback_query is not None:
            # No toast, someone may be looking; unless messages were left, which the user must
            # know: a toast vanishes by itself.
            await answer(update.callback_query, self.text(lang, "tg-exit-left") if left else None)
        elif left:
            try:
                await self._tell_left(bot, chat_id, lang)
            except TelegramError as e:
                if not transient(e):
                    raise
                log.info("a chat could not be told that messages were left (%s)", type(e).__name__)

    async def _tell_left(self, bot: Bot, chat_id: int, lang: str) -> None:
        """Some messages could not be deleted: a notice that deletes itself."""
        sent = await bot.send_message(chat_id, self.text(lang, "tg-exit-left"))
        self.pending.delete_later(bot, chat_id, [sent.message_id], lang, after=NOTICE_SECONDS)

    async def show_again(self, bot: Bot, chat_id: int) -> None:
        """Show the chat's current screen from the stored session (its reply was lost while
        Telegram could not be reached), in turn with the chat's updates."""
        async with self.chats.chat(chat_id):
            if not self.pending.owes_screen(chat_id):
                return  # an update shown since did it
            key = self.store.key(chat_id)
            conversation = await self.store.load(key)
            if conversation is None:
                return  # forgotten since
            conversation.session, reply = flows.advance(self.library, conversation.session, Show())
            hour, where = self.store.hour(), _where(conversation)
            # Into the message the screen is on (an out-of-date one would show no change),
            # or below it when that one ended a flow and stays.
            done = False
            try:
                screen = self._for_telegram(conversation.session.lang, reply.screen, [])
                await show(bot, chat_id, conversation, screen, hour, pressed=conversation.screen)
                done = True
            finally:
                if self._note_where(conversation, where, done):
                    await self.store.save(key, conversation)
            self.pending.screen_shown(chat_id)

    # --- groups --------------------------------------------------------------------

    async def _in_group(self, bot: Bot, update: Update, incoming: Incoming, lang: str) -> None:
        """No screening in a group: point to a private chat, keep nothing."""
        if isinstance(incoming, Pressed):
            await answer(update.callback_query, self.text(lang, "tg-group-private"))
        elif isinstance(incoming, Command):
            button = InlineKeyboardButton(self.text(lang, "tg-group-open"), url=f"https://t.me/{bot.username}")
            await bot.send_message(
                update.effective_chat.id,
                self.text(lang, "tg-group-private"),
                reply_markup=InlineKeyboardMarkup([[button]]),
            )
        # Other group messages are not addressed to the bot: left alone.


def _reply_may_be_missing(conversation: Conversation, update_id: int) -> bool:
    """An update applied before: did its reply reach the chat? Only the last update applied
    can lack one (each turn shows its screen before the next turn starts, and that screen
    replaces any earlier one), and only if the screen on record as reaching the chat is not
    the session's (the bot stopped between saving and showing). `reached` is not saved after
    an edit in place but with the next turn, so it may lag one turn: then the screen is
    edited into what it already is, which changes nothing."""
    return conversation.updates[-1:] == [update_id] and conversation.reached != conversation.session.nonce


def _where(conversation: Conversation) -> tuple:
    """What showing a screen can change in a conversation, to tell whether it must be saved again."""
    messages = conversation.messages
    return conversation.screen, conversation.kept, len(messages), messages[-1] if messages else None


def _start(target: tuple[str, str]) -> Start:
    flow, step = target
    return Start(flow=flow, at=step)


def _check_entry_points(runtime: Runtime) -> None:
    """Fail at start, not mid-shift, when the flows lack one the commands open."""
    for flow, step in (FIRST_STEP, *SETTING_COMMANDS.values()):
        if flow not in runtime.library.flows or step not in runtime.library.flows[flow].step_index:
            raise ValueError(f"the Telegram adapter needs step '{step}' of flow '{flow}'")
    for command, flow in FLOW_COMMANDS.items():
        if flow not in runtime.library.flows:
            raise ValueError(f"the Telegram adapter's /{command} needs flow '{flow}'")
