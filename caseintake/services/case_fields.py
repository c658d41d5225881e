"""Editing a case's own fields: status, dates, place, source, offenses, summary, assignee, consent.

The editor hands over the case as it now stands and names the fields the user changed; only
those columns and tables are written (a saved summary is not rewritten because the status
changed). Handing a case to someone else is a supervisor's decision: the case's identity key
follows it to the new assignee (DESIGN §3).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.checks import CASE_FIELDS, check_case_fields
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case
from caseintake.domain.roles import Action
from caseintake.services.cases import find_case
from caseintake.services.edit_conflicts import expect_version
from caseintake.services.session import Session
from caseintake.storage import case_keys
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import users

__all__ = ["update_case"]

log = logging.getLogger(__name__)


def update_case(
    session: Session,
    reference: str,
    case: Case,
    changed: Collection[str],
    *,
    expected_version: int | None = None,
) -> None:
    """Store the `changed` fields of `case` (the case as edited, checked whole before anything is
    written); the audit names the fields, never their values. With `expected_version` (an editor's),
    a case changed since that version is refused with `EditConflict` and left as it is."""
    session.require(Action.EDIT_CASE)
    fields = set(changed)
    unknown = fields - set(CASE_FIELDS)
    if "reference" in unknown:
        raise InvalidInput.at("reference", "a case keeps its reference", "reference_kept")
    if unknown:
        first = sorted(unknown)[0]
        raise InvalidInput.at(first, "is not a field of the case an edit may change", "not_editable")
    ref = find_case(session, reference)
    if case.reference is not None and case.reference.strip().upper() != ref.reference:
        raise InvalidInput.at("reference", "a case keeps its reference", "reference_kept")
    check_case_fields(case)
    if not fields:
        return
    assignee = ref.assigned_to
    if "assigned_to" in fields:
        found = users.id_of(session.db, case.assigned_to)
        if found is None:
            raise InvalidInput.at(
                "assigned_to",
                f"no user named {case.assigned_to!r} exists in this database",
                "unknown_user",
                {"username": case.assigned_to},
            )
        assignee = found
    if assignee != ref.assigned_to:
        # Reassigning hands over the right to reveal the case's identities (DESIGN §3).
        session.require(Action.REASSIGN_CASE)
    columns: dict[str, Any] = {
        name: value
        for name, value in zip(cases_home.FIELDS, cases_home.values(case, assignee), strict=True)
        if name in fields and name != "assigned_to"
    }
    if assignee != ref.assigned_to:
        columns["assigned_to"] = assignee
    db = session.db
    with db.atomic():
        expect_version(session, ref.id, expected_version)
        cases_home.update(db, ref.id, columns)
        if assignee != ref.assigned_to:  # the case's identity key follows it to the new assignee
            case_keys.reassign(db, ref.id, assignee)
        if "summary" in fields:
            cases_home.set_summary(db, ref.id, case.summary)
        if "offenses" in fields:
            cases_home.set_offenses(db, ref.id, case.offenses)
        if "accommodations" in fields:
            cases_home.set_accommodations(db, ref.id, case.accommodations)
        cases_home.touch(db, ref.id)
        session.audit(AuditAction.CASE_EDIT, "case", ref.uuid, {"fields": sorted(fields)})
    log.info("case fields saved case=%s fields=%s", ref.uuid, ",".join(sorted(fields)))
