"""A database that was used on this computer and is now missing or half there.

Before, a missing file led to the first-run Welcome, which invites a new, empty database without
saying that the old one is gone. Only a computer that never had a database gets the Welcome now;
otherwise this screen says what is missing in one sentence and offers to restore a backup (the
restore service with its safeguards), to open another file, or — confirmed — to start afresh.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.maintenance import restore
from caseintake.services.vault_access import database_files
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.tasks import TaskRunner, failure_message

LAST_DATABASE = "database/last_path"
LAST_USER = "unlock/last_user"  # set by every sign-in, also by versions before LAST_DATABASE


class DatabaseState(Enum):
    READY = "ready"  # the database and its key file: unlock it
    FRESH = "fresh"  # nothing here and no database ever used on this computer: the Welcome
    MISSING = "missing"  # no files, but a database was used here before
    KEYS_ONLY = "keys_only"  # the key file without the database
    DATABASE_ONLY = "database_only"  # the database without its key file


def remember_database(settings: QSettings, database: Path) -> None:
    settings.setValue(LAST_DATABASE, str(database.resolve()))


def remembered_database(settings: QSettings) -> Path | None:
    value = str(settings.value(LAST_DATABASE, "") or "")
    return Path(value) if value else None


def database_state(database: Path, settings: QSettings) -> DatabaseState:
    """What the start-up should show for `database`; decided from files and settings only."""
    has_db, has_keys, restoring = database_files(database)
    if has_db and has_keys:
        return DatabaseState.READY
    if has_db:
        return DatabaseState.DATABASE_ONLY
    if has_keys:
        return DatabaseState.KEYS_ONLY
    used_before = (
        remembered_database(settings) is not None or bool(settings.value(LAST_USER, "")) or restoring
    )
    return DatabaseState.MISSING if used_before else DatabaseState.FRESH


class Choice(Enum):
    OPEN = "open"  # unlock `dialog.db_path` (restored, or chosen by the user)
    CREATE = "create"  # the user confirmed a new, empty database at `dialog.db_path`


class MissingDatabaseDialog(QDialog):
    """Accepts with `choice` and `db_path` set; rejecting quits the application."""

    def __init__(
        self,
        db_path: Path,
        state: DatabaseState,
        runner: TaskRunner,
        *,
        username: str = "",
        last_used: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("missingDatabaseDialog")
        self.setWindowTitle(self.tr("Case database not found"))
        self.db_path = db_path
        self.state = state
        self.runner = runner
        self.choice: Choice | None = None
        # files left at that place (a key file, a database, an interrupted restore's marker) cannot
        # be opened to confirm anyone's role: restoring sets them aside, creating never overwrites them
        self.leftovers = any(database_files(db_path))
        self.last_used: Path | None = None  # another database used here before, offered if there
        if last_used is not None and last_used.resolve() != db_path.resolve() and last_used.exists():
            self.last_used = last_used
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._restore_page(username))
        # Enter presses the visible page's own button: a dialog has one default button, and a
        # hidden one (the other page's) is pressed by nothing.
        self.pages.currentChanged.connect(self._default_for_page)
        self._default_for_page(0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)

    def _default_for_page(self, index: int) -> None:
        self.restore_button.setDefault(index == 0)
        self.run_restore_button.setDefault(index == 1)

    def sentence(self) -> str:
        if self.state is DatabaseState.KEYS_ONLY:
            return self.tr(
                "The case database file is missing from this computer, although its key file is still here."
            )
        if self.state is DatabaseState.DATABASE_ONLY:
            return self.tr("The key file of the case database is missing, so the database cannot be opened.")
        return self.tr("The case database used on this computer before is missing.")

    # -- page 1: what is wrong and what to do ---------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        message = QLabel(f"<b>{self.sentence()}</b>")
        message.setObjectName("missingMessage")
        message.setWordWrap(True)
        where = QLabel(self.tr("Expected at: %1").replace("%1", str(self.db_path)))
        where.setObjectName("databasePath")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = QLabel(
            self.tr(
                "If the file was moved, choose it; if it was lost, restore your latest backup. "
                "A supervisor's user name and passphrase are needed to restore."
            )
        )
        advice.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.choose_button = QPushButton(self.tr("C&hoose another database file…"))
        self.choose_button.setObjectName("chooseDatabaseButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.last_button = QPushButton()
        self.last_button.setObjectName("openLastDatabaseButton")
        self.last_button.setVisible(self.last_used is not None)
        if self.last_used is not None:
            self.last_button.setText(
                self.tr("&Open the database last used: %1").replace("%1", str(self.last_used))
            )
        self.last_button.clicked.connect(self.open_last_used)
        self.create_button = QPushButton(self.tr("Create a &new, empty database…"))
        self.create_button.setObjectName("createNewDatabaseButton")
        self.create_button.clicked.connect(self.create_new)
        self.create_button.setVisible(not self.leftovers)
        quit_box = QDialogButtonBox()
        quit_button = quit_box.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        quit_box.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(message)
        layout.addWidget(where)
        layout.addWidget(advice)
        layout.addSpacing(8)
        for button in (self.restore_button, self.choose_button, self.last_button, self.create_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(quit_box)
        return page

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the case database"),
            str(self.db_path.parent if self.db_path.parent.exists() else Path.home()),
            self.tr("Case databases (*.db);;All files (*)"),
        )
        if name:
            self._open(Path(name))

    def open_last_used(self) -> None:
        if self.last_used is not None:
            self._open(self.last_used)

    def _open(self, path: Path) -> None:
        self.db_path, self.choice = path, Choice.OPEN
        self.accept()

    def create_new(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Create a new database"),
            self.tr(
                "A new, empty database will be made at %1; the missing cases are not in it. Create it?"
            ).replace("%1", str(self.db_path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.choice = Choice.CREATE
            self.accept()

    # -- page 2: restore a backup ---------------------------------------------------------------

    def _restore_page(self, username: str) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<b>Restore from a backup</b>"))
        explain = QLabel(
            self.tr(
                "The backup is checked before anything is put in place, and any file it replaces "
                "is kept beside it."
            )
        )
        explain.setWordWrap(True)
        self.backup_edit = QLineEdit()
        self.backup_edit.setObjectName("backupFileEdit")
        self.backup_edit.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Br&owse…"))
        browse.setObjectName("browseBackupButton")
        browse.clicked.connect(self.browse_backup)
        file_row = QHBoxLayout()
        file_row.addWidget(self.backup_edit, 1)
        file_row.addWidget(browse)
        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("restoreUserEdit")
        self.user_edit.setAccessibleName(self.tr("Supervisor's user name"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restorePassphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.backup_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Supervisor's &user name:"), self.user_edit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.replace_box = QCheckBox(
            self.tr("&Set the files left at that place aside and restore the backup there")
        )
        self.replace_box.setObjectName("replaceLeftoversCheck")
        self.replace_box.setVisible(self.leftovers)
        self.restore_message = QLabel()
        self.restore_message.setObjectName("restoreMessage")
        self.restore_message.setWordWrap(True)
        buttons = QDialogButtonBox()
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("backButton")
        self.run_restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_restore_button.setObjectName("runRestoreButton")
        self.run_restore_button.setDefault(True)
        buttons.accepted.connect(self.run_restore)
        buttons.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.restore_message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def browse_backup(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup"), str(Path.home()), self.tr("All files (*)")
        )
        if name:
            self.backup_edit.setText(name)

    def run_restore(self) -> None:
        source = Path(self.backup_edit.text().strip())
        user, passphrase = self.user_edit.text().strip(), self.passphrase_edit.text()
        if not self.backup_edit.text().strip() or not source.is_file():
            self.restore_message.setText(self.tr("Choose the backup file to restore."))
            return
        if not user or not passphrase:
            self.restore_message.setText(self.tr("Type a supervisor's user name and passphrase."))
            return
        if self.leftovers and not self.replace_box.isChecked():
            self.restore_message.setText(
                self.tr("Tick the box to set the files left at that place aside first.")
            )
            return
        force = self.leftovers  # the service keeps the files it replaces
        database = self.db_path
        self.run_restore_button.setEnabled(False)
        self.restore_message.setText(self.tr("Checking and restoring the backup…"))
        self.runner.run(
            lambda: restore(database, source, user, passphrase, force=force),
            self._restored,
            self._restore_failed,
        )

    def _restored(self, _kept: object) -> None:
        self.passphrase_edit.clear()
        self.choice = Choice.OPEN
        self.accept()

    def _restore_failed(self, exc: Exception) -> None:
        self.passphrase_edit.clear()
        self.run_restore_button.setEnabled(True)
        self.restore_message.setText(failure_message(exc))
