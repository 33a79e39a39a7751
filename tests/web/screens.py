"""One of every kind of screen the web chat shows, as the request that shows it."""

from __future__ import annotations

from tests.web.served import Visitor
from tests.web.stories import OUTCOMES, presses, story


def every_kind(port: int, lang: str) -> list[tuple[str, str, dict | None]]:
    """(kind, path, form): a GET of the path when form is None, else a POST of the form."""
    kinds: list[tuple[str, str, dict | None]] = [("first screen", "/", None)]
    v = Visitor(port, accept_language=lang)

    def here(kind: str) -> None:
        kinds.append((kind, "/", dict(v.sent)))

    v.setup(lang, "NL")
    here("menu")
    v.press("screening")
    here("choice")
    s = story(OUTCOMES["B"])
    for n, (action, step) in enumerate(zip(presses(s), s["steps"])):
        if n and s["steps"][n - 1].get("step") == "observe":
            here("groups")  # the indicator groups, before the first is opened
        v.press(action)
        if n and s["steps"][n - 1].get("step") == "observe":
            here("checklist")
        if step.get("step") in ("annex", "assessment") and action == "_done":
            here(step["step"])
    here("outcome")
    v.press("pdf")
    here("download warning")

    v = Visitor(port, accept_language=lang)
    v.setup(lang, "NL")
    for action in ["screening", "safe", "continue", "adult", "not-understood", "present", "show-person"]:
        v.press(action)
    v.press("_p-el" if lang != "el" else "_p-ro")
    here("person screen")

    for flow, kind in (
        ("learn", "learn card"),
        ("indicators", "indicator list"),
        ("practice", "practice"),
        ("quiz", "quiz"),
    ):
        v = Visitor(port, accept_language=lang)
        v.setup(lang, "NL")
        v.press(flow)
        here(f"{kind}: first")
        v.first_option()
        here(f"{kind}: next")

    v = Visitor(port, accept_language=lang)
    v.setup(lang, "NL")
    v.press("contacts")
    v.press("emergency")
    here("contacts")
    v.press("card")
    here("card warning")
    kinds.append(("contacts page", f"/c/{lang}/NL", None))
    kinds.append(("expired", "/", {"s": "expired", "lang": lang, "a": "x"}))
    kinds.append(("not found", "/nowhere", None))
    return kinds
