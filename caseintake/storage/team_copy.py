"""A laptop's database written at the hub: a copy holding only the cases its user may hold.

Two ways, chosen by how much of the hub the laptop holds:

- a few of its cases (a social worker's, a lawyer's): a new SQLCipher file under the laptop's
  own key, given the hub's schema and then only the rows of those cases and the office's shared
  records (`_build`). The rows of every other case are never written to the laptop's file, and
  the time and the file grow with the laptop's cases, not with the hub's;
- most or all of them (a supervisor's): the hub's pages through SQLite's backup API, then the
  other cases pruned with `secure_delete` on, so their rows are overwritten with zeros as they go
  (`_page_copy`, `prune`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from caseintake.domain.codes import Role
from caseintake.domain.errors import CaseintakeError, IntegrityProblem
from caseintake.storage import (
    audit,
    case_keys,
    case_removal,
    identity_store,
    journal,
    search_index,
    team_store,
    writes,
)
from caseintake.storage.database import Database
from caseintake.storage.engine import DatabaseError, attach_keyed, open_connection, vacuum

#: Hub bookkeeping a laptop's copy starts without (the hub's copies of other laptops' audit
#: chains included).
_HUB_ONLY = ("change_journal", "team_scope", "team_conflict", "team_quarantine", "team_device", "team_audit")
#: The counts cache holds the office's counts: a laptop counts its own cases again on demand.
_COUNTS_CACHE = ("counts_cache", "counts_cache_query")
#: The most a laptop's copy may hold for `prune` to rebuild it without its free pages.
SHRINK_MOST = 512 << 20
#: A laptop holding at most this share of the hub's cases, and at most `BUILD_MOST` of them, gets
#: a file built from its own rows. The build sorts its rows for each index in memory (temporary
#: storage never reaches the disk), about 100 MB at 100,000 cases.
BUILD_UP_TO = 0.5
BUILD_MOST = 100_000

# What a built copy takes of each table of the hub. Every table must have a rule: a table added
# to the schema without one stops the build, so that a new kind of case data cannot reach a
# laptop that should not hold it. The case data follows `writes.JOURNAL_LINKS`, the tables that
# travel with their case in team sync.
_KEPT = "SELECT id FROM temp.kept_case"
_EVERY_ROW = ""


def _linked(column: str, parent: str | None) -> str:
    """The rows of a table of case data: by their case, or by their parent row already copied."""
    source = _KEPT if parent is None else f"SELECT id FROM main.{parent}"  # nosec B608 - schema names
    return f"WHERE {column} IN ({source})"


_ROWS: dict[str, str | None] = {
    # the office's shared records, whole, as in a pruned copy
    "meta": "WHERE key NOT LIKE 'team_%'",  # the hub's own keys stay at the hub
    "users": _EVERY_ROW,
    "user_key": _EVERY_ROW,
    "reveal_grant": _EVERY_ROW,
    "reference_serial": _EVERY_ROW,
    "audit": _EVERY_ROW,
    "count_release": _EVERY_ROW,
    "document": _EVERY_ROW,  # the register stays; a document of another case loses its case
    # the laptop's cases and what hangs on them
    **{table: _linked(column, parent) for table, (column, parent) in writes.JOURNAL_LINKS.items()},
    # the leak guard's terms through their owners (the hub's index), in key order so that each
    # page of this table is written once, then their digests
    "guard_term": (
        "WHERE (owner = 'p' AND owner_id IN (SELECT id FROM main.person))"
        " OR (owner = 'r' AND owner_id IN (SELECT id FROM main.referral))"
        " ORDER BY digest, owner, owner_id, field"
    ),
    "guard_digest": "WHERE digest IN (SELECT digest FROM main.guard_term)",
    # kept by the schema's triggers as the rows above arrive, or filled again on demand
    "hearing_agenda": None,
    "counts_gen": None,
    **dict.fromkeys(_COUNTS_CACHE),
    # SQLite's statistics (the product runs no ANALYZE)
    "sqlite_stat1": None,
    "sqlite_stat4": None,
    **dict.fromkeys(_HUB_ONLY),
}
#: Tables whose rule reads rows already copied, or whose triggers do (a hearing's agenda row
#: takes its case's reference), and so come after them.
_AFTER: dict[str, tuple[str, ...]] = {
    **{
        table: (parent or "cases",)
        for table, (_column, parent) in writes.JOURNAL_LINKS.items()
        if table != "cases"
    },
    "guard_term": ("person", "referral"),
    "guard_digest": ("guard_term",),
}
#: The full-text indexes a built copy fills from its rows (`_index`); their shadow tables are
#: made by their own CREATE VIRTUAL TABLE.
_INDEXES = ("case_search", "note_search", "identity_search")
#: What the built copy writes in place of a column, where the pruned copy would have changed it.
_COLUMN_AS = {("document", "case_id"): f"CASE WHEN case_id IN ({_KEPT}) THEN case_id END"}
_FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def scope_for(db: Database, username: str, role: str) -> list[tuple[int, str, bool]]:
    """(case id, reference, identity keys held) of the cases a laptop of this user holds: a
    social worker's assigned cases (with their identity keys), a lawyer's cases with a hearing he
    handles (with the keys: a lawyer may reveal), a supervisor's laptop every case."""
    if role == Role.SOCIAL_WORKER:
        sql = (
            "SELECT c.id, c.reference FROM cases c JOIN users u ON u.id = c.assigned_to WHERE u.username = ?"
        )
        params: tuple[Any, ...] = (username,)
    elif role == Role.LAWYER:
        sql = "SELECT c.id, c.reference FROM cases c"
        sql += " WHERE c.id IN (SELECT h.case_id FROM hearing h JOIN users u ON u.id = h.lawyer"
        sql += " WHERE u.username = ?)"
        params = (username,)
    else:
        sql, params = "SELECT c.id, c.reference FROM cases c", ()
    return [(int(r[0]), str(r[1]), True) for r in db.all(sql + " ORDER BY c.id", params)]


def write_copy(
    db: Database,
    path: Path,
    key: bytes,
    keep: Sequence[int],
    progress: Callable[[int, int], None] | None,
) -> None:
    """Write the new laptop's database at `path` under `key`, holding at least the cases in
    `keep` (`prune` then takes away the rest, if any)."""
    held = int(db.scalar("SELECT count(*) FROM cases") or 0)
    if len(keep) <= min(held * BUILD_UP_TO, BUILD_MOST):
        keys = _identity_keys(db, keep)
        if keys is not None:
            _build(db, path, key, keep, keys, progress)
            return
    _page_copy(db, path, key, progress)


def _page_copy(db: Database, path: Path, key: bytes, progress: Callable[[int, int], None] | None) -> None:
    target = open_connection(path, key, create=True, wal=False)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        db.conn.backup(target, pages=2048, progress=step)
    finally:
        target.close()


def _identity_keys(db: Database, keep: Sequence[int]) -> dict[int, bytes] | None:
    """The identity keys of these cases that have vault values, for rebuilding their identity
    index rows (the index holds keyed hashes only, which cannot be read back out of it). None
    when the enrolling account cannot open one: the page copy then carries the hub's rows."""
    keys: dict[int, bytes] = {}
    for (case_id,) in db.all(
        "SELECT DISTINCT p.case_id FROM person p JOIN identity i ON i.person_id = p.id"
        " WHERE p.case_id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(c) for c in keep]),),
    ):
        try:
            keys[int(case_id)] = case_keys.case_key(db, int(case_id))
        except CaseintakeError:
            return None
    return keys


def _build(
    db: Database,
    path: Path,
    key: bytes,
    keep: Sequence[int],
    keys: dict[int, bytes],
    progress: Callable[[int, int], None] | None,
) -> None:
    """A new file with the hub's schema and only the rows `_ROWS` gives it, in one transaction
    that also holds one consistent view of the hub."""
    conn = open_connection(path, key, create=True, wal=False)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table, parents not first
        attach_keyed(conn, db.path, db.key, "hub")
        laptop = Database(conn, path, key)
        conn.execute("BEGIN")  # not IMMEDIATE: that would take the hub's write lock too
        try:
            _fill(
                laptop, keep, lambda case_id: keys.get(case_id) or case_keys.case_key(db, case_id), progress
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE hub")
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise IntegrityProblem(
                f"The laptop's copy would hold {len(dangling)} rows whose parent row is missing;"
                " nothing was enrolled.",
                code="laptop_copy_dangling",
                params={"count": len(dangling)},
            )
    except DatabaseError as exc:
        reason = getattr(exc, "sqlite_errorname", "") or "error"
        raise CaseintakeError(
            f"The laptop's database could not be written ({reason}); nothing was enrolled.",
            code="laptop_copy_failed",
            params={"reason": reason},
        ) from None
    finally:
        conn.close()


def _fill(
    laptop: Database,
    keep: Sequence[int],
    key_of: Callable[[int], bytes],
    progress: Callable[[int, int], None] | None,
) -> None:
    schema = laptop.all("SELECT type, name, sql FROM hub.sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
    fts = {
        str(name)
        for kind, name, sql in schema
        if kind == "table" and " USING FTS5(" in str(sql).upper().replace("USING FTS5 (", "USING FTS5(")
    }
    shadows = {f"{table}_{part}" for table in fts for part in _FTS5_SHADOWS}
    virtual = {str(n) for kind, n, sql in schema if kind == "table" and str(sql).startswith("CREATE VIRTUAL")}
    tables = [str(n) for kind, n, _sql in schema if kind == "table" and n not in shadows | virtual]
    unknown = [t for t in tables if t not in _ROWS] + sorted(fts - set(_INDEXES))
    if unknown:
        raise CaseintakeError(
            f"The laptop copy does not know what to take of the table {unknown[0]}; nothing was enrolled.",
            code="laptop_copy_unknown_table",
            params={"table": unknown[0]},
        )
    for kind in ("table", "view", "trigger"):  # triggers before the rows: they keep derived tables
        for k, name, sql in schema:
            if k == kind and name not in shadows and not str(name).startswith("sqlite_"):
                laptop.execute(str(sql))
    laptop.execute("CREATE TEMP TABLE kept_case (id INTEGER PRIMARY KEY)")
    laptop.executemany("INSERT INTO temp.kept_case (id) VALUES (?)", [(int(c),) for c in keep])
    tables.sort(key=_depth)
    steps = len(tables) + 2
    for done, table in enumerate(tables):
        if progress is not None:
            progress(done, steps)
        where = _ROWS[table]
        if where is None or table.startswith("sqlite_"):
            continue
        columns = [str(r[1]) for r in laptop.all(f"PRAGMA hub.table_info('{table}')")]
        chosen = ", ".join(_COLUMN_AS.get((table, c), c) for c in columns)
        laptop.execute(
            f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {chosen} FROM hub.{table} {where}"  # nosec B608 - names from the schema
        )
    for k, name, sql in schema:  # indexes after the rows: one sort each instead of an insert per row
        if k == "index" and name not in shadows:
            laptop.execute(str(sql))
    if progress is not None:
        progress(steps - 2, steps)
    _index(laptop, fts, key_of)
    for setting in ("user_version", "application_id"):
        value = int(laptop.scalar(f"PRAGMA hub.{setting}") or 0)
        laptop.execute(f"PRAGMA main.{setting} = {value}")
    laptop.execute("DROP TABLE temp.kept_case")
    if progress is not None:
        progress(steps, steps)


def _depth(table: str) -> int:
    return 1 + max((_depth(parent) for parent in _AFTER.get(table, ())), default=-1)


def _index(laptop: Database, fts: set[str], key_of: Callable[[int], bytes]) -> None:
    """The search indexes of the copied rows, with the hub's settings; the identity index from
    the copied vault values, opened with their cases' keys."""
    for table in sorted(fts):
        for k, v in laptop.all(f"SELECT k, v FROM hub.{table}_config WHERE k <> 'version'"):  # nosec B608
            laptop.execute(f"INSERT INTO main.{table}({table}, rank) VALUES (?, ?)", (k, v))  # nosec B608
    search_index.index_copied(laptop)
    tokens = identity_store.TermTokens(identity_store.search_key(laptop))
    with_values = "SELECT DISTINCT p.case_id FROM main.person p JOIN main.identity i ON i.person_id = p.id"
    bodies = {
        int(case_id): identity_store.case_body(laptop, key_of(int(case_id)), int(case_id), tokens)
        for (case_id,) in laptop.all(with_values)
    }
    identity_store.index_cases(laptop, bodies)


def prune(laptop: Database, keep: set[int], settings: dict[str, str | int]) -> list[Any]:
    """Make a fresh copy of the hub a laptop's database: only the cases in `keep`, no hub
    bookkeeping, the laptop's own team settings (device number, role, keys). Returns the copy's
    last audit event (where the hub starts holding the laptop's chain)."""
    laptop.execute("PRAGMA secure_delete = ON")
    with laptop.atomic(), journal.applying(laptop, None, None):
        drop = [c for c in case_removal.case_ids(laptop) if c not in keep]
        case_removal.remove_cases(laptop, drop)
        for table in (*_HUB_ONLY, *_COUNTS_CACHE):
            laptop.execute(f"DELETE FROM {table}")  # nosec B608 - fixed names
        laptop.execute("DELETE FROM meta WHERE key LIKE 'team_%'")
        team_store.put(laptop, settings)
    laptop.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _shrink(laptop)
    return team_store.audit_events_from(laptop, audit.head(laptop)[0])[0]


def _shrink(laptop: Database) -> None:
    """Give back the pages the pruned cases left free, so a copy that dropped most of a large
    hub is the size of what it holds. VACUUM rebuilds the file through a temporary copy of what
    it holds, kept in memory (`temp_store`), so a copy holding more than `SHRINK_MOST` bytes
    keeps its free pages (zeroed already) instead."""
    pages = int(laptop.scalar("PRAGMA page_count") or 0)
    free = int(laptop.scalar("PRAGMA freelist_count") or 0)
    held = (pages - free) * int(laptop.scalar("PRAGMA page_size") or 0)
    if free * 2 >= pages and held <= SHRINK_MOST:
        vacuum(laptop.conn)
        laptop.execute("PRAGMA wal_checkpoint(TRUNCATE)")
