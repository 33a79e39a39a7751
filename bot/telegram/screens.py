"""An engine screen as Telegram shows it: text in pieces Telegram accepts, and an inline keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from bot.render import TELEGRAM_TEXT_LIMIT, Rendered
from bot.telegram import buttons


@dataclass(frozen=True)
class TelegramScreen:
    """What to put on screen: all but the last piece are plain messages; the last carries the keyboard."""

    pieces: list[str]
    keyboard: dict  # an InlineKeyboardMarkup as the Bot API's JSON (see raw.py)
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


def keyboard(rendered: Rendered, nonce: int) -> dict:
    return {
        "inline_keyboard": [
            [{"text": b.label, "callback_data": buttons.encode(nonce, b.action)} for b in row]
            for row in rendered.buttons
        ]
    }


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
