"""What the bot keeps for one chat, and how it is written down compactly.

A record is plain JSON, so a byte-for-byte scan of the database (the canary
test) still sees anything that should not be there: no compression. It is
compact instead: fields at their defaults are left out, and the numbers that
grow (update ids, message ids, hours) are written as differences from the one
before, a few digits each instead of nine or ten.

Leaving defaults out means a default, once shipped, must keep its meaning: a
record written before a default changed would read back with the new one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, FieldSerializationInfo, field_serializer, model_validator

from flows import Session

# Telegram lets a bot delete messages of a private chat for 48 hours.
DELETABLE_HOURS = 48
# Enough for a long shift of typing between taps; the oldest go first.
MAX_REMEMBERED_MESSAGES = 1000
# A repeated update comes soon after the first delivery (a restart, a failed webhook call).
MAX_REMEMBERED_UPDATES = 32


class Conversation(BaseModel):
    """What the bot keeps for one chat."""

    model_config = ConfigDict(populate_by_name=True)

    session: Session
    # Ids of the updates applied last. A set rather than a high-water mark: webhook
    # deliveries may come out of order, and Telegram restarts its numbering at random
    # after a quiet week.
    updates: list[int] = Field(default=[], serialization_alias="u")
    screen: int | None = None  # the message that shows the current screen
    kept: bool = False  # that screen ended a flow: it stays, the next screen goes below it
    # The nonce of the screen last known to have reached the chat (stored as "shown", its
    # name in earlier releases).
    reached: int | None = Field(default=None, alias="shown")
    # Saved with a step whose screen was about to go out as a new message: until the id
    # of that message is saved too, the screen may be on a message not on record.
    moving: bool = False
    # (message id, hour), both sides of the chat
    messages: list[tuple[int, int]] = Field(default=[], serialization_alias="m")

    def applied(self, update_id: int) -> bool:
        return update_id in self.updates

    def apply(self, update_id: int) -> None:
        self.updates.append(update_id)
        del self.updates[:-MAX_REMEMBERED_UPDATES]

    def remember(self, message_id: int, hour: int) -> None:
        self.messages.append((message_id, hour))
        del self.messages[:-MAX_REMEMBERED_MESSAGES]

    def on_screen(self, message_id: int) -> bool:
        """Whether a button on `message_id` can be one of the current screen's. Only the
        message the screen is on, or, while the screen may also be on a message not on
        record (sent, then killed before its id was saved), a message not on record newer
        than every other one on record. That message may be newer than the screen's (the
        kill came first), or older (after the restart the screen was sent again below it)."""
        if message_id == self.screen:
            return True
        if self.screen is not None and not self.moving:
            return False
        known = [m for m, _ in self.messages if m != self.screen]
        return message_id not in known and (not known or message_id > max(known))

    def too_old(self, hour: int) -> int:
        """How many messages on record Telegram no longer lets the bot delete."""
        return len({m for m, h in self.messages if hour - h > DELETABLE_HOURS})

    def deletable(self, hour: int) -> list[int]:
        """Ids Telegram may still let the bot delete, oldest first, each once."""
        ids = [m for m, h in self.messages if hour - h <= DELETABLE_HOURS]
        return list(dict.fromkeys(ids))

    # --- the record -------------------------------------------------------------------

    # Compact only under the record's own names ("u", "m": encode() dumps by alias), so a
    # plain model_dump_json() stays what it says and reads back unchanged.
    @field_serializer("updates", when_used="json")
    def _updates_as_steps(self, updates: list[int], info: FieldSerializationInfo) -> list[int]:
        return steps(updates) if info.by_alias else updates

    @field_serializer("messages", when_used="json")
    def _messages_as_steps(self, messages: list[tuple[int, int]], info: FieldSerializationInfo) -> list:
        if not info.by_alias:
            return messages
        # Flat: id, hour, id, hour, … each a step from the one before of its kind.
        flat: list[int] = []
        for pair in zip(steps([m for m, _ in messages]), steps([h for _, h in messages])):
            flat += pair
        return flat

    @model_validator(mode="before")
    @classmethod
    def _from_record(cls, data: Any) -> Any:
        if isinstance(data, dict) and ("u" in data or "m" in data):
            data = dict(data)
            if "u" in data:
                data["updates"] = unsteps(data.pop("u"))
            if "m" in data:
                flat = data.pop("m")
                if not isinstance(flat, list) or len(flat) % 2:
                    raise ValueError("stored message ids do not come in pairs")
                data["messages"] = list(zip(unsteps(flat[0::2]), unsteps(flat[1::2])))
        return data


def duplicate(conversation: Conversation) -> Conversation:
    """A copy to change freely, at a fraction of model_copy(deep=True)'s cost: the lists the
    bot changes in place are copied; the session is shared, since the engine replaces a
    session and never changes one (flows.advance copies it first)."""
    new = Conversation.__new__(Conversation)
    fields = conversation.__dict__.copy()
    fields["updates"], fields["messages"] = list(fields["updates"]), list(fields["messages"])
    object.__setattr__(new, "__dict__", fields)
    object.__setattr__(new, "__pydantic_fields_set__", set(conversation.__pydantic_fields_set__))
    object.__setattr__(new, "__pydantic_extra__", None)
    object.__setattr__(new, "__pydantic_private__", None)
    return new


def encode(conversation: Conversation) -> str:
    return conversation.model_dump_json(by_alias=True, exclude_defaults=True)


def decode(record: str | bytes) -> Conversation:
    return Conversation.model_validate_json(record)


def steps(values: list[int]) -> list[int]:
    """[a, b, c] -> [a, b - a, c - b]."""
    return [v - p for v, p in zip(values, [0, *values[:-1]])]


def unsteps(values: Any) -> list[int]:
    if not isinstance(values, list):
        raise ValueError("stored steps are not a list")
    total, out = 0, []
    for v in values:
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValueError("a stored step is not a whole number")
        total += v
        out.append(total)
    return out
