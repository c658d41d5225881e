"""One page template for every office document: confidentiality banner, footer, "Page N of M".

A document is built in two steps so the identity-leak guard can run in between: first its story
is composed through `DocumentText`, which records the plain text of everything placed on the
page (paragraphs, bullets, banner, footer, metadata); then, once the caller has checked that
text, `render_pdf` lays it out. The total page count is only known at the end, so the canvas
keeps each finished page and stamps "Page N of M" on all of them when the document is saved.
The Info dictionary carries the title and the office name and nothing else.

Page geometry comes from a named `PageLayout`. "court" follows the Efficient Use of Paper Rule
(A.M. No. 11-9-4-SC: 14-point body, left margin 1.5", top 1.2", right and bottom 1.0") with the
banner and the footer inside those margins, so nothing at all is printed outside them;
"working-copy" is a compact 11-point layout for the lawyer's own use; "office" is the look of
other office documents (the counts report), whose banner and footer sit in the margins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph

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

__all__ = [
    "LAYOUTS",
    "DocumentSpec",
    "DocumentText",
    "PageLayout",
    "RenderedPdf",
    "page_layout",
    "render_pdf",
    "text_height",
    "text_width",
]

_BANNER_HEIGHT: float = 1.25 * cm
_FOOTER_RULE: float = 1.0 * cm  # above the bottom margin
_FOOTER_LINE_1: float = 0.58 * cm
_FOOTER_LINE_2: float = 0.2 * cm


@dataclass(frozen=True)
class PageLayout:
    """Margins (nothing is printed outside them), the bands that banner and footer take inside
    them, and the body size the document's styles are scaled from."""

    name: str
    body_size: float
    left: float
    right: float
    top: float
    bottom: float
    banner_band: float = 2.0 * cm
    footer_band: float = 1.6 * cm
    banner_sizes: tuple[float, float] = (9.5, 7.4)
    # A heading and what follows it go to a new page only when less than this share of the page
    # is left; otherwise they split where they stand, so no page is left mostly empty.
    keep_share: float | None = 0.25

    @property
    def frame_top(self) -> float:
        return self.top + self.banner_band

    @property
    def frame_bottom(self) -> float:
        return self.bottom + self.footer_band


LAYOUTS: dict[str, PageLayout] = {
    "office": PageLayout("office", 10.0, 2.2 * cm, 2.2 * cm, 1.1 * cm, 0.7 * cm, keep_share=None),
    "court": PageLayout(
        "court", 14.0, 1.5 * inch, 1.0 * inch, 1.2 * inch, 1.0 * inch, banner_sizes=(10.0, 8.0)
    ),
    "working-copy": PageLayout(
        "working-copy", 11.0, 1.0 * inch, 0.75 * inch, 0.6 * inch, 0.5 * inch, banner_sizes=(9.5, 7.6)
    ),
}


def page_layout(name: str) -> PageLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(f"unknown layout {name!r}; expected one of {', '.join(LAYOUTS)}") from None


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
    layout: str = "office"
    #: The footer's fixed words, for a document printed in another language (the counts report).
    page_label: str = "Page {page} of {pages}"
    id_label: str = "Document ID {id}"

    def printed_text(self) -> list[str]:
        return [self.title, self.office, self.document_id, self.footer_label, self.banner_headline,
                self.banner_text]  # fmt: skip


class DocumentText:
    """The story of a document plus the plain text of all it prints, for the leak guard."""

    def __init__(self, spec: DocumentSpec) -> None:
        self.spec = spec
        self.story: list[Flowable] = []
        self._texts: list[str] = spec.printed_text()
        self.parts: list[tuple[str, str]] = []
        """Each printed piece of case text with the record and field it came from, e.g.
        ("hearing of Mar 2, 2026: venue", "Hall of Justice ..."), so a leak can be named."""

    def escape(self, value: str, source: str = "") -> str:
        """Case text as safe markup; the raw value is recorded too (the guard sees it unaltered).
        `source` names the record and field the text came from."""
        self._texts.append(value)
        if source:
            self.parts.append((source, value))
        return escape_text(value)

    def blocks(self, value: str, source: str = "") -> list[str]:
        """Long case text as escaped paragraphs split at blank lines; the raw value is recorded."""
        self._texts.append(value)
        if source:
            self.parts.append((source, value))
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
        self.page_label_format = "Page {page} of {pages}"

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
                self.drawRightString(x, y, self.page_label_format.format(page=self._pageNumber, pages=total))
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
    lay = page_layout(spec.layout)
    width, height = doc.pagesize
    left, right = lay.left, width - lay.right
    canvas.saveState()
    # Banner: a ruled box across the text width at the top of every page.
    top = height - lay.top
    headline_size, text_size = lay.banner_sizes
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    canvas.rect(left, top - _BANNER_HEIGHT, right - left, _BANNER_HEIGHT, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont(SERIF_BOLD, headline_size)
    centre = (left + right) / 2
    canvas.drawCentredString(
        centre, top - 0.5 * cm, _fit(spec.banner_headline, SERIF_BOLD, headline_size, right - left - 0.2 * cm)
    )
    room = right - left - 0.4 * cm
    while text_size > 6.5 and stringWidth(spec.banner_text, SERIF, text_size) > room:
        text_size -= 0.1  # a narrower text column: smaller type rather than a cut sentence
    canvas.setFont(SERIF, text_size)
    text = _fit(spec.banner_text, SERIF, text_size, room)
    canvas.drawCentredString(centre, top - 0.95 * cm, text)
    # Footer: a rule, what the document is, its id, the office, and the page label (stamped at save).
    rule = lay.bottom + _FOOTER_RULE
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, rule, right, rule)
    half = (right - left) / 2 - 0.3 * cm
    canvas.setFillColor(INK)
    canvas.setFont(SERIF, 8)
    label_width = right - left - 2.8 * cm  # the rest of the line holds "Page N of M"
    line_1, line_2 = lay.bottom + _FOOTER_LINE_1, lay.bottom + _FOOTER_LINE_2
    canvas.drawString(left, line_1, _fit(spec.footer_label, SERIF, 8, label_width))
    canvas.setFillColor(MUTED)
    canvas.setFont(MONO, 7)
    canvas.drawString(left, line_2, _fit(spec.id_label.format(id=spec.document_id), MONO, 7, half))
    if spec.office:
        canvas.setFont(SERIF, 7.4)
        canvas.drawRightString(right, line_2, _fit(spec.office, SERIF, 7.4, half))
    canvas.restoreState()
    canvas.page_label_anchor = (right, line_1)
    canvas.page_label_format = spec.page_label


class _KeepUnlessRoomy(KeepTogether):  # type: ignore[misc]
    """A heading kept with what follows it, moved to a new page only when less than `room` is
    left on this one; with more room it splits where it stands (a long table breaks between
    rows), so a long section never leaves the page before it mostly empty."""

    def __init__(self, flowables: list[Flowable], room: float) -> None:
        super().__init__(flowables)
        self._room = room

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if aH >= self._room:
            return list(self._content)
        return super().split(aW, aH)  # type: ignore[no-any-return]


class _OfficeDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: BytesIO, spec: DocumentSpec, *, invariant: bool) -> None:
        size = page_size(spec.paper)
        lay = page_layout(spec.layout)
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=lay.left,
            rightMargin=lay.right,
            topMargin=lay.frame_top,
            bottomMargin=lay.frame_bottom,
            title=spec.title,
            author=spec.office,
            invariant=1 if invariant else 0,
            pageCompression=1,
            initialFontName=SERIF,
        )
        if lay.keep_share is not None:
            share = lay.keep_share * (size[1] - lay.frame_top - lay.frame_bottom)
            self.keepTogetherClass = lambda flowables: _KeepUnlessRoomy(flowables, share)
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates(
            [PageTemplate(id="office", frames=[frame], onPage=lambda c, d: _decorate_page(spec, c, d))]
        )


def text_width(paper: str, layout: str = "office") -> float:
    """The width of the text frame on this paper, for sizing table columns."""
    lay = page_layout(layout)
    return page_size(paper)[0] - lay.left - lay.right


def text_height(paper: str, layout: str = "office") -> float:
    """The height of the text frame on this paper."""
    lay = page_layout(layout)
    return page_size(paper)[1] - lay.frame_top - lay.frame_bottom


def render_pdf(spec: DocumentSpec, story: list[Flowable], *, invariant: bool = False) -> RenderedPdf:
    """Lay out the story; `invariant` gives byte-identical output for identical input (tests)."""
    register_fonts()
    buffer = BytesIO()
    doc = _OfficeDocTemplate(buffer, spec, invariant=invariant)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return RenderedPdf(buffer.getvalue(), int(doc.page))
