"""Printing the previewed PDF: its pages drawn by PDFium at the printer's resolution, page by page.

Without Qt's PDF module there is no vector path from a PDF to a QPainter, so each page is drawn
as an image at the printer's resolution, up to 300 dpi: finer than toner shows for 14-point
text, and it keeps one page of long bond paper within 40 MB while it is sent. The paper is set
to the document's own size (8.5 × 13 in long bond, A4 or letter) with no margins added, so the
printed page has the margins of A.M. No. 11-9-4-SC that the PDF was laid out with; a different
paper chosen in the print dialog gets the page scaled to fit, never cropped.

The work runs on the PDFium thread with progress and cancel; Qt allows a QPainter on a QPrinter
outside the GUI thread. What the operating system's print spooler keeps of a job is outside the
application, as it is for a PDF printed from any viewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from caseintake.domain.errors import CaseintakeError
from caseintake.services.progress import Cancelled, Task
from caseintake.ui.pdf_preview.layout import POINTS_PER_INCH, print_order
from caseintake.ui.pdf_preview.pages import PdfPages

PRINT_DPI = 300


def prepare_printer(printer: QPrinter, page_size_pt: tuple[float, float], document_name: str) -> None:
    """Paper of the document's size, no added margins, the job named after the file."""
    width, height = page_size_pt
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(document_name)


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The pages, order and copies the print dialog asked for, as page indexes to send."""
    ranges = printer.pageRanges()
    chosen = None if ranges.isEmpty() else ranges.contains
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    last_first = printer.pageOrder() == QPrinter.PageOrder.LastPageFirst
    return print_order(count, chosen, copies=copies, last_first=last_first)


def fitted(area: QRectF, image: QSize) -> QRectF:
    """The largest rectangle of the image's proportions inside `area`, centred."""
    if image.isEmpty():
        return area
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


def print_pages(pages: PdfPages, printer: QPrinter, indexes: Sequence[int], task: Task) -> int:
    """Draw `indexes` onto `printer`, one page a sheet; returns how many sheets were sent.

    A cancel between two pages aborts the job, so a half-printed summary is not left queued."""
    scale = min(printer.resolution(), PRINT_DPI) / POINTS_PER_INCH
    painter = QPainter()
    if not painter.begin(printer):
        raise CaseintakeError(
            QCoreApplication.translate("PdfPreview", "The printer could not be started; nothing was printed.")
        )
    total = len(indexes)
    try:
        for done, index in enumerate(indexes):
            task.step(done, total)
            if done and not printer.newPage():
                raise CaseintakeError(
                    QCoreApplication.translate(
                        "PdfPreview", "The printer stopped at page %1; check it and print again."
                    ).replace("%1", str(index + 1))
                )
            image = pages.render(index, scale)
            painter.drawImage(fitted(QRectF(painter.viewport()), image.size()), image)
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return total
