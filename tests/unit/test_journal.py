"""The change journal (issue 15): every change of a team database, field by field, in the same
transaction as the change, and nothing on a database that is not in a team."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from caseintake.services import team
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.storage import journal, writes
from tests.conftest import import_cases, sample_case


def _entries(session: Any) -> list[tuple[str, str, dict[str, Any]]]:
    rows = session.db.all("SELECT tbl, op, fields FROM change_journal WHERE origin IS NULL ORDER BY seq")
    return [(t, op, json.loads(f)) for t, op, f in rows]


def test_a_database_outside_a_team_keeps_no_journal(store: dict[str, Any]) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    case = load_case(store["sup"], ref)
    update_case(store["sup"], ref, dataclasses.replace(case, province="Bohol"), ["province"])
    assert _entries(store["sup"]) == []
    assert not journal.capturing(store["sup"].db)


def test_each_change_is_journaled_field_by_field_with_what_it_replaced(store: dict[str, Any]) -> None:
    team.start_hub(store["sup"])
    (ref,) = import_cases(store["sup"], sample_case())
    inserted = _entries(store["sup"])
    assert {t for t, op, _ in inserted if op == "insert"} >= {
        "cases",
        "person",
        "identity",
        "note",
        "hearing",
    }
    case_row = next(f for t, op, f in inserted if t == "cases")
    assert "version" not in case_row  # a copy's own edit counter does not travel
    before = len(inserted)
    case = load_case(store["sup"], ref)
    update_case(store["sup"], ref, dataclasses.replace(case, province="Bohol"), ["province"])
    edits = _entries(store["sup"])[before:]
    (province,) = [f for t, op, f in edits if t == "cases" and "province" in f]
    assert province["province"] == ["Cebu", "Bohol"]
    assert all(old != new for _t, _op, f in edits for old, new in f.values())  # unchanged columns stay out


def test_identity_values_travel_as_their_ciphertext(store: dict[str, Any]) -> None:
    team.start_hub(store["sup"])
    import_cases(store["sup"], sample_case())
    text = json.dumps(_entries(store["sup"]))
    assert "Maria Luz Bautista" not in text and "Mabini" not in text


def test_a_rolled_back_change_leaves_no_entry(store: dict[str, Any]) -> None:
    team.start_hub(store["sup"])
    (ref,) = import_cases(store["sup"], sample_case())
    db = store["sup"].db
    before = db.scalar("SELECT count(*) FROM change_journal")
    case_id = db.scalar("SELECT id FROM cases WHERE reference = ?", (ref,))
    with pytest.raises(RuntimeError), db.atomic():
        writes.update(db, "cases", {"province": "Leyte"}, {"id": case_id})
        assert db.scalar("SELECT count(*) FROM change_journal") == before + 1
        raise RuntimeError("a crash before the commit")
    assert db.scalar("SELECT count(*) FROM change_journal") == before
    assert load_case(store["sup"], ref).province == "Cebu"


def test_a_deletion_keeps_the_row_it_removed(store: dict[str, Any]) -> None:
    team.start_hub(store["sup"])
    (ref,) = import_cases(store["sup"], sample_case())
    case = load_case(store["sup"], ref)
    update_case(store["sup"], ref, dataclasses.replace(case, offenses=["grooming"]), ["offenses"])
    removed = [f for t, op, f in _entries(store["sup"]) if t == "case_offense" and op == "delete"]
    assert {f["offense"][0] for f in removed} >= {"osaec_livestream", "trafficking_sexual"}
