"""Pieces every account form shares: the in-dialog message, passphrase fields and their checks.

A failure is shown inside the dialog that caused it (not in a separate box that hides the form),
in the words of `ui.form_errors` (field labels, not paths). A passphrase that proves someone's
identity (the current one, a recovery key's new one) is wiped after a failure; the new passphrase
a supervisor types for a new user stays, so a refusal does not mean typing both boxes again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from caseintake.domain.errors import InvalidInput
from caseintake.domain.passphrases import judge, suggestion
from caseintake.domain.roles import Action
from caseintake.domain.validation import PASSPHRASE_MIN, new_passphrase
from caseintake.ui.colours import error_style
from caseintake.ui.error_texts import coded_text
from caseintake.ui.form_errors import readable
from caseintake.ui.labels import label
from caseintake.ui.screen_fit import fit_to_screen


def role_label(role: str) -> str:
    return label("user_role", role)


def refusal(role: str, action: Action) -> str:
    """The same sentence the service raises (`Session.refuse`), so GUI and CLI read alike."""
    return f"A {role.replace('_', ' ') or 'signed-out user'} may not {action.value}."


class FormMessage(QLabel):
    """One line under a form: red for a failure, plain for progress or success."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)

    def error(self, text: str) -> None:
        self.setStyleSheet(error_style(self))
        self.setText(text)

    def info(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)


def passphrase_edit(object_name: str, *, new: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    if new:
        edit.setPlaceholderText(
            QCoreApplication.translate("AccountForms", "at least %1 characters").replace(
                "%1", str(PASSPHRASE_MIN)
            )
        )
    return edit


def new_passphrase_problem(new: str, repeat: str, username: str = "") -> str | None:
    """Why a new passphrase cannot be used, checked before any slow key derivation starts."""
    if new != repeat:
        return QCoreApplication.translate("AccountForms", "The two new passphrases are not the same.")
    try:
        new_passphrase(new, username)
    except InvalidInput as exc:
        return readable(exc)
    return None


class PassphraseStrength(QLabel):
    """The strength rule of `domain.passphrases`, shown live under a new-passphrase field.

    It says why a passphrase would be refused while the user types (with the same four example
    words throughout), so the refusal after the slow key derivation never comes as a surprise."""

    def __init__(self, edit: QLineEdit, username: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseStrength")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # under its field
        self.edit = edit
        self.username = username
        self.example = suggestion()
        edit.textChanged.connect(self.update_verdict)
        self.update_verdict()

    def update_verdict(self) -> None:
        text = self.edit.text()
        if not text:
            self.setStyleSheet("")
            self.setText(
                QCoreApplication.translate(
                    "AccountForms", "At least %1 characters; four random words work well."
                ).replace("%1", str(PASSPHRASE_MIN))
            )
            return
        verdict = judge(text, self.username(), example=self.example)
        self.setStyleSheet("" if verdict.ok else error_style(self))
        self.setText(
            QCoreApplication.translate("AccountForms", "Strong enough.")
            if verdict.ok
            else coded_text(verdict.code, verdict.params, verdict.reason)
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Ask for the height the wrapped text needs at this width. A form layout does not pass a
        wrapped label's height on to its window, so a three-line reason (with the four example
        words) showed two lines and a half."""
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            QTimer.singleShot(0, self, self._grow_window)

    def _grow_window(self) -> None:
        window = self.window()
        if window is not self and window.isVisible() and window.sizeHint().height() > window.height():
            fit_to_screen(window, QSize(window.width(), window.sizeHint().height()))


def wipe(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.clear()
