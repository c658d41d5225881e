"""GUI bootstrap: the Qt application, settings, logging, first run or unlock, then the main window.

Only this module and `caseintake/ui/` import Qt.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from caseintake import __version__
from caseintake.core_dumps import disable_core_dumps
from caseintake.logging_setup import configure_logging
from caseintake.services.session import Session
from caseintake.ui import language
from caseintake.ui.admin.settings import app_settings, idle_lock_minutes
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_thread_gc import MainThreadCollector
from caseintake.ui.missing_database import (
    Choice,
    DatabaseState,
    MissingDatabaseDialog,
    database_state,
    remember_database,
    remembered_database,
)
from caseintake.ui.setup import SetupDialog
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.unlock import UnlockDialog

if TYPE_CHECKING:
    from caseintake.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("caseintake")
    app.setOrganizationName("caseintake")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.caseintake.CaseIntake")
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(RESOURCES / "icons" / f"caseintake-{size}.png"))
    app.setWindowIcon(icon)
    # Before any window is built: texts are translated when a widget is made.
    language.install(app, language.effective(language.chosen(app_settings())))
    return app


#: How long after the unlock dialog is shown the main window is built (about 0.3 s of work on
#: the main thread): after the dialog's first paint, before a passphrase can have been typed;
#: keys pressed meanwhile wait in Qt's queue, none is lost.
PREBUILD_MS = 150


class Controller:
    """Moves between the first-run dialog, the unlock dialog and the main window."""

    def __init__(self, db_path: Path, username: str | None, settings: QSettings) -> None:
        self.app = application()
        self.settings = settings
        self.collector = MainThreadCollector(self.app)  # never on the database thread
        self.runner = TaskRunner()
        self.state = AppState(db_path=db_path, runner=self.runner)
        self.idle = IdleLock(idle_lock_minutes(settings))
        self.app.installEventFilter(self.idle)
        self._window: MainWindow | None = None
        self.username = username or str(settings.value("unlock/last_user", "") or "")
        self.app.commitDataRequest.connect(lambda _manager: self._window and self._window.lock())

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use: importing and building it (the editor, print
        support, the PDF reader) took a third of the start-up, so the unlock dialog comes first
        and the window is built while the passphrase is typed (`PREBUILD_MS`)."""
        if self._window is None:
            from caseintake.ui.main_window import MainWindow

            self._window = MainWindow(self.state, self.settings, self.idle)
            self._window.on_locked = self.ask_unlock
        return self._window

    def start(self) -> bool:
        """Show the first dialog; False when the user closed it without signing in.

        Only a computer that never had a database gets the first-run Welcome; a database used
        here before and now missing (or its key file) is reported as such, never silently
        replaced by a new, empty one."""
        while True:
            state = database_state(self.state.db_path, self.settings)
            if state is DatabaseState.READY:
                return self.ask_unlock()
            if state is DatabaseState.FRESH:
                return self.first_run()
            dialog = MissingDatabaseDialog(
                self.state.db_path,
                state,
                self.runner,
                username=self.username,
                last_used=remembered_database(self.settings),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
                return False
            self.state.db_path = dialog.db_path
            if dialog.choice is Choice.CREATE:
                return self.first_run()

    def first_run(self) -> bool:
        setup = SetupDialog(self.state.db_path, self.runner)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.session is None:
            return False
        self._enter(setup.session)
        return True

    def ask_unlock(self) -> bool:
        shown = self._window is not None and self._window.isVisible()
        dialog = UnlockDialog(
            self.state.db_path,
            self.runner,
            username=self.username,
            parent=self._window if shown else None,
        )
        if self._window is None:  # built while the passphrase is typed, not before the dialog
            QTimer.singleShot(PREBUILD_MS, lambda: self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
            if self._window is not None:
                self._window.hide()
            self.app.quit()
            return False
        self._enter(dialog.session)
        return True

    def _enter(self, session: Session) -> None:
        self.username = session.username
        self.settings.setValue("unlock/last_user", session.username)
        remember_database(self.settings, self.state.db_path)
        self.window.signed_in(session)
        self.window.show()

    def shutdown(self) -> None:
        self.state.sign_out()
        if self._window is not None:
            self._window.lock_drafts.wipe()  # forms kept through a lock go with the application
        self.runner.shutdown()
        self.collector.stop()


def run(db_path: Path, username: str | None = None) -> int:
    disable_core_dumps()  # also here: the GUI can be started without the command line's main
    configure_logging()
    app = application()
    quit_after = os.environ.get("CASEINTAKE_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # packaging/smoke-check.sh: show the first dialog, then leave cleanly
        QTimer.singleShot(int(quit_after), lambda: app.exit(0))
    controller = Controller(db_path, username, QSettings())
    if not controller.start():
        controller.shutdown()
        return 0
    code = app.exec()
    controller.shutdown()
    log.info("application closed")
    return int(code)
