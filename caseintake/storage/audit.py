"""The hash-chained, signed audit log.

Each event's hash covers the previous event's hash and its own fields, so editing, deleting or
reordering an event breaks the chain at that point. The head (count and last hash) is also kept
in `meta`, which catches a truncated tail. Details hold ids and field names, never values.

Anyone holding the database key could rewrite the chain and recompute every hash, so events are
also signed with their author's Ed25519 key (kept in the author's key slot; `user_key` holds the
public half and `key_id` names it). A signature covers the event's hash, and so everything before
it: a batch written in one call is signed once, on its last event. Rewriting or deleting another
user's event means re-signing that user's later events, which only that user can do.

System events (written by an upgrade, with no one unlocked: author `system`) carry no signature;
`check` counts them. Events written before signing existed (an upgraded database) are below
`meta.audit_signed_from`.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from caseintake.domain.audit_actions import AuditAction
from caseintake.storage import case_keys
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


def event_digest(
    prev_hash: str, seq: int, at: str, username: str, action: str, entity: str, entity_id: str, details: str
) -> str:
    """The hash of one event as the chain stores it (the hub checks a laptop's chain with it)."""
    return _digest(prev_hash, seq, at, username, action, entity, entity_id, details)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(
    db: Database,
    username: str,
    action: AuditAction | str,
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


def append_many(
    db: Database, username: str, events: Sequence[tuple[AuditAction | str, str, str, dict[str, Any]]]
) -> None:
    """Chain many events at once (import, demo data): same hashes as one `append` per event.

    Every action must be an `AuditAction`: an unknown one raises ValueError before anything is written.
    """
    if not events:
        return
    actions = [AuditAction(event[0]).value for event in events]
    with db.atomic():
        head = db.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        seq, prev = (head[0], head[1]) if head else (0, GENESIS)
        at = now_utc()
        ring = case_keys.ring_of(db)
        key_id = None if ring is None else ring.key_id
        rows: list[list[Any]] = []
        for action, (_, entity, entity_id, details) in zip(actions, events, strict=True):
            seq += 1
            text = json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            digest = _digest(prev, seq, at, username, action, entity, entity_id, text)
            rows.append([seq, at, username, action, entity, entity_id, text, prev, digest, key_id, None])
            prev = digest
        if ring is not None:
            rows[-1][10] = ring.signer.sign(signed_bytes(prev, ring.key_id)).signature
        if _has_signatures(db):
            db.executemany(
                "INSERT INTO audit (seq, at, username, action, entity, entity_id, details, prev_hash, hash,"
                " key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        else:  # an upgrade before the one that adds signatures is writing
            db.executemany(
                "INSERT INTO audit (seq, at, username, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [row[:9] for row in rows],
            )
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (f"{seq}:{prev}",),
        )


_SIGNING_TABLES: weakref.WeakSet[Database] = weakref.WeakSet()


def _has_signatures(db: Database) -> bool:
    if db in _SIGNING_TABLES:
        return True
    if any(r[1] == "signature" for r in db.all("PRAGMA table_info(audit)")):
        _SIGNING_TABLES.add(db)
        return True
    return False


def signed_bytes(digest: str, key_id: int) -> bytes:
    return f"caseintake-audit:{digest}:{key_id}".encode("ascii")


@dataclass
class SignatureReport:
    problems: list[str]
    signed: int
    unsigned_system: int
    before_signing: int


def verify_signatures(db: Database) -> SignatureReport:
    """Every event after `audit_signed_from` must be covered by its author's signature."""
    keys: dict[int, tuple[str, bytes | None]] = {
        int(r[0]): (str(r[1]), None if r[2] is None else bytes(r[2]))
        for r in db.all("SELECT id, holder, sign_public FROM user_key")
    }
    start = db.scalar("SELECT value FROM meta WHERE key = 'audit_signed_from'")
    signed_from = 1 if start is None else int(start)
    report = SignatureReport([], 0, 0, 0)
    open_run: tuple[int, int] | None = None  # (seq, key id) of an event awaiting its run's signature

    def problem(text: str) -> None:
        if len(report.problems) < 20:
            report.problems.append(text)

    for seq, username, digest, key_id, signature in db.execute(
        "SELECT seq, username, hash, key_id, signature FROM audit ORDER BY seq"
    ):
        if open_run is not None and key_id != open_run[1]:
            problem(f"audit event {open_run[0]} is not covered by its author's signature")
            open_run = None
        if seq < signed_from:
            report.before_signing += 1
            continue
        if key_id is None:
            if username == case_keys.SYSTEM_AUTHOR and signature is None:
                report.unsigned_system += 1
            else:
                problem(f"audit event {seq} by {username} is not signed")
            continue
        holder, public = keys.get(int(key_id), ("", None))
        if holder != username or public is None:
            problem(f"audit event {seq} names {username} but is signed with another key")
            continue
        if signature is None:
            open_run = (seq, int(key_id))
            continue
        open_run = None
        try:
            VerifyKey(public).verify(signed_bytes(digest, int(key_id)), bytes(signature))
            report.signed += 1
        except (BadSignatureError, ValueError):
            problem(f"audit event {seq} by {username} does not match its signature: it was rewritten")
    if open_run is not None:
        problem(f"audit event {open_run[0]} is not covered by its author's signature")
    return report


def head(db: Database) -> tuple[int, str]:
    row = db.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def hash_at(db: Database, seq: int) -> str | None:
    value = db.scalar("SELECT hash FROM audit WHERE seq = ?", (seq,))
    return None if value is None else str(value)
