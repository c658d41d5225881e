"""Removing cases outright: only the cases of a demo database, which are synthetic by definition.

Nothing else in the program deletes a case (DESIGN §2: nothing is lost). The service that calls
this (`services.demo.remove_demo_cases`) refuses on any database not created as a demo database.
Rows that hang on a case go with it through the schema's `ON DELETE CASCADE` (people and their
vault values, referrals, notes and their versions, hearings, evidence, the court record, case
keys); what has no cascade is handled here: the full-text rows (keyed by case id), the leak
guard's terms, and the document register, whose entries stay (they record what was printed)
without the case they named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from caseintake.storage import guard_index, writes
from caseintake.storage.database import Database

CHUNK = 500
#: Removing at least 1/SCAN_SHARE of the cases, the guard's terms go in one pass.
SCAN_SHARE = 4
_SEARCH_TABLES = ("case_search", "note_search", "identity_search")


def has_cases(db: Database) -> bool:
    return bool(db.scalar("SELECT EXISTS (SELECT 1 FROM cases)"))


def case_ids(db: Database) -> list[int]:
    return [int(r[0]) for r in db.all("SELECT id FROM cases ORDER BY id")]


def _remove_chunk(db: Database, chunk: Sequence[int], *, guard_terms: bool) -> None:
    marks = ",".join("?" * len(chunk))
    for table in _SEARCH_TABLES:
        db.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", list(chunk))  # nosec B608
    if guard_terms:
        guard_index.delete_case_terms(db, chunk)
    printed = db.all(f"SELECT DISTINCT case_id FROM document WHERE case_id IN ({marks})", list(chunk))  # nosec B608
    for (case_id,) in printed:
        writes.update(db, "document", {"case_id": None}, {"case_id": int(case_id)})
    writes.delete(db, "cases", {"id": list(chunk)})


def remove_cases(db: Database, ids: Sequence[int], step: Callable[[int, int], None] | None = None) -> int:
    """Delete these cases and everything of theirs; call inside one transaction. Returns how many.

    What they leave behind is overwritten with zeros (`secure_delete`), and the search indexes,
    which only mark a removed row as gone, are rewritten without them: a laptop whose case was
    given to someone else must not keep that case's words in its file."""
    total = len(ids)
    if not total:
        return 0
    was = int(db.scalar("PRAGMA secure_delete") or 0)
    db.execute("PRAGMA secure_delete = ON")
    try:
        _remove(db, ids, step)
    finally:
        db.execute(f"PRAGMA secure_delete = {was}")
    return total


def _remove(db: Database, ids: Sequence[int], step: Callable[[int, int], None] | None) -> None:
    total = len(ids)
    # The guard's terms are found by their owners; for a large share of the office one pass over
    # the whole table costs less than that many look-ups (a laptop's copy drops nearly all).
    scan = total * SCAN_SHARE >= int(db.scalar("SELECT count(*) FROM cases") or 0)
    if scan:
        guard_index.delete_case_terms(db, ids, scan=True)
    for start in range(0, total, CHUNK):
        if step is not None:
            step(start, total)
        _remove_chunk(db, ids[start : start + CHUNK], guard_terms=not scan)
    for table in _SEARCH_TABLES:
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # nosec B608 - constant names
    guard_index.bump(db)
    if step is not None:
        step(total, total)
