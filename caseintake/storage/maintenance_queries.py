"""The queries behind `check`, backup and restore: page and structure checks, counts, and the
times of the newest audit events."""

from __future__ import annotations

from collections.abc import Callable

from caseintake.domain.errors import CaseintakeError
from caseintake.storage import counts_cache
from caseintake.storage.database import Database

SEARCH_TABLES = ("case_search", "note_search", "identity_search")

#: Told (done, total) as a check moves through the tables; it may raise to stop the check there.
Progress = Callable[[int, int], None]


def _quiet(_done: int, _total: int) -> None:
    return None


#: Events that record no change: a backup that lacks only these is not older than the database.
#: (A reveal or an export is a change here: restoring over it would drop it from the audit log.)
NOT_CHANGES = ("session.unlock", "case.view", "database.check", "backup.create", "backup.restore")


def page_problems(db: Database) -> list[str]:
    """Pages whose authentication fails (SQLCipher), each line naming the file."""
    return [f"{db.path.name}: {line}" for (line,) in db.all("PRAGMA cipher_integrity_check")]


def page_count(db: Database) -> int:
    return int(db.scalar("PRAGMA page_count"))


#: Said of a page the structure check could not open (SQLITE_CORRUPT, error code 11): in an
#: encrypted file that is a page whose HMAC fails, in the file or in a frame of its log.
_UNREADABLE = " (a page of the database or its write-ahead log that cannot be read or decrypted)"


def structure_problems(db: Database) -> list[str]:
    """The b-tree structure check (at most 20 lines), each line naming the file.

    `quick_check`, not `integrity_check`: it reads every page of every table and index and checks
    its structure, cells, records and the free-page list; what it leaves out is looking every row
    up again in each of its indexes, which cost 2-3 times the rest at 100,000 cases and is not
    reading the disk. Damage and tampering show as a page whose authentication fails
    (`page_problems`) or a broken structure here. Run as a read (`pragma_quick_check`), so that
    `Database.interruptible` can stop it part-way and hear how far it got."""
    rows = db.all("SELECT * FROM pragma_quick_check")
    if rows == [("ok",)]:
        return []
    # One problem a line: a row can hold several lines under a "*** in database main ***" header,
    # and a problem is printed, logged and shown as one line.
    lines = [
        line for (text,) in rows for line in str(text).splitlines() if line and not line.startswith("***")
    ]
    return [f"{db.path.name}: {line}{_UNREADABLE if 'error code 11' in line else ''}" for line in lines[:20]]


def search_index_problems(db: Database, progress: Progress = _quiet) -> list[str]:
    """Run each full-text index's own integrity check."""
    problems = []
    for done, table in enumerate(SEARCH_TABLES):
        progress(done, len(SEARCH_TABLES))
        try:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")  # nosec B608
        except CaseintakeError:
            problems.append(f"the search index {table} is damaged")
    progress(len(SEARCH_TABLES), len(SEARCH_TABLES))
    return problems


def counts_cache_problems(db: Database) -> list[str]:
    """The counts cache's triggers as upgrade 11 made them, and a sample of its months counted
    again (``storage/counts_cache.py``); nothing on a database from before the cache."""
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'counts_cache_query'"):
        return []
    problems = []
    missing = counts_cache.missing_triggers(db)
    if missing:
        problems.append(
            f"{len(missing)} trigger(s) of the counts cache are missing; counts are read without it"
        )
    try:
        checked, wrong = counts_cache.recount(db)
    except CaseintakeError:  # its tables altered by hand: the check says so and goes on
        return [*problems, "the tables of the counts cache are not as upgrade 11 made them"]
    if wrong:
        problems.append(
            f"the counts cache disagrees with the cases in {wrong} of {checked} month(s) counted again"
        )
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
