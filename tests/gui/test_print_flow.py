"""The lawyer's print flow: choose the hearing, save where the last summary went, see the pages,
print them, open the file in the PDF viewer or show it in its folder (issue 16, item 5)."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from caseintake.ui.editor.summary_options import SummaryOptionsDialog
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.output_folders import documents_folder
from caseintake.ui.pdf_preview import PdfPreview
from caseintake.ui.pdf_preview import layout as preview_layout
from caseintake.ui.save_target import choose_save_target
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.test_accessibility import walk
from tests.gui.test_keyboard import clashes, window_mnemonics

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "hearing-summary" / "sample-hearing-summary.pdf"

HEARINGS = [
    {
        "court": "RTC Branch 12, Cebu City",
        "docket": "R-CEB-26-00123-CR",
        "kind": "inquest",
        "starts_at": "2026-02-10T09:00:00+08:00",
        "status": "held",
        "lawyer": "lawyer",
    },
    {
        "court": "RTC Branch 12, Cebu City",
        "docket": "R-CEB-26-00123-CR",
        "kind": "arraignment",
        "starts_at": "2030-03-04T08:30:00+08:00",
        "status": "scheduled",
        "lawyer": "lawyer",
    },
    {
        "court": "RTC Branch 12, Cebu City",
        "docket": "R-CEB-26-00123-CR",
        "kind": "pre_trial",
        "starts_at": "2030-05-20T13:30:00+08:00",
        "status": "scheduled",
        "lawyer": "lawyer",
    },
]


class SaveDialog:
    """QFileDialog.getSaveFileName stand-in: records where it opened, answers a chosen file."""

    def __init__(self) -> None:
        self.opened_at: list[Path] = []
        self.answers: list[Path] = []

    def __call__(
        self, _parent: Any, _title: str, suggested: str, *_args: Any, **_kwargs: Any
    ) -> tuple[str, str]:
        self.opened_at.append(Path(suggested))
        return (str(self.answers.pop(0)), "") if self.answers else ("", "")


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # the working folder, where no dialog may open
    return dialog


@pytest.fixture
def lawyer_window(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    import_cases(store["sup"], sample_case(hearings=HEARINGS))
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5))
    qtbot.addWidget(win)
    win.show()
    win.signed_in(store["lawyer"])
    store["lawyer"] = store["other"]  # the window closes the lawyer's session itself
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 1)
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.case is not None)
    yield win


def choose_hearing(monkeypatch: pytest.MonkeyPatch, row: int, defaults: list[str]) -> None:
    def accept(dialog: SummaryOptionsDialog) -> int:
        defaults.append(dialog.hearing.currentText())
        dialog.hearing.setCurrentIndex(row)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SummaryOptionsDialog, "exec", accept)


def write_summary(qtbot: QtBot, win: MainWindow) -> PdfPreview:
    earlier = win.summary_preview
    win.summary_action.trigger()
    qtbot.waitUntil(lambda: win.summary_preview not in (None, earlier), timeout=20_000)
    preview = win.summary_preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count > 0 and preview.canvases[0].image is not None, timeout=10_000)
    return preview


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def open_sample(qtbot: QtBot, tmp_path: Path) -> PdfPreview:
    copy = tmp_path / "CI-2026-00077-hearing-summary.pdf"
    shutil.copyfile(SAMPLE, copy)
    preview = PdfPreview(copy, hashlib.sha256(copy.read_bytes()).hexdigest(), title="Hearing summary")
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.loaded, timeout=10_000):
        preview.show()
    qtbot.waitUntil(lambda: preview.canvases[0].image is not None)
    return preview


# -- the whole flow, from Ctrl+P ----------------------------------------------------------------


def test_the_second_hearing_is_written_previewed_and_its_folder_remembered(
    qtbot: QtBot,
    lawyer_window: MainWindow,
    save_dialog: SaveDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    win = lawyer_window
    defaults: list[str] = []
    choose_hearing(monkeypatch, 2, defaults)  # the second of the hearings still to come
    chosen = tmp_path / "summaries" / "pre-trial.pdf"
    chosen.parent.mkdir()
    save_dialog.answers.append(chosen)
    preview = write_summary(qtbot, win)

    assert "Mar 4, 2030" in defaults[0]  # offered first: the next hearing, not the earliest
    assert save_dialog.opened_at[0].parent == documents_folder() != Path.cwd()
    text = pdf_text(chosen)
    heading = text[text.index("HEARING SUMMARY") :].splitlines()[1]
    assert "May 20, 2030" in heading and "Pre-trial" in heading, heading
    pages = len(PdfReader(chosen).pages)
    assert pages >= 1
    assert preview.page_count == pages == preview.thumbnails.count()
    assert preview.count_label.text() == (f"{pages} pages" if pages > 1 else "1 page")
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert preview.windowTitle() == "Hearing summary — pre-trial.pdf"

    # The next summary's dialog opens where this one went, not in Documents.
    preview.close()
    save_dialog.answers.append(tmp_path / "summaries" / "again.pdf")
    write_summary(qtbot, win)
    assert save_dialog.opened_at[1].parent == chosen.parent
    assert save_dialog.opened_at[1].name.endswith("-hearing-summary.pdf")


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot,
    lawyer_window: MainWindow,
    save_dialog: SaveDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    choose_hearing(monkeypatch, 2, [])
    chosen = tmp_path / "summary.pdf"
    save_dialog.answers.append(chosen)
    preview = write_summary(qtbot, lawyer_window)
    printed = tmp_path / "printed" / "paper.pdf"
    printed.parent.mkdir()
    preview.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(printed))
    asked: list[int] = []

    def print_dialog(dialog: QPrintDialog) -> int:
        asked.append(dialog.maxPage())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    with qtbot.waitSignal(preview.printed, timeout=30_000) as sent:
        qtbot.keyClick(preview.page_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pages = len(PdfReader(chosen).pages)
    assert asked == [pages] and sent.args == [pages]
    on_paper = PdfReader(printed)
    assert len(on_paper.pages) == pages
    original = PdfReader(chosen).pages[0].mediabox
    assert [round(float(v)) for v in on_paper.pages[0].mediabox] == [round(float(v)) for v in original]
    assert "Sent" in preview.message.text()


def test_open_and_show_in_folder_hand_the_file_to_the_desktop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview = open_sample(qtbot, tmp_path)
    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert opened[0] == QUrl.fromLocalFile(str(preview.path))
    assert Path(opened[0].toLocalFile()) == preview.path
    qtbot.mouseClick(preview.folder_button, Qt.MouseButton.LeftButton)
    if os.name == "posix" and not hasattr(os, "startfile"):
        assert Path(opened[1].toLocalFile()) == preview.path.parent
    preview.path.unlink()
    assert not preview.open_in_viewer()
    assert len([u for u in opened if Path(u.toLocalFile()) == preview.path]) == 1
    assert "moved or deleted" in preview.message.text()


def test_printing_to_a_file_never_writes_over_the_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = open_sample(qtbot, tmp_path)
    database = tmp_path / "data" / "cases.db"
    database.parent.mkdir()
    database.write_bytes(b"encrypted")
    preview.database = database
    preview.printer = QPrinter()
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(database))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted.value)
    preview.print_document()
    assert database.read_bytes() == b"encrypted"
    assert preview.message.text() and not preview._printing


# -- the preview on its own ---------------------------------------------------------------------


def test_the_preview_zooms_by_keyboard_and_closes_on_escape(qtbot: QtBot, tmp_path: Path) -> None:
    preview = open_sample(qtbot, tmp_path)
    assert preview.page_count == len(PdfReader(SAMPLE).pages) == 9
    assert clashes(window_mnemonics(preview)) == []
    assert walk(preview) == []
    start = preview.zoom
    qtbot.keyClick(preview.page_view, Qt.Key.Key_Plus)
    assert preview.zoom > start and preview.zoom_label.text() == f"{round(preview.zoom * 100)} %"
    qtbot.keyClick(preview.page_view, Qt.Key.Key_Minus)
    qtbot.keyClick(preview.page_view, Qt.Key.Key_Minus)
    assert preview.zoom < start
    width = preview.canvases[0].width()
    qtbot.keyClick(preview.page_view, Qt.Key.Key_Plus)
    assert preview.canvases[0].width() > width
    # Pages come into view as the reader scrolls, and pages far behind give their images back.
    preview.go_to_page(8)
    qtbot.waitUntil(lambda: preview.canvases[8].image is not None)
    assert preview.page_label.text() == "Page 9 of 9"
    assert preview.canvases[0].image is None
    assert preview.thumbnails.currentRow() == 8
    qtbot.keyClick(preview.page_view, Qt.Key.Key_Escape)
    assert not preview.is_open() and preview._pages is None


def test_a_file_changed_after_writing_is_not_shown(qtbot: QtBot, tmp_path: Path) -> None:
    copy = tmp_path / "summary.pdf"
    shutil.copyfile(SAMPLE, copy)
    preview = PdfPreview(copy, "0" * 64, title="Hearing summary")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: "was changed" in preview.message.text())
    assert preview.page_count == 0 and not preview.print_button.isEnabled()
    preview.resize(1200, 708)
    preview.grab().save(str(tmp_path / "print-preview-changed.png"))


def test_locking_closes_the_preview(
    qtbot: QtBot,
    lawyer_window: MainWindow,
    save_dialog: SaveDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    choose_hearing(monkeypatch, 0, [])
    save_dialog.answers.append(tmp_path / "summary.pdf")
    preview = write_summary(qtbot, lawyer_window)
    canvases = list(preview.canvases)
    lawyer_window.lock()
    assert not preview.is_open()
    assert all(canvas.image is None for canvas in canvases)


def test_screenshots_at_1366x768(qtbot: QtBot, tmp_path: Path) -> None:
    """Looked at while building the preview (the pictures are in the test's folder): the size it
    opens at on a 1366×768 laptop, and maximized there."""
    preview = open_sample(qtbot, tmp_path)
    for name, size in (("opened", (1200, 708)), ("maximized", (1366, 740))):
        preview.resize(*size)
        preview.fit_width() if name == "maximized" else preview.actual_size()
        for _ in range(5):
            QApplication.processEvents()
        qtbot.waitUntil(lambda: all(c.image is not None for c in preview.canvases[:1]))
        qtbot.wait(100)
        qtbot.waitUntil(lambda: not preview._pending)
        assert preview.width() <= 1366 and preview.height() <= 768
        assert preview.grab().save(str(tmp_path / f"print-preview-{name}.png"))


# -- the save dialog's folders ------------------------------------------------------------------


def test_each_kind_remembers_its_own_folder_across_runs(
    save_dialog: SaveDialog, settings: QSettings, tmp_path: Path
) -> None:
    database = tmp_path / "data" / "cases.db"
    summaries, usb = tmp_path / "summaries", tmp_path / "usb"
    summaries.mkdir()
    usb.mkdir()
    save_dialog.answers += [summaries / "CI-2026-00001-hearing-summary.pdf", usb / "b.cibackup"]
    first = {"parent": None, "file_filter": "", "database": database, "settings": settings}
    assert choose_save_target(title="", suggested="s.pdf", kind="hearing_summary", **first) is not None
    assert choose_save_target(title="", suggested="b.cibackup", kind="backup", **first) is not None
    assert [p.parent for p in save_dialog.opened_at] == [documents_folder()] * 2
    assert Path.cwd() not in [p.parent for p in save_dialog.opened_at]

    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # the next start of the app
    later = dict(first, settings=again)
    assert choose_save_target(title="", suggested="s.pdf", kind="hearing_summary", **later) is None
    assert choose_save_target(title="", suggested="b.cibackup", kind="backup", **later) is None
    assert choose_save_target(title="", suggested="c.csv", kind="counts", **later) is None
    assert save_dialog.opened_at[2:] == [
        summaries / "s.pdf",
        usb / "b.cibackup",
        documents_folder() / "c.csv",
    ]
    kept = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "CI-2026-00001" not in kept and "hearing-summary.pdf" not in kept  # folders only

    shutil.rmtree(usb)  # the USB drive is not plugged in: back to Documents
    assert choose_save_target(title="", suggested="b.cibackup", kind="backup", **later) is None
    assert save_dialog.opened_at[-1].parent == documents_folder()


def test_the_backup_dialog_opens_in_documents_not_the_working_folder(
    qtbot: QtBot, lawyer_window: MainWindow, save_dialog: SaveDialog
) -> None:
    lawyer_window.backup_action.trigger()
    assert save_dialog.opened_at == [documents_folder() / "caseintake.cibackup"]


# -- what the preview decides without a display -------------------------------------------------


def test_zoom_steps_views_and_print_order() -> None:
    assert preview_layout.zoom_in(1.0) == 1.1 and preview_layout.zoom_out(1.0) == 0.9
    assert preview_layout.zoom_in(1.17) == 1.25 and preview_layout.zoom_out(1.17) == 1.1
    assert preview_layout.zoom_in(3.0) == 3.0 and preview_layout.zoom_out(0.5) == 0.5
    assert preview_layout.fit_width(816, 612) == pytest.approx(1.0)
    tops, heights = [10, 1030, 2050], [1000, 1000, 1000]
    assert preview_layout.pages_in_view(tops, heights, 900, 600) == [0, 1]
    assert preview_layout.current_page(tops, heights, 900, 600) == 1
    assert preview_layout.around([4], 6, 1) == {3, 4, 5}
    assert preview_layout.print_order(3) == [0, 1, 2]
    assert preview_layout.print_order(4, lambda n: n in (2, 3), copies=2, last_first=True) == [2, 1, 2, 1]
    assert preview_layout.capped_scale(100.0, 612, 936) ** 2 * 612 * 936 <= preview_layout.MAX_PIXELS + 1
