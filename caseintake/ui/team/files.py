"""Choosing the files of team work: a bundle to write or apply, a laptop's new database, the
shared sync folder. Each remembers its folder (only the folder's path) in QSettings, like the
other outputs (`ui.output_folders`); a bundle to write passes the same checks as every output
(`ui.save_target.confirm_save_target`: never the database's folder, never over a backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from caseintake.ui.output_folders import documents_folder
from caseintake.ui.save_target import SaveTarget, confirm_save_target

BUNDLE_SUFFIX = ".cibundle"
BUNDLE_FOLDER = "team/bundleFolder"
LAPTOP_FOLDER = "team/laptopFolder"
SHARED_FOLDER = "team/sharedFolder"
HUB_FOLDER = "team/hubSharedFolder"


def bundle_filter() -> str:
    return QCoreApplication.translate("TeamFiles", "caseintake bundles (*.cibundle);;All files (*)")


def remembered(settings: QSettings, key: str) -> Path:
    raw = settings.value(key, "")
    folder = Path(str(raw)) if raw else None
    if folder is not None and folder.is_absolute() and folder.is_dir():
        return folder
    return documents_folder()


def remember(settings: QSettings, key: str, folder: Path) -> None:
    settings.setValue(key, str(folder.absolute()))
    settings.sync()


def bundle_to_write(
    parent: QWidget | None, title: str, suggested: str, database: Path, settings: QSettings
) -> SaveTarget | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(remembered(settings, BUNDLE_FOLDER) / suggested),
        bundle_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(path.name + BUNDLE_SUFFIX)
    target = confirm_save_target(parent, title, path, database)
    if target is not None:
        remember(settings, BUNDLE_FOLDER, target.path.parent)
    return target


def bundle_to_apply(parent: QWidget | None, title: str, settings: QSettings) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(remembered(settings, BUNDLE_FOLDER)), bundle_filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember(settings, BUNDLE_FOLDER, path.parent)
    return path


def laptop_database(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("TeamFiles", "caseintake databases (*.db)"),
    )
    return Path(chosen) if chosen else None


def folder_to_watch(parent: QWidget | None, title: str, start: Path | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or documents_folder()))
    return Path(chosen) if chosen else None
