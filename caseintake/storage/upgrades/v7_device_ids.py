"""Schema upgrade 7: record ids that stay unique across laptops.

Each database gets a random device number (`storage/ids.py`), and every existing row of a table
with an integer id moves into that device's range: its id becomes `device << 32 | old id`, and so
does every column that points at it (found from the declared foreign keys), every owner in the
leak guard's term index and every rowid of the three full-text indexes. Old ids are all below
2**32, new ones all above, so no row ever collides with another half-way through.

One exception: `user_key` keeps its ids. The audit chain's signatures cover the id of the key
that signed each event, so renumbering a key would break every signature made before the
upgrade. New keys get ids from the device's range like any other row.

The full-text indexes hold no text to copy (they are contentless): each one is rebuilt from its
own list of indexed terms (`fts5vocab`), so the identity index, whose terms are keyed hashes of
vault words, is moved without decrypting anything.
"""

from __future__ import annotations

from caseintake.domain.errors import IntegrityProblem
from caseintake.storage.database import Database
from caseintake.storage.ids import ID_TABLES, SERIAL_MASK
from caseintake.storage.writes import ensure_device_number

#: Tables whose existing rows move into the device's range (every id table but `user_key`).
MOVED = tuple(table for table in ID_TABLES if table != "user_key")

_SEARCH_TABLES = ("case_search", "note_search", "identity_search")


def _references(db: Database) -> list[tuple[str, str]]:
    """(table, column) of every declared foreign key that points at a moved table's id."""
    found: list[tuple[str, str]] = []
    tables = [
        r[0]
        for r in db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    for table in tables:
        for fk in db.all(f"PRAGMA foreign_key_list({table})"):
            target, column, to = fk[2], fk[3], fk[4]
            if target in MOVED and to == "id":
                found.append((table, column))
    return found


def shift_ids(db: Database, offset: int) -> None:
    """Add `offset` to every moved id and every reference to one. Call inside a transaction,
    with foreign keys off (the caller checks them afterwards): parents and children move in
    separate statements, and SQLite would otherwise look up every child of every moved row."""
    references = _references(db)
    touched = sorted({*MOVED, *(table for table, _ in references), "guard_term"})
    indexes = db.all(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({', '.join('?' * len(touched))})",  # nosec B608 - placeholders only
        touched,
    )
    for name, _ in indexes:  # rebuilt once at the end: faster than updating them row by row
        db.execute(f'DROP INDEX "{name}"')
    for table in MOVED:
        db.execute(f"UPDATE {table} SET id = id + ?", (offset,))  # nosec B608 - constant names
    for table, column in references:
        sql = f"UPDATE {table} SET {column} = {column} + ? WHERE {column} IS NOT NULL"  # nosec B608
        db.execute(sql, (offset,))  # the names were read from the schema itself
    _move_guard_terms(db, offset)
    for _, sql in indexes:
        db.execute(sql)
    for table in _SEARCH_TABLES:
        _move_search_rows(db, table, offset)


def _move_guard_terms(db: Database, offset: int) -> None:
    """The guard's owners are people ('p') and referrals ('r'), both moved. The owner id is part
    of the key of a table without rowids, so the rows are written again in key order rather
    than moved one by one."""
    db.execute(
        "CREATE TEMP TABLE guard_term_moved AS SELECT digest, owner, owner_id + ? AS owner_id,"
        " case_id + ? AS case_id, field FROM guard_term",
        (offset, offset),
    )
    db.execute("DELETE FROM guard_term")
    db.execute(
        "INSERT INTO guard_term (digest, owner, owner_id, case_id, field) SELECT digest, owner, owner_id,"
        " case_id, field FROM temp.guard_term_moved ORDER BY digest, owner, owner_id, field"
    )
    db.execute("DROP TABLE temp.guard_term_moved")


def _move_search_rows(db: Database, table: str, offset: int) -> None:
    vocab = f"temp.{table}_terms"
    db.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab('main', '{table}', 'instance')")
    db.execute(
        f"CREATE TEMP TABLE {table}_moved AS SELECT doc + ? AS id, group_concat(term, ' ') AS body"  # nosec B608
        f" FROM {vocab} GROUP BY doc",
        (offset,),
    )
    db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")  # nosec B608
    db.execute(f"INSERT INTO {table} (rowid, body) SELECT id, body FROM temp.{table}_moved")  # nosec B608
    db.execute(f"DROP TABLE temp.{table}_moved")
    db.execute(f"DROP TABLE {vocab}")


def upgrade(db: Database) -> None:
    """Runs with foreign keys off; `migrations.upgrade` checks every key before committing."""
    device = ensure_device_number(db)
    for table in MOVED:
        top = db.scalar(f"SELECT max(id) FROM {table}")  # nosec B608 - constant names
        if top is not None and int(top) > SERIAL_MASK:
            raise IntegrityProblem(
                f"The {table} table holds an id too large to move; the database is damaged.",
                code="upgrade_id_too_large",
                params={"table": table},
            )
    shift_ids(db, device << 32)


upgrade.foreign_keys_off = True  # type: ignore[attr-defined]
