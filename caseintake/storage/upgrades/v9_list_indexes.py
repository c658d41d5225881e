"""Schema upgrade 9: the case list reads its first page from one index, whatever its sort.

The list's default order and its three filters now read covering indexes: the 100 rows of a page
are a few neighbouring index pages, where they were 100 lookups into the cases table (each one a
page to read and, encrypted, to decrypt). Sorting by status, region or assignee had no matching
index, so SQLite sorted every case to show the first 100 (6-30 ms at 100,000 cases, growing with
the office); each sort key now has its index in (key, reference) order, which is exactly the
list's ORDER BY. Measured in docs/PERFORMANCE.md ("Record homes and device ids").
"""

from __future__ import annotations

from caseintake.storage.database import Database

#: The list's columns that its covering indexes carry after their ordering key (the row id is in
#: every index anyway). `storage/records/case_list.py` reads exactly these.
_LISTED = "status, region, province, assigned_to, parties"

_INDEXES = (
    ("cases_by_opened", f"opened_on, reference, {_LISTED}"),
    ("cases_by_status", "status, opened_on, reference, region, province, assigned_to, parties"),
    ("cases_by_region", "region, opened_on, reference, status, province, assigned_to, parties"),
    ("cases_by_assigned", "assigned_to, opened_on, reference, status, region, province, parties"),
    ("cases_by_status_ref", "status, reference"),
    ("cases_by_region_ref", "region, reference"),
    ("cases_by_assigned_ref", "assigned_to, reference"),
)


def upgrade(db: Database) -> None:
    for name, columns in _INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")
        db.execute(f"CREATE INDEX {name} ON cases({columns})")  # nosec B608 - constant names
