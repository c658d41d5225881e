"""The audit chain catches edits, deletions and reordering; transactions nest and roll back."""

from __future__ import annotations

from typing import Any

import pytest

from caseintake.storage import audit
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case


def _db(store: dict[str, Any]) -> Database:
    db: Database = store["sup"].db
    import_cases(store["sup"], sample_case(), sample_case(status="active"))
    assert audit.verify_chain(db) == []
    return db


def test_edited_event_is_caught(store: dict[str, Any]) -> None:
    db = _db(store)
    db.execute("UPDATE audit SET username = 'someone' WHERE seq = 3")
    assert audit.verify_chain(db) == ["audit event 3 was altered"]


def test_deleted_event_is_caught(store: dict[str, Any]) -> None:
    db = _db(store)
    db.execute("DELETE FROM audit WHERE seq = 4")
    problems = audit.verify_chain(db)
    assert "audit event 4 is missing (next found is 5)" in problems
    assert "audit event 5 does not follow the event before it" in problems


def test_reordered_events_are_caught(store: dict[str, Any]) -> None:
    db = _db(store)
    a = db.one(
        "SELECT at, username, action, entity, entity_id, details, prev_hash, hash FROM audit WHERE seq = 5"
    )
    b = db.one(
        "SELECT at, username, action, entity, entity_id, details, prev_hash, hash FROM audit WHERE seq = 6"
    )
    assert a and b
    cols = "at = ?, username = ?, action = ?, entity = ?, entity_id = ?, details = ?, prev_hash = ?, hash = ?"
    db.execute(f"UPDATE audit SET {cols} WHERE seq = 5", b)
    db.execute(f"UPDATE audit SET {cols} WHERE seq = 6", a)
    assert audit.verify_chain(db)


def test_truncated_tail_is_caught(store: dict[str, Any]) -> None:
    db = _db(store)
    last = db.scalar("SELECT max(seq) FROM audit")
    db.execute("DELETE FROM audit WHERE seq = ?", (last,))
    assert audit.verify_chain(db) == [
        "the audit log ends before its recorded last event: events were removed"
    ]


def test_details_hold_no_case_text(store: dict[str, Any]) -> None:
    db = _db(store)
    details = " ".join(r[0] for r in db.all("SELECT details FROM audit"))
    for secret in ("Bautista", "Maria", "calm", "Cordova", "shelter."):
        assert secret not in details


def test_atomic_nests_with_savepoints(store: dict[str, Any]) -> None:
    db: Database = store["sup"].db
    db.execute("CREATE TABLE scratch (x)")
    with db.atomic():
        db.execute("INSERT INTO scratch VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO scratch VALUES (2)")
            raise RuntimeError("inner fails")
        db.execute("INSERT INTO scratch VALUES (3)")
    assert [r[0] for r in db.all("SELECT x FROM scratch ORDER BY x")] == [1, 3]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO scratch VALUES (4)")
        raise RuntimeError("outer fails")
    assert [r[0] for r in db.all("SELECT x FROM scratch ORDER BY x")] == [1, 3]
    assert not db.in_transaction
