"""The editor's header (which case, whether it is saved, the Save button) and its empty page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseintake.domain.records import Case
from caseintake.ui.editor.labels import label


class EditorHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorHeader")
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("caseSubtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.subtitle.setWordWrap(True)  # on a narrow screen it wraps, and Save stays in view
        self.state = QLabel()
        self.state.setObjectName("saveState")
        self.save_button = QPushButton(self.tr("Save"))  # Ctrl+S; Alt+S is the Status field's
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.save_button.setMinimumWidth(96)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.state, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addSpacing(8)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_case(self, case: Case | None) -> None:
        if case is None:
            self.title.setText(self.tr("New case"))
            self.subtitle.setText(self.tr("Not saved yet; the reference is given when you save."))
            return
        self.title.setText(case.reference or "")
        self.subtitle.setText(
            self.tr("%1 · opened %2 · assigned to %3")
            .replace("%1", label("status", case.status))
            .replace("%2", case.opened_on.isoformat())
            .replace("%3", case.assigned_to)
        )

    def show_dirty(self, dirty: bool, *, saving: bool, can_save: bool, stale: bool = False) -> None:
        """`stale`: a newer version of the case is on disk, so "All changes saved" would be untrue."""
        self.save_button.setEnabled(can_save and dirty and not saving)
        if saving:
            self.state.setText(self.tr("Saving…"))
        elif stale:
            changed = self.tr("Not saved: changed elsewhere") if dirty else self.tr("Changed elsewhere")
            self.state.setText(changed)
        elif dirty:
            self.state.setText(self.tr("Unsaved changes"))
        else:
            self.state.setText(self.tr("All changes saved") if can_save else "")

    def show_saving(self, saving: bool) -> None:
        self.save_button.setEnabled(not saving)
        self.state.setText(self.tr("Saving…") if saving else "")

    def clear(self) -> None:
        self.title.clear()
        self.subtitle.clear()
        self.state.clear()
        self.save_button.setEnabled(False)


class Placeholder(QWidget):
    """What the editor shows with no case open, or while one is loading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPlaceholder")
        self.label = QLabel()
        self.label.setObjectName("editorPlaceholderText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def show_text(self, text: str) -> None:
        self.label.setText(text)
