"""The court record of a case: saving it from the editor (its JSON is `interchange/case_json.py`).

The record (criminal cases and charges, prosecutor, disposition, exhibits, detention, per-child
measures, hearing witnesses and motions) is what a lawyer keeps for court, so changing it takes
the hearing permission (lawyers and supervisors). It is saved whole, in one transaction, and the
audit event names what kind of data changed, never its text.
"""

from __future__ import annotations

import logging

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case
from caseintake.domain.roles import Action
from caseintake.interchange.case_json import court_json, with_court_json
from caseintake.services.cases import find_case
from caseintake.services.edit_conflicts import case_version, expect_version
from caseintake.services.people import touch_case
from caseintake.services.session import Session
from caseintake.storage import court_record

__all__ = ["court_json", "save_court_record", "with_court_json"]

log = logging.getLogger(__name__)


def _check_links(case: Case) -> None:
    """Witnesses name persons of this case and exhibits its evidence entries, or nothing."""
    persons = {p.id for p in case.persons}
    evidence = {e.id for e in case.evidence}
    for h_index, hearing in enumerate(case.hearings):
        for w_index, w in enumerate(hearing.witnesses):
            if (w.person is None) == (w.name is None):
                raise InvalidInput(
                    f"hearings[{h_index}].witnesses[{w_index}]: give a person or a name",
                    field=f"hearings[{h_index}].witnesses[{w_index}]",
                    code="either_or",
                )
            if w.person is not None and w.person not in persons:
                raise InvalidInput(
                    f"hearings[{h_index}].witnesses[{w_index}].person: not a person of this case",
                    field=f"hearings[{h_index}].witnesses[{w_index}].person",
                    code="unknown_reference",
                )
    for x_index, x in enumerate(case.exhibits):
        if x.evidence is not None and x.evidence not in evidence:
            raise InvalidInput(
                f"exhibits[{x_index}].evidence: not an evidence entry of this case",
                field=f"exhibits[{x_index}].evidence",
                code="unknown_reference",
            )
    numbers = [c.number for c in case.criminal_cases]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput(
            "criminal_cases: lists the same case number twice", field="criminal_cases", code="duplicate"
        )
    markings = [x.marking for x in case.exhibits]
    if len(set(markings)) != len(markings):
        raise InvalidInput("exhibits: lists the same marking twice", field="exhibits", code="duplicate")


def save_court_record(session: Session, case: Case, *, expected_version: int | None = None) -> int:
    """Replace the stored court record of `case` (loaded with `load_case`, then edited); returns
    the case's version after the save. An editor's `expected_version` refuses a case changed
    since it was loaded (`edit_conflicts`), before anything is written."""
    session.require(Action.EDIT_HEARINGS)
    if case.reference is None:
        raise InvalidInput(
            "reference: the case has not been saved yet", field="reference", code="unsaved_case"
        )
    ref = find_case(session, case.reference)
    _check_links(case)
    with session.db.atomic():
        expect_version(session, ref.id, expected_version)
        court_record.replace(session.db, ref.id, case)
        touch_case(session, ref.id)
        session.audit(AuditAction.COURT_EDIT, "case", ref.uuid, {"criminal_cases": len(case.criminal_cases),
                                                       "exhibits": len(case.exhibits)})  # fmt: skip
        version = case_version(session, ref.reference)
    log.info("court record saved case=%s", ref.uuid)
    return version
