"""Locks the application after a stretch without keyboard or mouse input.

An application-wide event filter notes the time of every input event; a timer compares it with
the clock. The clock is injectable so tests can advance time instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    lock_requested = Signal()

    def __init__(
        self,
        minutes: int = 5,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_input = clock()
        self.armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def arm(self) -> None:
        """Start watching (after an unlock)."""
        self.last_input = self.clock()
        self.armed = True
        self.timer.start()

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def check(self) -> None:
        if self.armed and self.clock() - self.last_input >= self.minutes * 60:
            self.disarm()
            self.lock_requested.emit()
