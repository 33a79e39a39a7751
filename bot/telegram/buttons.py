"""Button data: which screen a button belongs to and what it does.

Telegram allows 64 bytes of callback data. The nonce lets an adapter tell a
button of the current screen from an old or forged one.
"""

from __future__ import annotations

MAX_BYTES = 64
MAX_NONCE = 10**10 - 1  # the widest nonce a session can reach in practice


def encode(nonce: int, action: str) -> str:
    return f"{nonce}:{action}"


def decode(data: str | None) -> tuple[int, str] | None:
    """(nonce, action), or None for data this bot never made."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    nonce, sep, action = data.partition(":")
    if not sep or not nonce.isdigit() or not action:
        return None
    return int(nonce), action


def fits(action: str) -> bool:
    return len(encode(MAX_NONCE, action).encode()) <= MAX_BYTES
