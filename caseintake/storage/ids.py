"""Record identifiers: UUIDs in the time-ordered version 7 layout (RFC 9562).

Random (version 4) UUIDs land all over a B-tree index, so every insert touches a different page.
Version 7 puts the creation time first, so new ids append at the end of the index. The random
part only has to be unique, not secret, so it comes from a generator seeded once from the
system: a system call per id costs more than the insert itself during a bulk import.
"""

from __future__ import annotations

import os
import random
import secrets
import threading
import time
from collections.abc import Callable

_lock = threading.Lock()
_random = random.Random(os.urandom(32))  # noqa: S311 - ids need uniqueness, not secrecy
_last_ms = 0
_counter = 0


def _reseed() -> None:
    _random.seed(os.urandom(32))  # a forked child must not repeat its parent's ids


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reseed)


def new_id() -> str:
    """A version 7 UUID string; strictly increasing within this process."""
    global _last_ms, _counter  # noqa: PLW0603 - the generator's state is this module's
    with _lock:
        now = time.time_ns() // 1_000_000
        if now <= _last_ms:
            now = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                now += 1
                _counter = 0
        else:
            _counter = _random.getrandbits(10)
        _last_ms = now
        tail = _random.getrandbits(62) | (1 << 63)
        counter = _counter
    value = (now << 80) | (0x7 << 76) | (counter << 64) | tail
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# -- row ids that stay unique across laptops --------------------------------------------------------
#
# Every table with an integer key takes its ids from this database's own range: the device number
# (random, 31 bits, kept in `meta`) in the high bits and a serial in the low 32 bits. Two laptops
# never hand out the same id without talking to each other, integer keys stay integers (joins,
# the full-text tables' rowids and every index stay as compact as they were), and a batch still
# gets a contiguous run of ids. Schema upgrade 7 moved the rows of older databases into their
# device's range.

SERIAL_BITS = 32
DEVICE_BITS = 31
SERIAL_MASK = (1 << SERIAL_BITS) - 1

#: Tables whose rows carry a device-ranged integer id.
ID_TABLES = (
    "users",
    "user_key",
    "cases",
    "person",
    "referral",
    "note",
    "hearing",
    "evidence",
    "criminal_case",
    "motion",
    "exhibit",
)


def new_device_number() -> int:
    """A random device number in [1, 2**31): two laptops of one office almost never share one
    (the team hub refuses a duplicate when a laptop joins)."""
    return secrets.randbelow((1 << DEVICE_BITS) - 1) + 1


def device_range(device: int) -> tuple[int, int]:
    """The first and last id of a device's range."""
    low = device << SERIAL_BITS
    return low, low | SERIAL_MASK


def device_of(row_id: int) -> int:
    return row_id >> SERIAL_BITS


class RowIds:
    """Hands out the next ids of each table from one device's range.

    Read inside the caller's write transaction: the first `take` of a table asks the database for
    the highest id of the range once, later ones count on from there, so a batch of a hundred
    thousand cases costs one query per table. `taken` hears of the last id of each `take`, so the
    database can keep the highest id it ever handed out: an id whose row was deleted is never
    handed out again (another copy of the team may still hold or await that row).
    """

    def __init__(
        self,
        device: int,
        highest: Callable[[str, int, int], int | None] | None = None,
        start: dict[str, int] | None = None,
        taken: Callable[[str, int], None] | None = None,
    ) -> None:
        self.device = device
        self._low, self._high = device_range(device)
        self._highest = highest
        self._taken = taken
        self._next: dict[str, int] = dict(start or {})

    def preloaded(self) -> RowIds:
        """A copy holding the next id of every table and no database query: picklable, so a
        worker process can prepare rows with it (the demo generator does)."""
        for table in ID_TABLES:
            self.take(table, 0)
        return RowIds(self.device, None, self._next)

    def take(self, table: str, count: int = 1) -> int:
        """The first of `count` fresh ids of `table`."""
        if table not in ID_TABLES:
            raise ValueError(f"not a table with device ids: {table}")
        start = self._next.get(table)
        if start is None:
            if self._highest is None:
                raise LookupError(f"no id was read for {table}")
            top = self._highest(table, self._low, self._high)
            start = self._low + 1 if top is None else top + 1
        if start + count - 1 > self._high:
            raise OverflowError(f"this device has used every id of {table}")
        self._next[table] = start + count
        if count and self._taken is not None:
            self._taken(table, start + count - 1)
        return start
