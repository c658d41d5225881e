"""Opening cases: one at a time from a form, or many at once from a file or the demo generator.

All paths end in `storage.case_store.insert_cases`, inside one transaction: a bad record anywhere
rejects the whole batch and changes nothing.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import InvalidInput, PermissionDenied
from caseintake.domain.records import Case
from caseintake.domain.roles import Action, may
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage import audit, case_store, search_index, team_store
from caseintake.storage.records import users

log = logging.getLogger(__name__)

BATCH = 2000
DEMO_ACTION = AuditAction.CASE_DEMO


def _user_ids(session: Session, cases: Sequence[Case]) -> dict[str, int]:
    known = users.user_ids(session.db)
    for index, case in enumerate(cases):
        named: list[tuple[str, str | None]] = [("assigned_to", case.assigned_to)]
        named += [(f"notes[{i}].author", n.author) for i, n in enumerate(case.notes)]
        named += [(f"hearings[{i}].lawyer", h.lawyer) for i, h in enumerate(case.hearings)]
        for field, name in named:
            if name is not None and name not in known:
                raise InvalidInput(
                    f"case {index}: {field}: no user named {name!r} exists in this database",
                    field=f"cases[{index}].{field}",
                    code="unknown_user",
                    params={"username": name},
                )
    return known


def _check_references(session: Session, cases: Sequence[Case]) -> None:
    seen: dict[str, int] = {}
    for index, case in enumerate(cases):
        if case.reference is None:
            continue
        if case.reference in seen:
            raise InvalidInput(
                f"case {index}: reference: {case.reference} is also used by case {seen[case.reference]}",
                field=f"cases[{index}].reference",
                code="reference_repeated",
                params={"reference": case.reference, "other_number": seen[case.reference] + 1},
            )
        seen[case.reference] = index
    existing = case_store.existing_references(session.db, list(seen))
    if existing:
        first = min(existing, key=lambda ref: seen[ref])
        raise InvalidInput(
            f"case {seen[first]}: reference: {first} already exists in this database",
            field=f"cases[{seen[first]}].reference",
            code="reference_taken",
            params={"reference": first},
        )


def _assign_references(session: Session, cases: Sequence[Case]) -> None:
    given = [c.reference for c in cases if c.reference is not None]
    case_store.record_given_references(session.db, given)
    if len(given) == len(cases):
        return
    prefix = office_prefix(session)
    serials = case_store.read_serials(session.db, prefix)
    before = dict(serials)
    case_store.assign_references(cases, prefix, serials, set(given))
    team_store.check_serials(session.db, {y: n for y, n in serials.items() if n != before.get(y)})
    case_store.save_serials(session.db, prefix, serials)


def office_prefix(session: Session) -> str:
    return session.setting("office_prefix", "CI")


def require_intake(session: Session, cases: Iterable[Case]) -> None:
    session.require(Action.IMPORT)
    if any(case.hearings for case in cases):
        session.require(Action.EDIT_HEARINGS)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Bulk work allocates millions of small objects that all stay alive; letting the cyclic
    collector rescan them again and again costs a third of the time and frees nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_assignees(session: Session, cases: Sequence[Case]) -> None:
    """Only supervisors assign a case to someone else; a social worker's new cases are hers."""
    if may(session.role, Action.REASSIGN_CASE):
        return
    for index, case in enumerate(cases):
        if case.assigned_to != session.username:
            raise PermissionDenied(
                f"case {index}: assigned_to: only a supervisor may open a case assigned to someone "
                f"else ({case.assigned_to!r}); a case you open is assigned to you.",
                code="assign_to_other",
                params={"case_number": index + 1, "username": case.assigned_to},
            )


def _insert_batch(session: Session, batch: Sequence[Case], offset: int, action: AuditAction) -> None:
    """Validate what needs the database (users, references), then write one batch."""
    try:
        _check_assignees(session, batch)
        user_ids = _user_ids(session, batch)
        _check_references(session, batch)
    except (InvalidInput, PermissionDenied) as exc:
        if offset:
            raise _shifted(exc, offset) from None
        raise
    _assign_references(session, batch)
    # Only a file import is marked as one: a form's case and demo data are written in the app.
    imported = (
        case_store.Provenance(session.user.id, audit.now_utc()) if action == AuditAction.CASE_IMPORT else None
    )
    case_store.insert_cases(session.db, batch, user_ids, session.user.id, imported=imported)
    if action == DEMO_ACTION:
        # Synthetic cases: one event per batch says what was generated, by whom and when.
        first, last = batch[0].reference or "", batch[-1].reference or ""
        audit.append(
            session.db,
            session.username,
            action,
            "case",
            first,
            {"cases": len(batch), "first": first, "last": last},
        )
        return
    audit.append_many(
        session.db,
        session.username,
        [(action, "case", c.id or "", {"reference": c.reference}) for c in batch],
    )


def _shift_case_index(message: str, offset: int) -> str:
    """Error messages count cases from the start of the file, not of the batch."""
    return re.sub(r"\bcase (\d+)", lambda m: f"case {int(m.group(1)) + offset}", message)


def _shifted(exc: InvalidInput | PermissionDenied, offset: int) -> InvalidInput | PermissionDenied:
    """The same error counting from the start of the file: sentence, field path and params."""
    message = _shift_case_index(str(exc), offset)
    params = {
        key: str(int(value) + offset) if key in ("case_number", "other_number") else value
        for key, value in exc.params.items()
    }
    if isinstance(exc, InvalidInput):
        field = re.sub(r"^cases\[(\d+)\]", lambda m: f"cases[{int(m.group(1)) + offset}]", exc.field)
        return InvalidInput(message, field=field, code=exc.code, params=params)
    return PermissionDenied(message, code=exc.code, params=params)


def add_case_batches(
    session: Session,
    batches: Iterable[Sequence[Case]],
    total: int,
    *,
    action: AuditAction = AuditAction.CASE_IMPORT,
    task: Task = NO_TASK,
    hearings: bool = True,
) -> list[str]:
    """Insert cases as they arrive, all in one transaction: every case or none.

    `hearings` says whether the batches may hold hearings, so the permission is checked before
    anything is read; a batch with hearings is refused otherwise.
    """
    session.require(Action.IMPORT)
    if hearings:
        session.require(Action.EDIT_HEARINGS)
    references: list[str] = []
    with paused_gc(), session.db.atomic():
        for batch in batches:
            task.step(len(references), total)
            if not hearings:
                require_intake(session, batch)
            _insert_batch(session, batch, len(references), action)
            references.extend(c.reference or "" for c in batch)
        search_index.merge_after_bulk(session.db, len(references))
        task.step(len(references), len(references))  # `total` may have been an estimate
    log.info("%s user=%s cases=%d", action, session.user.id, len(references))
    return references


def add_cases(
    session: Session,
    cases: Sequence[Case],
    *,
    action: AuditAction = AuditAction.CASE_IMPORT,
    task: Task = NO_TASK,
) -> list[str]:
    """Insert every case or none; returns the references in order."""
    require_intake(session, cases)
    batches = (cases[start : start + BATCH] for start in range(0, len(cases), BATCH))
    return add_case_batches(
        session, batches, len(cases), action=action, task=task, hearings=any(c.hearings for c in cases)
    )


def open_case(session: Session, case: Case) -> str:
    """A new case from the intake form; returns its reference."""
    session.require(Action.EDIT_CASE)
    return add_cases(session, [case], action=AuditAction.CASE_CREATE)[0]
