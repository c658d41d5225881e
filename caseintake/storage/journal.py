"""The change journal: what `storage/writes.py` changed, field by field, in the same transaction.

Only a database that has joined a team keeps a journal (`meta.team_role` is `hub` or `device`,
set by `storage/team_store.py`): a laptop alone needs none, and an import of a hundred thousand
cases should not write twice as much for nothing. Each entry names the table, the row's primary
key, the case it belongs to, and for each column the value it replaced and the value it got
(`[old, new]`; an insert has no old values, a delete no new ones). The journal is written by the
same statements' transaction, so a rolled-back change leaves no entry and a committed one always
has its entry: nothing to lose or to duplicate after a crash.

While a bundle is applied (`applying`), the hub stamps the entries with the laptop that made the
change, so they travel on to the other laptops but never back to their author; a laptop applying
the hub's changes records nothing (they are the office's already).
"""

from __future__ import annotations

import base64
import json
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from caseintake.storage.database import Database

HUB = "hub"
DEVICE = "device"
#: Columns that are this database's own bookkeeping, not part of the record: a case's edit
#: counter (`writes.CASE_LINKS`) counts writes on each copy separately.
LOCAL_COLUMNS = frozenset({("cases", "version")})

Link = tuple[str, str | None]


@dataclass
class _State:
    role: str | None
    origin: int | None = None
    origin_seq: int | None = None
    paused: bool = False


_states: weakref.WeakKeyDictionary[Database, _State] = weakref.WeakKeyDictionary()
_keys: dict[str, tuple[str, ...]] = {}


def _state(db: Database) -> _State:
    state = _states.get(db)
    if state is None:
        role = None
        if db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'change_journal'"):
            role = db.scalar("SELECT value FROM meta WHERE key = 'team_role'")
        state = _State(role if role in (HUB, DEVICE) else None)
        _states[db] = state
    return state


def forget(db: Database) -> None:
    """Read the team role again (after joining or leaving a team)."""
    _states.pop(db, None)


def role(db: Database) -> str | None:
    return _state(db).role


def capturing(db: Database) -> bool:
    state = _state(db)
    return state.role is not None and not state.paused


@contextmanager
def applying(db: Database, origin: int | None, origin_seq: int | None) -> Iterator[None]:
    """Writes in this block apply a change from another device: on the hub they are journaled as
    that device's (`origin`, `origin_seq`); with `origin` None (a laptop applying the office's
    changes, or enrolment pruning a copy) they are not journaled at all."""
    state = _state(db)
    saved = (state.origin, state.origin_seq, state.paused)
    state.origin, state.origin_seq, state.paused = origin, origin_seq, origin is None
    try:
        yield
    finally:
        state.origin, state.origin_seq, state.paused = saved


def primary_key(db: Database, table: str) -> tuple[str, ...]:
    key = _keys.get(table)
    if key is None:
        # The table name was checked against `writes.RECORD_TABLES` by the caller.
        info = db.all(f"PRAGMA table_info({table})")
        key = tuple(row[1] for row in sorted(info, key=lambda r: r[5]) if row[5])
        _keys[table] = key
    return key


def columns_of(db: Database, table: str) -> tuple[str, ...]:
    info = db.all(f"PRAGMA table_info({table})")
    return tuple(row[1] for row in info if (table, row[1]) not in LOCAL_COLUMNS)


def encode(value: Any) -> Any:
    """A stored value as JSON: bytes travel as {"b": base64}."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode(value: Any) -> Any:
    if isinstance(value, dict):
        return base64.b64decode(value["b"])
    return value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _case_of(db: Database, link: Link | None, table: str, values: dict[str, Any]) -> int | None:
    if link is None:
        return None
    column, parent = link
    owner = values.get(column)
    if owner is None or parent is None:
        return None if owner is None else int(owner)
    # The parent's name comes from the fixed table in `writes`.
    found = db.scalar(f"SELECT case_id FROM {parent} WHERE id = ?", (owner,))  # nosec B608
    return None if found is None else int(found)


def _write(db: Database, entries: Sequence[tuple[Any, ...]]) -> None:
    if not entries:
        return
    state = _state(db)
    at = _now()
    base = None
    if state.role == DEVICE:
        value = db.scalar("SELECT value FROM meta WHERE key = 'team_hub_received'")
        base = int(value or 0)
    db.executemany(
        "INSERT INTO change_journal (origin, origin_seq, at, tbl, row_key, case_id, op, fields, base)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(state.origin, state.origin_seq, at, *entry, base) for entry in entries],
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def inserted(
    db: Database, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], link: Link | None
) -> None:
    key = primary_key(db, table)
    entries = []
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        fields = {c: [None, encode(v)] for c, v in values.items() if (table, c) not in LOCAL_COLUMNS}
        row_key = [encode(values[k]) for k in key]
        entries.append((table, _dumps(row_key), _case_of(db, link, table, values), "insert", _dumps(fields)))
    _write(db, entries)


def read_before(
    db: Database, table: str, condition: str, params: Sequence[Any], columns: Sequence[str] | None
) -> list[dict[str, Any]]:
    """The rows a write is about to change: the key, the link and the columns it sets (all
    columns for a delete)."""
    wanted = (
        list(columns_of(db, table))
        if columns is None
        else list(dict.fromkeys([*primary_key(db, table), *columns]))
    )
    # Names checked by `writes._check` and from the schema.
    sql = f"SELECT {', '.join(wanted)} FROM {table} WHERE {condition}"  # nosec B608 - checked names
    return [dict(zip(wanted, row, strict=True)) for row in db.all(sql, params)]


def updated(
    db: Database, table: str, before: list[dict[str, Any]], values: dict[str, Any], link: Link | None
) -> None:
    key = primary_key(db, table)
    entries = []
    for old in before:
        fields = {
            c: [encode(old.get(c)), encode(v)]
            for c, v in values.items()
            if (table, c) not in LOCAL_COLUMNS and old.get(c) != v
        }
        if not fields:
            continue
        row_key = [encode(old[k]) for k in key]
        current = {**old, **values}
        if link is not None and link[0] not in current:
            current[link[0]] = db.scalar(
                # Names from the schema and the fixed link table.
                f"SELECT {link[0]} FROM {table} WHERE {' AND '.join(f'{k} = ?' for k in key)}",  # nosec B608
                [old[k] for k in key],
            )
        entries.append((table, _dumps(row_key), _case_of(db, link, table, current), "update", _dumps(fields)))
    _write(db, entries)


def deleted(db: Database, table: str, before: list[dict[str, Any]], link: Link | None) -> None:
    key = primary_key(db, table)
    entries = []
    for old in before:
        fields = {c: [encode(v), None] for c, v in old.items()}
        row_key = [encode(old[k]) for k in key]
        entries.append((table, _dumps(row_key), _case_of(db, link, table, old), "delete", _dumps(fields)))
    _write(db, entries)


def reassert(
    db: Database, table: str, row_key: list[Any], case_id: int | None, fields: dict[str, list[Any]]
) -> None:
    """At the hub, after a laptop's change met an office change (a conflict, or a stamp the
    office's later value won): record the row as the office's own change, so the laptop is sent
    the row as the office holds it. `fields` says, per column, [the laptop's value, the office's]."""
    _write(db, [(table, _dumps(row_key), case_id, "update", _dumps(fields))])
