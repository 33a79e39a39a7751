"""The sealed state and the rate limit, without a server."""

from __future__ import annotations

import base64

import pytest

from bot.web.ratelimit import WINDOW_SECONDS, RateLimit
from bot.web.seal import HEADER, Refused, Sealer, new_key, parse_key


def test_a_sealed_state_opens_only_as_sealed():
    now = [1000.0]
    sealer = Sealer(new_key(), None, 60, clock=lambda: now[0])
    token = sealer.seal(b'{"lang":"nl"}')
    assert sealer.open(token) == b'{"lang":"nl"}'
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    for i in (0, 5, HEADER.size + 1, len(raw) - 1):  # version, issue time, nonce, tag
        changed = bytearray(raw)
        changed[i] ^= 1
        with pytest.raises(Refused):
            sealer.open(base64.urlsafe_b64encode(bytes(changed)).decode().rstrip("="))
    with pytest.raises(Refused):
        Sealer(new_key(), None, 60, clock=lambda: now[0]).open(token)
    now[0] += 61
    with pytest.raises(Refused):
        sealer.open(token)


def test_a_state_from_the_future_is_refused():
    now = [1000.0]
    sealer = Sealer(new_key(), None, 600, clock=lambda: now[0])
    token = sealer.seal(b"x")
    now[0] -= 500
    with pytest.raises(Refused):
        sealer.open(token)


def test_a_web_key_is_base64_of_32_bytes():
    key = new_key()
    assert parse_key(base64.b64encode(key).decode()) == key
    assert parse_key(base64.urlsafe_b64encode(key).decode().rstrip("=")) == key
    for bad in ("", "not base64!", base64.b64encode(b"short").decode(), base64.b64encode(key + b"x").decode()):
        with pytest.raises(ValueError):
            parse_key(bad)


def test_the_rate_limit_counts_a_sliding_minute_and_forgets_after_two():
    now = [0.0]
    limit = RateLimit(3, clock=lambda: now[0])
    assert [limit.allow("198.51.100.1") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("198.51.100.2")
    now[0] += WINDOW_SECONDS + 1
    assert not limit.allow("198.51.100.1")  # the last minute still counts
    now[0] += 2 * WINDOW_SECONDS
    assert limit.allow("198.51.100.1")
    now[0] += 2 * WINDOW_SECONDS + 1
    limit.allow("198.51.100.3")
    assert limit.tracked == 1  # the others are gone
    assert all(b"198.51" not in k for k in limit._current)  # only keyed hashes are held
