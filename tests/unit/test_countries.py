"""The country list behind nationality: ISO 3166-1 codes, the picker's order, typed words that
name a country, and the check every face uses (the importer, the services, the GUI forms)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from caseintake.domain import validation
from caseintake.domain.countries import (
    COUNTRIES,
    OTHER_NAMES,
    find_countries,
    fold,
    is_country,
    picker_order,
    resolve_country,
)
from caseintake.domain.errors import InvalidInput
from caseintake.interchange.importer import parse_document
from tests.conftest import sample_case


def test_the_list_holds_the_249_iso_codes() -> None:
    assert len(COUNTRIES) == 249
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in COUNTRIES)
    assert len(set(COUNTRIES.values())) == 249
    assert COUNTRIES["PH"] == "Philippines"
    assert COUNTRIES["FI"] == "Finland"
    assert COUNTRIES["GB"] == "United Kingdom"
    assert COUNTRIES["CI"] == "Côte d'Ivoire"
    assert "UK" not in COUNTRIES and "XK" not in COUNTRIES and "EU" not in COUNTRIES


def test_the_picker_lists_the_philippines_first_then_by_name() -> None:
    order = picker_order()
    assert order[0] == "PH"
    assert sorted(order) == sorted(COUNTRIES)
    names = [fold(COUNTRIES[code]) for code in order[1:]]
    assert names == sorted(names)
    assert order[1:3] == ("AF", "AX")  # Afghanistan, Åland Islands: accents sort as plain letters


@pytest.mark.parametrize("code", ["PH", "US", "GB", "AU", "CA", "DE", "NL", "SE", "NO", "JP", "KR", "CN"])
def test_the_usual_nationalities_have_their_words(code: str) -> None:
    assert OTHER_NAMES[code], code
    for word in OTHER_NAMES[code]:
        assert resolve_country(word) == code, word


def test_each_other_name_names_one_country_only() -> None:
    owners: dict[str, str] = {fold(name): code for code, name in COUNTRIES.items()}
    for code, words in OTHER_NAMES.items():
        assert code in COUNTRIES
        for word in words:
            assert owners.setdefault(fold(word), code) == code, word
            assert fold(word) not in {c.casefold() for c in COUNTRIES if c != code}, word


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Fil", "PH"),
        ("phil", "PH"),
        ("Philippines", "PH"),
        ("PH", "PH"),
        ("ph", "PH"),
        ("Filipino", "PH"),
        ("filipina", "PH"),
        ("FI", "FI"),  # a code means what it says: Finland
        ("Finnish", "FI"),
        ("American", "US"),
        ("uk", "GB"),  # the short name, though "Ukraine" starts with it too
        ("British", "GB"),
        ("Dutch", "NL"),
        ("Swedish", "SE"),
        ("Korean", "KR"),
        ("North Korean", "KP"),
        ("Chinese", "CN"),
        ("kingdom", "GB"),
        ("cote d'ivoire", "CI"),
        ("Cote", "CI"),
    ],
)
def test_typed_words_name_one_country(typed: str, code: str) -> None:
    assert resolve_country(typed) == code
    assert find_countries(typed)[0] == code


@pytest.mark.parametrize("typed", ["", "  ", "Atlantis", "Korea", "Kor", "p", "Fi1ipino", "XX"])
def test_words_that_name_no_single_country_resolve_to_nothing(typed: str) -> None:
    assert resolve_country(typed) is None


def test_matches_are_listed_best_first() -> None:
    assert find_countries("Atlantis") == []
    assert find_countries("Korea") == ["KP", "KR"]  # both, in picker order; neither is taken
    assert find_countries("fi")[:3] == ["FI", "PH", "FJ"]  # the code, then "Filipino", then Fiji
    assert find_countries("p")[0] == "PH"


@pytest.mark.parametrize("code", ["PH", "FI", "US", "GB", "AX"])
def test_the_check_accepts_iso_codes(code: str) -> None:
    assert is_country(code)
    assert validation.country(code, "persons[0].nationality") == code


@pytest.mark.parametrize(
    ("value", "problem", "reason"),
    [
        ("XX", "unknown country code 'XX' (not in the ISO 3166 list)", "unknown_code"),
        ("UK", "unknown country code 'UK'", "unknown_code"),
        ("Filipino", "must be a two-letter country code", "format"),
        ("ph", "must be a two-letter country code", "format"),
        (7, "must be a two-letter country code", "format"),
    ],
)
def test_the_check_refuses_what_is_not_a_country(value: object, problem: str, reason: str) -> None:
    assert not is_country(value)
    with pytest.raises(InvalidInput) as error:
        validation.country(value, "persons[0].nationality")
    assert str(error.value).startswith(f"persons[0].nationality: {problem}")
    assert (error.value.field, error.value.code) == ("persons[0].nationality", reason)


def test_the_import_refuses_a_code_outside_the_list() -> None:
    bad = sample_case()
    bad["persons"][0]["nationality"] = "XX"
    document: dict[str, Any] = {"format": "caseintake/1", "cases": [bad]}
    with pytest.raises(InvalidInput) as error:
        parse_document(document)
    assert "persons[0].nationality: unknown country code 'XX'" in str(error.value)
    bad["persons"][0]["nationality"] = "FI"
    assert parse_document(document)
