"""Changing an existing account from the users dialog: open a disabled one again, change a role.

Like the forms of `account_forms`, each keeps the dialog open until the service has answered, so
a refusal (the last active supervisor, your own account) is read next to what was chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from caseintake.domain.codes import Role
from caseintake.services import users
from caseintake.services.users import UserInfo
from caseintake.ui.admin.account_forms import _AccountForm
from caseintake.ui.admin.forms import (
    PassphraseStrength,
    new_passphrase_problem,
    passphrase_edit,
    role_label,
    wipe,
)
from caseintake.ui.state import AppState


class EnableUserDialog(_AccountForm):
    """A disabled account opens again with a new passphrase: disabling removed its old one."""

    def __init__(self, state: AppState, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(state, parent, self.tr("&Re-enable"))
        self.setObjectName("enableUserDialog")
        self.setWindowTitle(self.tr("Re-enable a user"))
        self.user = user
        self.enabled_user = ""
        name = QLabel(f"<b>{user.username}</b> ({role_label(user.role)})")
        name.setObjectName("enableUserName")
        self.passphrase = passphrase_edit("newPassphrase", new=True)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat = passphrase_edit("repeatPassphrase")
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.form.addRow(self.tr("User:"), name)
        self.form.addRow(self.tr("&New passphrase:"), self.passphrase)
        self.strength = PassphraseStrength(self.passphrase, lambda: user.username)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("R&epeat passphrase:"), self.repeat)
        self._finish_layout(
            self.tr(
                "The account can sign in again with this new passphrase (its old one was removed when "
                "it was disabled). Its cases, notes and history are as they were. Give the passphrase "
                "in person."
            )
        )
        self.passphrase.setFocus()

    def secrets(self) -> tuple[QLineEdit, ...]:
        return (self.passphrase, self.repeat)

    def submit(self) -> None:
        problem = new_passphrase_problem(self.passphrase.text(), self.repeat.text(), self.user.username)
        if problem:
            self.message.error(problem)
            self.passphrase.setFocus()
            return
        self._busy(self.tr("Re-enabling the account…"))
        self.state.call(
            users.enable_user,
            lambda _none: self._enabled(),
            self._failed,
            self.user.username,
            self.passphrase.text(),
        )

    def _enabled(self) -> None:
        wipe(self.passphrase, self.repeat)
        self.enabled_user = self.user.username
        self.accept()


class ChangeRoleDialog(_AccountForm):
    """Social worker, lawyer or supervisor: what the account may do and which cases it may reveal."""

    def __init__(self, state: AppState, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(state, parent, self.tr("C&hange role"))
        self.setObjectName("changeRoleDialog")
        self.setWindowTitle(self.tr("Change a user's role"))
        self.user = user
        self.changed_to = ""
        name = QLabel(f"<b>{user.username}</b>")
        name.setObjectName("changeRoleUserName")
        current = QLabel(role_label(user.role))
        current.setObjectName("currentRole")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("newRoleCombo")
        self.role_combo.setAccessibleName(self.tr("New role"))
        for role in Role:
            if role.value != user.role:
                self.role_combo.addItem(role_label(role.value), role.value)
        self.form.addRow(self.tr("User:"), name)
        self.form.addRow(self.tr("Role now:"), current)
        self.form.addRow(self.tr("&New role:"), self.role_combo)
        self._finish_layout(
            self.tr(
                "Lawyers and supervisors may reveal the identities of every case; a social worker only "
                "those of the cases assigned to her or him. The change applies when the person next "
                "signs in. An office always keeps at least one active supervisor."
            )
        )
        self.role_combo.setFocus()

    def submit(self) -> None:
        role = str(self.role_combo.currentData())
        self._busy(self.tr("Changing the role…"))
        self.state.call(
            users.change_role, lambda _none: self._changed(role), self._failed, self.user.username, role
        )

    def _changed(self, role: str) -> None:
        self.changed_to = role
        self.accept()
