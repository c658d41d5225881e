"""What the unlock and About dialogs ask of the vault and the engine, without reaching into storage.

The GUI shows a countdown after failed unlocks and the engine versions; both are decided in
``storage`` (``unlock_delay``, ``engine``) and offered here, so the faces call only services.
"""

from __future__ import annotations

from pathlib import Path

from caseintake.storage import engine
from caseintake.storage.keyslots import sidecar_path
from caseintake.storage.unlock_delay import FailedUnlocks
from caseintake.storage.vault import UnlockDelayed, restore_marker

__all__ = ["UnlockDelayed", "database_files", "engine_versions", "unlock_wait"]


def unlock_wait(db_path: Path, username: str, now: float) -> float:
    """Seconds ``username`` must still wait before the next unlock attempt (0: none)."""
    return FailedUnlocks(db_path, username).seconds_to_wait(now)


def engine_versions() -> dict[str, str]:
    """SQLite and SQLCipher versions, for the About dialog."""
    return engine.engine_versions()


def database_files(db_path: Path) -> tuple[bool, bool, bool]:
    """Whether the database, its key file and an interrupted restore's marker are on disk."""
    return db_path.exists(), sidecar_path(db_path).exists(), restore_marker(db_path).exists()
