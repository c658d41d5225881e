"""The agenda's own table (schema upgrade 15): kept by triggers on every write path, read by the
agenda, compared by `check`, and the agenda still right without it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from caseintake.domain.records import Hearing
from caseintake.services import hearings, sync, team
from caseintake.services.demo import fill_with_demo_cases
from caseintake.services.maintenance import check
from caseintake.services.session import Session, open_session
from caseintake.storage import agenda_rows, migrations
from caseintake.storage.upgrades import v15_agenda_rows
from caseintake.storage.upgrades.v15_agenda_rows import trigger_sql
from tests.conftest import PASSPHRASES, import_cases, sample_case

WHOLE = (date(2000, 1, 1), date(2100, 1, 1))


def _from_hearings(session: Session) -> list[tuple[Any, ...]]:
    """What the table must hold, read from the hearings and their cases."""
    return session.db.all(
        "SELECT h.starts_utc, h.id, c.reference, h.case_id, h.uuid, h.kind, h.starts_at, h.court,"
        " h.branch, h.docket, h.lawyer, h.status FROM hearing h JOIN cases c ON c.id = h.case_id"
        " ORDER BY 1, 2"
    )


def _held(session: Session) -> list[tuple[Any, ...]]:
    return session.db.all(
        "SELECT starts_utc, hearing_id, reference, case_id, uuid, kind, starts_at, court, branch, docket,"
        " lawyer, status FROM hearing_agenda ORDER BY 1, 2"
    )


def _agenda(session: Session, lawyer: str | None = None) -> list[tuple[str, str, str]]:
    return [(i.id, i.reference, i.status) for i in hearings.agenda(session, *WHOLE, lawyer=lawyer)]


def _hearing(when: str, **fields: Any) -> Hearing:
    values: dict[str, Any] = {
        "court": "RTC Branch 7, Cebu City",
        "kind": "trial",
        "starts_at": datetime.fromisoformat(when),
        "status": "scheduled",
        "lawyer": "lawyer",
    }
    values.update(fields)
    return Hearing(**values)


def test_the_table_follows_every_write_to_a_hearing(store: dict[str, Any]) -> None:
    sup = store["sup"]
    first, second = import_cases(sup, sample_case(), sample_case(status="active"))
    assert _held(sup) == _from_hearings(sup) and len(_held(sup)) == 2
    added = hearings.add_hearing(sup, second, _hearing("2026-12-09T13:30:00+08:00"))
    assert _held(sup) == _from_hearings(sup) and len(_held(sup)) == 3
    moved = dataclasses.replace(added, starts_at=datetime.fromisoformat("2026-12-10T08:30:00+08:00"))
    hearings.update_hearing(sup, added.id or "", moved)
    assert _held(sup) == _from_hearings(sup)
    held = dataclasses.replace(moved, status="held", outcome="Heard; reset for the defence.")
    hearings.update_hearing(sup, added.id or "", held)
    assert _held(sup) == _from_hearings(sup)
    assert ("held" in {row[-1] for row in _held(sup)}) and agenda_rows.problems(sup.db) == []
    # A case's reference changing (by hand: the program never does) is followed too.
    with sup.db.atomic():
        sup.db.execute("UPDATE cases SET reference = 'CI-2026-99999' WHERE reference = ?", (first,))
    assert _held(sup) == _from_hearings(sup)
    assert "CI-2026-99999" in {row[2] for row in _held(sup)}


def test_a_removed_case_takes_its_agenda_rows_with_it(store: dict[str, Any]) -> None:
    sup = store["sup"]
    fill_with_demo_cases(sup, 40, seed=5, today=date(2026, 6, 1), parallel=False)
    before = len(_held(sup))
    with sup.db.atomic():
        case_id = sup.db.scalar("SELECT case_id FROM hearing LIMIT 1")
        gone = sup.db.scalar("SELECT count(*) FROM hearing WHERE case_id = ?", (case_id,))
        sup.db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # its hearings by cascade
    assert len(_held(sup)) == before - gone and _held(sup) == _from_hearings(sup)


def test_the_agenda_reads_the_table_and_says_the_same_without_it(store: dict[str, Any]) -> None:
    sup = store["sup"]
    fill_with_demo_cases(sup, 60, seed=2, today=date(2026, 6, 1), parallel=False)
    assert agenda_rows.in_use(sup.db)
    plan = " ".join(
        str(row[-1])
        for row in sup.db.all(
            "EXPLAIN QUERY PLAN SELECT a.uuid FROM hearing_agenda a LEFT JOIN users u ON u.id = a.lawyer"
            " WHERE a.starts_utc >= ? AND a.starts_utc < ?"
            " ORDER BY a.starts_utc, a.reference, a.hearing_id LIMIT 2001",
            ("2026-01-01", "2026-02-01"),
        )
    )
    assert "SEARCH a USING PRIMARY KEY" in plan and "cases" not in plan
    lawyer = sup.db.scalar("SELECT u.username FROM hearing h JOIN users u ON u.id = h.lawyer LIMIT 1")
    with_table = (_agenda(sup), _agenda(sup, lawyer))
    month = hearings.agenda(sup, date(2026, 3, 1), date(2026, 3, 31), limit=5)
    with sup.db.atomic():
        sup.db.execute("DROP TRIGGER agenda_hearing_update")
    assert not agenda_rows.in_use(sup.db)
    assert (_agenda(sup), _agenda(sup, lawyer)) == with_table
    assert [i.id for i in hearings.agenda(sup, date(2026, 3, 1), date(2026, 3, 31), limit=5)] == [
        i.id for i in month
    ]
    assert with_table[0] and with_table[1]


def test_check_reports_a_missing_trigger_and_a_table_that_drifted(store: dict[str, Any]) -> None:
    sup = store["sup"]
    fill_with_demo_cases(sup, 30, seed=4, today=date(2026, 6, 1), parallel=False)
    assert check(sup).ok
    with sup.db.atomic():
        first_day = sup.db.scalar("SELECT min(starts_utc) FROM hearing_agenda")
        sup.db.execute("UPDATE hearing_agenda SET status = 'cancelled' WHERE starts_utc = ?", (first_day,))
    report = check(sup)
    assert any("agenda" in line and "differs" in line for line in report.checks["search"])
    with sup.db.atomic():
        sup.db.execute("DELETE FROM hearing_agenda WHERE starts_utc = ?", (first_day,))
        sup.db.execute("DROP TRIGGER agenda_hearing_insert")
    lines = check(sup).checks["search"]
    assert any("1 trigger(s) of the agenda" in line for line in lines)
    assert any("row(s) for" in line for line in lines)


def test_upgrade_15_fills_the_table_from_the_hearings_there(store: dict[str, Any]) -> None:
    sup = store["sup"]
    import_cases(sup, sample_case(), sample_case())
    with sup.db.atomic():
        for name, _sql in trigger_sql():
            sup.db.execute(f"DROP TRIGGER {name}")
        sup.db.execute("DROP TABLE hearing_agenda")
        before = migrations.UPGRADES.index(v15_agenda_rows.upgrade)
        sup.db.execute(f"PRAGMA user_version = {before}")
    assert migrations.upgrade(sup.db) == migrations.SCHEMA_VERSION - before
    assert _held(sup) == _from_hearings(sup) and len(_held(sup)) == 2
    assert agenda_rows.missing_triggers(sup.db) == [] and agenda_rows.problems(sup.db) == []


def test_a_laptop_copy_holds_agenda_rows_of_its_own_cases_only(store: dict[str, Any], tmp_path: Path) -> None:
    sup = store["sup"]
    mine, _theirs = import_cases(sup, sample_case(), sample_case(assigned_to="other"))
    team.start_hub(sup)
    path = tmp_path / "field-1" / "cases.db"
    team.enrol(sup, "field-1", "worker", path)
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    try:
        assert {row[2] for row in _held(laptop)} == {mine}
        assert _held(laptop) == _from_hearings(laptop)
        # A hearing added at the office reaches the laptop's agenda through sync.
        soon = (datetime.now().astimezone() + timedelta(days=3)).replace(microsecond=0)
        hearings.add_hearing(sup, mine, _hearing(soon.isoformat()))
        bundle = tmp_path / "to-laptop.bundle"
        sync.export_bundle(sup, bundle, device="field-1")
        sync.import_bundle(laptop, bundle)
        assert len(_held(laptop)) == 2 and _held(laptop) == _from_hearings(laptop)
        assert agenda_rows.problems(laptop.db) == []
    finally:
        laptop.close()


def test_check_finds_a_hearing_moved_behind_the_tables_back_though_the_counts_agree(
    store: dict[str, Any],
) -> None:
    sup = store["sup"]
    fill_with_demo_cases(sup, 30, seed=6, today=date(2026, 6, 1), parallel=False)
    with sup.db.atomic():
        sup.db.execute("DROP TRIGGER agenda_hearing_update")
        sup.db.execute(
            "UPDATE hearing SET starts_utc = '2031-01-01T01:00:00+00:00'"
            " WHERE id = (SELECT max(id) FROM hearing)"
        )
        for _name, statement in trigger_sql():
            if "agenda_hearing_update" in statement:
                sup.db.execute(statement)
    assert sup.db.scalar("SELECT count(*) FROM hearing") == sup.db.scalar(
        "SELECT count(*) FROM hearing_agenda"
    )
    assert any("differs from the hearings" in line for line in check(sup).checks["search"])


def test_the_agenda_without_its_table_still_finds_a_hearing_added_meanwhile(store: dict[str, Any]) -> None:
    sup = store["sup"]
    (ref,) = import_cases(sup, sample_case())
    with sup.db.atomic():
        sup.db.execute("DROP TRIGGER agenda_hearing_insert")
    added = hearings.add_hearing(sup, ref, _hearing("2026-12-09T13:30:00+08:00"))
    assert added.id in {item[0] for item in _agenda(sup)}
    assert any("row(s) for" in line for line in check(sup).checks["search"])


def test_check_takes_hearings_at_the_end_of_the_calendar_and_values_that_are_no_date(
    store: dict[str, Any],
) -> None:
    sup = store["sup"]
    (ref,) = import_cases(sup, sample_case())
    hearings.add_hearing(sup, ref, _hearing("9999-12-31T20:00:00+00:00"))
    assert check(sup).ok
    with sup.db.atomic():  # what only a hand edit (or a tampered bundle) could write
        sup.db.execute("UPDATE hearing SET starts_utc = 'not a time' WHERE starts_utc LIKE '9999%'")
    report = check(sup)
    assert report.ok, report.problems
    assert [i.reference for i in hearings.agenda(sup, date(2026, 12, 1), date(2026, 12, 31))] == [ref]


def test_check_samples_the_hearings_of_every_devices_range(store: dict[str, Any]) -> None:
    from caseintake.storage.ids import device_range

    sup = store["sup"]
    fill_with_demo_cases(sup, 20, seed=8, today=date(2026, 6, 1), parallel=False)
    far, _end = device_range(12345)
    with sup.db.atomic():  # a laptop's hearing written while the insert trigger was gone
        sup.db.execute("DROP TRIGGER agenda_hearing_insert")
        sup.db.execute(
            "INSERT INTO hearing (id, uuid, case_id, court, kind, starts_at, starts_utc, status)"
            " SELECT ?, 'laptop-hearing', case_id, court, kind, starts_at, starts_utc, status"
            " FROM hearing LIMIT 1",
            (far + 7,),
        )
        for _name, statement in trigger_sql():
            if "agenda_hearing_insert" in statement:
                sup.db.execute(statement)
    assert (far + 7, far + 7) in agenda_rows._id_ranges(sup.db)
    assert agenda_rows._hearings_differ(sup.db) == 1


def test_a_row_left_behind_does_not_make_a_save_fail(store: dict[str, Any]) -> None:
    sup = store["sup"]
    (ref,) = import_cases(sup, sample_case())
    added = hearings.add_hearing(sup, ref, _hearing("2026-12-09T13:30:00+08:00"))
    hearing_id = sup.db.scalar("SELECT id FROM hearing WHERE uuid = ?", (added.id,))
    moved_to = "2026-12-10T05:30:00+00:00"
    with sup.db.atomic():  # a stale row where the moved hearing's row will go
        sup.db.execute(
            "INSERT INTO hearing_agenda SELECT ?, hearing_id, reference, case_id, uuid, kind, starts_at,"
            " court, branch, docket, lawyer, status FROM hearing_agenda WHERE hearing_id = ?",
            (moved_to, hearing_id),
        )
    moved = dataclasses.replace(added, starts_at=datetime.fromisoformat("2026-12-10T13:30:00+08:00"))
    hearings.update_hearing(sup, added.id or "", moved)
    assert _held(sup) == _from_hearings(sup)


def test_check_says_so_when_the_table_was_dropped_by_hand(store: dict[str, Any]) -> None:
    sup = store["sup"]
    import_cases(sup, sample_case())
    with sup.db.atomic():
        sup.db.execute("DROP TABLE hearing_agenda")
    assert any("table is missing" in line for line in check(sup).checks["search"])
