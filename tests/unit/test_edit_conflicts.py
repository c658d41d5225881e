"""Two windows on one case (issue 16): every write counts up the case's version, and a save made
against an older version is refused with nothing changed.

The counting is tested at the one write path (`storage/writes.py`), table by table, with no
service in between: a service's `touch` also writes the case row, which would hide a table the
count forgets.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import EditConflict, NotFound
from caseintake.domain.records import Evidence, Hearing, Note, Person, Referral
from caseintake.interchange.case_json import shown_json
from caseintake.services import case_records, edit_conflicts, hearings, leak_guard, notes, people
from caseintake.services.case_fields import update_case
from caseintake.services.cases import find_case, load_case
from caseintake.services.court_record import save_court_record
from caseintake.services.documents import register_document
from caseintake.services.session import Session, open_session
from caseintake.storage import migrations, writes
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case
from tests.unit.test_court_record import rich_case

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema6"
FIXTURE_PASSPHRASE = "fixture supervisor passphrase 1"

#: Record tables hanging off a case that deliberately do not count (see `writes.CASE_LINKS`).
NOT_COUNTED = {"case_key", "document", "leak_allowance"}


def version(session: Session, reference: str) -> int:
    return edit_conflicts.case_version(session, reference)


@pytest.fixture
def two(store: dict[str, Any]) -> tuple[str, str]:
    """The rich case (court record and all, a note edited once) and a plain one beside it."""
    rich, plain = import_cases(store["sup"], rich_case(), sample_case(region="NCR"))
    notes.edit_note(store["sup"], load_case(store["sup"], rich).notes[0].id or "", "Edited once.")
    return rich, plain


# -- the count, at the write path ---------------------------------------------------------------


def _case_ids_sql(table: str) -> str:
    column, parent = writes.CASE_LINKS[table]
    if parent is None:
        return f"SELECT {column} FROM {table}"
    return f"SELECT p.case_id FROM {table} t JOIN {parent} p ON p.id = t.{column}"


def _one_row(db: Database, table: str, case_id: int) -> tuple[list[str], tuple[Any, ...], list[str]]:
    """(columns, values, key columns) of one row of `table` that belongs to the case."""
    info = db.all(f"PRAGMA table_info({table})")
    columns = [str(r[1]) for r in info]
    keys = [str(r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
    column, parent = writes.CASE_LINKS[table]
    owner = (
        f"t.{column} = ?" if parent is None else f"t.{column} IN (SELECT id FROM {parent} WHERE case_id = ?)"
    )
    listed = ", ".join(f"t.{c}" for c in columns)
    row = db.one(f"SELECT {listed} FROM {table} t WHERE {owner} LIMIT 1", (case_id,))
    assert row is not None, f"the rich case has no {table} row"
    return columns, tuple(row), keys


@pytest.mark.parametrize("table", sorted(writes.CASE_LINKS))
def test_every_write_to_a_table_of_case_data_counts_up_that_case_alone(
    store: dict[str, Any], two: tuple[str, str], table: str
) -> None:
    db = store["sup"].db
    rich, plain = two
    case_id = find_case(store["sup"], rich).id
    columns, values, keys = _one_row(db, table, case_id)
    where = {k: values[columns.index(k)] for k in keys}
    before, beside = version(store["sup"], rich), version(store["sup"], plain)

    with db.atomic():
        assert writes.update(db, table, {keys[0]: where[keys[0]]}, where) == 1
    assert version(store["sup"], rich) == before + 1
    if table != "cases":  # a new case starts at 0 and a case deleted is gone: neither counts
        with db.atomic():
            assert writes.delete(db, table, where) == 1
        assert version(store["sup"], rich) == before + 2
        with db.atomic():
            writes.insert(db, table, columns, iter([values]))  # any iterable, read once
        assert version(store["sup"], rich) == before + 3
    with db.atomic():
        writes.update_many(db, table, [keys[0]], keys, [[where[keys[0]], *where.values()]])
    assert version(store["sup"], rich) == before + (2 if table == "cases" else 4)
    assert version(store["sup"], plain) == beside


def test_a_batch_insert_counts_each_case_once(store: dict[str, Any], two: tuple[str, str]) -> None:
    db = store["sup"].db
    rich, plain = ids = [find_case(store["sup"], r).id for r in two]
    before = [version(store["sup"], r) for r in two]
    rows = [(rich, "grooming"), (plain, "grooming"), (rich, "sextortion")]
    with db.atomic():
        writes.delete(db, "case_offense", {"case_id": ids, "offense": ["grooming", "sextortion"]})
        writes.insert(db, "case_offense", ("case_id", "offense"), rows)
    # The delete matched no row, so it changed nothing; the insert counts each case once.
    assert [version(store["sup"], r) for r in two] == [before[0] + 1, before[1] + 1]


def test_no_table_that_hangs_off_a_case_is_forgotten(store: dict[str, Any]) -> None:
    """A new table of case data must be added to `CASE_LINKS` (or, with a reason, left out)."""
    db = store["sup"].db
    parents = {"cases"} | {parent for _, parent in writes.CASE_LINKS.values() if parent}
    hanging = {
        table
        for table in writes.RECORD_TABLES
        for fk in db.all(f"PRAGMA foreign_key_list({table})")
        if fk[2] in parents and fk[4] == "id"
    }
    assert set(writes.CASE_LINKS) <= writes.RECORD_TABLES
    assert hanging - {"cases"} <= set(writes.CASE_LINKS) | NOT_COUNTED
    assert not NOT_COUNTED & set(writes.CASE_LINKS)


def test_a_printed_summary_or_an_allowed_word_is_no_change_to_the_case(
    store: dict[str, Any], two: tuple[str, str]
) -> None:
    """Outputs and guard exceptions are not edited in the editor, so they cannot be overwritten;
    counting them would refuse the next save of the window that printed."""
    sup = store["sup"]
    _, plain = two
    before = version(sup, plain)
    register_document(sup, "hearing_summary", find_case(sup, plain).id, "ab" * 32)
    victim = load_case(sup, plain).persons[0]  # Maria Luz Bautista
    leak_guard.allow_word(sup, victim.id or "", "Luz")
    assert version(sup, plain) == before


# -- every service the editor calls ------------------------------------------------------------


def _referral() -> Referral:
    return Referral(
        agency="DSWD Field Office VII", kind="psychosocial", referred_on=date(2026, 3, 1), status="pending"
    )


def _hearing() -> Hearing:
    return Hearing(
        court="RTC Branch 12, Cebu City",
        kind="pre_trial",
        starts_at=datetime(2026, 12, 9, 0, 30, tzinfo=UTC),
        status="scheduled",
    )


Call = Callable[[Session, str, int | None], Any]

#: Each typed service the editor saves through, as (session, reference, expected version) -> call.
SAVES: dict[str, Call] = {
    "case fields": lambda s, ref, v: update_case(
        s, ref, replace(load_case(s, ref), province="Bohol"), {"province"}, expected_version=v
    ),
    "add person": lambda s, ref, v: people.add_person(
        s, ref, Person(role="witness", sex="M", age=40, nationality="PH"), expected_version=v
    ),
    "edit person": lambda s, ref, v: people.update_person(
        s,
        load_case(s, ref).persons[2].id or "",
        replace(load_case(s, ref).persons[2], age=41),
        expected_version=v,
    ),
    "add referral": lambda s, ref, v: case_records.add_referral(s, ref, _referral(), expected_version=v),
    "edit referral": lambda s, ref, v: case_records.update_referral(
        s,
        load_case(s, ref).referrals[0].id or "",
        replace(_referral(), status="accepted"),
        expected_version=v,
    ),
    "add evidence": lambda s, ref, v: case_records.add_evidence(
        s, ref, Evidence(description="Laptop handed over"), expected_version=v
    ),
    "edit evidence": lambda s, ref, v: case_records.update_evidence(
        s, load_case(s, ref).evidence[0].id or "", Evidence(description="Phone, sealed"), expected_version=v
    ),
    "add note": lambda s, ref, v: notes.add_note(
        s,
        ref,
        Note(kind="general", text="Called the shelter.", written_at=datetime.now(UTC)),
        expected_version=v,
    ),
    "edit note": lambda s, ref, v: notes.edit_note(
        s, load_case(s, ref).notes[0].id or "", "AAA was calm, then tired.", expected_version=v
    ),
    "add hearing": lambda s, ref, v: hearings.add_hearing(s, ref, _hearing(), expected_version=v),
    "edit hearing": lambda s, ref, v: hearings.update_hearing(
        s,
        load_case(s, ref).hearings[0].id or "",
        replace(load_case(s, ref).hearings[0], outcome="Reset"),
        expected_version=v,
    ),
    "court record": lambda s, ref, v: save_court_record(
        s, replace(load_case(s, ref), prosecutor="Pros. Lito Reyes"), expected_version=v
    ),
}

_TABLES = [*sorted(writes.RECORD_TABLES - {"users", "user_key", "reveal_grant", "count_release"}), "audit"]


def _everything(session: Session) -> dict[str, list[str]]:
    return {t: sorted(map(repr, session.db.all(f"SELECT * FROM {t}"))) for t in _TABLES}  # nosec B608


@pytest.mark.parametrize("name", list(SAVES))
def test_a_save_against_an_older_version_is_refused_and_changes_nothing(
    store: dict[str, Any], name: str
) -> None:
    sup, elsewhere = store["sup"], store["worker"]  # two connections: two windows
    ref = import_cases(sup, sample_case())[0]
    loaded = version(sup, ref)
    update_case(elsewhere, ref, replace(load_case(elsewhere, ref), summary="Changed elsewhere."), {"summary"})
    assert version(sup, ref) > loaded
    before = _everything(sup)

    with pytest.raises(EditConflict) as refused:
        SAVES[name](sup, ref, loaded)
    assert _everything(sup) == before
    message = str(refused.value)
    assert message.count(".") == 1 and message.endswith("nothing was saved.")
    assert "changed elsewhere" in message and refused.value.code == "edit_conflict"
    assert refused.value.current == version(sup, ref)

    SAVES[name](sup, ref, refused.value.current)  # saving over it, knowingly
    assert version(sup, ref) > refused.value.current
    assert load_case(sup, ref).summary == "Changed elsewhere."  # what was not edited stays theirs


@pytest.mark.parametrize("name", list(SAVES))
def test_the_command_line_saves_without_a_version_as_before(store: dict[str, Any], name: str) -> None:
    sup = store["sup"]
    ref = import_cases(sup, sample_case())[0]
    update_case(store["worker"], ref, replace(load_case(sup, ref), summary="Changed elsewhere."), {"summary"})
    before = version(sup, ref)
    SAVES[name](sup, ref, None)
    assert version(sup, ref) > before


def test_the_court_record_save_returns_the_version_it_left(
    store: dict[str, Any], two: tuple[str, str]
) -> None:
    sup = store["sup"]
    rich, _ = two
    expected = version(sup, rich)
    left = save_court_record(
        sup, replace(load_case(sup, rich), prosecutor="Pros. Ana Cruz"), expected_version=expected
    )
    assert left == version(sup, rich)
    save_court_record(
        sup, replace(load_case(sup, rich), prosecutor="Pros. Lito Reyes"), expected_version=left
    )


def test_the_version_is_compared_inside_the_transaction_only(store: dict[str, Any]) -> None:
    sup = store["sup"]
    ref = import_cases(sup, sample_case())[0]
    case_id = find_case(sup, ref).id
    with pytest.raises(RuntimeError, match="transaction"):
        edit_conflicts.expect_version(sup, case_id, 0)
    edit_conflicts.expect_version(sup, case_id, None)  # the command line: no expectation
    with pytest.raises(NotFound):
        edit_conflicts.case_version(sup, "CI-1999-99999")


# -- the passive look ---------------------------------------------------------------------------


def test_the_watch_reads_the_case_only_after_another_connection_committed(store: dict[str, Any]) -> None:
    sup, elsewhere = store["sup"], store["worker"]
    ref = import_cases(sup, sample_case())[0]
    first = edit_conflicts.watch(sup, ref, None)
    assert first.version == version(sup, ref)
    quiet = edit_conflicts.watch(sup, ref, first.data_version)
    assert quiet == edit_conflicts.CaseWatch(first.data_version, None)

    update_case(elsewhere, ref, replace(load_case(elsewhere, ref), province="Bohol"), {"province"})
    moved = edit_conflicts.watch(sup, ref, first.data_version)
    assert moved.data_version != first.data_version
    assert moved.version == version(elsewhere, ref) > (first.version or 0)

    # This connection's own writes (another window of the same program) leave the counter as it
    # was: only a look asked for reads the version then.
    update_case(sup, ref, replace(load_case(sup, ref), province="Cebu"), {"province"})
    assert edit_conflicts.watch(sup, ref, moved.data_version).version is None
    assert edit_conflicts.watch(sup, ref, moved.data_version, look=True).version == version(sup, ref)


# -- the schema upgrade -------------------------------------------------------------------------


def _copy_fixture(folder: Path) -> Path:
    for name in ("cases.db", "cases.db.keys"):
        shutil.copy(FIXTURE / name, folder / name)
    return folder / "cases.db"


def _columns(session: Session) -> list[str]:
    return [str(r[1]) for r in session.db.all("PRAGMA table_info(cases)")]


def _versions_work(session: Session) -> None:
    """Every case starts at 0; a save expecting 0 goes through, one expecting 0 again does not."""
    db = session.db
    assert db.scalar("SELECT count(*) FROM cases") == 33
    assert db.scalar("SELECT count(*) FROM cases WHERE version != 0") == 0
    expected = json.loads((FIXTURE / "expected_cases.json").read_text(encoding="utf-8"))
    reference = "CI-2026-00042"
    assert shown_json(load_case(session, reference)) == expected[reference]
    case = load_case(session, reference)
    update_case(session, reference, replace(case, province="Bohol"), {"province"}, expected_version=0)
    with pytest.raises(EditConflict):
        case_records.add_referral(session, reference, _referral(), expected_version=0)
    assert db.scalar("SELECT count(*) FROM cases WHERE version != 0") == 1


def test_upgrading_the_schema_6_fixture_gives_every_case_a_version(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    session = open_session(path, "boss", FIXTURE_PASSPHRASE)
    try:
        assert session.db.scalar("PRAGMA user_version") == migrations.SCHEMA_VERSION
        assert "version" in _columns(session)
        _versions_work(session)
    finally:
        session.close()


def test_upgrading_a_schema_7_database_gives_every_case_a_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_fixture(tmp_path)
    monkeypatch.setattr(migrations, "UPGRADES", migrations.UPGRADES[:7])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 7)
    session = open_session(path, "boss", FIXTURE_PASSPHRASE)  # the fixture, upgraded to 7 only
    try:
        assert session.db.scalar("PRAGMA user_version") == 7
        assert "version" not in _columns(session)
    finally:
        session.close()
    monkeypatch.undo()
    session = open_session(path, "boss", FIXTURE_PASSPHRASE)
    try:
        assert session.db.scalar("PRAGMA user_version") == migrations.SCHEMA_VERSION
        _versions_work(session)
    finally:
        session.close()


def test_a_database_made_now_has_versions_from_the_start(store: dict[str, Any]) -> None:
    assert "version" in _columns(store["sup"])
    assert migrations.upgrade(store["sup"].db) == 0
    ref = import_cases(store["sup"], sample_case())[0]
    assert version(store["sup"], ref) >= 0
    with pytest.raises(EditConflict):
        ahead = version(store["sup"], ref) + 1
        update_case(store["sup"], ref, load_case(store["sup"], ref), {"province"}, expected_version=ahead)
