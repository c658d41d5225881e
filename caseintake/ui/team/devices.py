"""Team → Enrol a laptop, and Team → Revoke a laptop (supervisors, at the office hub).

Enrolling writes the laptop's own database (with its key file beside it) holding only the cases
its user may hold; the supervisor copies both files to the laptop. Revoking stops a lost or
retired laptop: its later bundles are quarantined, nothing more is written for it, and the
dialog lists exactly which cases it held and whether their identity keys were on it, for the
breach notification the Data Privacy Act asks for. The list holds case references only, so it
may be copied (the clipboard guard of the main window checks every copy all the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.roles import Action
from caseintake.services import team, users
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.services.team import Enrolment
from caseintake.ui.admin.forms import FormMessage, refusal, role_label
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.team.files import LAPTOP_FOLDER, laptop_database, remember, remembered
from caseintake.ui.team.tables import read_only_table
from caseintake.ui.team.words import day, moment, safe_file_part
from caseintake.ui.text import counted

LAPTOP_DATABASE = "cases.db"


@dataclass(frozen=True)
class Enrolled:
    enrolment: Enrolment
    #: The files written beside the laptop's database (its key file), as found in the folder.
    beside: list[Path]


def enrol_laptop(session: Session, name: str, username: str, path: Path, task: Task) -> Enrolled:
    """On the database thread: enrol, then look at what was written beside the database."""
    done = team.enrol(session, name, username, path, task=task)
    prefix = done.path.name + "."
    beside = sorted(p for p in done.path.parent.iterdir() if p.name.startswith(prefix))
    return Enrolled(done, beside)


class EnrolDialog(QDialog):
    """The form, then (once enrolled) what was written and where: the form's page is replaced by
    the result's, so nothing greyed out stands between the supervisor and the two file names."""

    enrolled = Signal(object)  # Enrolled

    def __init__(self, state: AppState, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol a laptop"))
        self.state = state
        self.settings = settings
        self.result_value: Enrolled | None = None
        self.path_chosen = False

        intro = QLabel(
            self.tr(
                "Writes a new database for one laptop: only the cases its user may hold (identity "
                "keys only where the user's role may reveal them), and a key file beside it. Copy "
                "both files to the laptop; its user opens them with their own passphrase."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("laptopNameEdit")
        self.name_edit.setAccessibleName(self.tr("Laptop name"))
        self.name_edit.setPlaceholderText(self.tr("for example field-laptop-3"))
        self.name_edit.setMaxLength(60)
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("laptopUserCombo")
        self.user_combo.setAccessibleName(self.tr("User of the laptop"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("laptopPathEdit")
        self.path_edit.setAccessibleName(self.tr("Where to write the laptop's database"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("laptopPathButton")
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.choose_button)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Laptop name:"))
        name_label.setBuddy(self.name_edit)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user_combo)
        path_label = QLabel(self.tr("&Save as:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(user_label, self.user_combo)
        form.addRow(path_label, where)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(intro)
        form_layout.addLayout(form)
        form_layout.addStretch(1)

        self.result_label = QLabel()
        self.result_label.setObjectName("enrolResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-weight: bold;")
        self.database_label = QLabel()
        self.database_label.setObjectName("enrolDatabase")
        self.key_file_label = QLabel()
        self.key_file_label.setObjectName("enrolKeyFile")
        for shown in (self.database_label, self.key_file_label):
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
        files = QFormLayout()
        files.addRow(self.tr("Database:"), self.database_label)
        files.addRow(self.tr("Key file:"), self.key_file_label)
        then = QLabel(
            self.tr(
                "Copy both files to the laptop, into caseintake's data folder, and give the laptop "
                "to its user, who signs in with their own passphrase. Until then keep the copy as "
                "safe as the laptop itself: it is encrypted, but it holds case data."
            )
        )
        then.setWordWrap(True)
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_label)
        result_layout.addLayout(files)
        result_layout.addWidget(then)
        result_layout.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(result_page)

        self.message = FormMessage("enrolMessage")
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton(self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setObjectName("enrolButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.enrol_button)
        self.resize(660, 280)

        self.name_edit.textChanged.connect(self._suggest_path)
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "path_chosen", True))
        self.choose_button.clicked.connect(self.choose_path)
        self._suggest_path()
        if not state.may(Action.MANAGE_TEAM):
            self.message.error(refusal(state.role, Action.MANAGE_TEAM))
            self.enrol_button.setEnabled(False)
            return
        self.state.call(users.colleagues, self._users, self._failed)

    def _users(self, found: list[Any]) -> None:
        self.user_combo.clear()
        for user in found:
            text = f"{user.display_name} ({user.username}) — {role_label(user.role)}"
            self.user_combo.addItem(text, user.username)

    def _suggest_path(self) -> None:
        if self.path_chosen:
            return
        folder = remembered(self.settings, LAPTOP_FOLDER) / safe_file_part(self.name_edit.text().strip())
        self.path_edit.setText(str(folder / LAPTOP_DATABASE))

    def choose_path(self) -> None:
        chosen = laptop_database(self, self.tr("Save the laptop's database"), Path(self.path_edit.text()))
        if chosen is not None:
            self.path_chosen = True
            self.path_edit.setText(str(chosen))

    def enrol(self) -> None:
        if self.result_value is not None:
            self.accept()
            return
        name = self.name_edit.text().strip()
        username = self.user_combo.currentData()
        path_text = self.path_edit.text().strip()
        if not name:
            self.message.error(self.tr("Give the laptop a name, for example field-laptop-3."))
            self.name_edit.setFocus()
            return
        if not username:
            self.message.error(self.tr("Choose who will use the laptop."))
            return
        if not path_text:
            self.message.error(self.tr("Choose where to write the laptop's database."))
            return
        session = self.state.session
        if session is None:
            return
        path = Path(path_text).expanduser()
        self.message.info("")
        self.enrol_button.setEnabled(False)
        run_with_progress(
            self,
            self.state.runner,
            self.tr("Enrol a laptop"),
            self.tr("Writing the laptop's database…"),
            lambda task: enrol_laptop(session, name, str(username), path, task),
            self._done,
            self._failed,
        )

    def _done(self, done: Enrolled) -> None:
        self.result_value = done
        enrolment = done.enrolment
        folder = enrolment.path.parent
        remember(self.settings, LAPTOP_FOLDER, folder if self.path_chosen else folder.parent)
        user = self.user_combo.currentText().split(" — ")[0] or enrolment.username
        self.result_label.setText(
            counted(
                enrolment.cases,
                self.tr("Enrolled %2 for %3, with %1 case."),
                self.tr("Enrolled %2 for %3, with %1 cases."),
            )
            .replace("%2", enrolment.name)
            .replace("%3", user)
        )
        self.database_label.setText(str(enrolment.path))
        self.key_file_label.setText(
            "\n".join(str(p) for p in done.beside) or self.tr("(none found beside the database)")
        )
        self.pages.setCurrentIndex(1)
        self.enrol_button.setText(self.tr("&Done"))
        self.enrol_button.setEnabled(True)
        self.cancel_button.hide()
        self.enrolled.emit(done)

    def _failed(self, exc: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.message.error(failure_message(exc))


class RevokeDialog(QDialog):
    """Pick a laptop, revoke it (after a question), and see what it held."""

    revoked = Signal(str)

    def __init__(self, state: AppState, selected: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke a laptop"))
        self.state = state
        self.selected_name = selected
        self.laptops: list[Any] = []
        self.held: list[tuple[str, bool, str, str | None]] = []
        self.held_for: Any = None
        self.closed = False
        self.finished.connect(lambda _result: setattr(self, "closed", True))

        intro = QLabel(
            self.tr(
                "Revoke a lost, stolen or retired laptop: the bundles it writes from now on are "
                "refused and kept aside, and nothing more is written for it. Its database stays "
                "encrypted under its user's passphrase. The list below is what it held, for the "
                "breach notification (Data Privacy Act)."
            )
        )
        intro.setWordWrap(True)
        self.laptop_combo = QComboBox()
        self.laptop_combo.setObjectName("revokeLaptopCombo")
        self.laptop_combo.setAccessibleName(self.tr("Laptop"))
        laptop_label = QLabel(self.tr("&Laptop:"))
        laptop_label.setBuddy(self.laptop_combo)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setObjectName("revokeButton")
        self.show_button = QPushButton(self.tr("&Show what it held"))
        self.show_button.setObjectName("showHeldButton")
        pick = QHBoxLayout()
        pick.addWidget(laptop_label)
        pick.addWidget(self.laptop_combo, 1)
        pick.addWidget(self.revoke_button)
        pick.addWidget(self.show_button)

        self.summary = QLabel()
        self.summary.setObjectName("heldSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("Case"),
                self.tr("Identity keys on it"),
                self.tr("Held from"),
                self.tr("Held until"),
                self.tr("People in the vault"),
            ],
            "heldTable",
            self.tr("Cases the laptop held"),
        )
        for column, width in enumerate((140, 140, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.copy_button.setObjectName("copyHeldButton")
        self.copy_button.setEnabled(False)
        self.message = FormMessage("revokeMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(780, 480)

        self.laptop_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.revoke_button.clicked.connect(self.revoke)
        self.show_button.clicked.connect(self.show_held)
        self.copy_button.clicked.connect(self.copy_list)
        self._update_buttons()
        if not state.may(Action.MANAGE_TEAM):
            self.message.error(refusal(state.role, Action.MANAGE_TEAM))
            self.show_button.setEnabled(False)
            return
        self.reload()

    def reload(self) -> None:
        self.state.call(team.devices, self._laptops, self._failed)

    def _laptops(self, found: list[Any]) -> None:
        if self.closed:
            return
        current = self.laptop() or None
        name = current.name if current is not None else self.selected_name
        self.laptops = found
        self.laptop_combo.blockSignals(True)
        self.laptop_combo.clear()
        for laptop in found:
            text = f"{laptop.name} ({laptop.username})"
            if laptop.revoked_at:
                text += " — " + self.tr("revoked %1").replace("%1", moment(laptop.revoked_at))
            self.laptop_combo.addItem(text, laptop.name)
        at = self.laptop_combo.findData(name) if name else -1
        self.laptop_combo.setCurrentIndex(max(at, 0))
        self.laptop_combo.blockSignals(False)
        if not found:
            self.message.info(self.tr("No laptop is enrolled."))
        self._update_buttons()

    def laptop(self) -> Any | None:
        index = self.laptop_combo.currentIndex()
        return self.laptops[index] if 0 <= index < len(self.laptops) else None

    def _update_buttons(self) -> None:
        laptop = self.laptop()
        allowed = self.state.may(Action.MANAGE_TEAM)
        self.revoke_button.setEnabled(allowed and laptop is not None and not laptop.revoked_at)
        self.show_button.setEnabled(allowed and laptop is not None)
        self.copy_button.setEnabled(bool(self.held) or self.held_for is not None)

    def revoke(self) -> None:
        laptop = self.laptop()
        if laptop is None or laptop.revoked_at:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke a laptop"),
            self.tr(
                "Revoke %1 (used by %2)? The bundles it writes from now on are refused, and nothing "
                "more is written for it. This cannot be undone: to use the laptop again, enrol it anew."
            )
            .replace("%1", laptop.name)
            .replace("%2", laptop.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.revoke_button.setEnabled(False)
        self.state.call(team.revoke, lambda held: self._revoked(laptop, held), self._failed, laptop.name)

    def _revoked(self, laptop: Any, held: list[tuple[str, bool, str, str | None]]) -> None:
        self.revoked.emit(laptop.name)
        if self.closed:
            return
        self.message.info(self.tr("%1 is revoked.").replace("%1", laptop.name))
        self._show_held(laptop, held, revoked=True)
        self.reload()

    def show_held(self) -> None:
        laptop = self.laptop()
        if laptop is None:
            return
        self.state.call(
            team.held_by,
            lambda held: self._show_held(laptop, held, revoked=bool(laptop.revoked_at)),
            self._failed,
            laptop.name,
        )

    def _show_held(
        self, laptop: Any, held: list[tuple[str, bool, str, str | None]], *, revoked: bool
    ) -> None:
        if self.closed:
            return
        self.held, self.held_for = held, laptop
        self.table.setRowCount(len(held))
        yes, no = self.tr("Yes"), self.tr("No")
        still = self.tr("(when revoked)") if revoked else self.tr("(still held)")
        for row, (reference, keys, since, until, people) in enumerate(held):
            cells = (reference, yes if keys else no, day(since), day(until) or still, people)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        with_keys = sum(1 for h in held if h[1])
        self.summary.setText(self.held_summary(laptop, len(held), with_keys))
        self._update_buttons()

    def held_summary(self, laptop: Any, cases: int, with_keys: int) -> str:
        held = counted(
            cases, self.tr("%2 (used by %3) held %1 case"), self.tr("%2 (used by %3) held %1 cases")
        )
        keys = (
            counted(
                with_keys,
                self.tr("the identity keys of %1 of them were on it."),
                self.tr("the identity keys of %1 of them were on it."),
            )
            if with_keys
            else self.tr("no identity keys were on it.")
        )
        return (held + "; " + keys).replace("%2", laptop.name).replace("%3", laptop.username)

    def held_text(self) -> str:
        """The list as tab-separated lines, to paste into a breach notice or a spreadsheet."""
        laptop = self.held_for
        if laptop is None:
            return ""
        with_keys = sum(1 for h in self.held if h[1])
        lines = [self.held_summary(laptop, len(self.held), with_keys)]
        lines.append(
            "\t".join(
                (
                    self.tr("Case"),
                    self.tr("Identity keys on it"),
                    self.tr("Held from"),
                    self.tr("Held until"),
                    self.tr("People in the vault"),
                )
            )
        )
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(5)]
            lines.append("\t".join(item.text() if item is not None else "" for item in cells))
        return "\n".join(lines) + "\n"

    def copy_list(self) -> None:
        text = self.held_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.message.info(self.tr("The list is on the clipboard."))

    def _failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self.message.error(failure_message(exc))
        self._update_buttons()
