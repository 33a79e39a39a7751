"""The checks that need no network: the token's form, the data folder, the secret, the webhook settings.

Writability is tried, not read off permission bits: root may write where the
bits say no, and a folder on a read-only mount says yes. Every check returns
findings; none changes anything (a test file it writes is removed at once).
"""

from __future__ import annotations

import ipaddress
import os
import re
import sqlite3
import stat
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from bot import health
from bot.doctor.report import Finding, fix, note, ok, warn
from bot.settings import MIN_SECRET_BYTES, TELEGRAM_API, Settings
from bot.store import MIGRATIONS

# A BotFather token: the bot's id, a colon, then (today) 35 characters of A-Z a-z 0-9 _ -.
TOKEN_FORM = re.compile(r"[0-9]{3,20}:[A-Za-z0-9_-]{30,}")
# The only ports Telegram sends webhook calls to.
WEBHOOK_PORTS = (443, 80, 88, 8443)
# Below this much free space the doctor warns (health.MIN_FREE_BYTES: it must be fixed).
WARN_FREE_BYTES = 200 * 2**20
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
        return [
            fix(
                topic,
                "it starts with 'bot', which belongs to Telegram's web addresses, not to the token.",
                "Remove the 'bot' in front.",
            )
        ]
    if not TOKEN_FORM.fullmatch(raw):
        return [
            fix(
                topic,
                f"it does not look like a bot token ({len(raw)} characters; a token is digits, a colon, then about 35 letters and digits).",
                BOTFATHER,
            )
        ]
    bot_id = raw.split(":", 1)[0]
    return [ok(topic, f"has the form BotFather gives (bot {bot_id}:***, the rest hidden).")]


def data_folder(settings: Settings) -> list[Finding]:
    path = Path(os.path.abspath(settings.data_dir))
    topic = f"Data folder (FIRSTLINE_DATA_DIR = {path})"
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except PermissionError:  # a folder above it cannot be entered
        return [_cannot_enter(topic, _nearest_enterable(path), path)]
    if exists and not is_dir:
        return [
            fix(topic, "this is a file, not a folder.", "Set FIRSTLINE_DATA_DIR to a folder (it may not exist yet).")
        ]
    if not exists:
        parent = _nearest_existing(path)
        if not parent.is_dir():
            return [
                fix(
                    topic,
                    f"it cannot be made: {parent} is a file, not a folder.",
                    "Set FIRSTLINE_DATA_DIR to a path under a folder.",
                )
            ]
        if not _can_write(parent, make_folder=True):
            return [
                fix(
                    topic,
                    f"it cannot be made: this user may not write in {parent}.",
                    f"Make it for the bot's user: mkdir -m 700 {path} && chown <bot user> {path}",
                )
            ]
        return [note(topic, "does not exist yet; the bot makes it at its first start, readable by its user only.")]
    if not _can_enter(path):
        return [_cannot_enter(topic, path, path)]
    if not _can_write(path):
        return [
            fix(
                topic,
                f"this user ({_user()}) may not write in it.",
                f"Give it to the bot's user: chown -R <bot user> {path}",
            )
        ]
    found = [ok(topic, "exists, and this user can write in it.")]
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        found.append(
            warn(topic, f"other users of this machine may look into it (mode {mode:o}).", f"Run: chmod 700 {path}")
        )
    return found + free_space(path) + _database(settings.database_path, path.stat().st_uid)


def _cannot_enter(topic: str, blocked: Path, path: Path) -> Finding:
    """The folder `blocked` (the data folder, or one above it) cannot be entered by this user."""
    try:
        info = blocked.stat()
        whose = f" (it belongs to {_name(info.st_uid)}, mode {stat.S_IMODE(info.st_mode):o})"
    except OSError:
        whose = ""
    return fix(
        topic,
        f"this user ({_user()}) cannot enter {blocked}{whose}, so nothing in it can be checked.",
        f"Run the doctor as the bot's user (e.g. sudo -u <bot user> firstline doctor ...); if this is the bot's user, give it the folder: chown -R {_user()} {path}",
    )


def free_space(folder: Path) -> list[Finding]:
    topic = f"Free space ({folder})"
    free = health.free_bytes(folder)
    if free is None:
        return []
    mib = free // 2**20
    if free < health.MIN_FREE_BYTES:
        return [
            fix(
                topic,
                f"only {mib} MiB left: the bot cannot save the workers' steps, nor make its secret at the first start.",
                "Free some space on that disk (old logs, old releases, docker system prune).",
            )
        ]
    if free < WARN_FREE_BYTES:
        return [
            warn(
                topic,
                f"{mib} MiB left; below {health.MIN_FREE_BYTES // 2**20} MiB the bot cannot save the workers' steps.",
                "Free some space on that disk soon.",
            )
        ]
    return [ok(topic, f"{mib} MiB free.")]


def _database(path: Path, folder_owner: int) -> list[Finding]:
    topic = f"Session database ({path.name})"
    try:
        if not path.exists():
            return [note(topic, "none yet; the bot makes it at its first start.")]
        owner = path.stat().st_uid
    except OSError as e:
        return [
            fix(topic, f"this user ({_user()}) cannot look at it ({e.strerror}).", "Run the doctor as the bot's user.")
        ]
    # Someone ran the bot (or sqlite3) once as another user: the bot's user may not write it.
    chown = f"Change its owner to the bot's user: chown {_name(folder_owner)} {path} {path}-wal {path}-shm (those that exist)"
    try:
        # Read-only: the bot may be running, and the doctor must change nothing.
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            version = db.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
            sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        db.close()
    except sqlite3.Error as e:
        if owner != _euid():
            return [
                fix(
                    topic,
                    f"this user ({_user()}) cannot read it ({e}); it belongs to {_name(owner)}.",
                    f"Run the doctor as the bot's user; if that is not {_name(owner)}: {chown}.",
                )
            ]
        return [
            fix(
                topic,
                f"it cannot be read ({e}).",
                f"Stop the bot, move {path} (and any -wal and -shm files beside it) away, and start the bot: it makes a new one. "
                "Only open conversations are lost; workers start them again.",
            )
        ]
    found: list[Finding] = []
    if owner != folder_owner:
        found.append(
            fix(
                topic,
                f"it belongs to {_name(owner)}, the data folder to {_name(folder_owner)}: the bot's user may not be able to save to it.",
                chown + ".",
            )
        )
    if version > len(MIGRATIONS):
        return found + [
            fix(
                topic,
                f"a newer Firstline wrote it (schema {version}; this one knows {len(MIGRATIONS)}).",
                "Install that newer version again, or move the database away to start afresh (only open conversations are lost).",
            )
        ]
    return found or [ok(topic, f"readable, schema {version}, {sessions} open conversation(s).")]


def secret(settings: Settings) -> list[Finding]:
    path = Path(os.path.abspath(settings.secret_path))
    data = Path(os.path.abspath(settings.data_dir))
    inside = path.is_relative_to(data)
    if settings.secret is not None:
        found = [
            ok(
                "Session secret (FIRSTLINE_SECRET)",
                f"set, {len(settings.secret.get_secret_value().encode())} bytes (hidden).",
            )
        ]
        try:
            if path.exists():
                found.append(note("Session secret", f"{path} is not used while FIRSTLINE_SECRET is set."))
        except OSError:
            pass
        return found
    topic = f"Session secret ({path})"
    apart = (
        [
            warn(
                topic,
                "it is kept in the data folder, so a copy of that folder (a backup, a snapshot, a disk) lets whoever holds it "
                "test whether a Telegram id they know used the bot.",
                "Keep it apart: deploy/README.md, 'Keeping the secret apart' (systemd's LoadCredential, the compose volume, "
                "FIRSTLINE_SECRET_FILE or FIRSTLINE_SECRET).",
            )
        ]
        if inside
        else []
    )
    try:
        exists = path.exists()
    except PermissionError:
        return [
            fix(
                topic,
                f"this user ({_user()}) cannot enter {path.parent}, so the secret cannot be checked.",
                "Run the doctor as the bot's user.",
            )
        ] + apart
    if not exists:
        if not inside and path.parent.is_dir() and not _can_write(path.parent):
            return [
                fix(
                    topic,
                    f"it does not exist, and this user ({_user()}) may not make it in {path.parent}.",
                    f"Make one: (umask 077; python3 -c 'import secrets; print(secrets.token_hex(32))' > {path}), readable by the bot's user only.",
                )
            ]
        return [note(topic, "none yet; the bot makes one at its first start (readable by its user only).")] + apart
    if not path.is_file():
        return [fix(topic, "this is not a file.", f"Remove {path}; the bot makes a new secret at its next start.")]
    try:
        held = path.read_bytes().strip()
    except OSError as e:
        return [
            fix(
                topic,
                f"this user ({_user()}) cannot read it ({e.strerror}).",
                f"Give it to the bot's user: chown <bot user> {path}",
            )
        ] + apart
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
        found.append(
            fix(
                topic,
                f"it holds {len(held)} bytes; at least {MIN_SECRET_BYTES} are needed.",
                f"Delete {path}; the bot makes a new one (open conversations are forgotten).",
            )
        )
    owner = path.stat().st_uid
    if _euid() != 0 and owner != _euid():
        found.append(
            warn(
                topic,
                f"it belongs to another user (uid {owner}) than this one ({_user()}).",
                "Run the doctor as the bot's user, or give the file to that user.",
            )
        )
    return (found or [ok(topic, f"present, {len(held)} bytes, readable by its owner only.")]) + apart


def api_address(settings: Settings) -> list[Finding]:
    """A Bot API server over plain http:// is fine on this machine only: elsewhere the token and
    every message cross the network unencrypted."""
    url = urlsplit(settings.api_base_url)
    if url.scheme != "http" or _loopback(url.hostname or ""):
        return []
    return [
        warn(
            f"Bot API address (TELEGRAM_API_BASE_URL = {settings.api_base_url})",
            f"plain http:// to {url.hostname}, which is not this machine: the token and every message cross the network unencrypted.",
            "Use https://, or run the Bot API server on this machine (127.0.0.1), or reach it over a VPN or SSH tunnel.",
        )
    ]


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def webhook(settings: Settings) -> list[Finding]:
    if not settings.webhook_url:
        found = [
            ok(
                "Receiving updates",
                "by long polling (FIRSTLINE_WEBHOOK_URL is not set): no open port, no address needed.",
            )
        ]
        if settings.webhook_secret is not None:
            found.append(
                warn(
                    "Webhook secret (FIRSTLINE_WEBHOOK_SECRET)",
                    "it is set, but FIRSTLINE_WEBHOOK_URL is not, so it is not used.",
                    "Set FIRSTLINE_WEBHOOK_URL too for webhook mode, or remove the secret.",
                )
            )
        return found
    topic = "Webhook address (FIRSTLINE_WEBHOOK_URL)"
    url = urlsplit(settings.webhook_url)
    official = settings.api_base_url == TELEGRAM_API
    found: list[Finding] = []
    if not url.hostname:
        return [
            fix(
                topic,
                f"'{settings.webhook_url}' is not a web address.",
                "Write it whole, e.g. https://bot.example.org/telegram",
            )
        ]
    if url.scheme != "https":
        says = "it starts with http://; Telegram calls webhooks over HTTPS only."
        todo = "Use https:// with the address of your TLS reverse proxy (deploy/README.md, 'Webhook behind a reverse proxy')."
        found.append(
            fix(topic, says, todo)
            if official
            else warn(topic, says + " Only a self-hosted Bot API server in --local mode accepts it.", todo)
        )
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
        found.append(
            ok(
                topic,
                f"{settings.webhook_url}: HTTPS, port {port}; the bot listens at {settings.webhook_listen}:{settings.webhook_port}{local_path} behind it.",
            )
        )
    if settings.webhook_secret is None:
        found.append(
            note(
                "Webhook secret",
                "FIRSTLINE_WEBHOOK_SECRET is not set: the bot derives one from the session secret, so it stays the same across restarts. Calls without it are refused.",
            )
        )
    else:
        found.append(ok("Webhook secret (FIRSTLINE_WEBHOOK_SECRET)", "set (hidden); calls without it are refused."))
    return found


def _nearest_enterable(path: Path) -> Path:
    """The first folder on the way to `path` that this user cannot enter."""
    for folder in reversed(path.parents):
        if not _can_enter(folder):
            return folder
    return path


def _can_enter(folder: Path) -> bool:
    try:
        os.scandir(folder).close()
        return True
    except OSError:
        return False


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


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else 0


def _user() -> str:
    return _name(_euid()) if hasattr(os, "geteuid") else "this user"


def _name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"uid {uid}"
