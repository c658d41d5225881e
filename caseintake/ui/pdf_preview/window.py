"""The preview of a written PDF: its pages on screen, then print, open it in the PDF viewer, or
show it in its folder.

PDFium draws on its own thread (`pages.render_runner`), and only the pages in view and one either
side, at the zoom and the screen's pixel density; a page scrolled far away gives its image back,
so a long summary never sits whole in memory. Every answer from that thread is checked against
the current zoom (a generation number) and dropped once the window is closed. Closing — Close,
Escape, or the application locking itself — drops every image and closes the document.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDir, QEvent, QObject, QProcess, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.errors import CaseintakeError
from caseintake.services.outputs import check_destination
from caseintake.services.progress import Cancelled
from caseintake.ui.admin.forms import FormMessage
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.pdf_preview import layout
from caseintake.ui.pdf_preview.canvas import PageCanvas, thumbnail_icon
from caseintake.ui.pdf_preview.pages import OpenDocument, PdfPages, open_written_pdf, render_runner
from caseintake.ui.pdf_preview.printing import pages_to_print, prepare_printer, print_pages
from caseintake.ui.screen_fit import fit_to_screen, keep_on_screen
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted

THUMB_WIDTH = 92
PAGE_GAP = 14


class PdfPreview(QDialog):
    """A written PDF, page by page; `path` must still hash to `sha256`, the registered digest."""

    loaded = Signal(int)  # the page count, once the document is open
    printed = Signal(int)  # sheets sent to the printer

    def __init__(
        self,
        path: Path,
        sha256: str,
        *,
        title: str,
        database: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setSizeGripEnabled(True)
        self.path = path
        self.sha256 = sha256
        self.database = database
        #: Kept between prints, so the printer and paper chosen once are offered again.
        self.printer: QPrinter | None = None
        self.zoom = 1.0
        self.canvases: list[PageCanvas] = []
        self._document = OpenDocument()
        self.destroyed.connect(self._document.close)  # deleted with its parent, never closed
        self._closed = False
        self._printing = False
        self._generation = 0
        self._pending: set[tuple[int, float]] = set()
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self._refresh)
        self.page_view.verticalScrollBar().valueChanged.connect(lambda _value: self._refresh_timer.start())
        self._fit_to_screen()
        self._load()

    # -- building ---------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.zoom_out_button = self._button(self.tr("Zoom o&ut"), "previewZoomOut", self.zoom_out)
        self.zoom_in_button = self._button(self.tr("Zoom &in"), "previewZoomIn", self.zoom_in)
        self.fit_button = self._button(self.tr("Fit &width"), "previewFitWidth", self.fit_width)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("previewZoomLabel")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("300 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("previewPageCount")
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        tools.addSpacing(12)
        tools.addWidget(self.count_label)

        self.thumbnails = QListWidget()
        self.thumbnails.setObjectName("previewThumbnails")
        self.thumbnails.setAccessibleName(self.tr("Pages"))
        self.thumbnails.setAccessibleDescription(self.tr("Choose a page to scroll to it"))
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setSpacing(4)
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 44)
        self.thumbnails.currentRowChanged.connect(self.go_to_page)

        # The pages are placed by hand (`_arrange`), not by a layout: their positions are then
        # known at once after a zoom, so the reader stays on the same line of the same page.
        self.column = QWidget()
        self.column.setObjectName("previewColumn")
        self.page_view = QScrollArea()
        self.page_view.setObjectName("previewScroll")
        self.page_view.setWidgetResizable(False)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_view.setBackgroundRole(QPalette.ColorRole.Mid)
        self.page_view.setWidget(self.column)
        self.page_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll
        self.page_view.setAccessibleName(self.tr("Page view"))
        self.page_view.viewport().installEventFilter(self)
        body = QHBoxLayout()
        body.addWidget(self.thumbnails)
        body.addWidget(self.page_view, 1)

        self.message = FormMessage("previewMessage")
        self.file_label = QLabel(QDir.toNativeSeparators(str(self.path)))
        self.file_label.setObjectName("previewFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.print_button = self._button(self.tr("&Print…"), "previewPrint", self.print_document)
        self.open_button = self._button(self.tr("&Open in PDF viewer"), "previewOpen", self.open_in_viewer)
        self.folder_button = self._button(self.tr("Show in &folder"), "previewFolder", self.show_in_folder)
        self.close_button = self._button(self.tr("&Close"), "previewClose", self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_label, 1)
        for button in (self.print_button, self.open_button, self.folder_button, self.close_button):
            buttons.addWidget(button)

        outer = QVBoxLayout(self)
        outer.addLayout(tools)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        outer.addLayout(buttons)
        self.print_button.setAutoDefault(True)
        self.print_button.setDefault(True)  # once inside the dialog (see ui/dialog_keys.py)
        for button in (self.print_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(False)  # until the document is open

        shortcuts = (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("+"), self.zoom_in),
            (QKeySequence("="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("-"), self.zoom_out),
            (QKeySequence("Ctrl+0"), self.actual_size),
        )
        for keys, slot in shortcuts:
            QShortcut(keys, self, slot)

    def _fit_to_screen(self) -> None:
        fit_to_screen(self, QSize(1120, 1000))  # and again where it opens (`keep_on_screen`)

    # -- the document -----------------------------------------------------------------------

    @property
    def _pages(self) -> PdfPages | None:
        return self._document.pages

    def is_open(self) -> bool:
        return not self._gone()

    def _gone(self) -> bool:
        """Closed, or deleted with its parent: answers still on their way are dropped."""
        return self._closed or not shiboken6.isValid(self)

    def _load(self) -> None:
        self.message.info(self.tr("Drawing the pages…"))
        self.count_label.setText("")
        path, digest = self.path, self.sha256
        render_runner().run(lambda: open_written_pdf(path, digest), self._loaded, self._load_failed)

    def _loaded(self, pages: PdfPages) -> None:
        if self._gone():
            render_runner().run(pages.close)
            return
        self._document.pages = pages
        tallest = max(round(THUMB_WIDTH * h / w) for w, h in pages.sizes)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, tallest))
        # A fixed grid, so each page keeps its place before its picture arrives.
        self.thumbnails.setGridSize(QSize(THUMB_WIDTH + 16, tallest + self.fontMetrics().height() + 14))
        for number, size in enumerate(pages.sizes, start=1):
            canvas = PageCanvas(number, size, self.column)
            canvas.show()
            self.canvases.append(canvas)
            blank = QPixmap(QSize(THUMB_WIDTH, round(THUMB_WIDTH * size[1] / size[0])))
            blank.fill(QColor("white"))
            item = QListWidgetItem(thumbnail_icon(blank), str(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Page %1").replace("%1", str(number)))
            self.thumbnails.addItem(item)
        self.count_label.setText(counted(len(pages), self.tr("%1 page"), self.tr("%1 pages")))
        self.message.info("")
        for button in (self.print_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(True)
        available = self.page_view.viewport().width() - 2 * PAGE_GAP
        self._apply_zoom(min(1.0, layout.fit_width(available, max(w for w, _h in pages.sizes))))
        self._draw_thumbnails()
        self.page_view.setFocus()  # arrows and Page Up/Down scroll the pages at once
        self.loaded.emit(len(pages))

    def _load_failed(self, exc: Exception) -> None:
        if not self._gone():
            self.message.error(failure_message(exc))

    @property
    def page_count(self) -> int:
        return len(self.canvases)

    def _ratio(self) -> float:
        return float(self.devicePixelRatioF()) or 1.0

    def _draw_thumbnails(self) -> None:
        pages, ratio = self._pages, self._ratio()
        if pages is None:
            return

        def work() -> list[QImage]:
            images = []
            for index, (width, _height) in enumerate(pages.sizes):
                if self._closed:
                    break
                images.append(pages.render(index, THUMB_WIDTH / width * ratio))
            return images

        def done(images: list[QImage]) -> None:
            if self._gone():
                return
            for index, image in enumerate(images):
                image.setDevicePixelRatio(ratio)
                self.thumbnails.item(index).setIcon(thumbnail_icon(QPixmap.fromImage(image)))

        render_runner().run(work, done, self._load_failed)

    # -- what is in view --------------------------------------------------------------------

    def _view(self) -> tuple[list[int], list[int], int, int]:
        tops = [canvas.y() for canvas in self.canvases]
        heights = [canvas.height() for canvas in self.canvases]
        return tops, heights, self.page_view.verticalScrollBar().value(), self.page_view.viewport().height()

    def current_page(self) -> int:
        """The page the reader is on, from 0."""
        return layout.current_page(*self._view()) if self.canvases else 0

    def _refresh(self) -> None:
        """Say where the reader is; draw what came into view; forget what went far away."""
        if self._gone() or self._pages is None:
            return
        tops, heights, top, height = self._view()
        shown = layout.pages_in_view(tops, heights, top, height)
        current = layout.current_page(tops, heights, top, height)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current + 1)).replace("%2", str(self.page_count))
        )
        self.thumbnails.blockSignals(True)
        self.thumbnails.setCurrentRow(current)
        self.thumbnails.blockSignals(False)
        scale = layout.pixel_scale(self.zoom, self._ratio())
        wanted = layout.around(shown, self.page_count, layout.DRAW_AHEAD)
        for index in sorted(wanted, key=lambda i: abs(i - current)):
            if self.canvases[index].scale != scale and (index, scale) not in self._pending:
                self._draw(index, scale)
        kept = layout.around(shown, self.page_count, layout.KEEP_AROUND)
        for index, canvas in enumerate(self.canvases):
            if index not in kept and canvas.image is not None:
                canvas.forget()

    def _draw(self, index: int, scale: float) -> None:
        pages, generation, ratio = self._pages, self._generation, self._ratio()
        if pages is None:
            return
        self._pending.add((index, scale))

        def work() -> QImage | None:
            if self._closed or generation != self._generation:
                return None  # the zoom changed or the window closed while this waited
            return pages.render(index, scale)

        def done(image: QImage | None) -> None:
            if self._gone():
                return
            self._pending.discard((index, scale))
            canvas = self.canvases[index]
            if image is not None and (generation == self._generation or canvas.image is None):
                canvas.set_image(image, scale, ratio)

        def failed(exc: Exception) -> None:
            if not self._gone():
                self._pending.discard((index, scale))
                self.message.error(failure_message(exc))

        render_runner().run(work, done, failed)

    # -- zoom and pages ---------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._apply_zoom(layout.zoom_in(self.zoom))

    def zoom_out(self) -> None:
        self._apply_zoom(layout.zoom_out(self.zoom))

    def actual_size(self) -> None:
        self._apply_zoom(1.0)

    def fit_width(self) -> None:
        if self.canvases:
            widest = max(canvas.size_pt[0] for canvas in self.canvases)
            bar = self.page_view.verticalScrollBar()
            spare = 0 if bar.isVisible() else bar.sizeHint().width()
            available = self.page_view.viewport().width() - 2 * PAGE_GAP - spare
            self._apply_zoom(layout.fit_width(available, widest))

    def _apply_zoom(self, zoom: float) -> None:
        """Show every page at `zoom`, keeping the reader on the same spot of the same page."""
        if self._pages is None:
            return
        zoom = min(max(zoom, layout.MIN_ZOOM), layout.MAX_ZOOM)
        tops, heights, top, _height = self._view()
        current = self.current_page()
        within = (top - tops[current]) / heights[current] if heights and heights[current] else 0.0
        self.zoom = zoom
        self._generation += 1
        for canvas in self.canvases:
            canvas.set_zoom(zoom)
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(zoom * 100))))
        self.zoom_in_button.setEnabled(zoom < layout.MAX_ZOOM)
        self.zoom_out_button.setEnabled(zoom > layout.MIN_ZOOM)
        self._arrange()
        canvas = self.canvases[current]
        self.page_view.verticalScrollBar().setValue(canvas.y() + round(max(within, 0.0) * canvas.height()))
        self._refresh()

    def _arrange(self) -> None:
        """Stack the pages, centred, with a gap around each; the column is as big as they need."""
        width = max([canvas.width() for canvas in self.canvases] + [0]) + 2 * PAGE_GAP
        width = max(width, self.page_view.viewport().width())
        top = PAGE_GAP
        for canvas in self.canvases:
            canvas.move((width - canvas.width()) // 2, top)
            top += canvas.height() + PAGE_GAP
        self.column.setFixedSize(width, max(top, 1))

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count:
            self.page_view.verticalScrollBar().setValue(self.canvases[index].y() - PAGE_GAP // 2)
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page_view.viewport() and event.type() == QEvent.Type.Resize and self.canvases:
            self._arrange()
            self._refresh_timer.start()
        return super().eventFilter(watched, event)

    # -- print, open, show ------------------------------------------------------------------

    def print_document(self) -> None:
        pages = self._pages
        if pages is None or self._printing:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        prepare_printer(printer, pages.sizes[0], self.path.name)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("previewPrintDialog")
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.path.name))
        # Printing "to a file" would write a copy where the save checks never looked; the PDF
        # itself is already saved, and Open in PDF viewer offers every other way out.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setMinMax(1, len(pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        refusal = self._print_file_refused(printer)
        if refusal:
            self.message.error(refusal)
            return
        indexes = pages_to_print(printer, len(pages))
        if not indexes:
            return
        self._printing = True
        self.print_button.setEnabled(False)
        self.message.info(self.tr("Sending %1 to the printer…").replace("%1", self.path.name))
        run_with_progress(
            self,
            render_runner(),
            self.tr("Print"),
            self.tr("Sending the pages to the printer…"),
            lambda task: print_pages(pages, printer, indexes, task),
            self._printed,
            self._print_failed,
        )

    def _print_file_refused(self, printer: QPrinter) -> str:
        """Why a printer that writes a PDF file may not write it there ("" when it may)."""
        name = printer.outputFileName()
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not name:
            return ""
        target = Path(name)
        if target.absolute() == self.path.absolute():
            return self.tr("Print to another file than %1 itself.").replace("%1", self.path.name)
        try:
            check_destination(target, self.database, force=True)
        except CaseintakeError as exc:
            return failure_message(exc)
        return ""

    def _printed(self, sheets: int) -> None:
        if self._gone():
            return
        self._printing = False
        self.print_button.setEnabled(True)
        self.message.info(
            counted(sheets, self.tr("Sent %1 page to the printer."), self.tr("Sent %1 pages to the printer."))
        )
        self.printed.emit(sheets)

    def _print_failed(self, exc: Exception) -> None:
        if self._gone():
            return
        self._printing = False
        self.print_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.message.info(self.tr("Printing cancelled."))
        else:
            self.message.error(failure_message(exc))

    def _still_there(self) -> bool:
        if self.path.is_file():
            return True
        self.message.error(
            self.tr("%1 is no longer in %2; it was moved or deleted.")
            .replace("%1", self.path.name)
            .replace("%2", QDir.toNativeSeparators(str(self.path.parent)))
        )
        return False

    def open_in_viewer(self) -> bool:
        """The saved file in the PDF viewer the computer uses for PDFs."""
        if not self._still_there():
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.message.error(
                self.tr("No PDF viewer opened %1; open it from its folder.").replace("%1", self.path.name)
            )
            return False
        self.message.info(self.tr("Opened %1 in the PDF viewer.").replace("%1", self.path.name))
        return True

    def show_in_folder(self) -> bool:
        """The file manager, on the saved file where it can select it, else on its folder."""
        if not self._still_there():
            return False
        native = QDir.toNativeSeparators(str(self.path))
        if sys.platform == "win32":
            shown, _pid = QProcess.startDetached("explorer.exe", [f"/select,{native}"])
        elif sys.platform == "darwin":
            shown, _pid = QProcess.startDetached("open", ["-R", native])
        else:
            shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        if not shown:
            self.message.error(
                self.tr("The folder could not be opened; the file is %1.").replace("%1", native)
            )
        return bool(shown)

    # -- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close (Escape, Close, or the application locking): drop the images and the document."""
        self._release()
        super().done(result)

    def _release(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._generation += 1
        self._refresh_timer.stop()
        for canvas in self.canvases:
            canvas.forget()
        self.thumbnails.clear()
        self._document.close()
