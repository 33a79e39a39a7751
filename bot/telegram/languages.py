"""The interface language of a new user, from what Telegram says about them.

Telegram's raw language_code (e.g. "pt-BR") is never kept: only the library
language it maps to.
"""

from __future__ import annotations

FALLBACK = "en"


def interface_language(language_code: str | None, available: tuple[str, ...]) -> str:
    if language_code:
        base = language_code.split("-")[0].strip().lower()
        if base in available:
            return base
    return FALLBACK if FALLBACK in available or not available else available[0]
