"""Staff accounts, for supervisors: who can sign in, add one, close one, reset access.

The services enforce the permission (DESIGN §3); the dialog also refuses up front so a lawyer
who reaches it some other way sees the same sentence the command line would print instead of
a table of buttons that all fail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.roles import Action
from caseintake.services import users
from caseintake.services.users import UserInfo
from caseintake.ui.admin.account_changes import ChangeRoleDialog, EnableUserDialog
from caseintake.ui.admin.account_forms import AddUserDialog, RecoverDialog
from caseintake.ui.admin.forms import FormMessage, refusal, role_label
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.labels import label
from caseintake.ui.lock_drafts import DraftPlace, keep_on_lock
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message

HEADERS = ["username", "display_name", "role", "status"]  # keys of the `user_column` labels


class UsersDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.state = state
        self.users: list[UserInfo] = []
        self.child: QDialog | None = None  # the add/recover form currently open, for tests
        #: Closed (by the user, or a lock) with an answer still on its way: that answer is dropped.
        self.closed = False
        self.finished.connect(lambda _result: setattr(self, "closed", True))

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.table.setHorizontalHeaderLabels([label("user_column", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 220, 120, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.setObjectName("addUserButton")
        self.disable_button = QPushButton(self.tr("&Disable user…"))
        self.disable_button.setObjectName("disableUserButton")
        self.recover_button = QPushButton(self.tr("&Reset passphrase…"))
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setToolTip(self.tr("Set a new passphrase for someone, using the recovery key"))
        self.enable_button = QPushButton(self.tr("Re-&enable user…"))
        self.enable_button.setObjectName("enableUserButton")
        self.role_button = QPushButton(self.tr("C&hange role…"))
        self.role_button.setObjectName("changeRoleButton")
        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(self.disable_selected)
        self.recover_button.clicked.connect(self.recover)
        self.enable_button.clicked.connect(self.enable_selected)
        self.role_button.clicked.connect(self.change_role)
        self.buttons = (
            self.add_button,
            self.role_button,
            self.disable_button,
            self.enable_button,
            self.recover_button,
        )
        actions = QHBoxLayout()
        for button in self.buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = FormMessage("usersMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        intro = QLabel(
            self.tr(
                "Everyone who can sign in to this database. A disabled account keeps its history "
                "but its passphrase no longer opens anything, until it is re-enabled with a new one."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        make_default(close, close.button(QDialogButtonBox.StandardButton.Close))
        self.resize(760, 440)

        self.allowed = state.may(Action.MANAGE_USERS)
        if not self.allowed:
            for button in self.buttons:
                button.setEnabled(False)
            self.message.error(refusal(state.role, Action.MANAGE_USERS))
            return
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.state.call(users.list_users, self._show, self._failed)

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)
                return

    def _show(self, found: list[UserInfo]) -> None:
        if self.closed:
            return
        keep = self.selected()
        self.users = found
        self.table.setRowCount(len(found))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, user in enumerate(found):
            status = self.tr("Active") if user.active else self.tr("Disabled")
            cells = (user.username, user.display_name, role_label(user.role), status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not user.active:
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
        if keep is not None:
            self.select(keep.username)
        self._update_buttons()

    def last_supervisor(self, user: UserInfo) -> bool:
        """The one active supervisor left: never disabled or demoted (the service refuses too)."""
        active = [u.username for u in self.users if u.active and u.role == "supervisor"]
        return active == [user.username]

    def _update_buttons(self) -> None:
        if not self.allowed:
            return
        user = self.selected()
        own = user is not None and user.username == self.state.username
        changeable = user is not None and user.active and not own
        self.disable_button.setEnabled(changeable)
        self.role_button.setEnabled(changeable)
        self.enable_button.setEnabled(user is not None and not user.active)
        if user is not None and own and self.last_supervisor(user):
            why = self.tr("You are the last active supervisor; make another account a supervisor first.")
            disable_why = role_why = why
        elif own:
            disable_why = self.tr("You cannot disable your own account.")
            role_why = self.tr("You cannot change your own role.")
        else:
            disable_why = role_why = ""
        self.disable_button.setToolTip(disable_why)
        self.role_button.setToolTip(role_why)

    # -- actions ------------------------------------------------------------------------------

    def add_user(self) -> None:
        form = AddUserDialog(self.state, self)
        form.accepted.connect(
            lambda: self._changed(self.tr("Added the account %1.").replace("%1", form.added))
        )
        keep_on_lock(form, DraftPlace("add_user"))  # what was typed comes back after an unlock
        self._open(form)

    def recover(self) -> None:
        selected = self.selected()
        active = [u.username for u in self.users if u.active]
        form = RecoverDialog(self.state, active, self, selected=selected.username if selected else "")
        form.accepted.connect(
            lambda: self._changed(
                self.tr("%1 can now sign in with the new passphrase.").replace("%1", form.recovered)
            )
        )
        self._open(form)

    def enable_selected(self) -> None:
        user = self.selected()
        if user is None or user.active:
            return
        form = EnableUserDialog(self.state, user, self)
        form.accepted.connect(
            lambda: self._changed(
                self.tr("%1 can sign in again with the new passphrase.").replace("%1", form.enabled_user)
            )
        )
        self._open(form)

    def change_role(self) -> None:
        user = self.selected()
        if user is None or not user.active:
            return
        form = ChangeRoleDialog(self.state, user, self)
        form.accepted.connect(
            lambda: self._changed(
                self.tr("%1 is now: %2.")
                .replace("%1", user.username)
                .replace("%2", role_label(form.changed_to))
            )
        )
        self._open(form)

    def disable_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable user"),
            self.tr(
                "Disable the account %1? Their passphrase will no longer open the database. "
                "Cases, notes and the history they wrote stay as they are."
            ).replace("%1", user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.disable_button.setEnabled(False)
        self.state.call(
            users.disable_user,
            lambda _none: self._changed(self.tr("The account %1 is disabled.").replace("%1", user.username)),
            self._failed,
            user.username,
        )

    def _open(self, form: QDialog) -> None:
        self.child = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.destroyed.connect(self._forget_child)
        form.open()

    def _forget_child(self) -> None:
        self.child = None

    def _changed(self, text: str) -> None:
        if self.closed:
            return
        self.message.info(text)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self.message.error(failure_message(exc))
        self._update_buttons()


def open_users_dialog(state: AppState, parent: QWidget | None = None) -> UsersDialog | None:
    """Open the users dialog for a supervisor; anyone else gets the refusal and no dialog."""
    if not state.may(Action.MANAGE_USERS):
        title = QCoreApplication.translate("UsersDialog", "Users")
        QMessageBox.warning(parent, title, refusal(state.role, Action.MANAGE_USERS))
        return None
    dialog = UsersDialog(state, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
