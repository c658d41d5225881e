"""Applying a change from another copy of the office's database, and reading a case whole.

A change (`Change`) is one journal entry as it travels in a bundle: the table, the row's key,
the case, the operation and, per column, the value it replaced and the value it set. Two ways
to apply it:

- **merge** (the hub, applying a laptop's change): a column whose office value is still the one
  the laptop replaced takes the laptop's value; a column the office changed too is a
  `Clash` (the office value stays, the laptop's is kept in the conflict list); an edit of a row
  the office deleted, a deletion of a row the office edited, and an insert the office's rows
  refuse (the same pseudonym given twice in one case, a reference taken) are clashes as well.
- **follow** (a laptop, applying the office's change): the office has already merged, so its
  value is taken; a laptop's own change that was overwritten is still in its journal and reaches
  the hub, which raises the clash there.

Every write goes through `storage/writes.py`, so versions count up (an open editor's save is
refused rather than overwriting what arrived) and the hub's journal records what it applied.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from caseintake.domain.errors import CaseintakeError
from caseintake.storage import case_keys, guard_index, identity_store, journal, search_index, writes
from caseintake.storage.database import Database

#: Stamps of when a row last changed: where both sides changed the row, the later stamp is kept
#: and no person is asked about it (the columns that changed are what a conflict is about).
LATEST_WINS = frozenset({("cases", "updated_at"), ("note", "updated_at")})
#: Columns of a whole row, the key of a row that was removed, an insert the rows refused.
WHOLE_ROW = "*"


@dataclass(frozen=True)
class Change:
    origin: int
    origin_seq: int
    at: str
    table: str
    row_key: list[Any]
    case_id: int | None
    op: str
    fields: dict[str, list[Any]]
    #: The last hub journal entry the writer had applied when it made the change (laptops).
    base: int = 0

    def as_list(self) -> list[Any]:
        return [
            self.origin,
            self.origin_seq,
            self.at,
            self.table,
            self.row_key,
            self.case_id,
            self.op,
            self.fields,
            self.base,
        ]

    @classmethod
    def from_list(cls, item: Sequence[Any]) -> Change:
        if len(item) not in (8, 9):
            raise ValueError("malformed change")
        origin, origin_seq, at, table, row_key, case_id, op, fields, base = (*item, 0)[:9]
        if table not in writes.JOURNAL_LINKS or op not in ("insert", "update", "delete"):
            raise ValueError("not a change of a journaled table")
        if not isinstance(row_key, list) or not isinstance(fields, dict):
            raise ValueError("malformed change")
        return cls(
            int(origin),
            int(origin_seq),
            str(at),
            str(table),
            row_key,
            None if case_id is None else int(case_id),
            str(op),
            fields,
            int(base or 0),
        )


class RowRefused(Exception):
    """The database's constraints refused a row: initials or a reference already taken in the
    case, or a parent row that is not there. Nothing of the change was written."""


@contextmanager
def constrained(db: Database) -> Iterator[None]:
    """A savepoint whose constraint failure rolls back alone and becomes `RowRefused`."""
    try:
        with db.atomic():
            yield
    except CaseintakeError as exc:
        if exc.code == "database_refused" and exc.params.get("reason", "").startswith("SQLITE_CONSTRAINT"):
            raise RowRefused() from None
        raise


@dataclass(frozen=True)
class Clash:
    """One column the two sides changed differently (values as stored, JSON-ready)."""

    column: str
    was: Any
    office: Any
    field: Any
    #: A stamp the later value of won (`LATEST_WINS`): no person is asked, but the laptop must
    #: still be told the office's value.
    quiet: bool = False


def _row(db: Database, table: str, where: dict[str, Any]) -> dict[str, Any] | None:
    columns = journal.columns_of(db, table)
    cond = " AND ".join(f"{c} = ?" for c in where)
    # The table was checked against `writes.JOURNAL_LINKS`; the columns come from the schema.
    found = db.one(f"SELECT {', '.join(columns)} FROM {table} WHERE {cond}", list(where.values()))  # nosec B608
    return None if found is None else dict(zip(columns, found, strict=True))


def _where(db: Database, change: Change) -> dict[str, Any]:
    key = journal.primary_key(db, change.table)
    if len(key) != len(change.row_key):
        raise ValueError("the row key does not fit the table")
    return dict(zip(key, (journal.decode(v) for v in change.row_key), strict=True))


def _columns(db: Database, change: Change) -> dict[str, tuple[Any, Any]]:
    known = set(journal.columns_of(db, change.table))
    out = {}
    for column, pair in change.fields.items():
        if column not in known or not isinstance(pair, list) or len(pair) != 2:
            raise ValueError("a change names a column the table does not have")
        out[column] = (journal.decode(pair[0]), journal.decode(pair[1]))
    return out


def case_of(db: Database, change: Change) -> int | None:
    """The case a change belongs to, read from this database (never taken from the sender's
    word): the row as stored here, or for a new row the case its link column names."""
    link = writes.JOURNAL_LINKS[change.table]
    current = _row(db, change.table, _where(db, change))
    if current is not None:
        values = current
    else:
        values = {
            c: pair[1] if change.op == "insert" else pair[0] for c, pair in _columns(db, change).items()
        }
    owner = values.get(link[0])
    if owner is None:
        return None
    if link[1] is None:
        return int(owner)
    # The parent's name comes from the fixed link table.
    found = db.scalar(f"SELECT case_id FROM {link[1]} WHERE id = ?", (owner,))  # nosec B608
    return None if found is None else int(found)


def apply_change(
    db: Database,
    change: Change,
    *,
    merge: bool,
    keep: frozenset[str] = frozenset(),
    moved: frozenset[str] = frozenset(),
) -> list[Clash]:
    """Apply one change inside the caller's transaction; returns the clashes (merge only).

    `keep` (follow only) names columns of an existing row this copy changed since the sender
    last heard from it: they stay as they are until the sender has merged them. `moved` (merge
    only) names columns the office changed since the writer last heard from it: a change to one
    of them is a clash even where the office's value is back to the one the writer replaced."""
    where = _where(db, change)
    columns = _columns(db, change)
    current = _row(db, change.table, where)
    if keep and current is not None:
        columns = {c: pair for c, pair in columns.items() if c not in keep}
        if change.op == "delete" or not columns:
            return []
    if change.op == "insert":
        new = {c: pair[1] for c, pair in columns.items()}
        if current is None and merge and not _parent_present(db, change.table, new):
            raise RowRefused()  # held until its parent arrives (a conflict about the parent)
        if current is None:
            try:
                with constrained(db):
                    writes.insert(db, change.table, list(new), [tuple(new.values())])
            except RowRefused:
                if not merge:
                    raise
                return [Clash(WHOLE_ROW, None, None, _json(new))]
            return []
        differ = {c: v for c, v in new.items() if current.get(c) != v}
        if not differ:
            return []
        if merge:
            return [
                Clash(c, None, journal.encode(current.get(c)), journal.encode(v)) for c, v in differ.items()
            ]
        writes.update(db, change.table, differ, where)
        return []
    if change.op == "update":
        if current is None:
            if not merge:
                return []
            return [
                Clash(c, journal.encode(old), None, journal.encode(new)) for c, (old, new) in columns.items()
            ]
        sets: dict[str, Any] = {}
        clashes: list[Clash] = []
        for column, (old, new) in columns.items():
            now = current.get(column)
            if now == new:
                continue
            if not merge or (now == old and column not in moved):
                sets[column] = new
            elif (change.table, column) in LATEST_WINS:
                if str(new or "") > str(now or ""):
                    sets[column] = new
                else:
                    clashes.append(
                        Clash(column, journal.encode(old), journal.encode(now), journal.encode(new), True)
                    )
            else:
                clashes.append(Clash(column, journal.encode(old), journal.encode(now), journal.encode(new)))
        if sets:
            try:
                with constrained(db):
                    writes.update(db, change.table, sets, where)
            except RowRefused:
                if not merge:
                    raise
                clashes.extend(
                    Clash(c, None, journal.encode(current.get(c)), journal.encode(v)) for c, v in sets.items()
                )
        return clashes
    # delete
    if current is None:
        return []
    if merge:
        edited = [c for c, (old, _new) in columns.items() if current.get(c) != old]
        if edited:
            return [
                Clash(
                    WHOLE_ROW,
                    _json({c: columns[c][0] for c in edited}),
                    _json({c: current.get(c) for c in edited}),
                    None,
                )
            ]
    writes.delete(db, change.table, where)
    return []


def _parent_present(db: Database, table: str, values: dict[str, Any]) -> bool:
    column, parent = writes.JOURNAL_LINKS[table]
    if parent is None or values.get(column) is None:
        return True
    # The parent's name comes from the fixed link table.
    return db.scalar(f"SELECT 1 FROM {parent} WHERE id = ?", (values[column],)) is not None  # nosec B608


def _json(values: dict[str, Any]) -> dict[str, Any]:
    return {c: journal.encode(v) for c, v in values.items()}


#: The tables of a case in an order that inserts every parent before its children.
CASE_TABLES = (
    ("cases", "id = ?"),
    ("case_text", "case_id = ?"),
    ("case_offense", "case_id = ?"),
    ("case_accommodation", "case_id = ?"),
    ("case_key", "case_id = ?"),
    ("person", "case_id = ?"),
    ("identity", "person_id IN (SELECT id FROM person WHERE case_id = ?)"),
    ("leak_allowance", "person_id IN (SELECT id FROM person WHERE case_id = ?)"),
    ("detention", "person_id IN (SELECT id FROM person WHERE case_id = ?)"),
    ("child_measure", "person_id IN (SELECT id FROM person WHERE case_id = ?)"),
    ("referral", "case_id = ?"),
    ("note", "case_id = ?"),
    ("note_version", "note_id IN (SELECT id FROM note WHERE case_id = ?)"),
    ("evidence", "case_id = ?"),
    ("hearing", "case_id = ?"),
    ("hearing_witness", "hearing_id IN (SELECT id FROM hearing WHERE case_id = ?)"),
    ("motion", "hearing_id IN (SELECT id FROM hearing WHERE case_id = ?)"),
    ("exhibit", "case_id = ?"),
    ("case_court", "case_id = ?"),
    ("criminal_case", "case_id = ?"),
    ("charge", "criminal_case_id IN (SELECT id FROM criminal_case WHERE case_id = ?)"),
)


def snapshot(db: Database, case_id: int, origin: int, at: str) -> list[Change]:
    """Every row of one case as inserts, parents first: how a case reaches a laptop whole."""
    out: list[Change] = []
    for table, condition in CASE_TABLES:
        columns = journal.columns_of(db, table)
        key = journal.primary_key(db, table)
        # Fixed table names and conditions above; columns from the schema.
        sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {condition}"  # nosec B608
        for found in db.all(sql, (case_id,)):
            values = dict(zip(columns, found, strict=True))
            out.append(
                Change(
                    origin,
                    0,
                    at,
                    table,
                    [journal.encode(values[k]) for k in key],
                    case_id,
                    "insert",
                    {c: [None, journal.encode(v)] for c, v in values.items()},
                )
            )
    return out


def local_changes(db: Database, after: int) -> list[tuple[int, Change]]:
    """A laptop's own changes after journal entry `after` (what the hub has not acknowledged)."""
    return _journal(db, "origin IS NULL AND seq > ?", (after,), writes.device_number(db))


def changes_for(db: Database, after: int, device: int, case_ids: Sequence[int]) -> list[tuple[int, Change]]:
    """At the hub: what a laptop must learn of the changes after entry `after` to these cases:
    each row changed (by the office or another laptop; a row only that laptop changed is as it
    left it) as it stands now, an insert of its current values or a delete, in the order the
    rows first changed (so a parent comes before its children).

    The row as it stands, not the history of its changes: the laptop may have made a change
    since that the office merged, and replaying an older office change over it would undo it."""
    entries = _journal(
        db,
        "seq > ? AND case_id IN (SELECT value FROM json_each(?))",
        (after, json.dumps(sorted(case_ids))),
        writes.device_number(db),
    )
    order: dict[tuple[str, str], tuple[int, Change]] = {}
    others: set[tuple[str, str]] = set()
    for seq, change in entries:
        row = (change.table, json.dumps(change.row_key))
        if row not in order:
            order[row] = (seq, change)
        else:
            order[row] = (seq, order[row][1])
        if change.origin != device:
            others.add(row)
    out = []
    for row, (last, first) in order.items():
        if row not in others:
            continue
        current = _row(db, first.table, _where(db, first))
        if current is None:
            state = Change(
                first.origin, last, first.at, first.table, first.row_key, first.case_id, "delete", {}
            )
        else:
            fields = {c: [None, journal.encode(v)] for c, v in current.items()}
            state = Change(
                first.origin, last, first.at, first.table, first.row_key, first.case_id, "insert", fields
            )
        out.append((last, state))
    return out


def unmerged_columns(db: Database, after: int) -> dict[tuple[str, str], frozenset[str]]:
    """On a laptop: the columns of each row changed by its own journal entries after `after`
    (the hub has not merged them yet); a deleted row is marked by `WHOLE_ROW`."""
    out: dict[tuple[str, str], set[str]] = {}
    for _seq, change in local_changes(db, after):
        row = (change.table, json.dumps(change.row_key))
        out.setdefault(row, set()).update({WHOLE_ROW} if change.op == "delete" else set(change.fields))
    return {row: frozenset(columns) for row, columns in out.items()}


def _journal(
    db: Database, sql_filter: str, params: Sequence[Any], origin_of_local: int
) -> list[tuple[int, Change]]:
    """(seq, change) of the journal rows `sql_filter` selects, in order."""
    rows = db.all(
        "SELECT seq, origin, origin_seq, at, tbl, row_key, case_id, op, fields, base FROM change_journal"
        f" WHERE {sql_filter} ORDER BY seq",  # nosec B608 - the filters are fixed by the callers
        params,
    )
    out = []
    for seq, origin, origin_seq, at, table, row_key, case_id, op, fields, base in rows:
        local = origin is None
        out.append(
            (
                int(seq),
                Change(
                    origin_of_local if local else int(origin),
                    int(seq) if local else int(origin_seq),
                    str(at),
                    str(table),
                    json.loads(row_key),
                    None if case_id is None else int(case_id),
                    str(op),
                    json.loads(fields),
                    int(base or 0),
                ),
            )
        )
    return out


def moved_since(db: Database, change: Change, device: int) -> frozenset[str]:
    """At the hub: the columns of the change's row that the office (or another laptop) changed
    after the last hub entry the laptop had applied when it made the change."""
    if change.case_id is None:
        return frozenset()
    moved: set[str] = set()
    for (fields,) in db.all(
        "SELECT fields FROM change_journal WHERE case_id = ? AND seq > ? AND tbl = ? AND row_key = ?"
        " AND (origin IS NULL OR origin != ?)",
        (
            change.case_id,
            change.base,
            change.table,
            json.dumps(change.row_key, separators=(",", ":"), ensure_ascii=False),
            device,
        ),
    ):
        moved.update(json.loads(fields))
    return frozenset(moved)


#: Tables whose rows the case search index reads (`search_index._CASE_BODY`), the note index,
#: and the identity index.
CASE_INDEXED = frozenset({"cases", "case_text", "case_offense", "person", "referral", "hearing", "evidence"})
NOTE_INDEXED = frozenset({"note"})
IDENTITY_INDEXED = frozenset({"identity", "person", "case_key"})
#: Tables whose rows the leak guard's digests come from (vault values, shelter placements).
GUARDED = frozenset({"identity", "person", "referral"})


def touched_by(changes: Sequence[Change], tables: frozenset[str]) -> set[int]:
    return {c.case_id for c in changes if c.case_id is not None and c.table in tables}


def refresh_derived(db: Database, changes: Sequence[Change], *, guard_changed: bool) -> None:
    """After changes arrived: the search indexes they touch (the identity index only where this
    copy holds the case's identity key), and the leak guard's reload signal."""
    present = set(
        int(r[0])
        for r in db.all(
            "SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({c.case_id for c in changes if c.case_id is not None})),),
        )
    )
    search_index.refresh_cases(db, sorted(touched_by(changes, CASE_INDEXED) & present))
    for case_id in sorted(touched_by(changes, NOTE_INDEXED) & present):
        search_index.refresh_notes(db, case_id)
    for case_id in sorted(touched_by(changes, IDENTITY_INDEXED) & present):
        try:
            key = case_keys.case_key(db, case_id)
        except CaseintakeError:
            continue
        identity_store.refresh_case(db, key, case_id)
    if guard_changed:
        guard_index.bump(db)
