"""The leak guard on the clipboard: a copy that holds a vault value never leaves the application.

Every text copied while caseintake is the active application (from any field, table or label)
is checked at once on the main thread against the office's term digests (a snapshot of the
guard loaded on the database thread after unlock and after each save). A hit empties the
clipboard before anything can paste it; the database thread then works out whose detail it was,
and either says so (never the value) or, if every hit was an allowed word, puts the text back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from caseintake.domain.errors import IdentityLeak
from caseintake.domain.leak_match import scan
from caseintake.services import leak_guard
from caseintake.services.leak_guard import OfficeGuard
from caseintake.services.session import Session
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message

log = logging.getLogger(__name__)


def _check_copy(session: Session, text: str) -> None:
    leak_guard.check_output(
        session, text, [], what="copy", nothing="Nothing was copied.", code="identity_leak.copy"
    )


class ClipboardGuard(QObject):
    def __init__(self, state: AppState, report: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.report = report
        self.guard: OfficeGuard | None = None
        self._restoring = False
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._changed)

    def refresh(self) -> None:
        """Load (or reload, if the vault changed) the guard on the database thread."""
        self.state.call(leak_guard.office_guard, self._loaded)

    def forget(self) -> None:
        """On lock: nothing of the guard stays in memory."""
        self.guard = None

    def _loaded(self, guard: OfficeGuard) -> None:
        self.guard = guard

    def check(self, text: str) -> bool:
        """Whether `text` may stay on the clipboard as far as the main thread can tell."""
        guard = self.guard
        if guard is None or not text:
            return True
        return not scan(text, guard.digest, guard.digests.__contains__, neighbours=False)

    def _changed(self) -> None:
        if self._restoring or self.state.session is None:
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not active and QGuiApplication.focusWindow() is None:
            return  # another program's copy
        text = self.clipboard.text(QClipboard.Mode.Clipboard)
        if self.check(text):
            return
        self.clipboard.clear(QClipboard.Mode.Clipboard)
        log.info("clipboard copy held back by the leak guard")
        self.state.call(_check_copy, lambda _ok: self._put_back(text), self._blocked, text)

    def _put_back(self, text: str) -> None:
        """Every hit was a word allowed for its person: the copy may go after all."""
        self._restoring = True
        try:
            self.clipboard.setText(text, QClipboard.Mode.Clipboard)
        finally:
            self._restoring = False

    def _blocked(self, exc: Exception) -> None:
        if isinstance(exc, IdentityLeak):
            self.report(failure_message(exc))
        else:
            self.report(self.tr("The copy was held back: it could not be checked."))
