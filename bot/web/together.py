"""Both channels in one process: `firstline run --web` (or FIRSTLINE_WEB=1) with a bot token.

In webhook mode the web chat's routes join the webhook's server: one tornado
server, one event loop, one port for the Telegram webhook, /healthz and the web
chat (the webhook's own access policy: no access log at all, and the web
handlers write their own lines without addresses). In long-polling mode there
is no server to join, so the web chat gets its own on FIRSTLINE_WEB_LISTEN, in
the same loop. Either way only this one process talks to Telegram: every other
instance is `firstline web`, which never does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.runtime import Runtime
from bot.web.app import WebChannel, routes
from bot.web.settings import WebSettings


def web_settings(flag: bool) -> WebSettings | None:
    """The web chat's settings when it is asked for, by the flag or by FIRSTLINE_WEB=1."""
    settings = WebSettings()
    return settings if flag or settings.web else None


class Web:
    def __init__(self, runtime: Runtime, settings: WebSettings, bot_username: Callable[[], str | None]):
        self.runtime, self.settings = runtime, settings
        self.channel = WebChannel.create(runtime, settings)
        if not settings.telegram_bot_username:
            self.channel.bot_username = bot_username  # the card's deep link names this very bot

    def routes(self) -> list[tuple]:
        return routes(self.channel, health=False)  # the webhook's /healthz also checks the store

    async def serve_alone(self, stop: asyncio.Event) -> None:
        from bot.web.server import serve

        await serve(self.settings, self.runtime, stop, channel=self.channel)
