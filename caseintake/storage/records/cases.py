"""The home of a case's own fields: `cases`, `case_text`, `case_offense`, `case_accommodation`.

People, referrals, notes, hearings and evidence have homes of their own; the court record is in
`storage/court_record.py`. The assignee is a user id here and a user name in the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from caseintake.domain.checks import CASE_FIELDS
from caseintake.domain.records import Case
from caseintake.storage import search_index, writes
from caseintake.storage.database import Database
from caseintake.storage.ids import new_id
from caseintake.storage.records.values import ORIGIN, RecordMap, day, field

TABLE = "cases"
#: The fields an edit may change that are columns of `cases` (the others have tables of their own).
FIELDS = tuple(name for name in CASE_FIELDS if name not in ("offenses", "summary", "accommodations"))
COLUMNS = ("id", "uuid", "reference", *FIELDS, "parties", "updated_at", *ORIGIN)
_READ: RecordMap[Case] = RecordMap(
    Case,
    [
        field("id", "c.uuid"),
        field("reference", "c.reference"),
        field("status", "c.status"),
        field("opened_on", "c.opened_on", kind="day"),
        field("closed_on", "c.closed_on", kind="day"),
        field("region", "c.region"),
        field("province", "c.province"),
        field("source_kind", "c.source_kind"),
        field("source_reference", "c.source_reference"),
        field("assigned_to", "u.username"),
        field("consent_statistics", "c.consent_statistics"),
        field("summary", "t.summary"),
    ],
)
_FROM = "FROM cases c JOIN users u ON u.id = c.assigned_to JOIN case_text t ON t.case_id = c.id"


def values(case: Case, assignee_id: int) -> tuple[Any, ...]:
    """The case's own fields, in the order of `FIELDS`."""
    return (
        case.status,
        case.opened_on.isoformat(),
        day(case.closed_on),
        case.region,
        case.province,
        case.source_kind,
        case.source_reference,
        assignee_id,
        case.consent_statistics,
    )


def row(
    case: Case, row_id: int, assignee_id: int, parties: str, stamp: str, origin: tuple[Any, Any]
) -> tuple[Any, ...]:
    case.id = case.id or new_id()
    return (row_id, case.id, case.reference, *values(case, assignee_id), parties, stamp, *origin)


class Rows:
    """The rows of the four tables for a batch of cases."""

    def __init__(self) -> None:
        self.cases: list[tuple[Any, ...]] = []
        self.texts: list[tuple[Any, ...]] = []
        self.offenses: list[tuple[Any, ...]] = []
        self.accommodations: list[tuple[Any, ...]] = []

    def add(self, case: Case, case_row: tuple[Any, ...]) -> None:
        case_id = case_row[0]
        self.cases.append(case_row)
        self.texts.append((case_id, case.summary))
        self.offenses.extend((case_id, o) for o in case.offenses)
        self.accommodations.extend((case_id, a) for a in case.accommodations)


def insert_rows(db: Database, rows: Rows) -> None:
    writes.insert(db, TABLE, COLUMNS, rows.cases)
    writes.insert(db, "case_text", ("case_id", "summary"), rows.texts)
    writes.insert(db, "case_offense", ("case_id", "offense"), rows.offenses)
    writes.insert(db, "case_accommodation", ("case_id", "accommodation"), rows.accommodations)


def read(db: Database, case_id: int) -> Case | None:
    """The case's own fields (no people or other records)."""
    r = db.one(f"SELECT {_READ.select_list} {_FROM} WHERE c.id = ?", (case_id,))  # nosec B608
    if r is None:
        return None
    offenses = db.all("SELECT offense FROM case_offense WHERE case_id = ? ORDER BY offense", (case_id,))
    accommodations = db.all(
        "SELECT accommodation FROM case_accommodation WHERE case_id = ? ORDER BY accommodation", (case_id,)
    )
    return _READ.record(
        r, offenses=tuple(o for (o,) in offenses), accommodations=tuple(a for (a,) in accommodations)
    )


def find(db: Database, reference: str) -> tuple[int, str, str, int] | None:
    """(id, uuid, reference, assignee id) of the case with this reference."""
    r = db.one("SELECT id, uuid, reference, assigned_to FROM cases WHERE reference = ?", (reference,))
    return None if r is None else (int(r[0]), str(r[1]), str(r[2]), int(r[3]))


#: The tables of records that belong to a case and carry a uuid of their own.
_MEMBER_TABLES = ("person", "referral", "note", "hearing", "evidence")


def record_uuids(db: Database, case_id: int) -> list[str]:
    """The uuids of the case's people, referrals, notes, hearings and evidence entries."""
    found: list[str] = []
    for table in _MEMBER_TABLES:
        # The table name comes from the fixed tuple above.
        sql = f"SELECT uuid FROM {table} WHERE case_id = ?"  # nosec B608
        found.extend(str(r[0]) for r in db.all(sql, (case_id,)))
    return found


def find_by_uuid(db: Database, case_uuid: str) -> int | None:
    value = db.scalar("SELECT id FROM cases WHERE uuid = ?", (case_uuid,))
    return None if value is None else int(value)


def update(db: Database, case_id: int, changes: Mapping[str, Any]) -> None:
    """Store changed columns of `FIELDS` (values already in column form)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"not a case field: {sorted(unknown)}")
    if changes:
        writes.update(db, TABLE, changes, {"id": case_id})


def set_summary(db: Database, case_id: int, summary: str) -> None:
    writes.update(db, "case_text", {"summary": summary}, {"case_id": case_id})


def set_offenses(db: Database, case_id: int, offenses: Sequence[str]) -> None:
    writes.delete(db, "case_offense", {"case_id": case_id})
    writes.insert(db, "case_offense", ("case_id", "offense"), [(case_id, o) for o in offenses])


def set_accommodations(db: Database, case_id: int, accommodations: Sequence[str]) -> None:
    writes.delete(db, "case_accommodation", {"case_id": case_id})
    writes.insert(
        db, "case_accommodation", ("case_id", "accommodation"), [(case_id, a) for a in accommodations]
    )


def touch(db: Database, case_id: int) -> None:
    """After any change to a case: its change time, its list label (victims' pseudonyms) and its
    search row."""
    parties = db.scalar(
        "SELECT coalesce(group_concat(pseudonym, ', '), '') FROM (SELECT pseudonym FROM person"
        " WHERE case_id = ? AND role = 'victim' AND pseudonym IS NOT NULL ORDER BY position)",
        (case_id,),
    )
    stamp = db.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
    writes.update(db, TABLE, {"updated_at": stamp, "parties": parties}, {"id": case_id})
    search_index.refresh_cases(db, [case_id])


def version(db: Database, case_id: int) -> int | None:
    """How many changes the case has had (schema 8; `writes.CASE_LINKS` counts them), or None
    when there is no such case."""
    value = db.scalar("SELECT version FROM cases WHERE id = ?", (case_id,))
    return None if value is None else int(value)


def data_version(db: Database) -> int:
    """SQLite's counter of commits made by other connections to this database since this one
    opened: unchanged, nothing anyone else wrote can have changed a case. Costs no read."""
    return int(db.scalar("PRAGMA data_version"))


def reference_and_assignee(db: Database, case_id: int) -> tuple[str, int] | None:
    """(reference, assignee id) of the case with this row id (added for the leak guard)."""
    r = db.one("SELECT reference, assigned_to FROM cases WHERE id = ?", (case_id,))
    return None if r is None else (str(r[0]), int(r[1]))
