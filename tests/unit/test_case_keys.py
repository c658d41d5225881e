"""Per-case identity keys: the keys themselves enforce who may reveal which case (DESIGN §3, §4).

The attacker tests play a social worker who has the key file and her own passphrase and reads
the database outside the application: she gets her own cases' identities and nothing else.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from nacl.exceptions import CryptoError

from caseintake.domain.errors import PermissionDenied
from caseintake.domain.records import Identity, Person
from caseintake.services import people, users
from caseintake.services.cases import list_cases
from caseintake.services.session import open_session
from caseintake.storage import case_keys, identity_store
from caseintake.storage.engine import open_connection
from caseintake.storage.keyslots import KeySlots, sidecar_path, unseal_with
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case


def _victim(session: Any, reference: str) -> tuple[int, str, int]:
    row = session.db.one(
        "SELECT p.id, p.uuid, p.case_id FROM person p JOIN cases c ON c.id = p.case_id"
        " WHERE c.reference = ? AND p.pseudonym = 'AAA'",
        (reference,),
    )
    assert row is not None
    return int(row[0]), str(row[1]), int(row[2])


@pytest.fixture
def two_cases(store: dict[str, Any]) -> tuple[str, str]:
    mine, theirs = import_cases(
        store["sup"],
        sample_case(assigned_to="worker"),
        sample_case(
            assigned_to="other",
            persons=[
                {
                    "role": "victim",
                    "sex": "M",
                    "age": 11,
                    "identity": {"legal_name": "Jomar Villanueva Cruz", "address": "Sitio Ilaya, Talisay"},
                }
            ],
        ),
    )
    return mine, theirs


def _outside_the_application(path: Path, username: str, passphrase: str) -> tuple[Any, bytes]:
    """What a staff member can do with the files and her passphrase, without caseintake's rules."""
    opened = KeySlots.load(sidecar_path(path)).open_user(username, passphrase)
    assert opened.holder is not None
    return open_connection(path, opened.db_key), opened.holder.box_private


def test_a_social_worker_with_the_key_file_reads_only_her_own_cases(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    mine, theirs = two_cases
    path = store["path"]
    conn, private = _outside_the_application(path, "worker", PASSPHRASES["worker"])
    try:
        raw = conn.execute("SELECT legal_name FROM identity").fetchall()
        assert raw and all(isinstance(r[0], bytes) for r in raw), "identity values are ciphertext"
        assert b"Jomar" not in b"".join(r[0] for r in raw)
        opened: dict[str, bytes] = {}
        for reference in (mine, theirs):
            sealed = conn.execute(
                "SELECT k.sealed FROM case_key k JOIN cases c ON c.id = k.case_id WHERE c.reference = ?",
                (reference,),
            ).fetchall()
            assert sealed, "every case has its key, sealed"
            for (blob,) in sealed:
                with contextlib.suppress(CryptoError):
                    opened[reference] = unseal_with(private, bytes(blob))
        assert mine in opened
        assert theirs not in opened, "her key opened a case assigned to someone else"
        # Nor can she reach the office reveal key: no grant for her, no escrow left behind.
        for (blob,) in conn.execute("SELECT sealed FROM reveal_grant").fetchall():
            with pytest.raises(CryptoError):
                unseal_with(private, bytes(blob))
        assert conn.execute("SELECT 1 FROM meta WHERE key = 'office_key_escrow'").fetchone() is None
        # With her own case's key she decrypts her own victim's name.
        row = conn.execute(
            "SELECT p.uuid, i.legal_name FROM identity i JOIN person p ON p.id = i.person_id"
            " JOIN cases c ON c.id = p.case_id WHERE c.reference = ? AND p.pseudonym = 'AAA'",
            (mine,),
        ).fetchone()
        assert case_keys.decrypt_field(opened[mine], row[0], "legal_name", row[1]) == "Maria Luz Bautista"
    finally:
        conn.close()


def test_reveal_goes_through_the_case_key(store: dict[str, Any], two_cases: tuple[str, str]) -> None:
    mine, theirs = two_cases
    _, victim, _ = _victim(store["sup"], mine)
    assert people.reveal_identity(store["worker"], victim).legal_name == "Maria Luz Bautista"
    assert people.reveal_identity(store["lawyer"], victim).address == "Purok 3, Barangay Mabini, Cordova"
    assert people.reveal_identity(store["sup"], victim).aliases == ("Neneng",)
    _, other_victim, case_id = _victim(store["sup"], theirs)
    with pytest.raises(PermissionDenied):
        people.reveal_identity(store["worker"], other_victim)
    # Even past the service's role check, her keys do not open that case.
    with pytest.raises(PermissionDenied):
        case_keys.case_key(store["worker"].db, case_id)


def test_reassigning_rewraps_the_case_key(store: dict[str, Any], two_cases: tuple[str, str]) -> None:
    _, theirs = two_cases
    sup = store["sup"]
    worker_id = int(sup.db.scalar("SELECT id FROM users WHERE username = 'worker'"))
    _, victim, case_id = _victim(sup, theirs)
    with sup.db.atomic():
        sup.db.execute("UPDATE cases SET assigned_to = ? WHERE id = ?", (worker_id, case_id))
        case_keys.reassign(sup.db, case_id, worker_id)
    holders = case_keys.holders_of(sup.db, [case_id])[case_id]
    assert holders == {"worker", case_keys.OFFICE_HOLDER}
    store["worker"].db.scalar("SELECT 1")  # the worker's own connection sees the new seal
    case_keys.ring_of(store["worker"].db).forget()  # type: ignore[union-attr]
    assert people.reveal_identity(store["worker"], victim).legal_name == "Jomar Villanueva Cruz"
    case_keys.ring_of(store["other"].db).forget()  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        case_keys.case_key(store["other"].db, case_id)
    # A social worker cannot rewrap (she has no office key).
    with pytest.raises(PermissionDenied), store["worker"].db.atomic():
        case_keys.reassign(store["worker"].db, case_id, worker_id)


def test_a_supervisor_reassigning_in_the_editor_moves_the_key(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    from dataclasses import replace

    from caseintake.services import case_fields
    from caseintake.services.cases import load_case

    _, theirs = two_cases
    _, victim, case_id = _victim(store["sup"], theirs)
    edited = replace(load_case(store["sup"], theirs), assigned_to="worker")
    case_fields.update_case(store["sup"], theirs, edited, {"assigned_to"})
    assert case_keys.holders_of(store["sup"].db, [case_id])[case_id] == {"worker", case_keys.OFFICE_HOLDER}
    assert people.reveal_identity(store["worker"], victim).legal_name == "Jomar Villanueva Cruz"


def test_disabling_removes_the_accounts_case_keys(store: dict[str, Any], two_cases: tuple[str, str]) -> None:
    _, theirs = two_cases
    _, _, case_id = _victim(store["sup"], theirs)
    store["other"].close()
    store["other"] = open_session(store["path"], "worker", PASSPHRASES["worker"])  # keep the fixture's count
    users.disable_user(store["sup"], "other")
    assert case_keys.holders_of(store["sup"].db, [case_id])[case_id] == {case_keys.OFFICE_HOLDER}


def test_identity_values_are_searchable_without_a_plaintext_index(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    mine, theirs = two_cases
    db = store["sup"].db
    assert {r[0] for r in db.all("SELECT body FROM identity_search")} == {None}, "contentless: no text"
    for typed in ("bautista", "Bau", "neneng", "mabini elem", "2012-07-19", "BAUTÍSTA"):
        assert [r.reference for r in list_cases(store["sup"], search=typed, include_notes=False)] == [mine], (
            typed
        )
    assert [r.reference for r in list_cases(store["lawyer"], search="jomar", include_notes=False)] == [theirs]
    # A social worker finds identities only in her own cases.
    assert list_cases(store["worker"], search="jomar", include_notes=False) == []
    assert [r.reference for r in list_cases(store["other"], search="jomar")] == [theirs]
    assert identity_store.words("Ma. Luz-Bautista, 0917") == ["ma", "luz", "bautista", "0917"]


def test_an_identity_search_is_audited_without_the_search_text(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    mine, _ = two_cases
    sup = store["sup"]
    before = int(sup.db.scalar("SELECT count(*) FROM audit WHERE action = 'identity.search'"))
    list_cases(sup, search="Cebu")  # matches case text only: nothing to record
    assert int(sup.db.scalar("SELECT count(*) FROM audit WHERE action = 'identity.search'")) == before
    list_cases(sup, search="Bautista")
    row = sup.db.one(
        "SELECT username, details FROM audit WHERE action = 'identity.search' ORDER BY seq DESC LIMIT 1"
    )
    assert row is not None
    case_uuid = sup.db.scalar("SELECT uuid FROM cases WHERE reference = ?", (mine,))
    assert row[0] == "sup"
    assert case_uuid in row[1]
    assert "autista" not in row[1].lower()
    # Typing on ("bautis", "bautista m") surfaces the same case: recorded once per unlock.
    count = int(sup.db.scalar("SELECT count(*) FROM audit WHERE action = 'identity.search'"))
    list_cases(sup, search="bautis")
    list_cases(sup, search="Bautista m")
    assert int(sup.db.scalar("SELECT count(*) FROM audit WHERE action = 'identity.search'")) == count


def test_adding_and_editing_identities_keeps_them_encrypted_and_searchable(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    mine, theirs = two_cases
    person = people.add_person(
        store["worker"],
        mine,
        Person(role="guardian", sex="F", identity=Identity(legal_name="Teresita Quibuyen")),
    )
    assert person.id is not None
    assert people.reveal_identity(store["lawyer"], person.id).legal_name == "Teresita Quibuyen"
    assert [r.reference for r in list_cases(store["sup"], search="quibuyen")] == [mine]
    people.update_person(
        store["sup"],
        person.id,
        Person(role="guardian", sex="F", identity=Identity(legal_name="Teresita Dalisay")),
    )
    assert list_cases(store["sup"], search="quibuyen") == []
    assert [r.reference for r in list_cases(store["sup"], search="dalisay")] == [mine]
    raw = store["sup"].db.all("SELECT legal_name FROM identity")
    assert not any(b"Dalisay" in bytes(r[0]) for r in raw)
    # A social worker may not write an identity into a case she cannot reveal.
    with pytest.raises(PermissionDenied):
        people.add_person(
            store["worker"], theirs, Person(role="guardian", sex="F", identity=Identity(legal_name="X Y"))
        )


def test_recovery_reset_gives_new_keys_that_open_the_same_cases(
    store: dict[str, Any], two_cases: tuple[str, str]
) -> None:
    mine, _ = two_cases
    _, victim, case_id = _victim(store["sup"], mine)
    store["worker"].close()
    users.recover(store["path"], store["recovery_key"], "worker", "a brand new worker passphrase")
    store["worker"] = open_session(store["path"], "worker", "a brand new worker passphrase")
    assert people.reveal_identity(store["worker"], victim).legal_name == "Maria Luz Bautista"
    assert case_keys.holders_of(store["sup"].db, [case_id])[case_id] == {"worker", case_keys.OFFICE_HOLDER}
    assert SUPERVISOR_PASS  # the supervisor's slot is untouched


#: Made by the release before identity keys (commit 73aee37, schema 1) with tests/conftest.py's
#: users and passphrases, cheap Argon2id slots, and two sample cases (worker's and other's).
LEGACY = Path(__file__).with_name("data") / "schema1"


def test_a_schema_1_database_is_converted_as_its_users_unlock(tmp_path: Path) -> None:
    """Written by the release before identity keys: plaintext vault, key slots without key pairs."""
    import shutil

    from caseintake.domain.errors import CaseintakeError
    from caseintake.services import keys

    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "cases.db"
    # Stored under other names: the repository ignores *.db and *.db.keys.
    shutil.copy2(LEGACY / "database.sqlcipher", path)
    shutil.copy2(LEGACY / "key-file.json", folder / "cases.db.keys")
    recovery = (LEGACY / "recovery.txt").read_text().strip()
    worker = open_session(path, "worker", PASSPHRASES["worker"])
    try:
        db = worker.db
        assert all(isinstance(r[0], bytes) for r in db.all("SELECT legal_name FROM identity"))
        mine = db.scalar(
            "SELECT c.reference FROM cases c JOIN users u ON u.id = c.assigned_to WHERE u.username = 'worker'"
        )
        _, victim, _ = _victim(worker, mine)
        assert people.reveal_identity(worker, victim).legal_name == "Maria Luz Bautista"
        assert [r.reference for r in list_cases(worker, search="bautista", include_notes=False)] == [mine]
    finally:
        worker.close()
    sup = open_session(path, "sup", SUPERVISOR_PASS)
    try:
        # Until every account and the recovery key have their own keys, rotation waits.
        with pytest.raises(CaseintakeError, match="have not been used since"):
            keys.rotate_keys(sup)
    finally:
        sup.close()
    for name in ("other", "lawyer"):
        open_session(path, name, PASSPHRASES[name]).close()
    users.recover(path, recovery, "lawyer", "the lawyer's new passphrase")
    sup = open_session(path, "sup", SUPERVISOR_PASS)
    try:
        assert sup.db.scalar("SELECT 1 FROM meta WHERE key = 'office_key_escrow'") is None
        assert KeySlots.load(sidecar_path(path)).legacy_slots() == 0
        keys.rotate_keys(sup)
        from caseintake.services.maintenance import inspect

        report = inspect(sup.db)
        assert report.ok, report.problems
        assert int(report.facts["audit_before_signing"]) > 0
    finally:
        sup.close()
    other = open_session(path, "other", PASSPHRASES["other"])
    try:
        theirs = other.db.scalar(
            "SELECT c.reference FROM cases c JOIN users u ON u.id = c.assigned_to WHERE u.username = 'other'"
        )
        _, victim, case_id = _victim(other, theirs)
        assert people.reveal_identity(other, victim).legal_name == "Maria Luz Bautista"
        assert case_keys.holders_of(other.db, [case_id])[case_id] == {"other", case_keys.OFFICE_HOLDER}
    finally:
        other.close()
