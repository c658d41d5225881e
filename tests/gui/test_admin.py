"""Accounts and preferences: users (supervisors only), my passphrase, recovery, settings, about."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import caseintake
from caseintake.domain.errors import WrongPassphrase
from caseintake.services import users
from caseintake.services.session import open_session
from caseintake.ui.admin import (
    AboutDialog,
    ChangePassphraseDialog,
    PreferencesDialog,
    UsersDialog,
    open_users_dialog,
)
from caseintake.ui.admin import settings as prefs
from caseintake.ui.admin.account_forms import AddUserDialog, RecoverDialog
from caseintake.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASES
from tests.gui.conftest import signed_in

NEW = "a brand new passphrase"


def users_dialog(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> UsersDialog:
    dialog = UsersDialog(signed_in(store, runner, "sup"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4)
    return dialog


def row_of(dialog: UsersDialog, username: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == username)


def test_users_dialog_adds_and_disables_a_user(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = users_dialog(qtbot, store, runner)
    assert dialog.table.item(row_of(dialog, "lawyer"), 2).text() == "Lawyer"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, AddUserDialog)
    qtbot.keyClicks(form.username_edit, "mreyes")
    qtbot.keyClicks(form.full_name_edit, "Mario Reyes")
    form.role_combo.setCurrentIndex(form.role_combo.findData("lawyer"))
    qtbot.keyClicks(form.passphrase, NEW)
    qtbot.keyClicks(form.repeat, NEW + "x")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in form.message.text()
    assert (form.passphrase.text(), form.repeat.text()) == (NEW, NEW + "x")  # kept, to correct
    assert form.username_edit.text() == "mreyes"
    qtbot.keyClick(form.repeat, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    assert "Added the account mreyes" in dialog.message.text()
    assert dialog.table.item(row_of(dialog, "mreyes"), 1).text() == "Mario Reyes"
    open_session(store["path"], "mreyes", NEW).close()

    dialog.table.selectRow(row_of(dialog, "sup"))
    assert not dialog.disable_button.isEnabled()  # never your own account
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    dialog.table.selectRow(row_of(dialog, "mreyes"))
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(row_of(dialog, "mreyes"), 3).text() == "Disabled")
    assert "mreyes" in asked[0] and "is disabled" in dialog.message.text()
    assert not dialog.disable_button.isEnabled()
    assert {u.username: u.active for u in users.list_users(store["sup"])}["mreyes"] is False


def test_adding_an_existing_name_keeps_the_form_and_the_passphrases(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = users_dialog(qtbot, store, runner)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, AddUserDialog)
    form.username_edit.setText("worker")
    form.full_name_edit.setText("Someone Else")
    form.passphrase.setText(NEW)
    form.repeat.setText(NEW)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in form.message.text())
    assert form.isVisible() and form.ok_button.isEnabled()
    assert (form.username_edit.text(), form.full_name_edit.text()) == ("worker", "Someone Else")
    assert form.passphrase.text() == form.repeat.text() == NEW


def test_a_lawyer_gets_the_refusal_not_the_dialog(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = signed_in(store, runner, "lawyer")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert open_users_dialog(state) is None
    assert warned == ["A lawyer may not manage users and reset access."]
    dialog = UsersDialog(state)  # reached some other way: refuses inside, loads nothing
    qtbot.addWidget(dialog)
    assert dialog.message.text() == warned[0] and dialog.table.rowCount() == 0
    assert not any(b.isEnabled() for b in (dialog.add_button, dialog.disable_button, dialog.recover_button))
    assert runner.pending == 0


def test_reset_a_passphrase_with_the_recovery_key(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = users_dialog(qtbot, store, runner)
    dialog.table.selectRow(row_of(dialog, "worker"))
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    form = dialog.child
    assert isinstance(form, RecoverDialog) and form.user_combo.currentText() == "worker"
    form.key_edit.setText(store["recovery_key"])
    form.passphrase.setText(NEW)
    form.repeat.setText(NEW)
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "worker can now sign in" in dialog.message.text())
    open_session(store["path"], "worker", NEW).close()
    with pytest.raises(WrongPassphrase):
        open_session(store["path"], "worker", PASSPHRASES["worker"])


def test_a_wrong_recovery_key_keeps_the_key_and_clears_the_passphrases(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    form = RecoverDialog(signed_in(store, runner, "sup"), ["worker"], selected="worker")
    qtbot.addWidget(form)
    form.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    form.passphrase.setText(NEW)
    form.repeat.setText(NEW)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ok_button.isEnabled() and bool(form.message.text()))
    assert "recovery key" in form.message.text().lower() or "passphrase" in form.message.text().lower()
    assert form.key_edit.text().startswith("AAAA") and form.passphrase.text() == ""


def test_change_passphrase_with_a_wrong_current_one(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = ChangePassphraseDialog(signed_in(store, runner, "worker"))
    qtbot.addWidget(dialog)
    dialog.current.setText("not my passphrase")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and bool(dialog.message.text()))
    assert "passphrase" in dialog.message.text().lower() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.current.text() == dialog.new.text() == dialog.repeat.text() == ""
    open_session(store["path"], "worker", PASSPHRASES["worker"]).close()  # unchanged

    dialog.current.setText(PASSPHRASES["worker"])
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 12 characters" in dialog.message.text() and runner.pending == 0

    dialog.current.setText(PASSPHRASES["worker"])
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    open_session(store["path"], "worker", NEW).close()


def test_preferences_keep_idle_minutes_in_qsettings(qtbot: QtBot, settings: QSettings) -> None:
    assert prefs.idle_lock_minutes(settings) == prefs.IDLE_LOCK_DEFAULT == 5
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 60)
    dialog.idle_minutes.setValue(12)
    with qtbot.waitSignal(dialog.idle_lock_minutes_changed) as changed:
        dialog.accept()
    assert changed.args == [12]
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert prefs.idle_lock_minutes(reread) == 12
    again = PreferencesDialog(settings=reread)
    qtbot.addWidget(again)
    assert again.idle_minutes.value() == 12
    for stored, read in (("abc", 5), ("500", 60), ("0", 1)):
        settings.setValue(prefs.IDLE_LOCK_KEY, stored)
        assert prefs.idle_lock_minutes(settings) == read
    with pytest.raises(ValueError):
        prefs.set_idle_lock_minutes(61, settings)


def test_about_shows_versions_and_the_data_folder(qtbot: QtBot, store: dict[str, Any]) -> None:
    dialog = AboutDialog(store["path"])
    qtbot.addWidget(dialog)
    texts = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("aboutVersion", "aboutSqlcipher", "aboutDataFolder")
    }
    assert texts["aboutVersion"] == caseintake.__version__
    assert texts["aboutSqlcipher"].startswith("4.")
    assert texts["aboutDataFolder"] == str(store["path"].parent)
