"""Failed-unlock slow-down, per user, kept in the key file.

The counter lives beside that user's key slot (keyed by the same salted user-name hash), so one
person's failed attempts never delay anyone else, and deleting a separate file cannot reset it:
the key file cannot be deleted without losing the database. A name that has no slot gets a
counter too, so an unknown name and a wrong passphrase behave alike. The counter is written when
no key is known, so it is checked for damage (the file's checksum) but cannot be signed; a person
who edits the key file by hand can reset it, which buys what copying the files would anyway: the
real protection is Argon2id's cost per guess.
"""

from __future__ import annotations

import logging
from pathlib import Path

from caseintake.domain.errors import CaseintakeError
from caseintake.storage.keyslots import KeySlots, sidecar_path

log = logging.getLogger(__name__)

FREE_TRIES = 3
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try: none for the first three, then doubling to 5 min."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(2 ** (failures - FREE_TRIES), MAX_DELAY))


def state_path(database: Path) -> Path:
    """Where version 1 kept one shared counter; still listed so backups and clean-up find it."""
    return database.with_name(database.name + ".unlock")


class FailedUnlocks:
    """The counter of one slot: `FailedUnlocks(slots, slot)` with `slot` a `KeySlots.slot_id(name)`
    or the recovery slot, or `FailedUnlocks(database_path, username)` for a user by name."""

    def __init__(self, where: KeySlots | Path, slot_or_user: str) -> None:
        self.path = sidecar_path(where) if isinstance(where, Path) else where.path
        self.failures, self.last_failure = 0, 0.0
        if isinstance(where, Path):
            try:
                where = KeySlots.load(self.path)
            except CaseintakeError:  # no database there (yet): nothing to count
                self.slot = ""
                return
            slot_or_user = where.slot_id(slot_or_user)
        self.slot = slot_or_user
        try:
            self.failures, self.last_failure = where.failures(self.slot)
        except (ValueError, KeyError, TypeError):
            # A garbled counter errs on the side of caution: assume the maximum delay.
            log.warning("failed-unlock state unreadable; applying the longest delay")
            self.failures, self.last_failure = FREE_TRIES + 16, float("inf")

    def seconds_to_wait(self, now: float) -> float:
        if self.last_failure == float("inf"):
            return MAX_DELAY
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
        """Re-read the file first, so a counter never overwrites a key change made meanwhile."""
        if not self.slot:
            return
        try:
            fresh = KeySlots.load(self.path)
            fresh.set_failures(self.slot, self.failures, self.last_failure)
            fresh.save()
        except (OSError, CaseintakeError):  # a full disk or read-only folder: still refused
            log.warning("failed-unlock count could not be saved")
