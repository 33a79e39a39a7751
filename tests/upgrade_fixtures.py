"""Sessions as a deployed bot stores them and callback data as it sends them, recorded
from the release before the engine was restructured (tests/fixtures/upgrade/).

A bot upgraded mid-shift must keep its users where they are: each stored record
must still load, show the same screen, and each button it sent must still do what
it did. `python -m tests.upgrade_fixtures` wrote the fixtures once, on the old
release; do not run it again to make the test pass.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures" / "upgrade"


def normal_msg(msg: Any) -> list[Any]:
    return [msg.id, {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in sorted(msg.args.items())}]


def normal_screen(screen: Any) -> dict[str, Any]:
    """A screen as plain JSON, whatever classes carry it."""
    return {
        "flow": screen.flow,
        "step": screen.step,
        "nonce": screen.nonce,
        "text": [normal_msg(m) for m in screen.text],
        "buttons": [[[b.action, *normal_msg(b.label)] for b in row] for row in screen.buttons],
        "person_lang": screen.person_lang,
        "ends": screen.ends,
        "outcome": screen.outcome,
        "contacts": [[c.country, c.role, c.entry.id if c.entry else c.kind] for c in screen.contacts],
    }


def normal_reply(reply: Any) -> dict[str, Any]:
    """What a press led to: the step and notices in full, the whole screen as a digest."""
    screen = normal_screen(reply.screen) if reply.screen is not None else None
    return {
        "exit": reply.exit,
        "notices": [normal_msg(m) for m in reply.notices],
        "documents": list(reply.documents),
        "flow": screen and screen["flow"],
        "step": screen and screen["step"],
        "nonce": screen and screen["nonce"],
        "outcome": screen and screen["outcome"],
        "digest": screen and hashlib.sha256(json.dumps(screen, sort_keys=True).encode()).hexdigest()[:16],
    }


def _record() -> None:  # pragma: no cover - run once, on the release before the change
    import yaml

    import flows
    from bot.records import Conversation, encode
    from bot.replay import COMMANDS
    from bot.runtime import load
    from bot.telegram import buttons
    from flows import Press, Session, Show, Start, TypedText

    rt = load()
    lib = rt.library
    langs = list(lib.languages)
    stories = sorted((Path(__file__).parent / "stories").glob("*.yaml"))
    cases: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for n, path in enumerate(stories):
        story = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = langs[n % len(langs)]
        session = Session(lang=lang, country=story.get("country"), seed=1000 + n)
        session, reply = flows.advance(lib, session, Start(flow=story["start"], at=story.get("at")))
        snapshots = [session]
        for step in story.get("steps", []):
            if "choose" in step:
                event = Press(action=step["choose"], nonce=session.nonce)
            elif "text" in step:
                event = TypedText()
            else:
                event = Press(action=COMMANDS[step["command"]], nonce=session.nonce)
            new, reply = flows.advance(lib, session, event)
            if reply.exit:
                break
            session = new
            snapshots.append(session)
        for k, s in enumerate(snapshots):
            # Two of each screen is plenty, but every marked table and person's screen is kept.
            key = (s.flow, s.step, s.run.at if s.run else None, len(s.run.picks) if s.run else None)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 2 and not s.raised and not s.person_lang:
                continue
            conv = Conversation(
                session=s,
                updates=[900_000 + k, 900_001 + k],
                screen=5000 + k,
                shown=s.nonce,
                messages=[(4990 + k, 470_000), (5000 + k, 470_001)],
            )
            _, shown = flows.advance(lib, s, Show())
            callbacks = []
            actions = [b.action for row in shown.screen.buttons for b in row]
            for action in actions + [actions[0]]:
                nonce = s.nonce if len(callbacks) < len(actions) else max(s.nonce - 1, 0)  # the last: a stale one
                data = buttons.encode(nonce, action)
                _, reply = flows.advance(lib, s, Press(action=action, nonce=nonce))
                callbacks.append({"data": data, "nonce": nonce, "action": action, "reply": normal_reply(reply)})
            cases.append(
                {
                    "story": path.stem,
                    "at": k,
                    "kind": lib.flows[s.flow].step(s.step).kind,
                    "record": encode(conv),
                    "screen": normal_screen(shown.screen),
                    "callbacks": callbacks,
                }
            )
    FIXTURES.mkdir(parents=True, exist_ok=True)
    out = FIXTURES / "sessions.json"
    out.write_text(json.dumps(cases, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(cases)} sessions, {sum(len(c['callbacks']) for c in cases)} callbacks -> {out}")


if __name__ == "__main__":  # pragma: no cover
    _record()
