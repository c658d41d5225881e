"""The home of referrals: the `referral` table, and the shelter terms the leak guard indexes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseintake.domain.records import Referral
from caseintake.storage import guard_index, writes
from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds, new_id
from caseintake.storage.records.values import NO_ORIGIN, ORIGIN, RecordMap, field

TABLE = "referral"
#: The referral's own fields: what an edit may change.
OWN: RecordMap[Referral] = RecordMap(
    Referral,
    [
        field("agency"),
        field("kind"),
        field("referred_on", kind="day"),
        field("status"),
        field("follow_up_on", kind="day"),
        field("note"),
    ],
)
FIELDS = OWN.columns
COLUMNS = ("id", "uuid", "case_id", *FIELDS, *ORIGIN)
_READ = RecordMap(Referral, [field("id", "uuid"), *OWN.fields])


def values(referral: Referral) -> tuple[Any, ...]:
    """The record's own fields, in the order of `FIELDS`."""
    return OWN.values(referral)


def row(
    referral: Referral, row_id: int, case_id: int, origin: tuple[Any, Any] = NO_ORIGIN
) -> tuple[Any, ...]:
    """A full row for `COLUMNS`; gives the record its uuid if it has none."""
    referral.id = referral.id or new_id()
    return (row_id, referral.id, case_id, *OWN.values(referral), *origin)


def for_case(db: Database, case_id: int) -> list[Referral]:
    sql = f"SELECT {_READ.select_list} FROM referral WHERE case_id = ? ORDER BY referred_on, id"  # nosec B608
    return [_READ.record(r) for r in db.all(sql, (case_id,))]


def _shelter_terms(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """(id, case id, kind, agency, note) of the rows the guard protects (shelter referrals)."""
    kind, agency, note = (COLUMNS.index(c) for c in ("kind", "agency", "note"))
    return [(r[0], r[2], r[kind], r[agency], r[note]) for r in rows]


def insert_rows(db: Database, rows: Sequence[Sequence[Any]], *, new: bool = True) -> None:
    """Store full rows (`row`) and index their shelter terms."""
    writes.insert(db, TABLE, COLUMNS, rows)
    guard_index.index_placements(db, [t for t in _shelter_terms(rows) if t[2] == "shelter"], new=new)


def insert(db: Database, case_id: int, referral: Referral, ids: RowIds | None = None) -> int:
    row_id = (ids or writes.row_ids(db)).take(TABLE)
    r = row(referral, row_id, case_id)
    writes.insert(db, TABLE, COLUMNS, [r])
    guard_index.index_placements(db, _shelter_terms([r]))
    return row_id


def update(db: Database, referral_uuid: str, referral: Referral) -> None:
    """Store changed fields of a saved referral (found by uuid) and re-index its terms."""
    writes.update(db, TABLE, OWN.assignments(referral), {"uuid": referral_uuid})
    found = db.one("SELECT id, case_id FROM referral WHERE uuid = ?", (referral_uuid,))
    if found is not None:
        guard_index.index_placements(
            db, [(found[0], found[1], referral.kind, referral.agency, referral.note)]
        )


def owner(db: Database, referral_uuid: str) -> tuple[int, str] | None:
    """(case id, case uuid) of the case a referral belongs to."""
    r = db.one(
        "SELECT r.case_id, c.uuid FROM referral r JOIN cases c ON c.id = r.case_id WHERE r.uuid = ?",
        (referral_uuid,),
    )
    return None if r is None else (int(r[0]), str(r[1]))
