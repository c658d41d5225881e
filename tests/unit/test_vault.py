"""Keys, slots, unlocking and what is (not) on disk."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import (
    AuthenticationFailed,
    CaseintakeError,
    DatabaseMissing,
    IntegrityProblem,
    NewerSchema,
    NotADatabase,
    WrongPassphrase,
)
from caseintake.services import users
from caseintake.services.maintenance import make_backup
from caseintake.services.session import open_session
from caseintake.storage import vault
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.unlock_delay import FailedUnlocks, delay_after
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite_cannot_read_the_database(store: dict[str, Any]) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store["path"]).execute("SELECT * FROM sqlite_master").fetchall()


def test_canaries_never_reach_disk_in_plaintext(store: dict[str, Any], tmp_path: Path) -> None:
    canary_name = "Zqxname" + "7f3a"
    canary_note = "Zqxnote" + "91bc"
    case = sample_case()
    case["persons"][0]["identity"]["legal_name"] = f"{canary_name} Santos"
    case["notes"][0]["text"] = f"Home visit notes {canary_note}."
    import_cases(store["sup"], case)
    make_backup(store["sup"], tmp_path / "backup.cib")
    from caseintake.services.cases import list_cases

    assert list_cases(store["sup"], search=canary_name[:6])
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        raw = path.read_bytes()
        for canary in (canary_name, canary_note):
            for encoded in (canary.encode(), canary.encode("utf-16-le")):
                assert encoded not in raw, f"{canary} found in {path.name}"


def test_wrong_passphrase_is_refused_and_changes_nothing(store: dict[str, Any]) -> None:
    path = store["path"]
    store["sup"].db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sha256(path)
    with pytest.raises(WrongPassphrase, match="Wrong user name or passphrase"):
        open_session(path, "worker", "not the passphrase")
    assert sha256(path) == before


def test_unknown_and_disabled_users_are_refused(store: dict[str, Any]) -> None:
    with pytest.raises(AuthenticationFailed, match="Wrong user name or passphrase"):
        open_session(store["path"], "nobody", "whatever passphrase")
    users.disable_user(store["sup"], "other")
    with pytest.raises(AuthenticationFailed):
        open_session(store["path"], "other", PASSPHRASES["other"])


def test_missing_and_foreign_files_get_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        open_session(tmp_path / "absent.db", "sup", SUPERVISOR_PASS)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(NotADatabase, match="not a caseintake database"):
        open_session(text, "sup", SUPERVISOR_PASS)
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(NotADatabase, match="unencrypted"):
        open_session(plain, "sup", SUPERVISOR_PASS)


def test_newer_schema_is_refused(store: dict[str, Any]) -> None:
    store["sup"].db.execute("PRAGMA user_version = 99")
    with pytest.raises(NewerSchema, match="newer caseintake"):
        open_session(store["path"], "sup", SUPERVISOR_PASS)


def test_init_refuses_to_overwrite(store: dict[str, Any]) -> None:
    from caseintake.services.session import create_session

    with pytest.raises(CaseintakeError, match="already exists"):
        create_session(store["path"], "sup", SUPERVISOR_PASS)


def test_sidecar_names_no_one(store: dict[str, Any]) -> None:
    raw = sidecar_path(store["path"]).read_bytes()
    for name in ("sup", "worker", "lawyer"):
        assert f'"{name}"'.encode() not in raw


def test_damaged_sidecar_is_detected_before_unlock(store: dict[str, Any]) -> None:
    keys = sidecar_path(store["path"])
    raw = bytearray(keys.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    keys.write_bytes(bytes(raw))
    with pytest.raises(IntegrityProblem, match="key file"):
        open_session(store["path"], "sup", SUPERVISOR_PASS)


def test_slot_swapped_from_another_database_is_detected(store: dict[str, Any], tmp_path: Path) -> None:
    from caseintake.services.session import create_session

    other_path = tmp_path / "other" / "cases.db"
    other, _ = create_session(other_path, "sup", SUPERVISOR_PASS)
    other.close()
    sidecar_path(store["path"]).write_bytes(sidecar_path(other_path).read_bytes())
    with pytest.raises(IntegrityProblem):
        open_session(store["path"], "sup", SUPERVISOR_PASS)


def test_recovery_key_sets_a_new_passphrase(store: dict[str, Any]) -> None:
    users.recover(store["path"], store["recovery_key"], "worker", "brand new passphrase")
    open_session(store["path"], "worker", "brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        open_session(store["path"], "worker", PASSPHRASES["worker"])
    with pytest.raises(WrongPassphrase, match="recovery key"):
        users.recover(store["path"], "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "worker", "another new one!")


def test_passphrase_change_rewrites_one_slot_only(store: dict[str, Any]) -> None:
    path = store["path"]
    slots_before = KeySlots.load(sidecar_path(path))
    key_before = slots_before.unwrap_user("sup", SUPERVISOR_PASS)
    users.change_passphrase(store["worker"], PASSPHRASES["worker"], "the new worker phrase")
    slots_after = KeySlots.load(sidecar_path(path))
    changed = [
        k
        for k in slots_before._data["slots"]
        if slots_before._data["slots"][k] != slots_after._data["slots"].get(k)
    ]
    assert changed == [slots_before.slot_id("worker")]
    # The database key is the same: nothing was re-encrypted.
    assert slots_after.unwrap_user("worker", "the new worker phrase") == key_before
    open_session(path, "worker", "the new worker phrase").close()


def test_change_passphrase_needs_the_current_one(store: dict[str, Any]) -> None:
    with pytest.raises(WrongPassphrase):
        users.change_passphrase(store["worker"], "not my passphrase", "the new worker phrase")


def test_short_passphrase_refused(store: dict[str, Any]) -> None:
    with pytest.raises(CaseintakeError, match="at least 12"):
        users.add_user(store["sup"], "newbie", "lawyer", "short")


def test_failed_unlock_delay_grows_and_survives_restart(db_path: Path, store: dict[str, Any]) -> None:
    clock = [1000.0]
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            vault.unlock(db_path, "sup", "wrong passphrase", clock=lambda: clock[0], wait=lambda s: None)
    reopened = _counter(db_path, "sup")
    assert reopened.failures == 5
    assert reopened.seconds_to_wait(clock[0]) == delay_after(5) == 4.0
    with pytest.raises(vault.UnlockDelayed) as delayed:
        vault.unlock(db_path, "sup", SUPERVISOR_PASS, clock=lambda: clock[0])
    assert delayed.value.seconds == 4.0
    waited: list[float] = []
    db, _ = vault.unlock(db_path, "sup", SUPERVISOR_PASS, clock=lambda: clock[0], wait=waited.append)
    db.close()
    assert waited == [4.0]
    assert _counter(db_path, "sup").failures == 0


def _counter(db_path: Path, name: str) -> FailedUnlocks:
    slots = KeySlots.load(sidecar_path(db_path))
    return FailedUnlocks(slots, slots.slot_id(name))


def test_delay_schedule() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 0, 0, 1, 2, 4, 8, 16]
    assert delay_after(40) == 300


def test_engine_settings(store: dict[str, Any]) -> None:
    db = store["sup"].db
    assert db.scalar("PRAGMA cipher_version").startswith("4.")
    assert db.scalar("PRAGMA temp_store") == 2
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2
    with pytest.raises(CaseintakeError):
        db.execute("SELECT load_extension('x')")


def test_unlock_is_recorded_in_audit(store: dict[str, Any]) -> None:
    actions = [r[0] for r in store["sup"].db.all("SELECT action FROM audit ORDER BY seq")]
    assert actions[0] == "database.create"
    assert actions.count("session.unlock") == 3


def test_guessing_the_current_passphrase_is_slowed_down_too(store: dict[str, Any]) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            users.change_passphrase(store["worker"], "a wrong guess!", "the new worker phrase")
    with pytest.raises(vault.UnlockDelayed):
        users.change_passphrase(store["worker"], PASSPHRASES["worker"], "the new worker phrase")
