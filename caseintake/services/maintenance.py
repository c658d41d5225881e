"""Backup, restore and the integrity check: the tools that keep a lost or damaged file from
becoming lost data."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
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
from caseintake.services.session import Session
from caseintake.storage import audit, backup, vault
from caseintake.storage import maintenance_queries as queries
from caseintake.storage.database import Database
from caseintake.storage.engine import DatabaseError
from caseintake.storage.files import WriteFailed, os_reason
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.vault import Waiter

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: dict[str, int | str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect(db: Database) -> CheckReport:
    """Page authentication, b-tree structure, search indexes and the audit chain."""
    report = CheckReport()
    try:
        report.problems.extend(queries.page_problems(db))  # kept when a later check cannot read
        report.problems.extend(queries.structure_problems(db))
        report.problems.extend(queries.search_index_problems(db))
        report.problems.extend(audit.verify_chain(db))
        key_problems, key_facts = vault.key_facts(db)  # signatures, key epoch, head in the key file
        report.problems.extend(key_problems)
        report.facts = {**queries.counts(db), **key_facts}
    except IntegrityProblem as exc:
        report.problems.append(str(exc))
    except DatabaseError as exc:  # raised while reading rows: name the file, as the checks above do
        report.problems.append(f"{db.path.name}: {exc} (a page of the database or its write-ahead log)")
    return report


def check(session: Session) -> CheckReport:
    report = inspect(session.db)
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


def make_backup(session: Session, destination: Path, *, force: bool = False) -> str:
    """Returns the backup file's SHA-256, which is also recorded in the document register.

    Supervisors only: a backup carries every case and every key slot. `force` replaces an
    existing file (an older backup); the destination is checked like every output."""
    session.require(Action.BACKUP)
    digest = backup.write_backup(session.db, destination, force=force)
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
                "restore over it anyway."
            ) from None
        log.warning("restore over an unreadable database, forced")
        return LiveDatabase(readable=False)
    try:
        if not may(user.role, Action.RESTORE):
            raise PermissionDenied("Only a supervisor of this database may restore a backup over it.")
        return LiveDatabase(readable=True, last_change=queries.last_change(db))
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
            f"The backup could not be restored into {database.parent}: {os_reason(exc)}; nothing was changed."
        ) from None


def _restore(
    database: Path, source: Path, username: str, passphrase: str, live: LiveDatabase | None, force: bool
) -> Path | None:
    database.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".restore", dir=database.parent)
    copy = Path(name)
    try:
        os.close(fd)
        slot_bytes = backup.unpack_backup(source, copy)
        slots = KeySlots.from_bytes(sidecar_path(database), slot_bytes)
        try:
            key = slots.open_user(username, passphrase)  # the keys too: the restore event is signed
        except WrongPassphrase:
            if live is None:
                raise
            raise WrongPassphrase(
                "Your passphrase does not open this backup; a backup keeps the passphrases of the day "
                "it was made."
            ) from None
        db = vault.open_with_key(copy, key, slots)
        try:
            user = vault.load_user(db, username)
            if not may(user.role, Action.RESTORE):
                raise PermissionDenied("Only a supervisor may restore a backup.")
            report = inspect(db)
            if not report.ok:
                raise IntegrityProblem(f"The backup is damaged: {report.problems[0]}.")
            made = queries.last_event(db)
            if live is not None and live.readable and made < live.last_change and not force:
                raise PermissionDenied(
                    f"This backup (last change {_moment(made)}) is older than the database it would "
                    f"replace (last change {_moment(live.last_change)}), so restoring it would undo every "
                    "change since; add --force to restore it anyway."
                )
            audit.append(db, username, "backup.restore", "database", slots.database_id, {})
            queries.checkpoint(db)
        finally:
            db.close()
        for side in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            with contextlib.suppress(OSError):
                side.unlink()
        return backup.replace_database(database, copy, slot_bytes)
    finally:
        with contextlib.suppress(OSError):
            copy.unlink()
