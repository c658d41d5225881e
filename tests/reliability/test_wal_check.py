"""wal_check against SQLite itself: for damage anywhere in a write-ahead log left by a crash, the
frame count wal_check predicts for recovery equals what SQLite's recovery actually keeps, and
"damaged" is reported exactly when committed frames would be dropped.

The reference is SQLCipher opened directly on a copy (bypassing caseintake), asked for the size
of the log it recovered with `PRAGMA wal_checkpoint(PASSIVE)`. CI: 60 random byte flips;
CASEINTAKE_LONG=1: 1,000.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseintake.storage import wal_check
from caseintake.storage.engine import sqlite
from caseintake.storage.keyslots import KeySlots, sidecar_path
from tests.reliability.support import FIRST_PASSPHRASES, SUPERVISOR, Templates, cheap_kdf, long_run


def _sqlite_recovers(db: Path, key: bytes) -> int:
    """How many frames SQLite's own recovery keeps (its mxFrame), on a throwaway copy."""
    with tempfile.TemporaryDirectory() as folder:
        for name in ("cases.db", "cases.db-wal"):
            if Path(db.with_name(name)).exists():
                shutil.copy(db.with_name(name), Path(folder) / name)
        conn = sqlite.connect(str(Path(folder) / "cases.db"), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _, frames, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return int(frames)
        finally:
            conn.close()


@settings(
    max_examples=1000 if long_run() else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(where=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255), shm=st.booleans())
def test_wal_check_predicts_sqlite_recovery(templates: Templates, where: float, mask: int, shm: bool) -> None:
    with cheap_kdf():
        key = KeySlots.load(sidecar_path(templates.crashed)).unwrap_user(
            SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR]
        )
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "cases.db"
        names = ["cases.db", "cases.db-wal", "cases.db.keys"] + (["cases.db-shm"] if shm else [])
        for name in names:
            shutil.copy(templates.crashed.with_name(name), Path(folder) / name)
        wal = Path(f"{db}-wal")
        raw = bytearray(wal.read_bytes())
        intact = wal_check.inspect_wal(db)
        raw[int(where * len(raw))] ^= mask
        wal.write_bytes(bytes(raw))
        report = wal_check.inspect_wal(db)
        kept = _sqlite_recovers(db, key)
        assert report.recovered_frames == kept
        if kept < intact.recovered_frames:
            # Committed frames are lost. wal_check finds that from a commit frame after the
            # damage, or from the -shm index when the damage hit the last transaction itself.
            commits = _commit_frames(bytes(raw))
            last_transaction_hit = report.first_bad_frame > (commits[-2] if len(commits) > 1 else 0)
            assert report.damaged or (not shm and last_transaction_hit), report
        else:
            assert not report.damaged, report


def _commit_frames(raw: bytes) -> list[int]:
    size = wal_check.FRAME_HEADER + 4096
    return [
        number + 1
        for number in range((len(raw) - wal_check.WAL_HEADER) // size)
        if int.from_bytes(
            raw[wal_check.WAL_HEADER + number * size + 4 : wal_check.WAL_HEADER + number * size + 8]
        )
    ]
