"""Schema upgrades after the first, one module each, registered in order by `storage.migrations`.

Each module has one `upgrade(db)` run inside the transaction that bumps `PRAGMA user_version`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseintake.storage.database import Database


def missing_triggers(db: Database, made: list[tuple[str, str]]) -> list[str]:
    """The names among `made` ((name, CREATE TRIGGER statement), as an upgrade made them) whose
    trigger is not in the database with that same text: dropped, or rewritten since."""
    found = {
        str(name): str(sql)
        for name, sql in db.all("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    return [name for name, sql in made if found.get(name) != sql]
