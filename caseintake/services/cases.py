"""Reading cases: the list with filters and search, one case whole, and its JSON form."""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Case, Evidence, Hearing, Note, Person, Referral
from caseintake.domain.roles import may_reveal
from caseintake.services.session import Session
from caseintake.storage import court_record, identity_store
from caseintake.storage.database import Database
from caseintake.storage.search_index import match_expression

PAGE = 100


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
class CaseRef:
    id: int
    uuid: str
    reference: str
    assigned_to: int

    def may_reveal(self, session: Session) -> bool:
        return may_reveal(session.role, assigned_to_self=self.assigned_to == session.user.id)


def find_case(session: Session, reference: str) -> CaseRef:
    row = session.db.one(
        "SELECT id, uuid, reference, assigned_to FROM cases WHERE reference = ?", (reference.strip().upper(),)
    )
    if row is None:
        raise NotFound(f"There is no case {reference!r}.")
    return CaseRef(*row)


_OWNED_TABLES = frozenset({"referral", "evidence", "hearing"})


def owning_case(session: Session, table: str, record_id: str, missing: str) -> tuple[int, str]:
    """(case id, case uuid) of the case a referral, evidence entry or hearing belongs to;
    `missing` is the sentence raised when there is no such record."""
    if table not in _OWNED_TABLES:
        raise ValueError(f"not a record table: {table}")
    # The table name comes from the fixed set checked above, never from input.
    sql = f"SELECT r.case_id, c.uuid FROM {table} r JOIN cases c ON c.id = r.case_id WHERE r.uuid = ?"  # nosec B608
    row = session.db.one(sql, (record_id,))
    if row is None:
        raise NotFound(missing)
    return int(row[0]), str(row[1])


#: The last column says whether the row matched through the identity index ("ident" below).
_LIST_SQL = """
SELECT c.id, c.reference, c.status, c.opened_on, c.region, c.province, u.username, c.parties, {by_identity}
FROM cases c JOIN users u ON u.id = c.assigned_to
"""


#: Sortable columns of the list, each with the ordering key it pages on.
SORT_KEYS = {
    "opened_on": "c.opened_on",
    "reference": "c.reference",
    "status": "c.status",
    "region": "c.region",
    "assigned_to": "u.username",
}


def list_cases(
    session: Session,
    *,
    search: str | None = None,
    status: str | None = None,
    region: str | None = None,
    assigned_to: str | None = None,
    after: tuple[str, str] | None = None,
    limit: int = PAGE,
    include_notes: bool = True,
    sort: str = "opened_on",
    descending: bool = True,
) -> list[CaseRow]:
    """One page of the list. `after` is the (sort value, reference) of the last row already
    shown: keyset paging, so page 500 costs what page 1 costs."""
    if sort not in SORT_KEYS:
        raise InvalidInput(f"Cannot sort by {sort!r}.")
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
    if search and search.strip():
        expression = match_expression(search)
        if expression is None:
            return []
        identity = _identity_matches(session, search)
        if identity is not None:
            # Materialized once: it feeds both the filter and the "matched by identity" column.
            prefix, prefix_params = f"WITH ident(id) AS MATERIALIZED ({identity[0]}) ", identity[1]
        # "+c.id": walk the list's own index in order and test membership, instead of fetching
        # and sorting every matching case to keep a page of them (all 100,000 for "c").
        where.append(f"+c.id IN ({_matching_ids_sql(include_notes, identity is not None)})")
        params.extend([expression, expression] if include_notes else [expression])
    sql = prefix + _LIST_SQL.format(by_identity="c.id IN ident" if prefix else "0")
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {key} {direction}, c.reference {direction} LIMIT ?"
    params.append(limit)
    found = session.db.all(sql, [*prefix_params, *params])
    rows = [CaseRow(*row[:-1]) for row in found]
    matched = [row.id for row, flag in zip(rows, found, strict=True) if flag[-1]]
    if matched:
        _audit_identity_matches(session, matched)
    return rows


def _identity_matches(session: Session, search: str) -> tuple[str, list[Any]] | None:
    """The query for cases whose vault values match (as far as this user may reveal), or None."""
    expression = identity_store.query_expression(session.db, search)
    if expression is None or not may_reveal(session.role, assigned_to_self=True):
        return None
    if may_reveal(session.role, assigned_to_self=False):
        return "SELECT rowid FROM identity_search WHERE identity_search MATCH ?", [expression]
    return (
        "SELECT s.rowid FROM identity_search s JOIN cases m ON m.id = s.rowid"
        " WHERE identity_search MATCH ? AND m.assigned_to = ?",
        [expression, session.user.id],
    )


_identity_hits_recorded: weakref.WeakKeyDictionary[Database, set[int]] = weakref.WeakKeyDictionary()


def _audit_identity_matches(session: Session, case_ids: list[int]) -> None:
    """A search that found cases through their vault values is recorded: who, and which of the
    cases shown matched that way; never what was typed. Search as you type repeats itself
    ("bau", "baut", ...): each case is recorded once per unlock, when a search first surfaces
    it, so typing does not wait on a write per key."""
    seen = _identity_hits_recorded.setdefault(session.db, set())
    new = sorted(set(case_ids) - seen)
    if not new:
        return
    marks = ",".join("?" * len(new))
    sql = f"SELECT uuid FROM cases WHERE id IN ({marks}) ORDER BY id"  # nosec B608 - placeholders only
    uuids = [str(r[0]) for r in session.db.all(sql, new)]
    with session.db.atomic():
        session.audit("identity.search", "case", "", {"cases": uuids})
    seen.update(new)


def _matching_ids_sql(include_notes: bool, identity: bool) -> str:
    parts = ["SELECT rowid FROM case_search WHERE case_search MATCH ?"]
    if include_notes:
        parts.append("SELECT rowid FROM note_search WHERE note_search MATCH ?")
    if identity:
        parts.append("SELECT id FROM ident")
    return " UNION ALL ".join(parts)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def load_case(session: Session, reference: str) -> Case:
    """One case with everything but the vault: people carry pseudonyms, not identities."""
    ref = find_case(session, reference)
    db = session.db
    row = db.one(
        "SELECT c.uuid, c.reference, c.status, c.opened_on, c.closed_on, c.region, c.province,"
        " c.source_kind, c.source_reference, u.username, c.consent_statistics, t.summary"
        " FROM cases c JOIN users u ON u.id = c.assigned_to JOIN case_text t ON t.case_id = c.id"
        " WHERE c.id = ?",
        (ref.id,),
    )
    assert row is not None
    case = Case(
        id=row[0],
        reference=row[1],
        status=row[2],
        opened_on=date.fromisoformat(row[3]),
        closed_on=_day(row[4]),
        region=row[5],
        province=row[6],
        source_kind=row[7],
        source_reference=row[8],
        assigned_to=row[9],
        consent_statistics=row[10],
        summary=row[11],
        offenses=tuple(
            r[0]
            for r in db.all("SELECT offense FROM case_offense WHERE case_id = ? ORDER BY offense", (ref.id,))
        ),
        accommodations=tuple(
            r[0]
            for r in db.all(
                "SELECT accommodation FROM case_accommodation WHERE case_id = ? ORDER BY accommodation",
                (ref.id,),
            )
        ),
    )
    case.persons = [
        Person(
            id=r[0],
            role=r[1],
            pseudonym=r[2],
            sex=r[3],
            age=r[4],
            birth_year=r[5],
            nationality=r[6],
            relationship=r[7],
            name=r[8],
        )
        for r in db.all(
            "SELECT uuid, role, pseudonym, sex, age, birth_year, nationality, relationship, name"
            " FROM person WHERE case_id = ? ORDER BY position",
            (ref.id,),
        )
    ]
    case.referrals = [
        Referral(
            id=r[0],
            agency=r[1],
            kind=r[2],
            referred_on=date.fromisoformat(r[3]),
            status=r[4],
            follow_up_on=_day(r[5]),
            note=r[6],
        )
        for r in db.all(
            "SELECT uuid, agency, kind, referred_on, status, follow_up_on, note FROM referral"
            " WHERE case_id = ? ORDER BY referred_on, id",
            (ref.id,),
        )
    ]
    case.notes = [
        Note(
            id=r[0],
            kind=r[1],
            author=r[2],
            written_at=datetime.fromisoformat(r[3]),
            text=r[4],
            version=r[5],
            stated_author=r[6],
            imported_by=r[7],
            imported_at=r[8],
        )
        for r in db.all(
            "SELECT n.uuid, n.kind, u.username, n.written_at, n.text, n.version, n.stated_author,"
            " i.username, n.imported_at FROM note n JOIN users u ON u.id = n.author"
            " LEFT JOIN users i ON i.id = n.imported_by WHERE n.case_id = ? ORDER BY n.written_at, n.id",
            (ref.id,),
        )
    ]
    case.hearings = [
        Hearing(
            id=r[0],
            court=r[1],
            branch=r[2],
            docket=r[3],
            kind=r[4],
            starts_at=datetime.fromisoformat(r[5]),
            location=r[6],
            lawyer=r[7],
            status=r[8],
            outcome=r[9],
            notes=r[10],
        )
        for r in db.all(
            "SELECT h.uuid, h.court, h.branch, h.docket, h.kind, h.starts_at, h.location, u.username,"
            " h.status, h.outcome, h.notes FROM hearing h LEFT JOIN users u ON u.id = h.lawyer"
            " WHERE h.case_id = ? ORDER BY h.starts_utc, h.id",
            (ref.id,),
        )
    ]
    case.evidence = [
        Evidence(
            id=r[0], description=r[1], custodian=r[2], reference=r[3], sha256=r[4], received_on=_day(r[5])
        )
        for r in db.all(
            "SELECT uuid, description, custodian, reference, sha256, received_on FROM evidence"
            " WHERE case_id = ? ORDER BY id",
            (ref.id,),
        )
    ]
    court_record.read(db, ref.id, case)
    return case


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v not in ([], ())}


def case_json(case: Case) -> dict[str, Any]:
    """The interchange shape, with pseudonyms and ids, and never an identity."""

    def iso(value: date | datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    return _drop_empty(
        {
            "id": case.id,
            "reference": case.reference,
            "status": case.status,
            "opened_on": iso(case.opened_on),
            "closed_on": iso(case.closed_on),
            "region": case.region,
            "province": case.province,
            "offenses": list(case.offenses),
            "source": _drop_empty({"kind": case.source_kind, "reference": case.source_reference}) or None,
            "summary": case.summary,
            "assigned_to": case.assigned_to,
            "consent_statistics": case.consent_statistics,
            "accommodations": list(case.accommodations),
            "persons": [
                _drop_empty(
                    {
                        "id": p.id,
                        "role": p.role,
                        "pseudonym": p.pseudonym,
                        "sex": p.sex,
                        "age": p.age,
                        "birth_year": p.birth_year,
                        "nationality": p.nationality,
                        "relationship": p.relationship,
                        "name": p.name,
                    }
                )
                for p in case.persons
            ],
            "referrals": [
                _drop_empty(
                    {
                        "id": r.id,
                        "agency": r.agency,
                        "kind": r.kind,
                        "referred_on": iso(r.referred_on),
                        "status": r.status,
                        "follow_up_on": iso(r.follow_up_on),
                        "note": r.note,
                    }
                )
                for r in case.referrals
            ],
            "notes": [
                _drop_empty(
                    {
                        "id": n.id,
                        "kind": n.kind,
                        "written_at": iso(n.written_at),
                        "author": n.author,
                        "text": n.text,
                        "version": n.version,
                        # An imported note: the file's author and date as stated, and who imported it.
                        "stated_author": n.stated_author,
                        "imported_by": n.imported_by,
                        "imported_at": n.imported_at,
                        "byline": n.byline if n.imported_by else None,
                    }
                )
                for n in case.notes
            ],
            "hearings": [
                _drop_empty(
                    {
                        "id": h.id,
                        "court": h.court,
                        "branch": h.branch,
                        "docket": h.docket,
                        "kind": h.kind,
                        "starts_at": iso(h.starts_at),
                        "location": h.location,
                        "lawyer": h.lawyer,
                        "status": h.status,
                        "outcome": h.outcome,
                        "notes": h.notes,
                    }
                )
                for h in case.hearings
            ],
            "evidence": [
                _drop_empty(
                    {
                        "id": e.id,
                        "description": e.description,
                        "custodian": e.custodian,
                        "reference": e.reference,
                        "sha256": e.sha256,
                        "received_on": iso(e.received_on),
                    }
                )
                for e in case.evidence
            ],
        }
    )


def case_json_text(case: Case) -> str:
    return json.dumps(case_json(case), ensure_ascii=False, indent=2)
