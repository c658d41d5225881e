"""Issue 16, item 4: the supervisors' tools in the GUI.

The "Keys and backups" menu (integrity check, restore from a backup, the recovery sheet), removing
demo cases, the users dialog's re-enable and change-role, the last active supervisor kept, and demo
databases: each works for a supervisor and is disabled (and refused) for the other roles.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseintake.domain.errors import AuthenticationFailed
from caseintake.services import maintenance, users
from caseintake.services.cases import list_cases
from caseintake.services.demo_database import is_demo_database
from caseintake.services.session import Session, create_session, open_session
from caseintake.ui.admin.account_changes import ChangeRoleDialog, EnableUserDialog
from caseintake.ui.admin.users import UsersDialog
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.maintenance import printing
from caseintake.ui.maintenance import recovery_sheet as sheet_module
from caseintake.ui.maintenance.check_dialog import IntegrityCheckDialog
from caseintake.ui.maintenance.recovery_sheet import RecoverySheetDialog
from caseintake.ui.maintenance.restore_dialog import RestoreDialog
from caseintake.ui.setup import SetupDialog
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case
from tests.gui.conftest import signed_in
from tests.gui.test_accessibility import walk
from tests.gui.test_keyboard import clashes, menu_clashes, window_mnemonics

NEW = "a fresh passphrase for this account"
Store = dict[str, Any]
NO_SESSION = types.SimpleNamespace(close=lambda: None)


class Answers:
    """Patched message boxes: every question answered Yes, every message kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.told: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "information", self._tell)
        monkeypatch.setattr(QMessageBox, "warning", self._tell)

    def _question(self, _parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return QMessageBox.StandardButton.Yes

    def _tell(self, _parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        self.told.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def open_window(
    qtbot: QtBot, runner: TaskRunner, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Session], MainWindow]]:
    """A main window signed in with the given session, which the window then owns and closes."""
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)

    def make(session: Session) -> MainWindow:
        win = MainWindow(
            AppState(db_path=session.db.path, runner=runner), settings, IdleLock(5, clock=lambda: 0.0)
        )
        qtbot.addWidget(win)
        win.show()
        win.signed_in(session)
        qtbot.waitUntil(lambda: runner.pending == 0)
        return win

    yield make


def hand_over(store: Store) -> Session:
    """The supervisor's session for a window; the others are closed (a key rotation replaces the
    file under them) and the fixture is left nothing to close twice."""
    sup = store["sup"]
    for name in ("worker", "other", "lawyer"):
        store[name].close()
    for name in ("sup", "worker", "other", "lawyer"):
        store[name] = NO_SESSION
    return sup


# -- the menu follows the role ------------------------------------------------------------------


@pytest.mark.parametrize("who", ["sup", "worker", "lawyer"])
def test_the_maintenance_menu_is_for_supervisors(
    qtbot: QtBot, store: Store, open_window: Callable[[Session], MainWindow], who: str
) -> None:
    session = open_session(store["path"], who, PASSPHRASES.get(who, SUPERVISOR_PASS))
    win = open_window(session)
    menu = win.maintenance
    supervisor = who == "sup"
    for action in (menu.check_action, menu.restore_action, menu.recovery_action):
        assert action.isEnabled() is supervisor, action.text()
    assert win.users_action.isEnabled() is supervisor
    assert win.counts_action.isEnabled() is supervisor  # a real database is counted
    # A real office's database: no demo data offered to anyone, and the title says nothing of it.
    assert not win.demo_action.isVisible() and not menu.remove_demo_action.isVisible()
    assert win.windowTitle() == "caseintake"
    assert menu_clashes(win) == []


def test_a_lawyer_reaching_a_tool_gets_the_refusal(
    qtbot: QtBot, store: Store, open_window: Callable[[Session], MainWindow], answers: Answers
) -> None:
    win = open_window(open_session(store["path"], "lawyer", PASSPHRASES["lawyer"]))
    win.maintenance.check_integrity()
    win.maintenance.restore_backup()
    win.maintenance.recovery_sheet()
    assert answers.told == [
        "A lawyer may not check and maintain the database.",
        "A lawyer may not restore a backup.",
        "A lawyer may not manage users and reset access.",
    ]
    assert win.maintenance.dialog is None


# -- check integrity --------------------------------------------------------------------------


def run_check(qtbot: QtBot, win: MainWindow) -> IntegrityCheckDialog:
    win.maintenance.check_action.trigger()
    dialog = win.maintenance.dialog
    assert isinstance(dialog, IntegrityCheckDialog)
    qtbot.waitUntil(lambda: dialog.report is not None or not dialog.running, timeout=20_000)
    return dialog


def test_the_integrity_check_reports_in_plain_words_and_saves_as_text(
    qtbot: QtBot,
    store: Store,
    open_window: Callable[[Session], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answers: Answers,
) -> None:
    import_cases(store["sup"], sample_case())
    win = open_window(open_session(store["path"], "sup", SUPERVISOR_PASS))
    dialog = run_check(qtbot, win)
    text = dialog.view.toPlainText()
    assert dialog.report is not None and dialog.report.ok
    assert "No problems found" in dialog.heading.text()
    for title in (
        "Encryption of every page",
        "Structure of the tables",
        "Search indexes",
        "Audit log",
        "Keys",
    ):
        assert any(line.startswith("  OK ") and title in line for line in text.splitlines()), title
    assert "Cases: 1" in text and "What to do next" in text and "Nothing needs doing" in text
    assert "Maria" not in text and "Bautista" not in text  # no case data in the report

    out = tmp_path / "reports" / "check.txt"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and "saved" in dialog.message.text())
    assert out.read_text(encoding="utf-8") == text

    printed: list[str] = []
    monkeypatch.setattr("caseintake.ui.maintenance.check_dialog.ask_printer", lambda *a, **k: QPrinter())
    monkeypatch.setattr(
        "caseintake.ui.maintenance.check_dialog.print_document",
        lambda _printer, document: printed.append(document.toPlainText()),
    )
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed == [text.rstrip("\n")] or printed == [text]
    assert clashes(window_mnemonics(dialog)) == [] and walk(dialog) == []
    screen = dialog.frameGeometry()
    assert screen.width() <= 1366 and screen.height() <= 768


def test_the_integrity_check_says_what_is_wrong_and_what_to_do(
    qtbot: QtBot, store: Store, open_window: Callable[[Session], MainWindow]
) -> None:
    session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    session.db.execute("UPDATE audit SET details = '{\"tampered\": 1}' WHERE seq = 3")
    win = open_window(session)
    dialog = run_check(qtbot, win)
    text = dialog.view.toPlainText()
    assert dialog.report is not None and not dialog.report.ok
    assert "problem" in dialog.heading.text() and "found" in dialog.heading.text()
    assert any(line.startswith("  PROBLEM ") and "Audit log" in line for line in text.splitlines())
    assert "audit event 3 was altered" in text
    assert "Keep the file as it is" in text and "Restore the most recent backup" in text


def test_cancelling_the_check_stops_it(qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    state = signed_in(store, runner, "sup")
    runner.run(lambda: None)  # the check waits behind this; cancel before it starts
    dialog = IntegrityCheckDialog(state)
    qtbot.addWidget(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert dialog.report is None


# -- restore ------------------------------------------------------------------------------------


def test_restore_from_a_backup_round_trip(
    qtbot: QtBot,
    store: Store,
    open_window: Callable[[Session], MainWindow],
    answers: Answers,
    tmp_path: Path,
) -> None:
    path = store["path"]
    (first,) = import_cases(store["sup"], sample_case())
    backup_file = tmp_path / "usb" / "office.cibackup"
    backup_file.parent.mkdir()
    maintenance.make_backup(store["sup"], backup_file)
    import_cases(store["sup"], sample_case(opened_on="2025-01-02"))  # a change after the backup
    win = open_window(hand_over(store))
    reopened: list[Session] = []
    win.on_locked = lambda: reopened.append(open_session(path, "sup", SUPERVISOR_PASS))

    win.maintenance.restore_action.trigger()
    dialog = win.maintenance.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.keyClicks(dialog.file_edit, str(backup_file))
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled() and bool(dialog.message.text()), timeout=20_000)
    assert "Wrong user name or passphrase" in dialog.message.text() and not dialog.restore_button.isEnabled()
    dialog.passphrase.setText(SUPERVISOR_PASS)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=20_000)
    assert "1 case, 4 staff accounts" in dialog.facts_label.text()
    assert "latest change" in dialog.facts_label.text()
    assert dialog.force_box.isVisible() and "older than the database" in dialog.message.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Tick the box" in dialog.message.text()  # not without saying so
    dialog.force_box.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Replace this database with the backup" in answers.asked[-1]
    with qtbot.waitSignal(win.maintenance.restored, timeout=30_000) as restored:
        pass
    qtbot.waitUntil(lambda: bool(reopened))
    kept = restored.args[0]
    assert kept is not None and (Path(kept) / "cases.db").exists()
    assert "The backup was restored" in answers.told[-1] and str(kept) in answers.told[-1]
    assert win.state.session is None and win.cases.model.rowCount() == 0  # locked while it ran
    session = reopened[0]
    assert [r.reference for r in list_cases(session)] == [first]
    assert maintenance.check(session).ok
    win.signed_in(session)  # the application signs in again on the restored database (and owns it)
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 1)


def test_a_failed_restore_changes_nothing_and_asks_to_sign_in_again(
    qtbot: QtBot, store: Store, open_window: Callable[[Session], MainWindow], answers: Answers, tmp_path: Path
) -> None:
    path = store["path"]
    import_cases(store["sup"], sample_case())
    backup_file = tmp_path / "office.cibackup"
    maintenance.make_backup(store["sup"], backup_file)
    win = open_window(hand_over(store))
    unlocked: list[bool] = []
    win.on_locked = lambda: unlocked.append(True)
    # The backup is damaged after it was checked: the restore itself refuses it.
    from caseintake.ui.maintenance.restore_dialog import RestoreRequest

    data = bytearray(backup_file.read_bytes())
    data[-40] ^= 0xFF
    backup_file.write_bytes(bytes(data))
    before = path.read_bytes()
    win.maintenance.start_restore(RestoreRequest(backup_file, SUPERVISOR_PASS, False))
    qtbot.waitUntil(lambda: bool(unlocked), timeout=20_000)
    assert "checksum does not match" in answers.told[-1] and "Sign in again" in answers.told[-1]
    assert not list(path.parent.glob("*.replaced-*"))
    session = open_session(path, "sup", SUPERVISOR_PASS)
    try:
        assert len(list_cases(session)) == 1 and path.read_bytes()[:4096] == before[:4096]
    finally:
        session.close()


# -- the recovery sheet ------------------------------------------------------------------------


def test_the_recovery_sheet_explains_and_makes_a_new_key(
    qtbot: QtBot,
    store: Store,
    open_window: Callable[[Session], MainWindow],
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, old_key = store["path"], store["recovery_key"]
    win = open_window(hand_over(store))
    win.maintenance.recovery_action.trigger()
    dialog = win.maintenance.dialog
    assert isinstance(dialog, RecoverySheetDialog)
    explain = dialog.findChild(QLabel, "recoveryExplain")
    assert explain is not None and "can only be printed when its key is made" in explain.text()
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    dialog.pages.setCurrentIndex(0)  # the walker turned the pages
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.replace_button.isEnabled, timeout=20_000)
    assert "Wrong user name or passphrase" in dialog.message.text() and dialog.pages.currentIndex() == 0
    qtbot.keyClicks(dialog.passphrase, SUPERVISOR_PASS)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    new_key = dialog.key_shown.text()
    assert new_key and new_key != old_key and dialog.passphrase.text() == ""

    printed: list[QTextDocument] = []
    monkeypatch.setattr(sheet_module, "ask_printer", lambda *a, **k: QPrinter())
    monkeypatch.setattr(sheet_module, "print_document", lambda _printer, document: printed.append(document))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    sheet = printed[0].toPlainText()
    assert new_key in sheet and "cases.db" in sheet and "caseintake recover --user NAME" in sheet
    assert "sent to the printer" in dialog.printed_note.text()
    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Escape: the key is shown once, so the page stays until it is kept
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    with pytest.raises(AuthenticationFailed):
        users.recover(path, old_key, "worker", "the old key opens nothing")
    users.recover(path, new_key, "worker", "the new recovery key works")


def test_the_recovery_sheet_prints_on_paper_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))

    def to_a_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(tmp_path / "sheet.pdf"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", to_a_file)
    assert printing.ask_printer(None, "Print", paper_only=True) is None
    assert "printed on paper only" in told[0]
    assert printing.ask_printer(None, "Print") is not None  # the integrity report may
    assert not (tmp_path / "sheet.pdf").exists()


# -- users: re-enable, change role, the last supervisor --------------------------------------------


def users_dialog(qtbot: QtBot, state: AppState, rows: int = 4) -> UsersDialog:
    dialog = UsersDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows)
    return dialog


def row_of(dialog: UsersDialog, username: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == username)


def test_a_disabled_user_is_re_enabled_from_the_users_dialog(
    qtbot: QtBot, store: Store, runner: TaskRunner
) -> None:
    path = store["path"]
    sup = hand_over(store)
    users.disable_user(sup, "other")
    state = AppState(db_path=path, runner=runner)
    state.sign_in(sup)
    dialog = users_dialog(qtbot, state)
    dialog.table.selectRow(row_of(dialog, "other"))
    assert dialog.enable_button.isEnabled()
    assert not dialog.disable_button.isEnabled() and not dialog.role_button.isEnabled()
    qtbot.mouseClick(dialog.enable_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, EnableUserDialog)
    assert walk(form) == [] and clashes(window_mnemonics(form)) == []
    qtbot.keyClicks(form.passphrase, NEW)
    qtbot.keyClicks(form.repeat, NEW + "x")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in form.message.text()
    form.repeat.setText(NEW)
    with qtbot.waitSignal(form.accepted, timeout=20_000):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, "other"), 3).text() == "Active")
    assert "other can sign in again" in dialog.message.text()
    assert not dialog.enable_button.isEnabled() and dialog.disable_button.isEnabled()
    open_session(path, "other", NEW).close()
    state.sign_out()
    qtbot.waitUntil(lambda: runner.pending == 0)


def test_a_role_is_changed_from_the_users_dialog(qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    state = signed_in(store, runner, "sup")
    dialog = users_dialog(qtbot, state)
    dialog.table.selectRow(row_of(dialog, "worker"))
    assert dialog.role_button.isEnabled() and not dialog.enable_button.isEnabled()
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, ChangeRoleDialog)
    assert [form.role_combo.itemData(i) for i in range(form.role_combo.count())] == ["lawyer", "supervisor"]
    assert walk(form) == [] and clashes(window_mnemonics(form)) == []
    form.role_combo.setCurrentIndex(form.role_combo.findData("lawyer"))
    with qtbot.waitSignal(form.accepted, timeout=10_000):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, "worker"), 2).text() == "Lawyer")
    assert "worker is now: Lawyer." in dialog.message.text()
    again = open_session(store["path"], "worker", PASSPHRASES["worker"])
    assert again.role == "lawyer"
    again.close()
    assert clashes(window_mnemonics(dialog)) == []


def test_the_last_active_supervisor_is_kept(qtbot: QtBot, store: Store, runner: TaskRunner) -> None:
    state = signed_in(store, runner, "sup")
    dialog = users_dialog(qtbot, state)
    dialog.table.selectRow(row_of(dialog, "sup"))
    last = "You are the last active supervisor; make another account a supervisor first."
    assert not dialog.disable_button.isEnabled() and not dialog.role_button.isEnabled()
    assert dialog.disable_button.toolTip() == last and dialog.role_button.toolTip() == last
    # Reached some other way, the form reads the service's one sentence.
    own = next(u for u in users.list_users(store["sup"]) if u.username == "sup")
    form = ChangeRoleDialog(state, own, dialog)
    qtbot.addWidget(form)
    assert form.user.username == "sup"
    form.role_combo.setCurrentIndex(form.role_combo.findData("lawyer"))
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.ok_button.isEnabled)
    assert (
        form.message.text() == "sup is the last active supervisor; make another account a supervisor first."
    )
    assert {u.username: u.role for u in users.list_users(store["sup"])}["sup"] == "supervisor"
    # With a second supervisor, the tooltip tells the other rule: never your own account.
    users.change_role(store["sup"], "lawyer", "supervisor")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, "lawyer"), 2).text() == "Supervisor")
    dialog.table.selectRow(row_of(dialog, "sup"))
    assert dialog.disable_button.toolTip() == "You cannot disable your own account."
    assert dialog.role_button.toolTip() == "You cannot change your own role."


def test_the_new_user_buttons_are_disabled_for_a_lawyer(
    qtbot: QtBot, store: Store, runner: TaskRunner
) -> None:
    dialog = UsersDialog(signed_in(store, runner, "lawyer"))
    qtbot.addWidget(dialog)
    assert not any(button.isEnabled() for button in dialog.buttons)
    assert dialog.message.text() == "A lawyer may not manage users and reset access."


# -- demo databases ----------------------------------------------------------------------------


@pytest.fixture
def demo_session(tmp_path: Path) -> Session:
    session, _ = create_session(tmp_path / "demo" / "cases.db", "sup", SUPERVISOR_PASS, demo=True)
    return session  # the window owns and closes it


def test_a_demo_database_says_so_and_takes_and_removes_demo_cases(
    qtbot: QtBot,
    demo_session: Session,
    open_window: Callable[[Session], MainWindow],
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = open_window(demo_session)
    qtbot.waitUntil(lambda: win.maintenance.demo)
    assert win.windowTitle() == "caseintake — DEMO DATABASE"
    assert win.demo_action.isVisible() and win.demo_action.isEnabled()
    assert win.maintenance.remove_demo_action.isVisible() and win.maintenance.remove_demo_action.isEnabled()
    assert win.counts_action.isEnabled()  # counts of synthetic cases: a training needs them
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (25, True))
    win.demo_action.trigger()
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 25, timeout=30_000)
    win.maintenance.remove_demo_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.asked))
    assert answers.asked[-1].startswith("Remove all 25 cases of this demo database?")
    qtbot.waitUntil(lambda: "Removed 25 demo cases" in win.statusBar().currentMessage(), timeout=20_000)
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 0)
    assert list_cases(demo_session) == []


def test_on_a_demo_database_only_a_supervisor_handles_demo_cases(
    qtbot: QtBot, demo_session: Session, open_window: Callable[[Session], MainWindow]
) -> None:
    users.add_user(demo_session, "lawyer", "lawyer", PASSPHRASES["lawyer"])
    path = demo_session.db.path
    demo_session.close()
    win = open_window(open_session(path, "lawyer", PASSPHRASES["lawyer"]))
    qtbot.waitUntil(lambda: win.maintenance.demo)
    assert win.windowTitle() == "caseintake — DEMO DATABASE"
    assert not win.demo_action.isVisible() and not win.maintenance.remove_demo_action.isVisible()
    assert not win.counts_action.isEnabled()


def test_the_setup_dialog_makes_a_demo_database_and_prints_the_sheet(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(sheet_module, "ask_printer", lambda *a, **k: QPrinter())
    monkeypatch.setattr(
        sheet_module, "print_document", lambda _p, document: printed.append(document.toPlainText())
    )
    dialog = SetupDialog(tmp_path / "new" / "cases.db", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.office_edit, "Training office")
    qtbot.keyClicks(dialog.user_edit, "ana")
    qtbot.keyClicks(dialog.pass_edit, NEW)
    qtbot.keyClicks(dialog.repeat_edit, NEW)
    dialog.demo_database_box.setChecked(True)
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    dialog.pages.setCurrentIndex(0)  # the walker turned the pages
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    assert dialog.demo_box.isVisible() and dialog.demo_box.isChecked()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.recovery_key in printed[0] and "Office: Training office" in printed[0]
    assert clashes(window_mnemonics(dialog)) == []
    assert dialog.session is not None and is_demo_database(dialog.session)
    dialog.session.close()


def test_a_real_database_offers_no_demo_data_at_setup(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    dialog = SetupDialog(tmp_path / "real" / "cases.db", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user_edit, "ana")
    qtbot.keyClicks(dialog.pass_edit, NEW)
    qtbot.keyClicks(dialog.repeat_edit, NEW)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    assert not dialog.demo_box.isVisible() and not dialog.demo_count.isVisible()
    assert dialog.session is not None and not is_demo_database(dialog.session)
    dialog.session.close()


# -- the keyboard --------------------------------------------------------------------------------


def _restore(state: AppState) -> tuple[QDialog, QLineEdit, QPushButton]:
    dialog = RestoreDialog(state)
    return dialog, dialog.passphrase, dialog.check_button


def _recovery(state: AppState) -> tuple[QDialog, QLineEdit, QPushButton]:
    dialog = RecoverySheetDialog(state)
    return dialog, dialog.passphrase, dialog.replace_button


def _enable(state: AppState) -> tuple[QDialog, QLineEdit, QPushButton]:
    user = next(u for u in users.list_users(state.session) if u.username == "worker")  # type: ignore[arg-type]
    dialog = EnableUserDialog(state, user)
    return dialog, dialog.repeat, dialog.ok_button


def _role(state: AppState) -> tuple[QDialog, QWidget, QPushButton]:
    user = next(u for u in users.list_users(state.session) if u.username == "worker")  # type: ignore[arg-type]
    dialog = ChangeRoleDialog(state, user)
    return dialog, dialog.role_combo, dialog.ok_button


@pytest.mark.parametrize(
    "build", [_restore, _recovery, _enable, _role], ids=["restore", "recovery", "enable", "role"]
)
def test_enter_presses_the_default_button_and_nothing_else(
    qtbot: QtBot, store: Store, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch, build: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    dialog, field, default = build(signed_in(store, runner, "sup"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pressed: list[bool] = []
    rejected: list[bool] = []
    default.clicked.connect(lambda: pressed.append(True))
    dialog.rejected.connect(lambda: rejected.append(True))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == [True] and not rejected
    for button in dialog.findChildren(QPushButton):
        if button is not default and button.isVisible():
            assert not button.autoDefault(), button.text()
    assert clashes(window_mnemonics(dialog)) == []
    qtbot.waitUntil(lambda: runner.pending == 0)
