"""Signed audit events: someone holding the database key cannot delete or rewrite another user's
events unnoticed, even after recomputing every hash of the chain."""

from __future__ import annotations

from typing import Any

from caseintake.services.maintenance import inspect
from caseintake.services.session import open_session
from caseintake.storage import audit, case_keys, vault
from caseintake.storage.database import Database
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case


def _rechain(db: Database, from_seq: int) -> None:
    """What an insider with the database key can do: recompute every hash from `from_seq` on."""
    prev = db.scalar("SELECT hash FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT 1", (from_seq,))
    prev = prev or audit.GENESIS
    rows = db.all(
        "SELECT seq, at, username, action, entity, entity_id, details, key_id, signature FROM audit"
        " WHERE seq >= ? ORDER BY seq",
        (from_seq,),
    )
    with db.atomic():
        db.execute("DELETE FROM audit WHERE seq >= ?", (from_seq,))
        for new_seq, (_, at, username, action, entity, entity_id, details, key_id, signature) in enumerate(
            rows, start=from_seq
        ):
            digest = audit._digest(prev, new_seq, at, username, action, entity, entity_id, details)
            db.execute(
                "INSERT INTO audit (seq, at, username, action, entity, entity_id, details, prev_hash, hash,"
                " key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_seq, at, username, action, entity, entity_id, details, prev, digest, key_id, signature),
            )
            prev = digest
        db.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{from_seq + len(rows) - 1}:{prev}",)
        )


def test_every_event_is_signed_and_check_passes(store: dict[str, Any]) -> None:
    import_cases(store["worker"], sample_case(hearings=[]))
    report = inspect(store["sup"].db)
    assert report.ok, report.problems
    assert int(report.facts["audit_signed"]) > 0
    unsigned = store["sup"].db.scalar("SELECT count(*) FROM audit WHERE key_id IS NULL")
    assert unsigned == 0
    authors = {
        r[0]: r[1]
        for r in store["sup"].db.all(
            "SELECT DISTINCT a.username, k.holder FROM audit a JOIN user_key k ON k.id = a.key_id"
        )
    }
    assert all(name == holder for name, holder in authors.items())


def test_deleting_another_users_event_and_rechaining_is_detected(store: dict[str, Any]) -> None:
    import_cases(store["worker"], sample_case(hearings=[]))
    db = store["sup"].db
    victim_seq = int(db.scalar("SELECT min(seq) FROM audit WHERE username = 'worker'"))
    db.execute("DELETE FROM audit WHERE seq = ?", (victim_seq,))
    _rechain(db, victim_seq)
    assert audit.verify_chain(db) == []  # the hash chain alone no longer shows it
    problems = inspect(db).problems
    assert any("signature" in p or "rewritten" in p for p in problems), problems


def test_rewriting_another_users_event_is_detected(store: dict[str, Any]) -> None:
    import_cases(store["worker"], sample_case(hearings=[]))
    db = store["sup"].db
    seq = int(db.scalar("SELECT max(seq) FROM audit WHERE username = 'worker'"))
    db.execute("UPDATE audit SET action = 'session.unlock', details = '{}' WHERE seq = ?", (seq,))
    _rechain(db, seq)
    assert audit.verify_chain(db) == []
    problems = inspect(db).problems
    assert any(f"audit event {seq} by worker" in p for p in problems), problems


def test_an_unsigned_event_claiming_a_user_is_detected(store: dict[str, Any]) -> None:
    db = store["sup"].db
    ring = case_keys.ring_of(db)
    case_keys.detach(db)
    with db.atomic():
        audit.append(db, "lawyer", "identity.reveal", "person", "x", {})
    assert ring is not None
    case_keys.attach(db, ring)
    assert any("by lawyer is not signed" in p for p in inspect(db).problems)


def test_system_events_are_counted_not_refused(store: dict[str, Any]) -> None:
    db = store["sup"].db
    ring = case_keys.ring_of(db)
    case_keys.detach(db)
    with db.atomic():
        audit.append(db, case_keys.SYSTEM_AUTHOR, "database.upgrade", "database", "x", {})
    assert ring is not None
    case_keys.attach(db, ring)
    report = inspect(db)
    assert report.ok, report.problems
    assert report.facts["audit_unsigned_system"] == 1


def test_the_key_file_records_the_chain_head_and_a_cut_tail_shows(store: dict[str, Any]) -> None:
    path = store["path"]
    import_cases(store["worker"], sample_case(hearings=[]))
    store["worker"].close()  # closing records the head, signed by the worker
    store["worker"] = open_session(path, "worker", PASSPHRASES["worker"])
    store["worker"].close()
    store["worker"] = store["lawyer"]
    db = store["sup"].db
    report = inspect(db)
    assert report.ok, report.problems
    assert "recorded by worker" in str(report.facts["audit_head_in_key_file"])
    # An insider cuts the log back and fixes up meta: the key file's head no longer matches.
    cut = int(db.scalar("SELECT max(seq) FROM audit")) - 1
    db.execute("DELETE FROM audit WHERE seq >= ?", (cut,))
    _rechain(db, cut - 1)
    assert audit.verify_chain(db) == []
    assert any("no longer holds event" in p for p in inspect(db).problems)
    assert vault.audit_head_problems(db)[0]
    assert SUPERVISOR_PASS
