"""The canary: a user whose every identifying detail is known, and a byte-for-byte scan for them."""

from __future__ import annotations

import struct

from tests.telegram.conftest import TOKEN
from tests.telegram.people import FILE_ID_MARK, SHARED_PHONE

CANARY_ID = 7319284651
CANARY = {
    "first_name": "Wilhelmina",
    "last_name": "Zwanenburg-Quist",
    "username": "canary_wzq_1987",
    "language_code": "pt-BR",
}
TYPED = "Maria Kowalczyk is 16, lives at Kanaalstraat 12 Utrecht, phone 0612349876"


def needles() -> dict[str, list[bytes]]:
    found = {
        "user id": [str(CANARY_ID).encode(), struct.pack("<q", CANARY_ID), struct.pack(">q", CANARY_ID)],
        "bot token": [TOKEN.encode(), TOKEN.split(":")[1].encode()],
        "shared phone number": [SHARED_PHONE.encode(), SHARED_PHONE[1:].encode()],
        "media file id": [FILE_ID_MARK.encode()],
    }
    for name, value in CANARY.items():
        found[name] = [value.encode(), value.encode("utf-16-le")]
    for word in ("Kowalczyk", "Kanaalstraat", "0612349876", TYPED):
        found[f"typed {word[:12]}"] = [word.encode(), word.encode("utf-16-le")]
    return found


def scan(files) -> list[str]:
    leaks = []
    for path in files:
        data = path.read_bytes()
        for what, forms in needles().items():
            if any(form in data for form in forms):
                leaks.append(f"{what} in {path.name}")
    return leaks
