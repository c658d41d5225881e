"""No core dumps: a crash after a reveal must not write names from memory to disk (DESIGN §2.1).

Called first thing by both entries (`cli.main` and `app.run`). The soft and hard RLIMIT_CORE
limits go to 0, so neither this process nor anything it starts can raise them again; on Linux
the process is also marked not dumpable, which keeps a system crash handler (systemd-coredump,
apport: they read /proc/sys/kernel/core_pattern, not the limit) and other processes of the same
user (ptrace, /proc/PID/mem) from reading its memory. Where an API is missing (Windows), the
step is skipped: a failure here must never stop the application from starting.
"""

from __future__ import annotations

import contextlib
import logging
import sys

log = logging.getLogger(__name__)

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def disable_core_dumps() -> bool:
    """Returns True when the process can no longer dump core (as far as this platform allows)."""
    limited = False
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is configured per machine
        return False
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        limited = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("could not mark the process as not dumpable")
    if not limited:
        log.warning("could not disable core dumps")
    return limited


def dumpable() -> bool | None:
    """Whether Linux still considers this process dumpable (None elsewhere); for tests."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
