"""The home of court dates: the `hearing` table.

A hearing's time is stored as given (with its offset) and in UTC for ordering; its lawyer is a
user id here and a user name in the record, so the caller passes the id it resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from caseintake.domain.records import Hearing
from caseintake.storage import agenda_rows, writes
from caseintake.storage.database import Database, Row
from caseintake.storage.ids import RowIds, new_id
from caseintake.storage.records.values import NO_ORIGIN, ORIGIN, Field, RecordMap, field


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


TABLE = "hearing"
_SHOWN = [
    field("court"),
    field("branch"),
    field("docket"),
    field("kind"),
    field("starts_at", kind="moment"),
    field("location"),
]
_RESULT = [field("status"), field("outcome"), field("notes")]
#: The hearing's own fields as stored. The time is kept as given and in UTC (for ordering); the
#: lawyer is a user id here, a user name in the record, so the caller passes the id.
OWN: RecordMap[Hearing] = RecordMap(
    Hearing, [*_SHOWN, Field("starts_at", "starts_utc", to_db=_utc), *_RESULT]
)
FIELDS = (*OWN.columns, "lawyer")
COLUMNS = ("id", "uuid", "case_id", *FIELDS, *ORIGIN)
_READ = RecordMap(Hearing, [field("id", "uuid"), *_SHOWN, field("lawyer"), *_RESULT]).read_as(
    "h", lawyer="u.username"
)
_FROM = "FROM hearing h LEFT JOIN users u ON u.id = h.lawyer"


def values(hearing: Hearing, lawyer_id: int | None) -> tuple[Any, ...]:
    return (*OWN.values(hearing), lawyer_id)


def row(
    hearing: Hearing, row_id: int, case_id: int, lawyer_id: int | None, origin: tuple[Any, Any] = NO_ORIGIN
) -> tuple[Any, ...]:
    hearing.id = hearing.id or new_id()
    return (row_id, hearing.id, case_id, *values(hearing, lawyer_id), *origin)


def for_case(db: Database, case_id: int) -> list[Hearing]:
    sql = f"SELECT {_READ.select_list} {_FROM} WHERE h.case_id = ? ORDER BY h.starts_utc, h.id"  # nosec B608
    return [_READ.record(r) for r in db.all(sql, (case_id,))]


def insert_rows(db: Database, rows: Sequence[Sequence[Any]]) -> None:
    writes.insert(db, TABLE, COLUMNS, rows)


def insert(
    db: Database, case_id: int, hearing: Hearing, lawyer_id: int | None, ids: RowIds | None = None
) -> int:
    row_id = (ids or writes.row_ids(db)).take(TABLE)
    writes.insert(db, TABLE, COLUMNS, [row(hearing, row_id, case_id, lawyer_id)])
    return row_id


def update(db: Database, hearing_uuid: str, hearing: Hearing, lawyer_id: int | None) -> None:
    writes.update(db, TABLE, {**OWN.assignments(hearing), "lawyer": lawyer_id}, {"uuid": hearing_uuid})


def owner(db: Database, hearing_uuid: str) -> tuple[int, str] | None:
    """(case id, case uuid) of the case a hearing belongs to."""
    r = db.one(
        "SELECT h.case_id, c.uuid FROM hearing h JOIN cases c ON c.id = h.case_id WHERE h.uuid = ?",
        (hearing_uuid,),
    )
    return None if r is None else (int(r[0]), str(r[1]))


def agenda(
    db: Database, start_utc: str, end_utc: str, lawyer: str | None = None, limit: int | None = None
) -> list[Row]:
    """(uuid, case id, reference, kind, starts_at, court, branch, docket, lawyer, status) of the
    hearings from `start_utc` up to `end_utc` (ISO text, UTC), in time order; the first `limit`.

    Read from the agenda's own table (schema upgrade 15), which keeps each case's reference beside
    its hearings in time order; from the hearings and their cases when its triggers are missing,
    which `check` reports (`storage/agenda_rows.py`)."""
    params: list[Any] = [start_utc, end_utc]
    if agenda_rows.in_use(db):
        sql = (
            "SELECT a.uuid, a.case_id, a.reference, a.kind, a.starts_at, a.court, a.branch, a.docket,"
            " u.username, a.status FROM hearing_agenda a"
            " LEFT JOIN users u ON u.id = a.lawyer WHERE a.starts_utc >= ? AND a.starts_utc < ?"
        )
        order = " ORDER BY a.starts_utc, a.reference, a.hearing_id"
    else:
        # Slow on a large office (no index orders the hearings by time since upgrade 15), but
        # right: the table's triggers are there unless someone dropped one by hand.
        sql = (
            "SELECT h.uuid, c.id, c.reference, h.kind, h.starts_at, h.court, h.branch, h.docket,"
            " u.username, h.status FROM hearing h"
            " JOIN cases c INDEXED BY cases_reference_by_id ON c.id = h.case_id"
            " LEFT JOIN users u ON u.id = h.lawyer WHERE h.starts_utc >= ? AND h.starts_utc < ?"
        )
        order = " ORDER BY h.starts_utc, c.reference, h.id"
    if lawyer:
        sql += " AND u.username = ?"
        params.append(lawyer)
    sql += order
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return db.all(sql, params)
