"""Backups restore exactly; damage is detected and reported, never silently repaired."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import AuthenticationFailed, IntegrityProblem, PermissionDenied, WrongPassphrase
from caseintake.interchange.case_json import case_json
from caseintake.services import maintenance, users
from caseintake.services.cases import list_cases, load_case
from caseintake.services.session import open_session
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case


def _snapshot(session: Any) -> list[dict[str, Any]]:
    return [case_json(load_case(session, r.reference)) for r in list_cases(session, limit=1000)]


def test_backup_then_restore_gives_back_the_same_records(store: dict[str, Any], tmp_path: Path) -> None:
    import_cases(store["sup"], sample_case(), sample_case(opened_on="2025-03-04"))
    before = _snapshot(store["sup"])
    backup_file = tmp_path / "office.cibackup"
    digest = maintenance.make_backup(store["sup"], backup_file)
    # The hash the document register keeps is the whole file's, trailer included.
    assert digest == hashlib.sha256(backup_file.read_bytes()).hexdigest()
    target = tmp_path / "laptop2" / "cases.db"
    assert maintenance.restore(target, backup_file, "sup", SUPERVISOR_PASS) is None
    restored = open_session(target, "sup", SUPERVISOR_PASS)
    try:
        assert _snapshot(restored) == before
        assert maintenance.check(restored).ok
    finally:
        restored.close()


def test_restore_over_a_database_keeps_the_replaced_files(store: dict[str, Any], tmp_path: Path) -> None:
    import_cases(store["sup"], sample_case())
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    import_cases(store["sup"], sample_case())
    path = store["path"]
    for name in ("sup", "worker", "other", "lawyer"):
        store[name].close()
    with pytest.raises(PermissionDenied, match="older than the database"):
        maintenance.restore(path, backup_file, "sup", SUPERVISOR_PASS)
    kept = maintenance.restore(path, backup_file, "sup", SUPERVISOR_PASS, force=True)
    assert kept is not None and (kept / "cases.db").exists()
    session = open_session(path, "sup", SUPERVISOR_PASS)
    assert len(list_cases(session)) == 1
    store["sup"] = session
    for name in ("worker", "other", "lawyer"):
        store[name] = open_session(path, name, PASSPHRASES[name])


def test_restore_refuses_wrong_passphrase_and_non_supervisors(store: dict[str, Any], tmp_path: Path) -> None:
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    target = tmp_path / "new" / "cases.db"
    with pytest.raises(WrongPassphrase):
        maintenance.restore(target, backup_file, "sup", "not the passphrase")
    with pytest.raises(PermissionDenied):
        maintenance.restore(target, backup_file, "worker", PASSPHRASES["worker"])
    assert not target.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == []


@pytest.mark.parametrize("where", ["start", "middle", "end", "truncate"])
def test_damaged_backup_is_refused(store: dict[str, Any], tmp_path: Path, where: str) -> None:
    import_cases(store["sup"], sample_case())
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    raw = bytearray(backup_file.read_bytes())
    if where == "truncate":
        raw = raw[: len(raw) // 2]
    else:
        index = {"start": 3, "middle": len(raw) // 2, "end": len(raw) - 40}[where]
        raw[index] ^= 0xFF
    backup_file.write_bytes(bytes(raw))
    target = tmp_path / "new" / "cases.db"
    with pytest.raises(IntegrityProblem):
        maintenance.restore(target, backup_file, "sup", SUPERVISOR_PASS)
    assert not target.exists()


def _checkpoint_and_close(store: dict[str, Any]) -> Path:
    store["sup"].db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in ("sup", "worker", "other", "lawyer"):
        store[name].close()
    return Path(store["path"])


@pytest.mark.parametrize("page", ["middle", "last"])
def test_tampered_page_is_reported_by_check(store: dict[str, Any], page: str) -> None:
    import_cases(store["sup"], *[sample_case() for _ in range(30)])
    path = _checkpoint_and_close(store)
    raw = bytearray(path.read_bytes())
    pages = len(raw) // 4096
    number = pages // 2 if page == "middle" else pages - 1
    raw[number * 4096 + 100] ^= 0x55
    path.write_bytes(bytes(raw))
    session = open_session(path, "sup", SUPERVISOR_PASS, record=False)
    try:
        report = maintenance.check(session)
    finally:
        session.close()
    assert not report.ok
    assert any(f"page {number + 1}" in p or "damaged" in p for p in report.problems), report.problems


def test_tampered_first_page_refuses_to_open(store: dict[str, Any]) -> None:
    path = _checkpoint_and_close(store)
    raw = bytearray(path.read_bytes())
    raw[200] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityProblem, match="damaged or was altered"):
        open_session(path, "sup", SUPERVISOR_PASS)


# -- issue 12: restore answers to the live database ------------------------------------------------


def test_a_disabled_supervisor_cannot_restore_an_old_backup(store: dict[str, Any], tmp_path: Path) -> None:
    """The backup still lists them as an active supervisor; the database they would replace does not."""
    users.add_user(store["sup"], "boss2", "supervisor", "second supervisor passphrase")
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    users.disable_user(store["sup"], "boss2")
    path = _checkpoint_and_close(store)
    before = path.read_bytes()  # (the failed attempts are counted, as at any unlock)
    for force in (False, True):
        with pytest.raises(AuthenticationFailed):
            maintenance.restore(path, backup_file, "boss2", "second supervisor passphrase", force=force)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.replaced-*"))
    session = open_session(path, "sup", SUPERVISOR_PASS, record=False)
    try:
        assert session.db.scalar("SELECT active FROM users WHERE username = 'boss2'") == 0
    finally:
        session.close()


def test_a_social_worker_of_the_live_database_cannot_restore(store: dict[str, Any], tmp_path: Path) -> None:
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    path = _checkpoint_and_close(store)
    with pytest.raises(PermissionDenied, match="supervisor of this database"):
        maintenance.restore(path, backup_file, "worker", PASSPHRASES["worker"], force=True)


def test_restoring_the_same_or_a_newer_backup_needs_no_force(store: dict[str, Any], tmp_path: Path) -> None:
    import_cases(store["sup"], sample_case())
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    path = _checkpoint_and_close(store)
    assert maintenance.restore(path, backup_file, "sup", SUPERVISOR_PASS) is not None
    session = open_session(path, "sup", SUPERVISOR_PASS, record=False)
    try:
        assert len(list_cases(session)) == 1
    finally:
        session.close()


def test_restore_over_an_unreadable_database_takes_force(store: dict[str, Any], tmp_path: Path) -> None:
    backup_file = tmp_path / "b.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    path = _checkpoint_and_close(store)
    path.with_name(path.name + ".keys").unlink()  # the live key file is lost: no role can be confirmed
    with pytest.raises(IntegrityProblem, match="add --force"):
        maintenance.restore(path, backup_file, "sup", SUPERVISOR_PASS)
    assert maintenance.restore(path, backup_file, "sup", SUPERVISOR_PASS, force=True) is not None
    open_session(path, "sup", SUPERVISOR_PASS, record=False).close()


def test_structure_problems_are_one_line_each_and_say_when_a_page_cannot_be_read() -> None:
    """quick_check can put many lines in one row under a header; each problem is printed, logged
    and shown as one line, so the command line's failure stays one sentence."""
    from caseintake.storage import maintenance_queries

    class _Rows:
        path = Path("cases.db")

        def all(self, _sql: str) -> list[tuple[str]]:
            return [
                (
                    "*** in database main ***\n"
                    "Tree 5 page 7: btreeInitPage() returns error code 11\n"
                    "Page 9: never used",
                )
            ]

    found = maintenance_queries.structure_problems(_Rows())  # type: ignore[arg-type]
    assert found == [
        "cases.db: Tree 5 page 7: btreeInitPage() returns error code 11"
        " (a page of the database or its write-ahead log that cannot be read or decrypted)",
        "cases.db: Page 9: never used",
    ]
