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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, NotFound
from caseintake.storage.database import Database, translate
from caseintake.storage.engine import DatabaseError, open_connection
from caseintake.storage.files import WriteFailed, atomic_write, fsync_directory
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.safe_output import check_output, place_file
from caseintake.storage.vault import related_files, restore_marker

MAGIC = b"caseintake-backup/1\n"
_LEN = struct.Struct(">Q")
_CHUNK = 1 << 20
#: Pages copied by the backup API between two progress reports (64 MiB of 4 KiB pages).
_STEP_PAGES = 16384
#: Told (done, total) as the backup is written; it may raise to stop it (nothing is left behind).
Progress = Callable[[int, int], None]
#: The two passes over the data: the page copy (decrypt, re-encrypt, write) and the file (read,
#: hash, write); their shares of the time at 100,000 cases, in thousandths.
_COPY_SHARE, PROGRESS_TOTAL = 800, 1000


def _quiet(_done: int, _total: int) -> None:
    return None


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


def write_backup(db: Database, destination: Path, *, force: bool = False, progress: Progress = _quiet) -> str:
    """Write the backup file atomically; returns its SHA-256.

    The destination is checked like every output (`safe_output`): never the database's folder or
    a link, and an existing file (an older backup included) only with `force`. `progress` hears
    how much is done (of `PROGRESS_TOTAL`); if it raises, the backup stops there, its temporary
    files are removed and the exception goes on: no file is placed and the database, which a
    backup only reads, is as it was."""
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
        digest = _write_backup(db, destination, slots, force=force, progress=progress)
    except OSError as exc:  # a full disk or a read-only folder, before the file was complete
        raise WriteFailed(destination, exc) from None
    except DatabaseError as exc:  # damage is read from the database; anything else is the target
        damaged = getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        raise translate(exc, db.path if damaged else destination) from None
    return digest


def _copy_pages(db: Database, copy_path: Path, progress: Progress) -> None:
    """The database's pages into a new SQLCipher file under the same key, `_STEP_PAGES` at a time.

    The copy is a scratch file read once and deleted, so it is written without a journal and
    without syncing (the backup file made from it is synced); the backup API still copies a
    consistent snapshot, and restarts by itself if the database changes in between."""
    target = open_connection(copy_path, db.key, create=True, wal=False)
    try:
        target.execute("PRAGMA journal_mode = OFF")
        target.execute("PRAGMA synchronous = OFF")

        def step(_status: int, remaining: int, pages: int) -> None:
            progress(_COPY_SHARE * (pages - remaining) // max(pages, 1), PROGRESS_TOTAL)

        progress(0, PROGRESS_TOTAL)
        db.conn.backup(target, pages=_STEP_PAGES, progress=step)
    finally:
        target.close()


def _write_backup(db: Database, destination: Path, slots: bytes, *, force: bool, progress: Progress) -> str:
    """Returns the SHA-256 of the whole file, taken as it is written (no second reading)."""
    with _temp_beside(destination, ".copy") as copy_path, _temp_beside(destination, ".part") as part:
        _copy_pages(db, copy_path, progress)
        digest = hashlib.sha256()  # what the trailer holds: everything before it
        size = copy_path.stat().st_size
        with part.open("wb") as out, copy_path.open("rb") as copy:

            def emit(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)

            emit(MAGIC)
            emit(_LEN.pack(len(slots)))
            emit(slots)
            emit(_LEN.pack(size))
            copied = 0
            while chunk := copy.read(_CHUNK * 8):
                emit(chunk)
                copied += len(chunk)
                share = (PROGRESS_TOTAL - _COPY_SHARE) * copied // max(size, 1)
                progress(_COPY_SHARE + share, PROGRESS_TOTAL)
            trailer = digest.digest()
            out.write(trailer)
            # The file's own hash, trailer included (the document register's), carried on from the
            # same state instead of hashing every byte a second time.
            whole = digest.copy()
            whole.update(trailer)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(part, 0o600)
        place_file(part, destination, db.path, force=force, replaces_backup=True)
    return whole.hexdigest()


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
