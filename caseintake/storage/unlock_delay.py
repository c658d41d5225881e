"""Failed-unlock slow-down that survives a restart.

Kept in its own small file beside the database (not in the key slots), so a wrong passphrase
never rewrites key material. Deleting the file resets the delay, which only buys an attacker
what copying the database would anyway: the real protection is Argon2id's cost per guess.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from caseintake.storage.files import atomic_write

log = logging.getLogger(__name__)

FREE_TRIES = 3
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try: none for the first three, then doubling to 5 min."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(2 ** (failures - FREE_TRIES), MAX_DELAY))


def state_path(database: Path) -> Path:
    return database.with_name(database.name + ".unlock")


class FailedUnlocks:
    def __init__(self, database: Path) -> None:
        self.path = state_path(database)
        self.failures = 0
        self.last_failure = 0.0
        try:
            data = json.loads(self.path.read_text("utf-8"))
            self.failures = max(0, int(data["failures"]))
            self.last_failure = float(data["last_failure"])
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError):
            # A garbled counter errs on the side of caution: assume the maximum delay.
            log.warning("failed-unlock state unreadable; applying the longest delay")
            self.failures = FREE_TRIES + 16
            self.last_failure = time.time()

    def seconds_to_wait(self, now: float) -> float:
        return max(0.0, self.last_failure + delay_after(self.failures) - now)

    def record(self, now: float) -> None:
        self.failures += 1
        self.last_failure = now
        self._save()

    def clear(self) -> None:
        if self.failures:
            self.failures = 0
            self.last_failure = 0.0
            self._save()

    def _save(self) -> None:
        if not self.path.parent.exists():
            return
        data = {"failures": self.failures, "last_failure": self.last_failure}
        try:
            atomic_write(self.path, json.dumps(data).encode("utf-8"))
        except OSError:  # a full disk or read-only folder: the wrong passphrase is still refused
            log.warning("failed-unlock count could not be saved")
