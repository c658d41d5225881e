"""The pages of a written PDF as images, drawn by PDFium (pypdfium2) off the GUI thread.

The PySide6 wheel we ship has no Qt PDF module, so PDFium (the BSD-licensed renderer of
Chromium, through pypdfium2) draws the pages. PDFium is not thread-safe: every call made here
runs on one thread of its own (`render_runner`) and holds a lock besides, so two previews, or a
preview and a print job, never draw at the same time. The GUI's database thread stays free.

Nothing is written to disk. The preview reads back the file the user chose, checks it against
the SHA-256 that the document register recorded (so what is shown and printed is exactly what
was written and registered), and keeps it and its page images in memory only.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from pathlib import Path

import pypdfium2 as pdfium
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from caseintake.domain.errors import CaseintakeError
from caseintake.ui.pdf_preview.layout import capped_scale
from caseintake.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

_PDFIUM = threading.Lock()


@functools.cache
def render_runner() -> TaskRunner:
    """The one thread that talks to PDFium, shared by every preview and print job."""
    return TaskRunner(QCoreApplication.instance(), thread_name="caseintake-pdf")


class PdfPages:
    """One PDF open in PDFium, from bytes in memory. Used on the render thread only."""

    def __init__(self, data: bytes) -> None:
        with _PDFIUM:
            try:
                self._pdf = pdfium.PdfDocument(data)
                sizes = []
                for index in range(len(self._pdf)):
                    page = self._pdf[index]
                    sizes.append(page.get_size())
                    page.close()
            except pdfium.PdfiumError as exc:
                log.error("PDFium could not open a document: %s", type(exc).__name__)
                raise CaseintakeError(
                    QCoreApplication.translate(
                        "PdfPreview", "This PDF cannot be shown here; open it in a PDF viewer instead."
                    )
                ) from None
        #: Each page's width and height in points (1/72 inch).
        self.sizes: tuple[tuple[float, float], ...] = tuple(sizes)

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, scale: float) -> QImage:
        """Page `index` drawn at `scale` pixels per point (at most `layout.MAX_PIXELS` pixels)."""
        width, height = self.sizes[index]
        scale = capped_scale(scale, width, height)
        with _PDFIUM:
            page = self._pdf[index]
            try:
                # BGRx is, byte for byte, Qt's 0xffRRGGBB on the little-endian machines we ship for.
                bitmap = page.render(scale=scale, prefer_bgrx=True)
                try:
                    image = QImage(
                        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
                    ).copy()  # its own pixels: the bitmap's memory is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()


class OpenDocument:
    """A window's open document, closed on the PDFium thread however the window goes: closed by
    the user, or deleted with its parent. PDFium objects left to the garbage collector would be
    closed on whatever thread collects them, perhaps while the PDFium thread is drawing."""

    def __init__(self) -> None:
        self.pages: PdfPages | None = None

    def close(self, *_signal_args: object) -> None:
        pages, self.pages = self.pages, None
        if pages is None:
            return
        runner = render_runner()
        if shiboken6.isValid(runner):
            runner.run(pages.close)  # after any drawing or printing still queued
        else:
            pages.close()  # the application is gone, and its PDFium thread's work with it


def open_written_pdf(path: Path, sha256: str) -> PdfPages:
    """The PDF at `path`, if it is still the file that was written (its SHA-256 is `sha256`)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or QCoreApplication.translate("PdfPreview", "read failed")
        raise CaseintakeError(
            QCoreApplication.translate("PdfPreview", "Cannot read %1 to show it: %2.")
            .replace("%1", path.name)
            .replace("%2", reason)
        ) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise CaseintakeError(
            QCoreApplication.translate(
                "PdfPreview", "%1 was changed after caseintake wrote it, so it is not shown here."
            ).replace("%1", path.name)
        )
    return PdfPages(data)
