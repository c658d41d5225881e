"""The counts cache (issue 18): every count read through it equals the same count read afresh.

A seeded walk writes to every table and column the counts read, by the services and by plain SQL
(the triggers, not the callers, keep the cache true), and after each write compares every counts
query, read through the cache, with the same query run once over the whole period without it.
Dropping any one trigger makes the walk find a difference (``test_each_trigger_is_needed``).
"""

from __future__ import annotations

import contextlib
import random
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from caseintake.domain.counts import Period
from caseintake.services import maintenance
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.services.counts import build_counts
from caseintake.services.demo import fill_with_demo_cases
from caseintake.storage import case_removal, counts_cache, counts_query, migrations
from caseintake.storage.database import Database
from caseintake.storage.upgrades import v11_counts_cache
from tests.conftest import import_cases, sample_case

TODAY = date(2026, 5, 15)
WIDE, NARROW = Period("2024-01", "2026-12"), Period("2025-03", "2025-08")
#: (dimensions, unit, all cases): every dimension, unit and consent rule at least once.
SHAPES = (
    (("year", "region"), "cases", False),
    (("month", "status", "source"), "cases", True),
    (("quarter", "offense"), "cases", False),
    (("victim_sex", "victim_age"), "children", True),
    (("victim_age", "referral"), "cases", False),
    (("accused_relationship", "accused_nationality"), "accused", True),
    (("accused_nationality",), "cases", False),
)
REGIONS = ("VII", "NCR", "III", "XI")
STATUSES = ("intake", "active", "in_court", "closed")
OFFENSES = ("osaec_livestream", "trafficking_sexual", "child_abuse", "csaem_production")
NATIONALITIES = ("PH", "US", "AU", "GB", None)
KINDS = ("shelter", "medical", "psychosocial", "legal")


class _Undo(Exception):
    """Rolls back a block that changed something only to look."""


def _month(rng: random.Random) -> str:
    return f"{rng.choice((2024, 2025, 2026))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _new_case(rng: random.Random) -> dict[str, Any]:
    victims = [
        {
            "role": "victim",
            "sex": rng.choice("FM"),
            "age": rng.randint(2, 19),
            "nationality": "PH",
            "identity": {"legal_name": "Ana Cruz"},
        }
        for _ in range(rng.randint(0, 2))
    ]
    accused = [
        {"role": "accused", "relationship": "foreign_online", "sex": "M", "nationality": n, "name": "X Y"}
        for n in rng.sample(NATIONALITIES[:4], rng.randint(0, 2))
    ]
    return sample_case(
        opened_on=_month(rng),
        region=rng.choice(REGIONS),
        status=rng.choice(STATUSES),
        consent_statistics=rng.choice(("yes", "yes", "no")),
        offenses=rng.sample(OFFENSES, rng.randint(1, 2)),
        persons=victims + accused,
        referrals=[
            {"agency": "DSWD", "kind": k, "referred_on": "2026-01-02", "status": "accepted"}
            for k in rng.sample(KINDS, rng.randint(0, 2))
        ],
        hearings=[],
        notes=[],
        evidence=[],
    )


def _uncached(db: Database, sql: str, params: Any, period: Period) -> dict[tuple[str, ...], int]:
    """The query once over the whole period, as before the cache (its days added up to months)."""
    out: dict[tuple[str, ...], int] = {}
    for row in db.all(sql, [*params, period.start, period.end_bound()]):
        key = (str(row[0])[:7], *(str(v) for v in row[1:-1]))
        out[key] = out.get(key, 0) + int(row[-1])
    return out


def snapshot(db: Database, periods: tuple[Period, ...] = (WIDE, NARROW)) -> dict[str, Any]:
    out: dict[str, Any] = {
        "range": (counts_query.opened_range(db, False), counts_query.opened_range(db, True))
    }
    for period in periods:
        out[f"left {period}"] = counts_query.cases_left_out(db, period)
        for dims, unit, all_cases in SHAPES:
            names = counts_query.frequent_nationalities(db, period, all_cases, 2)
            out[f"nat {dims} {period}"] = names
            out[f"{dims} {unit} {all_cases} {period}"] = counts_query.interior_counts(
                db, dims, period, all_cases=all_cases, unit=unit, nationalities=names
            )
            out[f"fine {dims} {unit} {period}"] = counts_query.fine_counts(db, dims, period, unit)
    return out


def fresh(
    db: Database, monkeypatch: pytest.MonkeyPatch, periods: tuple[Period, ...] = (WIDE, NARROW)
) -> dict[str, Any]:
    with monkeypatch.context() as patch:
        patch.setattr(counts_query, "monthly_counts", _uncached)
        return snapshot(db, periods)


def _copy_row(db: Database, table: str, row_id: int, **values: Any) -> None:
    """A new row of `table` like row `row_id`, with `values` and a new uuid (plain SQL)."""
    columns = [str(r[1]) for r in db.all(f"PRAGMA table_info({table})") if r[1] != "id"]
    values.setdefault("uuid", str(uuid.uuid4()))
    picks = ", ".join("?" if c in values else c for c in columns)
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picks} FROM {table} WHERE id = ?",
        [*(values[c] for c in columns if c in values), row_id],
    )


def _pick(db: Database, rng: random.Random, sql: str, *params: Any) -> Any:
    rows = db.all(sql, params)
    return rng.choice(rows) if rows else None


def operations(store: dict[str, Any], rng: random.Random) -> dict[str, Callable[[], None]]:
    """Every kind of write the counts can see, by the services and by plain SQL."""
    sup = store["sup"]
    db: Database = sup.db

    def case_id() -> int:
        return int(_pick(db, rng, "SELECT id FROM cases")[0])

    def person(role: str) -> int | None:
        row = _pick(db, rng, f"SELECT id FROM person WHERE role = '{role}'")
        return None if row is None else int(row[0])

    def run(sql: str, *params: Any) -> None:
        with db.atomic():
            db.execute(sql, params)

    def import_batch() -> None:
        import_cases(sup, *(_new_case(rng) for _ in range(rng.randint(1, 3))))

    def edit_case() -> None:  # through the record home, as the editor saves
        ref = str(_pick(db, rng, "SELECT reference FROM cases")[0])
        case = load_case(sup, ref)
        edited = replace(
            case,
            status=rng.choice([s for s in STATUSES if s != case.status]),
            region=rng.choice([r for r in REGIONS if r != case.region]),
            opened_on=date.fromisoformat(_month(rng)),
            offenses=tuple(rng.sample(OFFENSES, rng.randint(1, 3))),
        )
        update_case(sup, ref, edited, ("status", "region", "opened_on", "offenses"))

    def bare_case() -> None:  # a case with no people, offenses or referrals: only its own trigger
        with db.atomic():
            _copy_row(db, "cases", case_id(), reference=f"CI-T-{rng.randrange(10**9)}", opened_on=_month(rng))

    def remove_case() -> None:
        with db.atomic():
            case_removal.remove_cases(db, [case_id()])

    def add_victim() -> None:
        victim = person("victim")
        if victim is not None:
            with db.atomic():
                _copy_row(db, "person", victim, case_id=case_id(), pseudonym=None, age=rng.randint(0, 17))

    def victim_field() -> None:
        victim = person("victim")
        if victim is not None:
            column, value = rng.choice(
                (("sex", "M" if rng.random() < 0.5 else "F"), ("age", rng.randint(0, 20)))
            )
            run(f"UPDATE person SET {column} = ? WHERE id = ?", value, victim)

    def accused_field() -> None:
        accused = person("accused")
        if accused is not None:
            run("UPDATE person SET nationality = ?, relationship = ? WHERE id = ?", rng.choice(NATIONALITIES),
                rng.choice(("parent", "foreign_online", None)), accused)  # fmt: skip

    def move_person() -> None:
        moved = person(rng.choice(("victim", "accused")))
        if moved is not None:
            run("UPDATE person SET case_id = ?, pseudonym = NULL WHERE id = ?", case_id(), moved)

    def delete_person() -> None:
        gone = person(rng.choice(("victim", "accused")))
        if gone is not None:
            run("DELETE FROM person WHERE id = ?", gone)

    def add_offense() -> None:
        row = _pick(db, rng, "SELECT id FROM cases")
        held = {str(r[0]) for r in db.all("SELECT offense FROM case_offense WHERE case_id = ?", row)}
        free = [o for o in OFFENSES if o not in held]
        if free:
            run("INSERT INTO case_offense (case_id, offense) VALUES (?, ?)", row[0], rng.choice(free))

    def remove_offense() -> None:
        row = _pick(db, rng, "SELECT case_id, offense FROM case_offense")
        if row is not None:
            run("DELETE FROM case_offense WHERE case_id = ? AND offense = ?", *row)

    def move_offense() -> None:  # to a case of another month that does not hold it yet
        row = _pick(db, rng, "SELECT case_id, offense FROM case_offense")
        target = row and _pick(
            db,
            rng,
            "SELECT t.id FROM cases t, cases s WHERE s.id = ?"
            " AND substr(t.opened_on, 1, 7) <> substr(s.opened_on, 1, 7)"
            " AND NOT EXISTS (SELECT 1 FROM case_offense o WHERE o.case_id = t.id AND o.offense = ?)",
            *row,
        )
        if target:
            run("UPDATE case_offense SET case_id = ? WHERE case_id = ? AND offense = ?", target[0], *row)

    def add_referral() -> None:
        source = _pick(db, rng, "SELECT id FROM referral")
        if source is not None:
            with db.atomic():
                _copy_row(db, "referral", int(source[0]), case_id=case_id(), kind=rng.choice(KINDS))

    def remove_referral() -> None:
        row = _pick(db, rng, "SELECT id FROM referral")
        if row is not None:
            run("DELETE FROM referral WHERE id = ?", row[0])

    def referral_kind() -> None:
        row = _pick(db, rng, "SELECT id, kind FROM referral")
        if row is not None:
            run(
                "UPDATE referral SET kind = ? WHERE id = ?",
                rng.choice([k for k in KINDS if k != row[1]]),
                row[0],
            )

    def move_referral() -> None:
        row = _pick(db, rng, "SELECT id FROM referral")
        if row is not None:
            run("UPDATE referral SET case_id = ? WHERE id = ?", case_id(), row[0])

    def consent() -> None:
        flip = "CASE consent_statistics WHEN 'yes' THEN 'no' ELSE 'yes' END"
        run(f"UPDATE cases SET consent_statistics = {flip} WHERE id = ?", case_id())

    def source() -> None:
        run(
            "UPDATE cases SET source_kind = ? WHERE id = ?",
            rng.choice(("cybertipline", "walk_in", None)),
            case_id(),
        )

    def move_case() -> None:
        run("UPDATE cases SET opened_on = ? WHERE id = ?", _month(rng), case_id())

    def demo() -> None:
        fill_with_demo_cases(sup, 3, seed=rng.randrange(1000), today=TODAY, parallel=False)

    every = (import_batch, edit_case, bare_case, remove_case, add_victim, victim_field, accused_field,
             move_person, delete_person, add_offense, remove_offense, move_offense, add_referral,
             remove_referral, referral_kind, move_referral, consent, source, move_case, demo)  # fmt: skip
    return {f.__name__: f for f in every}


def walk(
    store: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
    rounds: int,
    periods: tuple[Period, ...] = (WIDE, NARROW),
) -> Iterator[str]:
    """Each operation once per round, in a shuffled order; yields the ones after which a count
    read through the cache differed from the same count read afresh."""
    rng = random.Random(seed)
    db = store["sup"].db
    import_cases(store["sup"], *(_new_case(rng) for _ in range(12)))
    ops = operations(store, rng)
    snapshot(db, periods)
    for _ in range(rounds):
        names = sorted(ops)
        rng.shuffle(names)
        for name in names:
            ops[name]()
            if snapshot(db, periods) != fresh(db, monkeypatch, periods):
                yield name


def test_every_count_equals_a_fresh_count(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    assert list(walk(store, monkeypatch, seed=1, rounds=2)) == []
    # The walk used the cache: months and days were counted once and read back since.
    assert store["sup"].db.scalar("SELECT count(*) FROM counts_cache") > 0


def test_each_trigger_is_needed(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk can fail: without any one trigger (and without the look for missing triggers
    that would make the counts skip the cache), some write leaves a cached month stale."""
    db = store["sup"].db
    monkeypatch.setattr(counts_cache, "missing_triggers", lambda _db: [])
    caught = {}
    for trigger, _ in v11_counts_cache.trigger_sql():
        with contextlib.suppress(_Undo), db.atomic():  # each trigger on the same empty database
            db.execute(f"DROP TRIGGER {trigger}")
            caught[trigger] = next(walk(store, monkeypatch, seed=3, rounds=2, periods=(WIDE,)), None)
            raise _Undo()
    assert [t for t, op in caught.items() if op is None] == []


def test_a_dropped_trigger_is_noticed_and_counts_stay_true(store: dict[str, Any]) -> None:
    db = store["sup"].db
    import_cases(store["sup"], sample_case(opened_on="2025-04-02"), sample_case(opened_on="2025-05-02"))
    before = counts_query.interior_counts(db, ("month",), WIDE, all_cases=True, unit="cases")
    db.execute("DROP TRIGGER counts_cases_update")
    db.execute("UPDATE cases SET opened_on = '2025-06-01' WHERE opened_on = '2025-04-02'")
    after = counts_query.interior_counts(db, ("month",), WIDE, all_cases=True, unit="cases")
    assert before == [(("2025-04",), 1), (("2025-05",), 1)]
    assert after == [(("2025-05",), 1), (("2025-06",), 1)]
    # The check says so, and that the cached months the write missed are stale.
    found = maintenance.inspect(db).checks["search"]
    assert found[0] == "1 trigger(s) of the counts cache are missing; counts are read without it"
    assert found[1].startswith("the counts cache disagrees with the cases in ")


def test_check_recounts_cached_months(store: dict[str, Any]) -> None:
    db = store["sup"].db
    import_cases(store["sup"], sample_case(opened_on="2025-04-02"), sample_case(opened_on="2025-05-02"))
    counts_query.interior_counts(db, ("region",), WIDE, all_cases=True, unit="cases")
    assert maintenance.inspect(db).checks["search"] == []
    # A cache that drifted (no write path does this; only an edit by hand could) is reported.
    db.execute("""UPDATE counts_cache SET cells = '[["VII", 7]]' WHERE bucket = '2025-04'""")
    report = maintenance.inspect(db)
    assert len(report.checks["search"]) == 1
    assert report.checks["search"][0].startswith("the counts cache disagrees with the cases in 1 of ")


def test_check_reports_a_cache_table_altered_by_hand(store: dict[str, Any]) -> None:
    """The check reports what it finds and goes on; it never stops at a table it cannot read."""
    db = store["sup"].db
    import_cases(store["sup"], sample_case(opened_on="2025-04-02"))
    counts_query.interior_counts(db, ("region",), WIDE, all_cases=True, unit="cases")
    with db.atomic():
        db.execute("DROP TRIGGER IF EXISTS counts_cases_insert")
        db.execute("ALTER TABLE counts_gen RENAME TO counts_gen_by_hand")
    report = maintenance.inspect(db)
    assert "the tables of the counts cache are not as upgrade 11 made them" in report.checks["search"]
    assert report.checks["audit"] == []  # the checks after it still ran


def test_export_reads_changed_months_only(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    db = store["sup"].db
    import_cases(store["sup"], *(sample_case(opened_on=f"2025-{m:02d}-03") for m in range(1, 13)))
    build_counts(store["sup"], "month,region", start="2025-01", end="2025-12", today=TODAY, min_cell=3)
    ranges: list[tuple[str, str]] = []
    real = counts_cache.count_days
    monkeypatch.setattr(counts_cache, "count_days", lambda *a: ranges.append((a[3][0], a[3][-1])) or real(*a))
    table = build_counts(
        store["sup"], "month,region", start="2025-01", end="2025-12", today=TODAY, min_cell=3
    )
    assert ranges == []  # nothing changed: every month from the cache
    db.execute("UPDATE cases SET region = 'NCR' WHERE opened_on = '2025-03-03'")
    again = build_counts(
        store["sup"], "month,region", start="2025-01", end="2025-12", today=TODAY, min_cell=3
    )
    assert set(ranges) == {("2025-03-03", "2025-03-03")}  # that day alone is counted again
    assert again.cells != table.cells


def test_upgrade_on_a_database_with_rows(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    db = store["sup"].db
    import_cases(store["sup"], *(_new_case(random.Random(n)) for n in range(8)))
    expected = fresh(db, monkeypatch)
    for name, _ in v11_counts_cache.trigger_sql():
        db.execute(f"DROP TRIGGER {name}")
    for table in ("counts_gen", "counts_cache", "counts_cache_query"):
        db.execute(f"DROP TABLE {table}")
    db.execute(f"PRAGMA user_version = {migrations.UPGRADES.index(v11_counts_cache.upgrade)}")
    assert migrations.upgrade(db) == len(migrations.UPGRADES) - migrations.UPGRADES.index(
        v11_counts_cache.upgrade
    )
    assert counts_cache.missing_triggers(db) == []
    assert snapshot(db) == expected
    db.execute("UPDATE cases SET region = 'XI' WHERE id = (SELECT min(id) FROM cases)")
    assert snapshot(db) == fresh(db, monkeypatch)


def test_a_new_database_has_the_triggers(store: dict[str, Any]) -> None:
    assert counts_cache.missing_triggers(store["sup"].db) == []


def test_the_triggers_watch_every_column_the_counts_read(
    monkeypatch: pytest.MonkeyPatch, store: dict[str, Any]
) -> None:
    """A column the counts' SQL names that no trigger watches would change counts unnoticed."""
    seen: list[str] = []
    monkeypatch.setattr(counts_query, "monthly_counts", lambda _db, sql, *_a: seen.append(sql) or {})
    snapshot(store["sup"].db)
    tables = {"c": "cases", "v": "person", "a": "person", "o": "case_offense", "r": "referral"}
    named = {(tables[m[0]], m[1]) for sql in seen for m in re.findall(r"\b([cvaor])\.(\w+)", sql)}
    assert named and all(column in v11_counts_cache.WATCHED[table] for table, column in named), named
