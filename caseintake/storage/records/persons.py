"""The home of people in a case: the `person` table (the vault lives in `identity_store`).

A protected person is stored without a plain name: their name is in the vault only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseintake.domain.records import Person
from caseintake.storage import writes
from caseintake.storage.database import Database
from caseintake.storage.ids import new_id
from caseintake.storage.records.values import NO_ORIGIN, ORIGIN, RecordMap, field

TABLE = "person"
PROFILE = ("role", "sex", "age", "birth_year", "nationality", "relationship", "name")
COLUMNS = (
    "id",
    "uuid",
    "case_id",
    "position",
    "role",
    "pseudonym",
    *PROFILE[1:6],
    "protected",
    "name",
    *ORIGIN,
)
_READ: RecordMap[Person] = RecordMap(
    Person,
    [
        field(name)
        for name in ("role", "pseudonym", "sex", "age", "birth_year", "nationality", "relationship", "name")
    ]
    + [field("id", "uuid")],
)


def profile(person: Person, protected: bool) -> tuple[Any, ...]:
    """What an edit may change, in the order of `PROFILE`."""
    return (
        person.role,
        person.sex,
        person.age,
        person.birth_year,
        person.nationality,
        person.relationship,
        None if protected else person.name,
    )


def row(
    person: Person, row_id: int, case_id: int, position: int, origin: tuple[Any, Any] = NO_ORIGIN
) -> tuple[Any, ...]:
    """A full row; the person's pseudonym must be assigned already."""
    person.id = person.id or new_id()
    protected = person.protected
    role, *rest, name = profile(person, protected)
    return (
        row_id,
        person.id,
        case_id,
        position,
        role,
        person.pseudonym,
        *rest,
        int(protected),
        name,
        *origin,
    )


def for_case(db: Database, case_id: int) -> list[Person]:
    sql = f"SELECT {_READ.select_list} FROM person WHERE case_id = ? ORDER BY position"  # nosec B608
    return [_READ.record(r) for r in db.all(sql, (case_id,))]


def insert_rows(db: Database, rows: Sequence[Sequence[Any]]) -> None:
    writes.insert(db, TABLE, COLUMNS, rows)


def pseudonyms_taken(db: Database, case_id: int) -> list[str]:
    return [
        str(r[0])
        for r in db.all(
            "SELECT pseudonym FROM person WHERE case_id = ? AND pseudonym IS NOT NULL", (case_id,)
        )
    ]


def next_position(db: Database, case_id: int) -> int:
    return int(db.scalar("SELECT coalesce(max(position), -1) + 1 FROM person WHERE case_id = ?", (case_id,)))


def insert(db: Database, case_id: int, person: Person) -> int:
    """Store one new person at the end of the case's list; returns the row id."""
    row_id = writes.row_ids(db).take(TABLE)
    writes.insert(db, TABLE, COLUMNS, [row(person, row_id, case_id, next_position(db, case_id))])
    return row_id


def update_profile(db: Database, row_id: int, person: Person, protected: bool) -> None:
    writes.update(db, TABLE, dict(zip(PROFILE, profile(person, protected), strict=True)), {"id": row_id})


def locate(db: Database, person_uuid: str) -> tuple[Any, ...] | None:
    """(row id, case id, case uuid, case reference, case assignee, protected, pseudonym)."""
    return db.one(
        "SELECT p.id, c.id, c.uuid, c.reference, c.assigned_to, p.protected, p.pseudonym"
        " FROM person p JOIN cases c ON c.id = p.case_id WHERE p.uuid = ?",
        (person_uuid,),
    )


def protected_owner(db: Database, person_uuid: str) -> tuple[int, str] | None:
    """(row id, case uuid) of a protected person, or None when there is no such protected person."""
    r = db.one(
        "SELECT p.id, c.uuid FROM person p JOIN cases c ON c.id = p.case_id"
        " WHERE p.uuid = ? AND p.protected = 1",
        (person_uuid,),
    )
    return None if r is None else (int(r[0]), str(r[1]))


def protected_by_pseudonym(db: Database, reference: str, pseudonym: str) -> str | None:
    """The uuid of the protected person known by `pseudonym` in the case `reference`."""
    value = db.scalar(
        "SELECT p.uuid FROM person p JOIN cases c ON c.id = p.case_id"
        " WHERE c.reference = ? AND p.pseudonym = ? AND p.protected = 1",
        (reference, pseudonym),
    )
    return None if value is None else str(value)


def pseudonyms(db: Database, case_id: int) -> dict[int, str | None]:
    """Every person of a case: row id -> pseudonym (None for an unprotected person)."""
    return {int(r[0]): r[1] for r in db.all("SELECT id, pseudonym FROM person WHERE case_id = ?", (case_id,))}


def label(db: Database, row_id: int) -> tuple[str, str | None] | None:
    """(uuid, pseudonym) of the person with this row id."""
    r = db.one("SELECT uuid, pseudonym FROM person WHERE id = ?", (row_id,))
    return None if r is None else (str(r[0]), r[1])


def plain_names(db: Database, case_ids: Sequence[int]) -> list[str]:
    """The plain names of the unprotected people of these cases."""
    names: list[str] = []
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        where = f"protected = 0 AND name IS NOT NULL AND case_id IN ({marks})"
        sql = f"SELECT name FROM person WHERE {where}"  # nosec B608 - placeholders only
        names += [str(r[0]) for r in db.all(sql, chunk)]
    return names
