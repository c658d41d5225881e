"""Background work for the GUI: one database thread, results back on the main thread.

All database access goes through `TaskRunner.run`: a single worker thread owns the connection
(one connection, one writer), widgets are touched only on the main thread, and each piece of work
reports through `on_success` / `on_failure` callbacks delivered by a queued signal. Long work gets
a `services.progress.Task` so it can report progress and be cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from caseintake.domain.errors import CaseintakeError
from caseintake.services.progress import Task

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[Exception], None]


def failure_message(exc: BaseException) -> str:
    """One sentence for the user; unexpected errors are logged by type, never by content."""
    if isinstance(exc, CaseintakeError):
        return str(exc)
    log.error("unexpected %s in background work", type(exc).__name__)
    return f"Something unexpected went wrong ({type(exc).__name__}); nothing was changed."


class TaskRunner(QObject):
    """Runs callables on the database thread, one at a time, in submission order."""

    _finished = Signal(object)
    _progress = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseintake-db")
        # Always queued: a callback must never run inside run() itself (it would when the work
        # is already done by the time add_done_callback is called), only from the event loop.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def run(
        self, work: Callable[[], Any], on_success: Success | None = None, on_failure: Failure | None = None
    ) -> Future[Any]:
        self.pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(lambda done: self._finished.emit((done, on_success, on_failure)))
        return future

    def task(self, on_progress: Callable[[int, int], None]) -> Task:
        """A cancellable task whose progress is delivered on the main thread."""
        return Task(lambda done, total: self._progress.emit((on_progress, done, total)))

    @Slot(object)
    def _deliver(self, payload: tuple[Future[Any], Success | None, Failure | None]) -> None:
        future, on_success, on_failure = payload
        self.pending -= 1
        exc = future.exception()
        if exc is None:
            if on_success is not None:
                on_success(future.result())
            return
        if isinstance(exc, Exception) and on_failure is not None:
            on_failure(exc)
        else:
            log.error("background work failed with %s and nobody listened", type(exc).__name__)

    @Slot(object)
    def _deliver_progress(self, payload: tuple[Callable[[int, int], None], int, int]) -> None:
        callback, done, total = payload
        callback(done, total)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
