"""The base of the add/change dialogs: a form that accepts only what the import would accept.

Each dialog builds an interchange-format dict (DESIGN §7) and checks it with the same parser the
services use, so a record that leaves a dialog cannot fail validation at save time, and an error
names the field the way every other error does. Dialogs open window-modal with `open()`, not
`exec()`: no nested event loop, and a lock can close them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.errors import InvalidInput
from caseintake.ui.editor.widgets import OptionalDateEdit, form_layout


def drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Optional fields left blank are absent, as in a hand-written import file."""
    return {k: v for k, v in data.items() if v not in (None, "", [], ())}


def line(text: str = "", object_name: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    if object_name:
        edit.setObjectName(object_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class RecordDialog(QDialog):
    def __init__(
        self,
        title: str,
        object_name: str,
        parse: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.parse = parse
        self.data: dict[str, Any] = {}
        self.form = form_layout()
        self.error = QLabel()
        self.error.setObjectName(f"{object_name}Error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName(f"{object_name}Ok")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def record(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def try_accept(self) -> None:
        data = self.record()
        try:
            self.parse(data)
        except InvalidInput as exc:
            self.show_error(str(exc))
            return
        self.data = data
        self.accept()

    def set_read_only(self, why: str) -> None:
        """Show the record without letting it change (a social worker viewing a hearing)."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QAbstractSpinBox | OptionalDateEdit):
                widget.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.error.setStyleSheet("color: palette(placeholder-text);")
        self.show_error(why)

    def wipe(self) -> None:
        """Empty every field before the dialog goes (on lock), so no typed value lingers."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QDateTimeEdit):
                widget.setDateTime(QDateTime.currentDateTime())
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
        self.data = {}

    def discard(self) -> None:
        """Close for good: emptied, out of the widget tree at once, deleted later."""
        self.wipe()
        self.reject()
        self.setParent(None)
        self.deleteLater()
