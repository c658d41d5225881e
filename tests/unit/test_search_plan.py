"""The case list's search plans (issue 18, item 1): starting from few hits, walking the list's
order and testing each case, or gathering the hits first, give exactly the same rows in the same
order; a reference is looked up in the reference index; the plan chosen fits the hits."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

import pytest

from caseintake.services.cases import list_cases
from caseintake.services.demo import fill_with_demo_cases
from caseintake.storage import identity_store
from caseintake.storage.records import case_list
from caseintake.storage.search_index import match_expression, reference_start, row_expression

SORTS = tuple(case_list.SORT_KEYS)
#: Every case the search finds, no filter.
_ALL: dict[str, Any] = {"after": None, "limit": 10_000, "status": None, "region": None, "assigned_to": None}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from caseintake.services import users
    from caseintake.services.session import create_session, open_session
    from tests.conftest import PASSPHRASES, SUPERVISOR_PASS

    path = tmp_path_factory.mktemp("plan") / "cases.db"
    session, _key = create_session(path, "sup", SUPERVISOR_PASS)
    users.add_user(session, "worker", "social_worker", PASSPHRASES["worker"])
    users.add_user(session, "other", "social_worker", PASSPHRASES["other"])
    fill_with_demo_cases(session, 180, seed=11, parallel=False)
    worker = open_session(path, "worker", PASSPHRASES["worker"])
    yield {"sup": session, "worker": worker}
    worker.close()
    session.close()


def _words(db: Any) -> list[str]:
    """Words of the index itself, so that searches find something, and their starts."""
    terms = [str(r[0]) for r in db.all("SELECT DISTINCT term FROM case_search_terms")]
    rng = random.Random(5)
    picked = rng.sample(terms, min(60, len(terms)))
    return picked + [t[:n] for t in picked for n in (1, 2, 3, 5, 6) if len(t) > n]


def _page(db: Any, text: str, plan: str | None, identity: case_list.IdentitySearch | None, **kw: Any) -> Any:
    return case_list.page(
        db,
        match=match_expression(text),
        identity=identity,
        reference=reference_start(text),
        plan=plan,
        **kw,
    )


@pytest.mark.parametrize("thresholds", ["as shipped", "small"])
def test_every_plan_gives_the_same_page(
    demo: dict[str, Any], thresholds: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seeded random walk over searches, sorts, filters, `after` keys and page sizes: the three
    plans (the walk with a short window, so it also hands over to the scan) and the chosen one
    return the same rows, in the same order, with the same identity matches. With small
    thresholds the chosen plan is the walk or the scan, as in a large office."""
    if thresholds == "small":
        monkeypatch.setattr(case_list, "FEW_HITS", 4)
        monkeypatch.setattr(case_list, "PROBE_COST", 0.5)
    chosen: list[int | None] = []
    choose = case_list._walk_window

    def recorded(*args: Any) -> int | None:
        chosen.append(choose(*args))
        return chosen[-1]

    monkeypatch.setattr(case_list, "_walk_window", recorded)
    db = demo["sup"].db
    rng = random.Random(18)
    words = _words(db)
    references = [str(r[0]) for r in db.all("SELECT reference FROM cases")]
    texts = words + [f"{a} {b}" for a, b in zip(words[::7], words[3::7], strict=False)]
    texts += [ref[:n] for ref in rng.sample(references, 6) for n in (7, 9, 11, 13)] + ["qzxv", "Cebu"]
    worker_id = int(db.scalar("SELECT id FROM users WHERE username = 'worker'"))
    compared = 0
    for _ in range(260):
        text = rng.choice(texts)
        sort = rng.choice(SORTS)
        descending = rng.random() < 0.5
        filters = rng.choice([{}, {"status": "active"}, {"region": "VII"}, {"assigned_to": "worker"}])
        expression = identity_store.query_expression(db, text)
        identity = rng.choice(
            [None, case_list.IdentitySearch(expression), case_list.IdentitySearch(expression, worker_id)]
            if expression
            else [None]
        )
        options: dict[str, Any] = {
            "status": filters.get("status"),
            "region": filters.get("region"),
            "assigned_to": filters.get("assigned_to"),
            "include_notes": rng.random() < 0.5,
            "sort": sort,
            "descending": descending,
        }
        everything, _ = _page(db, text, "few", identity, after=None, limit=10_000, **options)
        after = None
        if everything and rng.random() < 0.6:
            row = rng.choice(everything)
            after = (row.sort_value(sort), row.reference)
        limit = rng.choice([1, 5, 17, 100])
        answers = {
            plan: _page(
                db,
                text,
                plan,
                identity,
                after=after,
                limit=limit,
                walk_most=rng.choice([1, 3, 8, 50]),
                **options,
            )
            for plan in (None, "few", "walk", "scan")
        }
        few_rows, few_matched = answers["few"]
        for plan, (rows, matched) in answers.items():
            assert [r.reference for r in rows] == [r.reference for r in few_rows], (
                plan,
                text,
                sort,
                after,
                options,
            )
            assert rows == few_rows and matched == few_matched, (plan, text, sort, after)
        compared += bool(few_rows)
    assert compared > 100, "too few searches found anything to compare"
    if thresholds == "small":  # the chosen plan was the walk (bounded or not) and the scan, often
        assert chosen.count(None) > 10 and len(chosen) - chosen.count(None) > 10, chosen


def test_a_page_follows_the_list_order_of_what_the_search_finds(demo: dict[str, Any]) -> None:
    """The answer itself (not only the plans' agreement): the cases the index finds, in the
    list's order, after the key given."""
    db = demo["sup"].db
    long_words = [w for w in _words(db) if len(w) > 4][:25]  # written as the index words they start
    for text in ("cebu", "tr", "shelter", "a", *long_words):
        hits = {
            int(r[0])
            for r in db.all(
                "SELECT rowid FROM case_search WHERE case_search MATCH ?", (match_expression(text),)
            )
        }
        assert hits, text
        for plan in ("walk", "scan", None):
            rows, _ = _page(
                db, text, plan, None, **_ALL, include_notes=False, sort="opened_on", descending=True
            )
            assert {r.id for r in rows} == hits, (text, plan)
            keys = [(r.opened_on, r.reference) for r in rows]
            assert keys == sorted(keys, reverse=True), (text, plan)


def _statements(session: Any, search: str, **kw: Any) -> tuple[list[Any], list[str], list[str]]:
    """The rows of a search, its statements, and their query plans."""
    sent: list[str] = []
    plans: list[str] = []
    db = session.db
    original_all, original_one = db.all, db.one

    def spy(original: Any) -> Any:
        def run(sql: str, params: Any = ()) -> Any:
            sent.append(sql)
            plans.extend(str(r[3]) for r in original_all("EXPLAIN QUERY PLAN " + sql, params))
            return original(sql, params)

        return run

    db.all, db.one = spy(original_all), spy(original_one)
    try:
        rows = list_cases(session, search=search, **kw)
    finally:
        db.all, db.one = original_all, original_one
    return rows, sent, plans


def test_a_full_reference_is_read_from_the_reference_index_and_found_alone(demo: dict[str, Any]) -> None:
    reference = str(demo["sup"].db.scalar("SELECT reference FROM cases ORDER BY id LIMIT 1 OFFSET 41"))
    for typed in (reference, reference.lower(), f"  {reference} "):
        rows, sent, plans = _statements(demo["sup"], typed)
        assert [r.reference for r in rows] == [reference]
        assert not [sql for sql in sent if "case_search" in sql or "note_search" in sql], sent
        assert any("sqlite_autoindex_cases_2 (reference=?)" in step for step in plans), plans
        assert not [step for step in plans if "SCAN c USING COVERING INDEX" in step], plans


def test_the_start_of_a_reference_finds_the_cases_it_starts_in_list_order(demo: dict[str, Any]) -> None:
    db = demo["sup"].db
    references = sorted(str(r[0]) for r in db.all("SELECT reference FROM cases"))
    start = references[30][:-2]  # e.g. CI-2026-000: a range of the reference index
    expected = [r for r in references if r.startswith(start)]
    assert 1 < len(expected) < len(references)
    rows, sent, plans = _statements(demo["sup"], start, limit=1000)
    assert sorted(r.reference for r in rows) == expected
    assert [(r.opened_on, r.reference) for r in rows] == sorted(
        ((r.opened_on, r.reference) for r in rows), reverse=True
    )
    assert not [sql for sql in sent if "case_search" in sql], sent
    assert any("sqlite_autoindex_cases_2 (reference>? AND reference<?)" in step for step in plans), plans


def test_reference_like_text_that_starts_no_reference_is_searched_as_words(demo: dict[str, Any]) -> None:
    """'VII-2026' looks like a reference (an office prefix and a year) but starts none: the words
    are searched as before (region VII, year 2026)."""
    assert reference_start("VII-2026") == "VII-2026"
    rows = list_cases(demo["sup"], search="VII-2026", include_notes=False, limit=1000)
    hits = demo["sup"].db.all(
        "SELECT rowid FROM case_search WHERE case_search MATCH ?", (match_expression("VII-2026"),)
    )
    assert rows and {r.id for r in rows} == {int(r[0]) for r in hits}


def test_a_search_with_few_hits_reads_them_by_key_instead_of_walking_every_case(demo: dict[str, Any]) -> None:
    """Before: a search matching almost nothing walked the whole date index testing membership."""
    rows, _sent, plans = _statements(demo["sup"], "qzxv")
    assert rows == []
    assert not [step for step in plans if "SCAN c USING COVERING INDEX" in step], plans
    word = str(
        demo["sup"].db.scalar("SELECT term FROM case_search_terms GROUP BY term HAVING count(*) = 2 LIMIT 1")
    )
    rows, _sent, plans = _statements(demo["sup"], word)
    assert len(rows) >= 2
    assert not [step for step in plans if "SCAN c USING COVERING INDEX" in step], plans
    assert any("SCAN h VIRTUAL TABLE" in step or "SCAN json_each" in step for step in plans), plans


def test_a_search_most_cases_match_walks_the_list_asking_the_index_per_case(
    demo: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many hits, most cases matching: the page is found by walking the list's order and asking
    the index about each case, instead of first gathering every hit (which grows with the office)."""
    monkeypatch.setattr(case_list, "FEW_HITS", 10)
    monkeypatch.setattr(case_list, "PROBE_COST", 1)
    _rows, _sent, plans = _statements(demo["sup"], "a", include_notes=False, limit=5)
    assert any("SCAN case_search EXISTS" in step or "CORRELATED SCALAR SUBQUERY" in step for step in plans), (
        plans
    )
    assert not [step for step in plans if "LIST SUBQUERY" in step and "json" not in step], plans


def test_a_sparse_identity_index_is_gathered_once_for_the_walk_with_the_same_answer(
    demo: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk asks the identity index twice about each case it passes; where the names hit
    are fewer than those questions would cost, they are gathered once and each case is tested
    against them (`she` at 1,000,000 cases: 67 to 37 ms). The page is the same."""
    monkeypatch.setattr(case_list, "FEW_HITS", 4)  # many hits: not the few-hits plan
    monkeypatch.setattr(case_list, "PROBE_COST", 0.5)  # the walk, as in a large office
    monkeypatch.setattr(case_list, "GATHER_SHARE", 1000.0)  # gathering always looks worth it
    gathered: list[Any] = []
    gather = case_list._gather_identity

    def recorded(db: Any, tests: list[Any], *args: Any) -> list[Any]:
        chosen = gather(db, tests, *args)
        gathered.extend(new for new, old in zip(chosen, tests, strict=True) if new is not old)
        return chosen

    monkeypatch.setattr(case_list, "_gather_identity", recorded)
    db = demo["sup"].db
    worker_id = int(db.scalar("SELECT id FROM users WHERE username = 'worker'"))
    compared = 0
    texts = ("a", "ma", "re", "an", "s", "she", "jo", "e")
    for text, assignee in itertools.product(texts, (None, worker_id)):
        # A social worker's identity matches stay within her own cases, gathered or asked.
        identity = case_list.IdentitySearch(identity_store.query_expression(db, text) or "", assignee)
        for sort in ("opened_on", "reference", "region"):
            options: dict[str, Any] = {"include_notes": False, "sort": sort, "descending": True}
            options |= {"status": None, "region": None, "assigned_to": None}
            expected = _page(db, text, "few", identity, after=None, limit=20, **options)
            assert _page(db, text, None, identity, after=None, limit=20, **options) == expected, (text, sort)
            compared += bool(expected[1])  # identity matches among the rows
    assert gathered and all(test.identity and test.column_test for test in gathered)
    assert compared, "no identity match to compare"


def test_a_long_word_is_asked_per_case_as_the_index_words_it_starts(demo: dict[str, Any]) -> None:
    db = demo["sup"].db
    start = str(
        db.scalar(
            "SELECT substr(term, 1, 5) AS start FROM case_search_terms WHERE length(term) > 5"
            " GROUP BY start HAVING count(DISTINCT term) > 1 LIMIT 1"
        )
    )
    starting = sorted(
        {
            str(r[0])
            for r in db.all("SELECT term FROM case_search_terms WHERE substr(term, 1, 5) = ?", (start,))
        }
    )
    assert len(starting) > 1
    expression = row_expression(db, "case_search", f'"{start.upper()}"*')
    assert expression == "(" + " OR ".join(f'"{t}"' for t in starting) + ")"
    assert row_expression(db, "case_search", '"qzxvw"*') == '("qzxvw")'  # no word: matches nothing
    assert row_expression(db, "case_search", '"ce"* "parañ"*') is None  # not plain ASCII
    assert row_expression(db, "case_search", '"ce"*') == '"ce"*'


def test_identity_matches_stay_within_the_users_reveal_rights_in_every_plan(demo: dict[str, Any]) -> None:
    """A social worker finds a case through vault values only if it is assigned to them, whatever
    plan runs; the matched cases (what the audit records) are the same in every plan."""
    db = demo["sup"].db
    worker_id = int(db.scalar("SELECT id FROM users WHERE username = 'worker'"))
    for letter in "abcdefghijklmnoprstu":
        expression = identity_store.query_expression(db, letter)
        assert expression
        everyone = {
            int(r[0])
            for r in db.all("SELECT rowid FROM identity_search WHERE identity_search MATCH ?", (expression,))
        }
        mine = {int(r[0]) for r in db.all("SELECT id FROM cases WHERE assigned_to = ?", (worker_id,))}
        for plan in ("few", "walk", "scan"):
            search = case_list.IdentitySearch(expression, worker_id)
            _rows, matched = _page(
                db, letter, plan, search, **_ALL, include_notes=True, sort="reference", descending=False
            )
            assert set(matched) == everyone & mine, (letter, plan)


def test_upgrade_10_adds_term_lists_that_read_the_indexes(store: dict[str, Any]) -> None:
    """On a database holding cases (upgrade 10 undone, then run again): the term lists list the
    words already indexed, and a long word is then searched through them."""
    from caseintake.storage.upgrades import v10_search_plan
    from tests.conftest import import_cases, sample_case

    session = store["sup"]
    ref = import_cases(session, sample_case(summary="AAA was trafficked; the grandmother reported it."))[0]
    db = session.db
    with db.atomic():
        for table in ("case_search_terms", "note_search_terms"):
            db.execute(f"DROP TABLE {table}")
    with db.atomic():
        v10_search_plan.upgrade(db)
    terms = {str(r[0]) for r in db.all("SELECT term FROM case_search_terms")}
    assert {"trafficked", "grandmother"} <= terms
    assert row_expression(db, "case_search", '"grandm"*') == '("grandmother")'
    assert [r.reference for r in list_cases(session, search="grandmoth")] == [ref]


def test_the_scan_is_weighed_by_every_hit_it_gathers_not_by_the_walks_first_cases() -> None:
    """`live link` at 1,000,000 cases: a quarter of all cases hold the words, but only one in 40
    of the newest cases the walk comes to first. The walk is weighed by that sample; the scan
    gathers every hit, so it is weighed by the probe's share. Weighed by the sample, the scan
    looked ten times cheaper than it is (120 ms against the walk's 48)."""
    words = case_list._Source("ids", [], "test", [], table="case_search")
    notes = case_list._Source("ids", [], "test", [], table="note_search")
    costs = [440.0, 80.0]

    def found(sample: float, probe: float) -> case_list._Found:
        return case_list._Found(list(range(1000)), True, sample, probe)

    live_link = [found(0.025, 0.24), found(0.125, 0.31)]
    assert case_list._walk_window([words, notes], live_link, 100, 1_000_000, costs) is not None
    # A probe whose first hits span the gap between two devices' id ranges reads as almost no
    # hits; the sample's share is then the floor, and the scan stays the choice it was.
    spread = [found(0.025, 1e-7), found(0.125, 1e-7)]
    assert case_list._walk_window([words, notes], spread, 100, 1_000_000, costs) is None
