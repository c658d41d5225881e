"""Long work with a progress dialog and a Cancel button that really cancels.

Cancelling sets the task's flag; the service raises `Cancelled` at its next step, its
transaction rolls back, and the dialog reports that nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from caseintake.domain.errors import IdentityLeak
from caseintake.services.progress import Cancelled, Task
from caseintake.ui.tasks import TaskRunner, failure_message


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    label: str,
    work: Callable[[Task], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None] | None = None,
) -> QProgressDialog:
    """`on_failed`, if given, replaces the default message (a leak block offers allow-word)."""
    cancel = QCoreApplication.translate("LongWork", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    task = runner.task(progress)
    dialog.canceled.connect(task.cancel)
    # Esc reaches Cancel through a shortcut that needs the dialog's window to be active; when it
    # is not yet, Esc rejects the dialog instead: that must cancel too, never hide the work.
    dialog.rejected.connect(task.cancel)

    def finished(result: Any) -> None:
        dialog.reset()
        dialog.close()
        on_done(result)

    def failed(exc: Exception) -> None:
        dialog.reset()
        dialog.close()
        if on_failed is not None:
            on_failed(exc)
        elif isinstance(exc, Cancelled):
            QMessageBox.information(parent, title, failure_message(exc))
        elif isinstance(exc, IdentityLeak):
            from caseintake.ui.leak_block import show_leak_block

            state = getattr(parent, "state", None) or getattr(parent.window(), "state", None)
            show_leak_block(parent, state, exc, title)
        else:
            QMessageBox.warning(parent, title, failure_message(exc))

    runner.run(lambda: work(task), finished, failed)
    return dialog
