"""Key rotation: a new database key, the database re-encrypted under it, every remaining slot
given the new key, and the key epoch moved on in both files.

Re-encryption is a verified copy through SQLite's backup API into a new SQLCipher file under
the new key (the connection guard refuses `PRAGMA rekey`, and a copy leaves the original intact
until the last moment). The steps are ordered so a kill at any point leaves a pair that opens:

1. The key file announces the next epoch, with the new key sealed to every remaining slot
   (removed accounts are already gone). The database is untouched: it opens with the old key.
2. The copy is written beside the database, checked, its epoch set, and synced.
3. The old database is checkpointed and closed; the copy is renamed over it. From here it opens
   with the new key, which unlock finds in the pending part of the key file.
4. The key file makes the new key current (unlock does this too, after a kill before it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from caseintake.domain.errors import CaseintakeError, IntegrityProblem
from caseintake.storage import case_keys
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.files import fsync_directory
from caseintake.storage.keyslots import new_database_key
from caseintake.storage.vault import db_epoch, load_slots

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_PAGES_PER_STEP = 2048


def _leftovers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.rotate-*"))


def _remove(paths: Sequence[Path]) -> None:
    for leftover in paths:
        for side in (leftover, Path(f"{leftover}-journal"), Path(f"{leftover}-wal"), Path(f"{leftover}-shm")):
            with contextlib.suppress(OSError):
                side.unlink()


def rotate(
    db: Database,
    *,
    remove: Sequence[str] = (),
    progress: Progress | None = None,
) -> Database:
    """Re-key the database; returns the new connection (the one given is closed).

    `remove` names accounts whose slots go in the same step (a disabled user)."""
    slots = load_slots(db)
    if slots.legacy_slots():
        raise CaseintakeError(
            f"{slots.legacy_slots()} account(s) or the recovery key have not been used since this "
            "database was upgraded, so their keys cannot be replaced yet; have each person unlock "
            "once (and use the recovery key once with 'caseintake recover'), then try again.",
            code="rotation_legacy_slots",
            params={"count": slots.legacy_slots()},
        )
    ring = case_keys.ring_of(db)
    path = db.path
    _remove(_leftovers(path))
    new_key = new_database_key()
    old_key = db.key
    for name in remove:
        slots.remove_user(name)
    epoch = slots.begin_epoch(new_key)
    slots.seal(old_key)
    slots.save()
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.rotate-", dir=path.parent)
    os.close(fd)
    copy = Path(name)
    try:
        _copy(db, copy, new_key, epoch, progress)
    except BaseException:
        _remove([copy])
        raise
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            side.unlink()
    os.replace(copy, path)
    fsync_directory(path.parent)
    fresh = Database(open_connection(path, new_key), path, new_key)
    try:
        if db_epoch(fresh) != epoch:
            raise IntegrityProblem(
                "The re-encrypted database does not carry its new key epoch.", code="rotation_epoch_missing"
            )
        slots.finish_epoch()  # sealed under the old key until now; from here under the new one
        slots.seal(new_key)
        slots.save()
        if ring is not None:
            ring.forget()
            case_keys.attach(fresh, ring)
    except BaseException:
        fresh.close()
        raise
    log.info("database key rotated epoch=%d", epoch)
    return fresh


def _copy(db: Database, copy: Path, key: bytes, epoch: int, progress: Progress | None) -> None:
    target = open_connection(copy, key, create=True, wal=False)
    try:

        def step(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        db.conn.backup(target, pages=_PAGES_PER_STEP, progress=step)
        target.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_epoch', ?)", (str(epoch),))
        problems = [r[0] for r in target.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise IntegrityProblem(
                "The re-encrypted copy failed its check; the database was not changed.",
                code="rotation_copy_failed",
            )
        for table in ("cases", "audit", "identity", "case_key"):
            # The table names are fixed above, never input.
            sql = f"SELECT count(*) FROM {table}"  # nosec B608
            if target.execute(sql).fetchone() != db.conn.execute(sql).fetchone():
                raise IntegrityProblem(
                    "The re-encrypted copy is incomplete; the database was not changed.",
                    code="rotation_copy_incomplete",
                )
    finally:
        target.close()
    with copy.open("rb+") as handle:
        os.fsync(handle.fileno())
    fsync_directory(copy.parent)
