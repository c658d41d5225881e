"""Schema upgrade 14: the highest id of each table handed out so far is remembered.

From this release a database never hands out an id twice on one device, even after its row was
deleted (`storage/writes.py: row_ids`): each take keeps the highest id in `meta`
(`id_mark:<table>`). A database written before has no marks, and until its next take of each
table the highest id would be read from the rows alone; a laptop that dropped a reassigned case
in between, with its own note on it still waiting to go to the hub, could then give its next note
the dropped note's id. This upgrade keeps the marks of every table from the rows there now.
"""

from __future__ import annotations

from caseintake.storage import writes
from caseintake.storage.database import Database


def upgrade(db: Database) -> None:
    writes.keep_id_marks(db)
