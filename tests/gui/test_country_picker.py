"""The country picker: typing a country, a code or a nationality word takes the country it names;
text that names none is never stored as a country, and the person dialog refuses it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from caseintake.domain.records import Person
from caseintake.ui.country_picker import CountryPicker
from caseintake.ui.editor.person_dialog import PersonDialog


@pytest.fixture
def picker(qtbot: QtBot) -> Iterator[CountryPicker]:
    """A picker in a window beside another field, as in a form."""
    window = QDialog()
    qtbot.addWidget(window)
    box = CountryPicker(object_name="nationalityPicker")
    layout = QVBoxLayout(window)
    layout.addWidget(box)
    layout.addWidget(QLineEdit())
    window.show()
    qtbot.waitExposed(window)
    box.lineEdit().setFocus()
    yield box  # the window lives until the test ends


def type_and_enter(qtbot: QtBot, picker: CountryPicker, text: str) -> None:
    """Type as a user does; Enter goes where the keyboard is: the list of matches when it is open."""
    qtbot.keyClicks(picker.lineEdit(), text)
    popup = picker.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else picker.lineEdit(), Qt.Key.Key_Return)


def shown(picker: CountryPicker) -> list[str]:
    return picker.matches.stringList()


@pytest.mark.parametrize("typed", ["Filipino", "phil", "Fil", "PH", "philippines"])
def test_typing_a_name_code_or_nationality_takes_the_philippines(
    qtbot: QtBot, picker: CountryPicker, typed: str
) -> None:
    qtbot.keyClicks(picker.lineEdit(), typed)
    assert shown(picker)[0] == "Philippines (PH)"
    assert picker.completer().popup().isVisible()
    type_and_enter(qtbot, picker, "")
    assert picker.code() == "PH"
    assert picker.currentText() == "Philippines (PH)"
    assert picker.unresolved_text() == ""


@pytest.mark.parametrize(("typed", "code"), [("fi", "FI"), ("uk", "GB"), ("Korean", "KR"), ("dutch", "NL")])
def test_enter_takes_the_country_the_text_names(
    qtbot: QtBot, picker: CountryPicker, typed: str, code: str
) -> None:
    type_and_enter(qtbot, picker, typed)
    assert picker.code() == code
    assert picker.currentText().endswith(f"({code})")


@pytest.mark.parametrize("typed", ["Atlantis", "Korea"])
def test_text_that_names_no_single_country_is_no_country(
    qtbot: QtBot, picker: CountryPicker, typed: str
) -> None:
    type_and_enter(qtbot, picker, typed)
    assert picker.code() is None
    assert picker.unresolved_text() == typed
    assert picker.currentText() == typed  # left as typed, to be corrected, not silently dropped
    assert picker.findText(typed) == -1  # never added to the list


def test_leaving_the_box_takes_the_country(qtbot: QtBot, picker: CountryPicker) -> None:
    qtbot.keyClicks(picker.lineEdit(), "swedish")
    picker.commit()  # what leaving the box does
    assert picker.currentText() == "Sweden (SE)"
    picker.lineEdit().clear()
    picker.commit()
    assert picker.code() is None and picker.unresolved_text() == ""


def test_the_list_starts_with_not_known_then_the_philippines(picker: CountryPicker) -> None:
    assert picker.count() == 250
    assert (picker.itemText(0), picker.itemText(1), picker.itemText(2)) == (
        "",
        "Philippines (PH)",
        "Afghanistan (AF)",
    )
    assert picker.code() is None


def open_dialog(qtbot: QtBot, person: Person | None = None) -> PersonDialog:
    dialog = PersonDialog(person, saved=person is not None, identity=None, identity_locked=person is not None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_victim(dialog: PersonDialog) -> None:
    dialog.age.setValue(12)
    dialog.legal_name.setText("Maria Luz Bautista")
    dialog.birth_date.set_value(date(2013, 5, 2))


def test_the_person_dialog_stores_the_code(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    fill_victim(dialog)
    assert isinstance(dialog.nationality, CountryPicker)
    dialog.nationality.lineEdit().setFocus()
    type_and_enter(qtbot, dialog.nationality, "Filipino")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record.nationality == "PH"


def test_the_person_dialog_refuses_text_that_is_no_country(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    fill_victim(dialog)
    dialog.nationality.lineEdit().setFocus()
    qtbot.keyClicks(dialog.nationality.lineEdit(), "Atlantis")
    dialog.ok_button.click()
    assert dialog.record is None and dialog.isVisible()
    assert dialog.error.text().startswith("Nationality: choose a country from the list")
    dialog.nationality.lineEdit().clear()  # empty: not known
    dialog.ok_button.click()
    assert dialog.record is not None and dialog.record.nationality is None


def test_a_saved_nationality_is_shown_and_kept(qtbot: QtBot) -> None:
    person = Person(role="accused", relationship="foreign_online", nationality="US", name="John Doe")
    dialog = open_dialog(qtbot, person)
    assert dialog.nationality.currentText() == "United States (US)"
    dialog.ok_button.click()
    assert dialog.record is not None and dialog.record.nationality == "US"


def test_a_saved_code_outside_the_list_must_be_corrected(qtbot: QtBot) -> None:
    person = Person(role="accused", relationship="foreign_online", nationality="XK", name="John Doe")
    dialog = open_dialog(qtbot, person)
    assert dialog.nationality.currentText() == "XK"
    dialog.ok_button.click()
    assert dialog.record is None
    assert dialog.error.text().startswith("Nationality: choose a country from the list")
