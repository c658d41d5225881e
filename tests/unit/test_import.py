"""The interchange format: strict, all or nothing, and every error names case, field and problem."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.interchange.importer import parse_document, read_cases
from caseintake.services.cases import case_json, list_cases, load_case
from caseintake.services.intake import add_cases
from tests.conftest import import_cases, sample_case


def _doc(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caseintake/1", "cases": list(cases)}


def test_a_full_case_round_trips(store: dict[str, Any]) -> None:
    ref = import_cases(store["sup"], sample_case(reference="CI-2026-00042"))[0]
    assert ref == "CI-2026-00042"
    shown = case_json(load_case(store["sup"], ref))
    assert [p["pseudonym"] for p in shown["persons"][:2]] == ["AAA", "XXX"]
    assert shown["persons"][2]["name"] == "John Doe"
    assert "identity" not in json.dumps(shown)
    assert "Bautista" not in json.dumps(shown)
    assert shown["hearings"][0]["starts_at"] == "2026-12-02T08:30:00+08:00"
    assert shown["source"] == {"kind": "cybertipline", "reference": "CT-2026-0001234"}


def test_references_are_generated_per_year_and_never_collide(store: dict[str, Any]) -> None:
    refs = import_cases(
        store["sup"],
        sample_case(),
        sample_case(reference="CI-2026-00007"),
        sample_case(opened_on="2025-05-01"),
        sample_case(),
    )
    assert refs == ["CI-2026-00008", "CI-2026-00007", "CI-2025-00001", "CI-2026-00009"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c.update(colour="red"), "case 1: colour: unknown field"),
        (
            lambda c: c["persons"][0].update(pseudonym="AAA"),
            "case 1: persons[0].pseudonym: unknown field (pseudonyms",
        ),
        (lambda c: c.update(opened_on="03/02/2026"), "case 1: opened_on: not a date (expected YYYY-MM-DD)"),
        (
            lambda c: c.update(opened_on="2026-02-30"),
            "case 1: opened_on: '2026-02-30' is not a real calendar date",
        ),
        (
            lambda c: c["hearings"][0].update(starts_at="2026-03-02T08:30:00"),
            "case 1: hearings[0].starts_at: not a date and time with an offset",
        ),
        (lambda c: c.update(offenses=["piracy"]), "case 1: offenses[0]: unknown code 'piracy'"),
        (lambda c: c.update(offenses=[]), "case 1: offenses: at least one offense code is required"),
        (lambda c: c.update(region="VII-B"), "case 1: region: unknown code"),
        (lambda c: c.pop("summary"), "case 1: summary: is required"),
        (lambda c: c["persons"][0].pop("identity"), "case 1: persons[0].identity: a protected victim needs"),
        (lambda c: c["persons"][1].pop("relationship"), "case 1: persons[1].relationship: is required"),
        (lambda c: c["evidence"][0].update(sha256="abc"), "case 1: evidence[0].sha256: must be a SHA-256"),
        (lambda c: c["persons"][0].update(age="13"), "case 1: persons[0].age: must be a whole number"),
        (
            lambda c: c["notes"][0].update(text="x" * 10_485_760),
            "case 1: notes[0].text: is 10,485,760 characters long; the limit is 200,000",
        ),
        (
            lambda c: c["notes"][0].update(text="bell\x07"),
            "case 1: notes[0].text: contains control characters",
        ),
        (lambda c: c.update(closed_on="2026-01-01"), "case 1: closed_on: is before opened_on"),
    ],
)
def test_bad_records_are_named(mutate: Any, message: str) -> None:
    bad = sample_case()
    mutate(bad)
    with pytest.raises(InvalidInput) as error:
        parse_document(_doc(sample_case(), bad))
    assert str(error.value).startswith(message)


def test_unknown_user_is_named(store: dict[str, Any]) -> None:
    bad = sample_case()
    bad["hearings"][0]["lawyer"] = "ghost"
    with pytest.raises(InvalidInput, match=r"case 1: hearings\[0\].lawyer: no user named 'ghost'"):
        import_cases(store["sup"], sample_case(), bad)


def test_duplicate_references_are_refused(store: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput, match="case 1: reference: CI-2026-00001 is also used by case 0"):
        import_cases(
            store["sup"], sample_case(reference="CI-2026-00001"), sample_case(reference="CI-2026-00001")
        )
    import_cases(store["sup"], sample_case(reference="CI-2026-00001"))
    with pytest.raises(InvalidInput, match="case 0: reference: CI-2026-00001 already exists"):
        import_cases(store["sup"], sample_case(reference="CI-2026-00001"))


def test_a_bad_file_changes_nothing(store: dict[str, Any]) -> None:
    import_cases(store["sup"], sample_case())
    db = store["sup"].db
    counts = {
        t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("cases", "person", "identity", "note", "audit")
    }
    cases = [sample_case() for _ in range(5)]
    cases[4]["hearings"][0]["lawyer"] = "ghost"
    with pytest.raises(InvalidInput):
        import_cases(store["sup"], *cases)
    assert {t: db.scalar(f"SELECT count(*) FROM {t}") for t in counts} == counts
    assert len(list_cases(store["sup"])) == 1


def test_a_failure_mid_insert_rolls_back(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from caseintake.storage import case_store

    def explode(*args: Any) -> None:
        raise RuntimeError("power cut")

    cases = parse_document(_doc(sample_case(), sample_case()))
    monkeypatch.setattr(case_store.search_index, "index_new_cases", explode)
    with pytest.raises(RuntimeError):
        add_cases(store["sup"], cases)
    assert store["sup"].db.scalar("SELECT count(*) FROM cases") == 0
    assert store["sup"].db.scalar("SELECT count(*) FROM reference_serial") == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"format": "caseintake/1", "cases": [',
            "is not valid JSON (Expecting value at line 1, column 38)",
        ),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"format": "caseintake/2", "cases": []}', "format: must be 'caseintake/1'"),
        (b'{"format": "caseintake/1", "cases": {}}', "cases: must be a list"),
        (b'{"format": "caseintake/1", "cases": [], "x": 1}', "x: unknown field at the top of the file"),
        (b"[]", "must hold a JSON object"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        read_cases(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="There is no file"):
        read_cases(tmp_path / "absent.json")
