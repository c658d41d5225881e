"""Help → About → Licences: every component the application ships, its licence and the full text.

The list comes from resources/licences/index.json, written beside the texts it names, so the
dialog, the bundle and the tests read one record. Versions are read from the running program
(the installed package's metadata, Qt, the SQLCipher engine, Python), not copied into the index,
so they cannot drift from what is actually shipped. The LGPL asks that a user be told how to
replace the Qt libraries; that notice is shown above Qt's licence text.
"""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.vault_access import engine_versions
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen

INDEX = "index.json"


def _folder_candidates() -> list[Path]:
    """The source tree, a frozen bundle (_internal/resources), an installed wheel's data files."""
    candidates = [Path(__file__).resolve().parents[3] / "resources" / "licences"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources" / "licences")
    candidates.append(Path(sys.prefix) / "share" / "caseintake" / "licences")
    return candidates


def licence_folder() -> Path:
    for folder in _folder_candidates():
        if (folder / INDEX).is_file():
            return folder
    raise FileNotFoundError("The licence texts are missing from resources/licences; reinstall caseintake.")


@dataclass(frozen=True)
class Licence:
    component: str
    version: str
    spdx: str
    licence: str
    path: Path
    notice: str
    note: str

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _runtime_version(kind: str) -> str:
    if kind == "qt":
        import PySide6

        qt = qVersion()
        return qt if qt == PySide6.__version__ else f"Qt {qt}, PySide6 {PySide6.__version__}"
    if kind == "python":
        return platform.python_version()
    if kind == "sqlcipher":
        return engine_versions()["sqlcipher"]
    return ""


def component_version(entry: dict[str, str]) -> str:
    """The running version: from the program itself, else the installed metadata, else the index."""
    found = _runtime_version(entry.get("runtime", ""))
    if not found and entry.get("distribution"):
        try:
            found = metadata.version(entry["distribution"])
        except metadata.PackageNotFoundError:
            found = ""
    return found or entry.get("version", "") or "—"


def index_entries(folder: Path | None = None) -> list[dict[str, str]]:
    folder = folder or licence_folder()
    data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    return list(data["components"])


def load_licences(folder: Path | None = None) -> list[Licence]:
    folder = folder or licence_folder()
    return [
        Licence(
            component=entry["component"],
            version=component_version(entry),
            spdx=entry["spdx"],
            licence=entry["licence"],
            path=folder / entry["file"],
            notice=entry.get("notice", ""),
            note=entry.get("note", ""),
        )
        for entry in index_entries(folder)
    ]


class LicencesDialog(QDialog):
    """A table of components on the left, the selected one's notice and licence text beside it."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        self.licences = load_licences(folder)

        intro = QLabel(
            self.tr(
                "caseintake is built from these components. Each is used under the licence shown; "
                "select one to read its licence text."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.licences), 3)
        self.table.setObjectName("licencesTable")
        self.table.setAccessibleName(self.tr("Components and their licences"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for row, licence in enumerate(self.licences):
            for column, value in enumerate((licence.component, licence.version, licence.spdx)):
                item = QTableWidgetItem(value)
                item.setToolTip(licence.licence if column == 2 else value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 620])  # the texts are laid out for about 78 columns

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))

        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.show_licence(row))
        if self.licences:
            self.table.selectRow(0)
            self.show_licence(0)
        self.resize(1100, 640)  # fits a 1366×768 screen with its task bar

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.licences):
            return
        licence = self.licences[row]
        heading = f"{licence.component} {licence.version}\n{licence.licence} ({licence.spdx})\n"
        parts = [heading]
        if licence.note:
            parts.append(licence.note + "\n")
        try:
            body = licence.text()
        except OSError:
            missing = self.tr("The licence text {0} is missing from this installation.")
            body = missing.format(licence.path.name)
        if licence.notice and " ".join(licence.notice.split()) not in " ".join(body.split()):
            parts.append(licence.notice + "\n")
        parts.append("\n" + body)
        self.text.setPlainText("\n".join(parts))
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
