"""A card to hand over: a country's contacts as a PNG, in the person's language,
with a QR code of the bot's deep link that opens the same contacts in Telegram.

Made in memory; the PNG carries no text chunks or other metadata. The deep link
is given whole by the caller (it knows the bot's username):
https://t.me/<bot>?start=contacts_<lang>_<COUNTRY>.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno
from PIL import Image, ImageDraw, ImageFont

from bot.documents.fonts import drawable, font_path
from bot.render import contact_details, contact_name, dated, description, gap_line, roles_text
from bot.runtime import Runtime
from flows.contacts import ROLES
from flows.phones import EU_WIDE

FILENAME = "contacts.png"
WIDTH = 1080  # Telegram shows photos up to 1280 px wide; text stays legible after its compression
MARGIN = 64
QR_MODULE = 10  # pixels per QR module: version 4-5 codes come out about 400 px wide
QR_BORDER = 4  # the quiet zone the QR standard asks for, in modules
INK, SOFT, ACCENT, PAPER = (20, 20, 20), (95, 95, 95), (20, 50, 110), (255, 255, 255)


@dataclass(frozen=True)
class Entry:
    name: str
    role: str
    phone: str | None
    details: str
    checked: str


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    # Loaded afresh each time (a tenth of a millisecond): a FreeType face is not to be
    # shared between threads, and the adapter draws cards in worker threads.
    font = ImageFont.truetype(str(font_path()), size)
    axes = font.get_variation_axes()
    # Variable font: choose the weight on its axis, keep every other axis at its default.
    font.set_variation_by_axes([700 if bold and a["name"] == b"Weight" else a["default"] for a in axes])
    return font


def handover_card(runtime: Runtime, country: str | None, lang: str, deep_link: str, scan: str = "card-scan") -> bytes:
    """The card for `country` (the EU-wide set when none is chosen) in `lang`. `scan`: the line
    under the code (the web channel's code opens a web page, not Telegram)."""
    country = country or EU_WIDE
    cat = runtime.catalog

    def t(msg_id: str, **args) -> str:
        return drawable(cat.text(lang, msg_id, args))

    entries = [
        Entry(
            name=drawable(contact_name(cat, lang, listed)),
            role=drawable(roles_text(cat, lang, listed)),
            phone=listed.entry.phone,
            details=drawable(
                " · ".join(
                    p for p in (contact_details(cat, lang, listed, phone=False), description(cat, lang, listed)) if p
                )
            ),
            checked=drawable(dated(cat, lang, listed)),
        )
        if listed.kind == "entry"
        else Entry(
            name=drawable(roles_text(cat, lang, listed)),
            role="",
            phone=None,
            details=drawable(gap_line(cat, lang, listed)),
            checked="",
        )
        for listed in runtime.library.contacts_for(country, list(ROLES))
    ]
    return draw_card(t("card-title"), t(f"country-{country.lower()}"), t("card-intro"), entries, t(scan), deep_link)


def draw_card(title: str, country: str, intro: str, entries: list[Entry], scan: str, deep_link: str) -> bytes:
    qr = segno.make(deep_link, error="m", micro=False)
    canvas = Image.new("RGB", (WIDTH, 12000), PAPER)  # cropped to what is drawn
    pen = ImageDraw.Draw(canvas)
    y = MARGIN
    # One face per size and weight for this card (this thread's alone): a face keeps the
    # glyphs it has rendered, so a name set in 32 px bold the second time costs little.
    fonts: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}

    def text(s: str, size: int, fill=INK, bold: bool = False, gap: int = 0) -> None:
        nonlocal y
        if (size, bold) not in fonts:
            fonts[size, bold] = _font(size, bold)
        font = fonts[size, bold]
        for line in _wrap(s, font, WIDTH - 2 * MARGIN):
            pen.text((MARGIN, y), line, font=font, fill=fill)
            y += int(size * 1.3)
        y += gap

    text(title, 60, ACCENT, bold=True, gap=4)
    text(country, 38, ACCENT, gap=16)
    text(intro, 32, gap=28)
    for e in entries:
        pen.line((MARGIN, y - 12, WIDTH - MARGIN, y - 12), fill=(215, 215, 215), width=2)
        text(e.name, 32, bold=True)
        text(e.role, 26, SOFT, gap=2)
        if e.phone:
            text(e.phone, 44, bold=True)
        if e.details:
            text(e.details, 28)
        text(e.checked, 22, SOFT, gap=24)

    y += 8
    text(scan, 30, gap=8)
    side = (len(qr.matrix) + 2 * QR_BORDER) * QR_MODULE
    left = (WIDTH - side) // 2
    for r, row in enumerate(qr.matrix_iter(scale=1, border=QR_BORDER)):
        for c, dark in enumerate(row):
            if dark:
                x0, y0 = left + c * QR_MODULE, y + r * QR_MODULE
                pen.rectangle((x0, y0, x0 + QR_MODULE - 1, y0 + QR_MODULE - 1), fill=INK)
    y += side + 4
    text(deep_link, 22, SOFT, gap=MARGIN // 2)

    out = io.BytesIO()
    # zlib's default level: `optimize` saved 4 % of the bytes for four times the CPU (0.8 s).
    canvas.crop((0, 0, WIDTH, y)).save(out, format="PNG")
    return out.getvalue()


def _wrap(s: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is cut."""
    lines: list[str] = []
    for paragraph in s.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if font.getlength(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while font.getlength(word) > width:
                cut = max(1, int(len(word) * width / font.getlength(word)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines
