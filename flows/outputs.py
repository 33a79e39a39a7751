"""What the engine hands an adapter: message ids with arguments, buttons, screens.

Never rendered strings: one run of the engine renders in any language.
"""

from __future__ import annotations

from typing import Union

from pydantic import BaseModel

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


class Msg(BaseModel):
    """A message id with arguments. A list argument holds message ids that the
    renderer formats and joins; other arguments are used as they are."""

    id: str
    args: dict[str, Union[str, int, list[str]]] = {}


class Button(BaseModel):
    action: str
    label: Msg


class Screen(BaseModel):
    flow: str
    step: str
    nonce: int
    text: list[Msg]
    buttons: list[list[Button]]
    person_lang: str | None = None  # a screen for the person: their language, shown above the worker's
    ends: bool = False  # an end step: its contacts (or the lack of them) are shown
    outcome: str | None = None
    contacts: list[Listed] = []


class Reply(BaseModel):
    notices: list[Msg] = []
    screen: Screen | None = None
    exit: bool = False
    documents: list[str] = []  # names from DOCUMENTS for the adapter to make and send
