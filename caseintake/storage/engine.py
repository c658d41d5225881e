"""The SQLCipher engine: the one place that opens a database connection.

Start-up refuses a build that is not SQLCipher 4 or lacks FTS5 (DESIGN §4). Every connection is
keyed with the raw 32-byte database key, keeps temporary tables in memory, never loads
extensions, writes through a write-ahead log with full fsync, and has SQLCipher's own stderr log
silenced: failures surface as exceptions that our code logs by error code, never with case data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from caseintake.domain.errors import IntegrityProblem, NotADatabase, UnsupportedEngine

log = logging.getLogger(__name__)

try:
    from sqlcipher3 import dbapi2 as sqlite
except ImportError as exc:  # pragma: no cover - the dependency is mandatory
    raise UnsupportedEngine("The SQLCipher module (sqlcipher3) is not installed.") from exc

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
                f"This SQLite build is not SQLCipher 4 (found {version or 'no SQLCipher'}); refusing to run."
            )
        options = {r[0] for r in probe.execute("PRAGMA compile_options")}
        if "ENABLE_FTS5" not in options:
            raise UnsupportedEngine("This SQLCipher build lacks full-text search (FTS5); refusing to run.")
    finally:
        probe.close()
    _checked = True


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_connection(path: Path, key: bytes, *, create: bool = False, wal: bool = True) -> Connection:
    """Open (or create) the encrypted database at `path` with the raw key.

    A key that came out of an authenticated key slot is known to be right, so a page that
    fails to decrypt means the file is damaged: that is an integrity problem, not a bad key.
    """
    verify_engine()
    if not create and not path.exists():
        raise NotADatabase(f"There is no database file at {path}.")
    conn = sqlite.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.enable_load_extension(False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            log.warning("database did not decrypt (%s)", getattr(exc, "sqlite_errorname", "error"))
            raise IntegrityProblem(
                f"The database file {path.name} is damaged or was altered: its first page does "
                "not decrypt with the right key. Restore it from a backup."
            ) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cache_size = -32000")
        if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
            raise UnsupportedEngine("Temporary storage could not be forced into memory; refusing to run.")
    except BaseException:
        conn.close()
        raise
    return conn
