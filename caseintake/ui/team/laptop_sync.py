"""Team → Sync on a laptop: its bundle for the office, the office's bundle back, a shared folder.

"Write bundle for the office…" writes everything the office has not acknowledged yet; "Apply
bundle from the office…" applies the return bundle. With a shared folder (filled by Syncthing or
a network share; `shared_folder.SharedFolder`), "Sync now" does both through that folder, and
new bundles for this laptop are applied as they appear, whether this window is open or not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseintake.services import sync, team
from caseintake.services.sync import Received, Sent
from caseintake.services.team import Status
from caseintake.ui.admin.forms import FormMessage
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.team.files import bundle_to_apply, bundle_to_write, folder_to_watch
from caseintake.ui.team.shared_folder import FolderRun, SharedFolder, outgoing_name
from caseintake.ui.team.tables import result_label, result_panes
from caseintake.ui.team.words import moment, received_text, sent_text
from caseintake.ui.text import counted


class LaptopSyncDialog(QDialog):
    """`synced` fires after each bundle written or applied (the status line counts again);
    `conflicts_requested` asks the Team menu to open the conflicts."""

    synced = Signal()
    conflicts_requested = Signal()

    def __init__(
        self,
        state: AppState,
        settings: QSettings,
        folder: SharedFolder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("laptopSyncDialog")
        self.setWindowTitle(self.tr("Sync with the office"))
        self.state = state
        self.settings = settings
        self.folder = folder
        self.status: Status | None = None
        self.closed = False
        self.finished.connect(lambda _result: setattr(self, "closed", True))

        self.laptop_label = QLabel("…")
        self.laptop_label.setObjectName("laptopName")
        self.pending_label = QLabel("…")
        self.pending_label.setObjectName("pendingCount")
        self.written_label = QLabel("…")
        self.written_label.setObjectName("lastWritten")
        self.applied_label = QLabel("…")
        self.applied_label.setObjectName("lastApplied")
        self.conflicts_label = QLabel("…")
        self.conflicts_label.setObjectName("laptopConflictCount")
        facts = QFormLayout()
        facts.addRow(self.tr("This laptop:"), self.laptop_label)
        facts.addRow(self.tr("Not yet at the office:"), self.pending_label)
        facts.addRow(self.tr("Last bundle written:"), self.written_label)
        facts.addRow(self.tr("Last bundle from the office applied:"), self.applied_label)
        facts.addRow(self.tr("Conflicts:"), self.conflicts_label)

        self.write_button = QPushButton(self.tr("&Write bundle for the office…"))
        self.write_button.setObjectName("writeOfficeBundleButton")
        self.apply_button = QPushButton(self.tr("&Apply bundle from the office…"))
        self.apply_button.setObjectName("applyOfficeBundleButton")
        self.conflicts_button = QPushButton(self.tr("Con&flicts…"))
        self.conflicts_button.setObjectName("laptopConflictsButton")
        self.write_button.clicked.connect(lambda _checked=False: self.write_bundle())
        self.apply_button.clicked.connect(lambda _checked=False: self.apply_bundle())
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        by_file = QHBoxLayout()
        by_file.addWidget(self.write_button)
        by_file.addWidget(self.apply_button)
        by_file.addStretch(1)
        by_file.addWidget(self.conflicts_button)

        shared = QGroupBox(self.tr("Shared sync folder"))
        shared.setObjectName("sharedFolderBox")
        explain = QLabel(
            self.tr(
                "A folder that Syncthing or a network share keeps in step with the office. When one "
                "is set, bundles for this laptop are applied as they appear in it, and Sync now "
                "writes this laptop's bundle into it. caseintake itself opens no network connection."
            )
        )
        explain.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("sharedFolderEdit")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Shared sync folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder: bundles travel by hand (a USB stick)"))
        self.choose_button = QPushButton(self.tr("C&hoose folder…"))
        self.choose_button.setObjectName("chooseFolderButton")
        self.stop_button = QPushButton(self.tr("S&top using it"))
        self.stop_button.setObjectName("stopFolderButton")
        self.sync_now_button = QPushButton(self.tr("Sync &now"))
        self.sync_now_button.setObjectName("syncNowButton")
        self.folder_state = QLabel()
        self.folder_state.setObjectName("sharedFolderState")
        self.folder_state.setWordWrap(True)
        self.choose_button.clicked.connect(self.choose_folder)
        self.stop_button.clicked.connect(lambda: self.folder.set_folder(None))
        self.sync_now_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.sync_now_button)
        inner = QVBoxLayout(shared)
        inner.addWidget(explain)
        inner.addLayout(row)
        inner.addWidget(self.folder_state)

        self.received_label = result_label(self.tr("Nothing applied yet in this window."), "receivedText")
        self.sent_label = result_label(self.tr("Nothing written yet in this window."), "sentText")
        results = result_panes(
            [(self.tr("Sent"), self.sent_label), (self.tr("Received"), self.received_label)]
        )

        self.message = FormMessage("laptopSyncMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addLayout(by_file)
        layout.addWidget(shared)
        layout.addLayout(results)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)
        make_default(close, close.button(QDialogButtonBox.StandardButton.Close))
        self.resize(820, 440)

        self.folder.changed.connect(self._show_folder)
        self.folder.ran.connect(self._folder_ran)
        self.folder.failed.connect(self._failed)
        self.listening = True
        self.finished.connect(lambda _result: self._let_go_of_folder())
        self._show_folder()
        self.reload()

    def _let_go_of_folder(self) -> None:
        """Closed: the folder (which outlives this window) stops reporting here."""
        if not self.listening:
            return
        self.listening = False
        self.folder.changed.disconnect(self._show_folder)
        self.folder.ran.disconnect(self._folder_ran)
        self.folder.failed.disconnect(self._failed)

    # -- the facts ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.state.call(team.status, self._show, self._failed)

    def _show(self, status: Status) -> None:
        if self.closed:
            return
        self.status = status
        self.laptop_label.setText(status.name)
        self.pending_label.setText(
            counted(status.pending, self.tr("%1 change"), self.tr("%1 changes"))
            if status.pending
            else self.tr("nothing: every change is at the office")
        )
        self.written_label.setText(moment(status.last_export_at))
        self.applied_label.setText(moment(status.last_import_at))
        self.conflicts_label.setText(
            counted(
                status.conflicts,
                self.tr("%1 waits for the office's decision"),
                self.tr("%1 wait for the office's decision"),
            )
            if status.conflicts
            else self.tr("none")
        )

    def _show_folder(self) -> None:
        if self.closed:
            return
        folder = self.folder.folder()
        self.folder_edit.setText(str(folder) if folder is not None else "")
        self.stop_button.setEnabled(folder is not None)
        self.sync_now_button.setEnabled(folder is not None)
        if folder is None:
            self.folder_state.setText("")
        elif not folder.is_dir():
            self.folder_state.setText(
                self.tr("The folder is not there now (a share not connected?); it is used again once it is.")
            )
        else:
            self.folder_state.setText(self.tr("Watching the folder for bundles from the office."))

    # -- by hand ------------------------------------------------------------------------------------

    def write_bundle(self) -> None:
        session = self.state.session
        if session is None:
            return
        title = self.tr("Write a bundle for the office")
        name = self.status.name if self.status is not None else "laptop"
        target = bundle_to_write(self, title, outgoing_name(name), self.state.db_path, self.settings)
        if target is None:
            return
        run_with_progress(
            self,
            self.state.runner,
            title,
            self.tr("Writing the bundle…"),
            lambda task: sync.export_bundle(session, target.path, force=target.replace, task=task),
            self._written,
            self._failed,
        )

    def _written(self, sent: Sent) -> None:
        self.synced.emit()
        if self.closed:
            return
        self.sent_label.setText(sent_text(sent, self.tr("the office")))
        self.message.info(self.tr("Take %1 to the office to be applied there.").replace("%1", sent.path.name))
        self.reload()

    def apply_bundle(self, path: Path | None = None) -> None:
        session = self.state.session
        title = self.tr("Apply the office's bundle")
        chosen = path or bundle_to_apply(self, title, self.settings)
        if chosen is None or session is None:
            return
        run_with_progress(
            self,
            self.state.runner,
            title,
            self.tr("Verifying and applying the bundle…"),
            lambda task: sync.import_bundle(session, chosen, task=task),
            lambda got: self._applied(got, chosen.name),
            self._failed,
        )

    def _applied(self, got: Received, file_name: str) -> None:
        self.synced.emit()
        if self.closed:
            return
        self.received_label.setText(received_text(got, self.tr("the office"), file_name, at_hub=False))
        self.message.info("")
        self.reload()

    # -- through the shared folder ----------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = folder_to_watch(self, self.tr("Choose the shared sync folder"), self.folder.folder())
        if chosen is not None:
            self.folder.set_folder(chosen)

    def sync_now(self) -> None:
        if self.folder.sync_now():
            self.message.info(self.tr("Syncing through the shared folder…"))
            self.sync_now_button.setEnabled(False)
        else:
            self.message.error(self.tr("The shared folder is not there, or a sync is already under way."))

    def _folder_ran(self, run: FolderRun) -> None:
        if self.closed:
            return
        self.sync_now_button.setEnabled(self.folder.folder() is not None)
        if run.sent is not None:
            self.sent_label.setText(sent_text(run.sent, self.tr("the office")))
        texts = []
        for applied in run.applied:
            if applied.received is not None:
                texts.append(
                    received_text(applied.received, self.tr("the office"), applied.file, at_hub=False)
                )
            elif applied.error is not None:
                texts.append(f"{applied.file}: {failure_message(applied.error)}")
        if texts:
            self.received_label.setText("\n\n".join(texts))
        if run.sent is not None:
            self.message.info(
                self.tr("Synced: this laptop's bundle is in the folder, and the office's bundle was applied.")
                if texts
                else self.tr("Synced: this laptop's bundle is in the folder; no new bundle from the office.")
            )
        self.reload()

    def _failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self.sync_now_button.setEnabled(self.folder.folder() is not None)
        self.message.error(failure_message(exc))
        self.reload()
