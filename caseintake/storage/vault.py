"""Creating, unlocking and re-keying a database: the only code that handles the database key."""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caseintake.domain.errors import (
    AuthenticationFailed,
    CaseintakeError,
    DatabaseMissing,
    IntegrityProblem,
    NotADatabase,
)
from caseintake.storage import migrations
from caseintake.storage.audit import append, now_utc
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.keyslots import KeySlots, new_database_key, new_recovery_key, sidecar_path
from caseintake.storage.unlock_delay import FailedUnlocks, state_path

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
Waiter = Callable[[float], None]


class UnlockDelayed(AuthenticationFailed):
    """Too many failed unlocks: the caller must wait `seconds` before trying again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"Too many failed attempts; wait {seconds:.0f} seconds before trying again.")
        self.seconds = seconds


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


def related_files(path: Path) -> list[Path]:
    """Every file that belongs to a database, for backups, scans and clean-up."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), sidecar_path(path), state_path(path)]


def create_database(
    path: Path,
    username: str,
    display_name: str,
    passphrase: str,
    *,
    office_prefix: str = "CI",
    office_name: str = "",
) -> tuple[Database, str]:
    """A new encrypted database whose first user is a supervisor; returns it and the recovery key."""
    if path.exists() or sidecar_path(path).exists():
        raise CaseintakeError(f"A database already exists at {path}; refusing to overwrite it.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise CaseintakeError(f"The folder {path.parent} cannot be created.") from None
    if not os.access(path.parent, os.W_OK):
        raise CaseintakeError(f"The folder {path.parent} cannot be written to.")
    key = new_database_key()
    database_id = str(uuid.uuid4())
    recovery_key = new_recovery_key()
    db: Database | None = None
    try:
        db = Database(open_connection(path, key, create=True), path, key)
        migrations.upgrade(db)
        with db.atomic():
            created = now_utc()
            db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("database_id", database_id),
                    ("office_prefix", office_prefix),
                    ("office_name", office_name),
                    ("created_at", created),
                ],
            )
            cur = db.execute(
                "INSERT INTO users (username, display_name, role, active, created_at)"
                " VALUES (?, ?, 'supervisor', 1, ?)",
                (username, display_name, created),
            )
            append(db, username, "database.create", "database", database_id, {})
            append(db, username, "user.add", "user", str(cur.lastrowid), {"role": "supervisor"})
        slots = KeySlots.create(sidecar_path(path), database_id)
        slots.set_user(username, passphrase, key)
        slots.set_recovery(recovery_key, key)
        slots.seal(key)
        slots.save()
    except BaseException:
        if db is not None:
            db.close()
        for leftover in related_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    log.info("database created id=%s", database_id)
    return db, recovery_key


def restore_marker(database: Path) -> Path:
    """Present only while a restore is swapping files (see `backup.replace_database`)."""
    return database.with_name(database.name + ".restoring")


def _check_file(path: Path) -> None:
    if restore_marker(path).exists():
        raise IntegrityProblem(
            f"A restore into {path.name} was interrupted; run 'caseintake restore' with the same backup "
            f"again (the files it was replacing are kept beside it, in {path.name}.replaced-*)."
        )
    if not path.exists():
        raise DatabaseMissing(f"There is no database at {path}; create one with 'caseintake init'.")
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a caseintake database.")
    with path.open("rb") as handle:
        header = handle.read(16)
    if header == SQLITE_PLAIN_HEADER:
        raise NotADatabase(f"{path} is an unencrypted SQLite file, not a caseintake database.")
    if not sidecar_path(path).exists():
        raise NotADatabase(
            f"{path} is not a caseintake database (its key file {sidecar_path(path).name} is missing)."
        )


def open_with_key(path: Path, key: bytes, slots: KeySlots) -> Database:
    """Open the database with a key that came out of `slots`, checking that they belong together."""
    slots.verify_seal(key)
    db = Database(open_connection(path, key), path, key)
    try:
        stored = db.scalar("SELECT value FROM meta WHERE key = 'database_id'")
        if stored != slots.database_id:
            raise IntegrityProblem(f"The key file {slots.path.name} belongs to a different database.")
        migrations.upgrade(db)
    except BaseException:
        db.close()
        raise
    return db


def load_user(db: Database, username: str) -> UserRow:
    row = db.one("SELECT id, username, display_name, role, active FROM users WHERE username = ?", (username,))
    if row is None:
        raise AuthenticationFailed(f"No user named {username!r} can unlock this database.")
    user = UserRow(row[0], row[1], row[2], row[3], bool(row[4]))
    if not user.active:
        raise AuthenticationFailed(f"The account {username!r} is disabled; ask a supervisor.")
    return user


def _respect_delay(path: Path, wait: Waiter | None, clock: Callable[[], float]) -> FailedUnlocks:
    failed = FailedUnlocks(path)
    seconds = failed.seconds_to_wait(clock())
    if seconds > 0:
        if wait is None:
            raise UnlockDelayed(seconds)
        wait(seconds)
    return failed


def unlock(
    path: Path,
    username: str,
    passphrase: str,
    *,
    wait: Waiter | None = None,
    clock: Callable[[], float] = time.time,
) -> tuple[Database, UserRow]:
    """Open the database as `username`. A failure is counted and slows the next try down."""
    _check_file(path)
    slots = KeySlots.load(sidecar_path(path))
    failed = _respect_delay(path, wait, clock)
    try:
        key = slots.unwrap_user(username, passphrase)
    except AuthenticationFailed:
        failed.record(clock())
        raise
    db = open_with_key(path, key, slots)
    try:
        user = load_user(db, username)
    except BaseException:
        db.close()
        raise
    failed.clear()
    return db, user


def unlock_with_recovery_key(
    path: Path, recovery_key: str, *, wait: Waiter | None = None, clock: Callable[[], float] = time.time
) -> tuple[Database, KeySlots]:
    _check_file(path)
    slots = KeySlots.load(sidecar_path(path))
    failed = _respect_delay(path, wait, clock)
    try:
        key = slots.unwrap_recovery(recovery_key)
    except AuthenticationFailed:
        failed.record(clock())
        raise
    db = open_with_key(path, key, slots)
    failed.clear()
    return db, slots


def set_passphrase(db: Database, username: str, passphrase: str) -> None:
    """Write (or rewrite) one user's slot; the database itself is never re-encrypted."""
    slots = KeySlots.load(sidecar_path(db.path))
    slots.verify_seal(db.key)
    slots.set_user(username, passphrase, db.key)
    slots.seal(db.key)
    slots.save()


def remove_passphrase(db: Database, username: str) -> None:
    slots = KeySlots.load(sidecar_path(db.path))
    slots.verify_seal(db.key)
    slots.remove_user(username)
    slots.seal(db.key)
    slots.save()


def verify_passphrase(db: Database, username: str, passphrase: str) -> None:
    """Check a passphrase against its slot without opening anything (re-authentication)."""
    slots = KeySlots.load(sidecar_path(db.path))
    slots.unwrap_user(username, passphrase)
