"""Referrals, evidence and the case's own fields: small records edited in place, audited."""

from __future__ import annotations

from typing import Any

from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Evidence, Referral
from caseintake.domain.roles import Action
from caseintake.interchange.schema import parse_case, parse_evidence, parse_referral
from caseintake.services.cases import case_json, find_case, load_case, owning_case
from caseintake.services.people import touch_case
from caseintake.services.session import Session
from caseintake.storage import case_keys, guard_index
from caseintake.storage.ids import new_id


def _day(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def add_referral(session: Session, reference: str, data: dict[str, Any]) -> Referral:
    session.require(Action.EDIT_CASE)
    referral = parse_referral(data, "referral")
    case = find_case(session, reference)
    referral.id = new_id()
    with session.db.atomic():
        session.db.execute(
            "INSERT INTO referral (uuid, case_id, agency, kind, referred_on, status, follow_up_on, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                referral.id,
                case.id,
                referral.agency,
                referral.kind,
                referral.referred_on.isoformat(),
                referral.status,
                _day(referral.follow_up_on),
                referral.note,
            ),
        )
        referral_row = session.db.scalar("SELECT id FROM referral WHERE uuid = ?", (referral.id,))
        guard_index.index_placements(
            session.db, [(referral_row, case.id, referral.kind, referral.agency, referral.note)]
        )
        touch_case(session, case.id)
        session.audit("referral.add", "referral", referral.id, {"case": case.uuid, "kind": referral.kind})
    return referral


def update_referral(session: Session, referral_id: str, data: dict[str, Any]) -> None:
    session.require(Action.EDIT_CASE)
    referral = parse_referral(data, "referral")
    case_id, case_uuid = owning_case(session, "referral", referral_id, "There is no such referral.")
    with session.db.atomic():
        session.db.execute(
            "UPDATE referral SET agency = ?, kind = ?, referred_on = ?, status = ?, follow_up_on = ?,"
            " note = ? WHERE uuid = ?",
            (
                referral.agency,
                referral.kind,
                referral.referred_on.isoformat(),
                referral.status,
                _day(referral.follow_up_on),
                referral.note,
                referral_id,
            ),
        )
        referral_row = session.db.scalar("SELECT id FROM referral WHERE uuid = ?", (referral_id,))
        guard_index.index_placements(
            session.db, [(referral_row, case_id, referral.kind, referral.agency, referral.note)]
        )
        touch_case(session, case_id)
        session.audit(
            "referral.edit", "referral", referral_id, {"case": case_uuid, "status": referral.status}
        )


def add_evidence(session: Session, reference: str, data: dict[str, Any]) -> Evidence:
    session.require(Action.EDIT_NOTES)
    item = parse_evidence(data, "evidence")
    case = find_case(session, reference)
    item.id = new_id()
    with session.db.atomic():
        session.db.execute(
            "INSERT INTO evidence (uuid, case_id, description, custodian, reference, sha256, received_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                case.id,
                item.description,
                item.custodian,
                item.reference,
                item.sha256,
                _day(item.received_on),
            ),
        )
        touch_case(session, case.id)
        session.audit("evidence.add", "evidence", item.id, {"case": case.uuid})
    return item


def update_case(session: Session, reference: str, changes: dict[str, Any]) -> None:
    """Change the case's own fields; the record is re-validated whole, as an import would be."""
    session.require(Action.EDIT_CASE)
    current = case_json(load_case(session, reference))
    merged = {
        k: v
        for k, v in current.items()
        if k not in ("id", "persons", "referrals", "notes", "hearings", "evidence")
    }
    merged.update(changes)
    case = parse_case(merged)
    ref = find_case(session, reference)
    if case.reference != ref.reference:
        raise InvalidInput("reference: a case keeps its reference")
    assigned = session.db.scalar("SELECT id FROM users WHERE username = ?", (case.assigned_to,))
    if assigned is None:
        raise InvalidInput(f"assigned_to: no user named {case.assigned_to!r} exists in this database")
    if assigned != ref.assigned_to:
        # Reassigning hands over the right to reveal the case's identities (DESIGN §3).
        session.require(Action.REASSIGN_CASE)
    db = session.db
    with db.atomic():
        db.execute(
            "UPDATE cases SET status = ?, opened_on = ?, closed_on = ?, region = ?, province = ?,"
            " source_kind = ?, source_reference = ?, assigned_to = ?, consent_statistics = ?"
            " WHERE id = ?",
            (
                case.status,
                case.opened_on.isoformat(),
                _day(case.closed_on),
                case.region,
                case.province,
                case.source_kind,
                case.source_reference,
                assigned,
                case.consent_statistics,
                ref.id,
            ),
        )
        if assigned != ref.assigned_to:  # the case's identity key follows it to the new assignee
            case_keys.reassign(db, ref.id, int(assigned))
        db.execute("UPDATE case_text SET summary = ? WHERE case_id = ?", (case.summary, ref.id))
        db.execute("DELETE FROM case_offense WHERE case_id = ?", (ref.id,))
        db.executemany(
            "INSERT INTO case_offense (case_id, offense) VALUES (?, ?)", [(ref.id, o) for o in case.offenses]
        )
        db.execute("DELETE FROM case_accommodation WHERE case_id = ?", (ref.id,))
        db.executemany(
            "INSERT INTO case_accommodation (case_id, accommodation) VALUES (?, ?)",
            [(ref.id, a) for a in case.accommodations],
        )
        touch_case(session, ref.id)
        session.audit("case.edit", "case", ref.uuid, {"fields": sorted(changes)})


def update_evidence(session: Session, evidence_id: str, data: dict[str, Any]) -> None:
    """Correct an evidence register entry; the audit log keeps that it changed and who changed it."""
    session.require(Action.EDIT_NOTES)
    item = parse_evidence(data, "evidence")
    case_id, case_uuid = owning_case(session, "evidence", evidence_id, "There is no such evidence entry.")
    with session.db.atomic():
        session.db.execute(
            "UPDATE evidence SET description = ?, custodian = ?, reference = ?, sha256 = ?, received_on = ?"
            " WHERE uuid = ?",
            (
                item.description,
                item.custodian,
                item.reference,
                item.sha256,
                _day(item.received_on),
                evidence_id,
            ),
        )
        touch_case(session, case_id)
        session.audit("evidence.edit", "evidence", evidence_id, {"case": case_uuid})
