"""Backups: one file holding the key slots and an encrypted copy of the database.

Layout: a magic line, the key slots (length-prefixed), the database copy (length-prefixed),
then a SHA-256 of everything before it. The copy is made with SQLite's backup API into a second
SQLCipher database under the same key, so nothing is ever decrypted to disk. Restoring checks
the file hash, the slots, the passphrase and the copy's integrity before anything is replaced,
and keeps the replaced files (still encrypted) beside the database.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, NotFound
from caseintake.storage.database import Database, translate
from caseintake.storage.engine import DatabaseError, open_connection
from caseintake.storage.files import WriteFailed, atomic_write, fsync_directory, sha256_file
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.safe_output import check_output, place_file
from caseintake.storage.vault import related_files, restore_marker

MAGIC = b"caseintake-backup/1\n"
_LEN = struct.Struct(">Q")
_CHUNK = 1 << 20


@contextmanager
def _temp_beside(target: Path, suffix: str) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def write_backup(db: Database, destination: Path, *, force: bool = False) -> str:
    """Write the backup file atomically; returns its SHA-256.

    The destination is checked like every output (`safe_output`): never the database's folder or
    a link, and an existing file (an older backup included) only with `force`."""
    if not destination.parent.is_dir():
        raise NotFound(
            f"The folder {destination.parent} does not exist.",
            code="output_no_folder",
            params={"folder": destination.parent},
        )
    destination = check_output(destination, db.path, force=force, replaces_backup=True).path
    if destination in [p.resolve() for p in related_files(db.path)]:
        raise CaseintakeError(
            "Choose a backup file name that is not the database's own files.", code="backup_is_database_file"
        )
    slots = KeySlots.load(sidecar_path(db.path)).to_bytes()
    try:
        _write_backup(db, destination, slots, force=force)
    except OSError as exc:  # a full disk or a read-only folder, before the file was complete
        raise WriteFailed(destination, exc) from None
    except DatabaseError as exc:  # damage is read from the database; anything else is the target
        damaged = getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        raise translate(exc, db.path if damaged else destination) from None
    return sha256_file(destination)


def _write_backup(db: Database, destination: Path, slots: bytes, *, force: bool) -> None:
    with _temp_beside(destination, ".copy") as copy_path, _temp_beside(destination, ".part") as part:
        target = open_connection(copy_path, db.key, create=True, wal=False)
        try:
            db.conn.backup(target)
        finally:
            target.close()
        digest = hashlib.sha256()
        with part.open("wb") as out, copy_path.open("rb") as copy:

            def emit(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)

            emit(MAGIC)
            emit(_LEN.pack(len(slots)))
            emit(slots)
            emit(_LEN.pack(copy_path.stat().st_size))
            while chunk := copy.read(_CHUNK):
                emit(chunk)
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        os.chmod(part, 0o600)
        place_file(part, destination, db.path, force=force, replaces_backup=True)


def _read_exact(handle: BinaryIO, size: int, digest: hashlib._Hash) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise IntegrityProblem("The backup file is truncated or damaged.", code="backup_truncated")
    digest.update(data)
    return data


def unpack_backup(source: Path, database_copy: Path) -> bytes:
    """Check the backup's hash and write its database copy to `database_copy`; returns the slots."""
    if not source.is_file():
        raise NotFound(
            f"There is no backup file at {source}.", code="backup_not_found", params={"path": source}
        )
    digest = hashlib.sha256()
    with source.open("rb") as handle, database_copy.open("wb") as out:
        if _read_exact(handle, len(MAGIC), digest) != MAGIC:
            raise IntegrityProblem(
                f"{source.name} is not a caseintake backup.",
                code="not_a_backup",
                params={"file": source.name},
            )
        (slot_len,) = _LEN.unpack(_read_exact(handle, _LEN.size, digest))
        if slot_len > 16 * 1024 * 1024:
            raise IntegrityProblem(
                "The backup file is damaged (impossible key-slot size).", code="backup_slot_size"
            )
        slots = _read_exact(handle, slot_len, digest)
        (db_len,) = _LEN.unpack(_read_exact(handle, _LEN.size, digest))
        remaining = db_len
        while remaining:
            chunk = _read_exact(handle, min(_CHUNK, remaining), digest)
            out.write(chunk)
            remaining -= len(chunk)
        trailer = handle.read(32)
        if trailer != digest.digest() or handle.read(1):
            raise IntegrityProblem(
                "The backup file is damaged: its checksum does not match.", code="backup_checksum"
            )
        out.flush()
        os.fsync(out.fileno())
    return slots


def replace_database(database: Path, new_copy: Path, new_slots: bytes) -> Path | None:
    """Swap the restored files in; the replaced ones are kept, renamed, and their folder returned.

    The new key slots are written (the only step that needs disk space) before anything is
    moved, so a full disk stops the restore while the old files are still in place."""
    kept: Path | None = None
    marker = restore_marker(database)
    fd, slots_tmp = tempfile.mkstemp(prefix=".keys.", dir=database.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(new_slots)
            handle.flush()
            os.fsync(handle.fileno())
        # Between moving the old files aside and placing the new ones there is no usable
        # database: the marker makes unlocking say so (run the restore again) while that lasts.
        atomic_write(marker, b"restore in progress\n")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(slots_tmp)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    existing = [
        p
        for p in (database, Path(f"{database}-wal"), Path(f"{database}-shm"), sidecar_path(database))
        if p.exists()
    ]
    if existing:
        kept = database.parent / f"{database.name}.replaced-{stamp}"
        serial = 1
        while kept.exists():  # a second restore within the same second
            serial += 1
            kept = database.parent / f"{database.name}.replaced-{stamp}-{serial}"
        kept.mkdir()
        for path in existing:
            os.replace(path, kept / path.name)
    os.replace(new_copy, database)
    os.replace(slots_tmp, sidecar_path(database))
    fsync_directory(database.parent)
    marker.unlink()
    fsync_directory(database.parent)
    return kept
