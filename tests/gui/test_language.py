"""The GUI in Filipino: menus and dialogs show the translation, keep their Alt keys apart, and the
language is chosen in Preferences for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from caseintake.domain.records import Note
from caseintake.ui import language
from caseintake.ui.admin.preferences import PreferencesDialog
from caseintake.ui.editor.notes import _byline
from caseintake.ui.editor.records_tab import Row
from caseintake.ui.main_window import MainWindow
from caseintake.ui.tasks import TaskRunner
from tests.gui.test_keyboard import (  # noqa: F401  (main_window is a fixture)
    DIALOGS,
    clashes,
    main_window,
    menu_clashes,
    window_mnemonics,
)


@pytest.fixture
def filipino(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Filipino installed as app.py installs it (the .ts compiled into a per-test cache)."""
    installed = language.install(qapp, "fil", cache=tmp_path / "translation-cache")
    assert installed, "the Filipino translation could not be compiled or loaded"
    yield
    language.remove(qapp, installed)


@pytest.fixture
def window(filipino: None, request: pytest.FixtureRequest) -> MainWindow:
    """test_keyboard's main window (signed in, a case open), built once Filipino is installed."""
    built: MainWindow = request.getfixturevalue("main_window")
    return built


def test_the_main_window_menus_are_in_filipino(window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles[:4] == ["&File", "I-&edit", "&Tingnan", "&Account"]
    assert titles[-1] == "T&ulong"
    file_menu = bar.actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[:2] == ["Bagong &case", "I-&save"]
    assert "&Umalis" in texts
    english = {"&New case", "&Save", "&Import cases…", "&Lock", "&Quit"}
    assert not english & set(texts)
    assert window.editor.tabs.tabText(0) == "&Kabuuan"


def test_no_alt_key_is_shared_in_the_filipino_main_window(qtbot: QtBot, window: MainWindow) -> None:
    problems = menu_clashes(window)
    tabs = window.editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += [f"{tabs.tabText(index)} tab: {c}" for c in clashes(window_mnemonics(window))]
    assert problems == []


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_alt_key_is_shared_in_a_filipino_dialog(
    qtbot: QtBot,
    filipino: None,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    name: str,
) -> None:
    dialog, _first, _default = DIALOGS[name](store, runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(window_mnemonics(dialog)) == []
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Umalis"  # still Filipino


def test_preferences_offer_each_language_for_the_next_start(qtbot: QtBot, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None and combo.accessibleName() == "Language"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "fil", "ceb"]
    assert combo.itemText(0).startswith("System default (")
    assert [combo.itemText(i) for i in range(1, 4)] == ["English", "Filipino", "Cebuano (Bisaya)"]
    assert combo.currentData() == ""  # the default follows the system
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None and "next time caseintake starts" in note.text()

    combo.setCurrentIndex(combo.findData("fil"))
    dialog.accept()
    assert language.chosen(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "fil"

    again = PreferencesDialog(settings=settings)
    qtbot.addWidget(again)
    again_combo = again.findChild(QComboBox, "languageCombo")
    assert again_combo.currentData() == "fil"
    again.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert again_combo.currentData() == ""
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit", "nothing changes before a restart"


def _note_row(**fields: str) -> Row:
    note = Note("general", datetime(2026, 2, 3, tzinfo=UTC), "text", author="sup", **fields)
    return Row(record=note, saved=note)


IMPORTED = {"stated_author": "Dr. %2 Cruz", "imported_by": "sup", "imported_at": "2026-03-01T02:00:00"}


def test_an_imported_note_names_its_authors_in_the_gui_language(filipino: None) -> None:
    assert (
        _byline(_note_row(**IMPORTED)) == "sinabing sumulat: Dr. %2 Cruz, in-import ni sup noong 2026-03-01"
    )
    assert _byline(_note_row(imported_by="sup")) == "in-import ni sup"
    assert _byline(_note_row()) == "sup"


def test_the_byline_reads_as_the_core_words_it_in_english() -> None:
    for fields in (IMPORTED, {"stated_author": "Dr. Cruz", "imported_by": "sup"}, {"imported_by": "sup"}):
        row = _note_row(**fields)
        assert _byline(row) == row.saved.byline
