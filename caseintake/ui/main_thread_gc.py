"""Python's cycle collector, run on the main thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed; during an
import that is the database thread. Collecting there deletes the Qt objects of a closed dialog
caught in a reference cycle (a dialog holding its own bound method, a lambda holding the dialog)
on the wrong thread, and undoing their connections takes Qt's locks there: the same wait on each
other as issue 16 (see `ui.tasks`). So automatic collection is switched off while the GUI runs,
and a timer on the main thread collects whenever the allocation counts say Python would have.
Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, check_every_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed Python's own thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation takes the younger ones with it
            if counts[generation] > self._thresholds[generation] > 0:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Give collection back to Python (at shutdown, once the database thread is gone)."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()
