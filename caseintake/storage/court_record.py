"""The court record of a case (schema 6): the one home of its tables' columns.

Criminal cases and charges, prosecutor and disposition, detention of each accused, per-child
measures, witnesses and motions per hearing, exhibits. The record hangs off rows the case store
already wrote (persons, hearings, evidence), found here by their uuids. It is written whole:
`replace` deletes the case's court rows and writes them again, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from caseintake.domain.records import (
    Case,
    Charge,
    ChildMeasure,
    CriminalCase,
    Detention,
    Disposition,
    Exhibit,
    HearingWitness,
    Motion,
)
from caseintake.storage import writes
from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds, new_id

__all__ = ["delete", "read", "replace", "write", "write_for_cases"]


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _ids(db: Database, table: str, case_id: int) -> dict[str, int]:
    # The table name comes from the fixed calls below, never from input.
    sql = f"SELECT uuid, id FROM {table} WHERE case_id = ?"  # nosec B608
    return {str(u): int(i) for u, i in db.all(sql, (case_id,))}


_COLUMNS: dict[str, tuple[str, ...]] = {
    "case_court": ("case_id", "prosecutor", "disposition", "disposition_on"),
    "criminal_case": (
        "id", "case_id", "position", "number", "court", "judicial_region", "branch", "station", "filed_on"
    ),
    "charge": ("criminal_case_id", "position", "statute", "section", "counts", "description"),
    "detention": ("person_id", "status", "since", "bail"),
    "child_measure": ("person_id", "measure", "position", "status", "requested_on", "ruled_on", "language"),
    "hearing_witness": ("hearing_id", "position", "person_id", "name", "affidavit_filed_on"),
    "motion": (
        "id", "uuid", "hearing_id", "position", "title", "filed_by", "filed_on", "status", "resolved_on"
    ),
    "exhibit": (
        "id", "uuid", "case_id", "position", "marking", "description", "offered_by", "evidence_id",
        "offered_on", "ruling", "ruled_on",
    ),
}  # fmt: skip

Rows = dict[str, list[tuple[Any, ...]]]


def write_for_cases(db: Database, cases: Sequence[Case], ids: RowIds | None = None) -> None:
    """After `case_store.write_rows`: the court record of every case that has one."""
    ids = ids or writes.row_ids(db)
    rows: Rows = {table: [] for table in _COLUMNS}
    for case in cases:
        if case.has_court_record:
            row = db.one("SELECT id FROM cases WHERE uuid = ?", (case.id,))
            if row is not None:
                _rows(db, int(row[0]), case, ids, rows)
    _insert(db, rows)


def delete(db: Database, case_id: int) -> None:
    """Remove the court record of one case (its own rows; persons and hearings stay)."""
    person_ids = [int(r[0]) for r in db.all("SELECT id FROM person WHERE case_id = ?", (case_id,))]
    hearing_ids = [int(r[0]) for r in db.all("SELECT id FROM hearing WHERE case_id = ?", (case_id,))]
    writes.delete(db, "case_court", {"case_id": case_id})
    writes.delete(db, "criminal_case", {"case_id": case_id})  # its charges go with it
    writes.delete(db, "exhibit", {"case_id": case_id})
    writes.delete(db, "detention", {"person_id": person_ids})
    writes.delete(db, "child_measure", {"person_id": person_ids})
    writes.delete(db, "hearing_witness", {"hearing_id": hearing_ids})
    writes.delete(db, "motion", {"hearing_id": hearing_ids})


def replace(db: Database, case_id: int, case: Case) -> None:
    delete(db, case_id)
    write(db, case_id, case)


def write(db: Database, case_id: int, case: Case) -> None:
    """Insert the court rows of `case`, whose persons, hearings and evidence are stored already."""
    rows: Rows = {table: [] for table in _COLUMNS}
    _rows(db, case_id, case, writes.row_ids(db), rows)
    _insert(db, rows)


def _insert(db: Database, rows: Rows) -> None:
    for table, columns in _COLUMNS.items():  # parents before the rows that point at them
        if rows[table]:
            writes.insert(db, table, columns, rows[table])


def _rows(db: Database, case_id: int, case: Case, ids: RowIds, rows: Rows) -> None:
    """Add the court rows of one case to `rows`, by table."""
    persons = _ids(db, "person", case_id)
    hearings = _ids(db, "hearing", case_id)
    evidence = _ids(db, "evidence", case_id)
    if case.prosecutor or case.disposition:
        rows["case_court"].append(
            (
                case_id,
                case.prosecutor,
                case.disposition.kind if case.disposition else None,
                _day(case.disposition.on) if case.disposition else None,
            )
        )
    for position, cc in enumerate(case.criminal_cases):
        cc_id = ids.take("criminal_case")
        rows["criminal_case"].append(
            (cc_id, case_id, position, cc.number, cc.court, cc.judicial_region, cc.branch, cc.station,
             _day(cc.filed_on))
        )  # fmt: skip
        rows["charge"] += [
            (cc_id, i, c.statute, c.section, c.counts, c.description) for i, c in enumerate(cc.charges)
        ]
    for person in case.persons:
        person_id = persons.get(person.id or "")
        if person_id is None:
            continue
        if person.detention is not None:
            d = person.detention
            rows["detention"].append((person_id, d.status, _day(d.since), d.bail))
        rows["child_measure"] += [
            (person_id, m.measure, i, m.status, _day(m.requested_on), _day(m.ruled_on), m.language)
            for i, m in enumerate(person.measures)
        ]
    for hearing in case.hearings:
        hearing_id = hearings.get(hearing.id or "")
        if hearing_id is None:
            continue
        rows["hearing_witness"] += [
            (hearing_id, i, persons.get(w.person) if w.person else None, None if w.person else w.name,
             _day(w.affidavit_filed_on)) for i, w in enumerate(hearing.witnesses)
        ]  # fmt: skip
        for i, m in enumerate(hearing.motions):
            m.id = m.id or new_id()
            rows["motion"].append(
                (ids.take("motion"), m.id, hearing_id, i, m.title, m.filed_by, _day(m.filed_on), m.status,
                 _day(m.resolved_on))
            )  # fmt: skip
    for position, ex in enumerate(case.exhibits):
        ex.id = ex.id or new_id()
        rows["exhibit"].append(
            (ids.take("exhibit"), ex.id, case_id, position, ex.marking, ex.description, ex.offered_by,
             evidence.get(ex.evidence) if ex.evidence else None, _day(ex.offered_on), ex.ruling,
             _day(ex.ruled_on))
        )  # fmt: skip


def read(db: Database, case_id: int, case: Case) -> None:
    """Fill the court record into `case`, loaded with its persons, hearings and evidence."""
    row = db.one(
        "SELECT prosecutor, disposition, disposition_on FROM case_court WHERE case_id = ?", (case_id,)
    )
    if row is not None:
        case.prosecutor = row[0]
        case.disposition = Disposition(row[1], date.fromisoformat(row[2])) if row[1] and row[2] else None
    charges: dict[int, list[Charge]] = {}
    for r in db.all(
        "SELECT g.criminal_case_id, g.statute, g.section, g.counts, g.description FROM charge g"
        " JOIN criminal_case c ON c.id = g.criminal_case_id WHERE c.case_id = ? ORDER BY g.position",
        (case_id,),
    ):
        charges.setdefault(int(r[0]), []).append(
            Charge(statute=r[1], section=r[2], counts=r[3], description=r[4])
        )
    case.criminal_cases = [
        CriminalCase(number=r[1], charges=charges.get(int(r[0]), []), court=r[2], judicial_region=r[3],
                     branch=r[4], station=r[5], filed_on=_date(r[6]))
        for r in db.all(
            "SELECT id, number, court, judicial_region, branch, station, filed_on FROM criminal_case"
            " WHERE case_id = ? ORDER BY position",
            (case_id,),
        )
    ]  # fmt: skip
    by_person = {p.id: p for p in case.persons}
    person_uuid = {int(i): str(u) for u, i in _ids(db, "person", case_id).items()}
    for r in db.all(
        "SELECT p.uuid, d.status, d.since, d.bail FROM detention d JOIN person p ON p.id = d.person_id"
        " WHERE p.case_id = ?",
        (case_id,),
    ):
        if r[0] in by_person:
            by_person[r[0]].detention = Detention(status=r[1], since=_date(r[2]), bail=r[3])
    for r in db.all(
        "SELECT p.uuid, m.measure, m.status, m.requested_on, m.ruled_on, m.language FROM child_measure m"
        " JOIN person p ON p.id = m.person_id WHERE p.case_id = ? ORDER BY p.position, m.position",
        (case_id,),
    ):
        if r[0] in by_person:
            by_person[r[0]].measures.append(
                ChildMeasure(measure=r[1], status=r[2], requested_on=_date(r[3]), ruled_on=_date(r[4]),
                             language=r[5])
            )  # fmt: skip
    by_hearing = {h.id: h for h in case.hearings}
    for r in db.all(
        "SELECT h.uuid, w.person_id, w.name, w.affidavit_filed_on FROM hearing_witness w"
        " JOIN hearing h ON h.id = w.hearing_id WHERE h.case_id = ? ORDER BY w.hearing_id, w.position",
        (case_id,),
    ):
        if r[0] in by_hearing:
            person = person_uuid.get(int(r[1])) if r[1] is not None else None
            by_hearing[r[0]].witnesses.append(
                HearingWitness(person=person, name=r[2], affidavit_filed_on=_date(r[3]))
            )
    for r in db.all(
        "SELECT h.uuid, m.uuid, m.title, m.filed_by, m.filed_on, m.status, m.resolved_on FROM motion m"
        " JOIN hearing h ON h.id = m.hearing_id WHERE h.case_id = ? ORDER BY m.hearing_id, m.position",
        (case_id,),
    ):
        if r[0] in by_hearing:
            by_hearing[r[0]].motions.append(
                Motion(id=r[1], title=r[2], filed_by=r[3], filed_on=_date(r[4]), status=r[5],
                       resolved_on=_date(r[6]))
            )  # fmt: skip
    evidence_uuid = {int(i): str(u) for u, i in _ids(db, "evidence", case_id).items()}
    case.exhibits = [
        Exhibit(id=r[0], marking=r[1], description=r[2], offered_by=r[3],
                evidence=evidence_uuid.get(int(r[4])) if r[4] is not None else None,
                offered_on=_date(r[5]), ruling=r[6], ruled_on=_date(r[7]))
        for r in db.all(
            "SELECT uuid, marking, description, offered_by, evidence_id, offered_on, ruling, ruled_on"
            " FROM exhibit WHERE case_id = ? ORDER BY position",
            (case_id,),
        )
    ]  # fmt: skip
