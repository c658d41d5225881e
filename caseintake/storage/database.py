"""One open database: the connection, transactions that nest, and small query helpers."""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from caseintake.domain.errors import CaseintakeError, IntegrityProblem
from caseintake.storage.engine import Connection, DatabaseError

log = logging.getLogger(__name__)

Row = tuple[Any, ...]
Params = Sequence[Any] | dict[str, Any]

#: SQLite virtual-machine steps between two looks at whether an interruptible read should stop:
#: about a third of a millisecond on the office laptops, and rare enough that the look (which
#: takes the interpreter lock) costs the query nothing measurable. One step that does much work
#: alone (a sort, a full-text lookup) is not looked into, so a stop can wait for it to end.
STEPS_BETWEEN_LOOKS = 20_000
#: A statement that only reads: only such a statement is ever stopped part-way.
_READS = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class QueryInterrupted(Exception):
    """A read stopped at the request of whoever asked for it (`Database.interruptible`): the
    answer is no longer wanted. Not a `CaseintakeError`: no one is ever told about it."""


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
        # Set only inside `interruptible`, on the thread running it.
        self._should_stop: Callable[[], bool] | None = None
        self._stopping_thread = 0  # the thread whose reads may be stopped
        self._reading = False  # the statement last started only reads
        self._stopped = False

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it opened (SQLite's `total_changes`)."""
        return int(self.conn.total_changes)

    @contextmanager
    def interruptible(self, should_stop: Callable[[], bool]) -> Iterator[None]:
        """Reads in this block stop, raising `QueryInterrupted`, once `should_stop()` says so.

        A write is never stopped: not a statement that writes, not anything inside `atomic()`
        (its reads, its COMMIT), not while SQLite has a transaction open, and nothing another
        thread runs on this connection (the GUI never does; a test might). `should_stop` is
        asked on the thread that runs the block, between steps of a read, so the stop cannot
        land on a statement that started after the read; the look ends with the block.
        """
        if self._should_stop is not None:
            raise RuntimeError("interruptible blocks do not nest")
        self._should_stop, self._reading, self._stopped = should_stop, False, False
        self._stopping_thread = threading.get_ident()
        self.conn.set_progress_handler(self._look, STEPS_BETWEEN_LOOKS)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)
            self._should_stop, self._reading, self._stopping_thread = None, False, 0

    def _look(self) -> int:
        """SQLite's progress handler: non-zero stops the statement running."""
        should_stop = self._should_stop
        if (
            should_stop is None
            or threading.get_ident() != self._stopping_thread
            or not self._reading
            or self._depth
            or self.conn.in_transaction
            or not should_stop()
        ):
            return 0
        self._stopped = True
        return 1

    def _statement(self, sql: str) -> None:
        """Note whether the statement about to start only reads (looked at only when it matters)."""
        if self._should_stop is not None and threading.get_ident() == self._stopping_thread:
            self._reading = bool(_READS.match(sql)) and not _WRITES.search(sql)

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
        self._statement("")
        try:
            self.conn.execute(sql)
        except DatabaseError as exc:
            raise translate(exc, self.path) from None

    def execute(self, sql: str, params: Params = ()) -> Any:
        self._statement(sql)
        try:
            return self.conn.execute(sql, params)
        except DatabaseError as exc:
            raise self._failure(exc) from None

    def executemany(self, sql: str, rows: Any) -> None:
        self._statement("")
        try:
            self.conn.executemany(sql, rows)
        except DatabaseError as exc:
            raise translate(exc, self.path) from None

    def one(self, sql: str, params: Params = ()) -> Row | None:
        cursor = self.execute(sql, params)
        try:
            row: Row | None = cursor.fetchone()
        except DatabaseError as exc:
            if self._was_stopped(exc):
                raise QueryInterrupted() from None
            raise  # as the engine said it: `maintenance.inspect` tells unreadable rows apart
        return row

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        cursor = self.execute(sql, params)
        try:
            rows: list[Row] = cursor.fetchall()
        except DatabaseError as exc:
            if self._was_stopped(exc):
                raise QueryInterrupted() from None
            raise  # as the engine said it: `maintenance.inspect` tells unreadable rows apart
        return rows

    def _failure(self, exc: Exception) -> Exception:
        return QueryInterrupted() if self._was_stopped(exc) else translate(exc, self.path)

    def _was_stopped(self, exc: Exception) -> bool:
        """The engine stopped a read because `interruptible` asked it to: said at debug level
        only, since nothing went wrong."""
        if self._stopped and getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
            self._stopped = False
            log.debug("read stopped on request")
            return True
        return False

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
