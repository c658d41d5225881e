"""Key rotation and key epochs: an old key file opens nothing, a rollback of either file shows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import AuthenticationFailed, IntegrityProblem, PermissionDenied
from caseintake.services import keys, people, users
from caseintake.services.progress import Task
from caseintake.services.session import open_session
from caseintake.storage import rotation, vault
from caseintake.storage.engine import open_connection
from caseintake.storage.keyslots import KeySlots, sidecar_path
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case


def _close_others(store: dict[str, Any]) -> None:
    for name in ("worker", "other", "lawyer"):
        store[name].close()
        store[name] = store["sup"]  # the fixture closes every entry; closing twice is harmless


def _copy_files(path: Path, to: Path) -> Path:
    to.mkdir()
    for name in (path.name, sidecar_path(path).name):
        shutil.copy2(path.parent / name, to / name)
    return to / path.name


def test_rotation_replaces_the_key_and_keeps_everything(store: dict[str, Any], tmp_path: Path) -> None:
    reference = import_cases(store["sup"], sample_case())[0]
    _close_others(store)
    sup = store["sup"]
    path = store["path"]
    sup.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_slots = KeySlots.load(sidecar_path(path))
    old_key = old_slots.unwrap_user("worker", PASSPHRASES["worker"])
    epoch_before = vault.db_epoch(sup.db)
    seen: list[tuple[int, int]] = []
    epoch = keys.rotate_keys(sup, Task(lambda done, total: seen.append((done, total))))
    assert epoch == epoch_before + 1
    assert seen and seen[-1][0] == seen[-1][1]
    new_slots = KeySlots.load(sidecar_path(path))
    assert new_slots.epoch == epoch and new_slots.pending_epoch is None
    # The old key file's key (and so a copy of it with any passphrase it holds) opens nothing.
    with pytest.raises(IntegrityProblem):
        open_connection(path, old_key)
    assert new_slots.unwrap_user("worker", PASSPHRASES["worker"]) != old_key
    # Every account, and the recovery key, still opens it; the data is intact.
    for name, passphrase in PASSPHRASES.items():
        open_session(path, name, passphrase).close()
    users.recover(path, store["recovery_key"], "lawyer", "a recovered lawyer passphrase")
    worker = open_session(path, "worker", PASSPHRASES["worker"])
    try:
        victim = worker.db.scalar("SELECT uuid FROM person WHERE pseudonym = 'AAA'")
        assert people.reveal_identity(worker, victim).legal_name == "Maria Luz Bautista"
        assert worker.db.scalar("SELECT reference FROM cases") == reference
    finally:
        worker.close()
    assert sup.db.scalar("SELECT count(*) FROM audit WHERE action = 'keys.rotate'") == 1


def test_only_supervisors_rotate(store: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied):
        keys.rotate_keys(store["lawyer"])


def test_a_disabled_users_old_key_file_opens_nothing(store: dict[str, Any], tmp_path: Path) -> None:
    _close_others(store)
    path = store["path"]
    store["sup"].db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = KeySlots.load(sidecar_path(path))  # the copy she took home
    assert users.disable_user(store["sup"], "other") is True
    old_key = kept.unwrap_user("other", PASSPHRASES["other"])
    with pytest.raises(IntegrityProblem):
        open_connection(path, old_key)
    with pytest.raises(AuthenticationFailed):
        open_session(path, "other", PASSPHRASES["other"])
    # Putting her old key file back is caught as well, before anything opens.
    kept.save()
    with pytest.raises(IntegrityProblem, match=r"older than the database|damaged"):
        open_session(path, "sup", SUPERVISOR_PASS)


def test_an_older_key_file_or_database_put_back_is_named(store: dict[str, Any], tmp_path: Path) -> None:
    _close_others(store)
    path = store["path"]
    store["sup"].db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store["sup"].close()
    before = _copy_files(path, tmp_path / "before")
    session = open_session(path, "worker", PASSPHRASES["worker"])
    users.change_passphrase(session, PASSPHRASES["worker"], "a changed worker passphrase")
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    after = _copy_files(path, tmp_path / "after")
    # The old key file with the old passphrase: refused, saying which file is older.
    shutil.copy2(sidecar_path(before), sidecar_path(path))
    with pytest.raises(IntegrityProblem, match=r"key file cases\.db\.keys is older than the database"):
        open_session(path, "worker", PASSPHRASES["worker"])
    shutil.copy2(sidecar_path(after), sidecar_path(path))
    # The old database with today's key file.
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    shutil.copy2(before, path)
    with pytest.raises(IntegrityProblem, match=r"database cases\.db is older than its key file"):
        open_session(path, "sup", SUPERVISOR_PASS)
    shutil.copy2(after, path)
    store["sup"] = open_session(path, "sup", SUPERVISOR_PASS)


class _Killed(BaseException):
    """Stands in for a kill: nothing after the point it is raised runs."""


def test_rotation_cut_short_before_the_swap_opens_with_the_old_key(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_others(store)
    path = store["path"]

    def killed(*_: object) -> None:
        raise _Killed

    monkeypatch.setattr(rotation, "_copy", killed)
    with pytest.raises(_Killed):
        rotation.rotate(store["sup"].db)
    store["sup"].close()
    assert KeySlots.load(sidecar_path(path)).pending_epoch is not None
    store["sup"] = open_session(path, "sup", SUPERVISOR_PASS)
    slots = KeySlots.load(sidecar_path(path))
    assert slots.pending_epoch is None and slots.epoch == vault.db_epoch(store["sup"].db)
    open_session(path, "worker", PASSPHRASES["worker"]).close()


def test_rotation_cut_short_after_the_swap_opens_with_the_new_key(
    store: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_others(store)
    path = store["path"]
    epoch = vault.db_epoch(store["sup"].db)

    def killed(*_: object) -> int:
        raise _Killed

    monkeypatch.setattr(rotation, "db_epoch", killed)
    with pytest.raises(_Killed):
        rotation.rotate(store["sup"].db)
    monkeypatch.undo()
    slots = KeySlots.load(sidecar_path(path))
    assert slots.pending_epoch == epoch + 1  # the key file still names the old key as current
    store["sup"] = open_session(path, "worker", PASSPHRASES["worker"])
    assert vault.db_epoch(store["sup"].db) == epoch + 1
    slots = KeySlots.load(sidecar_path(path))
    assert slots.epoch == epoch + 1 and slots.pending_epoch is None
    open_session(path, "sup", SUPERVISOR_PASS).close()
