"""The one font the documents use: Noto Sans, for Latin, Greek and Cyrillic alike.

It comes from PyPI as the `fontpkg-noto-sans` package (the Noto project's own file,
unmodified, under the SIL Open Font License 1.1), so `pip install` brings it and
nothing is fetched at run time. It is a variable font: the PDF uses its default
instance (regular), the card picks weights through FreeType.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from fontTools.ttLib import TTFont


@lru_cache(maxsize=1)
def font_path() -> Path:
    folder = Path(str(files("fontpkg_noto_sans") / "files"))
    upright = sorted(p for p in folder.glob("NotoSans*.ttf") if "Italic" not in p.name)
    if not upright:
        raise FileNotFoundError(f"no upright Noto Sans in {folder}: is fontpkg-noto-sans installed?")
    return upright[0]


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    font = TTFont(font_path(), lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def drawable(text: str) -> str:
    """The text without what the font cannot draw (emoji, flags, symbols such as ⚠),
    which would otherwise show as empty boxes; spaces left behind are tidied."""
    covered = _covered()
    kept = "".join(ch for ch in text if ch == "\n" or ord(ch) in covered or unicodedata.category(ch) == "Zs")
    lines = [" ".join(line.split()) for line in kept.split("\n")]
    return "\n".join(lines).strip()
