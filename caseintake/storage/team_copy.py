"""A laptop's database written at the hub: a copy holding only the cases its user may hold.

The copy is made through SQLite's backup API into a new SQLCipher file under the laptop's own
database key, then pruned with `secure_delete` on, so the rows of every other case are
overwritten with zeros as they go and nothing of them stays in the file's free pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseintake.domain.codes import Role
from caseintake.storage import audit, case_removal, journal, team_store
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection

#: Hub bookkeeping a laptop's copy starts without.
_HUB_ONLY = ("change_journal", "team_scope", "team_conflict", "team_quarantine", "team_device")


def scope_for(db: Database, username: str, role: str) -> list[tuple[int, str, bool]]:
    """(case id, reference, identity keys held) of the cases a laptop of this user holds: a
    social worker's assigned cases (with their identity keys), a lawyer's cases with a hearing he
    handles (with the keys: a lawyer may reveal), a supervisor's laptop every case."""
    if role == Role.SOCIAL_WORKER:
        sql = (
            "SELECT c.id, c.reference FROM cases c JOIN users u ON u.id = c.assigned_to WHERE u.username = ?"
        )
        params: tuple[Any, ...] = (username,)
    elif role == Role.LAWYER:
        sql = "SELECT c.id, c.reference FROM cases c"
        sql += " WHERE c.id IN (SELECT h.case_id FROM hearing h JOIN users u ON u.id = h.lawyer"
        sql += " WHERE u.username = ?)"
        params = (username,)
    else:
        sql, params = "SELECT c.id, c.reference FROM cases c", ()
    return [(int(r[0]), str(r[1]), True) for r in db.all(sql + " ORDER BY c.id", params)]


def write_copy(db: Database, path: Path, key: bytes, progress: Callable[[int, int], None] | None) -> None:
    target = open_connection(path, key, create=True, wal=False)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        db.conn.backup(target, pages=2048, progress=step)
    finally:
        target.close()


def prune(laptop: Database, keep: set[int], settings: dict[str, str | int]) -> list[Any]:
    """Make a fresh copy of the hub a laptop's database: only the cases in `keep`, no hub
    bookkeeping, the laptop's own team settings (device number, role, keys). Returns the copy's
    last audit event (where the hub starts holding the laptop's chain)."""
    laptop.execute("PRAGMA secure_delete = ON")
    with laptop.atomic(), journal.applying(laptop, None, None):
        drop = [c for c in case_removal.case_ids(laptop) if c not in keep]
        case_removal.remove_cases(laptop, drop)
        for table in _HUB_ONLY:
            laptop.execute(f"DELETE FROM {table}")  # nosec B608 - fixed names
        laptop.execute("DELETE FROM meta WHERE key LIKE 'team_%'")
        team_store.put(laptop, settings)
    laptop.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return team_store.audit_events_from(laptop, audit.head(laptop)[0])[0]
