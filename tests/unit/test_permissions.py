"""Every row of the permission table in DESIGN §3, enforced by the services themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from caseintake.domain.errors import PermissionDenied
from caseintake.domain.records import Evidence, Hearing, Note, Person, Referral
from caseintake.services import case_fields, case_records, hearings, leak_guard, notes, people, users
from caseintake.services.cases import load_case
from tests.conftest import import_cases, sample_case


def _hearing() -> Hearing:
    return Hearing(
        court="RTC Branch 7",
        kind="trial",
        starts_at=datetime.fromisoformat("2026-12-10T09:00:00+08:00"),
        status="scheduled",
    )


@pytest.fixture
def case_ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def _edit_case(session: Any, ref: str, **changes: Any) -> None:
    """The case editor's save of the case's own fields: the case as edited, and what changed."""
    case_fields.update_case(session, ref, replace(load_case(session, ref), **changes), set(changes))


def _victim_id(store: dict[str, Any], ref: str) -> str:
    victim = load_case(store["sup"], ref).persons[0]
    assert victim.id is not None
    return victim.id


@pytest.mark.parametrize(("role", "allowed"), [("worker", True), ("lawyer", False), ("sup", True)])
def test_edit_cases_people_referrals(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    session = store[role]
    actions = [
        lambda: import_cases(session, sample_case(hearings=[])),
        lambda: people.add_person(session, case_ref, Person(role="witness", name="PO2 Santos")),
        lambda: case_records.add_referral(
            session,
            case_ref,
            Referral(
                agency="PNP-WCPC", kind="law_enforcement", referred_on=date(2026, 3, 1), status="pending"
            ),
        ),
        lambda: _edit_case(session, case_ref, status="active"),
    ]
    for action in actions:
        if allowed:
            action()
        else:
            with pytest.raises(PermissionDenied):
                action()


@pytest.mark.parametrize("role", ["worker", "lawyer", "sup"])
def test_everyone_writes_notes_and_evidence(store: dict[str, Any], case_ref: str, role: str) -> None:
    notes.add_note(
        store[role], case_ref, Note(kind="general", written_at=datetime.now(UTC), text="Checked in.")
    )
    case_records.add_evidence(store[role], case_ref, Evidence(description="Laptop", custodian="NBI-CCD"))


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", True), ("sup", True)])
def test_hearings(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    if allowed:
        hearings.add_hearing(store[role], case_ref, _hearing())
    else:
        with pytest.raises(PermissionDenied):
            hearings.add_hearing(store[role], case_ref, _hearing())


def test_social_worker_may_view_hearings(store: dict[str, Any], case_ref: str) -> None:
    from datetime import date

    assert hearings.agenda(store["worker"], date(2026, 12, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("role", "allowed"), [("worker", True), ("other", False), ("lawyer", True), ("sup", True)]
)
def test_reveal_identity(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    victim = _victim_id(store, case_ref)
    if allowed:
        assert people.reveal_identity(store[role], victim).legal_name == "Maria Luz Bautista"
        events = store["sup"].db.all(
            "SELECT username FROM audit WHERE action = 'identity.reveal' AND entity_id = ?", (victim,)
        )
        assert events == [(store[role].username,)]
    else:
        with pytest.raises(PermissionDenied, match="only in their own cases"):
            people.reveal_identity(store[role], victim)


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", False), ("sup", True)])
def test_manage_users(store: dict[str, Any], role: str, allowed: bool) -> None:
    if allowed:
        users.add_user(store[role], "newlawyer", "lawyer", "a long passphrase")
        users.disable_user(store[role], "newlawyer")
    else:
        with pytest.raises(PermissionDenied):
            users.add_user(store[role], "newlawyer", "lawyer", "a long passphrase")
        with pytest.raises(PermissionDenied):
            users.disable_user(store[role], "other")


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", True), ("sup", True)])
def test_allow_leak_word(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    victim = _victim_id(store, case_ref)
    if allowed:
        leak_guard.allow_word(store[role], victim, "Luz")
    else:
        with pytest.raises(PermissionDenied):
            leak_guard.allow_word(store[role], victim, "Luz")


def test_refusal_changes_nothing(store: dict[str, Any], case_ref: str) -> None:
    before = store["sup"].db.scalar("SELECT count(*) FROM audit")
    with pytest.raises(PermissionDenied):
        users.add_user(store["lawyer"], "x1", "lawyer", "a long passphrase")
    assert store["sup"].db.scalar("SELECT count(*) FROM users WHERE username = 'x1'") == 0
    assert store["sup"].db.scalar("SELECT count(*) FROM audit") == before


# -- issue 12: roles the keys now depend on --------------------------------------------------------


def test_only_a_supervisor_reassigns_a_case(store: dict[str, Any], case_ref: str) -> None:
    """A social worker once reassigned a case to herself in the editor, then revealed its identities."""
    from caseintake.services.cases import find_case

    before = find_case(store["sup"], case_ref).assigned_to
    for role in ("worker", "other"):
        with pytest.raises(PermissionDenied, match="reassign"):
            _edit_case(store[role], case_ref, assigned_to="other")
    assert find_case(store["sup"], case_ref).assigned_to == before
    _edit_case(store["worker"], case_ref, status="active")  # other edits still work
    _edit_case(store["sup"], case_ref, assigned_to="other")
    assert load_case(store["sup"], case_ref).assigned_to == "other"


def test_a_social_workers_new_case_is_assigned_to_her(store: dict[str, Any]) -> None:
    from caseintake.interchange.importer import parse_document
    from caseintake.services.intake import open_case

    [mine] = parse_document({"format": "caseintake/1", "cases": [sample_case(hearings=[])]})
    reference = open_case(store["worker"], mine)
    assert load_case(store["sup"], reference).assigned_to == "worker"
    [theirs] = parse_document(
        {"format": "caseintake/1", "cases": [sample_case(hearings=[], assigned_to="other")]}
    )
    with pytest.raises(PermissionDenied, match="assigned to someone else"):
        open_case(store["worker"], theirs)
    with pytest.raises(PermissionDenied, match="case 1: assigned_to"):
        import_cases(store["worker"], sample_case(hearings=[]), sample_case(hearings=[], assigned_to="sup"))
    import_cases(store["sup"], sample_case(hearings=[], assigned_to="other"))


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", False), ("sup", True)])
def test_users_list_is_for_supervisors(store: dict[str, Any], role: str, allowed: bool) -> None:
    users.disable_user(store["sup"], "other")
    if allowed:
        listed = users.list_users(store[role])
        assert ("other", False) in [(u.username, u.active) for u in listed]
    else:
        with pytest.raises(PermissionDenied, match="list staff accounts"):
            users.list_users(store[role])
    # Everyone's pickers see active colleagues only, never the disabled ones or their state.
    assert "other" not in [u.username for u in users.colleagues(store[role])]


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", False), ("sup", True)])
def test_backup_is_for_supervisors(store: dict[str, Any], tmp_path: Any, role: str, allowed: bool) -> None:
    from caseintake.services.maintenance import make_backup

    target = tmp_path / "out.cib"
    if allowed:
        make_backup(store[role], target)
        assert target.exists()
    else:
        with pytest.raises(PermissionDenied, match="write a backup"):
            make_backup(store[role], target)
        assert not target.exists()
