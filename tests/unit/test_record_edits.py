"""Referral, evidence, hearing and note edits take typed records: a bad value is refused with the
path of the field that holds it, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.records import Evidence, Hearing, Note, Referral
from caseintake.services import case_records, hearings, notes
from caseintake.services.cases import load_case
from caseintake.services.session import Session
from tests.conftest import import_cases, sample_case

TABLES = ("referral", "evidence", "hearing", "note", "note_version", "audit", "cases")


@pytest.fixture
def ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def _snapshot(session: Session) -> dict[str, list[str]]:
    # Table names are the fixed list above.
    return {t: sorted(map(repr, session.db.all(f"SELECT * FROM {t}"))) for t in TABLES}  # nosec B608


def _referral(**changes: Any) -> Referral:
    fields: dict[str, Any] = {
        "agency": "DSWD Field Office VII",
        "kind": "psychosocial",
        "referred_on": date(2026, 3, 1),
        "status": "pending",
        **changes,
    }
    return Referral(**fields)


def _hearing(**changes: Any) -> Hearing:
    fields: dict[str, Any] = {
        "court": "RTC Branch 7",
        "kind": "trial",
        "starts_at": datetime.fromisoformat("2026-12-10T09:00:00+08:00"),
        "status": "scheduled",
        **changes,
    }
    return Hearing(**fields)


def _note(**changes: Any) -> Note:
    fields: dict[str, Any] = {
        "kind": "general",
        "written_at": datetime.now(UTC),
        "text": "Checked in.",
        **changes,
    }
    return Note(**fields)


def _refused(session: Session, field: str, action: Callable[[], object]) -> None:
    before = _snapshot(session)
    with pytest.raises(InvalidInput) as caught:
        action()
    assert caught.value.field == field
    assert _snapshot(session) == before


def test_a_bad_referral_edit_names_the_field_and_changes_nothing(store: dict[str, Any], ref: str) -> None:
    worker = store["worker"]
    saved = case_records.add_referral(worker, ref, _referral())
    assert saved.id is not None
    referral_id = saved.id
    _refused(
        worker,
        "referral.kind",
        lambda: case_records.update_referral(worker, referral_id, _referral(kind="spa")),
    )
    _refused(
        worker,
        "referral.follow_up_on",
        lambda: case_records.update_referral(worker, referral_id, _referral(follow_up_on="next week")),
    )
    _refused(
        worker, "referral.agency", lambda: case_records.add_referral(worker, ref, _referral(agency="  "))
    )
    case_records.update_referral(worker, referral_id, _referral(status="completed", note="Done."))
    stored = next(r for r in load_case(worker, ref).referrals if r.id == referral_id)
    assert (stored.status, stored.note) == ("completed", "Done.")


def test_a_bad_evidence_edit_names_the_field_and_changes_nothing(store: dict[str, Any], ref: str) -> None:
    lawyer = store["lawyer"]
    saved = case_records.add_evidence(lawyer, ref, Evidence("Laptop", custodian="NBI-CCD"))
    assert saved.id is not None
    item_id = saved.id
    _refused(
        lawyer,
        "evidence.sha256",
        lambda: case_records.update_evidence(lawyer, item_id, Evidence("Laptop", sha256="not a digest")),
    )
    _refused(
        lawyer,
        "evidence.description",
        lambda: case_records.add_evidence(lawyer, ref, Evidence(description="")),
    )
    with pytest.raises(NotFound):
        case_records.update_evidence(lawyer, "no-such-entry", Evidence("Laptop"))


def test_a_bad_hearing_edit_names_the_field_and_changes_nothing(store: dict[str, Any], ref: str) -> None:
    lawyer = store["lawyer"]
    saved = hearings.add_hearing(lawyer, ref, _hearing(lawyer="lawyer"))
    assert saved.id is not None
    hearing_id = saved.id
    _refused(
        lawyer,
        "hearing.status",
        lambda: hearings.update_hearing(lawyer, hearing_id, _hearing(status="maybe")),
    )
    naive = datetime(2026, 12, 10, 9, 0)  # no offset: refused
    _refused(
        lawyer,
        "hearing.starts_at",
        lambda: hearings.update_hearing(lawyer, hearing_id, _hearing(starts_at=naive)),
    )
    _refused(
        lawyer,
        "hearing.lawyer",
        lambda: hearings.update_hearing(lawyer, hearing_id, _hearing(lawyer="ghost")),
    )
    _refused(lawyer, "hearing.court", lambda: hearings.add_hearing(lawyer, ref, _hearing(court=" ")))
    hearings.update_hearing(lawyer, hearing_id, _hearing(status="held", lawyer="lawyer"))
    stored = next(h for h in load_case(lawyer, ref).hearings if h.id == hearing_id)
    assert (stored.status, stored.lawyer) == ("held", "lawyer")


def test_a_bad_note_names_the_field_and_changes_nothing(store: dict[str, Any], ref: str) -> None:
    worker = store["worker"]
    saved = notes.add_note(worker, ref, _note())
    assert saved.id is not None and saved.author == "worker"
    note_id = saved.id
    _refused(
        worker, "note.kind", lambda: notes.edit_note(worker, note_id, "Checked in again.", kind="gossip")
    )
    _refused(worker, "note.text", lambda: notes.edit_note(worker, note_id, "bell\x07"))
    _refused(worker, "note.kind", lambda: notes.add_note(worker, ref, _note(kind="gossip")))
    _refused(worker, "note.author", lambda: notes.add_note(worker, ref, _note(author="lawyer")))
    assert notes.edit_note(worker, note_id, "Checked in again.") == 2
    assert [v.text for v in notes.note_versions(worker, note_id)] == ["Checked in.", "Checked in again."]
