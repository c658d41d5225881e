"""Opening cases: one at a time from a form, or many at once from a file or the demo generator.

All paths end in `storage.case_store.insert_cases`, inside one transaction: a bad record anywhere
rejects the whole batch and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case
from caseintake.domain.roles import Action
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage import audit, case_store

log = logging.getLogger(__name__)

BATCH = 2000


def _user_ids(session: Session, cases: Sequence[Case]) -> dict[str, int]:
    known = {name: uid for uid, name in session.db.all("SELECT id, username FROM users")}
    for index, case in enumerate(cases):
        named: list[tuple[str, str | None]] = [("assigned_to", case.assigned_to)]
        named += [(f"notes[{i}].author", n.author) for i, n in enumerate(case.notes)]
        named += [(f"hearings[{i}].lawyer", h.lawyer) for i, h in enumerate(case.hearings)]
        for field, name in named:
            if name is not None and name not in known:
                raise InvalidInput(f"case {index}: {field}: no user named {name!r} exists in this database")
    return known


def _check_references(session: Session, cases: Sequence[Case]) -> None:
    seen: dict[str, int] = {}
    for index, case in enumerate(cases):
        if case.reference is None:
            continue
        if case.reference in seen:
            raise InvalidInput(
                f"case {index}: reference: {case.reference} is also used by case {seen[case.reference]}"
            )
        seen[case.reference] = index
    existing = case_store.existing_references(session.db, list(seen))
    if existing:
        first = min(existing, key=lambda ref: seen[ref])
        raise InvalidInput(f"case {seen[first]}: reference: {first} already exists in this database")


def _assign_references(session: Session, cases: Sequence[Case]) -> None:
    given = [c.reference for c in cases if c.reference is not None]
    case_store.record_given_references(session.db, given)
    pending = [c for c in cases if c.reference is None]
    if not pending:
        return
    prefix = session.setting("office_prefix", "CI")
    fresh = case_store.allocate_references(
        session.db, prefix, [c.opened_on.year for c in pending], set(given)
    )
    for case, reference in zip(pending, fresh, strict=True):
        case.reference = reference


def require_intake(session: Session, cases: Iterable[Case]) -> None:
    session.require(Action.IMPORT)
    if any(case.hearings for case in cases):
        session.require(Action.EDIT_HEARINGS)


def add_cases(
    session: Session, cases: Sequence[Case], *, action: str = "case.import", task: Task = NO_TASK
) -> list[str]:
    """Insert every case or none; returns the references in order."""
    require_intake(session, cases)
    db = session.db
    with db.atomic():
        user_ids = _user_ids(session, cases)
        _check_references(session, cases)
        _assign_references(session, cases)
        total = len(cases)
        for start in range(0, total, BATCH):
            task.step(start, total)
            batch = cases[start : start + BATCH]
            case_store.insert_cases(db, batch, user_ids, session.user.id)
            audit.append_many(
                db,
                session.username,
                [(action, "case", c.id or "", {"reference": c.reference}) for c in batch],
            )
        task.step(total, total)
    log.info("%s user=%s cases=%d", action, session.user.id, len(cases))
    return [c.reference or "" for c in cases]


def open_case(session: Session, case: Case) -> str:
    """A new case from the intake form; returns its reference."""
    session.require(Action.EDIT_CASE)
    return add_cases(session, [case], action="case.create")[0]
