"""Schema upgrade 8: a version number on every case, so two windows cannot overwrite each other.

`cases.version` goes up by one with every write to the case or to a record that belongs to it
(its people and their vault identities, referrals, notes, hearings, evidence and court record);
`storage/writes.py` bumps it, so no write path can forget. An editor remembers the version it
loaded, and a save made against an older one is refused (issue 16). Existing cases start at 0,
as new ones do: only a change after the upgrade has to be noticed.
"""

from __future__ import annotations

from caseintake.storage.database import Database


def upgrade(db: Database) -> None:
    columns = {str(r[1]) for r in db.all("PRAGMA table_info(cases)")}
    # A database wound back to an older schema by hand (as some upgrade tests do) may have it already.
    if "version" not in columns:
        db.execute("ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
