"""The demo's fast record builder must build exactly what the strict parser builds."""

from __future__ import annotations

from datetime import date

from caseintake.interchange.demo_data import generate_cases
from caseintake.interchange.schema import parse_case
from caseintake.interchange.trusted import trusted_case


def test_trusted_records_equal_parsed_records() -> None:
    for raw in generate_cases(
        3000, seed=11, workers=["ana", "jun"], lawyers=["mreyes"], today=date(2026, 11, 24)
    ):
        assert trusted_case(raw) == parse_case(raw)
