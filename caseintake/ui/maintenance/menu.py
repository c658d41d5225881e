"""The "Keys and backups" menu of the main window: the supervisor's tools for the database itself.

Check integrity, back up, restore from a backup and the recovery sheet; and, beside "Load demo
data…" in the File menu, on a demo database only, the removal of its synthetic cases. Each
action is enabled by the signed-in role (`AppState.may`); the services check the same permission
again. The menu also knows whether the database is a demo database: only then are demo cases
offered, and the title bar and the status bar say so.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QProgressDialog

from caseintake.domain.roles import Action
from caseintake.services.demo_database import count_cases, is_demo_database, remove_demo_cases
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.maintenance.check_dialog import IntegrityCheckDialog
from caseintake.ui.maintenance.recovery_sheet import RecoverySheetDialog
from caseintake.ui.maintenance.restore_dialog import RestoreDialog, RestoreRequest
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted

if TYPE_CHECKING:
    from collections.abc import Callable

#: The main window, which builds this menu (`ui.main_window.MainWindow`; not imported, which
#: would make a cycle): its state, editor, case list, status bar, actions and `lock`.
MainWindow = Any

log = logging.getLogger(__name__)


class MaintenanceMenu(QObject):
    """Builds the menu and runs its actions for `window`; `restored` reports a finished restore."""

    restored = Signal(object)  # the folder the replaced files were kept in (or None)
    demo_known = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.demo = False
        self.dialog: Any = None  # the dialog opened last, for tests
        self.menu = QMenu(self.tr("&Keys and backups"), window)
        self.menu.setObjectName("maintenanceMenu")
        self.check_action = self._action(self.tr("Check &integrity…"), self.check_integrity, "checkAction")
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), self.restore_backup, "restoreAction"
        )
        self.recovery_action = self._action(
            self.tr("Print recovery &sheet…"), self.recovery_sheet, "recoveryAction"
        )
        self.remove_demo_action = self._action(
            self.tr("&Remove demo cases…"), self.remove_demo_cases, "removeDemoAction"
        )
        self.remove_demo_action.setVisible(False)
        self._beside_load_demo(window.demo_action)
        self.demo_label = QLabel(self.tr("DEMO DATABASE: synthetic cases only"))
        self.demo_label.setObjectName("demoDatabaseLabel")
        self.demo_label.setStyleSheet("font-weight: bold;")
        self.demo_label.hide()
        window.statusBar().addPermanentWidget(self.demo_label)
        self.menu.addAction(self.check_action)
        self.menu.addAction(window.backup_action)
        self.menu.addAction(self.restore_action)
        self.menu.addSeparator()
        self.menu.addAction(self.recovery_action)
        self.gated: dict[QAction, Action] = {
            self.check_action: Action.MAINTAIN_DATABASE,
            self.restore_action: Action.RESTORE,
            self.recovery_action: Action.MANAGE_USERS,
        }

    def _beside_load_demo(self, load: QAction) -> None:
        """Put "Remove demo cases…" right after "Load demo data…", in whichever menu holds it."""
        for menu in self.window.findChildren(QMenu):
            actions = menu.actions()
            if load in actions:
                after = actions.index(load) + 1
                if after < len(actions):
                    menu.insertAction(actions[after], self.remove_demo_action)
                else:
                    menu.addAction(self.remove_demo_action)
                return
        self.menu.addAction(self.remove_demo_action)

    def _action(self, text: str, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- signing in ---------------------------------------------------------------------------

    def signed_in(self) -> None:
        """Enable by role; then learn (on the database thread) whether this is a demo database."""
        for action, needed in self.gated.items():
            action.setEnabled(self.state.may(needed))
        self._show_demo(False)
        self.state.call(
            is_demo_database, self._show_demo, lambda exc: log.warning("demo flag: %s", type(exc).__name__)
        )

    def _show_demo(self, demo: bool) -> None:
        self.demo = bool(demo)
        allowed = self.demo and self.state.may(Action.DEMO_DATA)
        self.window.demo_action.setVisible(allowed)
        self.window.demo_action.setEnabled(allowed)
        self.remove_demo_action.setVisible(allowed)
        self.remove_demo_action.setEnabled(allowed)
        title = self.tr("caseintake — DEMO DATABASE") if self.demo else self.tr("caseintake")
        self.window.setWindowTitle(title)
        self.demo_label.setVisible(self.demo)
        self.demo_known.emit(self.demo)

    # -- check, recovery sheet ---------------------------------------------------------------------

    def check_integrity(self) -> None:
        if not self._allowed(Action.MAINTAIN_DATABASE, self.tr("Check integrity")):
            return
        self._open(IntegrityCheckDialog(self.state, self.window))

    def recovery_sheet(self) -> None:
        if not self._allowed(Action.MANAGE_USERS, self.tr("Recovery sheet")):
            return
        self._open(RecoverySheetDialog(self.state, self.window))

    def _allowed(self, action: Action, title: str) -> bool:
        if self.state.may(action):
            return True
        from caseintake.ui.admin.forms import refusal

        QMessageBox.warning(self.window, title, refusal(self.state.role, action))
        return False

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    # -- restore ---------------------------------------------------------------------------------

    def restore_backup(self) -> None:
        if not self._allowed(Action.RESTORE, self.tr("Restore from a backup")):
            return
        dialog = RestoreDialog(self.state, self.window)
        dialog.accepted.connect(lambda: self.start_restore(dialog.request))
        self._open(dialog)

    def start_restore(self, request: RestoreRequest | None) -> None:
        """Close the session (as locking does), restore, then ask everyone to sign in again."""
        if request is None or self.state.session is None:
            return
        database, username = self.state.db_path, self.state.username
        self.window.lock(after_close=lambda unlock: self._restore(database, username, request, unlock))

    def _restore(
        self, database: Path, username: str, request: RestoreRequest, unlock: Callable[[], None]
    ) -> None:
        from caseintake.services.maintenance import restore

        title = self.tr("Restore from a backup")
        busy = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self.window)
        busy.setObjectName("restoreProgress")
        busy.setWindowTitle(title)
        busy.setCancelButton(None)  # the files are being swapped: there is no safe point to stop
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)

        def done(kept: Path | None) -> None:
            busy.close()
            where = (
                self.tr(" The replaced files are kept, still encrypted, in %1.").replace("%1", str(kept))
                if kept
                else ""
            )
            QMessageBox.information(
                self.window,
                title,
                self.tr("The backup was restored.") + where + " " + self.tr("Sign in to continue."),
            )
            self.restored.emit(kept)
            unlock()

        def failed(exc: Exception) -> None:
            busy.close()
            QMessageBox.warning(
                self.window, title, failure_message(exc) + " " + self.tr("Sign in again to continue.")
            )
            unlock()

        source, passphrase, force = request.source, request.passphrase, request.force
        self.state.runner.run(
            lambda: restore(database, source, username, passphrase, force=force), done, failed
        )

    # -- demo cases ------------------------------------------------------------------------------

    def remove_demo_cases(self) -> None:
        title = self.tr("Remove demo cases")
        if not self.demo or not self._allowed(Action.DEMO_DATA, title):
            return
        if self.window.editor.has_unsaved_changes():
            QMessageBox.information(
                self.window, title, self.tr("Save or undo the changes to the open case first.")
            )
            return
        self.state.call(count_cases, lambda n: self._confirm_removal(title, int(n)), self._failed(title))

    def _failed(self, title: str) -> Callable[[Exception], None]:
        return lambda exc: QMessageBox.warning(self.window, title, failure_message(exc))

    def _confirm_removal(self, title: str, count: int) -> None:
        if count == 0:
            QMessageBox.information(self.window, title, self.tr("This demo database has no cases to remove."))
            return
        answer = QMessageBox.question(
            self.window,
            title,
            counted(
                count,
                self.tr(
                    "Remove the %1 case of this demo database? Synthetic cases only; it cannot be undone."
                ),
                self.tr(
                    "Remove all %1 cases of this demo database? Synthetic cases only; it cannot be undone."
                ),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or self.state.session is None:
            return
        session = self.state.session
        self.window.editor.clear()
        run_with_progress(
            self.window,
            self.state.runner,
            title,
            self.tr("Removing the demo cases…"),
            lambda task: remove_demo_cases(session, task),
            self._removed,
        )

    def _removed(self, count: int) -> None:
        self.window.statusBar().showMessage(
            counted(count, self.tr("Removed %1 demo case."), self.tr("Removed %1 demo cases.")), 8000
        )
        self.window.cases.apply_filters()
