"""Creating and unlocking a database, and changing its key slots: the code that handles the
database key (key rotation, which replaces it, is in `rotation`)."""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from caseintake.domain.errors import (
    AuthenticationFailed,
    CaseintakeError,
    DatabaseMissing,
    IntegrityProblem,
    KeyFileMissing,
    NotADatabase,
    WrongPassphrase,
)
from caseintake.storage import audit, case_keys, migrations
from caseintake.storage.audit import append, now_utc
from caseintake.storage.case_keys import KeyRing
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.keyslots import (
    RECOVERY_SLOT,
    UNLOCK_REFUSED,
    HolderKeys,
    KeySlots,
    OpenedSlot,
    new_database_key,
    new_recovery_key,
    sidecar_path,
)
from caseintake.storage.records import users
from caseintake.storage.records.users import UserRow
from caseintake.storage.unlock_delay import FailedUnlocks, state_path

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
#: The `meta` setting that marks a demo database ("1"); set once, at creation.
DEMO_SETTING = "demo_database"
Waiter = Callable[[float], None]


class UnlockDelayed(AuthenticationFailed):
    """Too many failed unlocks: the caller must wait `seconds` before trying again."""

    default_code = "unlock_delayed"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"Too many failed attempts; wait {seconds:.0f} seconds before trying again.",
            code="unlock_delayed",
            params={"seconds": f"{seconds:.0f}"},
        )
        self.seconds = seconds


def related_files(path: Path) -> list[Path]:
    """Every file that belongs to a database, for backups, scans and clean-up."""
    return [
        path,
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
        Path(f"{path}-journal"),  # a rollback journal: a copy being written (`wal=False`)
        sidecar_path(path),
        state_path(path),
    ]


def create_database(
    path: Path,
    username: str,
    display_name: str,
    passphrase: str,
    *,
    office_prefix: str = "CI",
    office_name: str = "",
    demo: bool = False,
) -> tuple[Database, str]:
    """A new encrypted database whose first user is a supervisor; returns it and the recovery key.

    `demo` marks a database made for training and demonstrations (synthetic cases only): only
    such a database takes demo cases, and its cases never go into anonymized counts."""
    if path.exists() or sidecar_path(path).exists():
        raise CaseintakeError(
            f"A database already exists at {path}; refusing to overwrite it.",
            code="database_exists",
            params={"path": path},
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise CaseintakeError(
            f"The folder {path.parent} cannot be created.",
            code="folder_not_created",
            params={"folder": path.parent},
        ) from None
    if not os.access(path.parent, os.W_OK):
        raise CaseintakeError(
            f"The folder {path.parent} cannot be written to.",
            code="folder_not_writable",
            params={"folder": path.parent},
        )
    key = new_database_key()
    database_id = str(uuid.uuid4())
    recovery_key = new_recovery_key()
    first = HolderKeys.generate()
    recovery = HolderKeys.generate()
    db: Database | None = None
    try:
        db = Database(open_connection(path, key, create=True), path, key)
        migrations.upgrade(db)
        with db.atomic():
            created = now_utc()
            db.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [
                    ("database_id", database_id),
                    ("office_prefix", office_prefix),
                    ("office_name", office_name),
                    ("created_at", created),
                    ("key_epoch", "1"),
                    ("audit_signed_from", "1"),
                    (DEMO_SETTING, "1" if demo else "0"),
                ],
            )
            office = case_keys.escrowed_office_key(db)
            if office is None:  # the upgrade that adds case keys creates it
                raise IntegrityProblem(
                    "The new database has no office reveal key.", code="new_database_no_office_key"
                )
            key_id = case_keys.register_holder(db, username, first, created)
            recovery_id = case_keys.register_holder(db, case_keys.RECOVERY_HOLDER, recovery, created)
            user_id = users.insert(db, username, display_name, "supervisor", created, key_id)
            case_keys.grant_office(db, office, key_id)
            case_keys.grant_office(db, office, recovery_id)
            case_keys.drop_escrow(db)
            case_keys.attach(db, case_keys.KeyRing(username, key_id, first))
            append(db, username, "database.create", "database", database_id, {})
            append(db, username, "user.add", "user", str(user_id), {"role": "supervisor"})
        slots = KeySlots.create(sidecar_path(path), database_id)
        slots.set_user(username, passphrase, key, first)
        slots.set_recovery(recovery_key, key, recovery)
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
            f"again (the files it was replacing are kept beside it, in {path.name}.replaced-*).",
            code="restore_interrupted",
            params={"file": path.name},
        )
    if not path.exists():
        raise DatabaseMissing(
            f"There is no database at {path}; create one with 'caseintake init'.",
            code="database_missing",
            params={"path": path},
        )
    if path.is_dir():
        raise NotADatabase(
            f"{path} is a folder, not a caseintake database.",
            code="database_is_folder",
            params={"path": path},
        )
    with path.open("rb") as handle:
        header = handle.read(16)
    if header == SQLITE_PLAIN_HEADER:
        raise NotADatabase(
            f"{path} is an unencrypted SQLite file, not a caseintake database.",
            code="database_unencrypted",
            params={"path": path},
        )
    if not sidecar_path(path).exists():
        raise KeyFileMissing(
            f"{path} is not a caseintake database (its key file {sidecar_path(path).name} is missing).",
            code="key_file_missing",
            params={"path": path, "key_file": sidecar_path(path).name},
        )


def _open_connection(path: Path, opened: OpenedSlot) -> Database:
    """The current key, or the next one if a rotation got as far as replacing the file."""
    try:
        return Database(open_connection(path, opened.db_key), path, opened.db_key)
    except IntegrityProblem:
        if opened.pending_key is None:
            raise
    log.info("database opened with the pending key of an interrupted rotation")
    return Database(open_connection(path, opened.pending_key), path, opened.pending_key)


def mark_demo(db: Database, demo: bool) -> None:
    """Declare the database a demo database (or take the declaration back); inside a transaction."""
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (DEMO_SETTING, "1" if demo else "0"))


def setting(db: Database, key: str, default: str = "") -> str:
    """One value of the database's settings (`meta`), or `default`."""
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return default if value is None else str(value)


def db_epoch(db: Database) -> int:
    value = db.scalar("SELECT value FROM meta WHERE key = 'key_epoch'")
    return 0 if value is None else int(value)


def _reconcile_epochs(db: Database, slots: KeySlots) -> None:
    """The database and its key file must be of the same key epoch; a key change cut short by a
    crash is finished (or forgotten) here. Anything else is a file put back from an older copy."""
    ours, theirs, pending = db_epoch(db), slots.epoch, slots.pending_epoch
    if pending is not None and ours == pending:
        slots.finish_epoch()
    elif ours == theirs:
        if pending is None:
            return
        slots.abandon_epoch()
    elif ours < theirs:
        raise IntegrityProblem(
            f"The database {db.path.name} is older than its key file (key epoch {ours}, the key file "
            f"has {theirs}): an older copy of the database was put back; restore the matching backup.",
            code="database_rolled_back",
            params={"file": db.path.name, "ours": ours, "theirs": theirs},
        )
    else:
        raise IntegrityProblem(
            f"The key file {slots.path.name} is older than the database (key epoch {theirs}, the "
            f"database has {ours}): an older copy of the key file was put back; restore the matching backup.",
            code="key_file_rolled_back",
            params={"key_file": slots.path.name, "ours": ours, "theirs": theirs},
        )
    slots.seal(db.key)
    slots.save()


def open_with_key(path: Path, opened: OpenedSlot | bytes, slots: KeySlots) -> Database:
    """Open the database with what came out of one of `slots`, checking that they belong together
    and are of the same key epoch. Given the holder's keys (`KeySlots.open_user`), what the
    connection writes to the audit log is signed; given the bare database key, it is not."""
    if isinstance(opened, bytes):
        opened = OpenedSlot(opened, None, None)
    slots.verify_seal(opened.db_key)
    db = _open_connection(path, opened)
    try:
        stored = db.scalar("SELECT value FROM meta WHERE key = 'database_id'")
        if stored != slots.database_id:
            raise IntegrityProblem(
                f"The key file {slots.path.name} belongs to a different database.",
                code="key_file_other_database",
                params={"key_file": slots.path.name},
            )
        migrations.upgrade(db)
        if slots.path == sidecar_path(path):
            _reconcile_epochs(db, slots)
        elif db_epoch(db) not in (slots.epoch, slots.pending_epoch):  # a copy being restored
            raise IntegrityProblem(
                "The database and the key slots in the backup are of different key epochs.",
                code="backup_epochs_differ",
            )
        _attach_ring(db, opened)
    except BaseException:
        db.close()
        raise
    return db


def _attach_ring(db: Database, opened: OpenedSlot) -> None:
    """Find whose keys these are by their public half, so what this connection writes is signed."""
    if opened.holder is None:
        return
    row = db.one(
        "SELECT id, holder FROM user_key WHERE box_public = ? AND retired_at IS NULL",
        (opened.holder.box_public,),
    )
    if row is not None:
        case_keys.attach(db, KeyRing(str(row[1]), int(row[0]), opened.holder))


def load_user(db: Database, username: str) -> UserRow:
    user = users.find(db, username)
    if user is None or not user.active:
        # The same sentence as a wrong passphrase: the answer names no account.
        raise AuthenticationFailed(UNLOCK_REFUSED, code="unlock_refused")
    return user


def _respect_delay(
    slots: KeySlots, slot: str, wait: Waiter | None, clock: Callable[[], float]
) -> FailedUnlocks:
    failed = FailedUnlocks(slots, slot)
    seconds = failed.seconds_to_wait(clock())
    if seconds > 0:
        if wait is None:
            raise UnlockDelayed(seconds)
        wait(seconds)
    return failed


def _adopt(
    db: Database,
    slots: KeySlots,
    holder: str,
    opened: OpenedSlot,
    rewrite: Callable[[HolderKeys], None],
    *,
    user: UserRow | None,
) -> KeyRing:
    """Attach the holder's key ring; an account (or recovery key) from before key pairs existed
    gets them now, with the office key or its assigned cases (see `upgrades.v3_case_keys`)."""
    keys = opened.holder
    key_id = case_keys.current_key_id(db, holder)
    if keys is None or key_id is None:
        keys = keys or HolderKeys.generate()
        with db.atomic():
            key_id = case_keys.register_holder(db, holder, keys, now_utc())
            if user is not None:
                users.set_key(db, user.id, key_id)
        rewrite(keys)
        slots.seal(db.key)
        slots.save()
        log.info("key pairs issued key_id=%s", key_id)
    ring = case_keys.KeyRing(holder, key_id, keys)
    case_keys.attach(db, ring)
    escrow = case_keys.escrowed_office_key(db)
    if escrow is not None:
        with db.atomic():
            if user is None or user.role in ("lawyer", "supervisor"):
                case_keys.grant_office(db, escrow, key_id)
            else:
                case_keys.share_assigned(db, user.id, escrow)
            if slots.legacy_slots() == 0:
                case_keys.drop_escrow(db)
    return ring


def unlock(
    path: Path,
    username: str,
    passphrase: str,
    *,
    wait: Waiter | None = None,
    clock: Callable[[], float] = time.time,
) -> tuple[Database, UserRow]:
    """Open the database as `username`. A failure is counted (for that name) and slows its next
    try down; an unknown name and a wrong passphrase get the same answer."""
    _check_file(path)
    slots = KeySlots.load(sidecar_path(path))
    failed = _respect_delay(slots, slots.slot_id(username), wait, clock)
    try:
        opened = slots.open_user(username, passphrase)
    except AuthenticationFailed:
        failed.record(clock())
        raise WrongPassphrase(UNLOCK_REFUSED, code="unlock_refused") from None
    db = open_with_key(path, opened, slots)
    try:
        user = load_user(db, username)
        _adopt(
            db,
            slots,
            username,
            opened,
            lambda keys: slots.set_user(username, passphrase, db.key, keys),
            user=user,
        )
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
    failed = _respect_delay(slots, RECOVERY_SLOT, wait, clock)
    try:
        opened = slots.open_recovery(recovery_key)
    except AuthenticationFailed:
        failed.record(clock())
        raise
    db = open_with_key(path, opened, slots)
    try:
        _adopt(
            db,
            slots,
            case_keys.RECOVERY_HOLDER,
            opened,
            lambda keys: slots.set_recovery(recovery_key, db.key, keys),
            user=None,
        )
    except BaseException:
        db.close()
        raise
    failed.clear()
    return db, slots


# -- key changes: every change to the slots moves both files to the next key epoch ---------------


def load_slots(db: Database) -> KeySlots:
    """The key file of an open database, checked against it (and settled after a key change)."""
    slots = KeySlots.load(sidecar_path(db.path))
    slots.verify_seal(db.key)
    if slots.pending_epoch is not None and slots.pending_epoch == db_epoch(db):
        slots.finish_epoch()
    return slots


def commit_key_change(db: Database, slots: KeySlots) -> None:
    """Write changed slots as the next epoch. Call inside the transaction that changes the
    database to match; `settle` (or the next unlock) completes it once that transaction is in."""
    epoch = slots.begin_epoch()
    slots.seal(db.key)
    slots.save()
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_epoch', ?)", (str(epoch),))


def settle(db: Database) -> None:
    """After the transaction of a key change committed: make its epoch the key file's own."""
    slots = KeySlots.load(sidecar_path(db.path))
    slots.verify_seal(db.key)
    if slots.pending_epoch is not None and slots.pending_epoch == db_epoch(db):
        slots.finish_epoch()
        slots.seal(db.key)
        slots.save()


def set_passphrase(db: Database, username: str, passphrase: str, keys: HolderKeys) -> None:
    """Write (or rewrite) one user's slot for these private keys; the database is not re-encrypted."""
    slots = load_slots(db)
    slots.set_user(username, passphrase, db.key, keys)
    commit_key_change(db, slots)


def set_recovery_key(db: Database, recovery_key: str, keys: HolderKeys) -> None:
    """Replace the recovery slot with one for a new recovery key and its key pairs."""
    slots = load_slots(db)
    slots.set_recovery(recovery_key, db.key, keys)
    commit_key_change(db, slots)


def remove_passphrase(db: Database, username: str) -> None:
    slots = load_slots(db)
    slots.remove_user(username)
    commit_key_change(db, slots)


def verify_passphrase(db: Database, username: str, passphrase: str) -> OpenedSlot:
    """Check a passphrase against its slot without opening anything (re-authentication)."""
    slots = KeySlots.load(sidecar_path(db.path))
    return slots.open_user(username, passphrase)


def record_audit_head(db: Database) -> None:
    """Write the audit chain's last event into the key file, signed by the unlocked holder, so a
    database put back from an older copy, or a log cut short, shows against it."""
    ring = case_keys.ring_of(db)
    if ring is None:
        return
    seq, digest = audit.head(db)
    slots = load_slots(db)
    current = slots.audit_head
    if current is not None and current.get("seq") == seq and current.get("hash") == digest:
        return
    message = f"caseintake-audit-head:{slots.database_id}:{seq}:{digest}".encode()
    slots.set_audit_head(
        {
            "seq": seq,
            "hash": digest,
            "key_id": ring.key_id,  # the key file names no one: who it was is in `user_key`
            "signature": ring.signer.sign(message).signature.hex(),
        }
    )
    slots.seal(db.key)
    slots.save()


def audit_head_problems(db: Database) -> tuple[list[str], str]:
    """Compare the key file's recorded audit head with the log; returns problems and a summary."""
    slots = load_slots(db)
    head = slots.audit_head
    if head is None:
        return [], "none recorded"
    seq, digest = int(head["seq"]), str(head["hash"])
    row = db.one("SELECT holder, sign_public FROM user_key WHERE id = ?", (head.get("key_id"),))
    holder, public = (None, None) if row is None else (row[0], row[1])
    summary = f"event {seq} ({digest[:12]}), recorded by {holder or 'an unknown key'}"
    problems = []
    message = f"caseintake-audit-head:{slots.database_id}:{seq}:{digest}".encode()
    try:
        if public is None:
            raise BadSignatureError("no key")
        VerifyKey(bytes(public)).verify(message, bytes.fromhex(str(head.get("signature"))))
    except (BadSignatureError, ValueError):
        problems.append("the audit head recorded in the key file is not signed by its holder")
    if seq and audit.hash_at(db, seq) != digest:
        problems.append(
            f"the audit log no longer holds event {seq} as recorded in the key file: "
            "it was cut short, rewritten or put back from an older copy"
        )
    return problems, summary


def key_facts(db: Database) -> tuple[list[str], dict[str, int | str]]:
    """What `check` reports about keys: the epochs, the signed audit, the recorded head."""
    signatures = audit.verify_signatures(db)
    problems = list(signatures.problems)
    facts: dict[str, int | str] = {
        "key_epoch": db_epoch(db),
        "audit_signed": signatures.signed,
        "audit_unsigned_system": signatures.unsigned_system,
        "audit_before_signing": signatures.before_signing,
    }
    if case_keys.escrowed_office_key(db) is not None:
        facts["identity_keys"] = "upgrade not finished: some accounts have not unlocked since"
    if sidecar_path(db.path).exists():
        head_problems, summary = audit_head_problems(db)
        problems.extend(head_problems)
        facts["audit_head_in_key_file"] = summary
    return problems, facts
