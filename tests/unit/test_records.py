"""Search, notes with versions, people, hearings and the calendar export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from caseintake.domain.errors import IdentityLeak, InvalidInput
from caseintake.domain.records import Evidence, Hearing, Identity, Note, Person
from caseintake.interchange.schema import parse_evidence, parse_hearing
from caseintake.services import hearings, notes, people
from caseintake.services.cases import list_cases, load_case
from tests.conftest import import_cases, sample_case


@pytest.fixture
def ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def _note(kind: str, text: str) -> Note:
    return Note(kind=kind, written_at=datetime.now(UTC), text=text)


@pytest.mark.parametrize(
    "query",
    ["CI-2026", "00001", "rescued", "AAA", "Doe", "R-CEB-26", "shelter", "Mobile phone", "calm", "res", "c"],
)
def test_search_finds_case_text(store: dict[str, Any], ref: str, query: str) -> None:
    assert [r.reference for r in list_cases(store["other"], search=query)] == [ref]


@pytest.mark.parametrize(
    ("role", "found"), [("sup", True), ("lawyer", True), ("worker", True), ("other", False)]
)
def test_identity_search_follows_reveal_rights(
    store: dict[str, Any], ref: str, role: str, found: bool
) -> None:
    rows = list_cases(store[role], search="bautista cordova")
    assert bool(rows) == found


@pytest.mark.parametrize("query", ['"', "NEAR(a b)", "a OR", "*", "-", "x AND (", "'; DROP TABLE cases"])
def test_search_syntax_is_plain_text(store: dict[str, Any], ref: str, query: str) -> None:
    list_cases(store["sup"], search=query)
    assert store["sup"].db.scalar("SELECT count(*) FROM cases") == 1


def test_search_ignores_accents(store: dict[str, Any]) -> None:
    ref = import_cases(store["sup"], sample_case(summary="AAA moved to Parañaque with her aunt."))[0]
    assert [r.reference for r in list_cases(store["sup"], search="paranaque")] == [ref]


def test_list_filters_and_keyset_pages(store: dict[str, Any]) -> None:
    import_cases(
        store["sup"],
        *[
            sample_case(opened_on=f"2026-01-{d:02d}", status="active" if d % 2 else "closed")
            for d in range(1, 11)
        ],
    )
    first = list_cases(store["sup"], limit=4)
    assert [r.opened_on for r in first] == ["2026-01-10", "2026-01-09", "2026-01-08", "2026-01-07"]
    after = (first[-1].opened_on, first[-1].reference)
    assert [r.opened_on for r in list_cases(store["sup"], limit=3, after=after)] == [
        "2026-01-06",
        "2026-01-05",
        "2026-01-04",
    ]
    assert {r.status for r in list_cases(store["sup"], status="closed")} == {"closed"}
    assert len(list_cases(store["sup"], status="closed")) == 5
    assert len(list_cases(store["sup"], assigned_to="worker")) == 10
    assert list_cases(store["sup"], assigned_to="other") == []


def test_note_edits_keep_every_version(store: dict[str, Any], ref: str) -> None:
    note = notes.add_note(store["worker"], ref, _note("home_visit", "First visit."))
    assert note.id
    assert notes.edit_note(store["worker"], note.id, "First visit; AAA at school.") == 2
    assert notes.edit_note(store["lawyer"], note.id, "First visit; AAA at school. Follow up.") == 3
    versions = notes.note_versions(store["sup"], note.id)
    assert [(v.version, v.author, v.text) for v in versions] == [
        (1, "worker", "First visit."),
        (2, "worker", "First visit; AAA at school."),
        (3, "lawyer", "First visit; AAA at school. Follow up."),
    ]
    assert [r.reference for r in list_cases(store["sup"], search="follow")] == [ref]
    assert list_cases(store["sup"], search="zzzunknown") == []


def test_note_size_limit(store: dict[str, Any], ref: str) -> None:
    with pytest.raises(InvalidInput, match="the limit is 200,000"):
        notes.add_note(store["worker"], ref, _note("general", "x" * 10_000_000))


def test_new_people_get_the_next_pseudonym(store: dict[str, Any], ref: str) -> None:
    sibling = people.add_person(
        store["worker"],
        ref,
        Person(role="victim", sex="M", age=9, identity=Identity(legal_name="Jose Bautista")),
    )
    uncle = people.add_person(
        store["worker"],
        ref,
        Person(role="accused", relationship="relative", identity=Identity(legal_name="Pedro Cruz")),
    )
    officer = people.add_person(store["worker"], ref, Person(role="witness", name="PO2 Reyes"))
    assert (sibling.pseudonym, uncle.pseudonym, officer.pseudonym) == ("BBB", "YYY", None)
    assert list_cases(store["sup"], search="BBB")[0].parties == "AAA, BBB"


def test_person_edit_cannot_drop_protection(store: dict[str, Any], ref: str) -> None:
    victim = load_case(store["sup"], ref).persons[0]
    assert victim.id
    with pytest.raises(InvalidInput, match="protected"):
        people.update_person(
            store["worker"], victim.id, Person(role="accused", relationship="stranger_local")
        )
    people.update_person(
        store["worker"],
        victim.id,
        Person(role="victim", sex="F", age=14, identity=Identity(legal_name="Maria L. Bautista")),
    )
    assert people.reveal_identity(store["worker"], victim.id).legal_name == "Maria L. Bautista"


def test_agenda_and_calendar(store: dict[str, Any], ref: str) -> None:
    hearings.add_hearing(
        store["lawyer"],
        ref,
        parse_hearing(
            {
                "court": "RTC Branch 12, Cebu City",
                "kind": "pre_trial",
                "starts_at": "2026-12-09T13:30:00+08:00",
                "status": "scheduled",
                "lawyer": "lawyer",
            },
            "hearing",
        ),
    )
    items = hearings.agenda(store["sup"], date(2026, 12, 1), date(2026, 12, 31))
    assert [i.kind for i in items] == ["arraignment", "pre_trial"]
    assert hearings.agenda(store["sup"], date(2026, 12, 3), date(2026, 12, 9))[0].kind == "pre_trial"
    ics = hearings.agenda_ics(store["sup"], items)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:CI-2026-00001: pre trial" in ics
    assert "DTSTART:20261209T053000Z" in ics
    assert "LOCATION:RTC Branch 12\\, Cebu City" in ics
    assert "Prepare" not in ics  # hearing notes never go into a calendar


def test_calendar_is_leak_guarded(store: dict[str, Any], ref: str) -> None:
    hearings.add_hearing(
        store["lawyer"],
        ref,
        Hearing(
            court="Family Court for Bautista matters",
            kind="trial",
            starts_at=datetime.fromisoformat("2026-12-10T09:00:00+08:00"),
            status="scheduled",
        ),
    )
    items = hearings.agenda(store["sup"], date(2026, 12, 1), date(2026, 12, 31))
    with pytest.raises(IdentityLeak, match="AAA's legal name"):
        hearings.agenda_ics(store["sup"], items)


def test_search_by_offense_and_place_words(store: dict[str, Any], ref: str) -> None:
    assert [r.reference for r in list_cases(store["sup"], search="cebu livestream")] == [ref]
    assert [r.reference for r in list_cases(store["sup"], search="osaec cybertipline")] == [ref]


def test_an_unprotected_witness_can_be_edited(store: dict[str, Any], ref: str) -> None:
    officer = people.add_person(store["worker"], ref, Person(role="witness", name="PO2 Reyes"))
    assert officer.id
    people.update_person(store["worker"], officer.id, Person(role="witness", name="PO3 Reyes", sex="M"))
    assert [p.name for p in load_case(store["sup"], ref).persons if p.role == "witness"] == ["PO3 Reyes"]


def test_evidence_entries_can_be_corrected(store: dict[str, Any], ref: str) -> None:
    from caseintake.services import case_records

    item = case_records.add_evidence(store["lawyer"], ref, Evidence("Laptop", custodian="NBI-CCD"))
    assert item.id
    case_records.update_evidence(
        store["lawyer"],
        item.id,
        parse_evidence(
            {"description": "Laptop, black", "custodian": "PNP-ACG", "sha256": "CD" * 32}, "evidence"
        ),
    )
    entry = next(e for e in load_case(store["sup"], ref).evidence if e.id == item.id)
    assert (entry.description, entry.custodian, entry.sha256) == ("Laptop, black", "PNP-ACG", "cd" * 32)
