"""The Team menu of the main window: working as a team across laptops (DESIGN §10, issue 15).

What it offers follows this database's place in the team, read on the database thread after
each sign-in (`services.team.status`):

- not in a team: a supervisor may make this database the office hub (once; asked first);
- the office hub (supervisors): Sync (the laptops, bundles in and out), Enrol a laptop, Revoke a
  laptop, Conflicts;
- an enrolled laptop (everyone): Sync (bundles for and from the office, the shared folder) and
  Conflicts (read-only: they are resolved at the office).

The menu also owns the team line of the status bar and the laptop's shared-folder watcher, which
work whether a dialog is open or not. The services check every permission again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from caseintake.domain.roles import Action
from caseintake.services import team
from caseintake.services.team import Status
from caseintake.ui.tasks import failure_message
from caseintake.ui.team.conflicts import ConflictsDialog
from caseintake.ui.team.devices import EnrolDialog, RevokeDialog
from caseintake.ui.team.hub_sync import HubSyncDialog
from caseintake.ui.team.laptop_sync import LaptopSyncDialog
from caseintake.ui.team.shared_folder import FolderRun, SharedFolder
from caseintake.ui.team.status import TeamStatusLine
from caseintake.ui.text import counted

#: The main window (`ui.main_window.MainWindow`; not imported, which would make a cycle): its
#: state, settings, editor, case list and status bar.
MainWindow = Any

log = logging.getLogger(__name__)

HUB, DEVICE = "hub", "device"


class TeamMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.settings = window.settings
        self.dialog: Any = None  # the dialog opened last, for tests
        self.sync_dialog: HubSyncDialog | LaptopSyncDialog | None = None
        # No Alt letter: every letter of "Team" is already an Alt key of the main window (a tab, a
        # field of the case); F10 or Alt then the arrow keys reach it, and F9 opens Sync (the
        # send-and-receive key of mail programs).
        self.menu = QMenu(self.tr("Team"), window)
        self.menu.setObjectName("teamMenu")
        self.place_action = QAction(window)
        self.place_action.setObjectName("teamPlaceAction")
        self.place_action.setEnabled(False)  # says where this database stands; not a command
        self.start_hub_action = self._action(
            self.tr("Make this the office &hub…"), self.start_hub, "startHubAction"
        )
        self.sync_action = self._action(self.tr("&Sync…"), self.open_sync, "syncAction")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.enrol_action = self._action(self.tr("&Enrol a laptop…"), self.open_enrol, "enrolAction")
        self.revoke_action = self._action(self.tr("&Revoke a laptop…"), self.open_revoke, "revokeAction")
        self.conflicts_action = self._action(self.tr("&Conflicts…"), self.open_conflicts, "conflictsAction")
        self.menu.addAction(self.place_action)
        self.menu.addSeparator()
        for action in (
            self.start_hub_action,
            self.sync_action,
            self.enrol_action,
            self.revoke_action,
            self.conflicts_action,
        ):
            self.menu.addAction(action)
        self.status = TeamStatusLine(self.state, window.statusBar(), self)
        self.status.changed.connect(self._show_place)
        self.folder = SharedFolder(self.state, self.settings, self)
        self.folder.ran.connect(self._folder_ran)
        self.folder.failed.connect(
            lambda exc: window.statusBar().showMessage(
                self.tr("Shared sync folder: %1").replace("%1", failure_message(exc)), 10000
            )
        )
        window.editor.saved.connect(lambda _reference: self.status.refresh())
        self._show_place(None)

    def _action(self, text: str, slot: Any, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- signing in and out ---------------------------------------------------------------------------

    def signed_in(self) -> None:
        self._show_place(None)
        self.status.refresh()

    def locked(self) -> None:
        self.folder.stop()
        self.status.clear()

    def _show_place(self, status: Status | None) -> None:
        """Offer what this database's place in the team allows the signed-in role."""
        role = status.role if status is not None else ""
        manager = self.state.may(Action.MANAGE_TEAM)
        if status is None:
            place = ""
        elif role == HUB:
            place = (
                self.tr("This computer is the office hub")
                if manager
                else self.tr("This computer is the office hub; a supervisor manages the team")
            )
        elif role == DEVICE:
            place = self.tr("This laptop: %1").replace("%1", status.name)
        else:
            place = self.tr("This database is not part of a team")
        self.place_action.setText(place)
        self.place_action.setVisible(bool(place))
        shown = {
            self.start_hub_action: status is not None and role is None and manager,
            self.sync_action: role == DEVICE or (role == HUB and manager),
            self.enrol_action: role == HUB and manager,
            self.revoke_action: role == HUB and manager,
            self.conflicts_action: role == DEVICE or (role == HUB and manager),
        }
        for action, visible in shown.items():
            action.setVisible(visible)
            action.setEnabled(visible)
        if role == DEVICE and not self.folder.active:
            self.folder.start()
        elif role != DEVICE and self.folder.active:
            self.folder.stop()

    def role(self) -> str | None:
        return self.status.status.role if self.status.status is not None else None

    # -- the hub ------------------------------------------------------------------------------------

    def start_hub(self) -> None:
        title = self.tr("Make this the office hub")
        if not self._allowed(title):
            return
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr(
                "Make this database the office hub?\n\n"
                "The hub is the one computer in the office that every laptop syncs with. Laptops are "
                "enrolled here, each with only the cases its user may hold; their changes come back "
                "as sealed bundle files (on a USB stick or through a shared folder), and a field "
                "changed both here and on a laptop waits on the Conflicts screen for your decision.\n\n"
                "From now on every change here is recorded for the laptops. This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.state.call(team.start_hub, self._hub_started, self._failed(title))

    def _hub_started(self, _none: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("This database is now the office hub. Enrol each laptop from Team → Enrol a laptop…"),
            10000,
        )
        self.status.refresh()

    def open_enrol(self) -> None:
        if not self._allowed(self.tr("Enrol a laptop")):
            return
        dialog = EnrolDialog(self.state, self.settings, self._parent())
        dialog.enrolled.connect(lambda _done: self._team_changed())
        self._open(dialog)

    def open_revoke(self, name: str = "") -> None:
        if not self._allowed(self.tr("Revoke a laptop")):
            return
        dialog = RevokeDialog(self.state, name, self._parent())
        dialog.revoked.connect(lambda _name: self._team_changed())
        self._open(dialog)

    def _team_changed(self) -> None:
        if isinstance(self.sync_dialog, HubSyncDialog) and not self.sync_dialog.closed:
            self.sync_dialog.reload()
        self.status.refresh()

    # -- both ---------------------------------------------------------------------------------------

    def open_sync(self) -> None:
        role = self.role()
        if role == HUB:
            if not self._allowed(self.tr("Sync with the laptops")):
                return
            hub = HubSyncDialog(self.state, self.settings, self.window)
            hub.enrol_requested.connect(self.open_enrol)
            hub.revoke_requested.connect(self.open_revoke)
            hub.conflicts_requested.connect(self.open_conflicts)
            dialog: HubSyncDialog | LaptopSyncDialog = hub
        elif role == DEVICE:
            laptop = LaptopSyncDialog(self.state, self.settings, self.folder, self.window)
            laptop.conflicts_requested.connect(self.open_conflicts)
            dialog = laptop
        else:
            return
        dialog.synced.connect(self._synced)
        self.sync_dialog = dialog
        self._open(dialog)

    def _synced(self) -> None:
        self.status.refresh()
        self.window.cases.apply_filters()

    def open_conflicts(self) -> None:
        if self.role() == HUB and not self._allowed(self.tr("Sync conflicts")):
            return
        dialog = ConflictsDialog(self.state, self._parent())
        dialog.resolved.connect(self._synced)
        dialog.case_requested.connect(self._open_case)
        self._open(dialog)

    def _open_case(self, reference: str) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.window.editor.open_case(reference)

    def _folder_ran(self, run: FolderRun) -> None:
        bar = self.window.statusBar()
        for applied in run.applied:
            if applied.received is not None and not applied.received.stale:
                bar.showMessage(
                    counted(
                        applied.received.applied,
                        self.tr("Applied the office's bundle from the shared folder: %1 change."),
                        self.tr("Applied the office's bundle from the shared folder: %1 changes."),
                    ),
                    10000,
                )
            elif applied.error is not None:
                bar.showMessage(
                    self.tr("A bundle in the shared folder was refused: %1").replace(
                        "%1", failure_message(applied.error)
                    ),
                    15000,
                )
        if run.sent is not None or run.applied:
            self._synced()

    # -- helpers ------------------------------------------------------------------------------------

    def _parent(self) -> QWidget:
        """A dialog asked for from the Sync dialog opens over it, else over the main window."""
        if self.sync_dialog is not None and not self.sync_dialog.closed and self.sync_dialog.isVisible():
            return self.sync_dialog
        return self.window  # type: ignore[no-any-return]

    def _allowed(self, title: str) -> bool:
        if self.state.may(Action.MANAGE_TEAM):
            return True
        from caseintake.ui.admin.forms import refusal

        QMessageBox.warning(self.window, title, refusal(self.state.role, Action.MANAGE_TEAM))
        return False

    def _failed(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self.window, title, failure_message(exc))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.sync_dialog is dialog:
            self.sync_dialog = None
