"""Runs the Telegram bot: long polling by default, a webhook when FIRSTLINE_WEBHOOK_URL is set.

`firstline run` calls run_bot() when TELEGRAM_BOT_TOKEN is set. SIGTERM or
Ctrl-C stops it gracefully: no new updates are taken, the ones in hand are
finished (saved and answered), then it exits. Neither that nor a SIGKILL loses
an update: Telegram hears that one arrived only once it was handled
(polling.py, webhook.py), and every step is saved before it is shown.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import signal
import sys
import traceback
from pathlib import Path

from pydantic import ValidationError
from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from bot import health
from bot.runtime import Runtime, load
from bot.settings import EXIT_CANNOT_FIX, Settings
from bot.settled import settled
from bot.store import SchemaTooNew, SecretUnusable, SessionStore, load_secret
from bot.telegram import commands, logs
from bot.telegram.bootstrap import StartError
from bot.telegram.intake import Intake
from bot.telegram.pending import Pending
from bot.telegram.polling import Poller
from bot.telegram.processor import PerChatUpdateProcessor
from bot.telegram.retries import patient_rate_limiter
from bot.telegram.stages import OFF, Stages
from bot.telegram.turn import UpdateHandler
from bot.telegram.webhook import WebhookServer
from bot.web import together

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
# Telegram's 429 says how long to wait; a reply waits that long and is tried again,
# as often as this, before it is given up.
FLOOD_RETRIES = 10
# On SIGTERM, how long the updates in hand may take to finish. Below the stop timeouts in
# deploy/ (30 s), so the bot exits by itself; whatever is left then comes again at the next start.
STOP_GRACE_SECONDS = 20


def run_bot(web: bool = False) -> int:
    """`web` (or FIRSTLINE_WEB=1): the web chat too, in this process (bot/web/together.py)."""
    try:
        settings = Settings()
        web_settings = together.web_settings(web)
    except ValidationError as e:
        for err in e.errors():  # names and rules only: values may be secrets
            print(f"firstline: {_variable(err['loc'])}: {err['msg']}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level, [settings.bot_token.get_secret_value()], settings.library_log_level)
    runtime = load()
    return asyncio.run(_run_until_signal(settings, runtime, web_settings))


def _variable(loc: tuple) -> str:
    """The environment variable a settings error is about."""
    name = str(loc[0]) if loc else "?"
    return name if name.isupper() else f"FIRSTLINE_{name.upper()}"


async def _run_until_signal(settings: Settings, runtime: Runtime, web_settings=None) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(settings, runtime, stop, web_settings)
    # What a restart cannot fix: one line, and a status the unit does not restart on.
    except InvalidToken:
        log.error(
            "Telegram refused the bot token: check TELEGRAM_BOT_TOKEN (revoked or replaced in BotFather?); not restarting"
        )
        return EXIT_CANNOT_FIX
    except SchemaTooNew as e:
        log.error(
            "%s: a newer Firstline wrote the session database; install that version again, or move the database away (deploy/README.md, 'Rolling back'); not restarting",
            e,
        )
        return EXIT_CANNOT_FIX
    except SecretUnusable as e:
        log.error("%s; not restarting", e)
        return EXIT_CANNOT_FIX
    except StartError as e:
        log.error("%s", e)
        return 1
    return 0


async def serve(settings: Settings, runtime: Runtime, stop: asyncio.Event, web_settings=None) -> None:
    """Serve until `stop` is set, then shut down cleanly. With `web_settings`, the web chat too:
    on the webhook's server when there is one, else on its own port, in this event loop."""
    secret = load_secret(settings)
    store = await SessionStore.open(settings.database_path, secret, settings.session_idle_hours)
    pending = Pending()  # work owed to chats while Telegram cannot be reached (pending.py)
    try:
        app = build_application(settings, runtime, store, pending=pending)
        if not await _initialize(app, stop):
            return
        background = [
            asyncio.create_task(commands.register(app.bot, runtime.catalog, runtime.library.languages)),
            asyncio.create_task(_purge_regularly(store, settings.purge_every_minutes * 60)),
            asyncio.create_task(health.keep_watchdog(settings)),  # under systemd's WatchdogSec= only
        ]
        web = together.Web(runtime, web_settings, lambda: app.bot.username) if web_settings else None
        try:
            # Updates come through our own receiver, not app.updater (see polling.py, webhook.py).
            receiver = _receiver(app, settings, secret, store, web)
            if web and not settings.webhook_url:
                background.append(asyncio.create_task(web.serve_alone(stop)))
            mode = "webhook" if settings.webhook_url else "long polling"
            await app.start()
            try:
                with settled():  # everything is loaded: out of the garbage collector's way
                    await receiver.run(stop, ready=lambda: log.info("Firstline is running (%s)", mode))
            finally:
                await app.stop()
            log.info("Firstline stopped")
        finally:
            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            await pending.close()
            await app.shutdown()
    finally:
        await store.close()


def build_application(
    settings: Settings,
    runtime: Runtime,
    store: SessionStore,
    requests: tuple[BaseRequest, BaseRequest] | None = None,
    pending: Pending | None = None,
    stages: Stages = OFF,
) -> Application:
    """`requests` (for calls, for getUpdates) replace the HTTP client, e.g. with an in-process
    fake (the benchmark, the bad-input tests). `pending`: the caller closes it before the
    application shuts down. `stages`: CPU time by stage of a turn, for the benchmark."""
    chats = PerChatUpdateProcessor(settings.concurrent_updates)
    handler = UpdateHandler(runtime, store, chats, pending, stages)
    builder = (
        Application.builder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.bot_api_url)
        .base_file_url(settings.file_api_url)
        .rate_limiter(patient_rate_limiter(FLOOD_RETRIES, settings.messages_per_second))
        .concurrent_updates(chats)
    )
    if requests is not None:
        builder = builder.request(requests[0]).get_updates_request(requests[1])
    app = builder.build()
    app.add_handler(TypeHandler(Update, handler.on_update))
    app.add_error_handler(on_error)
    return app


async def _initialize(app: Application, stop: asyncio.Event) -> bool:
    """Initialize, waiting for Telegram as long as it takes (a restart must not depend on
    the network being up). False when asked to stop meanwhile."""
    delay = 1.0
    while True:
        try:
            await app.initialize()
            return True
        except InvalidToken:
            raise
        except NetworkError as e:
            log.warning("Telegram cannot be reached (%s); trying again in %.0f s", type(e).__name__, delay)
        except Exception as e:  # an answer of the wrong shape (getMe without is_bot...): no traceback
            raise StartError(
                f"the Bot API's answer to getMe could not be read ({type(e).__name__}): is TELEGRAM_API_BASE_URL the address of a Bot API server?"
            ) from None
        try:
            await asyncio.wait_for(stop.wait(), delay)
            return False
        except TimeoutError:
            delay = min(delay * 2, 60)


def _receiver(
    app: Application, settings: Settings, secret: bytes, store: SessionStore, web=None
) -> Poller | WebhookServer:
    intake = Intake(app)
    if settings.webhook_url:
        return WebhookServer(
            app.bot,
            intake,
            url=settings.webhook_url,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            path=settings.webhook_path,
            secret_token=webhook_secret(settings, secret),
            allowed_updates=ALLOWED_UPDATES,
            healthy=store.count,
            grace_seconds=STOP_GRACE_SECONDS,
            extra_routes=web.routes() if web else (),
        )
    heartbeat = health.heartbeat_path(settings)
    return Poller(
        app.bot,
        intake,
        ALLOWED_UPDATES,
        on_poll=lambda skipped: health.beat(heartbeat, skipped),
        grace_seconds=STOP_GRACE_SECONDS,
    )


def webhook_secret(settings: Settings, secret: bytes) -> str:
    """The secret Telegram sends with every webhook call; derived from the session secret
    when not configured, so it stays the same across restarts."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return hmac.new(secret, b"firstline webhook secret token", hashlib.sha256).hexdigest()


async def _purge_regularly(store: SessionStore, every_seconds: float) -> None:
    while True:
        await asyncio.sleep(every_seconds)
        try:
            forgotten = await store.purge()
        except Exception as e:  # the next round tries again
            log.warning("purging idle sessions failed: %s", type(e).__name__)
            continue
        if forgotten:
            log.info("forgot %d idle session(s)", forgotten)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the kind of error and where it happened; never the update, which holds ids and text."""
    error = context.error
    frames = traceback.extract_tb(error.__traceback__) if error is not None else []
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    log.error("handling an update failed: %s at %s", type(error).__name__, where)
    if isinstance(update, Update) and update.callback_query is not None:
        try:
            await update.callback_query.answer()  # at least stop the button's spinner
        except Exception:
            pass
