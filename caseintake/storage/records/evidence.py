"""The home of the evidence register: the `evidence` table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseintake.domain.records import Evidence
from caseintake.storage import writes
from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds, new_id
from caseintake.storage.records.values import NO_ORIGIN, ORIGIN, RecordMap, field

TABLE = "evidence"
OWN: RecordMap[Evidence] = RecordMap(
    Evidence,
    [
        field("description"),
        field("custodian"),
        field("reference"),
        field("sha256"),
        field("received_on", kind="day"),
    ],
)
FIELDS = OWN.columns
COLUMNS = ("id", "uuid", "case_id", *FIELDS, *ORIGIN)
_READ = RecordMap(Evidence, [field("id", "uuid"), *OWN.fields])


def row(item: Evidence, row_id: int, case_id: int, origin: tuple[Any, Any] = NO_ORIGIN) -> tuple[Any, ...]:
    item.id = item.id or new_id()
    return (row_id, item.id, case_id, *OWN.values(item), *origin)


def for_case(db: Database, case_id: int) -> list[Evidence]:
    sql = f"SELECT {_READ.select_list} FROM evidence WHERE case_id = ? ORDER BY id"  # nosec B608
    return [_READ.record(r) for r in db.all(sql, (case_id,))]


def insert_rows(db: Database, rows: Sequence[Sequence[Any]]) -> None:
    writes.insert(db, TABLE, COLUMNS, rows)


def insert(db: Database, case_id: int, item: Evidence, ids: RowIds | None = None) -> int:
    row_id = (ids or writes.row_ids(db)).take(TABLE)
    writes.insert(db, TABLE, COLUMNS, [row(item, row_id, case_id)])
    return row_id


def update(db: Database, evidence_uuid: str, item: Evidence) -> None:
    writes.update(db, TABLE, OWN.assignments(item), {"uuid": evidence_uuid})


def owner(db: Database, evidence_uuid: str) -> tuple[int, str] | None:
    """(case id, case uuid) of the case an evidence entry belongs to."""
    r = db.one(
        "SELECT e.case_id, c.uuid FROM evidence e JOIN cases c ON c.id = e.case_id WHERE e.uuid = ?",
        (evidence_uuid,),
    )
    return None if r is None else (int(r[0]), str(r[1]))
