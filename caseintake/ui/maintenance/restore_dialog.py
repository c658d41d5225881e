"""Keys and backups → Restore from a backup: choose the file, prove who you are, see what it holds.

Every safeguard is the restore service's own (`services.maintenance`): the restoring user must be
an active supervisor of the database being replaced and of the backup, the backup's checksum and
integrity are checked before anything moves, an older backup is refused unless the supervisor
says so, and the replaced files are kept beside the database. "Check the backup" runs all of it
without replacing anything (`describe_backup`), so the confirmation shows the backup's date and
size before the supervisor decides. The restore itself runs after the session is closed
(`MaintenanceMenu.start_restore`), then everyone signs in again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.maintenance import BackupFacts, describe_backup
from caseintake.ui.admin.forms import FormMessage, passphrase_edit, wipe
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.output_folders import remembered_folder
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted


def moment(stamp: str) -> str:
    """An audit time (ISO 8601 UTC) as the dialog shows it: to the minute."""
    return stamp[:16].replace("T", " ") + " UTC" if stamp else "?"


@dataclass(frozen=True)
class RestoreRequest:
    source: Path
    passphrase: str = field(repr=False)
    force: bool


class RestoreDialog(QDialog):
    """Accepts with `request` once the backup was checked and the replacement confirmed."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.state = state
        self.facts: BackupFacts | None = None
        self.request: RestoreRequest | None = None

        intro = QLabel(
            self.tr(
                "Restoring puts a backup in place of this database: every case, account and key comes "
                "from the backup. The files it replaces are kept beside the database, still encrypted. "
                "Everyone signs in again afterwards, with the passphrases of the backup's day."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("restoreFileEdit")
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_edit.setPlaceholderText(self.tr("a .cibackup file"))
        browse = QPushButton(self.tr("Br&owse…"))
        browse.setObjectName("restoreBrowseButton")
        browse.clicked.connect(self.browse)
        browse.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        who = QLabel(state.username)
        who.setObjectName("restoreUser")
        self.passphrase = passphrase_edit("restorePassphrase")
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        form = QFormLayout()
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        form.addRow(self.tr("Supervisor:"), who)
        form.addRow(self.tr("Your &passphrase:"), self.passphrase)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("backupFacts")
        self.facts_label.setWordWrap(True)
        self.force_box = QCheckBox(self.tr("Restore it anyway, &undoing the changes made since"))
        self.force_box.setObjectName("restoreOlderCheck")
        self.force_box.hide()
        self.message = FormMessage("restoreDialogMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(
            self.tr("&Check the backup"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("checkBackupButton")
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("confirmRestoreButton")
        self.restore_button.setEnabled(False)
        self.check_button.clicked.connect(self.check_backup)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.passphrase):
            edit.textEdited.connect(self._forget_facts)  # Enter presses Check, or Restore once checked

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.force_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.check_button)
        self.setMinimumWidth(600)
        self.resize(660, 430)  # room for the backup's facts and the warning without growing later
        self.file_edit.setFocus()

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup"),
            str(remembered_folder("backup")),
            self.tr("caseintake backups (*.cibackup);;All files (*)"),
        )
        if name:
            self.file_edit.setText(name)
            self._forget_facts()
            self.passphrase.setFocus()

    def _forget_facts(self) -> None:
        """What was checked no longer matches what is typed: check again before restoring."""
        self.facts = None
        self.restore_button.setEnabled(False)
        make_default(self.buttons, self.check_button)
        self.facts_label.clear()
        self.force_box.hide()
        self.force_box.setChecked(False)

    def source(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text) if text else None

    def check_backup(self) -> None:
        source = self.source()
        if source is None or not source.is_file():
            self.message.error(self.tr("Choose the backup file to restore."))
            self.file_edit.setFocus()
            return
        if not self.passphrase.text():
            self.message.error(self.tr("Type your passphrase: a restore needs a supervisor's."))
            self.passphrase.setFocus()
            return
        self._forget_facts()
        self.check_button.setEnabled(False)
        self.message.info(self.tr("Checking the backup (nothing is replaced yet)…"))
        database, user, passphrase = self.state.db_path, self.state.username, self.passphrase.text()
        self.state.runner.run(
            lambda: describe_backup(database, source, user, passphrase, force=True),
            self._described,
            self._check_failed,
        )

    def _check_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.message.error(failure_message(exc))

    def _described(self, facts: BackupFacts) -> None:
        self.check_button.setEnabled(True)
        self.facts = facts
        self.facts_label.setText(self.describe(facts))
        self.force_box.setVisible(facts.older)
        if facts.older:
            self.message.error(
                self.tr(
                    "This backup is older than the database: restoring it undoes every change made "
                    "since. Tick the box to restore it anyway."
                )
            )
        else:
            self.message.info(self.tr("The backup is whole and can be restored."))
        self.restore_button.setEnabled(True)
        make_default(self.buttons, self.restore_button)

    def describe(self, facts: BackupFacts) -> str:
        lines = [
            self.tr("<b>Backup from %1</b> (its latest activity): %2, %3.")
            .replace("%1", moment(facts.made))
            .replace("%2", counted(facts.cases, self.tr("%1 case"), self.tr("%1 cases")))
            .replace("%3", counted(facts.accounts, self.tr("%1 staff account"), self.tr("%1 staff accounts")))
        ]
        if facts.same_database is False:
            lines.append(
                self.tr(
                    "It is a backup of a different database than the one open now: restoring puts "
                    "its cases in place of these."
                )
            )
        live = facts.live
        if live is not None and live.readable and live.last_change:
            lines.append(
                self.tr("This database's latest change: %1.").replace("%1", moment(live.last_change))
            )
        return "<br>".join(lines)

    def confirm(self) -> None:
        source, facts = self.source(), self.facts
        if source is None or facts is None:
            self.check_backup()
            return
        if facts.older and not self.force_box.isChecked():
            self.message.error(self.tr("Tick the box to restore an older backup, or choose a newer one."))
            self.force_box.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace this database with the backup from %1? The case list closes, the backup is "
                "put in place, and you sign in again. The current files are kept beside the database."
            ).replace("%1", moment(facts.made)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.request = RestoreRequest(source, self.passphrase.text(), facts.older)
        wipe(self.passphrase)
        self.accept()

    def reject(self) -> None:
        wipe(self.passphrase)
        super().reject()
