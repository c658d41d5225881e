"""The case list's queries: one page of cases with filters, search and keyset paging.

These queries are tuned (see docs/PERFORMANCE.md): the page walks the list's own index in
order, and a search tests membership in the matching ids instead of sorting every match. Who
may search the vault, and what is audited, is the service's decision (`services/cases.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseintake.storage.database import Database


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: nothing from the vault, nothing long."""

    id: int
    reference: str
    status: str
    opened_on: str
    region: str
    province: str | None
    assigned_to: str
    parties: str

    def sort_value(self, sort: str) -> str:
        """The value this row is ordered by, for the next page's `after`."""
        return str(getattr(self, sort))

    def as_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "status": self.status,
            "opened_on": self.opened_on,
            "region": self.region,
            "province": self.province,
            "assigned_to": self.assigned_to,
            "victims": self.parties,
        }


@dataclass(frozen=True)
class IdentitySearch:
    """A search of the vault values' index: `expression` for its MATCH, and `assignee` when only
    the cases assigned to that user may be found that way (None: every case)."""

    expression: str
    assignee: int | None = None


#: The last column says whether the row matched through the identity index ("ident" below).
_LIST_SQL = """
SELECT c.id, c.reference, c.status, c.opened_on, c.region, c.province, u.username, c.parties, {by_identity}
FROM {source}
"""
_CASES_THEN_USERS = "cases c JOIN users u ON u.id = c.assigned_to"
#: Sorted by assignee, the users come first (CROSS JOIN fixes SQLite's loop order): a handful of
#: user names in order, and each one's cases in reference order from `cases_by_assigned_ref`, so
#: the first page is read in order instead of sorting every case.
_SOURCES = {"assigned_to": "users u CROSS JOIN cases c ON u.id = c.assigned_to"}


#: Sortable columns of the list, each with the ordering key it pages on.
SORT_KEYS = {
    "opened_on": "c.opened_on",
    "reference": "c.reference",
    "status": "c.status",
    "region": "c.region",
    "assigned_to": "u.username",
}


def page(
    db: Database,
    *,
    match: str | None,
    identity: IdentitySearch | None,
    status: str | None,
    region: str | None,
    assigned_to: str | None,
    after: tuple[str, str] | None,
    limit: int,
    include_notes: bool,
    sort: str,
    descending: bool,
) -> tuple[list[CaseRow], list[int]]:
    """One page of the list, and the ids of its rows found through the identity index.

    `match` is the full-text expression of a search (None: no search); `after` is the (sort
    value, reference) of the last row already shown: keyset paging, so page 500 costs what page
    1 costs."""
    if sort not in SORT_KEYS:
        raise ValueError(f"not a sortable column: {sort}")
    key = SORT_KEYS[sort]
    where: list[str] = []
    params: list[Any] = []
    if status:
        where.append("c.status = ?")
        params.append(status)
    if region:
        where.append("c.region = ?")
        params.append(region)
    if assigned_to:
        where.append("u.username = ?")
        params.append(assigned_to)
    if after is not None:
        where.append(f"({key}, c.reference) {'<' if descending else '>'} (?, ?)")
        params.extend(after)
    prefix, prefix_params = "", []
    if match is not None:
        ident = None if identity is None else _identity_sql(identity)
        if ident is not None:
            # Materialized once: it feeds both the filter and the "matched by identity" column.
            prefix, prefix_params = f"WITH ident(id) AS MATERIALIZED ({ident[0]}) ", ident[1]
        # "+c.id": walk the list's own index in order and test membership, instead of fetching
        # and sorting every matching case to keep a page of them (all 100,000 for "c").
        where.append(f"+c.id IN ({_matching_ids_sql(include_notes, ident is not None)})")
        params.extend([match, match] if include_notes else [match])
    sql = prefix + _LIST_SQL.format(
        by_identity="c.id IN ident" if prefix else "0", source=_SOURCES.get(sort, _CASES_THEN_USERS)
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {key} {direction}, c.reference {direction} LIMIT ?"
    params.append(limit)
    found = db.all(sql, [*prefix_params, *params])
    rows = [CaseRow(*row[:-1]) for row in found]
    matched = [row.id for row, flag in zip(rows, found, strict=True) if flag[-1]]
    return rows, matched


def _identity_sql(identity: IdentitySearch) -> tuple[str, list[Any]]:
    """The query for the cases whose vault values match."""
    if identity.assignee is None:
        return "SELECT rowid FROM identity_search WHERE identity_search MATCH ?", [identity.expression]
    return (
        "SELECT s.rowid FROM identity_search s JOIN cases m ON m.id = s.rowid"
        " WHERE identity_search MATCH ? AND m.assigned_to = ?",
        [identity.expression, identity.assignee],
    )


def _matching_ids_sql(include_notes: bool, identity: bool) -> str:
    parts = ["SELECT rowid FROM case_search WHERE case_search MATCH ?"]
    if include_notes:
        parts.append("SELECT rowid FROM note_search WHERE note_search MATCH ?")
    if identity:
        parts.append("SELECT id FROM ident")
    return " UNION ALL ".join(parts)


def uuids(db: Database, case_ids: Sequence[int]) -> list[str]:
    """The uuids of these cases, in id order."""
    marks = ",".join("?" * len(case_ids))
    sql = f"SELECT uuid FROM cases WHERE id IN ({marks}) ORDER BY id"  # nosec B608 - placeholders only
    return [str(r[0]) for r in db.all(sql, list(case_ids))]
