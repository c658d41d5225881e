"""Form errors as a social worker reads them: the field's label and the problem in plain words.

The core names a rejected field by its path ("person.identity.legal_name", "persons[0].role")
and says what is wrong by a code (`InvalidInput.field`, `.code`). A form shows neither: it shows
the label the user sees next to the field ("Legal name") and a sentence chosen by the code
("must be filled in"); a problem without a wording of its own keeps the core's sentence, without
the path. Each label and wording is a literal `translate("FormErrors", …)` for `lupdate`.

`FieldMarks` outlines the fields a form refused, until the user changes them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from caseintake.domain.errors import InvalidInput
from caseintake.ui.colours import error_colour

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
    t = QCoreApplication.translate
    return {
        # A case's own fields (the Overview tab).
        "status": t("FormErrors", "Status"),
        "opened_on": t("FormErrors", "Opened on"),
        "closed_on": t("FormErrors", "Closed on"),
        "region": t("FormErrors", "Region"),
        "province": t("FormErrors", "Province"),
        "source.kind": t("FormErrors", "Reached us through"),
        "source_kind": t("FormErrors", "Reached us through"),
        "source.reference": t("FormErrors", "Outside reference"),
        "source_reference": t("FormErrors", "Outside reference"),
        "offenses": t("FormErrors", "Offenses"),
        "summary": t("FormErrors", "Summary"),
        "assigned_to": t("FormErrors", "Assigned worker"),
        "consent_statistics": t("FormErrors", "Statistics consent"),
        "accommodations": t("FormErrors", "Child-witness accommodations"),
        "reference": t("FormErrors", "Reference"),
        # A person.
        "role": t("FormErrors", "Role"),
        "relationship": t("FormErrors", "Relationship to the victim"),
        "sex": t("FormErrors", "Sex"),
        "age": t("FormErrors", "Age at intake"),
        "birth_year": t("FormErrors", "Birth year"),
        "nationality": t("FormErrors", "Nationality"),
        "name": t("FormErrors", "Name"),
        "person.identity": t("FormErrors", "Legal name"),
        "legal_name": t("FormErrors", "Legal name"),
        "aliases": t("FormErrors", "Aliases"),
        "birth_date": t("FormErrors", "Birth date"),
        "address": t("FormErrors", "Address"),
        "school": t("FormErrors", "School"),
        "contact": t("FormErrors", "Contact"),
        "detention": t("FormErrors", "Detention"),
        "measures": t("FormErrors", "Child-witness measures"),
        # A referral.
        "agency": t("FormErrors", "Agency"),
        "kind": t("FormErrors", "Kind"),
        "referred_on": t("FormErrors", "Referred on"),
        "follow_up_on": t("FormErrors", "Follow up on"),
        "note": t("FormErrors", "Note"),
        # Evidence.
        "description": t("FormErrors", "Description"),
        "custodian": t("FormErrors", "Custodian"),
        "sha256": t("FormErrors", "SHA-256"),
        "received_on": t("FormErrors", "Received on"),
        # A court date.
        "court": t("FormErrors", "Court"),
        "branch": t("FormErrors", "Branch"),
        "docket": t("FormErrors", "Docket"),
        "starts_at": t("FormErrors", "Date and time"),
        "location": t("FormErrors", "Location"),
        "lawyer": t("FormErrors", "Lawyer"),
        "outcome": t("FormErrors", "Outcome"),
        "notes": t("FormErrors", "Notes"),
        # A note.
        "written_at": t("FormErrors", "Written"),
        "text": t("FormErrors", "Text"),
        "author": t("FormErrors", "Author"),
        # Accounts.
        "username": t("FormErrors", "User name"),
        "display name": t("FormErrors", "Full name"),
        "display_name": t("FormErrors", "Full name"),
    }


def _records() -> dict[str, str]:
    """What one record of a case's list is called, with %1 for its number."""
    t = QCoreApplication.translate
    return {
        "person": t("FormErrors", "Person %1"),
        "referral": t("FormErrors", "Referral %1"),
        "note": t("FormErrors", "Note %1"),
        "hearing": t("FormErrors", "Court date %1"),
        "evidence": t("FormErrors", "Evidence item %1"),
        "case": t("FormErrors", "Case %1"),
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


def _sentence(code: str, key: str, label: str, problem: str) -> str:
    t = QCoreApplication.translate
    choice = key in _CHOICES
    if key == "nationality" and code in ("unknown_code", "format"):
        text = t("FormErrors", "%1: choose a country from the list, or leave it empty if not known.")
    elif key == "offenses" and code == "required":
        text = t("FormErrors", "%1: tick at least one.")
    elif code == "unknown_code" or (code == "required" and choice):
        text = t("FormErrors", "%1: choose one from the list.")
    elif code == "required":
        text = t("FormErrors", "%1 must be filled in.")
    elif code == "identity_required":
        text = t("FormErrors", "%1 must be filled in: this person is protected.")
    elif code == "date":
        text = t("FormErrors", "%1 is not a date.")
    elif code == "moment":
        text = t("FormErrors", "%1 is not a date and time.")
    elif code == "too_long":
        text = t("FormErrors", "%1 is too long; please shorten it.")
    elif code == "control_character":
        text = t("FormErrors", "%1 contains characters that cannot be kept; type it again as plain text.")
    elif code == "multiline":
        text = t("FormErrors", "%1 must fit on one line.")
    elif code == "order" and key == "closed_on":
        text = t("FormErrors", "%1 is before the date the case was opened.")
    elif code == "name_in_vault":
        text = t("FormErrors", "%1: a protected person's name goes under Legal name.")
    else:
        problem = problem.strip()
        if problem and not problem.endswith((".", "?", "!")):
            problem += "."
        return t("FormErrors", "%1: %2").replace("%1", label).replace("%2", problem)
    return text.replace("%1", label)


def readable(exc: InvalidInput) -> str:
    """One sentence a social worker reads: no path, no code; what to change, named as on screen."""
    if not exc.field:
        return str(exc)
    key = _key(exc.field)
    if key is None:  # a field no form shows: its last name, made readable
        last = _steps(exc.field)[-1][0]
        key, label = last, last.replace("_", " ").capitalize()
    else:
        label = _labels()[key]
    sentence = _sentence(exc.code, key, label, _problem(exc))
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
