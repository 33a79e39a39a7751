"""An engine screen as Telegram shows it: text in pieces Telegram accepts, and an inline keyboard."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.render import TELEGRAM_TEXT_LIMIT, Rendered, RenderedButton
from bot.telegram import buttons


@dataclass(frozen=True)
class TelegramScreen:
    """What to put on screen: all but the last piece are plain messages; the last carries the keyboard."""

    pieces: list[str]
    keyboard: str  # an InlineKeyboardMarkup as the Bot API's JSON, which python-telegram-bot sends as it is
    ends: bool  # the screen ends a flow: it stays in the chat when the next one comes


def for_telegram(rendered: Rendered, nonce: int, ends: bool) -> TelegramScreen:
    pieces = _PIECES.get(rendered.text)
    if pieces is None:
        if len(_PIECES) >= MAX_REMEMBERED_TEXTS:
            _PIECES.clear()  # a crude bound, never reached by the shipped flows
        pieces = _PIECES[rendered.text] = split_text(rendered.text)
    return TelegramScreen(pieces=pieces, keyboard=keyboard(rendered, nonce), ends=ends)


# A screen's text cut into pieces, by text: the same screens come again and again.
_PIECES: dict[str, list[str]] = {}
MAX_REMEMBERED_TEXTS = 20_000


def keyboard(rendered: Rendered, nonce: int) -> str:
    """The keyboard's JSON for this nonce: the JSON around the nonces is made once per
    rendered screen, and each screen shown puts its nonce between the parts."""
    buttons = rendered.buttons
    known = _KEYBOARDS.get(id(buttons))
    # The entry holds the buttons it was made from: while it does, no other list has their id.
    if known is None or known[0] is not buttons:
        if len(_KEYBOARDS) >= MAX_REMEMBERED_TEXTS:
            _KEYBOARDS.clear()
        known = _KEYBOARDS[id(buttons)] = (buttons, _keyboard_parts(buttons))
    return str(nonce).join(known[1])


_KEYBOARDS: dict[int, tuple[list[list[RenderedButton]], list[str]]] = {}


def _keyboard_parts(rows: list[list[RenderedButton]]) -> list[str]:
    """The keyboard's JSON cut where each button's nonce goes (see bot/telegram/buttons.py)."""
    parts, part = [], '{"inline_keyboard":['
    for r, row in enumerate(rows):
        part += "," * (r > 0) + "["
        for n, b in enumerate(row):
            part += "," * (n > 0) + '{"text":' + json.dumps(b.label) + ',"callback_data":"'
            parts.append(part)
            part = json.dumps(buttons.encode(0, b.action)).removeprefix('"0') + "}"
        part += "]"
    parts.append(part + "]}")
    return parts


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Pieces Telegram accepts, cut between paragraphs, else lines, else words.

    Telegram counts UTF-16 code units, so an emoji can count twice.
    """
    pieces: list[str] = []
    rest = text
    while _units(rest) > limit:
        fits = _fitting_prefix(rest, limit)
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = rest.rfind(sep, 0, fits)
            if cut > 0:
                break
        if cut <= 0:
            cut = fits
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return [p for p in pieces if p]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """The length of the longest prefix of `text` within `limit` UTF-16 units."""
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)
