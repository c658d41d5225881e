"""Work the case editor sends to the database thread: load a case, save a draft, reveal.

Each function takes the `Session` first, as `AppState.call` expects, and returns plain data for
the main thread. Nothing here imports Qt. Records go to the services as the domain records the
draft holds; the plan is a snapshot, so each is copied before a service fills in its id.

Saves expect the version of the case the editor last saw (`SeenVersion`) and move it on, here
on the database thread, so the editor's own saves never look like someone else's change.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from caseintake.domain.records import Case
from caseintake.services import case_fields, case_records, edit_conflicts, hearings, notes, people
from caseintake.services.cases import find_case, load_case
from caseintake.services.court_record import save_court_record
from caseintake.services.intake import open_case
from caseintake.services.leak_guard import CaseTerms, case_terms
from caseintake.services.session import Session
from caseintake.services.users import UserInfo, colleagues
from caseintake.ui.editor.draft import KINDS, PendingRecord, SavePlan, SeenVersion


@dataclass(frozen=True)
class CaseBundle:
    """A case as the editor shows it, with the facts that decide what the form offers."""

    case: Case
    may_reveal: bool
    #: Vault terms for live leak highlighting; None unless this user may reveal the case, since
    #: for anyone else a highlight would confirm a guessed name.
    terms: CaseTerms | None
    staff: tuple[UserInfo, ...]
    #: The case's version, read before the case: a change in between shows up as a conflict later.
    version: int


@dataclass(frozen=True)
class SaveResult:
    bundle: CaseBundle
    created: dict[str, str]  # draft key -> id of the record the save created


def load_staff(session: Session) -> tuple[UserInfo, ...]:
    return tuple(colleagues(session))


def load_bundle(session: Session, reference: str) -> CaseBundle:
    ref = find_case(session, reference)
    version = edit_conflicts.case_version(session, ref.reference)
    allowed = ref.may_reveal(session)
    return CaseBundle(
        case=load_case(session, ref.reference),
        may_reveal=allowed,
        terms=case_terms(session, ref.id) if allowed else None,
        staff=load_staff(session),
        version=version,
    )


_ADDS: dict[str, Callable[[Session, str, Any], Any]] = {
    "persons": people.add_person,
    "referrals": case_records.add_referral,
    "notes": notes.add_note,
    "hearings": hearings.add_hearing,
    "evidence": case_records.add_evidence,
}

_UPDATES: dict[str, Callable[[Session, str, Any], Any]] = {
    "persons": people.update_person,
    "referrals": case_records.update_referral,
    "hearings": hearings.update_hearing,
    "evidence": case_records.update_evidence,
    "notes": lambda session, note_id, note: notes.edit_note(session, note_id, note.text, note.kind),
}


def _add(session: Session, reference: str, item: PendingRecord) -> str | None:
    added = _ADDS[item.kind](session, reference, copy.deepcopy(item.record))
    return str(added.id) if added.id else None


def apply_save(session: Session, plan: SavePlan) -> SaveResult:
    """Everything in the plan in one transaction, then the case as it now stands.

    An open case must still be at the version the editor last saw (`EditConflict` otherwise,
    with nothing written). That is checked once, first: the services called after it see this
    save's own changes, so they are called without an expected version."""
    created: dict[str, str] = {}
    with session.db.atomic():
        if plan.reference is None:
            case = copy.deepcopy(plan.case)
            reference = open_case(session, case)
            for kind in KINDS:
                items = [r for r in plan.records if r.kind == kind]
                for item, saved in zip(items, getattr(case, kind), strict=True):
                    if saved.id:
                        created[item.key] = str(saved.id)
        else:
            reference = plan.reference
            edit_conflicts.expect_version(session, find_case(session, reference).id, plan.seen.value)
            if plan.changed:
                case_fields.update_case(session, reference, copy.deepcopy(plan.case), plan.changed)
            for item in plan.records:
                if item.target is None:
                    new_id = _add(session, reference, item)
                    if new_id:
                        created[item.key] = new_id
                else:
                    _UPDATES[item.kind](session, item.target, copy.deepcopy(item.record))
        bundle = load_bundle(session, reference)  # inside the transaction: the version it wrote
    plan.seen.value = bundle.version
    return SaveResult(bundle, created)


def save_court(session: Session, case: Case, seen: SeenVersion) -> int:
    """The Court tab's own save: the court record, expecting the version the editor last saw."""
    seen.value = save_court_record(session, case, expected_version=seen.value)
    return seen.value


@dataclass(frozen=True)
class Watched:
    """A passive look at the open case: the connection's data version, and the case's version
    when it is not the one the editor holds (None: nothing new)."""

    data_version: int
    newer: int | None


def watch_case(
    session: Session, reference: str, data_version: int | None, seen: SeenVersion, look: bool
) -> Watched:
    """Compared here, in turn with the editor's saves, so a save that just ran is not news."""
    found = edit_conflicts.watch(session, reference, data_version, look=look)
    newer = None if found.version is None or found.version == seen.value else found.version
    return Watched(found.data_version, newer)
