"""Writing whole cases: the one insert path shared by intake, import and demo data.

Two halves. `prepare_rows` turns records into table rows with ids allocated from an `IdBlock`;
it is pure Python and needs no database, so the demo generator can run it in its own process.
`write_rows` stores them through each record's home and indexes them. Ids come from this
device's range (`storage/ids.py`), read inside the caller's write transaction, so one case and a
hundred thousand take the same code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from caseintake.domain.pseudonyms import assign_pseudonyms
from caseintake.domain.records import Case
from caseintake.storage import court_record, guard_index, identity_store, search_index, writes
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import evidence, hearings, notes, persons, referrals


@dataclass
class CaseRows:
    """Every row of a batch of cases, table by table, ready for `write_rows`."""

    first_case: int = 0
    last_case: int = 0
    cases: cases_home.Rows = field(default_factory=cases_home.Rows)
    persons: list[tuple[Any, ...]] = field(default_factory=list)
    identities: list[tuple[Any, ...]] = field(default_factory=list)
    referrals: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    hearings: list[tuple[Any, ...]] = field(default_factory=list)
    evidence: list[tuple[Any, ...]] = field(default_factory=list)
    #: The pure-Python share of indexing, done with the rest of `prepare_rows` (for demo data in
    #: the generator's process): the guard's (person id, case id, [(field, term)]) and the
    #: identity search's distinct words by case id.
    guard_terms: list[tuple[int, int, list[tuple[str, str]]]] = field(default_factory=list)
    search_words: dict[int, set[str]] = field(default_factory=dict)


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
    # Ids counted on in memory, their marks kept once for the whole batch.
    ids = writes.row_ids(db).preloaded()
    rows = prepare_rows(cases, ids, user_ids, default_author, imported=imported)
    write_rows(db, rows)
    court_record.write_for_cases(db, cases, ids)
    writes.keep_id_marks(db)
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
    ids: RowIds,
    user_ids: Mapping[str, int],
    default_author: int,
    *,
    imported: Provenance | None = None,
) -> CaseRows:
    """Table rows for `cases`, taking ids from `ids`; assigns record ids and pseudonyms."""
    rows = CaseRows()
    identities: list[tuple[int, tuple[str | None, ...]]] = []
    stamp = now_utc()
    origin = (imported.user_id, imported.at) if imported else (None, None)
    for case in cases:
        case_id = ids.take("cases")
        rows.first_case = rows.first_case or case_id
        rows.last_case = case_id
        pseudonyms = assign_pseudonyms((p.role, p.protected) for p in case.persons)
        parties = ", ".join(
            name
            for person, name in zip(case.persons, pseudonyms, strict=True)
            if name and person.role == "victim"
        )
        rows.cases.add(
            case, cases_home.row(case, case_id, user_ids[case.assigned_to], parties, stamp, origin)
        )
        for position, (person, pseudonym) in enumerate(zip(case.persons, pseudonyms, strict=True)):
            person_id = ids.take("person")
            person.pseudonym = pseudonym
            rows.persons.append(persons.row(person, person_id, case_id, position, origin))
            if person.identity is not None and person.protected:
                values = identity_store.values_of(person.identity)
                rows.identities.append((person_id, *values))
                rows.guard_terms.append((person_id, case_id, guard_index.stored_identity_terms(values)))
                identities.append((case_id, values))
        rows.referrals.extend(referrals.row(r, ids.take("referral"), case_id, origin) for r in case.referrals)
        for note in case.notes:
            if imported is not None:  # written by the importer; the file's author only as stated
                author, stated = imported.user_id, note.author
            else:
                author, stated = (user_ids[note.author] if note.author else default_author), None
            rows.notes.append(notes.row(note, ids.take("note"), case_id, author, stamp, origin, stated))
        rows.hearings.extend(
            hearings.row(h, ids.take("hearing"), case_id, user_ids[h.lawyer] if h.lawyer else None, origin)
            for h in case.hearings
        )
        rows.evidence.extend(evidence.row(e, ids.take("evidence"), case_id, origin) for e in case.evidence)
    rows.search_words = identity_store.case_words(identities)
    return rows


def write_rows(db: Database, rows: CaseRows) -> None:
    """Store prepared rows and index them; call inside `db.atomic()`."""
    if not rows.cases.cases:
        return
    cases_home.insert_rows(db, rows.cases)
    persons.insert_rows(db, rows.persons)
    # Every new case gets its identity key; vault values are stored encrypted under it.
    identity_store.insert_new_cases(db, rows.cases.cases, rows.persons, rows.identities, rows.search_words)
    guard_index.replace_terms(db, guard_index.OWNER_PERSON, rows.guard_terms, new=True)
    referrals.insert_rows(db, rows.referrals, new=True)
    notes.insert_rows(db, rows.notes)
    hearings.insert_rows(db, rows.hearings)
    evidence.insert_rows(db, rows.evidence)
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
