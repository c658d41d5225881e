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


def test_the_share_is_counted_exactly_at_its_edge(store: dict[str, Any]) -> None:
    """The cases held are counted only as far as the answer needs; the edge is still exact."""
    db = store["sup"].db
    fill_with_demo_cases(store["sup"], 30, seed=5, parallel=False)
    with db.atomic():
        assert search_index.merge_after_bulk(db, 3)  # 3 of 30: a tenth, merged
        assert not search_index.merge_after_bulk(db, 2)  # under MERGE_AFTER
    import_cases(store["sup"], sample_case())
    with db.atomic():
        assert not search_index.merge_after_bulk(db, 3)  # 3 of 31: less than a tenth
        assert search_index.merge_after_bulk(db, 4)


def test_only_the_search_indexes_are_counted(store: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        search_index.segments(store["sup"].db, "cases")


# -- the idle tidy: small writes merged a bounded step at a time ---------------------------------


def _small_writes(store: dict[str, Any]) -> None:
    """Cases imported and notes added one transaction at a time, as a day's work leaves them."""
    from datetime import UTC, datetime

    from caseintake.domain.records import Note
    from caseintake.services.notes import add_note

    for n in range(5):
        (reference,) = import_cases(store["sup"], sample_case(region="NCR" if n % 2 else "VII"))
        text = f"Live link hearing prepared, visit {n}."
        add_note(store["sup"], reference, Note(kind="home_visit", written_at=datetime.now(UTC), text=text))


def _answers(store: dict[str, Any]) -> list[list[str]]:
    asked = (("bautista", False), ("cebu", False), ("live link", True), ("visit", True), ("zzzz", True))
    return [
        [row.reference for row in list_cases(store["sup"], search=text, include_notes=notes, limit=50)]
        for text, notes in asked
    ]


def _tidy(session: Any, *, rewrite: bool = True) -> int:
    from caseintake.services.search_tidy import tidy_step

    steps = 0
    while tidy_step(session, rewrite=rewrite):
        steps += 1
        assert steps < 500, "the tidy never ends"
    return steps


def test_idle_steps_merge_every_index_into_one_and_find_the_same(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_with_demo_cases(store["sup"], 60, seed=3, parallel=False)  # one segment of many pages each
    _small_writes(store)
    assert all(count > 1 for count in _segments(store).values())
    before = _answers(store)
    assert before[0] and before[2] and not before[4]  # the questions do find something
    monkeypatch.setattr(search_index, "MERGE_SHARE", 1000)  # the small segments count as a good share
    monkeypatch.setattr(search_index, "TIDY_PAGES", 1)  # the smallest step there is
    assert _tidy(store["sup"]) > 2 * len(INDEXES)  # bounded steps: several per index
    assert _segments(store) == dict.fromkeys(INDEXES, 1)
    assert _answers(store) == before
    # The indexes are sound: FTS5's own check of each against what it covers.
    db = store["sup"].db
    for table in ("case_search", "note_search"):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def test_between_rewrites_the_small_segments_are_only_gathered(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rewriting a large index into one segment is allowed only now and then (once an hour, by
    the GUI): in between the tidy gathers small segments level by level and stops there. Which
    segments FTS5 then holds depends on its levels; at 1,000,000 cases the large one was left
    alone (docs/PERFORMANCE.md)."""
    fill_with_demo_cases(store["sup"], 60, seed=3, parallel=False)
    _small_writes(store)
    _small_writes(store)
    scattered = _segments(store)
    before = _answers(store)
    monkeypatch.setattr(search_index, "MERGE_SHARE", 1)  # the small segments never a good share
    _tidy(store["sup"], rewrite=False)
    gathered = _segments(store)
    assert all(gathered[table] <= scattered[table] for table in INDEXES), (scattered, gathered)
    assert gathered != scattered
    assert _answers(store) == before
    # A rewrite allowed again: no index is left in more than two segments.
    _tidy(store["sup"])
    assert all(count <= 2 for count in _segments(store).values()), _segments(store)
    assert _answers(store) == before


def test_an_index_in_more_than_two_segments_is_rewritten_only_when_allowed(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "MERGE_SHARE", 1)  # the small segments never a good share
    merged = search_index._merged  # only merges into one segment: nothing is gathered
    monkeypatch.setattr(
        search_index, "_merged", lambda db, table, pages: pages < 0 and merged(db, table, pages)
    )
    _small_writes(store)
    _small_writes(store)
    scattered = _segments(store)
    assert scattered["case_search"] > 2
    before = _answers(store)
    assert _tidy(store["sup"], rewrite=False) == 0  # nothing worth doing without a rewrite
    assert _segments(store) == scattered
    _tidy(store["sup"])
    assert _segments(store) == {t: 1 if count > 2 else count for t, count in scattered.items()}
    assert _answers(store) == before


def test_small_segments_worth_a_tenth_of_the_index_are_merged_into_it(store: dict[str, Any]) -> None:
    _small_writes(store)  # into an empty database: the small segments are all of it
    _tidy(store["sup"])
    assert _segments(store) == dict.fromkeys(INDEXES, 1)


def test_a_tidy_database_is_not_written(store: dict[str, Any]) -> None:
    from caseintake.services.search_tidy import TIDY_DONE, tidy_step

    _small_writes(store)
    _tidy(store["sup"])
    db = store["sup"].db
    written = db.total_changes
    assert tidy_step(store["sup"]) == TIDY_DONE
    assert db.total_changes == written


def test_any_role_may_tidy(store: dict[str, Any]) -> None:
    """Nothing is shown or changed: a lawyer's idle laptop tidies as a supervisor's does."""
    _small_writes(store)
    _tidy(store["lawyer"])
    assert _segments(store) == dict.fromkeys(INDEXES, 1)
