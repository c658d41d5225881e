"""One open database: the connection, transactions that nest, and small query helpers."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from caseintake.domain.errors import CaseintakeError, IntegrityProblem
from caseintake.storage.engine import Connection, DatabaseError

log = logging.getLogger(__name__)

Row = tuple[Any, ...]
Params = Sequence[Any] | dict[str, Any]


class Database:
    """The single connection to an unlocked database.

    `atomic()` opens a write transaction (`BEGIN IMMEDIATE`, so a writer never discovers a
    conflict half-way) or, when one is open, a savepoint: a failing inner block rolls back alone.
    """

    def __init__(self, conn: Connection, path: Path, key: bytes) -> None:
        self.conn = conn
        self.path = path
        self._key = key
        self._depth = 0
        self._names = itertools.count(1)

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def atomic(self) -> Iterator[None]:
        if self._depth == 0:
            self._run("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            self._run("COMMIT")
            return
        name = f"sp{next(self._names)}"
        self._run(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._run(f"ROLLBACK TO {name}")
            self._run(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._run(f"RELEASE {name}")

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except DatabaseError:
            log.warning("rollback found no open transaction")

    def _run(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except DatabaseError as exc:
            raise translate(exc, self.path) from None

    def execute(self, sql: str, params: Params = ()) -> Any:
        try:
            return self.conn.execute(sql, params)
        except DatabaseError as exc:
            raise translate(exc, self.path) from None

    def executemany(self, sql: str, rows: Any) -> None:
        try:
            self.conn.executemany(sql, rows)
        except DatabaseError as exc:
            raise translate(exc, self.path) from None

    def one(self, sql: str, params: Params = ()) -> Row | None:
        row: Row | None = self.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        rows: list[Row] = self.execute(sql, params).fetchall()
        return rows

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self._key = b""


def translate(exc: Exception, path: Path) -> CaseintakeError:
    """Turn an engine error into one of ours, with a sentence and no case data."""
    name = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
    log.warning("database error %s", name)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in str(exc):
        return IntegrityProblem(
            f"The database {path.name} is damaged or was altered; no change was made. "
            "Run 'caseintake check' and restore from a backup.",
            code="database_damaged",
            params={"file": path.name},
        )
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return CaseintakeError(
            f"The disk holding {path.name} is full; nothing was saved.",
            code="disk_full",
            params={"file": path.name},
        )
    if name == "SQLITE_READONLY" or "readonly" in str(exc):
        return CaseintakeError(
            f"The database {path.name} cannot be written (read-only); nothing was saved.",
            code="database_read_only",
            params={"file": path.name},
        )
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return CaseintakeError(
            f"The database {path.name} is busy in another program; try again.",
            code="database_busy",
            params={"file": path.name},
        )
    if name in ("SQLITE_IOERR",) or name.startswith("SQLITE_IOERR"):
        return CaseintakeError(
            f"Reading or writing {path.name} failed; nothing was saved.",
            code="database_io",
            params={"file": path.name},
        )
    if name == "SQLITE_TOOBIG":
        return CaseintakeError("The text is too large to store.", code="too_big")
    return CaseintakeError(
        f"The database refused the change ({name}); nothing was saved.",
        code="database_refused",
        params={"reason": name},
    )
