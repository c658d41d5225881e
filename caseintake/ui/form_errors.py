"""Form errors as a social worker reads them: the field's label and the problem in plain words.

The core names a rejected field by its path ("person.identity.legal_name", "persons[0].role")
and says what is wrong by a code (`InvalidInput.field`, `.code`). A form shows neither: it shows
the label the user sees next to the field ("Legal name") and a sentence chosen by the code
("must be filled in", from `error_texts.field_problems`); a problem without a wording keeps the
core's sentence, without the path. Each label and wording is a literal `translate(…)` for
`lupdate`.

`FieldMarks` outlines the fields a form refused, until the user changes them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from caseintake.domain.errors import InvalidInput
from caseintake.ui.colours import error_colour
from caseintake.ui.error_texts import error_text, field_text

_INDEX = re.compile(r"\[(\d+)\]")
#: Lists of records in a case: a path through them names one record ("persons[0]" -> "person").
_RECORD_LISTS = {
    "persons": "person",
    "referrals": "referral",
    "notes": "note",
    "hearings": "hearing",
    "evidence": "evidence",
    "cases": "case",
}
#: Fields whose value is picked from a list, not typed: "required" reads "choose one".
_CHOICES = {
    "role",
    "relationship",
    "sex",
    "kind",
    "status",
    "region",
    "source.kind",
    "assigned_to",
    "consent_statistics",
    "lawyer",
    "nationality",
}


def _labels() -> dict[str, str]:
    """The visible label of each field, by the end of its path (record lists singular).

    The longest matching end wins: "hearing.kind" before "kind"."""
    translate = QCoreApplication.translate
    return {
        # A case's own fields (the Overview tab).
        "status": translate("FormErrors", "Status"),
        "opened_on": translate("FormErrors", "Opened on"),
        "closed_on": translate("FormErrors", "Closed on"),
        "region": translate("FormErrors", "Region"),
        "province": translate("FormErrors", "Province"),
        "source.kind": translate("FormErrors", "Reached us through"),
        "source_kind": translate("FormErrors", "Reached us through"),
        "source.reference": translate("FormErrors", "Outside reference"),
        "source_reference": translate("FormErrors", "Outside reference"),
        "offenses": translate("FormErrors", "Offenses"),
        "summary": translate("FormErrors", "Summary"),
        "assigned_to": translate("FormErrors", "Assigned worker"),
        "consent_statistics": translate("FormErrors", "Statistics consent"),
        "accommodations": translate("FormErrors", "Child-witness accommodations"),
        "reference": translate("FormErrors", "Reference"),
        # A person.
        "role": translate("FormErrors", "Role"),
        "relationship": translate("FormErrors", "Relationship to the victim"),
        "sex": translate("FormErrors", "Sex"),
        "age": translate("FormErrors", "Age at intake"),
        "birth_year": translate("FormErrors", "Birth year"),
        "nationality": translate("FormErrors", "Nationality"),
        "name": translate("FormErrors", "Name"),
        "person.identity": translate("FormErrors", "Legal name"),
        "legal_name": translate("FormErrors", "Legal name"),
        "aliases": translate("FormErrors", "Aliases"),
        "birth_date": translate("FormErrors", "Birth date"),
        "address": translate("FormErrors", "Address"),
        "school": translate("FormErrors", "School"),
        "contact": translate("FormErrors", "Contact"),
        "detention": translate("FormErrors", "Detention"),
        "measures": translate("FormErrors", "Child-witness measures"),
        # A referral.
        "agency": translate("FormErrors", "Agency"),
        "kind": translate("FormErrors", "Kind"),
        "referred_on": translate("FormErrors", "Referred on"),
        "follow_up_on": translate("FormErrors", "Follow up on"),
        "note": translate("FormErrors", "Note"),
        # Evidence.
        "description": translate("FormErrors", "Description"),
        "custodian": translate("FormErrors", "Custodian"),
        "sha256": translate("FormErrors", "SHA-256"),
        "received_on": translate("FormErrors", "Received on"),
        # A court date.
        "court": translate("FormErrors", "Court"),
        "branch": translate("FormErrors", "Branch"),
        "docket": translate("FormErrors", "Docket"),
        "starts_at": translate("FormErrors", "Date and time"),
        "location": translate("FormErrors", "Location"),
        "lawyer": translate("FormErrors", "Lawyer"),
        "outcome": translate("FormErrors", "Outcome"),
        "notes": translate("FormErrors", "Notes"),
        # A note.
        "written_at": translate("FormErrors", "Written"),
        "text": translate("FormErrors", "Text"),
        "author": translate("FormErrors", "Author"),
        # Accounts.
        "username": translate("FormErrors", "User name"),
        "display name": translate("FormErrors", "Full name"),
        "display_name": translate("FormErrors", "Full name"),
    }


def _records() -> dict[str, str]:
    """What one record of a case's list is called, with %1 for its number."""
    translate = QCoreApplication.translate
    return {
        "person": translate("FormErrors", "Person %1"),
        "referral": translate("FormErrors", "Referral %1"),
        "note": translate("FormErrors", "Note %1"),
        "hearing": translate("FormErrors", "Court date %1"),
        "evidence": translate("FormErrors", "Evidence item %1"),
        "case": translate("FormErrors", "Case %1"),
    }


def _steps(path: str) -> list[tuple[str, int | None]]:
    """A path as (name, index) steps; a record list's name made singular ("persons" -> "person")."""
    steps: list[tuple[str, int | None]] = []
    parts = path.split(".")
    for position, part in enumerate(parts):
        found = _INDEX.search(part)
        name = _INDEX.sub("", part)
        index = int(found.group(1)) if found else None
        if position < len(parts) - 1 and index is not None:
            name = _RECORD_LISTS.get(name, name)
        steps.append((name, index))
    return steps


def _key(path: str) -> str | None:
    """The longest end of `path` that has a label, or None."""
    names = [name for name, _ in _steps(path)]
    labels = _labels()
    for start in range(len(names)):
        key = ".".join(names[start:])
        if key in labels:
            return key
    return None


def field_label(path: str) -> str | None:
    """The label a form shows for the field at `path`, or None for a path without one."""
    key = _key(path)
    return None if key is None else _labels()[key]


def _where(path: str) -> str:
    """Which record of a case the path runs through ("Person 1"), or "" for a form of its own."""
    records = _records()
    found = [
        records[name].replace("%1", str(index + 1))
        for name, index in _steps(path)[:-1]
        if index is not None and name in records
    ]
    return ", ".join(found)


def _problem(exc: InvalidInput) -> str:
    """The core's own sentence without the field path(s) in front of it."""
    message = str(exc)
    parts = exc.field.split(".")
    for start in range(len(parts)):
        marker = ".".join(parts[start:]) + ": "
        at = message.rfind(marker)
        if at >= 0:
            return message[at + len(marker) :]
    return message


def _sentence(exc: InvalidInput, key: str, label: str) -> str:
    """The field's own wordings first, then the problem's wording in `error_texts`; a problem
    without one keeps the core's sentence, without the path."""
    translate = QCoreApplication.translate
    code = exc.code
    if key == "nationality" and code in ("unknown_code", "format"):
        text = translate("FormErrors", "%1: choose a country from the list, or leave it empty if not known.")
        return text.replace("%1", label)
    if key == "offenses" and code == "required":
        return translate("FormErrors", "%1: tick at least one.").replace("%1", label)
    if code == "required" and key in _CHOICES:
        code = "unknown_code"  # a value picked from a list: "choose one from the list"
    worded = field_text(code, label, exc.params)
    if worded is not None:
        return worded
    problem = _problem(exc).strip()
    if problem and not problem.endswith((".", "?", "!")):
        problem += "."
    return translate("FormErrors", "%1: %2").replace("%1", label).replace("%2", problem)


def readable(exc: InvalidInput) -> str:
    """One sentence a social worker reads: no path, no code; what to change, named as on screen."""
    if not exc.field:
        return error_text(exc)
    key = _key(exc.field)
    if key is None:  # a field no form shows: its last name, made readable
        last = _steps(exc.field)[-1][0]
        key, label = last, last.replace("_", " ").capitalize()
    else:
        label = _labels()[key]
    sentence = _sentence(exc, key, label)
    where = _where(exc.field)
    return f"{where}: {sentence}" if where else sentence


def readable_all(problems: list[InvalidInput]) -> str:
    """Several problems, one a line (a form that checked several fields at once)."""
    sentences = list(dict.fromkeys(readable(p) for p in problems))
    if len(sentences) == 1:
        return sentences[0]
    return "\n".join(f"• {s}" for s in sentences)


def is_empty(widget: QWidget) -> bool:
    """A required field left empty: no text typed, or nothing chosen from a list."""
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        typed = widget.isEditable() and bool(widget.currentText().strip())
        return widget.currentData() is None and not typed
    return False


class FieldMarks:
    """Outlines refused fields (and sets their `invalid` property) until the user changes them."""

    def __init__(self) -> None:
        self.marked: dict[QWidget, str] = {}  # widget -> its style sheet before the mark
        self._watched: set[int] = set()

    def mark(self, widget: QWidget) -> None:
        if widget in self.marked:
            return
        self.marked[widget] = widget.styleSheet()
        widget.setProperty("invalid", True)
        if not isinstance(widget, QAbstractButton):
            colour = error_colour(widget.palette()).name()
            widget.setStyleSheet(f"border: 2px solid {colour}; border-radius: 3px;")
        self._watch(widget)

    def unmark(self, widget: QWidget) -> None:
        before = self.marked.pop(widget, None)
        if before is None:
            return
        widget.setProperty("invalid", False)
        widget.setStyleSheet(before)

    def clear(self) -> None:
        for widget in list(self.marked):
            self.unmark(widget)

    def _watch(self, widget: QWidget) -> None:
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))
        changed = None
        if isinstance(widget, QLineEdit):
            changed = widget.textEdited
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            changed = widget.textChanged
        elif isinstance(widget, QComboBox):
            changed = widget.currentIndexChanged
        elif isinstance(widget, QAbstractButton):
            changed = widget.toggled
        if changed is not None:
            changed.connect(lambda *_args, w=widget: self.unmark(w))
