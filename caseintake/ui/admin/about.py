"""About: the versions a support person asks for first, and where the data lives.

The engine versions matter here because the whole promise rests on SQLCipher 4; showing them
lets anyone confirm the build without a command line. Nothing here touches the database.
"Licences…" lists every shipped component with its licence text (licences.py).
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

import caseintake
from caseintake.services.vault_access import engine_versions
from caseintake.ui.admin.licences import LicencesDialog
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen


def versions() -> dict[str, str]:
    engine = engine_versions()
    return {
        "caseintake": caseintake.__version__,
        "sqlcipher": engine["sqlcipher"],
        "sqlite": engine["sqlite"],
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "python": platform.python_version(),
    }


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About caseintake"))
        found = versions()

        title = QLabel(f"caseintake {found['caseintake']}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(
            self.tr(
                "Encrypted, offline case intake for legal-aid teams protecting children from online "
                "sexual exploitation."
            )
        )
        tagline.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            (self.tr("Version:"), found["caseintake"], "aboutVersion"),
            (self.tr("SQLCipher:"), found["sqlcipher"], "aboutSqlcipher"),
            (self.tr("SQLite:"), found["sqlite"], "aboutSqlite"),
            (self.tr("Qt / PySide6:"), f"{found['qt']} / {found['pyside']}", "aboutQt"),
            (self.tr("Python:"), found["python"], "aboutPython"),
            (self.tr("Data folder:"), str(db_path.parent), "aboutDataFolder"),
        )
        for label, value, name in rows:
            field = QLabel(value)
            field.setObjectName(name)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(name == "aboutDataFolder")
            form.addRow(label, field)

        promise = QLabel(
            self.tr(
                "caseintake makes no network connection. All case data is in one encrypted database "
                "file and its key file, both in the data folder."
            )
        )
        promise.setWordWrap(True)
        promise.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        licences = buttons.addButton(self.tr("&Licences…"), QDialogButtonBox.ButtonRole.ActionRole)
        licences.setObjectName("aboutLicences")
        licences.setToolTip(self.tr("The components caseintake is built from and their licences"))
        licences.clicked.connect(self.show_licences)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(promise)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.setMinimumWidth(480)

    def show_licences(self) -> None:
        LicencesDialog(self).exec()
