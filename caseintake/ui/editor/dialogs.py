"""The base of the add/change dialogs: a form that accepts only what the import would accept.

Each dialog builds a domain record from its widgets (dates from date widgets, codes from combo
boxes) and checks it with the same `domain.checks` function the services and the importer use,
so a record that leaves a dialog cannot fail validation at save time; an error names its field
by path (`InvalidInput.field`), and the dialog puts the cursor there. Before that check, the
dialog looks at its required fields itself, so every one left empty is named (by its label, see
`ui.form_errors`) and outlined at once rather than one per press of OK. Dialogs open window-modal
with `open()`, not `exec()`: no nested event loop, and a lock can close them.
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
from caseintake.ui.colours import error_style
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.editor.widgets import OptionalDateEdit, form_layout
from caseintake.ui.form_errors import FieldMarks, is_empty, readable_all
from caseintake.ui.screen_fit import ScrollingForm, keep_on_screen


def text_or_none(edit: QLineEdit) -> str | None:
    """An optional one-line field: its trimmed text, or None when left blank."""
    return edit.text().strip() or None


def field_name(path: str) -> str:
    """The last name of an error's field path: "person.identity.aliases[1]" -> "aliases"."""
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


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
        check: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.check = check
        self.record: Any = None  # the record accepted, checked
        #: Where the cursor goes when an error names a field (the last name of its path).
        self.field_widgets: dict[str, QWidget] = {}
        self.marks = FieldMarks()
        self.form = form_layout()
        self.error = QLabel()
        self.error.setObjectName(f"{object_name}Error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(error_style(self.error))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName(f"{object_name}Ok")
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        # The fields (and what a dialog adds below them, in `body`) scroll on a small screen;
        # the error and the buttons stay in view under them.
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 6, 0)  # clear of the scroll bar when it shows
        self.body.addLayout(self.form)
        outer = QVBoxLayout(self)
        outer.addWidget(
            ScrollingForm(self.body, f"{object_name}Fields", grows_window=True, focus_first=True), 1
        )
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        make_default(self.buttons, self.ok_button)
        self.setMinimumWidth(520)
        keep_on_screen(self)

    def build(self) -> Any:
        """The record as the widgets show it (not checked yet)."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def required_fields(self) -> dict[str, QWidget]:
        """The fields (by path) that must not be left empty as the form stands now."""
        return {}

    def problems(self) -> list[InvalidInput]:
        """What the form can tell by itself, all at once: every required field left empty."""
        return [
            InvalidInput.at(path, "is required", "required")
            for path, widget in self.required_fields().items()
            if is_empty(widget)
        ]

    def refuse(self, exc: InvalidInput, *more: InvalidInput) -> None:
        """Say what is wrong in words the user reads, outline each field named, and put the
        cursor in the first."""
        problems = [exc, *more]
        self.show_error(readable_all(problems))
        self.marks.clear()
        first: QWidget | None = None
        for problem in problems:
            widget = self.field_widgets.get(field_name(problem.field))
            if widget is not None:
                self.marks.mark(widget)
                first = first or widget
        if first is not None:
            first.setFocus()

    def try_accept(self) -> None:
        problems = self.problems()
        if problems:
            self.refuse(*problems)
            return
        record = self.build()
        try:
            self.check(record)
        except InvalidInput as exc:
            self.refuse(exc)
            return
        self.record = record
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
        self.marks.clear()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QDateTimeEdit):
                widget.setDateTime(QDateTime.currentDateTime())
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
        self.record = None

    def discard(self) -> None:
        """Close for good: emptied, out of the widget tree at once, deleted later."""
        self.wipe()
        self.reject()
        self.setParent(None)
        self.deleteLater()
