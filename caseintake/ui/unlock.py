"""The unlock dialog: user name and passphrase, with the failed-unlock delay as a countdown."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.session import Session, open_session
from caseintake.services.vault_access import UnlockDelayed, unlock_wait
from caseintake.ui.colours import error_style
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.tasks import TaskRunner, failure_message
from caseintake.ui.text import counted

# After this long, "Unlocking…" says why an unlock can take longer (milliseconds): the first unlock
# after an update brings the database's schema up to date, about a minute at a million cases.
# (A plain comment: Qt's lupdate would hand a "#:" one to translators as a note on the next text.)
SLOW_UNLOCK_MS = 4000


class UnlockDialog(QDialog):
    """Accepts with `self.session` set; the work runs on the database thread."""

    def __init__(
        self,
        db_path: Path,
        runner: TaskRunner,
        *,
        username: str = "",
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock caseintake"))
        self.setModal(True)
        self.db_path = db_path
        self.runner = runner
        self.clock = clock
        self.session: Session | None = None
        self._wait_until = 0.0

        intro = QLabel(self.tr("The case database is locked. Sign in to continue."))
        intro.setWordWrap(True)
        where = QLabel(str(db_path))
        where.setObjectName("databasePath")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self._error_css = error_style(self.message)
        self.message.setStyleSheet(self._error_css)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(
            self.tr("Un&lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.unlock_button)
        self.setMinimumWidth(420)

        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        self.slow = QTimer(self)
        self.slow.setSingleShot(True)
        self.slow.setInterval(SLOW_UNLOCK_MS)
        self.slow.timeout.connect(self._still_unlocking)
        self._start_countdown(unlock_wait(db_path, username, clock()))
        (self.passphrase_edit if username else self.user_edit).setFocus()

    def try_unlock(self) -> None:
        user = self.user_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not user or not passphrase:
            self._say(self.tr("Enter your user name and passphrase."))
            return
        if self._wait_until > self.clock():
            return
        self.unlock_button.setEnabled(False)
        self._say(self.tr("Unlocking…"), error=False)
        self.slow.start()
        path = self.db_path
        self.runner.run(lambda: open_session(path, user, passphrase), self._unlocked, self._failed)

    def _say(self, text: str, *, error: bool = True) -> None:
        """Show `text` under the form: in the error colour, or plain while the unlock runs."""
        self.message.setStyleSheet(self._error_css if error else "")
        self.message.setText(text)

    def _still_unlocking(self) -> None:
        self._say(
            self.tr(
                "Still unlocking. The first unlock after caseintake was updated can take a minute "
                "or more on a large database, while the database is brought up to date."
            ),
            error=False,
        )

    def _unlocked(self, session: Session) -> None:
        self.slow.stop()
        self.session = session
        self.passphrase_edit.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.slow.stop()
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
        self.unlock_button.setEnabled(True)
        if isinstance(exc, UnlockDelayed):
            self._start_countdown(exc.seconds)
            return
        self._say(failure_message(exc))
        self._start_countdown(unlock_wait(self.db_path, self.user_edit.text().strip(), self.clock()))

    def _start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._wait_until = self.clock() + seconds
        self._tick()
        self.countdown.start()

    def _tick(self) -> None:
        remaining = self._wait_until - self.clock()
        if remaining <= 0:
            self.countdown.stop()
            self.unlock_button.setEnabled(True)
            self._say(self.tr("You can try again now."))
            return
        self.unlock_button.setEnabled(False)
        seconds = int(remaining + 0.999)
        self._say(
            counted(
                seconds,
                self.tr("Too many failed attempts. Try again in %1 second."),
                self.tr("Too many failed attempts. Try again in %1 seconds."),
            )
        )
