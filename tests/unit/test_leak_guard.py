"""The identity-leak guard finds vault values in any written form and never prints them."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.domain.errors import IdentityLeak, NotFound
from caseintake.services import leak_guard
from caseintake.services.cases import find_case, load_case
from tests.conftest import import_cases, sample_case


@pytest.fixture
def case_id(store: dict[str, Any]) -> int:
    ref = import_cases(store["sup"], sample_case())[0]
    return find_case(store["sup"], ref).id


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("AAA, whose name is Maria Luz Bautista, testified.", "legal name"),
        ("The child (bautista) was present.", "legal name"),
        ("Called MARÍA at home.", "legal name"),
        ("Her nickname Neneng was used online.", "alias"),
        ("Born 2012-07-19 in Cebu.", "birth date"),
        ("Born on July 19, 2012.", "birth date"),
        ("Born 19/07/2012.", "birth date"),
        ("Lives at Purok 3, Barangay Mabini.", "address"),
        ("Enrolled at Mabini Elementary School.", "school"),
        ("Reach her at +63 917 123 4567.", "contact"),
        ("Reach her at 09171234567.", "contact"),
        ("Mother Rosario said nothing.", "legal name"),
    ],
)
def test_hits_name_pseudonym_and_field(store: dict[str, Any], case_id: int, text: str, field: str) -> None:
    with pytest.raises(IdentityLeak) as leak:
        leak_guard.check_output(store["sup"], text, [case_id], what="document")
    assert any(hit_field == field for _, hit_field in leak.value.hits)
    message = str(leak.value)
    assert "Nothing was written" in message
    for secret in ("Maria", "Bautista", "Neneng", "2012", "Mabini", "917", "Rosario"):
        assert secret not in message


@pytest.mark.parametrize(
    "text",
    [
        "AAA and XXX appeared with counsel; John Doe remains at large.",
        "RTC Branch 12, Cebu City, docket R-CEB-26-00123-CR.",
        "Hearing on 2026-07-19 at 08:30.",
        "Marian and Lucy were not involved.",
    ],
)
def test_clean_text_passes(store: dict[str, Any], case_id: int, text: str) -> None:
    leak_guard.check_output(store["sup"], text, [case_id], what="document")


def test_allowed_word_passes_but_full_name_does_not(store: dict[str, Any], case_id: int) -> None:
    victim = load_case(store["sup"], find_case(store["sup"], "CI-2026-00001").reference).persons[0]
    assert victim.id
    with pytest.raises(IdentityLeak):
        leak_guard.check_output(store["sup"], "The light (luz) was on.", [case_id], what="document")
    leak_guard.allow_word(store["lawyer"], victim.id, "Luz")
    leak_guard.check_output(store["sup"], "The light (luz) was on.", [case_id], what="document")
    with pytest.raises(IdentityLeak):
        leak_guard.check_output(store["sup"], "Maria Luz Bautista", [case_id], what="document")
    events = store["sup"].db.all("SELECT username FROM audit WHERE action = 'leak.allow_word'")
    assert events == [("lawyer",)]


def test_a_child_of_another_case_is_protected_too(store: dict[str, Any], case_id: int) -> None:
    other = sample_case()
    other["persons"][0]["identity"]["legal_name"] = "Jasmine Reyes"
    other_ref = import_cases(store["sup"], other)[0]
    with pytest.raises(IdentityLeak) as leak:
        leak_guard.check_output(store["sup"], "Jasmine", [case_id], what="document")
    # A supervisor may reveal every case: the block says which case, so it can be acted on.
    assert f"AAA of {other_ref}'s legal name" in str(leak.value)
    # A social worker not assigned to that case learns only that it is someone else's detail.
    with pytest.raises(IdentityLeak) as worker_leak:
        leak_guard.check_output(store["other"], "Jasmine", [case_id], what="document")
    assert "a protected person of another case" in str(worker_leak.value)
    assert other_ref not in str(worker_leak.value)
    with pytest.raises(IdentityLeak):
        leak_guard.check_output(
            store["sup"], "Jasmine", [find_case(store["sup"], other_ref).id], what="document"
        )


@pytest.mark.parametrize(
    "text",
    [
        "2012-07-09",
        "09/07/2012",
        "07/09/2012",
        "July 9, 2012",
        "9 Jul 2012",
        "the 9th of July 2012",
        "ika-9 ng Hulyo, 2012",
        "20120709",
        "9.7.12",
        "JULY 9 2012",
        "Jul. 9,\n2012",
    ],
)
def test_every_written_form_of_a_date_reads_as_the_date(text: str) -> None:
    from caseintake.domain.leak_match import date_terms
    from caseintake.domain.leak_text import reader_view

    assert "d:20120709" in {c.term for c in date_terms(reader_view(text).text)}


def test_a_phone_number_inside_a_longer_run_of_digits(store: dict[str, Any], case_id: int) -> None:
    for text in ("call 0917-123-4567 2 times", "ref 2026 0917 123 4567", "+639171234567"):
        with pytest.raises(IdentityLeak, match="contact"):
            leak_guard.check_output(store["sup"], text, [case_id], what="document")
    leak_guard.check_output(store["sup"], "call 0917-123-4568 2 times", [case_id], what="document")


def test_allowing_a_word_twice_keeps_one_allowance(store: dict[str, Any], case_id: int) -> None:
    person_id = leak_guard.allow_word_in_case(store["lawyer"], "ci-2026-00001 ", " aaa", "Luz")
    assert person_id == load_case(store["sup"], "CI-2026-00001").persons[0].id
    leak_guard.allow_word(store["sup"], person_id, "LUZ")
    assert store["sup"].db.all("SELECT word FROM leak_allowance") == [("luz",)]
    leak_guard.check_output(store["sup"], "The light (luz) was on.", [case_id], what="document")
    with pytest.raises(NotFound, match="no protected person BBB"):
        leak_guard.allow_word_in_case(store["lawyer"], "CI-2026-00001", "BBB", "Luz")


def test_typed_identity_terms_match_as_a_record_or_as_form_values(store: dict[str, Any]) -> None:
    from datetime import date

    from caseintake.domain.records import Identity
    from caseintake.services.leak_terms import unsaved_case_terms

    terms = unsaved_case_terms()
    record = terms.with_identity("BBB", Identity(legal_name="Jose Bautista", birth_date=date(2015, 3, 2)))
    typed = terms.with_identity("BBB", {"legal_name": "Jose Bautista", "birth_date": "2015-03-02"})
    assert record.known == typed.known
    spans = leak_guard.find_spans(record, "Jose was born 2015-03-02.")
    assert [(s.pseudonym, s.field) for s in spans] == [("BBB", "legal name"), ("BBB", "birth date")]
