"""Referrals and evidence: small records edited in place, audited (a case's own fields: `case_fields`).

Each takes an editor's `expected_version`: a case changed since is refused (`edit_conflicts`)."""

from __future__ import annotations

from caseintake.domain import checks
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import NotFound
from caseintake.domain.records import Evidence, Referral
from caseintake.domain.roles import Action
from caseintake.services.cases import find_case
from caseintake.services.edit_conflicts import expect_version
from caseintake.services.session import Session
from caseintake.storage import writes
from caseintake.storage.ids import new_id
from caseintake.storage.records import cases as cases_home
from caseintake.storage.records import evidence as evidence_home
from caseintake.storage.records import referrals as referrals_home


def _owner(found: tuple[int, str] | None, missing: str, code: str) -> tuple[int, str]:
    """(case id, case uuid) of a record's case; `missing` is the sentence (and `code` its code)
    when there is none."""
    if found is None:
        raise NotFound(missing, code=code)
    return found


def add_referral(
    session: Session, reference: str, referral: Referral, *, expected_version: int | None = None
) -> Referral:
    session.require(Action.EDIT_CASE)
    checks.check_referral(referral, "referral")
    case = find_case(session, reference)
    referral.id = new_id()
    db = session.db
    with db.atomic():
        expect_version(session, case.id, expected_version)
        referrals_home.insert(db, case.id, referral, writes.row_ids(db))
        cases_home.touch(db, case.id)
        session.audit(
            AuditAction.REFERRAL_ADD, "referral", referral.id, {"case": case.uuid, "kind": referral.kind}
        )
    return referral


def update_referral(
    session: Session, referral_id: str, referral: Referral, *, expected_version: int | None = None
) -> None:
    session.require(Action.EDIT_CASE)
    checks.check_referral(referral, "referral")
    db = session.db
    case_id, case_uuid = _owner(
        referrals_home.owner(db, referral_id), "There is no such referral.", "referral_not_found"
    )
    with db.atomic():
        expect_version(session, case_id, expected_version)
        referrals_home.update(db, referral_id, referral)
        cases_home.touch(db, case_id)
        session.audit(
            AuditAction.REFERRAL_EDIT, "referral", referral_id, {"case": case_uuid, "status": referral.status}
        )


def add_evidence(
    session: Session, reference: str, item: Evidence, *, expected_version: int | None = None
) -> Evidence:
    session.require(Action.EDIT_NOTES)
    checks.check_evidence(item, "evidence")
    case = find_case(session, reference)
    item.id = new_id()
    db = session.db
    with db.atomic():
        expect_version(session, case.id, expected_version)
        evidence_home.insert(db, case.id, item, writes.row_ids(db))
        cases_home.touch(db, case.id)
        session.audit(AuditAction.EVIDENCE_ADD, "evidence", item.id, {"case": case.uuid})
    return item


def update_evidence(
    session: Session, evidence_id: str, item: Evidence, *, expected_version: int | None = None
) -> None:
    """Correct an evidence register entry; the audit log keeps that it changed and who changed it."""
    session.require(Action.EDIT_NOTES)
    checks.check_evidence(item, "evidence")
    db = session.db
    case_id, case_uuid = _owner(
        evidence_home.owner(db, evidence_id), "There is no such evidence entry.", "evidence_not_found"
    )
    with db.atomic():
        expect_version(session, case_id, expected_version)
        evidence_home.update(db, evidence_id, item)
        cases_home.touch(db, case_id)
        session.audit(AuditAction.EVIDENCE_EDIT, "evidence", evidence_id, {"case": case_uuid})
