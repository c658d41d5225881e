"""Printing a hearing summary: the use case behind `caseintake summary` and the GUI's print action.

The order of the steps is the point. The permission is checked before anything is read; the
identity-leak guard reads every string the document will print before it is laid out; the laid-
out bytes pass the no-media verifier before they touch the disk; and the file is written inside
the transaction that records it in the document register, so a failure at any step leaves no
file, no register row and no audit event.

The office's working notes (forensic interviews, medical visits, shelter incidents) are not for
the other side: a summary prints none unless the lawyer names them (`note_ids`), and each chosen
note still passes the leak guard with the rest of the document.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError, InvalidInput, NotFound
from caseintake.domain.records import Hearing, Note
from caseintake.domain.roles import Action
from caseintake.reports.hearing_summary import (
    LAYOUT_NAMES,
    HearingSummary,
    compose_hearing_summary,
    render_hearing_summary,
)
from caseintake.reports.labels import MANILA, manila
from caseintake.reports.pdf_safety import verify_pdf_bytes
from caseintake.reports.pdf_style import PAPER_SIZES
from caseintake.services import leak_guard
from caseintake.services.cases import find_case, load_case
from caseintake.services.documents import new_document_id, register_document
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage.records import users
from caseintake.storage.safe_output import check_output, write_output

log = logging.getLogger(__name__)

DOCUMENT_KIND = "hearing_summary"
_MIN_ID_PART = 6
_STEPS = 5


class UnsafeDocument(CaseintakeError):
    """A generated PDF failed the no-media check; it was not written (refused by policy)."""

    exit_status = 5


@dataclass(frozen=True)
class WrittenSummary:
    document_id: str
    path: Path
    sha256: str
    pages: int
    reference: str
    hearing_id: str
    hearing_kind: str
    hearing_starts_at: datetime


def choose_hearing(
    hearings: Sequence[Hearing], hearing_id: str | None, today: date, reference: str
) -> Hearing:
    """The hearing asked for by id; else the next scheduled from today (Philippine date); else the
    latest one on record."""
    if not hearings:
        raise NotFound(
            f"Case {reference} has no hearings; add a hearing before printing a summary.",
            code="summary_no_hearings",
            params={"reference": reference},
        )
    if hearing_id:
        return _hearing_by_id(hearings, hearing_id, reference)
    upcoming = [h for h in hearings if h.status == "scheduled" and manila(h.starts_at).date() >= today]
    if upcoming:
        return min(upcoming, key=lambda h: h.starts_at)
    return max(hearings, key=lambda h: h.starts_at)


def _hearing_by_id(hearings: Sequence[Hearing], hearing_id: str, reference: str) -> Hearing:
    """The whole id, or enough of its start or end to name one hearing. Ids are time-ordered
    UUIDs, so hearings entered together share their first characters and differ at the end."""
    found: Hearing = _by_id({h.id: h for h in hearings if h.id}, hearing_id, reference, "hearing")
    return found


def choose_notes(notes: Sequence[Note], note_ids: Sequence[str], reference: str) -> tuple[str, ...]:
    """The full ids of the notes the lawyer named (whole ids, or their first or last characters)."""
    by_id = {n.id: n for n in notes if n.id}
    chosen = [_by_id(by_id, wanted, reference, "note").id for wanted in note_ids]
    return tuple(dict.fromkeys(str(i) for i in chosen))


def _by_id(records: dict[str, Any], wanted_id: str, reference: str, what: str) -> Any:
    wanted = wanted_id.strip().lower().replace("-", "")
    ids = {key.lower().replace("-", ""): record for key, record in records.items()}
    matches = [ids[wanted]] if wanted in ids else []
    if not matches and len(wanted) >= _MIN_ID_PART:
        matches = [r for key, r in ids.items() if key.startswith(wanted) or key.endswith(wanted)]
    if len(matches) != 1:
        problem = f"more than one {what}" if matches else f"no {what}"
        message = f"Case {reference} has {problem} with id {wanted_id!r}."
        if what == "note":
            code = "note_id_ambiguous" if matches else "note_id_not_found"
        else:
            code = "hearing_id_ambiguous" if matches else "hearing_id_not_found"
        raise NotFound(message, code=code, params={"reference": reference, "id": wanted_id})
    return matches[0]


def _staff_names(session: Session) -> dict[str, str]:
    """Display names of staff (not case data): who wrote a note, who handles a hearing."""
    return users.display_names(session.db)


def write_hearing_summary(
    session: Session,
    reference: str,
    out: Path,
    *,
    hearing_id: str | None = None,
    paper: str = "long",
    layout: str = "court",
    note_ids: Sequence[str] = (),
    include_note_text: bool = True,
    today: date | None = None,
    document_id: str | None = None,
    invariant: bool = False,
    task: Task = NO_TASK,
    force: bool = False,
) -> WrittenSummary:
    """Compose, guard, verify, write and register one summary; returns what was written.

    `note_ids` names the working notes to print (none by default); `include_note_text=False`
    prints those by date, kind and author only; `layout` is "court" or "working-copy".
    `today`, `document_id` and `invariant` exist for reproducible output in tests and samples;
    `task` reports the five steps and lets the GUI cancel between them. `out` is checked like
    every output (`safe_output`); `force` replaces an existing file there.
    """
    session.require(Action.HEARING_SUMMARY)
    check_output(out, session.db.path, force=force)  # before any work: a refusal costs nothing
    if paper.lower() not in PAPER_SIZES:
        raise InvalidInput(
            f"Unknown paper size {paper!r}; use {', '.join(PAPER_SIZES)}.",
            code="unknown_paper_size",
            params={"paper": paper, "choices": ", ".join(PAPER_SIZES)},
        )
    if layout not in LAYOUT_NAMES:
        raise InvalidInput(
            f"Unknown layout {layout!r}; use {' or '.join(LAYOUT_NAMES)}.",
            code="unknown_layout",
            params={"layout": layout, "choices": ", ".join(LAYOUT_NAMES)},
        )
    ref = find_case(session, reference)
    case = load_case(session, ref.reference)
    today = today or datetime.now(MANILA).date()
    hearing = choose_hearing(case.hearings, hearing_id, today, ref.reference)
    chosen_notes = choose_notes(case.notes, note_ids, ref.reference)
    document_id = document_id or new_document_id()
    summary = HearingSummary(
        case=case,
        hearing=hearing,
        document_id=document_id,
        prepared_by=session.user.display_name or session.username,
        prepared_role=session.role,
        prepared_on=today,
        office_name=session.setting("office_name"),
        staff_names=_staff_names(session),
        paper=paper.lower(),
        layout=layout,
        note_ids=chosen_notes,
        include_note_text=include_note_text,
    )
    task.step(0, _STEPS)
    doc = compose_hearing_summary(summary)
    task.step(1, _STEPS)
    leak_guard.check_output(
        session,
        doc.text,
        [ref.id],
        what="hearing summary",
        sources=doc.parts,
        code="identity_leak.hearing_summary",
    )
    task.step(2, _STEPS)
    rendered = render_hearing_summary(doc, invariant=invariant)
    task.step(3, _STEPS)
    findings = verify_pdf_bytes(rendered.data)
    if findings:
        kinds = ", ".join(sorted({f.kind for f in findings}))
        log.error("summary failed the no-media check case=%s kinds=%s", ref.uuid, kinds)
        raise UnsafeDocument(
            f"The hearing summary failed the no-media check ({kinds}); nothing was written.",
            code="summary_unsafe",
            params={"kinds": kinds},
        )
    digest = hashlib.sha256(rendered.data).hexdigest()
    task.step(4, _STEPS)
    with session.db.atomic():
        register_document(session, DOCUMENT_KIND, ref.id, digest, document_id)
        session.audit(
            AuditAction.SUMMARY_WRITE,
            "case",
            ref.uuid,
            {
                "hearing": hearing.id,
                "document": document_id,
                "pages": rendered.pages,
                "paper": summary.paper,
                "layout": layout,
                "notes": list(chosen_notes),
            },
        )
        task.step(_STEPS, _STEPS)  # the last point where a cancel still changes nothing
        try:
            write_output(out, rendered.data, session.db.path, force=force)
        except CaseintakeError:
            raise
        except OSError as exc:
            raise CaseintakeError(
                f"Cannot write {out}: {exc.strerror or 'write failed'}.",
                code="cannot_write",
                params={"path": out, "reason": exc.strerror or "write failed"},
            ) from None
    log.info("summary written case=%s document=%s pages=%d", ref.uuid, document_id, rendered.pages)
    return WrittenSummary(
        document_id=document_id,
        path=out,
        sha256=digest,
        pages=rendered.pages,
        reference=ref.reference,
        hearing_id=hearing.id or "",
        hearing_kind=hearing.kind,
        hearing_starts_at=hearing.starts_at,
    )
