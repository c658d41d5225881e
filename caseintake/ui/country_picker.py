"""A country box: type a country, a code or a nationality word, and pick from the matches.

A nationality used to be two free letters, and "Filipino" became "FI", Finland, on a court
document. This box holds only countries of the ISO 3166 list (`domain.countries`), the Philippines
first. Typing shows the matching countries ("Fil", "phil", "PH" and "Filipino" all show the
Philippines); Enter or leaving the box takes the one country the text names. Text that names no
single country ("Atlantis", or "Korea", which names two) is left as typed and is not a country:
`code()` is None and `unresolved_text()` says what was typed, so a form refuses it rather than
store something the user did not choose. An empty box is "not known" (None).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from caseintake.domain.countries import COUNTRIES, find_countries, picker_order, resolve_country

#: Matches nothing in the list (see `_CountryCompleter.splitPath`).
_NO_ROW = "\x01"


def country_label(code: str) -> str:
    """How a country is shown in the box: "Philippines (PH)"."""
    return f"{COUNTRIES[code]} ({code})"


_CODE_OF_LABEL = {country_label(code).casefold(): code for code in COUNTRIES}


class _CountryCompleter(QCompleter):
    """Marks for Enter the row of the country the typed text names, and no other: the completer's
    own guess, the first label that starts with the text, would take Ukraine for "uk", which names
    the United Kingdom. (No label is the start of another, since each ends with its code.)"""

    def splitPath(self, path: str) -> list[str]:
        code = resolve_country(path)
        return [country_label(code) if code else _NO_ROW]


class CountryPicker(QComboBox):
    """An editable box of countries; the first, empty item is "not known".

    Models are filled with one call each (`addItems`, `setStringList`), not item by item:
    PySide6 6.12 on Python 3.11 drops a reference to None on every call that returns nothing,
    and 250 such calls a box would soon use them all up."""

    def __init__(self, code: str | None = None, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(["", *(country_label(each) for each in picker_order())])  # "": not known
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)
        edit = self.lineEdit()
        edit.setPlaceholderText(self.tr("Not known. Type a country or a nationality, e.g. Filipino"))
        self.matches = QStringListModel(self)
        completer = _CountryCompleter(self.matches, self)
        completer.setObjectName("countryCompleter")
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        completer.activated[str].connect(lambda label: self.set_code(self.code_of(label)))
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self.commit)
        self.set_code(code)

    @staticmethod
    def code_of(text: str) -> str | None:
        """The country a label ("Philippines (PH)") or typed text names; None for none or many."""
        text = text.strip()
        return _CODE_OF_LABEL.get(text.casefold()) or resolve_country(text)

    def code(self) -> str | None:
        """The country the box shows or the typed text names; None when empty or not a country."""
        return self.code_of(self.currentText())

    def unresolved_text(self) -> str:
        """What was typed when it names no single country, else ""."""
        text = self.currentText().strip()
        return text if text and self.code() is None else ""

    def set_code(self, code: str | None) -> None:
        """Show a country; a code outside the list stays as text, so a form refuses it."""
        if not code:
            index = 0
        else:
            index = self.findText(country_label(code), Qt.MatchFlag.MatchExactly) if code in COUNTRIES else -1
        if index != self.currentIndex():
            self.setCurrentIndex(max(index, 0))
        text = self.itemText(index) if index >= 0 else str(code)
        if self.currentText() != text:
            self.setEditText(text)

    def commit(self) -> None:
        """Show the country the typed text names; leave text that names none as it is."""
        code = self.code()
        if code is not None or not self.currentText().strip():
            self.set_code(code)

    def _typed(self, text: str) -> None:
        """Refill the list of matches as the text changes."""
        labels = [country_label(code) for code in find_countries(text)]
        self.matches.setStringList(labels)
        completer = self.completer()
        if not labels:
            completer.popup().hide()
            return
        completer.setCompletionPrefix(text)
        completer.complete()
