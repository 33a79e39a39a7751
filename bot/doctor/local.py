"""The checks that need no network: the token's form, the data folder, the secret, the webhook settings.

Writability is tried, not read off permission bits: root may write where the
bits say no, and a folder on a read-only mount says yes. Every check returns
findings; none changes anything (a test file it writes is removed at once).
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from bot.doctor.report import Finding, fix, note, ok, warn
from bot.settings import MIN_SECRET_BYTES, TELEGRAM_API, Settings
from bot.store import MIGRATIONS

# A BotFather token: the bot's id, a colon, then (today) 35 characters of A-Z a-z 0-9 _ -.
TOKEN_FORM = re.compile(r"[0-9]{3,20}:[A-Za-z0-9_-]{30,}")
# The only ports Telegram sends webhook calls to.
WEBHOOK_PORTS = (443, 80, 88, 8443)
BOTFATHER = "In Telegram, open @BotFather, send /mybots, pick your bot, then 'API Token', and copy it whole."


def token(settings: Settings) -> list[Finding]:
    topic = "Bot token (TELEGRAM_BOT_TOKEN)"
    raw = settings.bot_token.get_secret_value()
    if not raw:
        return [fix(topic, "it is empty.", BOTFATHER)]
    if raw != raw.strip():
        return [fix(topic, "it has spaces or a line break around it.", "Remove them: the token is one word.")]
    if raw[0] in "'\"" or raw[-1] in "'\"":
        return [fix(topic, "it is in quotation marks that became part of it.", "Write it without quotation marks.")]
    if raw.lower().startswith("bot") and TOKEN_FORM.fullmatch(raw[3:]):
        return [fix(topic, "it starts with 'bot', which belongs to Telegram's web addresses, not to the token.", "Remove the 'bot' in front.")]
    if not TOKEN_FORM.fullmatch(raw):
        return [fix(topic, f"it does not look like a bot token ({len(raw)} characters; a token is digits, a colon, then about 35 letters and digits).", BOTFATHER)]
    bot_id = raw.split(":", 1)[0]
    return [ok(topic, f"has the form BotFather gives (bot {bot_id}:***, the rest hidden).")]


def data_folder(settings: Settings) -> list[Finding]:
    path = Path(os.path.abspath(settings.data_dir))
    topic = f"Data folder (FIRSTLINE_DATA_DIR = {path})"
    if path.exists() and not path.is_dir():
        return [fix(topic, "this is a file, not a folder.", "Set FIRSTLINE_DATA_DIR to a folder (it may not exist yet).")]
    if not path.exists():
        parent = _nearest_existing(path)
        if not parent.is_dir():
            return [fix(topic, f"it cannot be made: {parent} is a file, not a folder.", "Set FIRSTLINE_DATA_DIR to a path under a folder.")]
        if not _can_write(parent, make_folder=True):
            return [fix(topic, f"it cannot be made: this user may not write in {parent}.", f"Make it for the bot's user: mkdir -m 700 {path} && chown <bot user> {path}")]
        return [note(topic, "does not exist yet; the bot makes it at its first start, readable by its user only.")]
    if not _can_write(path):
        return [fix(topic, f"this user ({_user()}) may not write in it.", f"Give it to the bot's user: chown -R <bot user> {path}")]
    found = [ok(topic, "exists, and this user can write in it.")]
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        found.append(warn(topic, f"other users of this machine may look into it (mode {mode:o}).", f"Run: chmod 700 {path}"))
    return found + _database(settings.database_path)


def _database(path: Path) -> list[Finding]:
    topic = f"Session database ({path.name})"
    if not path.exists():
        return [note(topic, "none yet; the bot makes it at its first start.")]
    try:
        # Read-only: the bot may be running, and the doctor must change nothing.
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            version = db.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
            sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        db.close()
    except sqlite3.Error as e:
        return [
            fix(
                topic,
                f"it cannot be read ({e}).",
                f"Stop the bot, move {path} (and any -wal and -shm files beside it) away, and start the bot: it makes a new one. "
                "Only open conversations are lost; workers start them again.",
            )
        ]
    if version > len(MIGRATIONS):
        return [fix(topic, f"a newer Firstline wrote it (schema {version}; this one knows {len(MIGRATIONS)}).", "Install that newer version again, or move the database away to start afresh (only open conversations are lost).")]
    return [ok(topic, f"readable, schema {version}, {sessions} open conversation(s).")]


def secret(settings: Settings) -> list[Finding]:
    path = Path(os.path.abspath(settings.secret_path))
    if settings.secret is not None:
        found = [ok("Session secret (FIRSTLINE_SECRET)", f"set, {len(settings.secret.get_secret_value().encode())} bytes (hidden).")]
        if path.exists():
            found.append(note("Session secret", f"{path} is not used while FIRSTLINE_SECRET is set."))
        return found
    topic = f"Session secret ({path})"
    if not path.exists():
        return [note(topic, "none yet; the bot makes one at its first start (readable by its user only).")]
    if not path.is_file():
        return [fix(topic, "this is not a file.", f"Remove {path}; the bot makes a new secret at its next start.")]
    try:
        held = path.read_bytes().strip()
    except OSError as e:
        return [fix(topic, f"this user ({_user()}) cannot read it ({e.strerror}).", f"Give it to the bot's user: chown <bot user> {path}")]
    found: list[Finding] = []
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        found.append(
            fix(
                topic,
                f"other users of this machine may read it (mode {mode:o}).",
                f"Run: chmod 600 {path}. If someone else may have read it, make a new one (deploy/README.md, 'Rotating the secret').",
            )
        )
    if len(held) < MIN_SECRET_BYTES:
        found.append(fix(topic, f"it holds {len(held)} bytes; at least {MIN_SECRET_BYTES} are needed.", f"Delete {path}; the bot makes a new one (open conversations are forgotten)."))
    owner = path.stat().st_uid
    if hasattr(os, "geteuid") and os.geteuid() != 0 and owner != os.geteuid():
        found.append(warn(topic, f"it belongs to another user (uid {owner}) than this one ({_user()}).", "Run the doctor as the bot's user, or give the file to that user."))
    return found or [ok(topic, f"present, {len(held)} bytes, readable by its owner only.")]


def webhook(settings: Settings) -> list[Finding]:
    if not settings.webhook_url:
        found = [ok("Receiving updates", "by long polling (FIRSTLINE_WEBHOOK_URL is not set): no open port, no address needed.")]
        if settings.webhook_secret is not None:
            found.append(warn("Webhook secret (FIRSTLINE_WEBHOOK_SECRET)", "it is set, but FIRSTLINE_WEBHOOK_URL is not, so it is not used.", "Set FIRSTLINE_WEBHOOK_URL too for webhook mode, or remove the secret."))
        return found
    topic = "Webhook address (FIRSTLINE_WEBHOOK_URL)"
    url = urlsplit(settings.webhook_url)
    official = settings.api_base_url == TELEGRAM_API
    found: list[Finding] = []
    if not url.hostname:
        return [fix(topic, f"'{settings.webhook_url}' is not a web address.", "Write it whole, e.g. https://bot.example.org/telegram")]
    if url.scheme != "https":
        says = "it starts with http://; Telegram calls webhooks over HTTPS only."
        todo = "Use https:// with the address of your TLS reverse proxy (deploy/README.md, 'Webhook behind a reverse proxy')."
        found.append(fix(topic, says, todo) if official else warn(topic, says + " Only a self-hosted Bot API server in --local mode accepts it.", todo))
    port = url.port or (443 if url.scheme == "https" else 80)
    if port not in WEBHOOK_PORTS:
        says = f"port {port}: Telegram sends webhook calls only to ports {', '.join(map(str, WEBHOOK_PORTS))}."
        todo = "Let the proxy listen on 443 (or 80, 88, 8443) and forward to the bot's port."
        found.append(fix(topic, says, todo) if official else warn(topic, says, todo))
    local_path = "/" + settings.webhook_path.strip("/")
    public_path = url.path.rstrip("/") or "/"
    if public_path != local_path:
        found.append(
            warn(
                "Webhook path",
                f"Telegram will call {public_path}, but the bot listens at {local_path} (FIRSTLINE_WEBHOOK_PATH).",
                f"Fine only if your proxy rewrites the path; otherwise end the URL with {local_path} or set FIRSTLINE_WEBHOOK_PATH={public_path.lstrip('/')}.",
            )
        )
    if not found:
        found.append(ok(topic, f"{settings.webhook_url}: HTTPS, port {port}; the bot listens at {settings.webhook_listen}:{settings.webhook_port}{local_path} behind it."))
    if settings.webhook_secret is None:
        found.append(note("Webhook secret", "FIRSTLINE_WEBHOOK_SECRET is not set: the bot derives one from the session secret, so it stays the same across restarts. Calls without it are refused."))
    else:
        found.append(ok("Webhook secret (FIRSTLINE_WEBHOOK_SECRET)", "set (hidden); calls without it are refused."))
    return found


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _can_write(folder: Path, make_folder: bool = False) -> bool:
    """Try it: make a file there (or a folder, where the data folder is yet to be made), then remove it."""
    try:
        if make_folder:
            os.rmdir(tempfile.mkdtemp(dir=folder, prefix=".firstline-doctor-"))
        else:
            fd, name = tempfile.mkstemp(dir=folder, prefix=".firstline-doctor-")
            os.close(fd)
            os.unlink(name)
        return True
    except OSError:
        return False


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError):
        return "this user"
