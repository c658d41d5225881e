"""Backup, restore and the integrity check: the tools that keep a lost or damaged file from
becoming lost data."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import (
    AuthenticationFailed,
    CaseintakeError,
    IntegrityProblem,
    PermissionDenied,
    WrongPassphrase,
)
from caseintake.domain.roles import Action, may
from caseintake.services.documents import register_document
from caseintake.services.progress import NO_TASK, Cancelled, Task
from caseintake.services.session import Session
from caseintake.storage import agenda_rows, audit, backup, team_store, vault
from caseintake.storage import maintenance_queries as queries
from caseintake.storage.database import Database, QueryInterrupted
from caseintake.storage.engine import DatabaseError
from caseintake.storage.files import WriteFailed, os_reason, reason_param
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.records import users
from caseintake.storage.vault import Waiter

log = logging.getLogger(__name__)


#: The checks `inspect` runs, in order: page authentication, b-tree structure, the full-text
#: indexes, the audit chain, and the keys (signatures, key epoch, the audit head in the key file).
CHECKS = ("pages", "structure", "search", "audit", "keys")


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: dict[str, int | str] = field(default_factory=dict)
    #: The problems of each check that ran (an empty list: it passed), in the order of `CHECKS`.
    #: A check missing here did not run, because an earlier one could not read the file.
    checks: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


#: The share of the check's time each check takes (measured at 100,000 cases, docs/PERFORMANCE.md),
#: so that progress moves evenly: the sum is `PROGRESS_TOTAL`.
CHECK_SHARES = {"pages": 150, "structure": 700, "search": 120, "audit": 20, "keys": 10}
PROGRESS_TOTAL = sum(CHECK_SHARES.values())
#: How often `Database.interruptible` looks in per page of the file during `quick_check`
#: (measured at 100,000 cases): the structure check's progress is looks seen / looks expected.
LOOKS_PER_PAGE = 0.017


def check_at(done: int) -> str:
    """The check running when `done` of `PROGRESS_TOTAL` is reported (the last one at the end)."""
    start = 0
    for name in CHECKS:
        start += CHECK_SHARES[name]
        if done < start:
            return name
    return CHECKS[-1]


def inspect(db: Database, task: Task = NO_TASK) -> CheckReport:
    """Page authentication, b-tree structure, search indexes, the audit chain and the keys.

    `task` hears how much is done (of `PROGRESS_TOTAL`, shared out by `CHECK_SHARES`), between two
    checks and table by table inside them; cancelling stops at the next table or, inside a
    table's structure check, part-way (`Database.interruptible`), and raises `Cancelled`. The
    check only reads (it records itself afterwards, in `check`), so nothing is changed."""
    report = CheckReport()
    key_facts: dict[str, int | str] = {}
    start = 0

    def within(name: str) -> queries.Progress:
        def progress(done: int, total: int) -> None:
            task.step(start + CHECK_SHARES[name] * done // max(total, 1), PROGRESS_TOTAL)

        return progress

    def keys() -> list[str]:
        problems, facts = vault.key_facts(db)
        key_facts.update(facts)
        return problems

    looks = {"seen": 0, "expected": 1}

    def structure() -> list[str]:
        looks["seen"], looks["expected"] = 0, max(1, int(queries.page_count(db) * LOOKS_PER_PAGE))
        return queries.structure_problems(db)

    def should_stop() -> bool:
        """Asked every few thousand steps of a read: the structure check's progress comes from here."""
        if task.cancelled:
            return True
        if start == CHECK_SHARES["pages"]:  # inside the structure check
            looks["seen"] += 1
            with contextlib.suppress(Cancelled):  # a cancel lands at the next look
                within("structure")(min(looks["seen"], looks["expected"] * 19 // 20), looks["expected"])
        return False

    runs = {
        "pages": lambda: queries.page_problems(db),
        "structure": structure,
        # The derived data kept beside the records: search indexes, the counts cache, the agenda.
        "search": lambda: [
            *queries.search_index_problems(db, within("search")),
            *queries.counts_cache_problems(db),
            *agenda_rows.problems(db),
        ],
        # This copy's chain, and at the office hub every laptop's chain as it was received.
        "audit": lambda: [*audit.verify_chain(db), *team_store.device_audit_problems(db)],
        "keys": keys,
    }
    name = CHECKS[0]
    try:
        with db.interruptible(should_stop):
            for name in CHECKS:
                task.step(start, PROGRESS_TOTAL)
                found = list(runs[name]())
                report.checks[name] = found
                report.problems.extend(found)  # kept when a later check cannot read
                start += CHECK_SHARES[name]
            report.facts = {**queries.counts(db), **key_facts, **team_store.facts(db)}
        task.step(PROGRESS_TOTAL, PROGRESS_TOTAL)
    except QueryInterrupted:
        raise Cancelled() from None
    except IntegrityProblem as exc:
        report.checks.setdefault(name, []).append(str(exc))
        report.problems.append(str(exc))
    except DatabaseError as exc:  # raised while reading rows: name the file, as the checks above do
        line = f"{db.path.name}: {exc} (a page of the database or its write-ahead log)"
        report.checks.setdefault(name, []).append(line)
        report.problems.append(line)
    return report


def check(session: Session, task: Task = NO_TASK) -> CheckReport:
    report = inspect(session.db, task)
    if not report.ok:
        # A damaged file is never written to, not even to record the check: it stays exactly as
        # found, for restoring or for an expert.
        log.warning("check found %d problem(s)", len(report.problems))
        return report
    with contextlib.suppress(CaseintakeError), session.db.atomic():
        session.audit(
            AuditAction.DATABASE_CHECK,
            "database",
            session.setting("database_id"),
            {"problems": len(report.problems)},
        )
    return report


def make_backup(session: Session, destination: Path, *, force: bool = False, task: Task = NO_TASK) -> str:
    """Returns the backup file's SHA-256, which is also recorded in the document register.

    Supervisors only: a backup carries every case and every key slot. `force` replaces an
    existing file (an older backup); the destination is checked like every output. `task` hears
    how much is done (of `backup.PROGRESS_TOTAL`); cancelling raises `Cancelled` with no file
    written or replaced and nothing recorded."""
    session.require(Action.BACKUP)
    digest = backup.write_backup(session.db, destination, force=force, progress=task.step)
    with session.db.atomic():  # recorded once the file is complete, so a failed backup changes nothing
        session.audit(AuditAction.BACKUP_CREATE, "database", session.setting("database_id"), {})
        register_document(session, "backup", None, digest)
    log.info("backup written user=%s", session.user.id)
    return digest


@dataclass(frozen=True)
class LiveDatabase:
    """What restore learned from the database it would replace."""

    readable: bool
    last_change: str = ""  # the time of its newest change (`maintenance_queries.last_change`), UTC
    database_id: str = ""


def _authorize_on_live(
    database: Path, username: str, passphrase: str, wait: Waiter | None, force: bool
) -> LiveDatabase | None:
    """The restoring user must be an active supervisor of the database being replaced.

    Checking the backup alone let a disabled supervisor put back an old backup in which they were
    still active. None when there is nothing to replace (a new laptop): then the backup's own
    check is all there is. A live database too damaged to read (or without its key file) cannot
    confirm anyone's role: restoring over it takes `force`, and the message says so.
    """
    if not (database.exists() or sidecar_path(database).exists() or vault.restore_marker(database).exists()):
        return None
    try:
        db, user = vault.unlock(database, username, passphrase, wait=wait)
    except (AuthenticationFailed, vault.UnlockDelayed, PermissionDenied):
        raise
    except (CaseintakeError, DatabaseError):
        if not force:
            raise IntegrityProblem(
                f"The database at {database} cannot be opened (it is damaged, its key file is missing, or "
                "a restore was interrupted), so your role on it cannot be confirmed; add --force to "
                "restore over it anyway.",
                code="restore_live_unreadable",
                params={"path": database},
            ) from None
        log.warning("restore over an unreadable database, forced")
        return LiveDatabase(readable=False)
    try:
        if not may(user.role, Action.RESTORE):
            raise PermissionDenied(
                "Only a supervisor of this database may restore a backup over it.",
                code="restore_not_supervisor_live",
            )
        return LiveDatabase(
            readable=True, last_change=queries.last_change(db), database_id=vault.setting(db, "database_id")
        )
    finally:
        db.close()


def _moment(stamp: str) -> str:
    return stamp[:16].replace("T", " ") + " UTC" if stamp else "an unknown time"


def restore(
    database: Path,
    source: Path,
    username: str,
    passphrase: str,
    *,
    wait: Waiter | None = None,
    force: bool = False,
) -> Path | None:
    """Replace the database with a backup after checking everything; returns where the replaced
    files were kept.

    Refused (unless `force`) when the backup is older than the database it replaces: the database
    recorded a change (any audit event but unlocks, views, checks, backups) after the backup's
    newest event, so restoring would undo it."""
    try:
        live = _authorize_on_live(database, username, passphrase, wait, force)
        return _restore(database, source, username, passphrase, live, force)
    except WriteFailed:
        raise
    except OSError as exc:  # a full disk or a read-only folder: the old files are still in place
        raise CaseintakeError(
            f"The backup could not be restored into {database.parent}: {os_reason(exc)};"
            " nothing was changed.",
            code="restore_write_failed",
            params={"folder": database.parent, "reason": reason_param(exc)},
        ) from None


@contextlib.contextmanager
def _unpacked(database: Path, source: Path) -> Iterator[tuple[Path, bytes]]:
    """The backup's database copy, unpacked (still encrypted) beside the database, and its slots."""
    database.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".restore", dir=database.parent)
    copy = Path(name)
    try:
        os.close(fd)
        yield copy, backup.unpack_backup(source, copy)
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _open_backup(
    database: Path, copy: Path, slot_bytes: bytes, username: str, passphrase: str, live: LiveDatabase | None
) -> tuple[Database, KeySlots]:
    """Open the unpacked copy as `username`, who must be a supervisor in it, and check it whole."""
    slots = KeySlots.from_bytes(sidecar_path(database), slot_bytes)
    try:
        key = slots.open_user(username, passphrase)  # the keys too: the restore event is signed
    except WrongPassphrase:
        if live is None:
            raise
        raise WrongPassphrase(
            "Your passphrase does not open this backup; a backup keeps the passphrases of the day "
            "it was made.",
            code="backup_wrong_passphrase",
        ) from None
    db = vault.open_with_key(copy, key, slots)
    try:
        user = vault.load_user(db, username)
        if not may(user.role, Action.RESTORE):
            raise PermissionDenied(
                "Only a supervisor may restore a backup.", code="restore_not_supervisor_backup"
            )
        report = inspect(db)
        if not report.ok:
            raise IntegrityProblem(
                f"The backup is damaged: {report.problems[0]}.",
                code="backup_damaged_problem",
                params={"problem": report.problems[0]},
            )
    except BaseException:
        db.close()
        raise
    return db, slots


def _restore(
    database: Path, source: Path, username: str, passphrase: str, live: LiveDatabase | None, force: bool
) -> Path | None:
    with _unpacked(database, source) as (copy, slot_bytes):
        db, slots = _open_backup(database, copy, slot_bytes, username, passphrase, live)
        try:
            made = queries.last_event(db)
            if live is not None and live.readable and made < live.last_change and not force:
                raise PermissionDenied(
                    f"This backup (last change {_moment(made)}) is older than the database it would "
                    f"replace (last change {_moment(live.last_change)}), so restoring it would undo every "
                    "change since; add --force to restore it anyway.",
                    code="restore_older_backup",
                    params={"made": _moment(made), "last_change": _moment(live.last_change)},
                )
            audit.append(db, username, "backup.restore", "database", slots.database_id, {})
            queries.checkpoint(db)
        finally:
            db.close()
        for side in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            with contextlib.suppress(OSError):
                side.unlink()
        return backup.replace_database(database, copy, slot_bytes)


@dataclass(frozen=True)
class BackupFacts:
    """What a restore would put in place and what it would replace, for the confirmation."""

    made: str  #: the time of the backup's newest event (ISO 8601 UTC): when it was made, near enough
    cases: int
    accounts: int
    database_id: str
    #: None when there is nothing to replace (a new laptop); else what restore learned of it.
    live: LiveDatabase | None

    @property
    def same_database(self) -> bool | None:
        return None if self.live is None else self.database_id == self.live.database_id

    @property
    def older(self) -> bool:
        """Restoring would undo changes made since the backup (restore refuses without `force`)."""
        return self.live is not None and self.live.readable and self.made < self.live.last_change


def describe_backup(
    database: Path,
    source: Path,
    username: str,
    passphrase: str,
    *,
    wait: Waiter | None = None,
    force: bool = False,
) -> BackupFacts:
    """Every check `restore` makes, without replacing anything: the backup's hash, the restoring
    supervisor on both sides, the copy's integrity; returns what the confirmation shows."""
    try:
        live = _authorize_on_live(database, username, passphrase, wait, force)
        with _unpacked(database, source) as (copy, slot_bytes):
            db, slots = _open_backup(database, copy, slot_bytes, username, passphrase, live)
            try:
                return BackupFacts(
                    made=queries.last_event(db),
                    cases=int(queries.counts(db)["cases"]),
                    accounts=len(users.all_users(db)),
                    database_id=slots.database_id,
                    live=live,
                )
            finally:
                db.close()
    except WriteFailed:
        raise
    except OSError as exc:
        raise CaseintakeError(
            f"The backup could not be read into {database.parent}: {os_reason(exc)}; nothing was changed.",
            code="backup_read_failed",
            params={"folder": database.parent, "reason": reason_param(exc)},
        ) from None
