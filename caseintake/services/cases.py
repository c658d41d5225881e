"""Reading cases: the list with filters and search, one case whole.

The list's queries live in `storage/records/case_list.py`; this module decides who may find a
case through its vault values and records such a search. The JSON form of a case is
`interchange/case_json.py` (re-exported here for the command line).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Case
from caseintake.domain.roles import may_reveal
from caseintake.interchange.case_json import case_json, case_json_text, shown_json
from caseintake.services.session import Session
from caseintake.storage import court_record, identity_store
from caseintake.storage.database import Database
from caseintake.storage.records import case_list, evidence, hearings, notes, persons, referrals
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records.case_list import CaseRow
from caseintake.storage.search_index import match_expression, reference_start

__all__ = [
    "PAGE",
    "SORT_KEYS",
    "CaseRef",
    "CaseRow",
    "case_json",
    "case_json_text",
    "find_case",
    "list_cases",
    "load_case",
    "owning_case",
    "shown_json",
]

PAGE = 100

#: Sortable columns of the list, each with the ordering key it pages on.
SORT_KEYS = case_list.SORT_KEYS


@dataclass(frozen=True)
class CaseRef:
    id: int
    uuid: str
    reference: str
    assigned_to: int

    def may_reveal(self, session: Session) -> bool:
        return may_reveal(session.role, assigned_to_self=self.assigned_to == session.user.id)


def find_case(session: Session, reference: str) -> CaseRef:
    row = cases_home.find(session.db, reference.strip().upper())
    if row is None:
        raise NotFound(
            f"There is no case {reference!r}.", code="case_not_found", params={"reference": reference}
        )
    return CaseRef(*row)


#: The homes of the records that belong to a case and are edited on their own.
_OWNERS: dict[str, Callable[[Database, str], tuple[int, str] | None]] = {
    "referral": referrals.owner,
    "evidence": evidence.owner,
    "hearing": hearings.owner,
}


def owning_case(session: Session, table: str, record_id: str, missing: str, code: str) -> tuple[int, str]:
    """(case id, case uuid) of the case a referral, evidence entry or hearing belongs to;
    `missing` is the sentence (and `code` its code) raised when there is no such record."""
    owner = _OWNERS.get(table)
    if owner is None:
        raise ValueError(f"not a record table: {table}")
    found = owner(session.db, record_id)
    if found is None:
        raise NotFound(missing, code=code)
    return found


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
        raise InvalidInput(f"Cannot sort by {sort!r}.", code="unknown_sort", params={"sort": sort})
    match: str | None = None
    identity: case_list.IdentitySearch | None = None
    reference: str | None = None
    if search and search.strip():
        match = match_expression(search)
        if match is None:
            return []
        identity = _identity_search(session, search)
        # A reference, or its start, is looked up in the reference index (the case itself, or
        # the cases it starts), and searched as words only when no reference is like it.
        reference = reference_start(search)
    rows, matched = case_list.page(
        session.db,
        match=match,
        identity=identity,
        reference=reference,
        status=status,
        region=region,
        assigned_to=assigned_to,
        after=after,
        limit=limit,
        include_notes=include_notes,
        sort=sort,
        descending=descending,
    )
    if matched:
        _audit_identity_matches(session, matched)
    return rows


def _identity_search(session: Session, search: str) -> case_list.IdentitySearch | None:
    """The search of vault values as far as this user may reveal them, or None."""
    expression = identity_store.query_expression(session.db, search)
    if expression is None or not may_reveal(session.role, assigned_to_self=True):
        return None
    if may_reveal(session.role, assigned_to_self=False):
        return case_list.IdentitySearch(expression)
    return case_list.IdentitySearch(expression, assignee=session.user.id)


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
    uuids = case_list.uuids(session.db, new)
    with session.db.atomic():
        session.audit(AuditAction.IDENTITY_SEARCH, "case", "", {"cases": uuids})
    seen.update(new)


def load_case(session: Session, reference: str) -> Case:
    """One case with everything but the vault: people carry pseudonyms, not identities."""
    ref = find_case(session, reference)
    db = session.db
    case = cases_home.read(db, ref.id)
    if case is None:
        raise NotFound(
            f"There is no case {reference!r}.", code="case_not_found", params={"reference": reference}
        )
    case.persons = persons.for_case(db, ref.id)
    case.referrals = referrals.for_case(db, ref.id)
    case.notes = notes.for_case(db, ref.id)
    case.hearings = hearings.for_case(db, ref.id)
    case.evidence = evidence.for_case(db, ref.id)
    court_record.read(db, ref.id, case)
    return case
