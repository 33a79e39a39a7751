"""Fluent catalogues: one bundle per language, rendering engine messages.

Strict rendering (tests) raises on any missing message or variable; the bot
renders leniently, falling back to English, so a gap in a translation never
breaks a conversation mid-shift.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.ast import Resource

from flows.outputs import Msg

REFERENCE = "en"
# A language's own name (its autonym) lives in its own folder, in `language.ftl`; every bundle
# gets it as `lang-<code>`, so a language button reads the same in every interface language and
# adding a language touches no other locale.
LANGUAGE_NAME = "language-name"
# Lenient renders remembered at most; the shipped flows have a few thousand distinct ones.
MAX_REMEMBERED_RENDERS = 50_000
log = logging.getLogger(__name__)


class MessageError(Exception):
    pass


@lru_cache(maxsize=256)
def parse_ftl(text: str) -> Resource:
    """A Fluent file's syntax tree, as FluentResource makes it but without the source positions
    nothing here reads. Kept by the file's text: a copy of the same files (a test's, or the
    locale check's seven languages) is not parsed again. The tree is only ever read."""
    return FluentParser(with_spans=False).parse(text)


class Catalog:
    def __init__(self, locales_dir: Path):
        self.bundles: dict[str, FluentBundle] = {}
        self._rendered: dict[tuple[Any, ...], str] = {}  # (lang, id, *args) -> text, lenient renders only
        self.resources: dict[str, list[tuple[Path, Resource]]] = {}
        for folder in sorted(p for p in Path(locales_dir).iterdir() if p.is_dir()):
            files = sorted(folder.glob("*.ftl"))
            if not files:
                continue
            # Bidi isolation marks would show up as garbage around numbers in Telegram.
            bundle = FluentBundle([folder.name], use_isolating=False)
            self.resources[folder.name] = []
            for f in files:
                resource = parse_ftl(f.read_text(encoding="utf-8"))
                self.resources[folder.name].append((f, resource))
                bundle.add_resource(resource)
            self.bundles[folder.name] = bundle
        self._share_language_names()

    def _share_language_names(self) -> None:
        names = [
            ast.Message(id=ast.Identifier(f"lang-{lang}"), value=entry.value)
            for lang, resources in self.resources.items()
            for _, resource in resources
            for entry in resource.body
            if isinstance(entry, ast.Message) and entry.id.name == LANGUAGE_NAME
        ]
        for bundle in self.bundles.values():
            bundle.add_resource(ast.Resource(body=list[Any](names)))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.bundles)

    def ids(self, lang: str) -> set[str]:
        return set(self.bundles[lang]._messages)

    def text(self, lang: str, msg_id: str, args: dict[str, Any] | None = None, strict: bool = False) -> str:
        return self.render(lang, Msg(id=msg_id, args=args or {}), strict)

    def render(self, lang: str, msg: Msg, strict: bool = False) -> str:
        """The message in `lang`. The bot's (lenient) renders are remembered: the same
        message with the same arguments always reads the same, and Fluent is slow."""
        if strict:
            return self._render(lang, msg, strict)
        key = (lang, msg.id, *((k, tuple(v) if isinstance(v, list) else v) for k, v in msg.args.items()))
        try:
            text = self._rendered.get(key)
        except TypeError:  # an argument that cannot be a key: rendered afresh each time
            return self._render(lang, msg, strict)
        if text is None:
            text = self._render(lang, msg, strict)
            if len(self._rendered) >= MAX_REMEMBERED_RENDERS:
                self._rendered.clear()  # a crude bound, never reached by the shipped flows
            self._rendered[key] = text
        return text

    def _render(self, lang: str, msg: Msg, strict: bool) -> str:
        args = {}
        for key, value in msg.args.items():
            if isinstance(value, list):
                parts = [self.text(lang, v, strict=strict) for v in value]
                value = ", ".join(parts) if parts else self.text(lang, "common-none", strict=strict)
            args[key] = value
        for candidate in (lang, REFERENCE) if not strict else (lang,):
            bundle = self.bundles.get(candidate)
            if bundle is None or not bundle.has_message(msg.id):
                continue
            message = bundle.get_message(msg.id)
            if message.value is None:
                raise MessageError(f"{candidate}: message '{msg.id}' has no value")
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                if strict:
                    raise MessageError(f"{candidate}: '{msg.id}': {errors}")
                log.warning("message %s in %s rendered with %d error(s)", msg.id, candidate, len(errors))
            return str(text)
        if strict:
            raise MessageError(f"{lang}: message '{msg.id}' is missing")
        log.warning("message %s missing in %s and %s", msg.id, lang, REFERENCE)
        return msg.id
