"""Every window and dialog fits a 1366x768 laptop at display scale 1, 1.5 and 2.

At scale 2 that laptop is a 683x384 screen to Qt. Each window is shown on such a screen and every
button and input it shows must be reachable: inside the screen's free area, or inside a scroll
area that scrolls to it. The scale and the screen are fixed when the application starts, so each
scale runs in a child pytest with the offscreen platform's own screen set to 1366x768
(`offscreen:configfile=`, see qtbase's qoffscreenintegration.cpp) and `QT_SCALE_FACTOR` set; the
tests marked `child_only` are the ones run there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseintake.services.cases import load_case
from caseintake.services.session import open_session
from caseintake.ui.screen_fit import FRAME_ALLOWANCE
from caseintake.ui.tasks import TaskRunner
from tests.conftest import SUPERVISOR_PASS, import_cases
from tests.gui.conftest import signed_in
from tests.unit.test_court_record import rich_case

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = (1366, 768)
SCALES = ("1", "1.5", "2")
#: Set in the child run: the scale it runs at.
SCALE = os.environ.get("CASEINTAKE_FIT_SCALE")
child_only = pytest.mark.skipif(SCALE is None, reason="runs in a child process, one per display scale")

#: What a user clicks or types into.
TARGETS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QCalendarWidget,
    QTabBar,
    QSlider,
)
#: Widgets whose inner parts (a combo box's line edit, a table's corner button, a line edit's
#: clear button) are reached through the widget itself.
COMPOUND = (
    QComboBox,
    QAbstractSpinBox,
    QCalendarWidget,
    QAbstractItemView,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
)
#: How much of a widget must show: all of a button or a line, a useful piece of a table.
ENOUGH = QSize(200, 60)


# -- the check ----------------------------------------------------------------------------------


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scroll_to(widget: QWidget) -> None:
    """Scroll every scroll area that holds `widget`, innermost first, until it shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            if content.isAncestorOf(widget):
                # The whole widget (`ensureWidgetVisible` shows only a line edit's cursor).
                centre = widget.mapTo(content, widget.rect().center())
                parent.ensureVisible(
                    centre.x(), centre.y(), widget.width() // 2 + 1, widget.height() // 2 + 1
                )
        parent = parent.parentWidget()


def _shown_part(widget: QWidget) -> QRect:
    """The part of `widget` its parents do not clip away, in screen coordinates."""
    seen = _global(widget)
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(_global(parent))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return seen


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__} {widget.objectName() or '-'} {text.replace('&', '')!r}"


def unreachable(window: QWidget) -> list[str]:
    """Each button or input shown in `window` that cannot be brought onto the screen, and the
    window itself if it reaches past the screen's free area."""
    area = window.screen().availableGeometry()
    problems = []
    # With room for a real title bar and borders (the offscreen platform draws next to none).
    room = area.marginsRemoved(FRAME_ALLOWANCE).size()
    size = window.size()
    if (
        not area.contains(window.frameGeometry())
        or size.width() > room.width()
        or size.height() > room.height()
    ):
        problems.append(
            f"the window {window.geometry().getRect()} leaves no room in the screen {area.getRect()}"
        )
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, TARGETS) or isinstance(widget, QScrollBar):
            continue
        if widget.window() is not window or not widget.isVisible() or _inside(widget, COMPOUND):
            continue
        _scroll_to(widget)
        seen = _shown_part(widget).intersected(area)
        need = widget.size().boundedTo(ENOUGH)
        if seen.width() < need.width() or seen.height() < need.height():
            problems.append(f"{_describe(widget)} at {_global(widget).getRect()}, showing {seen.getRect()}")
    return problems


def show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window


def test_the_check_finds_a_button_below_the_screen_and_not_one_it_can_scroll_to(qtbot: QtBot) -> None:
    tall = QDialog()
    area = tall.screen().availableGeometry()
    layout = QVBoxLayout(tall)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    inner.setMinimumHeight(area.height() * 2)
    reachable = QLineEdit(inner)
    reachable.setObjectName("scrolledTo")
    reachable.move(0, area.height() * 2 - 40)
    scroll.setWidget(inner)
    layout.addWidget(scroll)
    show(qtbot, tall)
    tall.setGeometry(area.x() + 10, area.y() + 40, 400, area.height() // 2)
    below = QPushButton("&Save", tall)  # under the window's bottom edge, cut off
    below.setObjectName("farButton")
    below.move(10, tall.height() + 20)
    below.show()
    qtbot.wait(20)
    found = unreachable(tall)
    assert any("farButton" in line for line in found), found
    assert not any("scrolledTo" in line for line in found), found
    assert not any("the window" in line for line in found), found
    tall.resize(400, area.height() + 100)  # taller than the screen: the window itself is named
    qtbot.wait(20)
    assert any("the window" in line for line in unreachable(tall))


# -- the windows --------------------------------------------------------------------------------


Store = dict[str, Any]
Build = Callable[[QtBot, Store, TaskRunner, Path], QWidget]


def _case(store: Store) -> str:
    return import_cases(store["sup"], rich_case())[0]


def _person(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.person_dialog import PersonDialog

    return PersonDialog(None, saved=False, identity=None, identity_locked=False)


def _referral(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.referrals import ReferralDialog

    return ReferralDialog(None, lambda: None)


def _evidence(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.evidence import EvidenceDialog

    return EvidenceDialog(None)


def _hearing(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.hearings import HearingDialog

    return HearingDialog(None, (), lambda: None)


def _note_versions(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.note_versions import NoteVersionsDialog

    case = load_case(store["sup"], _case(store))
    return NoteVersionsDialog(signed_in(store, runner, "sup"), case.notes[0].id)


def _summary_options(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.editor.summary_options import SummaryOptionsDialog

    case = load_case(store["lawyer"], _case(store))
    return SummaryOptionsDialog(case, case.hearings[0].id)


def _users(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.users import UsersDialog

    return UsersDialog(signed_in(store, runner, "sup"))


def _add_user(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.account_forms import AddUserDialog

    return AddUserDialog(signed_in(store, runner, "sup"))


def _recover(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.account_forms import RecoverDialog

    return RecoverDialog(signed_in(store, runner, "sup"), ["worker"], selected="worker")


def _passphrase(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.passphrase import ChangePassphraseDialog

    return ChangePassphraseDialog(signed_in(store, runner, "worker"))


def _preferences(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.preferences import PreferencesDialog

    return PreferencesDialog(settings=QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


def _counts(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.counts import CountsDialog

    _case(store)
    return CountsDialog(signed_in(store, runner, "sup"))


def _agenda(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.agenda import AgendaWindow

    _case(store)
    return AgendaWindow(signed_in(store, runner, "sup"), today=date(2026, 11, 28))


def _upcoming(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.agenda.upcoming import UpcomingDialog

    _case(store)
    return UpcomingDialog(signed_in(store, runner, "sup"), today=date(2026, 11, 28))


def _check(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.maintenance.check_dialog import IntegrityCheckDialog

    dialog = IntegrityCheckDialog(signed_in(store, runner, "sup"))
    qtbot.waitUntil(lambda: dialog.report is not None or not dialog.running, timeout=20_000)
    return dialog


def _restore(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.maintenance.restore_dialog import RestoreDialog

    return RestoreDialog(signed_in(store, runner, "sup"))


def _recovery_sheet(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.maintenance.recovery_sheet import RecoverySheetDialog

    return RecoverySheetDialog(signed_in(store, runner, "sup"))


def _preview(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    import hashlib
    import shutil

    from caseintake.ui.pdf_preview import PdfPreview

    copy = tmp_path / "hearing-summary.pdf"
    shutil.copyfile(ROOT / "docs" / "hearing-summary" / "sample-hearing-summary.pdf", copy)
    return PdfPreview(copy, hashlib.sha256(copy.read_bytes()).hexdigest(), title="Hearing summary")


def _about(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.about import AboutDialog

    return AboutDialog(store["path"])


def _licences(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.admin.licences import LicencesDialog

    return LicencesDialog()


def _unlock(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.unlock import UnlockDialog

    return UnlockDialog(store["path"], runner, username="worker")


def _setup(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.setup import SetupDialog

    return SetupDialog(tmp_path / "new" / "cases.db", runner)


def _missing(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.missing_database import DatabaseState, MissingDatabaseDialog

    return MissingDatabaseDialog(
        tmp_path / "gone" / "cases.db", DatabaseState.MISSING, runner, username="sup"
    )


def _change_role(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.services import users
    from caseintake.ui.admin.account_changes import ChangeRoleDialog

    worker = next(u for u in users.list_users(store["sup"]) if u.username == "worker")
    return ChangeRoleDialog(signed_in(store, runner, "sup"), worker)


def _shortcuts(qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path) -> QWidget:
    from caseintake.ui.shortcuts import ShortcutsDialog

    win = _main_window(
        qtbot, store, runner, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    )
    return ShortcutsDialog(win, win.editor.tabs, win)  # type: ignore[attr-defined]


WINDOWS: dict[str, Build] = {
    "unlock": _unlock,
    "setup": _setup,
    "missing database": _missing,
    "change role": _change_role,
    "person": _person,
    "referral": _referral,
    "evidence": _evidence,
    "hearing": _hearing,
    "note versions": _note_versions,
    "hearing summary options": _summary_options,
    "users": _users,
    "add user": _add_user,
    "recover access": _recover,
    "change passphrase": _passphrase,
    "preferences": _preferences,
    "counts": _counts,
    "agenda": _agenda,
    "upcoming hearings": _upcoming,
    "integrity check": _check,
    "restore": _restore,
    "recovery sheet": _recovery_sheet,
    "print preview": _preview,
    "about": _about,
    "licences": _licences,
    "keyboard shortcuts": _shortcuts,
}


@child_only
@pytest.mark.parametrize("name", list(WINDOWS))
def test_child_every_dialog_fits_the_screen(
    qtbot: QtBot, store: Store, runner: TaskRunner, tmp_path: Path, name: str
) -> None:
    window = show(qtbot, WINDOWS[name](qtbot, store, runner, tmp_path))
    qtbot.wait(200)  # a first load fills its tables and may grow it
    problems = unreachable(window)
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
            problems += [f"{tabs.tabText(index)} tab: {p}" for p in unreachable(window)]
    assert problems == [], f"at scale {SCALE}, {name}:\n" + "\n".join(dict.fromkeys(problems))


def _main_window(qtbot: QtBot, store: Store, runner: TaskRunner, settings: QSettings) -> QMainWindow:
    from caseintake.ui.idle_lock import IdleLock
    from caseintake.ui.main_window import MainWindow
    from caseintake.ui.state import AppState

    _case(store)
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5, clock=lambda: 0.0))
    win.show_upcoming = lambda: None  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.signed_in(open_session(store["path"], "sup", SUPERVISOR_PASS))  # the window closes it
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 1)
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.case is not None)
    qtbot.wait(50)
    return win


def _every_tab(qtbot: QtBot, win: QMainWindow) -> list[str]:
    tabs = win.editor.tabs  # type: ignore[attr-defined]
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        problems += [f"{tabs.tabText(index).replace('&', '')} tab: {p}" for p in unreachable(win)]
    return list(dict.fromkeys(problems))


@child_only
def test_child_the_main_window_and_every_editor_tab_fit_the_screen(
    qtbot: QtBot, store: Store, runner: TaskRunner, settings: QSettings
) -> None:
    win = _main_window(qtbot, store, runner, settings)
    problems = _every_tab(qtbot, win)
    assert problems == [], f"at scale {SCALE}:\n" + "\n".join(problems)


@child_only
def test_child_a_window_saved_on_a_larger_screen_opens_inside_this_one(
    qtbot: QtBot, store: Store, runner: TaskRunner, settings: QSettings
) -> None:
    """Saved at 1280x800 (a bigger screen, or before the scale went up), restored here."""
    big = QMainWindow()
    big.setGeometry(120, 90, 1280, 800)
    settings.setValue("main/geometry", big.saveGeometry())
    win = _main_window(qtbot, store, runner, settings)
    area = win.screen().availableGeometry()
    assert area.contains(win.frameGeometry()), f"{win.frameGeometry()} is not inside {area}"
    assert _every_tab(qtbot, win) == []


# -- one child run per scale --------------------------------------------------------------------


def _screen_config(folder: Path) -> Path:
    config = folder / "laptop-screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1]}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}), encoding="utf-8")
    return config


@pytest.mark.skipif(SCALE is not None, reason="the parent run, not a child")
@pytest.mark.parametrize("scale", SCALES)
def test_every_window_fits_a_1366x768_laptop_at_scale(tmp_path: Path, scale: str) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={_screen_config(tmp_path)}",
        QT_SCALE_FACTOR=scale,
        CASEINTAKE_FIT_SCALE=scale,
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            "--no-header",
            __file__,
            "-k",
            "child",
        ],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
