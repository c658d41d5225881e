"""The team's own records: this copy's place in the team, the hub's laptops, what each holds,
conflicts waiting for a person, and refused changes.

Team settings live in `meta` under `team_*` keys: the role (`hub` or `device`), the office id
(the hub's database id), the hub's device number and public keys, and this copy's private bundle
keys (inside the encrypted file, like every other key the database holds).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from caseintake.domain.errors import CaseintakeError
from caseintake.storage import audit, case_keys, guard_index, journal, writes
from caseintake.storage.database import Database
from caseintake.storage.team_apply import Change

ROLE = "team_role"
OFFICE = "team_office"
HUB_NUMBER = "team_hub_number"
HUB_BOX_PUBLIC = "team_hub_box_public"
HUB_VERIFY_KEY = "team_hub_verify_key"
BOX_PRIVATE = "team_box_private"
SIGN_SEED = "team_sign_seed"
DEVICE_NAME = "team_device_name"
BUNDLES_WRITTEN = "team_bundles_written"
#: On a laptop: the highest hub journal entry applied here, the number of the last hub bundle
#: applied, and the highest of its own entries the hub has acknowledged.
HUB_RECEIVED = "team_hub_received"
HUB_BUNDLE = "team_hub_bundle"
ACKED = "team_acked"
AUDIT_ACKED = "team_audit_acked"
LAST_EXPORT = "team_last_export_at"
LAST_IMPORT = "team_last_import_at"


def get(db: Database, key: str, default: str = "") -> str:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return default if value is None else str(value)


def get_int(db: Database, key: str) -> int:
    return int(get(db, key, "0") or 0)


def put(db: Database, values: dict[str, str | int]) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
    )
    if ROLE in values:
        journal.forget(db)


def role(db: Database) -> str | None:
    return journal.role(db)


@dataclass(frozen=True)
class Device:
    number: int
    name: str
    username: str
    box_public: bytes
    verify_key: bytes
    enrolled_at: str
    revoked_at: str | None
    received: int
    acked: int
    bundles_in: int
    bundles_out: int
    last_import_at: str | None
    last_export_at: str | None
    audit_seq: int
    audit_hash: str
    bundle_acked: int
    #: year -> [start, end] of the last block of case serials given, and [last used, end] as the
    #: laptop last reported (JSON text).
    serials: str
    serials_used: str


_DEVICE = (
    "SELECT number, name, username, box_public, verify_key, enrolled_at, revoked_at, received, acked,"
    " bundles_in, bundles_out, last_import_at, last_export_at, audit_seq, audit_hash, bundle_acked, serials,"
    " serials_used FROM team_device"
)


def _device(row: Sequence[Any]) -> Device:
    return Device(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        bytes(row[3]),
        bytes(row[4]),
        str(row[5]),
        row[6],
        int(row[7]),
        int(row[8]),
        int(row[9]),
        int(row[10]),
        row[11],
        row[12],
        int(row[13]),
        str(row[14]),
        int(row[15]),
        str(row[16]),
        str(row[17]),
    )


def device(db: Database, number: int) -> Device | None:
    found = db.one(f"{_DEVICE} WHERE number = ?", (number,))  # nosec B608 - a constant query
    return None if found is None else _device(found)


def device_named(db: Database, name: str) -> Device | None:
    found = db.one(f"{_DEVICE} WHERE name = ?", (name,))  # nosec B608 - a constant query
    return None if found is None else _device(found)


def devices(db: Database) -> list[Device]:
    return [_device(r) for r in db.all(f"{_DEVICE} ORDER BY name")]  # nosec B608 - a constant query


def add_device(
    db: Database,
    number: int,
    name: str,
    username: str,
    box_public: bytes,
    verify_key: bytes,
    at: str,
    by: str,
) -> None:
    db.execute(
        "INSERT INTO team_device (number, name, username, box_public, verify_key, enrolled_at, enrolled_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (number, name, username, box_public, verify_key, at, by),
    )


def update_device(db: Database, number: int, values: dict[str, Any]) -> None:
    allowed = {
        "received",
        "acked",
        "bundles_in",
        "bundles_out",
        "last_import_at",
        "last_export_at",
        "audit_seq",
        "audit_hash",
        "revoked_at",
        "revoked_by",
        "bundle_acked",
        "serials",
        "serials_used",
    }
    if not values or not set(values) <= allowed:
        raise ValueError("not a column of team_device an update may set")
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(f"UPDATE team_device SET {sets} WHERE number = ?", [*values.values(), number])  # nosec B608


# -- scope: the cases a laptop holds ---------------------------------------------------------------


def scope(db: Database, number: int) -> set[int]:
    return {
        int(r[0])
        for r in db.all("SELECT case_id FROM team_scope WHERE device = ? AND until IS NULL", (number,))
    }


def ever_held(db: Database, number: int) -> set[int]:
    """Every case the laptop held at some time: a change it made while it held a case is still
    its to send after the case was reassigned away."""
    return {int(r[0]) for r in db.all("SELECT case_id FROM team_scope WHERE device = ?", (number,))}


def add_scope(db: Database, number: int, cases: Iterable[tuple[int, str, bool]], at: str, seq: int) -> None:
    """The laptop holds these cases (id, reference, identity keys) from the hub's bundle number
    `seq` for it on: until it acknowledges that bundle, every bundle for it carries each case
    whole."""
    db.executemany(
        "INSERT INTO team_scope (device, case_id, reference, identities, since, since_seq)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (device, case_id) DO UPDATE SET until = NULL, until_seq = NULL,"
        " identities = excluded.identities, since = excluded.since, since_seq = excluded.since_seq",
        [(number, case_id, reference, int(keys), at, seq) for case_id, reference, keys in cases],
    )


def end_scope(db: Database, number: int, case_ids: Iterable[int], at: str, seq: int) -> None:
    db.executemany(
        "UPDATE team_scope SET until = ?, until_seq = ? WHERE device = ? AND case_id = ? AND until IS NULL",
        [(at, seq, number, case_id) for case_id in case_ids],
    )


def unsent_scope(db: Database, number: int, acked: int) -> tuple[list[int], list[int]]:
    """Cases the laptop may not have received whole yet, and cases it may still hold that left
    its scope: both are sent again until it acknowledges the bundle that first carried them."""
    added = [
        int(r[0])
        for r in db.all(
            "SELECT case_id FROM team_scope WHERE device = ? AND until IS NULL AND since_seq > ?"
            " ORDER BY case_id",
            (number, acked),
        )
    ]
    dropped = [
        int(r[0])
        for r in db.all(
            "SELECT case_id FROM team_scope WHERE device = ? AND until IS NOT NULL AND until_seq > ?"
            " ORDER BY case_id",
            (number, acked),
        )
    ]
    return added, dropped


def held(db: Database, number: int) -> list[tuple[str, bool, str, str | None, str]]:
    """(reference, identity keys held, since, until, the initials of the case's people with vault
    values) of every case the laptop ever held: what a breach notice must name."""
    return [
        (str(r[0]), bool(r[1]), str(r[2]), r[3], str(r[4] or ""))
        for r in db.all(
            "SELECT s.reference, s.identities, s.since, s.until,"
            " (SELECT group_concat(pseudonym, ', ') FROM (SELECT p.pseudonym FROM person p"
            "  JOIN identity i ON i.person_id = p.id WHERE p.case_id = s.case_id ORDER BY p.pseudonym))"
            " FROM team_scope s WHERE s.device = ? ORDER BY s.reference",
            (number,),
        )
    ]


# -- conflicts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    row_key: list[Any]
    column: str
    case_id: int | None
    was: Any
    office: Any
    field: Any
    device: int
    origin_seq: int
    changed_at: str
    raised_at: str
    resolved_at: str | None
    chosen: str | None


_CONFLICT = (
    "SELECT id, tbl, row_key, col, case_id, was, office, field, device, origin_seq, changed_at, raised_at,"
    " resolved_at, chosen FROM team_conflict"
)


def _conflict(r: Sequence[Any]) -> Conflict:
    return Conflict(
        int(r[0]),
        str(r[1]),
        json.loads(r[2]),
        str(r[3]),
        r[4],
        json.loads(r[5]),
        json.loads(r[6]),
        json.loads(r[7]),
        int(r[8]),
        int(r[9]),
        str(r[10]),
        str(r[11]),
        r[12],
        r[13],
    )


def add_conflicts(db: Database, rows: Iterable[tuple[Any, ...]]) -> None:
    """Rows of (table, row key, column, case id, was, office, field, device, origin seq, changed
    at, raised at); the values are JSON-ready."""
    db.executemany(
        "INSERT INTO team_conflict (tbl, row_key, col, case_id, was, office, field, device, origin_seq,"
        " changed_at, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (t, json.dumps(k), c, case, json.dumps(w), json.dumps(o), json.dumps(f), d, s, ch, r)
            for t, k, c, case, w, o, f, d, s, ch, r in rows
        ],
    )


def conflicts(
    db: Database, *, open_only: bool = True, case_ids: Iterable[int] | None = None
) -> list[Conflict]:
    sql = _CONFLICT + (" WHERE resolved_at IS NULL" if open_only else " WHERE 1")
    params: list[Any] = []
    if case_ids is not None:
        listed = list(case_ids)
        sql += " AND case_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(listed))
    return [_conflict(r) for r in db.all(sql + " ORDER BY id", params)]


def conflict(db: Database, conflict_id: int) -> Conflict | None:
    found = db.one(f"{_CONFLICT} WHERE id = ?", (conflict_id,))  # nosec B608 - a constant query
    return None if found is None else _conflict(found)


def resolve(db: Database, conflict_id: int, chosen: str, by: str, at: str) -> None:
    db.execute(
        "UPDATE team_conflict SET resolved_at = ?, resolved_by = ?, chosen = ? WHERE id = ?",
        (at, by, chosen, conflict_id),
    )


def replace_conflicts(db: Database, rows: Iterable[Conflict]) -> None:
    """A laptop's copy of the office's open conflicts on its cases (shown, resolved at the hub)."""
    db.execute("DELETE FROM team_conflict")
    db.executemany(
        "INSERT INTO team_conflict (id, tbl, row_key, col, case_id, was, office, field, device, origin_seq,"
        " changed_at, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                c.table,
                json.dumps(c.row_key),
                c.column,
                c.case_id,
                json.dumps(c.was),
                json.dumps(c.office),
                json.dumps(c.field),
                c.device,
                c.origin_seq,
                c.changed_at,
                c.raised_at,
            )
            for c in rows
        ],
    )


def quarantine(db: Database, rows: Iterable[tuple[int, int, str, str, str]]) -> int:
    """Keep refused changes whole: (device, origin seq, reason, change JSON, at)."""
    listed = list(rows)
    db.executemany(
        "INSERT INTO team_quarantine (device, origin_seq, reason, change, at) VALUES (?, ?, ?, ?, ?)", listed
    )
    return len(listed)


#: Quarantined because the row they hang on was not (yet) at the office.
NOT_FITTING = "does not fit the office's records"


def held_children(db: Database, number: int, table: str, parent_id: Any) -> list[tuple[int, Any]]:
    """(quarantine id, change) of a laptop's refused changes that hang on row `parent_id` of
    `table` (by the link column of `writes.JOURNAL_LINKS`), oldest first."""
    out = []
    for held_id, text in db.all(
        "SELECT id, change FROM team_quarantine WHERE device = ? AND reason = ? AND released_at IS NULL"
        " ORDER BY id",
        (number, NOT_FITTING),
    ):
        change = Change.from_list(json.loads(text))
        link = writes.JOURNAL_LINKS.get(change.table)
        pair = change.fields.get(link[0]) if link is not None and link[1] == table else None
        if pair is not None and journal.decode(pair[1]) == parent_id:
            out.append((int(held_id), change))
    return out


def release(db: Database, held_id: int, at: str) -> None:
    db.execute("UPDATE team_quarantine SET released_at = ? WHERE id = ?", (at, held_id))


def pseudonyms_taken(db: Database, case_id: int) -> list[str]:
    return [
        str(r[0])
        for r in db.all(
            "SELECT pseudonym FROM person WHERE case_id = ? AND pseudonym IS NOT NULL", (case_id,)
        )
    ]


def quarantined(db: Database, number: int | None = None) -> list[tuple[int, int, str, str]]:
    """(device, origin seq, reason, at) of refused changes."""
    sql = "SELECT device, origin_seq, reason, at FROM team_quarantine"
    rows = (
        db.all(sql + " WHERE device = ? ORDER BY id", (number,))
        if number is not None
        else db.all(sql + " ORDER BY id")
    )
    return [(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]


def journal_head(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) FROM change_journal") or 0)


def pending_local(db: Database) -> int:
    """Changes made here that the hub has not acknowledged yet."""
    return int(
        db.scalar(
            "SELECT count(*) FROM change_journal WHERE origin IS NULL AND seq > ?", (get_int(db, ACKED),)
        )
        or 0
    )


# -- case references: each laptop numbers new cases inside blocks the hub reserved for it ------------

SERIAL_END = "team_serial_end_"
#: Serials per block; a laptop is given a new block when fewer than a fifth of its block is left.
SERIAL_BLOCK = 1000


def serial_blocks(db: Database, prefix: str) -> dict[int, tuple[int, int]]:
    """A laptop's blocks: year -> (last serial used, last serial of the block)."""
    ends = {
        int(str(k)[len(SERIAL_END) :]): int(v)
        for k, v in db.all("SELECT key, value FROM meta WHERE key LIKE ?", (SERIAL_END + "%",))
    }
    used = {
        int(y): int(n)
        for y, n in db.all("SELECT year, last FROM reference_serial WHERE prefix = ?", (prefix,))
    }
    return {year: (used.get(year, 0), end) for year, end in ends.items()}


def reserve_serials(db: Database, prefix: str, year: int) -> tuple[int, int]:
    """At the hub: take the next block of `year` for a laptop; returns (start, end): the laptop
    numbers from start + 1 to end, the hub itself goes on after end."""
    last = int(
        db.scalar("SELECT last FROM reference_serial WHERE prefix = ? AND year = ?", (prefix, year)) or 0
    )
    end = last + SERIAL_BLOCK
    db.execute(
        "INSERT INTO reference_serial (prefix, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT(prefix, year) DO UPDATE SET last = excluded.last",
        (prefix, year, end),
    )
    return last, end


def take_block(db: Database, prefix: str, year: int, start: int, end: int) -> None:
    """On a laptop: number the cases of `year` from start + 1 to end."""
    db.execute(
        "INSERT INTO reference_serial (prefix, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT(prefix, year) DO UPDATE SET last = excluded.last",
        (prefix, year, start),
    )
    put(db, {f"{SERIAL_END}{year}": end})


def check_serials(db: Database, serials: dict[int, int]) -> None:
    """On a laptop, refuse a new case reference outside the blocks the hub reserved for it: the
    hub could hand out the same one."""
    if role(db) != journal.DEVICE:
        return
    for year, serial in serials.items():
        end = get(db, f"{SERIAL_END}{year}")
        if not end or serial > int(end):
            raise CaseintakeError(
                f"This laptop has no case references left for {year}; sync with the office to get more.",
                code="team_serials_used_up",
                params={"year": year},
            )


# -- what travels beside the changes ----------------------------------------------------------------


def setting(db: Database, key: str, default: str = "") -> str:
    return get(db, key, default)


def user_role(db: Database, username: str) -> str | None:
    """The role of an active user, or None."""
    row = db.one("SELECT role, active FROM users WHERE username = ?", (username,))
    return None if row is None or not row[1] else str(row[0])


def reference_of(db: Database, case_id: int) -> str | None:
    value = db.scalar("SELECT reference FROM cases WHERE id = ?", (case_id,))
    return None if value is None else str(value)


def present_cases(db: Database, case_ids: Iterable[int]) -> list[int]:
    listed = json.dumps(sorted(set(case_ids)))
    return [
        int(r[0])
        for r in db.all("SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))", (listed,))
    ]


def audit_events_from(db: Database, seq: int) -> list[list[Any]]:
    """The audit chain from event `seq` on, as it is hashed and signed: seq, at, user, action,
    entity, entity id, details, previous hash, hash, signing key id, signature (JSON-ready)."""
    return [
        [*r[:10], journal.encode(r[10])]
        for r in db.all(
            "SELECT seq, at, username, action, entity, entity_id, details, prev_hash, hash, key_id, signature"
            " FROM audit WHERE seq >= ? ORDER BY seq",
            (max(seq, 1),),
        )
    ]


def guard_rows(db: Database, case_ids: Iterable[int]) -> dict[str, list[list[Any]]]:
    """The leak guard's digests of these cases (no values: keyed digests only)."""
    out: dict[str, list[list[Any]]] = {}
    for case_id in case_ids:
        rows = guard_index.case_terms(db, case_id)
        out[str(case_id)] = [[journal.encode(r[0]), r[1], int(r[2]), r[3]] for r in rows]
    return out


def replace_guard_rows(db: Database, guard: dict[str, Any], case_ids: Iterable[int]) -> int:
    """Put the sender's digests of these cases in place of this copy's (the copies share the
    guard key, and the receiver may hold no key that opens the identities). Returns how many
    cases were given."""
    given = 0
    for case_id in sorted(set(case_ids)):
        rows = guard.get(str(case_id))
        if not isinstance(rows, list):
            continue
        cleaned = [(journal.decode(r[0]), str(r[1]), int(r[2]), case_id, str(r[3])) for r in rows]
        if any(not isinstance(r[0], bytes) or r[1] not in ("p", "r") for r in cleaned):
            raise ValueError("guard rows do not fit")
        guard_index.clear_case_terms(db, [case_id])
        db.executemany(
            "INSERT OR IGNORE INTO guard_term (digest, owner, owner_id, case_id, field)"
            " VALUES (?, ?, ?, ?, ?)",
            cleaned,
        )
        db.executemany("INSERT OR IGNORE INTO guard_digest (digest) VALUES (?)", [(r[0],) for r in cleaned])
        given += 1
    return given


def staff_rows(db: Database) -> dict[str, list[list[Any]]]:
    """Staff accounts and their public keys, first row the column names: a laptop needs them to
    name assignees and check signatures. No key slot travels."""
    out = {}
    for table in ("users", "user_key"):
        columns = journal.columns_of(db, table)
        rows = db.all(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")  # nosec B608 - schema names
        out[table] = [list(columns), *([journal.encode(v) for v in r] for r in rows)]
    return out


def apply_staff_rows(db: Database, staff: dict[str, Any]) -> None:
    """Add or update the office's staff rows on a laptop (through the one write path)."""
    for table in ("user_key", "users"):
        listed = staff.get(table)
        if not listed:
            continue
        columns = [str(c) for c in listed[0]]
        if not set(columns) <= set(journal.columns_of(db, table)) or "id" not in columns:
            raise ValueError("staff columns do not fit")
        for row in listed[1:]:
            values = dict(zip(columns, (journal.decode(v) for v in row), strict=True))
            if db.one(f"SELECT 1 FROM {table} WHERE id = ?", (values["id"],)) is None:  # nosec B608
                writes.insert(db, table, columns, [tuple(values.values())])
            else:
                writes.update(db, table, {c: v for c, v in values.items() if c != "id"}, {"id": values["id"]})


# -- each laptop's audit chain, as the hub received it ----------------------------------------------


class ChainBroken(Exception):
    """A laptop's audit events do not continue, or contradict, what the hub holds of its chain."""


def _signing_keys(db: Database) -> dict[int, tuple[str, bytes | None]]:
    return {
        int(r[0]): (str(r[1]), None if r[2] is None else bytes(r[2]))
        for r in db.all("SELECT id, holder, sign_public FROM user_key")
    }


class _Signatures:
    """A laptop's events must be signed by their authors, as on the laptop (`audit.append_many`):
    the last event of each run carries the signature of its author's key over the run's last
    hash; only the program's own unsigned events (author `system`) carry none."""

    def __init__(self, keys: dict[int, tuple[str, bytes | None]]) -> None:
        self.keys = keys
        self.open_run: tuple[int, int] | None = None

    def see(self, seq: int, user: str, digest: str, key_id: Any, signature: bytes | None) -> str | None:
        if self.open_run is not None and key_id != self.open_run[1]:
            return f"event {self.open_run[0]} is not covered by its author's signature"
        if key_id is None:
            return (
                None
                if user == case_keys.SYSTEM_AUTHOR and signature is None
                else f"event {seq} is not signed"
            )
        holder, public = self.keys.get(int(key_id), ("", None))
        if holder != user or public is None:
            return f"event {seq} is signed with another key than its author's"
        if signature is None:
            self.open_run = (seq, int(key_id))
            return None
        self.open_run = None
        try:
            VerifyKey(public).verify(audit.signed_bytes(digest, int(key_id)), signature)
        except (BadSignatureError, ValueError):
            return f"event {seq} does not match its signature"
        return None

    def end(self) -> str | None:
        return (
            None
            if self.open_run is None
            else f"event {self.open_run[0]} is not covered by its author's signature"
        )


def record_device_audit(db: Database, number: int, events: Any) -> tuple[int, str]:
    """Add a laptop's audit events (seq, at, user, action, entity, entity id, details, signing key
    id, signature; the hashes are computed here) to its chain as held here; returns the chain's
    head. An event the hub holds must come again unchanged (a laptop put back from an older copy
    writes new events under numbers it used before); a new one must follow the last and be
    signed by its author."""
    if not isinstance(events, list):
        raise ChainBroken("not a list of events")
    held: dict[int, str] = {
        int(r[0]): str(r[1]) for r in db.all("SELECT seq, hash FROM team_audit WHERE device = ?", (number,))
    }
    top = max(held, default=0)
    signatures = _Signatures(_signing_keys(db))
    added = []
    for event in events:
        try:
            seq, at, user, action, entity, entity_id, details, key_id, signature = event
            seq = int(seq)
            signature = None if signature is None else journal.decode(signature)
        except (TypeError, ValueError, KeyError):
            raise ChainBroken("an event is malformed") from None
        prev_hash = held.get(seq - 1)
        if prev_hash is None:
            raise ChainBroken(f"event {seq} does not follow the chain the hub holds (last {top})")
        digest = audit.event_digest(prev_hash, seq, at, user, action, entity, entity_id, details)
        if seq in held:
            if held[seq] != digest:
                raise ChainBroken(f"event {seq} differs from the one received before")
            continue
        if seq != top + 1:
            raise ChainBroken(f"event {seq} does not follow event {top}")
        problem = signatures.see(seq, user, digest, key_id, signature)
        if problem is not None:
            raise ChainBroken(problem)
        added.append(
            (number, seq, at, user, action, entity, entity_id, details, prev_hash, digest, key_id, signature)
        )
        held[seq], top = digest, seq
    if signatures.end() is not None:
        raise ChainBroken(str(signatures.end()))
    db.executemany(
        "INSERT INTO team_audit (device, seq, at, username, action, entity, entity_id, details, prev_hash,"
        " hash, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        added,
    )
    return top, held.get(top, "")


def start_device_audit(db: Database, number: int, head: list[Any]) -> None:
    """At enrolment: the laptop's chain starts from the copy's last event."""
    db.execute(
        "INSERT INTO team_audit (device, seq, at, username, action, entity, entity_id, details, prev_hash,"
        " hash, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (number, *head[:10], journal.decode(head[10]) if head[10] is not None else None),
    )


def device_audit_problems(db: Database) -> list[str]:
    """Every laptop's chain as held here, checked link by link and signature by signature (for
    `check` at the hub)."""
    problems = []
    keys = _signing_keys(db)
    for number, name in db.all("SELECT number, name FROM team_device ORDER BY name"):
        prev: tuple[int, str] | None = None
        signatures = _Signatures(keys)
        for seq, at, user, action, entity, entity_id, details, prev_hash, stored, key_id, signature in db.all(
            "SELECT seq, at, username, action, entity, entity_id, details, prev_hash, hash, key_id, signature"
            " FROM team_audit WHERE device = ? ORDER BY seq",
            (number,),
        ):
            if audit.event_digest(prev_hash, seq, at, user, action, entity, entity_id, details) != stored:
                problems.append(f"audit event {seq} of laptop {name} was altered")
            elif prev is not None and (seq != prev[0] + 1 or prev_hash != prev[1]):
                problems.append(f"audit event {seq} of laptop {name} does not follow the event before it")
            elif prev is not None:  # the first is the copy's last event at enrolment, checked there
                found = signatures.see(
                    seq, user, stored, key_id, None if signature is None else bytes(signature)
                )
                if found is not None:
                    problems.append(f"audit {found} (laptop {name})")
            prev = (int(seq), str(stored))
        if signatures.end() is not None:
            problems.append(f"audit {signatures.end()} (laptop {name})")
    return problems


def facts(db: Database) -> dict[str, int | str]:
    """What `check` reports of this copy's place in a team (nothing outside a team)."""
    current = role(db)
    if current is None:
        return {}
    out: dict[str, int | str] = {"team_role": current, "team_open_conflicts": len(conflicts(db))}
    if current == journal.HUB:
        out["team_laptops"] = int(db.scalar("SELECT count(*) FROM team_device WHERE revoked_at IS NULL") or 0)
        out["team_laptops_revoked"] = int(
            db.scalar("SELECT count(*) FROM team_device WHERE revoked_at IS NOT NULL") or 0
        )
        out["team_quarantined_changes"] = int(db.scalar("SELECT count(*) FROM team_quarantine") or 0)
    else:
        out["team_changes_not_at_office"] = pending_local(db)
    return out


def references(db: Database, case_ids: Iterable[int]) -> dict[int, str]:
    """Case id -> reference, for the cases of this copy among `case_ids`."""
    listed = json.dumps(sorted(set(case_ids)))
    return {
        int(r[0]): str(r[1])
        for r in db.all(
            "SELECT id, reference FROM cases WHERE id IN (SELECT value FROM json_each(?))", (listed,)
        )
    }


def staff_names(db: Database) -> dict[int, str]:
    """Staff account id -> "Full Name (username)": how a conflict about an assignee or an author
    names the account."""
    return {
        int(r[0]): f"{r[2]} ({r[1]})" if r[2] and r[2] != r[1] else str(r[1])
        for r in db.all("SELECT id, username, display_name FROM users")
    }
