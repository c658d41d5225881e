"""The court record's rules live once (`domain.checks`): the import format and the Court tab's
rows (`ui.editor.court_rows`, Qt-free) both build typed records and call the same checks."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseintake.domain import checks
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case, Charge, ChildMeasure, Exhibit, HearingWitness, Motion, Person
from caseintake.interchange import schema
from caseintake.ui.editor.court_rows import CourtRows, Words, apply_rows, columns

_GUI = {"party": [("prosecution", "GUI prosecution"), ("defense", "GUI defense")]}
WORDS = Words(
    label=lambda vocabulary, code: f"{vocabulary}:{code}",
    choices=lambda vocabulary: _GUI.get(vocabulary, [("x", f"{vocabulary} label")]),
    person=lambda p: p.pseudonym or "someone",
)


@pytest.mark.parametrize(
    ("check", "record", "field", "code"),
    [
        (checks.check_charge, Charge("RA 11930", counts=0), "g.counts", "range"),
        (checks.check_measure, ChildMeasure("screen", language="Waray"), "g.language", "not_allowed"),
        (checks.check_measure, ChildMeasure("magic_wand"), "g.measure", "unknown_code"),
        (checks.check_witness, HearingWitness(person="p1", name="PO2 Cruz"), "g", "either_or"),
        (checks.check_witness, HearingWitness(), "g", "either_or"),
        (checks.check_motion, Motion("Motion to quash", "judge"), "g.filed_by", "unknown_code"),
        (checks.check_exhibit, Exhibit("A", "Phone", ruling="maybe"), "g.ruling", "unknown_code"),
        (checks.check_exhibit, Exhibit("A", "Phone", offered_on="2026-04-13"), "g.offered_on", "date"),  # type: ignore[arg-type]
    ],
)
def test_each_check_names_the_field_and_the_reason(check: Any, record: Any, field: str, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check(record, "g")
    assert (caught.value.field, caught.value.code) == (field, code)


def test_the_import_parsers_call_the_same_checks() -> None:
    with pytest.raises(InvalidInput, match=r"^m\.language: only an interpreter has a language$"):
        schema.parse_measure({"measure": "screen", "language": "Waray"}, "m")
    assert schema.parse_exhibit({"marking": " A ", "description": "Phone"}, "x") == Exhibit("A", "Phone")
    assert schema.parse_charge({"statute": "RA 11930"}, "c").counts == 1


def _case() -> Case:
    case = Case("active", date(2026, 3, 1), "VII", ("osaec_livestream",), "s", "mreyes", "no")
    case.persons = [Person("victim", age=12, id="child-1", pseudonym="AAA")]
    return case


def test_rows_become_checked_records_with_the_row_path() -> None:
    rows = CourtRows(charges=[["R-1", "RA 11930", "", "two", "", ""]])
    with pytest.raises(InvalidInput) as caught:
        apply_rows(_case(), rows)
    assert (caught.value.field, caught.value.code) == ("charges[0].charge.counts", "type")
    rows = CourtRows(exhibits=[["", "", "", "", "", "", ""], ["A", "Phone", "", "", "13/04/2026", "", ""]])
    with pytest.raises(InvalidInput, match=r"^exhibits\[0\]\.offered_on: not a date"):
        apply_rows(_case(), rows)
    case = _case()
    rows = CourtRows(
        charges=[["R-1", "RA 11930", "Sec. 4(a)", "2", "", "2026-05-02"]],
        measures=[["child-1", "interpreter", "", "", "", "Cebuano"]],
        exhibits=[["A", "Phone", "", "", "", "", ""]],
    )
    apply_rows(case, rows)
    assert case.criminal_cases[0].charges == [Charge("RA 11930", "Sec. 4(a)", 2)]
    assert case.criminal_cases[0].filed_on == date(2026, 5, 2)
    assert case.persons[0].measures == [ChildMeasure("interpreter", language="Cebuano")]
    assert case.exhibits == [Exhibit("A", "Phone")]


def test_the_tab_shows_the_words_it_is_given() -> None:
    shown = columns(CourtRows(), WORDS)
    assert shown["motions"][2].choices == (("GUI prosecution", "prosecution"), ("GUI defense", "defense"))
    assert shown["detention"][0].choices == (("", ""), ("detention_status label", "x"))
