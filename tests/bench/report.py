"""The figures of one bench run, set against the targets of issue 7, as text."""

from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.drive import Timing

TARGET_RATE = 2000  # updates per second, one core
TARGET_P99_MS = 2.0
TARGET_RATIO = 3.0  # per-update cost against the bare floor
TARGET_COLD_S = 1.5
TARGET_SESSION_BYTES = 1024
TARGET_MANY_SHARE = 0.8  # of the floor's updates per second, users at once (issue 13)


@dataclass
class Figures:
    users: int
    sample: int
    in_flight: int
    cpu: int = 0
    floor_seq: Timing | None = None
    bot_seq: Timing | None = None
    rounds: list[tuple[Timing, Timing]] = field(default_factory=list)  # users at once: (floor, bot) per round
    rss_ready: int = 0
    rss_sessions: int = 0
    sessions: int = 0
    db_bytes: tuple[int, float] = (0, 0.0)  # file bytes, mean stored payload bytes
    cold_start: list[float] = field(default_factory=list)
    errors: int = 0
    commits: list[tuple[float, float]] = field(
        default_factory=list
    )  # this disk's durable commit now: p50, p99 seconds, per run
    cold_stages: dict[str, float] = field(default_factory=dict)  # of the median cold start, seconds

    @property
    def floor_many(self) -> Timing:
        return _together([f for f, _ in self.rounds])

    @property
    def bot_many(self) -> Timing:
        return _together([b for _, b in self.rounds])

    @property
    def many_share(self) -> float:
        """The bot's updates per second with users at once, as a share of the floor's: the median round."""
        return statistics.median(b.rate / f.rate for f, b in self.rounds)

    @property
    def commit(self) -> tuple[float, float]:
        """The durable commit's p50 and p99, the median of the runs."""
        return statistics.median(c[0] for c in self.commits), statistics.median(c[1] for c in self.commits)

    @property
    def ratio(self) -> tuple[float, float]:
        """The bot's cost against the floor's: at p50 one at a time, and in updates per second."""
        return self.bot_seq.percentile(50) / self.floor_seq.percentile(50), 1 / self.many_share

    @property
    def per_session(self) -> float:
        return self.db_bytes[0] / max(self.sessions, 1)


def _together(runs: list[Timing]) -> Timing:
    return Timing(sum(r.updates for r in runs), sum(r.seconds for r in runs), [])


def core_lines(f: Figures) -> str:
    """The figures of the core beside the floor (issue 13): each the median of the runs."""
    share = f.many_share
    floor_p50, commit_p50 = f.floor_seq.percentile(50), f.commit[0]
    rounds = ", ".join(f"{b.rate / fl.rate:.2f}" for fl, b in f.rounds)
    commits = ", ".join(_ms(c[0]) for c in f.commits)
    return "\n".join(
        [
            f"Durable commit p50: {_ms(commit_p50)} ms (median of {len(f.commits)} runs: {commits})",
            f"{f.in_flight} users at once: {share:.2f} x the floor's updates/s (median of {len(f.rounds)} rounds: {rounds}), "
            f"target ≥ {TARGET_MANY_SHARE}: {'ok' if share >= TARGET_MANY_SHARE else 'MISSED'}",
            f"One update at a time, a bot that saves before it replies cannot beat the floor plus one durable commit: "
            f"{_ms(floor_p50)} + {_ms(commit_p50)} = {_ms(floor_p50 + commit_p50)} ms p50; firstline {_ms(f.bot_seq.percentile(50))} ms",
        ]
    )


def missed(f: Figures) -> list[str]:
    """The targets this run missed, by name."""
    checks = {
        f">= {TARGET_RATE} updates/s": f.bot_many.rate >= TARGET_RATE,
        f"p99 <= {TARGET_P99_MS} ms": f.bot_seq.percentile(99) * 1000 <= TARGET_P99_MS,
        f"<= {TARGET_RATIO} x the floor": max(f.ratio) <= TARGET_RATIO,
        f"cold start <= {TARGET_COLD_S} s": _median(f.cold_start) <= TARGET_COLD_S if f.cold_start else True,
        f"<= {TARGET_SESSION_BYTES} bytes per session": f.per_session <= TARGET_SESSION_BYTES,
    }
    return [name for name, ok in checks.items() if not ok]


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def rss() -> int:
    """Resident memory of this process now, in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


async def database_bytes(store, path: Path) -> tuple[int, float]:
    """The database file once its WAL is folded in, and the mean payload of a row."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (mean,) = db.execute("SELECT avg(length(conversation)) FROM sessions").fetchone()
    finally:
        db.close()
    return path.stat().st_size, float(mean or 0)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def _mark(ok: bool) -> str:
    return "met" if ok else "MISSED"


def text(f: Figures) -> str:
    cold = _median(f.cold_start)
    ratio_p50, ratio_rate = f.ratio
    mib = 1024 * 1024
    seq, many = f.bot_seq, f.bot_many
    lines = [
        f"Firstline bench: complete screenings through python-telegram-bot's Application, in-process Bot API, SQLite on disk; one core (cpu {f.cpu})",
        "",
        f"{'':34}{'updates/s':>11}{'p50 ms':>10}{'p99 ms':>10}",
        f"{'floor, one update at a time':34}{f.floor_seq.rate:>11.0f}{_ms(f.floor_seq.percentile(50)):>10}{_ms(f.floor_seq.percentile(99)):>10}",
        f"{'firstline, one update at a time':34}{seq.rate:>11.0f}{_ms(seq.percentile(50)):>10}{_ms(seq.percentile(99)):>10}",
        f"{f'floor, {f.in_flight} users at once':34}{f.floor_many.rate:>11.0f}",
        f"{f'firstline, {f.in_flight} users at once':34}{many.rate:>11.0f}",
        f"  firstline: {f.sample} users one at a time ({seq.updates} updates), {f.users - f.sample} more, {f.in_flight} at a time ({many.updates} updates, in {len(f.rounds)} rounds)",
        f"  floor: the same Bot API calls for the same taps; {f.floor_seq.updates} updates one at a time, {f.floor_many.updates} {f.in_flight} at a time",
        "  timed: Application.process_update (and the update processor); making each update is the harness's",
        f"  this disk now: one durable commit (WAL, synchronous=FULL) p50 {_ms(f.commit[0])} ms, p99 {_ms(f.commit[1])} ms (medians); each update waits for one",
        "",
        f"cost against the floor: {ratio_p50:.2f} x at p50, {ratio_rate:.2f} x in updates/s",
        f"cold start to ready: {cold:.3f} s median of {len(f.cold_start)} (slowest {max(f.cold_start):.3f} s)",
        "  " + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in f.cold_stages.items()),
        f"resident memory: {f.rss_ready / mib:.1f} MiB at ready, {f.rss_sessions / mib:.1f} MiB after {f.sessions} sessions",
        f"database: {f.db_bytes[0]} bytes for {f.sessions} sessions = {f.per_session:.0f} bytes per session (stored record {f.db_bytes[1]:.0f} bytes)",
        f"failed updates: {f.errors}",
        "",
        "targets:",
        f"  >= {TARGET_RATE} updates/s on one core     {many.rate:8.0f}   {_mark(many.rate >= TARGET_RATE)}",
        f"  p99 <= {TARGET_P99_MS} ms                   {_ms(seq.percentile(99)):>8}   {_mark(seq.percentile(99) * 1000 <= TARGET_P99_MS)}",
        f"  <= {TARGET_RATIO} x the floor                {max(f.ratio):8.2f}   {_mark(max(f.ratio) <= TARGET_RATIO)}",
        f"  cold start <= {TARGET_COLD_S} s              {cold:8.3f}   {_mark(cold <= TARGET_COLD_S)}",
        f"  <= {TARGET_SESSION_BYTES} bytes per session          {f.per_session:8.0f}   {_mark(f.per_session <= TARGET_SESSION_BYTES)}",
    ]
    return "\n".join(lines)
