"""The save dialog every export uses: pick a file, refuse what the core refuses, ask before replacing.

Qt's own "replace?" question is switched off so that the question is ours and comes after the
core's checks (`storage.safe_output`): a file the application may never write (the database's
folder, a link, a backup) is refused with the core's sentence instead of being offered for
replacement. The service then writes with `force` only if the user agreed here.

The dialog opens in the folder where the last file of the same kind went (`output_folders`), the
user's Documents folder the first time, never the working folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caseintake.domain.errors import CaseintakeError
from caseintake.services.outputs import check_destination
from caseintake.ui.output_folders import remember_folder, remembered_folder
from caseintake.ui.tasks import failure_message


@dataclass(frozen=True)
class SaveTarget:
    path: Path
    #: The user agreed to replace an existing file; the service writes with `force`.
    replace: bool


def choose_save_target(
    parent: QWidget | None,
    title: str,
    suggested: str,
    file_filter: str,
    database: Path | None,
    *,
    kind: str,
    settings: QSettings | None = None,
    suffix: str = "",
    replaces_backup: bool = False,
) -> SaveTarget | None:
    """Ask for a file to write; None when the user cancelled or the file may not be written.

    `suggested` is a file name; the dialog opens in the folder remembered for `kind` (one of
    `output_folders.KINDS`), which a file accepted here then becomes. `settings` is the
    application's store unless a window or a test passes its own."""
    folder = remembered_folder(kind, settings)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / Path(suggested).name),
        file_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    target = confirm_save_target(parent, title, path, database, replaces_backup=replaces_backup)
    if target is not None:
        remember_folder(kind, target.path.parent, settings)
    return target


def confirm_save_target(
    parent: QWidget | None, title: str, path: Path, database: Path | None, *, replaces_backup: bool = False
) -> SaveTarget | None:
    """The checks after the file dialog: the core's refusals, then the question to replace."""
    try:
        check_destination(path, database, force=True, replaces_backup=replaces_backup)
    except CaseintakeError as exc:
        QMessageBox.warning(parent, title, failure_message(exc))
        return None
    if not os.path.lexists(path):
        return SaveTarget(path, replace=False)
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("SaveTarget", "%1 already exists in %2. Replace it?")
        .replace("%1", path.name)
        .replace("%2", str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return SaveTarget(path, replace=True)
