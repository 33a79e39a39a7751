"""A per-client rate limit that keeps no address.

Clients are counted under a keyed hash of their address (a random key made at
start and never written anywhere), in two one-minute windows: the current one
and the one before, which is dropped whole when the next begins. So nothing
about a client outlives two minutes, and what is held cannot be turned back
into an address without the key, which dies with the process.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable

WINDOW_SECONDS = 60
MAX_TRACKED = 100_000  # clients per window; beyond it new ones are not counted (memory stays bounded)


class RateLimit:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self.clock = clock
        self._key = os.urandom(32)
        self._start = clock()
        self._current: dict[bytes, int] = {}
        self._previous: dict[bytes, int] = {}

    def allow(self, address: str) -> bool:
        now = self.clock()
        elapsed = now - self._start
        if elapsed >= WINDOW_SECONDS:
            self._previous = self._current if elapsed < 2 * WINDOW_SECONDS else {}
            self._current = {}
            self._start, elapsed = now, 0.0
        # BLAKE2b in keyed mode is a MAC, and a few times cheaper here than HMAC-SHA256.
        key = hashlib.blake2b(address.encode(), key=self._key, digest_size=12).digest()
        count = self._current.get(key, 0)
        if count == 0 and len(self._current) >= MAX_TRACKED:
            return True
        self._current[key] = count + 1
        # A sliding minute: the previous window counts for the part of it still within the last 60 s.
        earlier = self._previous.get(key, 0) * (1 - elapsed / WINDOW_SECONDS)
        return count + 1 + earlier <= self.per_minute

    @property
    def tracked(self) -> int:
        return len(self._current) + len(self._previous)
