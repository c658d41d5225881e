"""One page template for every office document: confidentiality banner, footer, "Page N of M".

A document is built in two steps so the identity-leak guard can run in between: first its story
is composed through `DocumentText`, which records the plain text of everything placed on the
page (paragraphs, bullets, banner, footer, metadata); then, once the caller has checked that
text, `render_pdf` lays it out. The total page count is only known at the end, so the canvas
keeps each finished page and stamps "Page N of M" on all of them when the document is saved.
The Info dictionary carries the title and the office name and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from caseintake.reports.pdf_style import (
    INK,
    MONO,
    MUTED,
    RULE,
    SERIF,
    SERIF_BOLD,
    escape_text,
    page_size,
    register_fonts,
    text_blocks,
)

__all__ = ["DocumentSpec", "DocumentText", "RenderedPdf", "render_pdf", "text_height", "text_width"]

MARGIN_SIDE: float = 2.2 * cm
MARGIN_TOP: float = 3.1 * cm  # room for the banner
MARGIN_BOTTOM: float = 2.3 * cm  # room for the footer
_BANNER_TOP: float = 1.1 * cm
_BANNER_HEIGHT: float = 1.25 * cm
_FOOTER_RULE: float = 1.7 * cm


@dataclass(frozen=True)
class DocumentSpec:
    """What the page template prints on every page and writes into the Info dictionary."""

    title: str
    office: str
    document_id: str
    footer_label: str
    banner_headline: str
    banner_text: str
    paper: str = "a4"

    def printed_text(self) -> list[str]:
        return [self.title, self.office, self.document_id, self.footer_label, self.banner_headline,
                self.banner_text]  # fmt: skip


class DocumentText:
    """The story of a document plus the plain text of all it prints, for the leak guard."""

    def __init__(self, spec: DocumentSpec) -> None:
        self.spec = spec
        self.story: list[Flowable] = []
        self._texts: list[str] = spec.printed_text()

    def escape(self, value: str) -> str:
        """Case text as safe markup; the raw value is recorded too (the guard sees it unaltered)."""
        self._texts.append(value)
        return escape_text(value)

    def blocks(self, value: str) -> list[str]:
        """Long case text as escaped paragraphs split at blank lines; the raw value is recorded."""
        self._texts.append(value)
        return text_blocks(value)

    def paragraph(self, markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
        """A Paragraph from markup whose case text went through `escape_text`; its text is recorded."""
        para = Paragraph(markup, style, bulletText=bullet)
        self._texts.append(para.getPlainText())
        if bullet:
            self._texts.append(bullet)
        return para

    def add(self, markup: str, style: ParagraphStyle, bullet: str | None = None) -> None:
        self.story.append(self.paragraph(markup, style, bullet))

    def add_flowables(self, flowables: Iterable[Flowable]) -> None:
        """Flowables whose text was recorded when their paragraphs were made with `paragraph`."""
        self.story.extend(flowables)

    def record(self, text: str) -> None:
        """Text drawn some other way (table cells given as plain strings)."""
        self._texts.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self._texts)


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


class _TitleAndOffice(PDFInfo):  # type: ignore[misc]
    """Info dictionary with Title and Author (the office) only: no producer, dates or keywords."""

    def format(self, document: Any) -> bytes:
        entries = {"Title": PDFString(self.title), "Author": PDFString(self.author)}
        return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds finished pages until save, then stamps "Page N of M" where the template asked."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = _TitleAndOffice()
        self._finished_pages: list[dict[str, Any]] = []
        self.page_label_anchor: tuple[float, float] | None = None

    def showPage(self) -> None:  # ReportLab's name
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        for state in self._finished_pages:
            self.__dict__.update(state)
            if self.page_label_anchor is not None:
                x, y = self.page_label_anchor
                self.setFont(SERIF, 8)
                self.setFillColor(INK)
                self.drawRightString(x, y, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a footer string to `width`, ending in an ellipsis, so it never runs into the next."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _decorate_page(spec: DocumentSpec, canvas: Any, doc: Any) -> None:
    width, height = doc.pagesize
    left, right = MARGIN_SIDE, width - MARGIN_SIDE
    canvas.saveState()
    # Banner: a ruled box across the text width at the top of every page.
    top = height - _BANNER_TOP
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    canvas.rect(left, top - _BANNER_HEIGHT, right - left, _BANNER_HEIGHT, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont(SERIF_BOLD, 9.5)
    canvas.drawCentredString(
        width / 2, top - 0.5 * cm, _fit(spec.banner_headline, SERIF_BOLD, 9.5, right - left)
    )
    canvas.setFont(SERIF, 7.4)
    text = _fit(spec.banner_text, SERIF, 7.4, right - left - 0.4 * cm)
    canvas.drawCentredString(width / 2, top - 0.95 * cm, text)
    # Footer: a rule, what the document is, its id, the office, and the page label (stamped at save).
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, _FOOTER_RULE, right, _FOOTER_RULE)
    half = (right - left) / 2 - 0.3 * cm
    canvas.setFillColor(INK)
    canvas.setFont(SERIF, 8)
    label_width = right - left - 2.8 * cm  # the rest of the line holds "Page N of M"
    canvas.drawString(left, _FOOTER_RULE - 0.42 * cm, _fit(spec.footer_label, SERIF, 8, label_width))
    canvas.setFillColor(MUTED)
    canvas.setFont(MONO, 7)
    canvas.drawString(left, _FOOTER_RULE - 0.8 * cm, _fit(f"Document ID {spec.document_id}", MONO, 7, half))
    if spec.office:
        canvas.setFont(SERIF, 7.4)
        canvas.drawRightString(right, _FOOTER_RULE - 0.8 * cm, _fit(spec.office, SERIF, 7.4, half))
    canvas.restoreState()
    canvas.page_label_anchor = (right, _FOOTER_RULE - 0.42 * cm)


class _OfficeDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: BytesIO, spec: DocumentSpec, *, invariant: bool) -> None:
        size = page_size(spec.paper)
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=spec.title,
            author=spec.office,
            invariant=1 if invariant else 0,
            pageCompression=1,
            initialFontName=SERIF,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [PageTemplate(id="office", frames=[frame], onPage=lambda c, d: _decorate_page(spec, c, d))]
        )


def text_width(paper: str) -> float:
    """The width of the text frame on this paper, for sizing table columns."""
    return page_size(paper)[0] - 2 * MARGIN_SIDE


def text_height(paper: str) -> float:
    """The height of the text frame on this paper."""
    return page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM


def render_pdf(spec: DocumentSpec, story: list[Flowable], *, invariant: bool = False) -> RenderedPdf:
    """Lay out the story; `invariant` gives byte-identical output for identical input (tests)."""
    register_fonts()
    buffer = BytesIO()
    doc = _OfficeDocTemplate(buffer, spec, invariant=invariant)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return RenderedPdf(buffer.getvalue(), int(doc.page))
