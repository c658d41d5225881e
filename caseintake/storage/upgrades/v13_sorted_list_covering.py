"""Schema upgrade 13: the case list sorted by reference, status, region or assignee reads its page
from one index.

Upgrade 9 gave each of those sorts an index in the list's order, (key, reference), so SQLite no
longer sorted every case; but those indexes held only the order, and each of the 100 rows of a
page was then read from the cases table: 100 pages to read and, encrypted, to decrypt and check.
At 100,000 cases that was 0.8-1.6 ms a page encrypted against 0.3 ms unkeyed (2.5-4.2×, cold; the
target is 1.3×). These indexes now carry the listed columns after their order, as the default
order's and the filters' indexes already do, and sorting by reference has its own covering index
(the reference's unique index stays: it is the constraint). Measured in docs/PERFORMANCE.md.
"""

from __future__ import annotations

from caseintake.storage.database import Database

#: (index, columns): the order first, then every column the list reads
#: (`storage/records/case_list.py`); the row id is in every index anyway.
INDEXES = (
    ("cases_by_reference", "reference, opened_on, status, region, province, assigned_to, parties"),
    ("cases_by_status_ref", "status, reference, opened_on, region, province, assigned_to, parties"),
    ("cases_by_region_ref", "region, reference, opened_on, status, province, assigned_to, parties"),
    ("cases_by_assigned_ref", "assigned_to, reference, opened_on, status, region, province, parties"),
)


def upgrade(db: Database) -> None:
    for name, columns in INDEXES:
        db.execute(f"DROP INDEX IF EXISTS {name}")  # nosec B608 - constant names
        db.execute(f"CREATE INDEX {name} ON cases({columns})")  # nosec B608 - constant names
