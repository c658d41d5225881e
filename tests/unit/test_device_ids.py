"""Record ids unique across laptops (schema upgrade 7), tested on a database written at schema 6.

`tests/fixtures/schema6` holds a real database of the previous release: four staff, the realistic
two-case import with identities and court data, thirty demo cases, and what `case show --json`
printed for every case before the upgrade.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from caseintake.interchange.case_json import shown_json
from caseintake.services import cases, users
from caseintake.services.session import Session, open_session
from caseintake.storage import writes
from caseintake.storage.ids import ID_TABLES, RowIds, device_of, device_range
from caseintake.storage.upgrades.v7_device_ids import MOVED
from caseintake.storage.writes import device_number
from tests.conftest import import_cases, sample_case

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema6"
PASSPHRASE = "fixture supervisor passphrase 1"


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the schema 6 database, opened once (which upgrades it)."""
    folder = tmp_path_factory.mktemp("schema6")
    for name in ("cases.db", "cases.db.keys"):
        shutil.copy(FIXTURE / name, folder / name)
    session = open_session(folder / "cases.db", "boss", PASSPHRASE)
    session.close()
    return folder / "cases.db"


@pytest.fixture
def boss(upgraded: Path) -> Session:
    session = open_session(upgraded, "boss", PASSPHRASE)
    yield session
    session.close()


def test_every_case_reads_back_exactly_as_before_the_upgrade(boss: Session) -> None:
    expected = json.loads((FIXTURE / "expected_cases.json").read_text(encoding="utf-8"))
    assert len(expected) == 33
    for reference, shown in expected.items():
        case = cases.load_case(boss, reference)
        assert shown_json(case) == shown, reference


def test_every_row_moved_into_the_device_range_and_every_reference_followed(boss: Session) -> None:
    db = boss.db
    device = device_number(db)
    low, high = device_range(device)
    for table in MOVED:
        outside = db.scalar(f"SELECT count(*) FROM {table} WHERE id NOT BETWEEN ? AND ?", (low, high))
        assert outside == 0, table
        assert db.scalar(f"SELECT count(*) FROM {table}") > 0, table
    assert db.all("PRAGMA foreign_key_check") == []
    # Non-declared references: the guard index's owners and the full-text rowids.
    assert db.scalar("SELECT count(*) FROM guard_term WHERE owner_id < ? OR case_id < ?", (low, low)) == 0
    assert db.scalar("SELECT count(*) FROM guard_term") > 0
    orphan_terms = db.scalar(
        "SELECT count(*) FROM guard_term g WHERE (g.owner = 'p' AND NOT EXISTS"
        " (SELECT 1 FROM person p WHERE p.id = g.owner_id AND p.case_id = g.case_id))"
        " OR (g.owner = 'r' AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.id = g.owner_id))"
    )
    assert orphan_terms == 0
    for table in ("case_search", "note_search", "identity_search"):
        stray = db.scalar(f"SELECT count(*) FROM {table} WHERE rowid NOT IN (SELECT id FROM cases)")
        assert stray == 0, table


def test_search_still_finds_by_summary_note_and_identity_after_the_move(boss: Session) -> None:
    # "Marisol" is only in the identity vault of CI-2026-00042 (the supervisor may reveal it).
    found = [row.reference for row in cases.list_cases(boss, search="Marisol")]
    assert found == ["CI-2026-00042"]
    summary_word = cases.load_case(boss, "CI-2026-00042").summary.split()[3]
    assert "CI-2026-00042" in [r.reference for r in cases.list_cases(boss, search=summary_word, limit=500)]


def test_the_audit_chain_and_its_signatures_still_verify(boss: Session) -> None:
    from caseintake.services import maintenance

    report = maintenance.check(boss)
    assert report.ok, report.problems


def test_new_records_take_ids_from_the_device_range_after_the_old_ones(boss: Session) -> None:
    device = device_number(boss.db)
    low, high = device_range(device)
    before = boss.db.scalar("SELECT max(id) FROM cases")
    # Rows another laptop made (a higher device number) must not pull new ids into its range.
    other_low, _ = device_range(device + 1)
    with boss.db.atomic():
        writes.insert(
            boss.db,
            "users",
            ("id", "username", "display_name", "role", "created_at"),
            [(other_low + 7, "visitor", "Visitor", "lawyer", "2026-01-01T00:00:00Z")],
        )
        writes.insert(
            boss.db,
            "cases",
            (
                "id",
                "uuid",
                "reference",
                "status",
                "opened_on",
                "region",
                "assigned_to",
                "consent_statistics",
                "updated_at",
            ),
            [
                (
                    other_low + 9,
                    "other-device-case",
                    "CI-2026-99999",
                    "active",
                    "2026-01-01",
                    "VII",
                    other_low + 7,
                    "yes",
                    "2026-01-01T00:00:00Z",
                )
            ],
        )
    new_case = sample_case(assigned_to="jdelacruz")
    for note in new_case.get("notes", []):
        note["author"] = "jdelacruz"
    for hearing in new_case.get("hearings", []):
        hearing["lawyer"] = "mreyes"
    (reference,) = import_cases(boss, new_case)
    row = boss.db.one("SELECT id FROM cases WHERE reference = ?", (reference,))
    assert row is not None
    assert row[0] == before + 1
    assert device_of(row[0]) == device
    users.add_user(boss, "newcomer", "lawyer", "newcomer passphrase 5 long")
    user_id = boss.db.scalar("SELECT id FROM users WHERE username = 'newcomer'")
    assert low < user_id <= high


def test_two_devices_never_hand_out_the_same_id() -> None:
    taken: dict[str, set[int]] = {t: set() for t in ID_TABLES}
    for device in (1, 2, (1 << 31) - 1):
        ids = RowIds(device, lambda table, low, high: None)
        for table in ID_TABLES:
            first = ids.take(table, 1000)
            block = set(range(first, first + 1000))
            assert not block & taken[table]
            taken[table] |= block
    # Ids fit SQLite's signed 64-bit integers.
    assert max(max(s) for s in taken.values()) < 1 << 63


def test_a_device_that_used_its_whole_range_is_refused_not_wrapped() -> None:
    _low, high = device_range(5)
    ids = RowIds(5, lambda table, lo, hi: high - 1)
    assert ids.take("cases") == high
    with pytest.raises(OverflowError):
        ids.take("cases")
    with pytest.raises(ValueError, match="not a table"):
        RowIds(5, lambda *_: None).take("meta")


def test_an_upgrade_run_without_foreign_keys_that_breaks_one_changes_nothing(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseintake.domain.errors import IntegrityProblem
    from caseintake.storage import migrations

    db = store["sup"].db
    import_cases(store["sup"], sample_case())
    before = db.scalar("PRAGMA user_version")
    people = db.scalar("SELECT count(*) FROM person")

    def broken(db: Any) -> None:
        db.execute("UPDATE person SET case_id = case_id + 1")  # every person now points nowhere

    broken.foreign_keys_off = True  # type: ignore[attr-defined]
    monkeypatch.setattr(migrations, "UPGRADES", [*migrations.UPGRADES, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", before + 1)
    with pytest.raises(IntegrityProblem, match="broken reference"):
        migrations.upgrade(db)
    assert db.scalar("PRAGMA user_version") == before
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("SELECT count(*) FROM person p JOIN cases c ON c.id = p.case_id") == people


def _drop_then_note(sup: Session) -> tuple[int, int, int]:
    """Two cases; a note on the newer one; that case removed (as a laptop drops a case reassigned
    away); a note on the other. Returns the dropped note's id, the new note's id and the dropped
    case's id."""
    from datetime import UTC, datetime

    from caseintake.domain.records import Note
    from caseintake.services.notes import add_note
    from caseintake.storage import case_removal

    def note_ids() -> set[int]:
        return {int(r[0]) for r in sup.db.all("SELECT id FROM note")}

    kept, gone = import_cases(sup, sample_case(), sample_case())
    before = note_ids()
    add_note(sup, gone, Note(kind="general", written_at=datetime.now(UTC), text="Field note one"))
    (dropped,) = note_ids() - before
    gone_case = sup.db.scalar("SELECT id FROM cases WHERE reference = ?", (gone,))
    assert gone_case == sup.db.scalar("SELECT max(id) FROM cases")
    assert dropped == max(note_ids())
    with sup.db.atomic():
        case_removal.remove_cases(sup.db, [int(gone_case)])
    before = note_ids()
    add_note(sup, kept, Note(kind="general", written_at=datetime.now(UTC), text="Field note two"))
    (added,) = note_ids() - before
    return dropped, added, int(gone_case)


def test_an_id_whose_row_was_deleted_is_never_handed_out_again(store: dict[str, Any]) -> None:
    """A laptop drops a case reassigned away while its own note on it may still be on the way to
    the hub; the next note must not take the dropped note's id (the hub would read it as a change
    of the first note, and one of the two would be lost)."""
    sup = store["sup"]
    dropped, added, gone_case = _drop_then_note(sup)
    assert added > dropped
    (new,) = import_cases(sup, sample_case())
    assert sup.db.scalar("SELECT id FROM cases WHERE reference = ?", (new,)) > gone_case


def test_upgrade_14_keeps_the_marks_of_a_database_written_before_them(store: dict[str, Any]) -> None:
    """A database of the release before kept no marks: the upgrade takes them from its rows, so
    a note dropped right after the upgrade does not give its id to the next one either."""
    from caseintake.storage import migrations
    from caseintake.storage.upgrades import v14_id_marks

    sup = store["sup"]
    import_cases(sup, sample_case())
    with sup.db.atomic():
        sup.db.execute("DELETE FROM meta WHERE key LIKE 'id_mark:%'")
        before = migrations.UPGRADES.index(v14_id_marks.upgrade)
        sup.db.execute(f"PRAGMA user_version = {before}")
    assert migrations.upgrade(sup.db) == migrations.SCHEMA_VERSION - before  # 14 and every later one
    marks = dict(sup.db.all("SELECT key, value FROM meta WHERE key LIKE 'id_mark:%'"))
    assert marks["id_mark:cases"] == str(sup.db.scalar("SELECT max(id) FROM cases"))
    assert marks["id_mark:note"] == str(sup.db.scalar("SELECT max(id) FROM note"))
    dropped, added, _case = _drop_then_note(sup)
    assert added > dropped


def test_a_mark_outside_the_device_range_is_not_this_databases(store: dict[str, Any]) -> None:
    """A laptop's database starts as a copy of the hub's, marks included; the hub's marks lie in
    the hub's range and must not move the laptop's ids out of its own."""
    sup = store["sup"]
    low, high = device_range(device_number(sup.db))
    for mark in (high + 12345, low - 12345):
        with sup.db.atomic():
            sup.db.execute(
                "INSERT INTO meta (key, value) VALUES ('id_mark:cases', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(mark),),
            )
        (reference,) = import_cases(sup, sample_case())
        assert low < sup.db.scalar("SELECT id FROM cases WHERE reference = ?", (reference,)) <= high


def test_a_mark_never_goes_down(store: dict[str, Any]) -> None:
    """Two id counters used in turn in one transaction: the later, lower take keeps the mark."""
    sup = store["sup"]
    with sup.db.atomic():
        first, second = writes.row_ids(sup.db), writes.row_ids(sup.db)
        second.take("note", 0)  # reads where the range stands, takes nothing
        high = first.take("note", 5) + 4
        assert second.take("note") == high - 4
        mark = sup.db.scalar("SELECT value FROM meta WHERE key = 'id_mark:note'")
    assert int(mark) == high
