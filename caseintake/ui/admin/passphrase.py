"""Change my passphrase: for everyone, re-checking the current one first.

The service verifies the current passphrase so that someone at an unlocked, unattended laptop
cannot lock its owner out; this dialog only collects the three fields and shows the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from caseintake.services import users
from caseintake.ui.admin.forms import (
    FormMessage,
    PassphraseStrength,
    new_passphrase_problem,
    passphrase_edit,
    wipe,
)
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.state = state
        intro = QLabel(
            self.tr(
                "Changing your passphrase takes effect at once, on this computer. The cases and "
                "other users' passphrases are not affected."
            )
        )
        intro.setWordWrap(True)
        self.current = passphrase_edit("currentPassphrase")
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = passphrase_edit("newPassphrase", new=True)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat = passphrase_edit("repeatPassphrase")
        self.repeat.setAccessibleName(self.tr("Repeat new passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Signed in as:"), QLabel(state.username))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        self.strength = PassphraseStrength(self.new, lambda: state.username)
        form.addRow("", self.strength)
        form.addRow(self.tr("R&epeat new passphrase:"), self.repeat)
        self.message = FormMessage("passphraseMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("C&hange"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("changePassphraseButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.ok_button)
        self.setMinimumWidth(460)
        self.current.setFocus()

    def submit(self) -> None:
        if not self.current.text():
            self.message.error(self.tr("Enter your current passphrase."))
            self.current.setFocus()
            return
        problem = new_passphrase_problem(self.new.text(), self.repeat.text(), self.state.username)
        if problem:
            self._failed(problem)
            return
        self.ok_button.setEnabled(False)
        self.message.info(self.tr("Changing the passphrase…"))
        self.state.call(
            users.change_passphrase,
            self._done,
            lambda exc: self._failed(failure_message(exc)),
            self.current.text(),
            self.new.text(),
        )

    def _done(self, _result: object) -> None:
        wipe(self.current, self.new, self.repeat)
        self.changed.emit()
        self.accept()

    def _failed(self, text: str) -> None:
        wipe(self.current, self.new, self.repeat)
        self.ok_button.setEnabled(True)
        self.message.error(text)
        self.current.setFocus()

    def reject(self) -> None:
        wipe(self.current, self.new, self.repeat)
        super().reject()
