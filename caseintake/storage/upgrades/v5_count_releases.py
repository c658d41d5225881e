"""Schema upgrade: the register of published counts (issue 13).

One row per table of a counts export (a donor report holds several, numbered by ``part``),
beside the export's row in ``document``: what was asked (unit, dimensions and
their listed values, period, consent rule, threshold) and every cell as published (a hidden cell
keeps its key and no count). A new export is protected jointly with these (``stats/releases.py``).
Nothing here is identifying: the same numbers left the office in the file. Exports made before
this upgrade have no cells on record (their files were never kept), so they cannot constrain
later ones; the upgrade adds the table and converts nothing else.
"""

from __future__ import annotations

from caseintake.storage.database import Database

_SCHEMA = """
CREATE TABLE count_release (
    document_id TEXT NOT NULL REFERENCES document(id),
    part INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    username TEXT NOT NULL,
    unit TEXT NOT NULL,
    dims TEXT NOT NULL,
    domains TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    all_cases INTEGER NOT NULL CHECK (all_cases IN (0, 1)),
    min_cell INTEGER NOT NULL,
    cells BLOB NOT NULL,
    PRIMARY KEY (document_id, part)
);
CREATE INDEX count_release_by_period ON count_release(unit, period_start, period_end);
"""


def upgrade(db: Database) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
