"""The queries behind `check`, backup and restore: page and structure checks, counts, and the
times of the newest audit events."""

from __future__ import annotations

from caseintake.domain.errors import CaseintakeError
from caseintake.storage.database import Database

SEARCH_TABLES = ("case_search", "note_search", "identity_search")

#: Events that record no change: a backup that lacks only these is not older than the database.
#: (A reveal or an export is a change here: restoring over it would drop it from the audit log.)
NOT_CHANGES = ("session.unlock", "case.view", "database.check", "backup.create", "backup.restore")


def page_problems(db: Database) -> list[str]:
    """Pages whose authentication fails (SQLCipher), each line naming the file."""
    return [f"{db.path.name}: {line}" for (line,) in db.all("PRAGMA cipher_integrity_check")]


def structure_problems(db: Database) -> list[str]:
    """The b-tree structure check (at most 20 lines), each line naming the file."""
    rows = db.all("PRAGMA integrity_check")
    if rows == [("ok",)]:
        return []
    return [f"{db.path.name}: {r[0]}" for r in rows[:20]]


def search_index_problems(db: Database) -> list[str]:
    """Run each full-text index's own integrity check."""
    problems = []
    for table in SEARCH_TABLES:
        try:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")  # nosec B608
        except CaseintakeError:
            problems.append(f"the search index {table} is damaged")
    return problems


def counts(db: Database) -> dict[str, int]:
    return {
        "cases": int(db.scalar("SELECT count(*) FROM cases")),
        "audit_events": int(db.scalar("SELECT count(*) FROM audit")),
        "schema_version": int(db.scalar("PRAGMA user_version")),
    }


def last_change(db: Database) -> str:
    """The time of the newest audit event that records a change (ISO 8601 UTC), or ''."""
    marks = ", ".join("?" * len(NOT_CHANGES))
    row = db.scalar(
        f"SELECT coalesce(max(at), '') FROM audit WHERE action NOT IN ({marks})"  # nosec B608
        " AND NOT (action = 'document.register' AND json_extract(details, '$.kind') = 'backup')",
        NOT_CHANGES,
    )
    return str(row or "")


def last_event(db: Database) -> str:
    return str(db.scalar("SELECT coalesce(max(at), '') FROM audit") or "")


def checkpoint(db: Database) -> None:
    """Fold the write-ahead log into the database file and empty it."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
