"""Tidies the search indexes while nobody is using the application.

Every save leaves a small segment in the full-text indexes, and a search reads every segment;
`services.search_tidy.tidy_step` merges them a bounded step at a time. This object asks for one
step whenever the keyboard and mouse have been still for `QUIET_SECONDS` and the database thread
has nothing else to do, and goes on, a step every `STEP_GAP_MS`, until the indexes are tidy or
someone touches the keyboard or mouse. Once tidy, it asks again only after the next input (which
is what writes). Rewriting a whole index into one segment (seconds of steps on a large office's
hub) is allowed once every `REWRITE_EVERY_SECONDS`; in between the small segments are only
gathered. A step that fails (another program holding the file) is logged and tried again after
the next input: nothing is lost by not tidying.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from caseintake.services.search_tidy import TIDY_DONE, TIDY_REWRITING, tidy_step
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.state import AppState

log = logging.getLogger(__name__)

#: Seconds without keyboard or mouse input before the first step.
QUIET_SECONDS = 20.0
#: Time between two steps: the database thread stays free most of the time, so a search typed
#: meanwhile waits for one step at most.
STEP_GAP_MS = 150
#: How often a quiet stretch is looked for between tidies (the laptop is not woken more often).
LOOK_EVERY_MS = 1000
#: The least time from one rewrite of an index into a single segment to the next.
REWRITE_EVERY_SECONDS = 3600.0


class SearchTidy(QObject):
    def __init__(self, state: AppState, idle: IdleLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.idle = idle
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.asking = False  # a step is on the database thread
        self.steps = 0  # taken since the application started (for tests and the log)
        # The last input before which the indexes were found tidy (or a step failed): nothing
        # is asked again until there is input after it.
        self._settled_at: float | None = None
        self._rewrote_at: float | None = None  # when a step last rewrote an index (idle clock)

    def start(self) -> None:
        """Watch for quiet stretches (after an unlock)."""
        self._settled_at = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if self.asking or self.state.session is None or self.state.runner.pending:
            return
        stretch = self.idle.last_input
        if stretch == self._settled_at or self.idle.clock() - stretch < QUIET_SECONDS:
            self.timer.setInterval(LOOK_EVERY_MS)
            return
        self.timer.setInterval(STEP_GAP_MS)
        self.asking = True
        last = self._rewrote_at
        rewrite = last is None or self.idle.clock() - last >= REWRITE_EVERY_SECONDS
        self.state.call(
            tidy_step,
            lambda did: self._answered(stretch, did),
            lambda exc: self._failed(stretch, exc),
            rewrite=rewrite,
        )

    def _answered(self, stretch: float, did: str) -> None:
        self.asking = False
        if did == TIDY_DONE:
            self._settled_at = stretch
            log.debug("search indexes tidy after %d steps", self.steps)
            return
        self.steps += 1
        if did == TIDY_REWRITING:
            self._rewrote_at = self.idle.clock()

    def _failed(self, stretch: float, exc: Exception) -> None:
        self.asking = False
        self._settled_at = stretch
        log.warning("tidying the search indexes failed (%s); again after the next input", type(exc).__name__)
