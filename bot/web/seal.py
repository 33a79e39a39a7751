"""The conversation's state sealed into the page: AES-GCM under the web key.

A sealed state is base64url of: version (1 byte) | issue time (8 bytes, seconds)
| nonce (12 bytes) | ciphertext with its tag. Version and issue time are the
authenticated data, so neither can be changed without the tag failing. A state
is refused when it does not open under a key we hold, or is older than the
session timeout (or issued in the future, beyond a little clock skew between
instances).

Key rotation: states sealed under the previous key are still opened, for one
timeout after this process started; new states are always sealed under the
current key. Then any state the previous key sealed is too old anyway.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct
import time
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12  # random per seal: 2^-32 collision odds only after ~2^32 seals per key
HEADER = struct.Struct(">BQ")  # version, issue time
SKEW_SECONDS = 120  # instances behind one balancer may disagree on the time this much
MAX_SEALED_CHARS = 16_384  # a state is a few hundred bytes; anything near this is not ours


class Refused(Exception):
    """Tampered with, truncated, sealed under a key we do not hold, or expired."""


def parse_key(text: str) -> bytes:
    """A web key as configured: base64 (standard or URL-safe) of exactly 32 bytes."""
    text = text.strip()
    try:
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("must be base64 (e.g. `openssl rand -base64 32`)") from None
    if len(raw) != KEY_BYTES:
        raise ValueError(f"must be {KEY_BYTES} bytes once decoded, not {len(raw)}")
    return raw


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


class Sealer:
    def __init__(
        self, key: bytes, previous: bytes | None, timeout_seconds: float, clock: Callable[[], float] = time.time
    ):
        self._current = AESGCM(key)
        self._previous = AESGCM(previous) if previous else None
        self.timeout = timeout_seconds
        self.clock = clock
        self._previous_until = clock() + timeout_seconds

    def seal(self, data: bytes) -> str:
        header = HEADER.pack(VERSION, int(self.clock()))
        nonce = os.urandom(NONCE_BYTES)
        sealed = header + nonce + self._current.encrypt(nonce, data, header)
        return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")

    def open(self, token: str) -> bytes:
        if not token or len(token) > MAX_SEALED_CHARS:
            raise Refused("empty or oversized")
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (binascii.Error, ValueError):
            raise Refused("not base64") from None
        if len(raw) < HEADER.size + NONCE_BYTES + 16:
            raise Refused("truncated")
        header, nonce, body = (
            raw[: HEADER.size],
            raw[HEADER.size : HEADER.size + NONCE_BYTES],
            raw[HEADER.size + NONCE_BYTES :],
        )
        version, issued = HEADER.unpack(header)
        if version != VERSION:
            raise Refused("unknown version")
        now = self.clock()
        if now - issued > self.timeout or issued - now > SKEW_SECONDS:
            raise Refused("expired")
        for cipher in self._ciphers(now):
            try:
                return cipher.decrypt(nonce, body, header)
            except InvalidTag:
                continue
        raise Refused("not sealed by a key we hold")

    def _ciphers(self, now: float) -> list[AESGCM]:
        if self._previous is not None and now < self._previous_until:
            return [self._current, self._previous]
        return [self._current]
