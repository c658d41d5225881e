"""The anonymized counts dialog: a preview that never shows a small count, export, refusal."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from caseintake.domain.errors import PermissionDenied
from caseintake.services.counts import build_counts
from caseintake.services.demo import fill_with_demo_cases
from caseintake.services.documents import list_documents
from caseintake.ui.counts import CountsDialog, open_counts_dialog
from caseintake.ui.counts.model import SUPPRESSED_ROLE
from caseintake.ui.tasks import TaskRunner
from tests.gui.conftest import signed_in


@pytest.fixture
def demo(store: dict[str, Any]) -> dict[str, Any]:
    fill_with_demo_cases(store["sup"], 300, seed=1, parallel=False)
    return store


def counts_dialog(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, who: str = "sup") -> CountsDialog:
    dialog = CountsDialog(signed_in(store, runner, who))
    qtbot.addWidget(dialog)
    if who == "sup":
        with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
            pass  # the first preview was asked for in the constructor
    return dialog


def shown_counts(dialog: CountsDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, model.count_column).data() for row in range(model.rowCount())]


def assert_no_small_count(dialog: CountsDialog, k: int) -> None:
    for text in shown_counts(dialog):
        assert text == "x" or not 1 <= int(text.replace(",", "")) < k, text
    for bar in dialog.chart.bars:
        assert bar.value is None or not 1 <= bar.value < k, bar


def test_preview_shows_x_and_never_a_count_below_k(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = counts_dialog(qtbot, demo, runner)
    expected = build_counts(demo["sup"], ("year", "region"))
    published = [cell.published_count for cell in expected.cells]
    assert shown_counts(dialog) == ["x" if p is None else f"{p:,}" for p in published]
    assert_no_small_count(dialog, 5)
    model = dialog.model
    hidden = [row for row in range(model.rowCount()) if model.index(row, 2).data(SUPPRESSED_ROLE)]
    assert hidden and all(shown_counts(dialog)[row] == "x" for row in hidden)
    index = model.index(hidden[0], 2)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "suppressed to protect small counts"
    muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == muted
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Year opened"
    assert model.index(1, 1).data() == "CAR – Cordillera Administrative Region"
    years = [bar.label for bar in dialog.chart.bars]
    assert years == list(expected.domains[0])
    assert any(bar.value is None for bar in dialog.chart.bars)
    facts = dialog.facts.text()
    assert "K = 5" in facts and "from 1 to 4" in facts and "consent to statistics is yes" in facts
    assert dialog.objectName() == "countsDialog" and dialog.chart.objectName() == "countsChart"
    assert dialog.csv_button.isEnabled() and dialog.message.text() == ""

    # Changing a choice refreshes the preview by itself, after a pause.
    with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
        dialog.form.min_cell.setValue(8)
    assert "K = 8" in dialog.facts.text()
    assert_no_small_count(dialog, 8)
    with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
        dialog.form.all_cases.setChecked(True)
    assert "All cases" in dialog.facts.text()


def test_k_below_three_cannot_be_chosen(qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner) -> None:
    dialog = counts_dialog(qtbot, demo, runner)
    spin = dialog.form.min_cell
    assert spin.objectName() == "minCell" and spin.minimum() == 3 and spin.value() == 5
    spin.setValue(2)
    assert spin.value() == 3
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() >= 3 and dialog.form.options().min_cell >= 3
    dialog.done(0)  # the changes queued a refresh; stop it before the runner closes


def test_a_refused_choice_shows_the_service_sentence(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = counts_dialog(qtbot, demo, runner)
    dialog.form.set_dimensions(("month", "year"))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "period dimension" in dialog.message.text())
    assert dialog.message.text() == "Choose one period dimension: month, quarter or year."
    assert dialog.model.rowCount() == 0 and not dialog.chart.bars
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()


def test_export_writes_the_previewed_table(
    qtbot: QtBot,
    demo: dict[str, Any],
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "donor-report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = counts_dialog(qtbot, demo, runner)
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "donor-report.csv"
    assert written.args[0].path == path
    lines = path.read_text("ascii").splitlines()
    assert not any(line.startswith("#") for line in lines)  # the facts are in the .meta.json
    assert (tmp_path / "donor-report.meta.json").exists()
    rows = list(csv.DictReader(lines))
    assert [r["count"] or "x" for r in rows] == [c.replace(",", "") for c in shown_counts(dialog)]
    assert "Wrote" in dialog.message.text() and "donor-report.csv" in dialog.message.text()
    assert dialog.csv_button.isEnabled()
    assert [d.kind for d in list_documents(demo["sup"])] == ["counts_csv"]

    pdf = tmp_path / "donor-report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF") and "donor-report.pdf" in dialog.message.text()
    assert sorted(d.kind for d in list_documents(demo["sup"])) == ["counts_csv", "counts_pdf"]


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = counts_dialog(qtbot, demo, runner)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert runner.pending == 0 and dialog.message.text() == ""


def test_a_lawyer_gets_the_refusal(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(PermissionDenied) as refused:
        build_counts(demo["lawyer"])
    dialog = counts_dialog(qtbot, demo, runner, "lawyer")
    assert dialog.message.text() == str(refused.value) == "A lawyer may not export anonymized counts."
    assert runner.pending == 0 and dialog.model.rowCount() == 0
    assert not dialog.preview_button.isEnabled() and not dialog.csv_button.isEnabled()
    assert not dialog.form.isEnabled()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert open_counts_dialog(signed_in(demo, runner, "lawyer"), None) is None
    assert warned == [str(refused.value)]


def test_open_counts_dialog_for_a_supervisor(qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner) -> None:
    dialog = open_counts_dialog(signed_in(demo, runner, "sup"), None)
    assert dialog is not None  # deletes itself on close, so not handed to qtbot
    with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
        pass
    assert dialog.isVisible() and dialog.model.rowCount() > 0
    dialog.form.min_cell.setValue(6)  # a refresh is pending when the dialog closes
    dialog.close()
    assert not dialog.timer.isActive()


def test_the_dialog_names_the_earlier_exports_that_constrain_the_table(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = counts_dialog(qtbot, demo, runner)
    assert "protected on its own" in dialog.constraints.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "first.csv"), ""))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.refreshed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = dialog.constraints.text()
    assert "Protected together with 1 earlier export" in text
    assert "cases by year, region" in text
    dialog.grab().save(str(tmp_path / "counts-dialog.png"))


def test_the_pdf_language_is_chosen_remembered_and_printed(
    qtbot: QtBot, demo: dict[str, Any], runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseintake.reports.counts_pdf import pdf_text
    from caseintake.ui.admin import settings as prefs

    dialog = counts_dialog(qtbot, demo, runner)
    combo = dialog.form.language
    assert combo.objectName() == "reportLanguage" and combo.accessibleName() == "Language of the PDF"
    assert combo.currentData() == "en" and dialog.form.options().language == "en"
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "fil"]
    combo.setCurrentIndex(combo.findData("fil"))
    assert prefs.counts_language() == "fil" and dialog.form.options().language == "fil"
    assert dialog.pdf_button.isEnabled() and not dialog.timer.isActive()  # the preview still holds
    dialog.show()
    dialog.grab().save(str(tmp_path / "counts-dialog-language.png"))

    pdf = tmp_path / "bilang.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Bilang ng mga kaso" in text and "Anonymized case counts" not in text

    again = counts_dialog(qtbot, demo, runner)
    assert again.form.language.currentData() == "fil"
    again.form.language.setCurrentIndex(0)
    assert prefs.counts_language() == "en"
