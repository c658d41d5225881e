"""Progress and cancellation for long work, without any GUI dependency.

The GUI wraps a `Task` in a background op; the command line passes one that prints to stderr.
Cancelling raises `Cancelled` inside the work, so its transaction rolls back and nothing changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from caseintake.domain.errors import CaseintakeError


class Cancelled(CaseintakeError):
    """The user cancelled; the work's transaction was rolled back."""

    default_code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.", code="cancelled")


class Task:
    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress and stop here if the user asked to cancel."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_progress is not None:
            self._on_progress(done, total)


NO_TASK = Task()
