"""Keyboard use: Enter accepts (never cancels), no two widgets share an Alt mnemonic, Escape
closes the agenda window, and the upcoming-hearings table stays above its buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseintake.ui.admin.account_forms import AddUserDialog, RecoverDialog
from caseintake.ui.admin.passphrase import ChangePassphraseDialog
from caseintake.ui.admin.preferences import PreferencesDialog
from caseintake.ui.admin.users import UsersDialog
from caseintake.ui.agenda import AgendaWindow, show_upcoming
from caseintake.ui.editor.evidence import EvidenceDialog
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.setup import SetupDialog
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASES, import_cases, sample_case
from tests.gui.conftest import signed_in
from tests.gui.test_agenda import court_dates  # noqa: F401  (a fixture)

NEW = "a brand new passphrase"


def rejections(dialog: QDialog) -> list[bool]:
    seen: list[bool] = []
    dialog.rejected.connect(lambda: seen.append(True))
    return seen


def press_enter(qtbot: QtBot, edit: QLineEdit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- Enter accepts ------------------------------------------------------------------------------


def test_enter_after_the_passphrase_unlocks(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    dialog = UnlockDialog(store["path"], runner)
    qtbot.addWidget(dialog)
    dialog.show()
    rejected = rejections(dialog)
    qtbot.keyClicks(dialog.user_edit, "worker")
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASES["worker"])
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        press_enter(qtbot, dialog.passphrase_edit)
    assert not rejected
    assert dialog.session is not None and dialog.session.username == "worker"
    dialog.session.close()


def test_enter_creates_the_database_then_starts(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> None:
    dialog = SetupDialog(tmp_path / "new" / "cases.db", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    rejected = rejections(dialog)
    qtbot.keyClicks(dialog.office_edit, "Cebu office")
    press_enter(qtbot, dialog.office_edit)  # incomplete form: the create handler answers, no quit
    assert not rejected and dialog.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.user_edit, "ana")
    qtbot.keyClicks(dialog.pass_edit, NEW)
    qtbot.keyClicks(dialog.repeat_edit, NEW)
    press_enter(qtbot, dialog.repeat_edit)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert not rejected and dialog.session is not None
    dialog.session.close()


def test_enter_adds_the_user(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    dialog = AddUserDialog(signed_in(store, runner, "sup"))
    qtbot.addWidget(dialog)
    dialog.show()
    rejected = rejections(dialog)
    qtbot.keyClicks(dialog.username_edit, "mreyes")
    qtbot.keyClicks(dialog.passphrase, NEW)
    qtbot.keyClicks(dialog.repeat, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        press_enter(qtbot, dialog.repeat)
    assert not rejected and dialog.added == "mreyes"


Build = Callable[[dict[str, Any], TaskRunner, QSettings], tuple[QDialog, QLineEdit | None, QPushButton]]


def _recover(store: dict[str, Any], runner: TaskRunner, _s: QSettings) -> Any:
    d = RecoverDialog(signed_in(store, runner, "sup"), ["worker"], selected="worker")
    return d, d.key_edit, d.ok_button


def _change(store: dict[str, Any], runner: TaskRunner, _s: QSettings) -> Any:
    d = ChangePassphraseDialog(signed_in(store, runner, "worker"))
    return d, d.current, d.ok_button


def _preferences(_store: dict[str, Any], _r: TaskRunner, settings: QSettings) -> Any:
    d = PreferencesDialog(settings=settings)
    return d, None, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _evidence(_store: dict[str, Any], _r: TaskRunner, _s: QSettings) -> Any:
    d = EvidenceDialog(None)
    return d, d.description, d.ok_button


def _unlock(store: dict[str, Any], runner: TaskRunner, _s: QSettings) -> Any:
    d = UnlockDialog(store["path"], runner, username="worker")
    return d, d.passphrase_edit, d.unlock_button


def _setup(_store: dict[str, Any], runner: TaskRunner, settings: QSettings) -> Any:
    d = SetupDialog(Path(settings.fileName()).parent / "other.db", runner)
    return d, d.office_edit, d.create_button


def _add_user(store: dict[str, Any], runner: TaskRunner, _s: QSettings) -> Any:
    d = AddUserDialog(signed_in(store, runner, "sup"))
    return d, d.username_edit, d.ok_button


DIALOGS: dict[str, Build] = {
    "unlock": _unlock,
    "setup": _setup,
    "add user": _add_user,
    "recover": _recover,
    "change passphrase": _change,
    "preferences": _preferences,
    "evidence": _evidence,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_presses_the_default_button_never_cancel(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, settings: QSettings, name: str
) -> None:
    dialog, first, default = DIALOGS[name](store, runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected = rejections(dialog)
    pressed: list[bool] = []
    default.clicked.connect(lambda: pressed.append(True))
    target: QWidget = dialog
    if first is not None:
        qtbot.keyClicks(first, "x")
        target = first
    else:
        target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert pressed, f"Enter did not press {default.text()!r} in the {name} dialog"
    assert not rejected, f"Enter cancelled the {name} dialog"
    # Tabbing onto a non-default button does not make Enter cancel either.
    for button in dialog.findChildren(QPushButton):
        if button is not default and button.isVisible():
            assert not button.autoDefault(), f"{button.text()!r} can become the default"


# -- mnemonics ----------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt shortcut live in the window: visible widgets, tabs, menu titles."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, text))

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                add(action.text())
    return found


def clashes(found: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in found:
        by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{k.upper()}: {v}" for k, v in sorted(by_letter.items()) if len(v) > 1]


def menu_clashes(window: QWidget) -> list[str]:
    problems = []
    for menu in window.findChildren(QMenu):
        found = [(m, a.text()) for a in menu.actions() if (m := mnemonic(a.text())) and a.isVisible()]
        problems += [f"{menu.title()}: {c}" for c in clashes(found)]
    return problems


def test_mnemonic_finder_sees_a_clash(qtbot: QtBot) -> None:
    window = QDialog()
    qtbot.addWidget(window)
    edit = QLineEdit(window)
    label = QLabel("&User name", window)
    label.setBuddy(edit)
    QPushButton("&Unlock", window)
    QPushButton("Tom && &Jerry", window)
    window.show()
    assert clashes(window_mnemonics(window)) == ["Alt+U: ['&User name', '&Unlock']"]


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_two_widgets_of_a_dialog_share_a_mnemonic(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, settings: QSettings, name: str
) -> None:
    dialog, _first, _default = DIALOGS[name](store, runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(window_mnemonics(dialog)) == []


def test_no_two_widgets_of_the_users_dialog_share_a_mnemonic(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = UsersDialog(signed_in(store, runner, "sup"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(window_mnemonics(dialog)) == []


@pytest.fixture
def main_window(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    import_cases(store["sup"], sample_case())
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5, clock=lambda: 0.0))
    qtbot.addWidget(win)
    win.show()
    win.signed_in(store["worker"])
    store["worker"] = store["other"]  # the window owns (and closes) the worker's session now
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 1)
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None)
    yield win


def test_no_two_widgets_of_the_main_window_share_a_mnemonic(qtbot: QtBot, main_window: MainWindow) -> None:
    problems = menu_clashes(main_window)
    for tabs in main_window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += [f"{tabs.tabText(index)} tab: {c}" for c in clashes(window_mnemonics(main_window))]
    assert problems == []


# -- the agenda ---------------------------------------------------------------------------------


def test_escape_closes_the_agenda_window(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    window = AgendaWindow(signed_in(store, runner, "sup"), today=date(2026, 11, 28))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed):
        window.show()
    assert clashes(window_mnemonics(window)) == []
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_agenda_opens_whole_on_the_screen(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    window = AgendaWindow(signed_in(store, runner, "sup"), today=date(2026, 11, 28))
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    with qtbot.waitSignal(window.refreshed):
        window.show()
    geometry = window.frameGeometry()
    assert area.contains(geometry), f"{geometry} is not inside {area}"
    assert geometry.width() >= min(area.width() * 0.6, 900)
    assert geometry.height() >= min(area.height() * 0.6, 500)


@pytest.mark.parametrize("size", [(400, 150), (780, 320), (1200, 900)])
def test_the_upcoming_table_stays_above_its_buttons(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    court_dates: list[str],  # noqa: F811
    size: tuple[int, int],
) -> None:
    dialog = show_upcoming(signed_in(store, runner, "sup"), None, today=date(2026, 11, 28))
    with qtbot.waitSignal(dialog.loaded):
        pass
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    for wanted in (None, size):
        if wanted is not None:
            dialog.resize(*wanted)
        qtbot.wait(10)
        table = dialog.table.geometry()
        assert table.bottom() < buttons.geometry().top(), f"table {table} runs under {buttons.geometry()}"
        assert dialog.heading.geometry().bottom() < table.top()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
