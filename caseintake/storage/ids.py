"""Record identifiers: UUIDs in the time-ordered version 7 layout (RFC 9562).

Random (version 4) UUIDs land all over a B-tree index, so every insert touches a different page.
Version 7 puts the creation time first, so new ids append at the end of the index. The random
part only has to be unique, not secret, so it comes from a generator seeded once from the
system: a system call per id costs more than the insert itself during a bulk import.
"""

from __future__ import annotations

import os
import random
import threading
import time

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
