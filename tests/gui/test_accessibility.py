"""Screen readers: every input and every table of every window and dialog has an accessible name.

A label beside a field (its buddy) is not read out by every platform's accessibility bridge, so
each input carries its own `accessibleName`. A check box or radio button may instead carry its
own visible text, which Qt exposes as the button's name everywhere. The walker opens each window
it can build, brings every stacked page and tab to the front in turn, and lists what is unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseintake.services.cases import load_case
from caseintake.ui.admin.about import AboutDialog
from caseintake.ui.admin.users import UsersDialog
from caseintake.ui.agenda import AgendaWindow, show_upcoming
from caseintake.ui.colours import contrast_ratio
from caseintake.ui.counts import CountsDialog
from caseintake.ui.editor.hearings import HearingDialog
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.editor.referrals import ReferralDialog
from caseintake.ui.editor.summary_options import SummaryOptionsDialog
from caseintake.ui.main_window import MainWindow
from caseintake.ui.missing_database import DatabaseState, MissingDatabaseDialog
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.unlock import UnlockDialog
from tests.conftest import import_cases
from tests.gui.conftest import signed_in
from tests.gui.test_agenda import court_dates  # noqa: F401  (a fixture)
from tests.gui.test_editor import open_editor
from tests.gui.test_keyboard import DIALOGS, main_window  # noqa: F401  (main_window is a fixture)
from tests.unit.test_court_record import rich_case

#: What takes input or shows data, and so must be named for a screen reader.
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
    QAbstractItemView,
    QCalendarWidget,
)

#: Parts of a compound widget: the combo box's popup and line edit, the spin box's line edit,
#: the calendar's own grid and buttons. The compound widget itself carries the name.
COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget) -> bool:
    """On screen, or switched off inside a container that is (a date that appears on a tick)."""
    if widget.isVisible():
        return True
    parent = widget.parentWidget()
    return widget.isHidden() and parent is not None and parent.isVisible()


def _named(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    return isinstance(widget, QCheckBox | QRadioButton) and bool(widget.text().replace("&", "").strip())


def _describe(widget: QWidget, window: QWidget) -> str:
    where = window.objectName() or type(window).__name__
    return f"{where}: {type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def unnamed(window: QWidget) -> list[str]:
    """Each input or table shown in `window` (not in its pop-ups) that has no accessible name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView | QScrollBar):
            continue
        if widget.window() is not window or not _shown(widget) or _inside(widget, COMPOUND):
            continue
        if not _named(widget):
            missing.append(_describe(widget, window))
    return missing


def _bring_forward(page: QWidget) -> None:
    """Make every stacked page and tab that holds `page` the current one."""
    child, parent = page, page.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def walk(window: QWidget) -> list[str]:
    """`unnamed` over every page of every stacked widget and tab of the window."""
    found = dict.fromkeys(unnamed(window))
    for stack in window.findChildren(QStackedWidget):
        if stack.window() is not window or _inside(stack, COMPOUND):
            continue
        for index in range(stack.count()):
            _bring_forward(stack.widget(index))
            found.update(dict.fromkeys(unnamed(window)))
    return list(found)


def show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the walker itself --------------------------------------------------------------------------


def test_the_walker_finds_an_unnamed_input_and_only_that(qtbot: QtBot) -> None:
    window = QDialog()
    window.setObjectName("trial")
    layout = QVBoxLayout(window)
    bare = QLineEdit()
    bare.setObjectName("bare")
    named = QLineEdit()
    named.setAccessibleName("Office name")
    picker = QComboBox()
    picker.setEditable(True)  # its own line edit is a part, not a second input
    picker.setAccessibleName("Country")
    spin = QSpinBox()
    spin.setAccessibleName("Minutes")
    labelled = QCheckBox("&Remember")
    blank = QCheckBox()
    blank.setObjectName("blank")
    table = QTableView()
    tabs = QTabWidget()
    hidden_page = QWidget()
    QVBoxLayout(hidden_page).addWidget(hidden := QPlainTextEdit())
    hidden.setObjectName("onTheSecondTab")
    tabs.addTab(QLabel("first"), "First")
    tabs.addTab(hidden_page, "Second")
    for widget in (QLabel("Office"), bare, named, picker, spin, labelled, blank, table, tabs):
        layout.addWidget(widget)
    show(qtbot, window)
    assert unnamed(window) == [
        "trial: QLineEdit bare",
        "trial: QCheckBox blank",
        "trial: QTableView (no objectName)",
    ]
    assert walk(window)[-1] == "trial: QPlainTextEdit onTheSecondTab"


# -- every window -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_input_of_a_dialog_is_named(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, settings: QSettings, name: str
) -> None:
    dialog, _first, _default = DIALOGS[name](store, runner, settings)
    assert walk(show(qtbot, dialog)) == []


def _users(store: dict[str, Any], runner: TaskRunner, _t: Path) -> QWidget:
    return UsersDialog(signed_in(store, runner, "sup"))


def _about(store: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    return AboutDialog(store["path"])


def _agenda(store: dict[str, Any], runner: TaskRunner, _t: Path) -> QWidget:
    return AgendaWindow(signed_in(store, runner, "sup"), today=date(2026, 11, 28))


def _person(_s: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    return PersonDialog(None, saved=False, identity=None, identity_locked=False)


def _referral(_s: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    return ReferralDialog(None, lambda: None)


def _hearing(_s: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    return HearingDialog(None, (), lambda: None)


def _summary(store: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    case = load_case(store["lawyer"], import_cases(store["sup"], rich_case())[0])
    return SummaryOptionsDialog(case, case.hearings[0].id)


def _missing(_s: dict[str, Any], runner: TaskRunner, tmp_path: Path) -> QWidget:
    return MissingDatabaseDialog(
        tmp_path / "gone" / "cases.db", DatabaseState.MISSING, runner, username="sup"
    )


def _licences(_s: dict[str, Any], _r: TaskRunner, _t: Path) -> QWidget:
    from caseintake.ui.admin.licences import LicencesDialog  # Help → About → Licences…

    return LicencesDialog()


WINDOWS: dict[str, Callable[[dict[str, Any], TaskRunner, Path], QWidget]] = {
    "users": _users,
    "about": _about,
    "agenda": _agenda,
    "person": _person,
    "referral": _referral,
    "hearing": _hearing,
    "hearing summary": _summary,
    "missing database": _missing,
    "licences": _licences,
}


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_input_of_a_window_is_named(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, tmp_path: Path, name: str
) -> None:
    window = show(qtbot, WINDOWS[name](store, runner, tmp_path))
    qtbot.wait(50)  # let a first load fill its tables
    assert walk(window) == []


def test_the_counts_dialog_is_named(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    dialog = CountsDialog(signed_in(store, runner, "sup"))
    with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
        show(qtbot, dialog)
    assert walk(dialog) == []


def test_the_upcoming_hearings_are_named(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    court_dates: list[str],  # noqa: F811
) -> None:
    dialog = show_upcoming(signed_in(store, runner, "sup"), None, today=date(2026, 11, 28))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        pass
    qtbot.waitExposed(dialog)
    assert walk(dialog) == []


def test_the_main_window_and_every_editor_tab_are_named(
    qtbot: QtBot,
    main_window: MainWindow,  # noqa: F811
) -> None:
    assert walk(main_window) == []


def test_the_court_tab_and_its_cell_choices_are_named(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    reference = import_cases(store["sup"], rich_case())[0]
    editor = open_editor(qtbot, store, runner, "lawyer", reference)
    editor.tabs.setCurrentWidget(editor.tabs.court)
    assert editor.tabs.court.tables["charges"].rowCount() > 0
    assert walk(editor) == []


def test_the_unnamed_tables_of_the_issue_are_named(
    qtbot: QtBot,
    main_window: MainWindow,  # noqa: F811
) -> None:
    """The ones a screen-reader user reported: the search, the summary and note editors, the
    eight tables. Named in words, not left to an object name."""
    names = {
        w.objectName(): w.accessibleName()
        for w in main_window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit | QAbstractItemView) and w.objectName()
    }
    wanted = ["caseSearch", "summaryEdit", "noteEdit", "caseTable", "peopleTabTable", "referralsTabTable"]
    wanted += ["notesTable", "hearingsTabTable", "evidenceTabTable", "historyTable"]
    for name in wanted:
        assert names.get(name, "").strip(), f"{name} has no accessible name"
        assert not re.search(r"[&:]$|&", names[name]), f"{name}: {names[name]!r} keeps a mnemonic or colon"


# -- error colour in a dark palette -------------------------------------------------------------


def _dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _text_colour(label: QLabel) -> QColor:
    found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    assert found, f"no colour in {label.styleSheet()!r}"
    return QColor(found.group(1))


@pytest.fixture
def dark_desktop() -> Iterator[QPalette]:
    """The system's palette is a dark one (as on a desktop in dark mode), for this test only."""
    before = QPalette(QApplication.palette())
    dark = _dark_palette()
    QApplication.setPalette(dark)
    yield dark
    QApplication.setPalette(before)


def test_an_unlock_message_reads_at_aa_contrast_on_a_dark_desktop(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, dark_desktop: QPalette
) -> None:
    dialog = UnlockDialog(store["path"], runner, username="worker")
    show(qtbot, dialog)
    dialog.unlock_button.click()  # no passphrase typed: the dialog says so in its message line
    assert dialog.message.text()
    background = dark_desktop.color(QPalette.ColorRole.Window)
    assert contrast_ratio(_text_colour(dialog.message), background) >= 4.5


def test_a_dialog_error_reads_at_aa_contrast_on_a_dark_desktop(qtbot: QtBot, dark_desktop: QPalette) -> None:
    dialog = show(qtbot, ReferralDialog(None, lambda: None))
    dialog.ok_button.click()  # no agency: refused with a sentence
    assert dialog.error.isVisible() and dialog.error.text()
    background = dark_desktop.color(QPalette.ColorRole.Window)
    assert contrast_ratio(_text_colour(dialog.error), background) >= 4.5


def test_no_error_text_colour_is_hard_coded() -> None:
    """Text colours come from `ui/colours.py`, which measures them against the palette."""
    root = Path(__file__).resolve().parents[2] / "caseintake" / "ui"
    found = []
    for path in root.rglob("*.py"):
        if path.name == "colours.py":
            continue
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![-\w])color:\s*#[0-9a-fA-F]{3,8}", text):
                found.append(f"{path.relative_to(root)}:{number}")
    assert found == []
