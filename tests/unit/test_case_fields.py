"""Saving a case's own fields: only what changed is written, reassignment needs the right, and a
bad value is refused with its field and a code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, PermissionDenied
from caseintake.services.case_fields import update_case
from caseintake.services.cases import find_case, list_cases, load_case
from caseintake.services.history import case_history
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case

_CASE_TABLES = ("case_text", "case_offense", "case_accommodation")


@pytest.fixture
def ref(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every statement that changes something, as sent to the database while the test runs."""
    sent: list[str] = []
    execute, executemany = Database.execute, Database.executemany

    def record(sql: str) -> None:
        if re.match(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", sql, re.IGNORECASE):
            sent.append(" ".join(sql.split()))

    def spy_execute(self: Database, sql: str, params: Any = ()) -> Any:
        record(sql)
        return execute(self, sql, params)

    def spy_executemany(self: Database, sql: str, rows: Any) -> None:
        record(sql)
        executemany(self, sql, rows)

    monkeypatch.setattr(Database, "execute", spy_execute)
    monkeypatch.setattr(Database, "executemany", spy_executemany)
    yield sent


def _target(sql: str) -> str:
    """The table a statement changes."""
    found = re.match(r"(?:INSERT(?: OR \w+)? INTO|REPLACE INTO|UPDATE|DELETE FROM) (\w+)", sql, re.IGNORECASE)
    assert found is not None, sql
    return found.group(1).lower()


def _set_columns(sql: str) -> set[str]:
    found = re.match(r"UPDATE cases SET (.*?) WHERE", sql)
    assert found is not None, sql
    return {part.split("=")[0].strip() for part in found.group(1).split(",")}


def test_only_the_changed_field_is_written(store: dict[str, Any], ref: str, statements: list[str]) -> None:
    sup = store["sup"]
    before = load_case(sup, ref)
    # The record handed over differs in other fields too: a save that rewrote the whole case
    # would store them.
    edited = replace(
        before,
        province="Bohol",
        status="closed",
        summary="A different summary that must not be stored.",
        offenses=("grooming",),
        accommodations=(),
        consent_statistics="no",
    )
    update_case(sup, ref, edited, {"province"})

    case_writes = [s for s in statements if _target(s) in _CASE_TABLES]
    assert case_writes == []
    updates = [s for s in statements if s.startswith("UPDATE ") and _target(s) == "cases"]
    assert updates
    written = set().union(*(_set_columns(s) for s in updates))
    assert written <= {"province", "updated_at", "parties", "version"}  # version: edit conflicts (issue 16)
    assert "province" in written

    after = load_case(sup, ref)
    assert after.province == "Bohol"
    assert replace(after, province=before.province) == before

    event = case_history(sup, ref)[0]
    assert (event.action, event.details) == ("case.edit", {"fields": ["province"]})


def test_summary_offenses_and_accommodations_are_stored_when_changed(store: dict[str, Any], ref: str) -> None:
    sup = store["sup"]
    edited = replace(
        load_case(sup, ref),
        summary="Moved to a relative in Lapu-Lapu after the hearing.",
        offenses=("grooming",),
        accommodations=(),
    )
    update_case(sup, ref, edited, {"summary", "offenses", "accommodations"})
    after = load_case(sup, ref)
    assert (after.summary, after.offenses, after.accommodations) == (
        "Moved to a relative in Lapu-Lapu after the hearing.",
        ("grooming",),
        (),
    )
    assert [r.reference for r in list_cases(sup, search="Lapu-Lapu")] == [ref]  # the search row followed


def test_reassignment_needs_the_right(store: dict[str, Any], ref: str) -> None:
    worker = store["worker"]
    with pytest.raises(PermissionDenied, match="reassign"):
        update_case(worker, ref, replace(load_case(worker, ref), assigned_to="other"), {"assigned_to"})
    assert load_case(store["sup"], ref).assigned_to == "worker"

    # The assignee named but unchanged is no reassignment.
    update_case(worker, ref, replace(load_case(worker, ref), status="active"), {"status", "assigned_to"})
    assert load_case(worker, ref).status == "active"

    sup = store["sup"]
    update_case(sup, ref, replace(load_case(sup, ref), assigned_to="other"), {"assigned_to"})
    assert load_case(sup, ref).assigned_to == "other"
    assert find_case(sup, ref).assigned_to == store["other"].user.id


def test_a_lawyer_does_not_edit_the_case(store: dict[str, Any], ref: str) -> None:
    lawyer = store["lawyer"]
    with pytest.raises(PermissionDenied):
        update_case(lawyer, ref, replace(load_case(lawyer, ref), province="Bohol"), {"province"})


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"region": "XX"}, "region", "unknown_code"),
        ({"closed_on": date(2020, 1, 1)}, "closed_on", "order"),
        ({"offenses": ()}, "offenses", "required"),
        ({"summary": "   "}, "summary", "required"),
        ({"assigned_to": "nobody"}, "assigned_to", "unknown_user"),
        ({"source_reference": "CT-1", "source_kind": None}, "source.kind", "required"),
    ],
)
def test_a_bad_value_names_its_field_and_changes_nothing(
    store: dict[str, Any], ref: str, changes: dict[str, Any], field: str, code: str
) -> None:
    sup = store["sup"]
    before = load_case(sup, ref)
    with pytest.raises(InvalidInput) as caught:
        update_case(sup, ref, replace(before, **changes), set(changes))
    assert (caught.value.field, caught.value.code) == (field, code)
    assert load_case(sup, ref) == before


def test_the_reference_stays(store: dict[str, Any], ref: str) -> None:
    sup = store["sup"]
    other = import_cases(sup, sample_case())[0]
    with pytest.raises(InvalidInput) as caught:
        update_case(sup, ref, replace(load_case(sup, ref), reference=other), {"status"})
    assert caught.value.field == "reference"
    with pytest.raises(InvalidInput) as caught:
        update_case(sup, ref, load_case(sup, ref), {"reference"})
    assert caught.value.field == "reference"
