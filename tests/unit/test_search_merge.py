"""Issue 18: a bulk write that is a good share of the office merges the search indexes.

Every write transaction leaves a segment in each full-text index, and a search reads all of
them; a large import or demo fill merges each index into one, a small one into a large office
does not (the merge rewrites the whole index)."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.services.cases import list_cases
from caseintake.services.demo import fill_with_demo_cases
from caseintake.storage import search_index
from tests.conftest import import_cases, sample_case

INDEXES = ("case_search", "note_search", "identity_search")


@pytest.fixture(autouse=True)
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "MERGE_AFTER", 3)


def _segments(store: dict[str, Any]) -> dict[str, int]:
    return {table: search_index.segments(store["sup"].db, table) for table in INDEXES}


def test_a_bulk_write_that_is_a_good_share_merges_every_index(store: dict[str, Any]) -> None:
    for n in range(4):  # one transaction each: one more segment each
        import_cases(store["sup"], sample_case(region="NCR" if n % 2 else "VII"))
    assert all(count > 1 for count in _segments(store).values())
    import_cases(store["sup"], *(sample_case() for _ in range(3)))  # 3 of 7 cases: a good share
    assert _segments(store) == dict.fromkeys(INDEXES, 1)
    # Merged, the indexes still find what they found.
    assert len(list_cases(store["sup"], search="bautista", limit=50)) == 7
    assert len(list_cases(store["sup"], search="cebu", limit=50)) >= 3


def test_a_small_write_into_a_large_office_leaves_the_index_alone(store: dict[str, Any]) -> None:
    fill_with_demo_cases(store["sup"], 60, seed=3, parallel=False)
    assert _segments(store)["case_search"] == 1  # the demo fill was all of it: merged
    import_cases(store["sup"], *(sample_case() for _ in range(3)))  # 3 of 63: not worth it
    assert _segments(store)["case_search"] == 2


def test_only_the_search_indexes_are_counted(store: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        search_index.segments(store["sup"].db, "cases")
