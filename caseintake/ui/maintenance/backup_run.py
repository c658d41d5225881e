"""Keys and backups → Back up: the backup is written on the database thread behind a progress
dialog whose Cancel button (or Esc) stops it.

A cancelled backup leaves no file behind (its temporary files are removed, nothing is placed at
the chosen name, an older backup there stays as it was) and the database untouched: a backup only
reads it, and is recorded in the audit log and the document register only once it is complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from caseintake.services.progress import Cancelled
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


def run_backup(parent: QWidget, state: AppState, path: Path, *, force: bool) -> QProgressDialog | None:
    """Start the backup to `path`; the outcome is said in a message and on the status bar."""
    from caseintake.services.maintenance import make_backup

    session = state.session
    if session is None:
        return None
    title = QCoreApplication.translate("Backup", "Back up")

    def done(_digest: str) -> None:
        text = QCoreApplication.translate("Backup", "Backup written to %1.").replace("%1", str(path))
        _status(parent, text)
        _tell(parent, QMessageBox.Icon.Information, title, text)

    def failed(exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            text = QCoreApplication.translate(
                "Backup",
                "The backup was cancelled: no backup file was written and the database was not changed.",
            )
            _status(parent, text)
            _tell(parent, QMessageBox.Icon.Information, title, text)
        else:
            _tell(parent, QMessageBox.Icon.Warning, title, failure_message(exc))

    dialog = run_with_progress(
        parent,
        state.runner,
        title,
        QCoreApplication.translate("Backup", "Writing the backup to %1…").replace("%1", path.name),
        lambda task: make_backup(session, path, force=force, task=task),
        done,
        failed,
    )
    dialog.setObjectName("backupProgressDialog")
    dialog.setMinimumWidth(420)
    return dialog


def _status(parent: QWidget, text: str) -> None:
    status = getattr(parent, "statusBar", None)
    if callable(status):
        status().showMessage(text, 8000)


def _tell(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message that does not block the event loop (the work's answer arrives inside it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backupOutcome")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
