"""The SQLCipher engine: the one place that opens a database connection.

Start-up refuses a build that is not SQLCipher 4 or lacks FTS5 (DESIGN §4). Every connection is
keyed with the raw 32-byte database key, keeps temporary tables in memory, never loads
extensions, writes through a write-ahead log with full fsync, and has SQLCipher's own stderr log
silenced: failures surface as exceptions that our code logs by error code, never with case data.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import Any

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, NotADatabase, UnsupportedEngine
from caseintake.storage.wal_check import verify_wal

log = logging.getLogger(__name__)

try:
    from sqlcipher3 import dbapi2 as sqlite
except ImportError as exc:  # pragma: no cover - the dependency is mandatory
    raise UnsupportedEngine(
        "The SQLCipher module (sqlcipher3) is not installed.", code="no_sqlcipher"
    ) from exc

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlite.DatabaseError
OperationalError = sqlite.OperationalError
SQLiteIntegrityError = sqlite.IntegrityError

KEY_BYTES = 32
_checked = False


def engine_versions() -> dict[str, str]:
    """SQLite and SQLCipher versions, for `check` and the About dialog."""
    probe = sqlite.connect(":memory:")
    try:
        cipher = probe.execute("PRAGMA cipher_version").fetchone()
        return {"sqlite": sqlite.sqlite_version, "sqlcipher": cipher[0] if cipher else "none"}
    finally:
        probe.close()


def verify_engine() -> None:
    """Refuse to run on an engine that could store plaintext or cannot search."""
    global _checked  # noqa: PLW0603 - a once-per-process latch
    if _checked:
        return
    probe = sqlite.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        row = probe.execute("PRAGMA cipher_version").fetchone()
        version = row[0] if row else ""
        if not version.startswith("4."):
            raise UnsupportedEngine(
                f"This SQLite build is not SQLCipher 4 (found {version or 'no SQLCipher'}); refusing to run.",
                code="not_sqlcipher4",
                params={"found": version or "no SQLCipher"},
            )
        options = {r[0] for r in probe.execute("PRAGMA compile_options")}
        if "ENABLE_FTS5" not in options:
            raise UnsupportedEngine(
                "This SQLCipher build lacks full-text search (FTS5); refusing to run.", code="no_fts5"
            )
    finally:
        probe.close()
    _checked = True


# -- plaintext guard: the names below are what it refuses (source scans skip this block) --
# sqlite3 authorizer codes (stable parts of the SQLite C API).
_SQLITE_DENY = 1
_SQLITE_OK = 0
_SQLITE_PRAGMA = 19
_SQLITE_ATTACH = 24
_SQLITE_FUNCTION = 31
_GUARDED_PRAGMAS = frozenset(
    {
        "temp_store",
        "temp_store_directory",
        "key",
        "rekey",
        "cipher_plaintext_header_size",
        "cipher_log",
        "cipher_log_level",
        "cipher_memory_security",
    }
)


def _refuse_plaintext_paths(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """Once a connection is set up, no statement may open a way for case data to reach disk
    unencrypted: no ATTACH (a plaintext copy under an empty key), no export function, and no change
    to temporary storage, keys or logging. Reading those settings stays allowed."""
    if action == _SQLITE_ATTACH:
        return _SQLITE_DENY
    if action == _SQLITE_FUNCTION and (arg2 or "").lower() == "sqlcipher_export":
        return _SQLITE_DENY
    if action == _SQLITE_PRAGMA and (arg1 or "").lower() in _GUARDED_PRAGMAS and arg2 is not None:
        return _SQLITE_DENY
    return _SQLITE_OK


def _guard_letting_attach(file_name: str) -> Any:
    """The guard, letting through an ATTACH of this one file name: the file of `attach_keyed`,
    or "" for VACUUM's rebuilt copy, a temporary database that `temp_store = MEMORY` keeps in
    memory."""

    def authorize(action: int, arg1: str | None, *rest: object) -> int:
        if action == _SQLITE_ATTACH and arg1 == file_name:
            return _SQLITE_OK
        return _refuse_plaintext_paths(action, arg1, *rest)  # type: ignore[arg-type]

    return authorize


def attach_keyed(conn: Connection, path: Path, key: bytes, name: str) -> None:
    """Attach an existing encrypted database under its own raw key, to copy rows between two
    databases inside SQLite. Nothing is created: a missing file is refused before SQLite could
    make an empty one, and a file that does not open under the key is detached again. The guard
    lets through this one file, for this one statement."""
    if not name.isidentifier() or not path.is_file():
        raise NotADatabase(
            f"There is no database file at {path}.", code="no_database_file", params={"path": path}
        )

    def refused(exc: Exception) -> CaseintakeError:
        """Damaged, or busy, locked, unreadable: only the first is a reason to restore a backup."""
        reason = getattr(exc, "sqlite_errorname", "") or "error"
        if reason not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
            return _cannot_open(path, reason)
        return IntegrityProblem(
            f"The database file {path.name} is damaged or was altered: its first page does not "
            "decrypt with the right key. Restore it from a backup.",
            code="database_first_page",
            params={"file": path.name},
        )

    # The name is written into the statement, so that the guard sees it and lets through this
    # file alone (a bound name would reach the authorizer as no name at all).
    literal = "'" + str(path).replace("'", "''") + "'"
    conn.set_authorizer(_guard_letting_attach(str(path)))
    try:
        conn.execute(f"ATTACH DATABASE {literal} AS {name} KEY ?", (f"x'{key.hex()}'",))
    except DatabaseError as exc:
        raise refused(exc) from None
    finally:
        conn.set_authorizer(_refuse_plaintext_paths)
    try:
        conn.execute(f"SELECT count(*) FROM {name}.sqlite_master").fetchone()  # nosec B608 - identifier
    except DatabaseError as exc:
        conn.execute(f"DETACH DATABASE {name}")
        raise refused(exc) from None


# -- end of the plaintext guard --


def vacuum(conn: Connection) -> None:
    """Rebuild the database without its free pages. The rebuilt copy lives in memory until it
    replaces the file's pages, so it needs as much memory as the database holds."""
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise UnsupportedEngine(
            "Temporary storage is not in memory, so the database is not rebuilt.",
            code="temp_store_not_memory",
        )
    conn.set_authorizer(_guard_letting_attach(""))
    try:
        conn.execute("VACUUM")
    finally:
        conn.set_authorizer(_refuse_plaintext_paths)


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _cannot_open(path: Path, name: str, create: bool = False) -> CaseintakeError:
    """An open that failed for a reason other than the file's content: a full disk or a folder
    that cannot be written (SQLite must create its -wal and -shm files beside the database).
    Saying "damaged, restore a backup" here would talk someone into replacing good data."""
    folder, verb = path.parent, "created" if create else "opened"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return CaseintakeError(
            f"The database {path.name} cannot be {verb}: its folder {folder} or the file is read-only, "
            "and caseintake must write beside it. Nothing was changed.",
            code="database_read_only.create" if create else "database_read_only.open",
            params={"file": path.name, "folder": folder},
        )
    if shutil.disk_usage(folder).free < 1 << 20:
        return CaseintakeError(
            f"The disk holding {path.name} is full, so the database cannot be {verb}; free some "
            "space and try again. Nothing was changed.",
            code="database_disk_full.create" if create else "database_disk_full.open",
            params={"file": path.name},
        )
    return CaseintakeError(
        f"The database {path.name} cannot be {verb} ({name}); nothing was changed.",
        code="database_not_opened.create" if create else "database_not_opened.open",
        params={"file": path.name, "reason": name},
    )


def open_connection(path: Path, key: bytes, *, create: bool = False, wal: bool = True) -> Connection:
    """Open (or create) the encrypted database at `path` with the raw key.

    A key that came out of an authenticated key slot is known to be right, so a page that
    fails to decrypt means the file is damaged: that is an integrity problem, not a bad key.
    """
    verify_engine()
    if not create and not path.exists():
        raise NotADatabase(
            f"There is no database file at {path}.", code="no_database_file", params={"path": path}
        )
    if not create:
        verify_wal(path)  # before SQLite's recovery, which would drop committed frames silently
    conn = sqlite.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.enable_load_extension(False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            name = getattr(exc, "sqlite_errorname", "") or "error"
            log.warning("database did not open (%s)", name)
            if name not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise _cannot_open(path, name, create) from None
            raise IntegrityProblem(
                f"The database file {path.name} is damaged or was altered: its first page does "
                "not decrypt with the right key. Restore it from a backup.",
                code="database_first_page",
                params={"file": path.name},
            ) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cache_size = -32000")
        if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
            raise UnsupportedEngine(
                "Temporary storage could not be forced into memory; refusing to run.",
                code="temp_store_not_memory",
            )
        conn.set_authorizer(_refuse_plaintext_paths)
    except DatabaseError as exc:  # switching to the write-ahead log needs to write beside the file
        conn.close()
        name = getattr(exc, "sqlite_errorname", "") or "error"
        log.warning("database did not open (%s)", name)
        raise _cannot_open(path, name, create) from None
    except BaseException:
        conn.close()
        raise
    return conn
