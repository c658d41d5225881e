"""What was typed into an open form when the screen locked, given back after the unlock.

The lock closes every window (DESIGN §4). A form that was open (a person being added, a court
date, a new user) hands over its values first; `LockDrafts` holds them in memory only, never in a
file, a setting or a log line, for the user who locked. When that same user unlocks, the same
form opens again in the same place with the values back and a line saying so; when anyone else
unlocks, or the application quits, they are dropped. Passphrases and other secrets are never
taken.

`DraftKeeper` is generic: it reads a form's input widgets (line and text edits, combo boxes,
date, time and number boxes, check boxes) by their path of object names below the form, so a
form needs no code of its own to take part. A form takes part when whoever opened it marks it
with a `DraftPlace` saying how to open it again (`keep_on_lock`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

log = logging.getLogger(__name__)

#: The forms of a case's record tabs (`RecordsTab.kind`); any other form stands on its own.
CASE_FORMS = frozenset({"persons", "referrals", "hearings", "evidence"})
_PLACE = "_caseintake_draft_place"


@dataclass(frozen=True)
class DraftPlace:
    """Where a form was opened, enough to open the same form there again."""

    form: str  # a `CASE_FORMS` kind, or the name of a form outside a case ("add_user")
    target: str | None = None  # id of the saved record the form changes; None when adding
    key: str | None = None  # draft key of an added record that was not saved yet

    @property
    def in_case(self) -> bool:
        return self.form in CASE_FORMS


def keep_on_lock(form: QWidget, place: DraftPlace) -> None:
    """Mark a form: at a lock, its values are kept and it is opened again at `place`."""
    setattr(form, _PLACE, place)


def place_of(widget: QWidget) -> DraftPlace | None:
    place = getattr(widget, _PLACE, None)
    return place if isinstance(place, DraftPlace) else None


# -- reading and writing a form -------------------------------------------------------------------

_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def _is_secret(widget: QWidget, secrets: tuple[QWidget, ...]) -> bool:
    if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
        return True
    return any(widget is secret for secret in secrets)


def _inside_compound(widget: QWidget, form: QWidget) -> bool:
    """A part of a combo or spin box (its line edit, its arrows): the box itself is read."""
    parent = widget.parentWidget()
    while parent is not None and parent is not form:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _path(widget: QWidget, form: QWidget) -> str:
    """The widget's object names from the form down; an unnamed one by its type and place among
    siblings of that type, which is the same each time a form of that kind is built."""
    parts: list[str] = []
    current: QWidget = widget
    while current is not form:
        parent = current.parentWidget()
        if parent is None:
            break
        name = current.objectName()
        if not name:
            kind = type(current).__name__
            siblings = [c for c in parent.children() if type(c).__name__ == kind]
            name = f"{kind}#{siblings.index(current)}"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts))


class DraftKeeper:
    """Reads the values typed into a form and writes them back into a new form of its kind."""

    @staticmethod
    def inputs(form: QWidget) -> dict[str, QWidget]:
        secrets_of = getattr(form, "secrets", None)
        secrets: tuple[QWidget, ...] = tuple(secrets_of()) if callable(secrets_of) else ()
        found: dict[str, QWidget] = {}
        for widget in form.findChildren(QWidget):
            if not isinstance(widget, _INPUTS) or _inside_compound(widget, form):
                continue
            if isinstance(widget, QAbstractButton) and not widget.isCheckable():
                continue
            if _is_secret(widget, secrets):
                continue
            found[_path(widget, form)] = widget
        return found

    @staticmethod
    def capture(form: QWidget) -> dict[str, Any]:
        """The values of the form's inputs that can be typed into now (not secrets)."""
        values: dict[str, Any] = {}
        for path, widget in DraftKeeper.inputs(form).items():
            if widget.isEnabled():
                values[path] = _read(widget)
        return values

    @staticmethod
    def restore(form: QWidget, values: dict[str, Any]) -> int:
        """Write the values back, in the order they were read (a role before the fields it
        shows); returns how many found a place. A field the new form does not let one type into
        (an identity not revealed again) is left as the form shows it."""
        widgets = DraftKeeper.inputs(form)
        restored = 0
        for path, value in values.items():
            widget = widgets.get(path)
            if widget is not None and widget.isEnabled() and _write(widget, value):
                restored += 1
        return restored


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _write(widget: QWidget, value: Any) -> bool:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, str):
        index = widget.findText(value, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(value)
        else:
            return False
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, QDateTime):
        widget.setDateTime(value)
    elif isinstance(widget, QSpinBox) and type(value) is int:
        widget.setValue(int(value))
    elif isinstance(widget, QDoubleSpinBox) and type(value) is float:
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    else:
        return False
    return True


def show_restored(form: QWidget) -> QLabel | None:
    """The line at the top of a reopened form that says where its values came from."""
    layout = form.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    notice = QLabel(
        QCoreApplication.translate("LockDrafts", "Restored what you typed before the screen locked.")
    )
    notice.setObjectName("restoredNotice")
    notice.setWordWrap(True)
    notice.setStyleSheet(
        "QLabel#restoredNotice { background: rgba(40, 100, 180, 0.08);"
        " border: 1px solid rgba(40, 100, 180, 0.35); border-radius: 4px; padding: 6px 8px; }"
    )
    layout.insertWidget(0, notice)
    notice.setVisible(True)  # at once, also in a form already on screen
    if form.isVisible():  # room for the line, not taken from the fields
        form.adjustSize()
    return notice


# -- holding them through the lock ----------------------------------------------------------------


@dataclass
class KeptForm:
    place: DraftPlace
    values: dict[str, Any] = field(repr=False)  # typed values: never in a repr, hence a log
    case: str | None = None  # the case's reference; None for a new case not saved (or no case)


class LockDrafts:
    """The forms that were open at the lock, for the user who locked; in memory only."""

    def __init__(self) -> None:
        self._owner = ""
        self._forms: list[KeptForm] = []

    def __bool__(self) -> bool:
        return bool(self._forms)

    def keep(self, username: str, forms: list[KeptForm]) -> None:
        self.wipe()
        if forms and username:
            self._owner = username
            self._forms = forms
            log.info("kept %d open form(s) through the lock", len(forms))

    def saved_as(self, reference: str, created: dict[str, str]) -> None:
        """The lock's save of the open case answered: a new case now has its reference, and a
        record added but not saved then has its id."""
        for kept in self._forms:
            if not kept.place.in_case:
                continue
            if kept.case is None:
                kept.case = reference
            key = kept.place.key
            if key is not None and key in created:
                kept.place = replace(kept.place, target=created[key], key=None)

    def take(self, username: str) -> list[KeptForm]:
        """The forms to open again when `username` unlocks; anyone else gets none, and the
        forms are dropped either way."""
        if username and username == self._owner:
            forms, self._forms, self._owner = self._forms, [], ""
            return forms
        self.wipe()
        return []

    def wipe(self) -> None:
        """Drop every kept value (another user unlocked, or the application quits)."""
        for kept in self._forms:
            kept.values.clear()
        self._forms, self._owner = [], ""
