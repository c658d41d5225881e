"""Work the case editor sends to the database thread: load a case, save a draft, reveal.

Each function takes the `Session` first, as `AppState.call` expects, and returns plain data for
the main thread. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from caseintake.domain.records import Case
from caseintake.interchange.schema import parse_case
from caseintake.services import case_records, hearings, notes, people
from caseintake.services.cases import find_case, load_case
from caseintake.services.intake import open_case
from caseintake.services.leak_guard import CaseTerms, case_terms
from caseintake.services.session import Session
from caseintake.services.users import UserInfo, colleagues
from caseintake.ui.editor.draft import KINDS, PendingRecord, SavePlan


@dataclass(frozen=True)
class CaseBundle:
    """A case as the editor shows it, with the facts that decide what the form offers."""

    case: Case
    may_reveal: bool
    #: Vault terms for live leak highlighting; None unless this user may reveal the case, since
    #: for anyone else a highlight would confirm a guessed name.
    terms: CaseTerms | None
    staff: tuple[UserInfo, ...]


@dataclass(frozen=True)
class SaveResult:
    bundle: CaseBundle
    created: dict[str, str]  # draft key -> id of the record the save created


def load_staff(session: Session) -> tuple[UserInfo, ...]:
    return tuple(colleagues(session))


def load_bundle(session: Session, reference: str) -> CaseBundle:
    ref = find_case(session, reference)
    allowed = ref.may_reveal(session)
    return CaseBundle(
        case=load_case(session, ref.reference),
        may_reveal=allowed,
        terms=case_terms(session, ref.id) if allowed else None,
        staff=load_staff(session),
    )


def _add(session: Session, reference: str, record: PendingRecord) -> str | None:
    data = record.data
    added: Any
    if record.kind == "persons":
        added = people.add_person(session, reference, data)
    elif record.kind == "referrals":
        added = case_records.add_referral(session, reference, data)
    elif record.kind == "notes":
        added = notes.add_note(session, reference, data)
    elif record.kind == "hearings":
        added = hearings.add_hearing(session, reference, data)
    else:
        added = case_records.add_evidence(session, reference, data)
    return str(added.id) if added.id else None


_UPDATES: dict[str, Callable[[Session, str, dict[str, Any]], Any]] = {
    "persons": people.update_person,
    "referrals": case_records.update_referral,
    "hearings": hearings.update_hearing,
    "notes": lambda session, note_id, data: notes.edit_note(session, note_id, data["text"], data.get("kind")),
}


def apply_save(session: Session, plan: SavePlan) -> SaveResult:
    """Everything in the plan in one transaction, then the case as it now stands."""
    created: dict[str, str] = {}
    with session.db.atomic():
        if plan.reference is None:
            case = parse_case(plan.case_fields)
            reference = open_case(session, case)
            for kind in KINDS:
                records = [r for r in plan.records if r.kind == kind]
                for record, saved in zip(records, getattr(case, kind), strict=True):
                    if saved.id:
                        created[record.key] = str(saved.id)
        else:
            reference = plan.reference
            if plan.case_fields:
                case_records.update_case(session, reference, plan.case_fields)
            for record in plan.records:
                if record.target is None:
                    new_id = _add(session, reference, record)
                    if new_id:
                        created[record.key] = new_id
                else:
                    _UPDATES[record.kind](session, record.target, record.data)
    return SaveResult(load_bundle(session, reference), created)
