"""The one text editor for case text: plain text in, nothing else.

DESIGN §2.2: no media, ever. A pasted or dropped image or file would otherwise be silently
dropped by QPlainTextEdit (or, in a rich editor, stored); here it is refused with a sentence that
says why, and rich text from a browser or word processor arrives as its plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def carries_media(source: QMimeData) -> bool:
    """An image, or files (which may be images, audio or documents), rather than text."""
    return source.hasImage() or any(url.isLocalFile() for url in source.urls())


class PlainTextEdit(QPlainTextEdit):
    refused = Signal(str)  # the sentence to show when a paste or drop was refused
    editing_finished = Signal()  # focus left after a change: the moment to record an undo step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._changed_since_focus = False
        self.textChanged.connect(self._note_change)

    def refusal_message(self) -> str:
        return self.tr("Images and files cannot be stored; paste text only.")

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() and not carries_media(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if carries_media(source):
            self.refused.emit(self.refusal_message())
            return
        if source.hasText():
            self.textCursor().insertText(source.text())
            self.ensureCursorVisible()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._changed_since_focus:
            self._changed_since_focus = False
            self.editing_finished.emit()

    def _note_change(self) -> None:
        self._changed_since_focus = True

    def finish_editing(self) -> None:
        """Emit `editing_finished` now if there is an uncommitted change (before a save)."""
        if self._changed_since_focus:
            self._changed_since_focus = False
            self.editing_finished.emit()

    def reset_text(self, text: str) -> None:
        """Load text as the new clean state: no undo history, nothing to commit."""
        self.setPlainText(text)
        self.document().setModified(False)
        self._changed_since_focus = False
