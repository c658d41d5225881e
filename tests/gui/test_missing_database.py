"""A database used on this computer before and now missing is reported, never replaced by the
first-run Welcome; only a computer that never had a database gets the Welcome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from caseintake.app import Controller
from caseintake.services.maintenance import make_backup
from caseintake.services.session import create_session, open_session
from caseintake.ui.missing_database import (
    LAST_DATABASE,
    Choice,
    DatabaseState,
    MissingDatabaseDialog,
    database_state,
)
from caseintake.ui.tasks import TaskRunner
from tests.conftest import SUPERVISOR_PASS


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which start-up dialog the controller opened; each is closed at once (the user quits)."""
    opened: list[str] = []

    def closing(self: QDialog) -> int:
        opened.append(self.objectName())
        return int(QDialog.DialogCode.Rejected)

    for name in ("setup.SetupDialog", "missing_database.MissingDatabaseDialog", "unlock.UnlockDialog"):
        monkeypatch.setattr(f"caseintake.ui.{name}.exec", closing)
    monkeypatch.setattr("caseintake.app.QApplication.quit", lambda self: None)
    return opened


@pytest.fixture
def controller(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Controller]:
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    made = Controller(db_path, None, settings)
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


def make_database(path: Path) -> Path:
    """A database with one supervisor, and a backup of it beside; both closed again."""
    session, _key = create_session(path, "sup", SUPERVISOR_PASS)
    backup = path.parent.parent / f"backup-{path.parent.name}.cibak"
    make_backup(session, backup)
    session.close()
    return backup


def remove(path: Path, *suffixes: str) -> None:
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_fresh_computer_gets_the_welcome(controller: Controller, shown: list[str]) -> None:
    assert controller.start() is False
    assert shown == ["setupDialog"]


@pytest.mark.parametrize("remembered", [LAST_DATABASE, "unlock/last_user"])
def test_a_database_used_before_and_now_missing_is_reported(
    controller: Controller, shown: list[str], settings: QSettings, db_path: Path, remembered: str
) -> None:
    settings.setValue(remembered, str(db_path) if remembered == LAST_DATABASE else "sup")
    assert database_state(db_path, settings) is DatabaseState.MISSING
    assert controller.start() is False
    assert shown == ["missingDatabaseDialog"]


@pytest.mark.parametrize(
    ("removed", "state", "words"),
    [
        ("", DatabaseState.KEYS_ONLY, "database file is missing"),
        (".keys", DatabaseState.DATABASE_ONLY, "key file of the case database is missing"),
    ],
)
def test_half_a_database_is_reported_even_on_a_fresh_computer(
    qtbot: QtBot,
    controller: Controller,
    shown: list[str],
    settings: QSettings,
    db_path: Path,
    runner: TaskRunner,
    removed: str,
    state: DatabaseState,
    words: str,
) -> None:
    make_database(db_path)
    remove(db_path, removed, "-wal", "-shm")
    assert database_state(db_path, settings) is state
    assert controller.start() is False
    assert shown == ["missingDatabaseDialog"]
    dialog = MissingDatabaseDialog(db_path, state, runner)
    qtbot.addWidget(dialog)
    assert words in dialog.sentence()
    assert dialog.create_button.isHidden(), "a new database must never overwrite the files left"


def test_signing_in_remembers_the_database(
    controller: Controller, settings: QSettings, db_path: Path
) -> None:
    make_database(db_path)
    controller._enter(open_session(db_path, "sup", SUPERVISOR_PASS))
    assert settings.value(LAST_DATABASE) == str(db_path.resolve())
    controller.state.sign_out()
    controller.runner.shutdown()  # the session is closed before its files go
    remove(db_path, "", ".keys", "-wal", "-shm")
    assert database_state(db_path, settings) is DatabaseState.MISSING


def test_a_new_database_only_after_confirming(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = MissingDatabaseDialog(db_path, DatabaseState.MISSING, runner)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.create_button.click()
    assert dialog.choice is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "new, empty database" in asked[0] and str(db_path) in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    dialog.create_button.click()
    assert dialog.choice is Choice.CREATE
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_creating_after_confirming_leads_to_the_first_run(
    controller: Controller,
    shown: list[str],
    settings: QSettings,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.setValue(LAST_DATABASE, str(db_path))

    def confirmed(self: MissingDatabaseDialog) -> int:
        shown.append(self.objectName())
        self.choice = Choice.CREATE
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(MissingDatabaseDialog, "exec", confirmed)
    controller.start()
    assert shown == ["missingDatabaseDialog", "setupDialog"]


def test_choosing_another_file_unlocks_that_file(
    controller: Controller,
    shown: list[str],
    settings: QSettings,
    tmp_path: Path,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "moved" / "cases.db"
    make_database(other)
    settings.setValue(LAST_DATABASE, str(db_path))
    monkeypatch.setattr(
        "caseintake.ui.missing_database.QFileDialog.getOpenFileName", lambda *a, **k: (str(other), "")
    )

    def choose(self: MissingDatabaseDialog) -> int:
        shown.append(self.objectName())
        self.choose_button.click()
        return int(self.result())

    monkeypatch.setattr(MissingDatabaseDialog, "exec", choose)
    controller.start()
    assert shown == ["missingDatabaseDialog", "unlockDialog"]
    assert controller.state.db_path == other


@pytest.mark.parametrize("left", ["nothing", "the key file"])
def test_restore_from_a_backup_puts_the_database_back(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, left: str
) -> None:
    backup = make_database(db_path)
    remove(db_path, "", "-wal", "-shm")
    state = DatabaseState.KEYS_ONLY
    if left == "nothing":
        remove(db_path, ".keys")
        state = DatabaseState.MISSING
    dialog = MissingDatabaseDialog(db_path, state, runner, username="sup")
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.backup_edit.setText(str(backup))
    dialog.passphrase_edit.setText(SUPERVISOR_PASS)
    if left != "nothing":  # files left there are set aside only when the user says so
        dialog.run_restore_button.click()
        assert "Tick the box" in dialog.restore_message.text()
        assert not db_path.exists()
        dialog.replace_box.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.run_restore_button.click()
    assert dialog.choice is Choice.OPEN and dialog.db_path == db_path
    open_session(db_path, "sup", SUPERVISOR_PASS).close()


def test_a_wrong_passphrase_restores_nothing(qtbot: QtBot, db_path: Path, runner: TaskRunner) -> None:
    backup = make_database(db_path)
    remove(db_path, "", ".keys", "-wal", "-shm")
    dialog = MissingDatabaseDialog(db_path, DatabaseState.MISSING, runner, username="sup")
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    dialog.backup_edit.setText(str(backup))
    dialog.passphrase_edit.setText("not the passphrase at all")
    dialog.run_restore_button.click()
    qtbot.waitUntil(dialog.run_restore_button.isEnabled, timeout=30_000)
    assert dialog.restore_message.text()
    assert dialog.choice is None
    assert not db_path.exists()


def test_enter_presses_the_button_of_the_page_shown(qtbot: QtBot, db_path: Path, runner: TaskRunner) -> None:
    """Found walking the guide: on the restore page Enter did nothing."""
    make_database(db_path)
    remove(db_path, "", ".keys", "-wal", "-shm")
    dialog = MissingDatabaseDialog(db_path, DatabaseState.MISSING, runner, username="sup")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.restore_button.isDefault() and not dialog.run_restore_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1  # the first page's default: restore from a backup
    assert dialog.run_restore_button.isDefault() and not dialog.restore_button.isDefault()
    dialog.passphrase_edit.setFocus()
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.restore_message.text() == "Choose the backup file to restore."
