"""Undoable edits of the Overview fields (orange-canvas style: small commands over the form).

A `Binding` reads and writes one field whatever its widget; a `FieldEdit` is one finished edit,
whose redo and undo write the value back through the binding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QLineEdit

from caseintake.ui.editor.widgets import select_code


@dataclass(frozen=True)
class Binding:
    label: str  # for the undo text: "Change <label>"
    get: Callable[[], Any]
    set: Callable[[Any], None]


def combo_binding(label: str, combo: QComboBox, empty: Any = None) -> Binding:
    """A code combo; `empty` is the form's value for its "not chosen" entry."""

    def get() -> Any:
        value = combo.currentData()
        return empty if value is None else value

    return Binding(label, get, lambda v: select_code(combo, None if v == empty else v))


def line_binding(label: str, edit: QLineEdit) -> Binding:
    return Binding(label, edit.text, lambda v: edit.setText(v or ""))


class EditableForm(Protocol):
    bindings: dict[str, Binding]

    def apply(self, name: str, value: Any, *, reveal: bool) -> None: ...


class FieldEdit(QUndoCommand):
    """One finished edit of one field. The first redo (on push) only records: the widget already
    shows the value. Later redos and undos write it back and bring the field into view."""

    def __init__(self, form: EditableForm, name: str, old: Any, new: Any) -> None:
        text = QCoreApplication.translate("FieldEdit", "Change %1")  # lupdate reads only literal contexts
        super().__init__(text.replace("%1", form.bindings[name].label))
        self.form, self.name, self.old, self.new = form, name, old, new
        self._first = True

    def redo(self) -> None:
        self.form.apply(self.name, self.new, reveal=not self._first)
        self._first = False

    def undo(self) -> None:
        self.form.apply(self.name, self.old, reveal=True)
