"""The home of the leak guard's allowed words: the `leak_allowance` table.

A lawyer or supervisor lets one ordinary word pass the guard for one protected person (a vault
term that is also a common word); the word is kept folded, as the guard compares it.
"""

from __future__ import annotations

from caseintake.storage import writes
from caseintake.storage.database import Database

TABLE = "leak_allowance"
COLUMNS = ("person_id", "word", "allowed_by", "allowed_at")


def all_words(db: Database) -> list[tuple[int, str]]:
    """(person row id, word) of every allowance of the office."""
    return [(int(r[0]), str(r[1])) for r in db.all("SELECT person_id, word FROM leak_allowance")]


def is_allowed(db: Database, person_id: int, word: str) -> bool:
    found = db.scalar("SELECT 1 FROM leak_allowance WHERE person_id = ? AND word = ?", (person_id, word))
    return found is not None


def allow(db: Database, person_id: int, word: str, allowed_by: str, allowed_at: str) -> bool:
    """Record an allowance unless the word is already allowed for the person; True if added."""
    if is_allowed(db, person_id, word):
        return False
    writes.insert(db, TABLE, COLUMNS, [(person_id, word, allowed_by, allowed_at)])
    return True
