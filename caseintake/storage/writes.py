"""The one write path for record tables: every insert, update and delete of case data and staff.

The record homes (`storage/records/` and the court, key and guard stores) build their rows and
call these three functions; nothing else in the program writes SQL that changes a record table
(`tests/unit/test_record_homes.py` holds that line). So the team's change journal, conflict
stamps or any other rule that must see every change is added here, once.

Ids of new rows come from `row_ids`: this device's range (see `storage/ids.py`).

Every write to a case's data also counts up that case's `version` (schema upgrade 8, `CASE_LINKS`),
in the same statement sequence and so the same transaction: an editor that loaded an older
version is refused when it saves (`services/edit_conflicts.py`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from caseintake.storage import journal
from caseintake.storage.database import Database
from caseintake.storage.ids import ID_TABLES, RowIds, device_of, device_range, new_device_number

#: Tables whose rows are records of the office: case data, court record, staff and their keys.
RECORD_TABLES = frozenset(
    {
        "users",
        "user_key",
        "case_key",
        "reveal_grant",
        "cases",
        "case_text",
        "case_offense",
        "case_accommodation",
        "person",
        "identity",
        "leak_allowance",
        "referral",
        "note",
        "note_version",
        "hearing",
        "evidence",
        "document",
        "count_release",
        "case_court",
        "criminal_case",
        "charge",
        "detention",
        "child_measure",
        "hearing_witness",
        "motion",
        "exhibit",
    }
)

#: How a row of case data leads to its case, for `cases.version`: the column holding the case's
#: id, or (column, parent table) for a row hanging off a person, note, hearing or criminal case
#: whose `case_id` is the case's. Every insert, update and delete of these tables counts up the
#: version of each case it touches. Not here: staff and keys, the document register and leak
#: allowances. No editor writes those, so no stale save can overwrite them, and counting them would
#: refuse an editor's save because its own window printed a summary or allowed a word.
CASE_LINKS: dict[str, tuple[str, str | None]] = {
    "cases": ("id", None),
    "case_text": ("case_id", None),
    "case_offense": ("case_id", None),
    "case_accommodation": ("case_id", None),
    "person": ("case_id", None),
    "identity": ("person_id", "person"),
    "referral": ("case_id", None),
    "note": ("case_id", None),
    "note_version": ("note_id", "note"),
    "hearing": ("case_id", None),
    "evidence": ("case_id", None),
    "case_court": ("case_id", None),
    "criminal_case": ("case_id", None),
    "charge": ("criminal_case_id", "criminal_case"),
    "detention": ("person_id", "person"),
    "child_measure": ("person_id", "person"),
    "hearing_witness": ("hearing_id", "hearing"),
    "motion": ("hearing_id", "hearing"),
    "exhibit": ("case_id", None),
}

#: What the team's change journal records (`storage/journal.py`): every table of case data, and
#: the case keys and leak allowances, which travel with their case. Staff and the document
#: register stay with the office.
JOURNAL_LINKS: dict[str, tuple[str, str | None]] = {
    **CASE_LINKS,
    "case_key": ("case_id", None),
    "leak_allowance": ("person_id", "person"),
}

_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _check(table: str, columns: Iterable[str]) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")
    for column in columns:
        if not _NAME.match(column):
            raise ValueError(f"not a column name: {column!r}")


def device_number(db: Database) -> int:
    """This database's device number, chosen once (schema upgrade 7 or creation)."""
    value = db.scalar("SELECT value FROM meta WHERE key = 'device_number'")
    if value is None:
        raise LookupError("this database has no device number; upgrade its schema first")
    return int(value)


def ensure_device_number(db: Database) -> int:
    value = db.scalar("SELECT value FROM meta WHERE key = 'device_number'")
    if value is not None:
        return int(value)
    number = new_device_number()
    db.execute("INSERT INTO meta (key, value) VALUES ('device_number', ?)", (str(number),))
    return number


#: The `meta` key holding the highest id of a table this database ever handed out.
ID_MARK = "id_mark:"


def row_ids(db: Database) -> RowIds:
    """Fresh ids for new rows; use inside the write transaction that inserts them.

    An id is never handed out twice, even after its row was deleted: a laptop drops the rows of a
    case reassigned away while its own new rows may still be on their way to the hub, and a second
    row under the same id would arrive there as a change to the first one.
    """
    return RowIds(
        device_number(db),
        lambda table, low, high: _highest_id(db, table, low, high),
        taken=lambda table, last: _mark_id(db, table, last),
    )


def keep_id_marks(db: Database) -> None:
    """Remember the highest id of every table, after a batch written with ids counted on in
    memory (`RowIds.preloaded`: an import batch, the demo generator's worker processes)."""
    low, high = device_range(device_number(db))
    for table in ID_TABLES:
        top = _highest_id(db, table, low, high)
        if top is not None:
            _mark_id(db, table, top)


def _highest_id(db: Database, table: str, low: int, high: int) -> int | None:
    """The highest id of the range a row of `table` holds or ever held. A mark outside the range
    (a laptop's copy of the hub's meta) is not this database's."""
    if table not in ID_TABLES:
        raise ValueError(f"not a table with device ids: {table}")
    sql = (
        f"SELECT max(top) FROM (SELECT max(id) AS top FROM {table} WHERE id BETWEEN ?1 AND ?2"  # nosec B608
        " UNION ALL SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?3"
        " AND CAST(value AS INTEGER) BETWEEN ?1 AND ?2)"
    )
    value = db.scalar(sql, (low, high, ID_MARK + table))
    return None if value is None else int(value)


def _mark_id(db: Database, table: str, last: int) -> None:
    """Keep `last` as the table's mark, unless this device's range already holds a higher one (a
    mark outside the range, copied from the hub, is replaced)."""
    low, high = device_range(device_of(last))
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        " WHERE NOT (CAST(value AS INTEGER) BETWEEN ?3 AND ?4 AND CAST(value AS INTEGER) > ?5)",
        (ID_MARK + table, str(last), low, high, last),
    )


def _case_ids_of(table: str, selected: str) -> str | None:
    """SQL selecting the case ids behind `selected` (SQL selecting values of the table's link
    column), or None for a table whose rows belong to no case."""
    link = CASE_LINKS.get(table)
    if link is None:
        return None
    parent = link[1]
    # The parent's name comes from the fixed table above.
    return selected if parent is None else f"SELECT case_id FROM {parent} WHERE id IN ({selected})"  # nosec B608


def _count_up(db: Database, case_ids: str, params: Sequence[Any]) -> None:
    db.execute(f"UPDATE cases SET version = version + 1 WHERE id IN ({case_ids})", params)  # nosec B608


def _count_up_new_rows(db: Database, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> None:
    """After an insert: count up the cases the new rows belong to (a new case starts at 0)."""
    link = CASE_LINKS.get(table)
    if link is None or table == "cases" or not rows:
        return
    at = list(columns).index(link[0])  # every insert of case data names its link column
    owners = sorted({row[at] for row in rows if row[at] is not None})
    if owners:  # one statement for a whole batch: the owners travel as one JSON array
        _count_up(db, str(_case_ids_of(table, "SELECT value FROM json_each(?)")), (json.dumps(owners),))


def _count_up_matching(db: Database, table: str, condition: str, params: Sequence[Any]) -> None:
    """Before an update or delete: count up the cases of the rows `condition` matches."""
    link = CASE_LINKS.get(table)
    if link is not None:
        selected = f"SELECT {link[0]} FROM {table} WHERE {condition}"  # nosec B608 - checked names
        _count_up(db, str(_case_ids_of(table, selected)), params)


def insert(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows (tuples in the order of `columns`)."""
    _check(table, columns)
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # nosec B608
    logged = table in JOURNAL_LINKS and journal.capturing(db)
    if table not in CASE_LINKS and not logged:
        db.executemany(sql, rows)
        return
    listed = rows if isinstance(rows, list) else list(rows)
    db.executemany(sql, listed)
    _count_up_new_rows(db, table, columns, listed)
    if logged:
        journal.inserted(db, table, columns, listed, JOURNAL_LINKS[table])


def update(db: Database, table: str, values: Mapping[str, Any], where: Mapping[str, Any]) -> int:
    """Set `values` on the rows matching every `where` column; returns how many changed."""
    _check(table, [*values, *where])
    if not values or not where:
        raise ValueError("an update needs values and a condition")
    sets = ", ".join(f"{c} = ?" for c in values)
    cond = " AND ".join(f"{c} = ?" for c in where)
    _count_up_matching(db, table, cond, list(where.values()))
    link = JOURNAL_LINKS.get(table)
    before = None
    if link is not None and journal.capturing(db):
        before = journal.read_before(db, table, cond, list(where.values()), [*values, link[0]])
    sql = f"UPDATE {table} SET {sets} WHERE {cond}"  # nosec B608
    cursor = db.execute(sql, [*values.values(), *where.values()])
    if before:
        journal.updated(db, table, before, dict(values), link)
    return int(cursor.rowcount)


def update_many(
    db: Database, table: str, columns: Sequence[str], key: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Set `columns` for many rows; each row gives the new values, then the key values."""
    _check(table, [*columns, *key])
    sets = ", ".join(f"{c} = ?" for c in columns)
    cond = " AND ".join(f"{c} = ?" for c in key)
    link = CASE_LINKS.get(table)
    if link is not None:
        rows = rows if isinstance(rows, list) else list(rows)
        case_ids = _case_ids_of(table, f"SELECT {link[0]} FROM {table} WHERE {cond}")  # nosec B608
        count_up = f"UPDATE cases SET version = version + 1 WHERE id IN ({case_ids})"  # nosec B608
        db.executemany(count_up, [row[len(columns) :] for row in rows])
    journal_link = JOURNAL_LINKS.get(table)
    if journal_link is not None and journal.capturing(db):  # row by row, each with what it replaced
        for one in rows if isinstance(rows, list) else list(rows):
            keys = list(one[len(columns) :])
            before = journal.read_before(db, table, cond, keys, [*columns, journal_link[0]])
            db.execute(f"UPDATE {table} SET {sets} WHERE {cond}", one)  # nosec B608
            journal.updated(
                db, table, before, dict(zip(columns, one[: len(columns)], strict=True)), journal_link
            )
        return
    db.executemany(f"UPDATE {table} SET {sets} WHERE {cond}", rows)  # nosec B608


def delete(db: Database, table: str, where: Mapping[str, Any]) -> int:
    """Delete the rows matching every `where` column (IN for a list or tuple of values)."""
    _check(table, where)
    if not where:
        raise ValueError("a delete needs a condition")
    parts: list[str] = []
    params: list[Any] = []
    for column, value in where.items():
        if isinstance(value, list | tuple | set | frozenset):
            values = list(value)
            if not values:
                return 0
            parts.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
        else:
            parts.append(f"{column} = ?")
            params.append(value)
    cond = " AND ".join(parts)
    if table != "cases":  # a case deleted outright has no version left to compare
        _count_up_matching(db, table, cond, params)
    link = JOURNAL_LINKS.get(table)
    if link is not None and journal.capturing(db):
        journal.deleted(db, table, journal.read_before(db, table, cond, params, None), link)
    sql = f"DELETE FROM {table} WHERE {cond}"  # nosec B608
    return int(db.execute(sql, params).rowcount)
