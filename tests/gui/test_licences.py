"""Help → About → Licences: every component of index.json is listed with its licence text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from caseintake.ui.admin.about import AboutDialog
from caseintake.ui.admin.licences import LicencesDialog

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "licences"


def entries() -> list[dict[str, str]]:
    return list(json.loads((FOLDER / "index.json").read_text(encoding="utf-8"))["components"])


def rows(dialog: LicencesDialog) -> list[str]:
    table = dialog.findChild(QTableWidget, "licencesTable")
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def select(dialog: LicencesDialog, component: str) -> str:
    table = dialog.findChild(QTableWidget, "licencesTable")
    table.setCurrentCell(rows(dialog).index(component), 0)
    return dialog.findChild(QPlainTextEdit, "licenceText").toPlainText()


def test_the_dialog_lists_every_component_of_the_index(qtbot: QtBot) -> None:
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    assert rows(dialog) == [e["component"] for e in entries()]
    assert len(rows(dialog)) >= 20


def test_every_file_named_exists_and_is_not_empty() -> None:
    for entry in entries():
        path = FOLDER / entry["file"]
        assert path.is_file(), entry["file"]
        assert path.read_text(encoding="utf-8").strip(), entry["file"]


def test_selecting_a_component_shows_its_own_text(qtbot: QtBot) -> None:
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    sqlcipher = select(dialog, "SQLCipher (with SQLite)")
    assert "ZETETIC LLC" in sqlcipher
    assert "May you do good and not evil." in sqlcipher
    reportlab = select(dialog, "ReportLab")
    assert "ReportLab Inc." in reportlab and "ZETETIC" not in reportlab
    assert select(dialog, "OpenSSL").count("Apache License") >= 1


def test_qt_says_how_to_replace_its_libraries(qtbot: QtBot) -> None:
    qt = next(e for e in entries() if e["component"] == "Qt 6 and PySide6")
    assert qt["spdx"] == "LGPL-3.0-only"
    assert "relink" in qt["notice"].lower() and "replace" in qt["notice"].lower()
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    text = select(dialog, "Qt 6 and PySide6")
    assert "relinking" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert text.count("Replacing the Qt libraries") == 1, "the notice is shown once"


def test_a_missing_text_is_said_in_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "index.json").write_text(
        json.dumps(
            {"components": [{"component": "Gone", "spdx": "MIT", "licence": "MIT", "file": "gone.txt"}]}
        ),
        encoding="utf-8",
    )
    dialog = LicencesDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit, "licenceText").toPlainText()
    assert "gone.txt is missing from this installation" in text


def test_about_opens_the_licences(qtbot: QtBot, store: dict[str, Any], monkeypatch: Any) -> None:
    opened: list[LicencesDialog] = []
    monkeypatch.setattr(LicencesDialog, "exec", lambda self: opened.append(self) or 0)
    about = AboutDialog(store["path"])
    qtbot.addWidget(about)
    button = about.findChild(QPushButton, "aboutLicences")
    assert button is not None and not button.isDefault() and not button.autoDefault()
    button.click()
    assert len(opened) == 1 and rows(opened[0])[0] == "Qt 6 and PySide6"
