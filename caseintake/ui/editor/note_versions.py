"""Earlier versions of a note: every saved text, oldest first, read-only.

An edit never overwrites a note (the service keeps each saved text), so a supervisor can see
what a note said when a decision was taken on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.notes import NoteVersion, note_versions
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.widgets import local_time
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted


class NoteVersionsDialog(QDialog):
    def __init__(self, state: AppState, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("noteVersionsDialog")
        self.setWindowTitle(self.tr("Earlier versions of the note"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.versions: list[NoteVersion] = []
        self.list = QListWidget()
        self.list.setObjectName("noteVersionList")
        self.list.setAccessibleName(self.tr("Versions of the note"))
        self.list.currentRowChanged.connect(self._show)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteVersionText")
        self.text.setAccessibleName(self.tr("Text of the chosen version"))
        self.text.setReadOnly(True)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("noteVersionStatus")
        self.status.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([240, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(760, 460)
        state.call(note_versions, self._loaded, self._failed, note_id)

    def _loaded(self, versions: list[NoteVersion]) -> None:
        if not self.isVisible():
            return  # closed (or the application locked) before the versions arrived
        self.versions = versions
        self.status.setText(
            counted(
                len(versions),
                self.tr("One version: the note has not been edited."),
                self.tr("%1 versions, oldest first; the last is the current text."),
            )
        )
        for version in versions:
            item = QListWidgetItem(
                self.tr("Version %1 · %2 · %3 · %4")
                .replace("%1", str(version.version))
                .replace("%2", local_time(version.saved_at))
                .replace("%3", version.author)
                .replace("%4", label("note_kind", version.kind))
            )
            self.list.addItem(item)
        self.list.setCurrentRow(len(versions) - 1)

    def _failed(self, exc: Exception) -> None:
        if self.isVisible():
            self.status.setText(failure_message(exc))

    def _show(self, row: int) -> None:
        self.text.setPlainText(self.versions[row].text if 0 <= row < len(self.versions) else "")

    def wipe(self) -> None:
        self.versions = []
        self.list.clear()
        self.text.clear()
