"""Where each kind of file is saved: the folder of the last one, remembered per machine.

A save dialog that opens in the working folder sends a court paper into the program's own folder
(or, on Windows, into C:\\Windows\\System32). Each kind of output (hearing summary, backup, counts,
calendar) remembers the folder it was last saved to, so the lawyer's summaries go back to the
lawyer's folder and the backups to the USB drive; the first time, the user's Documents folder.

Only the folder's path is kept, in QSettings beside the other machine preferences: never a file
name, a case reference or anything else about a case (DESIGN §2.1).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths

from caseintake.ui.admin.settings import app_settings

#: The kinds of output that remember a folder; a kind names a QSettings key, never a file.
KINDS = ("hearing_summary", "backup", "counts", "calendar")
_KEY = "folders/{}"


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}; use one of {', '.join(KINDS)}")
    return _KEY.format(kind)


def documents_folder() -> Path:
    """The user's Documents folder; the home folder where there is none. Never the working folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path(QDir.homePath())


def remembered_folder(kind: str, settings: QSettings | None = None) -> Path:
    """The folder the last file of this kind went to, if it still exists; else Documents."""
    store = settings if settings is not None else app_settings()
    raw = store.value(_key(kind), "")
    folder = Path(str(raw)) if raw else None
    if folder is not None and folder.is_absolute() and folder.is_dir():
        return folder
    return documents_folder()


def remember_folder(kind: str, folder: Path, settings: QSettings | None = None) -> None:
    """Keep `folder` (an absolute path; nothing else) as where the next file of this kind goes."""
    store = settings if settings is not None else app_settings()
    store.setValue(_key(kind), str(folder.absolute()))
    store.sync()
