"""What the engine hands an adapter: message ids with arguments, buttons, screens.

Never rendered strings: one run of the engine renders in any language. Plain
dataclasses, not pydantic models: the engine builds a screen on every update, and
nothing here is read from outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.contacts import Listed

# Actions every screen understands; step ids and option ids cannot start with "_".
BACK, MENU, EXIT, DONE = "_back", "_menu", "_exit", "_done"
# On a screen for the person: "_p-xx" shows it in language xx.
PERSON_LANG_PREFIX = "_p-"
# In a practice or quiz run: on to the next item; to the summary.
NEXT, FINISH = "_next", "_finish"

# Documents an option can ask for with `send:` (made by bot/documents/): the
# annex 1 summary of a screening, and a card with a country's contacts.
DOCUMENTS = ("annex-pdf", "handover-card")

# The longest action an adapter must carry with a button. Telegram allows 64 bytes of
# callback data; bot/telegram/buttons.py puts a nonce of up to 10 digits and a colon before it.
MAX_ACTION_BYTES = 53

Arg = str | int | list[str]


@dataclass(slots=True)
class Msg:
    """A message id with arguments. A list argument holds message ids that the
    renderer formats and joins; other arguments are used as they are."""

    id: str
    args: dict[str, Arg] = field(default_factory=dict)


@dataclass(slots=True)
class Button:
    action: str
    label: Msg


@dataclass(slots=True)
class Screen:
    flow: str
    step: str
    nonce: int
    text: list[Msg]
    buttons: list[list[Button]]
    person_lang: str | None = None  # a screen for the person: their language, shown above the worker's
    ends: bool = False  # an end step: its contacts (or the lack of them) are shown
    outcome: str | None = None
    contacts: list[Listed] = field(default_factory=list)
    # Shared by the screens that look alike (all but the nonce; flows/screens.py), compared
    # by identity: a renderer may remember its work by it.
    shape: object = field(kw_only=True, compare=False, repr=False)


@dataclass(slots=True)
class Reply:
    notices: list[Msg] = field(default_factory=list)
    screen: Screen | None = None
    exit: bool = False
    documents: list[str] = field(default_factory=list)  # names from DOCUMENTS for the adapter to make and send
