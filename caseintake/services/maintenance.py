"""Backup, restore and the integrity check: the tools that keep a lost or damaged file from
becoming lost data."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, PermissionDenied
from caseintake.domain.roles import Action, may
from caseintake.services.documents import register_document
from caseintake.services.session import Session
from caseintake.storage import audit, backup, vault
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
        for (line,) in db.all("PRAGMA cipher_integrity_check"):
            report.problems.append(f"{db.path.name}: {line}")
        rows = db.all("PRAGMA integrity_check")
        if rows != [("ok",)]:
            report.problems.extend(f"{db.path.name}: {r[0]}" for r in rows[:20])
        for table in ("case_search", "note_search", "identity_search"):
            try:
                db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            except CaseintakeError:
                report.problems.append(f"the search index {table} is damaged")
        report.problems.extend(audit.verify_chain(db))
        report.facts = {
            "cases": int(db.scalar("SELECT count(*) FROM cases")),
            "audit_events": int(db.scalar("SELECT count(*) FROM audit")),
            "schema_version": int(db.scalar("PRAGMA user_version")),
        }
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
            "database.check",
            "database",
            session.setting("database_id"),
            {"problems": len(report.problems)},
        )
    return report


def make_backup(session: Session, destination: Path) -> str:
    """Returns the backup file's SHA-256, which is also recorded in the document register."""
    digest = backup.write_backup(session.db, destination)
    with session.db.atomic():  # recorded once the file is complete, so a failed backup changes nothing
        session.audit("backup.create", "database", session.setting("database_id"), {})
        register_document(session, "backup", None, digest)
    log.info("backup written user=%s", session.user.id)
    return digest


def restore(
    database: Path, source: Path, username: str, passphrase: str, *, wait: Waiter | None = None
) -> Path | None:
    """Replace the database with a backup after checking everything; returns where the replaced
    files were kept."""
    try:
        return _restore(database, source, username, passphrase)
    except WriteFailed:
        raise
    except OSError as exc:  # a full disk or a read-only folder: the old files are still in place
        raise CaseintakeError(
            f"The backup could not be restored into {database.parent}: {os_reason(exc)}; nothing was changed."
        ) from None


def _restore(database: Path, source: Path, username: str, passphrase: str) -> Path | None:
    database.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".restore", dir=database.parent)
    copy = Path(name)
    try:
        os.close(fd)
        slot_bytes = backup.unpack_backup(source, copy)
        slots = KeySlots.from_bytes(sidecar_path(database), slot_bytes)
        key = slots.unwrap_user(username, passphrase)
        db = vault.open_with_key(copy, key, slots)
        try:
            user = vault.load_user(db, username)
            if not may(user.role, Action.RESTORE):
                raise PermissionDenied("Only a supervisor may restore a backup.")
            report = inspect(db)
            if not report.ok:
                raise IntegrityProblem(f"The backup is damaged: {report.problems[0]}.")
            audit.append(db, username, "backup.restore", "database", slots.database_id, {})
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        for side in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            with contextlib.suppress(OSError):
                side.unlink()
        return backup.replace_database(database, copy, slot_bytes)
    finally:
        with contextlib.suppress(OSError):
            copy.unlink()
