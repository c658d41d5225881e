"""The case changed elsewhere: the banner that says so, and the watch that notices it.

Two windows (or two computers sharing the file) may hold the same case. A save made against an
older version is refused by the core (`services/edit_conflicts.py`); the editor then shows
`ConflictBar`, with what typed still in the form, and the user chooses: see their version, save
mine over it, or keep editing. `CaseWatcher` notices a change before any save: every few seconds
and whenever the window regains focus it asks the database thread whether the open case moved
on, which costs one pragma unless another connection committed something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QWindow
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseintake.ui.editor.draft import SeenVersion
from caseintake.ui.editor.jobs import Watched, watch_case
from caseintake.ui.editor.widgets import style_bar
from caseintake.ui.state import AppState

#: How often the open case is looked at while the window is in use (milliseconds).
WATCH_INTERVAL_MS = 3000


class ConflictBar(QFrame):
    """What to do about a case changed elsewhere, above the tabs, until the user decides."""

    show_theirs = Signal()
    keep_mine = Signal()
    keep_editing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictBar")
        style_bar(self, "warning")
        self.title = QLabel(
            self.tr("This case was changed elsewhere (another window or computer) since you opened it.")
        )
        self.title.setObjectName("editConflictTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("editConflictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs_button = QPushButton(self.tr("Show their version…"))
        self.theirs_button.setObjectName("editConflictTheirs")
        self.theirs_button.setToolTip(
            self.tr("Load the case as it is saved now; your unsaved changes are lost")
        )
        self.mine_button = QPushButton(self.tr("Keep m&y changes and save over theirs"))
        self.mine_button.setObjectName("editConflictMine")
        self.mine_button.setToolTip(
            self.tr("Save the fields and records you changed; the rest keeps the other change")
        )
        self.editing_button = QPushButton(self.tr("Keep editing"))
        self.editing_button.setObjectName("editConflictCancel")
        self.editing_button.setToolTip(self.tr("Close this message; nothing is saved or lost"))
        # Alt+Y only: every other letter of these words is taken by the menus and tabs; the
        # other two are reached with Tab (the bar sits between the Save button and the tabs).
        for button in (self.theirs_button, self.mine_button, self.editing_button):
            button.setAutoDefault(False)
        self.theirs_button.clicked.connect(self.show_theirs)
        self.mine_button.clicked.connect(self.keep_mine)
        self.editing_button.clicked.connect(self.keep_editing)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.editing_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, *, refused: bool) -> None:
        """`refused`: a save was just turned down (else the watch noticed the change first)."""
        if refused:
            text = self.tr("Your changes were not saved, and they are all still here.")
        else:
            text = self.tr(
                "Your unsaved changes are still here; saving now would overwrite the other change."
            )
        self.detail.setText(text)
        self.setAccessibleName(f"{self.title.text()} {text}")
        self.show()


class CaseWatcher(QObject):
    """Asks, in the background, whether the open case changed since this editor loaded it.

    The timer runs only while `widget` is shown: a hidden editor has no one to tell, and showing
    it again looks at once."""

    changed = Signal(int)  # the case's version on disk, newer than the one the editor holds

    def __init__(self, state: AppState, widget: QWidget) -> None:
        super().__init__(widget)
        self.state = state
        self._widget = widget
        #: Whether to skip a look now (the editor is saving: the save answers for itself).
        self.paused: Callable[[], bool] = lambda: False
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.look(force=False))
        widget.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)
        self._reference: str | None = None
        self._seen = SeenVersion()
        self._data_version: int | None = None
        self._asking = False
        self._generation = 0

    def start(self, reference: str, seen: SeenVersion) -> None:
        self._generation += 1
        self._reference, self._seen = reference, seen
        self._data_version = None
        self._asking = False
        if self._widget.isVisible():
            self._timer.start()

    def stop(self) -> None:
        self._generation += 1
        self._reference = None
        self._asking = False
        self._timer.stop()

    def look(self, *, force: bool = True) -> None:
        """Ask now; `force` reads the case's version even when no other connection committed
        (another window of this program writes through the same connection)."""
        if self._reference is None or self._asking or self.paused():
            return
        self._asking = True
        generation = self._generation
        self.state.call(
            watch_case,
            lambda found: self._answered(found, generation),
            lambda _exc: self._answered(None, generation),
            self._reference,
            self._data_version,
            self._seen,
            force,
        )

    def _answered(self, found: Watched | None, generation: int) -> None:
        if generation != self._generation:
            return
        self._asking = False
        if found is None:  # the case could not be read (locked, gone): the next look tries again
            return
        self._data_version = found.data_version
        if found.newer is not None:
            self.changed.emit(found.newer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and self._reference is not None:
            if event.type() == QEvent.Type.Show:
                self._timer.start()
                self.look()
            elif event.type() == QEvent.Type.Hide:
                self._timer.stop()
        return False

    def _focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None and window is self._widget.window().windowHandle():
            self.look()
