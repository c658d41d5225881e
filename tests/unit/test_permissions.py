"""Every row of the permission table in DESIGN §3, enforced by the services themselves."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.domain.errors import PermissionDenied
from caseintake.services import case_records, hearings, leak_guard, notes, people, users
from caseintake.services.cases import load_case
from tests.conftest import import_cases, sample_case

HEARING = {
    "court": "RTC Branch 7",
    "kind": "trial",
    "starts_at": "2026-12-10T09:00:00+08:00",
    "status": "scheduled",
}


@pytest.fixture
def case_ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def _victim_id(store: dict[str, Any], ref: str) -> str:
    victim = load_case(store["sup"], ref).persons[0]
    assert victim.id is not None
    return victim.id


@pytest.mark.parametrize(("role", "allowed"), [("worker", True), ("lawyer", False), ("sup", True)])
def test_edit_cases_people_referrals(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    session = store[role]
    actions = [
        lambda: import_cases(session, sample_case(hearings=[])),
        lambda: people.add_person(session, case_ref, {"role": "witness", "name": "PO2 Santos"}),
        lambda: case_records.add_referral(
            session,
            case_ref,
            {
                "agency": "PNP-WCPC",
                "kind": "law_enforcement",
                "referred_on": "2026-03-01",
                "status": "pending",
            },
        ),
        lambda: case_records.update_case(session, case_ref, {"status": "active"}),
    ]
    for action in actions:
        if allowed:
            action()
        else:
            with pytest.raises(PermissionDenied):
                action()


@pytest.mark.parametrize("role", ["worker", "lawyer", "sup"])
def test_everyone_writes_notes_and_evidence(store: dict[str, Any], case_ref: str, role: str) -> None:
    notes.add_note(store[role], case_ref, {"kind": "general", "text": "Checked in."})
    case_records.add_evidence(store[role], case_ref, {"description": "Laptop", "custodian": "NBI-CCD"})


@pytest.mark.parametrize(("role", "allowed"), [("worker", False), ("lawyer", True), ("sup", True)])
def test_hearings(store: dict[str, Any], case_ref: str, role: str, allowed: bool) -> None:
    if allowed:
        hearings.add_hearing(store[role], case_ref, HEARING)
    else:
        with pytest.raises(PermissionDenied):
            hearings.add_hearing(store[role], case_ref, HEARING)


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
