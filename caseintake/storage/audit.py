"""The hash-chained audit log.

Each event's hash covers the previous event's hash and its own fields, so editing, deleting or
reordering an event breaks the chain at that point. The head (count and last hash) is also kept
in `meta`, which catches a truncated tail. Details hold ids and field names, never values.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from caseintake.storage.database import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    username: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


def _digest(
    prev_hash: str, seq: int, at: str, username: str, action: str, entity: str, entity_id: str, details: str
) -> str:
    payload = json.dumps(
        [prev_hash, seq, at, username, action, entity, entity_id, details],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(
    db: Database,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Record one event; call inside the transaction that makes the change it describes."""
    append_many(db, username, [(action, entity, entity_id, details or {})])


def verify_chain(db: Database) -> list[str]:
    """Problems found in the chain, as sentences naming the event number; empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    last_seq, last_hash = 0, GENESIS
    for row in db.execute(
        "SELECT seq, at, username, action, entity, entity_id, details, prev_hash, hash"
        " FROM audit ORDER BY seq"
    ):
        seq, at, username, action, entity, entity_id, details, prev_hash, stored = row
        if seq != expected_seq:
            problems.append(f"audit event {expected_seq} is missing (next found is {seq})")
        if prev_hash != prev:
            problems.append(f"audit event {seq} does not follow the event before it")
        if _digest(prev_hash, seq, at, username, action, entity, entity_id, details) != stored:
            problems.append(f"audit event {seq} was altered")
        prev = stored
        expected_seq = seq + 1
        last_seq, last_hash = seq, stored
        if len(problems) >= 20:
            problems.append("more audit problems follow")
            break
    head = db.scalar("SELECT value FROM meta WHERE key = 'audit_head'")
    if head is not None and not problems and head != f"{last_seq}:{last_hash}":
        problems.append("the audit log ends before its recorded last event: events were removed")
    return problems


def events_for(db: Database, entity_ids: list[str], limit: int = 500) -> list[AuditEvent]:
    if not entity_ids:
        return []
    marks = ",".join("?" * len(entity_ids))
    rows = db.all(
        f"SELECT seq, at, username, action, entity, entity_id, details FROM audit"
        f" WHERE entity_id IN ({marks}) ORDER BY seq DESC LIMIT ?",
        (*entity_ids, limit),
    )
    return [AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]


def append_many(db: Database, username: str, events: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Chain many events at once (import, demo data): same hashes as one `append` per event."""
    if not events:
        return
    with db.atomic():
        head = db.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        seq, prev = (head[0], head[1]) if head else (0, GENESIS)
        at = now_utc()
        rows = []
        for action, entity, entity_id, details in events:
            seq += 1
            text = json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            digest = _digest(prev, seq, at, username, action, entity, entity_id, text)
            rows.append((seq, at, username, action, entity, entity_id, text, prev, digest))
            prev = digest
        db.executemany(
            "INSERT INTO audit (seq, at, username, action, entity, entity_id, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (f"{seq}:{prev}",),
        )
