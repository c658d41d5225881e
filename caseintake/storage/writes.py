"""The one write path for record tables: every insert, update and delete of case data and staff.

The record homes (`storage/records/` and the court, key and guard stores) build their rows and
call these three functions; nothing else in the program writes SQL that changes a record table
(`tests/unit/test_record_homes.py` holds that line). So the team's change journal, conflict
stamps or any other rule that must see every change is added here, once.

Ids of new rows come from `row_ids`: this device's range (see `storage/ids.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from caseintake.storage.database import Database
from caseintake.storage.ids import RowIds, new_device_number

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


def row_ids(db: Database) -> RowIds:
    """Fresh ids for new rows; use inside the write transaction that inserts them."""

    def highest(table: str, low: int, high: int) -> int | None:
        # The table name was checked against the fixed list in `RowIds.take`.
        sql = f"SELECT max(id) FROM {table} WHERE id BETWEEN ? AND ?"  # nosec B608
        value = db.scalar(sql, (low, high))
        return None if value is None else int(value)

    return RowIds(device_number(db), highest)


def insert(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows (tuples in the order of `columns`)."""
    _check(table, columns)
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # nosec B608
    db.executemany(sql, rows)


def update(db: Database, table: str, values: Mapping[str, Any], where: Mapping[str, Any]) -> int:
    """Set `values` on the rows matching every `where` column; returns how many changed."""
    _check(table, [*values, *where])
    if not values or not where:
        raise ValueError("an update needs values and a condition")
    sets = ", ".join(f"{c} = ?" for c in values)
    cond = " AND ".join(f"{c} = ?" for c in where)
    sql = f"UPDATE {table} SET {sets} WHERE {cond}"  # nosec B608
    cursor = db.execute(sql, [*values.values(), *where.values()])
    return int(cursor.rowcount)


def update_many(
    db: Database, table: str, columns: Sequence[str], key: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Set `columns` for many rows; each row gives the new values, then the key values."""
    _check(table, [*columns, *key])
    sets = ", ".join(f"{c} = ?" for c in columns)
    cond = " AND ".join(f"{c} = ?" for c in key)
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
    sql = f"DELETE FROM {table} WHERE {' AND '.join(parts)}"  # nosec B608
    return int(db.execute(sql, params).rowcount)
