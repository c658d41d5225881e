"""The recovery sheet: the recovery key on paper, and replacing a lost or exposed key.

DESIGN §4: the recovery key is made at creation, shown once and printable as a recovery sheet.
caseintake never stores the key itself (only a key slot that it opens), so a sheet cannot be
printed again later. What a supervisor can do later is make a new key (`keys.replace_recovery_key`,
after typing their passphrase again): it is shown once, printed here, and the old key stops working.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseintake.services import keys
from caseintake.ui.admin.forms import FormMessage, passphrase_edit, wipe
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.maintenance.printing import ask_printer, print_document
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


def sheet_document(recovery_key: str, *, office: str, database: Path, made_on: date) -> QTextDocument:
    """The printed page: the key, what it is for, how to keep it. No case data, no image."""
    title = QCoreApplication.translate("RecoverySheet", "caseintake recovery key")
    office_line = QCoreApplication.translate("RecoverySheet", "Office: %1").replace("%1", office or "—")
    database_line = QCoreApplication.translate("RecoverySheet", "Database file: %1").replace(
        "%1", database.name
    )
    made_line = QCoreApplication.translate("RecoverySheet", "Made on: %1").replace("%1", made_on.isoformat())
    use = QCoreApplication.translate(
        "RecoverySheet",
        "With this key a supervisor sets a new passphrase for anyone who forgot theirs: in caseintake, "
        "Account, Users, Reset passphrase; or on the command line, caseintake recover --user NAME.",
    )
    keep = QCoreApplication.translate(
        "RecoverySheet",
        "Keep this sheet locked away, apart from the laptop. Anyone who has it and a copy of the "
        "database files can open every case. If it is lost or may have been seen, a supervisor "
        "replaces the key (Keys and backups, Print recovery sheet) and this sheet stops working.",
    )
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(office_line)}<br>{html.escape(database_line)}<br>{html.escape(made_line)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>"
        f"{html.escape(recovery_key)}</p>"
        f"<p>{html.escape(use)}</p><p>{html.escape(keep)}</p>"
    )
    return document


def print_sheet(parent: QWidget | None, recovery_key: str, *, office: str, database: Path) -> bool:
    """Ask for a printer (paper only) and print the sheet; False when nothing was printed."""
    printer = ask_printer(
        parent, QCoreApplication.translate("RecoverySheet", "Print the recovery sheet"), paper_only=True
    )
    if printer is None:
        return False
    print_document(
        printer, sheet_document(recovery_key, office=office, database=database, made_on=date.today())
    )
    return True


def key_label(object_name: str) -> QLabel:
    """The key in large fixed-width letters, selectable for copying by hand onto paper."""
    shown = QLabel()
    shown.setObjectName(object_name)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(mono.pointSizeF() * 1.5)
    mono.setWeight(QFont.Weight.Bold)
    shown.setFont(mono)
    shown.setStyleSheet("padding: 12px; border: 1px solid palette(mid); border-radius: 4px;")
    return shown


class RecoverySheetDialog(QDialog):
    """Page 1 says why the sheet cannot be printed again and offers a new key; page 2 shows the
    new key once, with Print, and closes only when the supervisor says it is kept safe."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("recoverySheetDialog")
        self.setWindowTitle(self.tr("Recovery sheet"))
        self.state = state
        self.new_key = ""
        self.office = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._explain_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        make_default(self.explain_buttons, self.replace_button)
        self.setMinimumWidth(560)

    # -- page 1 ---------------------------------------------------------------------------------

    def _explain_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "<b>The recovery sheet can only be printed when its key is made.</b><br>The recovery "
                "key was shown once, when this database was created, and cannot be shown or printed "
                "again: caseintake does not keep it, only a lock that it opens."
            )
        )
        explain.setObjectName("recoveryExplain")
        explain.setWordWrap(True)
        replace = QLabel(
            self.tr(
                "If the sheet is lost, or someone may have seen it, make a new recovery key. It is "
                "shown once for you to print or write down; the old key stops working at once, and "
                "the database is re-encrypted so that an old copy of the key file opens nothing with it."
            )
        )
        replace.setWordWrap(True)
        self.passphrase = passphrase_edit("recoveryPassphrase")
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase:"), self.passphrase)
        self.progress = QProgressBar()
        self.progress.setObjectName("recoveryProgress")
        self.progress.setAccessibleName(self.tr("Re-encrypting the database"))
        self.progress.hide()
        self.message = FormMessage("recoveryMessage")
        self.explain_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.explain_buttons.addButton(
            self.tr("&Make a new recovery key…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.replace_button.setObjectName("replaceRecoveryKeyButton")
        self.explain_buttons.accepted.connect(self.replace_key)
        self.explain_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(replace)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.explain_buttons)
        return page

    def replace_key(self) -> None:
        if not self.passphrase.text():
            self.message.error(self.tr("Type your passphrase to make a new recovery key."))
            self.passphrase.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr(
                "Make a new recovery key now? The old recovery sheet stops working at once. Have a "
                "printer ready, or paper and pen."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.replace_button.setEnabled(False)
        self.message.info(self.tr("Making the new key and re-encrypting the database…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        task = self.state.runner.task(self._progressed)
        self.state.call(keys.replace_recovery_key, self._replaced, self._failed, self.passphrase.text(), task)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, exc: Exception) -> None:
        wipe(self.passphrase)
        self.progress.hide()
        self.replace_button.setEnabled(True)
        self.message.error(failure_message(exc))
        self.passphrase.setFocus()

    def _replaced(self, made: keys.NewRecoveryKey) -> None:
        wipe(self.passphrase)
        self.new_key = made.key
        self.office = made.office
        self.key_shown.setText(made.key)
        if not made.rotated:
            self.rotation_note.setText(
                self.tr(
                    "The database key could not be replaced yet (an account has not signed in since "
                    "the last upgrade): until it is, an old copy of the key file still opens with the "
                    "old recovery key."
                )
            )
        self.pages.setCurrentIndex(1)
        make_default(self.finish_buttons, self.done_button)
        self.print_button.setFocus()

    # -- page 2 ---------------------------------------------------------------------------------

    def _key_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<b>The new recovery key</b>"))
        self.key_shown = key_label("newRecoveryKeyLabel")
        explain = QLabel(
            self.tr(
                "Print it now, or write it on paper, and keep it locked away from this laptop. It is "
                "shown only this once. The old recovery key no longer works."
            )
        )
        explain.setWordWrap(True)
        self.rotation_note = FormMessage("rotationNote")
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setObjectName("printRecoverySheetButton")
        self.print_button.clicked.connect(self.print_new_sheet)
        self.print_button.setAutoDefault(False)
        self.kept = QCheckBox(
            self.tr("I have printed or written down the new recovery key and stored it safely")
        )
        self.kept.setObjectName("newRecoveryKeyConfirm")
        self.printed_note = FormMessage("printedNote")
        self.finish_buttons = QDialogButtonBox()
        self.done_button = self.finish_buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("recoveryDoneButton")
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.finish_buttons.accepted.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.key_shown)
        layout.addWidget(explain)
        layout.addWidget(self.rotation_note)
        layout.addWidget(self.print_button)
        layout.addWidget(self.printed_note)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        layout.addWidget(self.finish_buttons)
        return page

    def print_new_sheet(self) -> None:
        if print_sheet(self, self.new_key, office=self.office, database=self.state.db_path):
            self.printed_note.info(self.tr("The recovery sheet was sent to the printer."))

    def finish(self) -> None:
        if self.kept.isChecked():
            self._forget()
            self.accept()

    def _forget(self) -> None:
        self.new_key = ""
        self.key_shown.clear()

    def reject(self) -> None:
        if self.new_key:  # the key exists now: leave only once it is kept safe
            return
        wipe(self.passphrase)
        super().reject()
