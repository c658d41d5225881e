"""The team line of the status bar: "3 changes not yet at the office" on a laptop, "2 conflicts to
resolve" at the hub (for its supervisors).

The figures are read on the database thread (`services.team.status`, two small counts): after
each save of the case editor, after every sync, and every few seconds while the database
thread has nothing else to do (notes, hearings and referrals are saved on their own), so the
line never waits behind long work and never queues reads behind it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from caseintake.domain.roles import Action
from caseintake.services import team
from caseintake.services.team import Status
from caseintake.ui.state import AppState
from caseintake.ui.text import counted

log = logging.getLogger(__name__)

#: How often the line reads the counts again while the application is idle.
REFRESH_MS = 8000


class TeamStatusLine(QObject):
    """Holds the last `Status` read (None: signed out, or not read yet) and shows it."""

    changed = Signal(object)  # the new Status, or None when signed out

    def __init__(self, state: AppState, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.status: Status | None = None
        self.label = QLabel()
        self.label.setObjectName("teamStatusLabel")
        self.label.setAccessibleName(self.tr("Team sync"))
        self.label.hide()
        bar.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._reading = False

    def refresh(self) -> None:
        """Read the counts again (one read at a time; a second request waits for the first)."""
        if self._reading or self.state.session is None:
            return
        self._reading = True
        self.state.call(team.status, self._read, self._failed)

    def _tick(self) -> None:
        if self.state.runner.pending == 0:
            self.refresh()

    def clear(self) -> None:
        """Signed out: nothing shown, nothing read until the next refresh."""
        self.timer.stop()
        self.status = None
        self.label.clear()
        self.label.hide()
        self.changed.emit(None)

    def _read(self, status: Status) -> None:
        self._reading = False
        if self.state.session is None:
            self.clear()
            return
        self.status = status
        text = self.text(status)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if status.role is None or (status.role == "hub" and not self.state.may(Action.MANAGE_TEAM)):
            self.timer.stop()  # nothing here would change the line
        elif not self.timer.isActive():
            self.timer.start()
        self.changed.emit(status)

    def _failed(self, exc: Exception) -> None:
        self._reading = False
        log.warning("team status not read: %s", type(exc).__name__)

    def text(self, status: Status) -> str:
        if status.role == "device":
            line = (
                counted(
                    status.pending,
                    self.tr("%1 change not yet at the office"),
                    self.tr("%1 changes not yet at the office"),
                )
                if status.pending
                else self.tr("All changes are at the office")
            )
            if status.conflicts:
                line += " · " + counted(
                    status.conflicts,
                    self.tr("%1 conflict waits for the office"),
                    self.tr("%1 conflicts wait for the office"),
                )
            return line
        if status.role == "hub" and status.conflicts and self.state.may(Action.MANAGE_TEAM):
            return counted(
                status.conflicts, self.tr("%1 conflict to resolve"), self.tr("%1 conflicts to resolve")
            )
        return ""
