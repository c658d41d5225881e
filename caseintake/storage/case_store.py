"""Writing whole cases: the one insert path shared by intake, import and demo data.

Two halves. `prepare_rows` turns records into table rows with ids allocated from an `IdBlock`;
it is pure Python and needs no database, so the demo generator can run it in its own process.
`write_rows` stores them with `executemany` and indexes them. Ids come from the tables' current
maximum, read inside the caller's write transaction, so one case and a hundred thousand take
the same code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from caseintake.domain.pseudonyms import assign_pseudonyms
from caseintake.domain.records import Case
from caseintake.storage import court_record, guard_index, identity_store, search_index
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database
from caseintake.storage.ids import new_id


def _next_id(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))


def _day(value: Any) -> str | None:
    return None if value is None else value.isoformat()


@dataclass
class CaseRows:
    """Every row of a batch of cases, table by table, ready for `write_rows`."""

    first_case: int = 0
    last_case: int = 0
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    texts: list[tuple[Any, ...]] = field(default_factory=list)
    offenses: list[tuple[Any, ...]] = field(default_factory=list)
    accommodations: list[tuple[Any, ...]] = field(default_factory=list)
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    identities: list[tuple[Any, ...]] = field(default_factory=list)
    referrals: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    hearings: list[tuple[Any, ...]] = field(default_factory=list)
    evidence: list[tuple[Any, ...]] = field(default_factory=list)


_TABLES = ("cases", "person", "referral", "note", "hearing", "evidence")


@dataclass
class IdBlock:
    """The next free integer id of each table; valid while one write transaction is open."""

    next: dict[str, int]

    @classmethod
    def read(cls, db: Database) -> IdBlock:
        return cls({t: _next_id(db, t) for t in _TABLES})

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def insert_cases(
    db: Database,
    cases: Sequence[Case],
    user_ids: Mapping[str, int],
    default_author: int,
    *,
    imported: Provenance | None = None,
) -> CaseRows:
    """Insert validated cases (references already set). Call inside `db.atomic()`.

    `user_ids` maps every user name the cases mention to its id; `imported` marks every row as
    imported by that user at that time (a file import; see `Provenance`).
    """
    rows = prepare_rows(cases, IdBlock.read(db), user_ids, default_author, imported=imported)
    write_rows(db, rows)
    court_record.write_for_cases(db, cases)
    return rows


@dataclass(frozen=True)
class Provenance:
    """Who imported a batch from a file, and when (schema upgrade 4).

    Every row of an imported case carries both; an imported note is stored as written by the
    importing user, with the file's author kept apart as `stated_author`, so a file can never make
    a note look as if a colleague wrote it in the application."""

    user_id: int
    at: str


def prepare_rows(
    cases: Sequence[Case],
    ids: IdBlock,
    user_ids: Mapping[str, int],
    default_author: int,
    *,
    imported: Provenance | None = None,
) -> CaseRows:
    """Table rows for `cases`, taking ids from `ids`; assigns record ids and pseudonyms."""
    rows = CaseRows()
    stamp = now_utc()
    origin = (imported.user_id, imported.at) if imported else (None, None)
    for case in cases:
        case_id = ids.take("cases")
        rows.first_case = rows.first_case or case_id
        rows.last_case = case_id
        case.id = case.id or new_id()
        pseudonyms = assign_pseudonyms((p.role, p.protected) for p in case.persons)
        parties = ", ".join(
            name
            for person, name in zip(case.persons, pseudonyms, strict=True)
            if name and person.role == "victim"
        )
        rows.cases.append(
            (
                case_id,
                case.id,
                case.reference,
                case.status,
                case.opened_on.isoformat(),
                _day(case.closed_on),
                case.region,
                case.province,
                case.source_kind,
                case.source_reference,
                user_ids[case.assigned_to],
                case.consent_statistics,
                parties,
                stamp,
                *origin,
            )
        )
        rows.texts.append((case_id, case.summary))
        rows.offenses.extend((case_id, o) for o in case.offenses)
        rows.accommodations.extend((case_id, a) for a in case.accommodations)
        for position, (person, pseudonym) in enumerate(zip(case.persons, pseudonyms, strict=True)):
            person_id = ids.take("person")
            person.id = person.id or new_id()
            person.pseudonym = pseudonym
            protected = person.protected
            rows.persons.append(
                (
                    person_id,
                    person.id,
                    case_id,
                    position,
                    person.role,
                    pseudonym,
                    person.sex,
                    person.age,
                    person.birth_year,
                    person.nationality,
                    person.relationship,
                    int(protected),
                    None if protected else person.name,
                    *origin,
                )
            )
            if person.identity is not None and protected:
                ident = person.identity
                rows.identities.append(
                    (
                        person_id,
                        ident.legal_name,
                        json.dumps(list(ident.aliases), ensure_ascii=False) if ident.aliases else "[]",
                        _day(ident.birth_date),
                        ident.address,
                        ident.school,
                        ident.contact,
                    )
                )
        for referral in case.referrals:
            referral.id = referral.id or new_id()
            rows.referrals.append(
                (
                    ids.take("referral"),
                    referral.id,
                    case_id,
                    referral.agency,
                    referral.kind,
                    referral.referred_on.isoformat(),
                    referral.status,
                    _day(referral.follow_up_on),
                    referral.note,
                    *origin,
                )
            )
        for note in case.notes:
            note_id = ids.take("note")
            note.id = note.id or new_id()
            written_at = note.written_at.isoformat()
            if imported is not None:  # written by the importer; the file's author only as stated
                author, stated = imported.user_id, note.author
            else:
                author, stated = (user_ids[note.author] if note.author else default_author), None
            rows.notes.append(
                (
                    *(note_id, note.id, case_id, note.kind, author, author, written_at, note.text, stamp),
                    *origin,
                    stated,
                )
            )
        for hearing in case.hearings:
            hearing.id = hearing.id or new_id()
            rows.hearings.append(
                (
                    ids.take("hearing"),
                    hearing.id,
                    case_id,
                    hearing.court,
                    hearing.branch,
                    hearing.docket,
                    hearing.kind,
                    hearing.starts_at.isoformat(),
                    hearing.starts_at.astimezone(UTC).isoformat(),
                    hearing.location,
                    user_ids[hearing.lawyer] if hearing.lawyer else None,
                    hearing.status,
                    hearing.outcome,
                    hearing.notes,
                    *origin,
                )
            )
        for item in case.evidence:
            item.id = item.id or new_id()
            rows.evidence.append(
                (
                    ids.take("evidence"),
                    item.id,
                    case_id,
                    item.description,
                    item.custodian,
                    item.reference,
                    item.sha256,
                    _day(item.received_on),
                    *origin,
                )
            )
    return rows


def write_rows(db: Database, rows: CaseRows) -> None:
    """Store prepared rows and index them; call inside `db.atomic()`."""
    if not rows.cases:
        return
    db.executemany(
        "INSERT INTO cases (id, uuid, reference, status, opened_on, closed_on, region, province,"
        " source_kind, source_reference, assigned_to, consent_statistics, parties, updated_at,"
        " imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.cases,
    )
    db.executemany("INSERT INTO case_text (case_id, summary) VALUES (?, ?)", rows.texts)
    db.executemany("INSERT INTO case_offense (case_id, offense) VALUES (?, ?)", rows.offenses)
    db.executemany(
        "INSERT INTO case_accommodation (case_id, accommodation) VALUES (?, ?)", rows.accommodations
    )
    db.executemany(
        "INSERT INTO person (id, uuid, case_id, position, role, pseudonym, sex, age, birth_year,"
        " nationality, relationship, protected, name, imported_by, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.persons,
    )
    case_of_person = {row[0]: row[2] for row in rows.persons}
    # Every new case gets its identity key; vault values are stored encrypted under it.
    identity_store.insert_new_cases(db, rows.cases, rows.persons, rows.identities)
    guard_index.index_identities(
        db, [(row[0], case_of_person[row[0]], *row[1:]) for row in rows.identities], new=True
    )
    db.executemany(
        "INSERT INTO referral (id, uuid, case_id, agency, kind, referred_on, status, follow_up_on,"
        " note, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.referrals,
    )
    shelters = [(r[0], r[2], r[4], r[3], r[8]) for r in rows.referrals if r[4] == "shelter"]
    guard_index.index_placements(db, shelters, new=True)
    db.executemany(
        "INSERT INTO note (id, uuid, case_id, kind, author, saved_by, written_at, text, updated_at,"
        " imported_by, imported_at, stated_author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.notes,
    )
    db.executemany(
        "INSERT INTO hearing (id, uuid, case_id, court, branch, docket, kind, starts_at, starts_utc,"
        " location, lawyer, status, outcome, notes, imported_by, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.hearings,
    )
    db.executemany(
        "INSERT INTO evidence (id, uuid, case_id, description, custodian, reference, sha256,"
        " received_on, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.evidence,
    )
    search_index.index_new_cases(db, rows.first_case, rows.last_case)


def existing_references(db: Database, references: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(references), 500):
        chunk = list(references[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.all(f"SELECT reference FROM cases WHERE reference IN ({marks})", chunk))
    return found


def read_serials(db: Database, prefix: str) -> dict[int, int]:
    """The last serial used per year for this office prefix."""
    return {
        int(y): int(n)
        for y, n in db.all("SELECT year, last FROM reference_serial WHERE prefix = ?", (prefix,))
    }


def assign_references(cases: Sequence[Case], prefix: str, serials: dict[int, int], taken: set[str]) -> None:
    """Give each case without a reference the next `<prefix>-<year>-<serial>`; pure, so the demo
    generator can run it in its own process. `serials` is advanced in place."""
    for case in cases:
        if case.reference is not None:
            continue
        year = case.opened_on.year
        while True:
            serials[year] = serials.get(year, 0) + 1
            candidate = f"{prefix}-{year}-{serials[year]:05d}"
            if candidate not in taken:
                break
        taken.add(candidate)
        case.reference = candidate


def save_serials(db: Database, prefix: str, serials: Mapping[int, int]) -> None:
    db.executemany(
        "INSERT INTO reference_serial (prefix, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)",
        [(prefix, year, serial) for year, serial in serials.items()],
    )


def record_given_references(db: Database, references: Sequence[str]) -> None:
    """Move each serial counter past references that arrived ready-made, so new ones never collide."""
    highest: dict[tuple[str, int], int] = {}
    for ref in references:
        prefix, year, serial = ref.rsplit("-", 2)
        key = (prefix, int(year))
        highest[key] = max(highest.get(key, 0), int(serial))
    db.executemany(
        "INSERT INTO reference_serial (prefix, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT(prefix, year) DO UPDATE SET last = max(last, excluded.last)",
        [(prefix, year, serial) for (prefix, year), serial in highest.items()],
    )
