"""The page check runs on a second connection beside the structure check: its results in order,
a fallback when the second connection cannot open, and Cancel honoured while it is waited for."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from caseintake.domain.errors import CaseintakeError
from caseintake.services import maintenance
from caseintake.services.progress import Cancelled, Task
from caseintake.storage import maintenance_queries as queries
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case


def test_the_page_check_runs_beside_the_structure_check(store: dict[str, Any], monkeypatch: Any) -> None:
    import_cases(store["sup"], sample_case(), sample_case())
    seen: list[set[str]] = []
    structure = queries.structure_problems

    def watched(db: Database) -> list[str]:
        seen.append({thread.name for thread in threading.enumerate()})
        return structure(db)

    monkeypatch.setattr(queries, "structure_problems", watched)
    report = maintenance.check(store["sup"])
    assert report.ok, report.problems
    assert "caseintake-page-check" in seen[0]
    assert list(report.checks) == list(maintenance.CHECKS)
    assert "caseintake-page-check" not in {thread.name for thread in threading.enumerate()}


def test_without_a_second_connection_the_pages_are_checked_first(
    store: dict[str, Any], monkeypatch: Any
) -> None:
    import_cases(store["sup"], sample_case())

    def cannot_open(_db: Database) -> None:
        raise CaseintakeError("The database cannot be opened a second time.", code="test_no_second")

    monkeypatch.setattr(queries, "PagesBeside", cannot_open)
    report = maintenance.check(store["sup"])
    assert report.ok and list(report.checks) == list(maintenance.CHECKS)


def _slow_pages(db: Database) -> list[str]:
    """A page check that reads until it is interrupted (a very large file)."""
    db.all("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n")
    return []


def test_cancel_while_the_page_check_is_still_running_stops_it(
    store: dict[str, Any], monkeypatch: Any
) -> None:
    import_cases(store["sup"], sample_case())
    monkeypatch.setattr(queries, "page_problems", _slow_pages)
    task = Task()
    structure = queries.structure_problems

    def then_cancel(db: Database) -> list[str]:
        found = structure(db)
        threading.Timer(0.3, task.cancel).start()  # the structure is done; the pages are not
        return found

    monkeypatch.setattr(queries, "structure_problems", then_cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        maintenance.inspect(store["sup"].db, task)
    assert time.monotonic() - started < 5
    deadline = time.monotonic() + 5
    while "caseintake-page-check" in {t.name for t in threading.enumerate()} and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "caseintake-page-check" not in {t.name for t in threading.enumerate()}
    monkeypatch.undo()
    assert maintenance.check(store["sup"]).ok  # nothing was left behind: the next check runs whole


def test_a_damaged_page_is_listed_by_the_page_check_before_the_structure_lines(
    store: dict[str, Any], monkeypatch: Any
) -> None:
    import_cases(store["sup"], sample_case())

    def damaged_pages(db: Database) -> list[str]:
        return [f"{db.path.name}: HMAC verification failed for page 7"]

    def broken_structure(_db: Database) -> list[str]:
        return ["cases.db: Tree 4 page 7 cell 0: invalid page number 90000"]

    monkeypatch.setattr(queries, "page_problems", damaged_pages)
    monkeypatch.setattr(queries, "structure_problems", broken_structure)
    report = maintenance.inspect(store["sup"].db)
    assert report.checks["pages"] == ["cases.db: HMAC verification failed for page 7"]
    assert report.problems[:2] == [
        "cases.db: HMAC verification failed for page 7",
        "cases.db: Tree 4 page 7 cell 0: invalid page number 90000",
    ]
