"""Screens of buttons: `choice` (and the options shared with `reference` and `end`).

An option goes to a step (`next`), opens another flow (`flow`) or asks the adapter
for a document (`send`), and may set flags, the language or the country on the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from flows.annex import assessment_args, holds
from flows.contacts import SECTIONS
from flows.errors import FlowError
from flows.outputs import DOCUMENTS, Button, Msg
from flows.schema import Id, Option, register
from flows.scoring import summary_args
from flows.session import Session
from flows.step import Body, Ctx, Move, ScreenStep, unique


class OptionsStep(ScreenStep):
    """A screen whose buttons are its options (those whose `when` holds)."""

    options: list[Option] = []

    def targets(self) -> list[str]:
        return [t for o in self.options for t in (o.next, o.paused) if t]

    def actions(self, ctx: Ctx) -> list[str]:
        return [o.id for o in self.options]

    def messages(self, ctx: Ctx) -> set[str]:
        return {self.text, *(o.label for o in self.options)}

    def can_end(self) -> bool:
        return any(o.flow for o in self.options)

    def sums_up_a_screening(self, ctx: Ctx) -> bool:
        """Where the annex summary may be sent: an end with an outcome, in a flow with annex rows."""
        return False

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        dup = unique([o.id for o in self.options])
        if dup:
            raise FlowError(path, self.id, "duplicate-id", f"option id '{dup}' given twice")
        lib = ctx.lib
        for o in self.options:
            if o.flow is not None and o.flow not in lib.flows:
                raise FlowError(path, self.id, "unknown-target", f"option '{o.id}' starts unknown flow '{o.flow}'")
            if o.set_lang is not None and o.set_lang not in lib.languages:
                raise FlowError(
                    path, self.id, "unknown-target", f"option '{o.id}' sets unknown language '{o.set_lang}'"
                )
            if o.set_country is not None and o.set_country not in lib.directories:
                raise FlowError(
                    path,
                    self.id,
                    "unknown-target",
                    f"option '{o.id}' sets a country without a directory: '{o.set_country}'",
                )
            if o.send is not None:
                self._check_send(ctx, o, path)

    def _check_send(self, ctx: Ctx, option: Option, path: Path) -> None:
        """A `send` option names a known document, changes nothing in the session, and
        the annex summary is offered only where a screening has an outcome to sum up."""
        if option.send not in DOCUMENTS:
            known = ", ".join(DOCUMENTS)
            raise FlowError(
                path,
                self.id,
                "unknown-target",
                f"option '{option.id}' sends unknown document '{option.send}' (known: {known})",
            )
        if option.set_flags or option.set_lang or option.set_country:
            raise FlowError(
                path, self.id, "schema", f"option '{option.id}' sends a document and so cannot set anything"
            )
        if option.send == "annex-pdf" and not self.sums_up_a_screening(ctx):
            raise FlowError(
                path,
                self.id,
                "unknown-target",
                f"option '{option.id}': the annex summary needs an end step with an outcome in a flow with annex rows",
            )

    def visible(self, ctx: Ctx, s: Session) -> list[Option]:
        return [o for o in self.options if o.when is None or holds(o.when, ctx.flow, s)]

    def _buttons(self) -> dict[str, Button]:
        """Each option's button, made once: screens share them and never change them."""
        return self.cached("buttons", lambda: {o.id: Button(action=o.id, label=Msg(id=o.label)) for o in self.options})

    def press(self, ctx: Ctx, s: Session, action: str) -> Move | None:
        option = next((o for o in self.visible(ctx, s) if o.id == action), None)
        if option is None:
            return None
        if option.paused and s.paused and s.paused.flow == option.flow:
            return Move(to=option.paused)  # continue or start again? asked first
        if option.send:
            return Move(send=option.send)
        if option.set_flags:
            s.flags = s.flags + [f for f in option.set_flags if f not in s.flags]
        if option.set_lang:
            s.lang = option.set_lang
        if option.set_country:
            s.country = option.set_country
        return Move(flow=option.flow, resume=option.resume) if option.flow else Move(to=option.next)

    def option_rows(self, ctx: Ctx, s: Session) -> list[list[Button]]:
        buttons = self._buttons()
        return [[buttons[o.id]] for o in self.visible(ctx, s)]

    def body(self, ctx: Ctx, s: Session) -> Body:
        return Body(text=[Msg(id=self.text)], rows=self.option_rows(ctx, s))


class ChoiceBase(OptionsStep):
    """`show` adds computed arguments to the text: `assessment` what the marks show,
    `summary` the scores of the run just ended, `paused` what the paused flow holds."""

    options: list[Option] = Field(min_length=1)
    show: Literal["assessment", "summary", "paused"] | None = None

    def needs_items(self) -> bool:
        return self.show == "summary"

    def body(self, ctx: Ctx, s: Session) -> Body:
        body = super().body(ctx, s)
        if self.show == "assessment":
            body.text[0] = Msg(id=self.text, args=assessment_args(ctx.flow, s))
        elif self.show == "summary":
            body.text[0] = Msg(id=self.text, args=summary_args(ctx.flow, s.run))
        elif self.show == "paused":
            paused = s.paused
            args: dict[str, str | int | list[str]] = {
                "ticks": len(paused.ticks) if paused else 0,
                "marks": len(paused.raised) if paused else 0,
            }
            body.text[0] = Msg(id=self.text, args=args)
        return body


@register
class ChoiceStep(ChoiceBase):
    """A screen with buttons."""

    kind: Literal["choice"] = "choice"
    may_show_person = True
    contacts: list[Id] = []  # a contact section on a screen that goes on (step 2's primary needs)

    def check(self, ctx: Ctx, path: Path) -> None:
        super().check(ctx, path)
        for role in self.contacts:
            if role not in SECTIONS:
                raise FlowError(path, self.id, "unknown-target", f"unknown contact role '{role}'")

    def body(self, ctx: Ctx, s: Session) -> Body:
        body = super().body(ctx, s)
        body.contacts = ctx.lib.contacts_for(s.country, self.contacts)
        return body
