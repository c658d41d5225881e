"""The case list pages through every sort and filter in exactly the order it promises, and the
first page of every sort is read in index order (no sort of the whole table)."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.services.cases import list_cases
from caseintake.services.demo import fill_with_demo_cases
from caseintake.storage.records import case_list

SORTS = tuple(case_list.SORT_KEYS)
FILTERS: tuple[dict[str, str], ...] = ({}, {"status": "active"}, {"region": "VII"}, {"assigned_to": "worker"})


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from caseintake.services import users
    from caseintake.services.session import create_session
    from tests.conftest import PASSPHRASES, SUPERVISOR_PASS

    path = tmp_path_factory.mktemp("order") / "cases.db"
    session, _key = create_session(path, "sup", SUPERVISOR_PASS)
    users.add_user(session, "worker", "social_worker", PASSPHRASES["worker"])
    users.add_user(session, "other", "social_worker", PASSPHRASES["other"])
    fill_with_demo_cases(session, 240, seed=3, parallel=False)
    yield session
    session.close()


def _key(row: case_list.CaseRow, sort: str) -> tuple[str, str]:
    return (row.sort_value(sort), row.reference)


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", SORTS)
def test_keyset_pages_follow_the_promised_order(demo: Any, sort: str, descending: bool) -> None:
    for filters in FILTERS:
        everything = list_cases(demo, limit=10_000, sort=sort, descending=descending, **filters)
        assert everything, filters
        expected = sorted(everything, key=lambda r: _key(r, sort), reverse=descending)
        assert [r.reference for r in everything] == [r.reference for r in expected], (sort, filters)
        paged: list[case_list.CaseRow] = []
        after = None
        while True:
            page = list_cases(demo, limit=17, sort=sort, descending=descending, after=after, **filters)
            if not page:
                break
            paged += page
            after = _key(page[-1], sort)
        assert [r.reference for r in paged] == [r.reference for r in everything], (sort, filters)


@pytest.mark.parametrize("sort", SORTS)
def test_first_page_of_every_sort_needs_no_sort_step(demo: Any, sort: str) -> None:
    """A first page sorted by any column walks an index in that order: SQLite does not collect
    and sort every case first (the cost that grew with the office's size)."""
    seen: list[str] = []
    db = demo.db
    original = db.all

    def explained(sql: str, params: Any = ()) -> Any:
        seen.extend(str(row[3]) for row in original("EXPLAIN QUERY PLAN " + sql, params))
        return original(sql, params)

    db.all = explained  # type: ignore[method-assign]
    try:
        list_cases(demo, limit=100, sort=sort)
    finally:
        db.all = original  # type: ignore[method-assign]
    assert seen, "the list sent no query"
    assert not [step for step in seen if "TEMP B-TREE" in step], seen
    # ... and reads the page from that index alone: no row of the cases table is read (each one
    # a page to decrypt; schema upgrades 9 and 13).
    assert any(
        step.startswith(("SCAN c USING COVERING INDEX", "SEARCH c USING COVERING INDEX")) for step in seen
    ), seen
    if sort == "opened_on":
        assert any("COVERING INDEX cases_by_opened" in step for step in seen), seen
