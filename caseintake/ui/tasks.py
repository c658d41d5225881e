"""Background work for the GUI: one database thread, results back on the main thread.

All database access goes through `TaskRunner.run`: a single worker thread owns the connection
(one connection, one writer), widgets are touched only on the main thread, and each piece of work
reports through `on_success` / `on_failure` callbacks delivered by a queued signal. Long work gets
a `services.progress.Task` so it can report progress and be cancelled.

Who lets go of an object last decides the thread its clean-up runs on. A PySide connection to a
plain Python method (a progress dialog's Cancel to `Task.cancel`) is undone from a weak-reference
callback when that object dies; on the database thread that disconnect takes Qt's lock on the
dialog and then waits for the interpreter lock, while the main thread, closing the same dialog,
holds the interpreter lock and waits for Qt's: both wait for good (issue 16, one import in
eight). So the main thread holds every job, its work and its callbacks from `run` until the
answer is delivered, the database thread drops its own references before it signals, and an
exception crosses without its traceback (whose frames would tie the job into a cycle).

A read whose answer may stop being wanted (the case list while someone types) is run with its
own `CancelToken`. Cancelling the token drops the job if it has not started, lets the work stop
its read part-way (`Database.interruptible(token.is_cancelled)`), and discards whatever it
answers, success or failure, without a word: the token belongs to that one job, so no other
work on the thread (a save) is ever touched by it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from queue import SimpleQueue
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from caseintake.domain.errors import CaseintakeError, InvalidInput
from caseintake.services.progress import Task
from caseintake.ui.error_texts import error_text
from caseintake.ui.form_errors import readable

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[Exception], None]


class CancelToken:
    """Says that one job's answer is no longer wanted. Set on the main thread, read on the
    database thread (a plain flag: setting it is one store, seen at the next look)."""

    __slots__ = ("_cancelled",)

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled


def failure_message(exc: BaseException) -> str:
    """One sentence for the user, in the user's language (`error_texts`; a rejected field named
    by its label, `form_errors`); unexpected errors are logged by type, never by content."""
    if isinstance(exc, InvalidInput) and exc.field:
        return readable(exc)
    if isinstance(exc, CaseintakeError):
        return error_text(exc)
    log.error("unexpected %s in background work", type(exc).__name__)
    text = QCoreApplication.translate(
        "TaskRunner", "Something unexpected went wrong (%1); nothing was changed."
    )
    return text.replace("%1", type(exc).__name__)


class _Job:
    """One piece of work and, once it has run, its answer (`ok`, `value`)."""

    __slots__ = ("ok", "on_failure", "on_success", "token", "value", "work")

    def __init__(
        self,
        work: Callable[[], Any],
        on_success: Success | None,
        on_failure: Failure | None,
        token: CancelToken | None,
    ) -> None:
        self.work = work
        self.on_success = on_success
        self.on_failure = on_failure
        self.token = token
        self.ok = False
        self.value: Any = None

    @property
    def cancelled(self) -> bool:
        return self.token is not None and self.token.is_cancelled()

    def execute(self) -> None:
        """On the database thread; never raises. A job cancelled before it starts does nothing."""
        if self.cancelled:
            return
        try:
            self.value = self.work()
            self.ok = True
        except BaseException as exc:  # handed to the main thread, which decides what it means
            self.value = _without_tracebacks(exc)


def _without_tracebacks(exc: BaseException) -> BaseException:
    """The exception, and those it was raised from, without the frames that raised them: the
    frames hold the job (a cycle only the garbage collector would break) and the work's data."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc


class TaskRunner(QObject):
    """Runs callables on the database thread, one at a time, in submission order."""

    _finished = Signal()
    _progress = Signal(object)

    def __init__(self, parent: QObject | None = None, *, thread_name: str = "caseintake-db") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        # Jobs not answered yet, oldest first; only the main thread adds or removes one.
        self._jobs: deque[_Job] = deque()
        # The same jobs on their way to the database thread, which takes each out to run it.
        self._todo: SimpleQueue[_Job] = SimpleQueue()
        # Always queued: a callback must never run inside run() itself, only from the event loop.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        token: CancelToken | None = None,
    ) -> None:
        """Queue `work`; with a `token`, cancelling it drops the job or discards its answer."""
        job = _Job(work, on_success, on_failure, token)
        self._pool.submit(self._execute_next)  # refuses (RuntimeError) after shutdown
        self._jobs.append(job)
        self._todo.put(job)
        self.pending += 1

    def _execute_next(self) -> None:
        """On the database thread. One job per call, in order (the pool has one thread)."""
        job = self._todo.get()
        job.execute()
        del job  # let go before signalling: the main thread's reference must be the last
        self._finished.emit()

    def task(self, on_progress: Callable[[int, int], None]) -> Task:
        """A cancellable task whose progress is delivered on the main thread."""
        return Task(lambda done, total: self._progress.emit((on_progress, done, total)))

    @Slot()
    def _deliver(self) -> None:
        job = self._jobs.popleft()  # answers arrive in the order the work was run
        self.pending -= 1
        if job.cancelled:
            log.debug("a cancelled job's answer was discarded")
            return
        if job.ok:
            if job.on_success is not None:
                job.on_success(job.value)
            return
        exc = job.value
        if isinstance(exc, Exception) and job.on_failure is not None:
            job.on_failure(exc)
        else:
            log.error("background work failed with %s and nobody listened", type(exc).__name__)

    @Slot(object)
    def _deliver_progress(self, payload: tuple[Callable[[int, int], None], int, int]) -> None:
        callback, done, total = payload
        callback(done, total)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
