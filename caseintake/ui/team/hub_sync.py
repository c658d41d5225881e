"""Team → Sync at the office hub: every laptop with its last sync, and the bundles both ways.

A laptop's bundle arrives as a file (from a USB stick or a shared folder); "Apply bundle…"
verifies and applies it, with progress, and says what was applied, what conflicts it raised and
what was refused. "Write bundle for selected laptop…" writes that laptop's return bundle (the
office's changes to its cases, cases new to it, cases to let go, resolutions). Supervisors only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.roles import Action
from caseintake.services import sync, team
from caseintake.services.sync import FolderSync, Received, Sent
from caseintake.ui.admin.forms import FormMessage, refusal
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.team.files import HUB_FOLDER, bundle_to_apply, bundle_to_write, folder_to_watch
from caseintake.ui.team.tables import read_only_table, result_label, result_panes
from caseintake.ui.team.words import moment, received_text, sent_text
from caseintake.ui.text import counted


class HubSyncDialog(QDialog):
    """`synced` fires after each bundle applied or written (the status line counts again);
    `enrol_requested`, `revoke_requested` (a laptop's name) and `conflicts_requested` ask the
    Team menu to open those dialogs."""

    synced = Signal()
    enrol_requested = Signal()
    revoke_requested = Signal(str)
    conflicts_requested = Signal()

    def __init__(self, state: AppState, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("hubSyncDialog")
        self.setWindowTitle(self.tr("Sync with the laptops"))
        self.state = state
        self.settings = settings
        self.laptops: list[Any] = []
        self.closed = False
        self.finished.connect(lambda _result: setattr(self, "closed", True))

        intro = QLabel(
            self.tr(
                "This computer is the office hub. Apply the bundle a laptop brings (a file on a USB "
                "stick or in a shared folder), then write its return bundle and take that back to "
                "the laptop. caseintake opens no network connection: files are the only way in or out."
            )
        )
        intro.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("Laptop"),
                self.tr("User"),
                self.tr("State"),
                self.tr("Last bundle from it"),
                self.tr("Last bundle for it"),
                self.tr("Bundles in"),
                self.tr("Bundles out"),
            ],
            "laptopsTable",
            self.tr("Enrolled laptops"),
        )
        for column, width in enumerate((150, 110, 200, 150, 150, 90, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(80)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.apply_button = QPushButton(self.tr("&Apply bundle…"))
        self.apply_button.setObjectName("applyBundleButton")
        self.write_button = QPushButton(self.tr("&Write bundle for selected laptop…"))
        self.write_button.setObjectName("writeBundleButton")
        self.enrol_button = QPushButton(self.tr("&Enrol a laptop…"))
        self.enrol_button.setObjectName("hubEnrolButton")
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setObjectName("hubRevokeButton")
        self.conflicts_button = QPushButton(self.tr("&Conflicts…"))
        self.conflicts_button.setObjectName("hubConflictsButton")
        self.folder_button = QPushButton(self.tr("&Sync shared folder…"))
        self.folder_button.setObjectName("hubFolderButton")
        self.folder_button.setToolTip(
            self.tr(
                "Apply every laptop's bundle in a shared folder, then write a return bundle there for "
                "each laptop in use"
            )
        )
        self.folder_button.clicked.connect(lambda _checked=False: self.sync_folder())
        self.apply_button.clicked.connect(lambda _checked=False: self.apply_bundle())
        self.write_button.clicked.connect(lambda _checked=False: self.write_bundle())
        self.enrol_button.clicked.connect(self.enrol_requested.emit)
        self.revoke_button.clicked.connect(self._revoke_selected)
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        bundles = QHBoxLayout()
        bundles.addWidget(self.apply_button)
        bundles.addWidget(self.write_button)
        bundles.addWidget(self.folder_button)
        bundles.addStretch(1)
        bundles.addWidget(self.enrol_button)
        bundles.addWidget(self.revoke_button)
        bundles.addWidget(self.conflicts_button)

        self.received_label = result_label(self.tr("Nothing applied yet in this window."), "receivedText")
        self.sent_label = result_label(self.tr("Nothing written yet in this window."), "sentText")
        results = result_panes(
            [(self.tr("Received"), self.received_label), (self.tr("Sent"), self.sent_label)]
        )

        self.message = FormMessage("hubSyncMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bundles)
        layout.addLayout(results)
        layout.addWidget(self.message)
        layout.addWidget(close)
        make_default(close, close.button(QDialogButtonBox.StandardButton.Close))
        self.resize(1000, 560)

        self.allowed = state.may(Action.MANAGE_TEAM)
        self._update_buttons()
        if not self.allowed:
            self.message.error(refusal(state.role, Action.MANAGE_TEAM))
            return
        self.reload()

    # -- the laptops --------------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        self.state.call(team.devices, lambda found: self._show(found, select), self._failed)

    def _show(self, found: list[Any], select: str) -> None:
        if self.closed:
            return
        current = self.selected()
        keep = select or (current.name if current is not None else "")
        self.laptops = found
        self.table.setRowCount(len(found))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, laptop in enumerate(found):
            cells = (
                laptop.name,
                laptop.username,
                self.state_text(laptop),
                moment(laptop.last_import_at),
                moment(laptop.last_export_at),
                str(laptop.bundles_in),
                str(laptop.bundles_out),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if laptop.revoked_at:
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
        for row, laptop in enumerate(found):
            if laptop.name == keep:
                self.table.selectRow(row)
        if not found and not self.message.text():
            self.message.info(self.tr("No laptop is enrolled yet: use Enrol a laptop… to make one."))
        self._update_buttons()

    def state_text(self, laptop: Any) -> str:
        if laptop.revoked_at:
            return self.tr("Revoked %1").replace("%1", moment(laptop.revoked_at))
        if not laptop.bundles_in:
            return self.tr("Enrolled %1, no bundle yet").replace("%1", moment(laptop.enrolled_at)[:10])
        return self.tr("In use")

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.laptops[rows[0].row()] if rows and rows[0].row() < len(self.laptops) else None

    def _update_buttons(self) -> None:
        laptop = self.selected()
        for button in (self.apply_button, self.enrol_button, self.conflicts_button, self.folder_button):
            button.setEnabled(self.allowed)
        active = self.allowed and laptop is not None and not laptop.revoked_at
        self.write_button.setEnabled(active)
        self.revoke_button.setEnabled(active)

    def _revoke_selected(self) -> None:
        laptop = self.selected()
        self.revoke_requested.emit(laptop.name if laptop is not None else "")

    def name_of(self, number: int) -> str:
        for laptop in self.laptops:
            if laptop.number == number:
                return str(laptop.name)
        return self.tr("laptop %1").replace("%1", str(number))

    # -- bundles ------------------------------------------------------------------------------------

    def apply_bundle(self, path: Path | None = None) -> None:
        title = self.tr("Apply a laptop's bundle")
        chosen = path or bundle_to_apply(self, title, self.settings)
        session = self.state.session
        if chosen is None or session is None or not self.allowed:
            return
        run_with_progress(
            self,
            self.state.runner,
            title,
            self.tr("Verifying and applying the bundle…"),
            lambda task: sync.import_bundle(session, chosen, task=task),
            lambda got: self._applied(got, chosen),
            self._failed,
        )

    def _applied(self, got: Received, path: Path) -> None:
        self.synced.emit()
        if self.closed:
            return
        sender = self.name_of(got.sender)
        self.received_label.setText(received_text(got, sender, path.name, at_hub=True))
        self.message.info(
            self.tr("Next: write the return bundle for %1 and take it back to the laptop.").replace(
                "%1", sender
            )
        )
        self.reload(select=sender)

    def write_bundle(self, target: Path | None = None, *, replace: bool = False) -> None:
        laptop = self.selected()
        session = self.state.session
        if laptop is None or laptop.revoked_at or session is None or not self.allowed:
            return
        title = self.tr("Write a bundle for %1").replace("%1", laptop.name)
        if target is None:
            chosen = bundle_to_write(
                self,
                title,
                sync.from_office_name(laptop.name),
                self.state.db_path,
                self.settings,
            )
            if chosen is None:
                return
            target, replace = chosen.path, chosen.replace
        where = target
        run_with_progress(
            self,
            self.state.runner,
            title,
            self.tr("Writing the bundle…"),
            lambda task: sync.export_bundle(session, where, device=laptop.name, force=replace, task=task),
            lambda sent: self._written(sent, laptop.name),
            self._failed,
        )

    def _written(self, sent: Sent, name: str) -> None:
        self.synced.emit()
        if self.closed:
            return
        self.sent_label.setText(sent_text(sent, name))
        self.message.info(self.tr("Take %1 to the laptop and apply it there.").replace("%1", sent.path.name))
        self.reload(select=name)

    def sync_folder(self, folder: Path | None = None) -> None:
        """One round through a shared folder (one that a network share or a file-sync tool keeps
        in step with the laptops): every laptop's bundle there is applied, then a return bundle
        is written there for each laptop in use."""
        title = self.tr("Sync a shared folder")
        if folder is None:
            remembered = self.settings.value(HUB_FOLDER, "")
            folder = folder_to_watch(self, title, Path(str(remembered)) if remembered else None)
            if folder is None:
                return
        self.settings.setValue(HUB_FOLDER, str(folder))
        session = self.state.session
        if session is None or not self.allowed:
            return
        where = folder
        run_with_progress(
            self,
            self.state.runner,
            title,
            self.tr("Applying the laptops' bundles and writing theirs…"),
            lambda task: sync.sync_folder(session, where, task=task),
            self._folder_done,
            self._failed,
        )

    def _folder_done(self, done: FolderSync) -> None:
        self.synced.emit()
        if self.closed:
            return
        received = [
            received_text(got, self.name_of(got.sender), name, at_hub=True) for name, got in done.received
        ]
        refused = [
            self.tr("%1 was refused: %2").replace("%1", name).replace("%2", failure_message(exc))
            for name, exc in done.refused
        ]
        self.received_label.setText(
            "\n\n".join(received + refused) or self.tr("No bundle in the folder was written for this hub.")
        )
        self.sent_label.setText(
            counted(
                len(done.sent),
                self.tr("Wrote %1 return bundle into the folder."),
                self.tr("Wrote %1 return bundles into the folder."),
            )
        )
        self.message.info(self.tr("The shared folder is synced."))
        self.reload()

    def _failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self.message.error(failure_message(exc))
        self.reload()
