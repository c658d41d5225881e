"""The small forms a supervisor fills in from the users dialog: add a user, recover access.

Both run their slow part (Argon2id key derivation) on the database thread and keep the dialog
open until the service has answered, so a refusal is read next to what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.codes import Role
from caseintake.domain.errors import InvalidInput
from caseintake.domain.validation import username as check_username
from caseintake.services import users
from caseintake.ui.admin.forms import (
    FormMessage,
    PassphraseStrength,
    new_passphrase_problem,
    passphrase_edit,
    role_label,
    wipe,
)
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.form_errors import FieldMarks, readable
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


class _AccountForm(QDialog):
    """OK/Cancel, a message line, and the busy/failed handling both forms share."""

    def __init__(self, state: AppState, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.state = state
        self.form = QFormLayout()
        self.message = FormMessage("formMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def _finish_layout(self, intro: str) -> None:
        text = QLabel(intro)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.ok_button)

    def submit(self) -> None:
        raise NotImplementedError

    def secrets(self) -> tuple[QLineEdit, ...]:
        return ()

    def reject(self) -> None:
        wipe(*self.secrets())
        super().reject()

    def _busy(self, text: str) -> None:
        self.ok_button.setEnabled(False)
        self.message.info(text)

    def _failed_with(self, text: str, *secrets: QLineEdit) -> None:
        wipe(*secrets)
        self.ok_button.setEnabled(True)
        self.message.error(text)
        if secrets:
            secrets[0].setFocus()

    def _failed(self, exc: Exception) -> None:
        """The service's refusal, read in the form's words; nothing typed is wiped."""
        self.ok_button.setEnabled(True)
        self.message.error(readable(exc) if isinstance(exc, InvalidInput) else failure_message(exc))


class AddUserDialog(_AccountForm):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent, self.tr("&Add user"))
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.added = ""
        self.marks = FieldMarks()
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("newUsername")
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setPlaceholderText(self.tr("e.g. mreyes"))
        self.username_edit.setMaxLength(32)
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("newFullName")
        self.full_name_edit.setAccessibleName(self.tr("Full name"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("newRole")
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role.value), role.value)
        self.passphrase = passphrase_edit("newPassphrase", new=True)
        self.repeat = passphrase_edit("repeatPassphrase")
        self.form.addRow(self.tr("&User name:"), self.username_edit)
        self.form.addRow(self.tr("&Full name:"), self.full_name_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.strength = PassphraseStrength(self.passphrase, lambda: self.username_edit.text().strip())
        self.username_edit.textChanged.connect(self.strength.update_verdict)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("R&epeat passphrase:"), self.repeat)
        self._finish_layout(
            self.tr(
                "The new user signs in with this user name and passphrase. Give the passphrase in "
                "person; they can change it later under Change my passphrase."
            )
        )
        self.username_edit.setFocus()

    def secrets(self) -> tuple[QLineEdit, ...]:
        return (self.passphrase, self.repeat)

    def problems(self, username: str) -> list[tuple[str, QLineEdit]]:
        """Everything the form can tell before the slow key derivation, all at once."""
        found: list[tuple[str, QLineEdit]] = []
        if not username:
            found.append((self.tr("Enter a user name."), self.username_edit))
        else:
            try:
                check_username(username)
            except InvalidInput as exc:
                found.append((readable(exc), self.username_edit))
        if not self.passphrase.text():
            found.append((self.tr("Choose a passphrase for the new user."), self.passphrase))
        else:
            problem = new_passphrase_problem(self.passphrase.text(), self.repeat.text(), username)
            if problem:
                mismatch = self.passphrase.text() != self.repeat.text()
                found.append((problem, self.repeat if mismatch else self.passphrase))
        return found

    def submit(self) -> None:
        username = self.username_edit.text().strip()
        self.marks.clear()
        problems = self.problems(username)
        if problems:
            # What was typed stays, passphrases too: the user corrects what is named.
            texts = [text for text, _ in problems]
            self.message.error(texts[0] if len(texts) == 1 else "\n".join(f"• {t}" for t in texts))
            for _, edit in problems:
                self.marks.mark(edit)
            problems[0][1].setFocus()
            return
        self._busy(self.tr("Adding the account…"))
        self.state.call(
            users.add_user,
            lambda _none: self._added(username),
            self._failed,
            username,
            self.role_combo.currentData(),
            self.passphrase.text(),
            display_name=self.full_name_edit.text().strip() or None,
        )

    def _added(self, username: str) -> None:
        self.marks.clear()
        wipe(self.passphrase, self.repeat)
        self.added = username
        self.accept()


class RecoverDialog(_AccountForm):
    """Set a new passphrase for someone who forgot theirs, with the database's recovery key."""

    def __init__(
        self, state: AppState, usernames: list[str], parent: QWidget | None = None, *, selected: str = ""
    ) -> None:
        super().__init__(state, parent, self.tr("&Set passphrase"))
        self.setObjectName("recoverDialog")
        self.setWindowTitle(self.tr("Reset a passphrase"))
        self.recovered = ""
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("recoverUser")
        self.user_combo.setAccessibleName(self.tr("User name"))
        self.user_combo.setEditable(True)
        self.user_combo.addItems(usernames)
        self.user_combo.setCurrentText(selected)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setAccessibleDescription(self.tr("From the printed recovery sheet"))
        self.key_edit.setPlaceholderText(self.tr("eight groups of four letters and digits"))
        self.passphrase = passphrase_edit("newPassphrase", new=True)
        self.repeat = passphrase_edit("repeatPassphrase")
        self.form.addRow(self.tr("&User name:"), self.user_combo)
        self.form.addRow(self.tr("Recovery &key:"), self.key_edit)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.form.addRow(self.tr("&New passphrase:"), self.passphrase)
        self.strength = PassphraseStrength(self.passphrase, lambda: self.user_combo.currentText().strip())
        self.user_combo.currentTextChanged.connect(self.strength.update_verdict)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("R&epeat passphrase:"), self.repeat)
        self._finish_layout(
            self.tr(
                "Use the recovery key printed when the database was created. The user's old "
                "passphrase stops working; nothing in the cases changes."
            )
        )
        self.key_edit.setFocus()

    def secrets(self) -> tuple[QLineEdit, ...]:
        return (self.passphrase, self.repeat, self.key_edit)

    def submit(self) -> None:
        username = self.user_combo.currentText().strip()
        key = self.key_edit.text().strip()
        if not username or not key:
            self.message.error(self.tr("Enter the user name and the recovery key."))
            return
        problem = new_passphrase_problem(self.passphrase.text(), self.repeat.text(), username)
        if problem:
            self._failed_with(problem, self.passphrase, self.repeat)
            return
        self._busy(self.tr("Checking the recovery key…"))
        path, new = self.state.db_path, self.passphrase.text()
        # users.recover opens its own connection with the recovery key; it still runs on the
        # database thread so it never races the signed-in session's writes.
        self.state.runner.run(
            lambda: users.recover(path, key, username, new),
            lambda _none: self._recovered(username),
            lambda exc: self._failed_with(
                readable(exc) if isinstance(exc, InvalidInput) else failure_message(exc),
                self.passphrase,
                self.repeat,
            ),
        )

    def _recovered(self, username: str) -> None:
        wipe(self.passphrase, self.repeat, self.key_edit)
        self.recovered = username
        self.accept()
