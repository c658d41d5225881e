"""The anonymized counts as a PDF: the facts, bar charts and the table, text and vectors only.

It prints exactly the cells of the CSV, with the same suppression: a suppressed count is an "x"
in the table and a hatched marker in a chart, never its value. Charts show one-dimensional
margins of the same table (never a second table, whose cells could be subtracted from this
one's). The page template, fonts and Info dictionary (title and office only, no dates) are the
office's shared ones (``pdf_document``, ``pdf_style``); the bytes pass the no-media verifier
before they are returned.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from caseintake.domain.errors import InvalidInput, PermissionDenied
from caseintake.domain.report_language import DEFAULT_LANGUAGE, LANGUAGES, check_language, phrase
from caseintake.domain.report_words_en import ENGLISH
from caseintake.reports.counts_charts import Bar, ChartFonts, bar_chart, column_chart, legend
from caseintake.reports.counts_tables import MAX_PDF_ROWS, counts_table, display
from caseintake.reports.pdf_document import DocumentSpec, render_pdf, text_width
from caseintake.reports.pdf_safety import UnsafePdf, ensure_safe_pdf
from caseintake.reports.pdf_style import (
    INK,
    MUTED,
    RULE,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    SHADE,
    register_fonts,
)
from caseintake.stats.counts import DIMENSIONS, PERIOD_DIMENSIONS, CountsTable
from caseintake.stats.counts_csv import fact_label, header_facts

# Every fixed word is in ``domain/report_words_en.py`` and ``report_words_fil.py``; the English
# ones stay importable here under their old names.
TITLE = ENGLISH["title"]
BANNER_HEADLINE = ENGLISH["banner.headline"]
BANNER_TEXT = ENGLISH["banner.text"]
FONTS = {"regular": SERIF, "bold": SERIF_BOLD, "italic": SERIF_ITALIC}
TABLE_NOTE = ENGLISH["table.note"]
#: The donor report: one section per table, in this order (see ``services.counts.DONOR_TABLES``).
DONOR_HEADINGS = {
    key[len("donor.") :]: text
    for key, text in ENGLISH.items()
    if key.startswith("donor.") and key != "donor.title"
}
PAPER = "a4"


def _styles(fonts: dict[str, str]) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts["regular"],
        bulletFontName=fonts["regular"],
        fontSize=9,
        leading=12,
        textColor=INK,
    )
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=fonts["bold"], fontSize=15, leading=19),
        "office": ParagraphStyle("office", base, fontSize=10, leading=13, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=fonts["bold"],
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "note": ParagraphStyle(
            "note", base, fontName=fonts["italic"], fontSize=7.5, leading=10, spaceAfter=3, keepWithNext=1
        ),
        "label": ParagraphStyle("label", base, fontName=fonts["bold"], fontSize=8, leading=10.5),
        "fact": ParagraphStyle("fact", base, fontSize=8, leading=10.5),
    }


def _chart_order(table: CountsTable) -> list[str]:
    """Bars by period, then by region, then the other dimensions."""
    first = [d for d in table.dims if d in PERIOD_DIMENSIONS]
    region = [d for d in table.dims if d == "region"]
    return first + region + [d for d in table.dims if d not in first and d != "region"]


def _partial_periods(table: CountsTable, dim: str, language: str) -> list[str]:
    """Say so when the period cuts a year or quarter short, lest its bar read as a drop."""
    if dim not in ("year", "quarter"):
        return []
    months = table.period.months()
    size = 12 if dim == "year" else 3
    notes = []
    for label in dict.fromkeys(_period_of(dim, m) for m in (months[0], months[-1])):
        inside = [m for m in months if _period_of(dim, m) == label]
        if len(inside) < size:
            notes.append(phrase(language, "chart.partial", period=label, first=inside[0], last=inside[-1]))
    return notes


def _period_of(dim: str, month: str) -> str:
    return month[:4] if dim == "year" else f"{month[:4]}-Q{(int(month[5:]) + 2) // 3}"


def _chart_parts(
    table: CountsTable,
    dim: str,
    width: float,
    fonts: dict[str, str],
    styles: Any,
    language: str,
    heading: bool,
) -> list[Flowable]:
    """A chart's title (unless `heading` is False), notes, chart and legend, for the caller to
    keep together on one page (with its own heading, if it has one)."""
    chart_fonts = ChartFonts(fonts["regular"], fonts["italic"])
    partial = set(table.partial_periods())
    k = table.dims.index(dim)
    partial_word = " " + phrase(language, "value.partial")
    bars = [
        Bar(
            display(dim, c.key[k], language) + (partial_word if c.key[k] in partial else ""),
            c.published_count,
        )
        for c in table.margin(dim)
    ]
    title = phrase(language, f"dimension.title.{dim}")
    words = phrase(language, f"dimension.chart.{dim}")
    title_text = phrase(language, "chart.title", unit=_unit_title(table, language), dimension=words)
    parts: list[Flowable] = [Paragraph(escape(title_text), styles["h2"])] if heading else []
    notes = _partial_periods(table, dim, language)
    if DIMENSIONS[dim].group is not None:
        notes.append(phrase(language, "chart.several"))
    if notes:
        parts.append(Paragraph(escape(" ".join(notes)), styles["note"]))
    if dim in PERIOD_DIMENSIONS:
        parts.append(column_chart(bars, width, title, chart_fonts, language))
    else:
        axis = phrase(language, "chart.mentions") if table.multi_valued else _unit_title(table, language)
        parts.append(bar_chart(bars, width, axis, chart_fonts, language))
    if any(b.value is None for b in bars):
        parts.append(legend(width, chart_fonts, language))
    return parts


def _unit_title(table: CountsTable, language: str) -> str:
    return phrase(language, f"unit.title.{table.unit}")


def _facts(
    table: CountsTable,
    generated: date,
    width: float,
    styles: Any,
    language: str,
    skip: Sequence[str] = ("totals",),
) -> Flowable:
    rows = [
        [
            Paragraph(escape(fact_label(label, language)), styles["label"]),
            Paragraph(escape(text), styles["fact"]),
        ]
        for label, text in header_facts(table, generated, language)
        if label not in skip
    ]
    facts = Table(rows, colWidths=[28 * mm, width - 28 * mm])
    facts.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONTS["regular"], 8),  # else Helvetica, never embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return facts


def counts_pdf(
    table: CountsTable,
    *,
    generated: date,
    office: str = "",
    document_id: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> bytes:
    """The report's bytes, in English or Filipino (``language``); raises ``PermissionDenied`` if
    they fail the no-media check."""
    check_language(language)
    rows = len(table.cells)
    if rows > MAX_PDF_ROWS:
        raise InvalidInput(
            f"This table has {rows:,} rows, too many for a readable PDF (at most {MAX_PDF_ROWS:,});"
            " write a CSV instead, or choose fewer dimensions or a shorter period.",
            code="counts_pdf_too_many_rows",
            params={"rows": f"{rows:,}", "most": f"{MAX_PDF_ROWS:,}"},
        )
    register_fonts()
    fonts = FONTS
    styles = _styles(fonts)
    width = text_width(PAPER)
    k = table.min_cell
    start, end = table.period.start, table.period.end
    dimensions = ", ".join(phrase(language, f"dimension.sentence.{d}") for d in table.dims)
    story: list[Flowable] = [Paragraph(escape(phrase(language, "title")), styles["title"])]
    if office:
        story.append(Paragraph(escape(office), styles["office"]))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                phrase(language, "intro.counts", start=start, end=end, dimensions=dimensions, below=k - 1)
            ),
            styles["body"],
        ),
        Spacer(1, 2 * mm),
        _facts(table, generated, width, styles, language),
    ]
    story += [
        KeepTogether(_chart_parts(table, dim, width, fonts, styles, language, True))
        for dim in _chart_order(table)
    ]
    story += [
        Paragraph(escape(phrase(language, "table.heading")), styles["h2"]),
        Paragraph(escape(phrase(language, "table.note")), styles["note"]),
        counts_table(table, width, fonts, language),
    ]
    footer = phrase(language, "footer.counts", start=start, end=end, k=k)
    return _render(story, office, document_id, footer, language)


def donor_report_pdf(
    tables: Sequence[CountsTable],
    *,
    generated: date,
    office: str = "",
    document_id: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> bytes:
    """The standard donor report: trend by year and quarter, by region, by offense, and children
    by age band and sex, each a chart beside its compact table, in a few pages; in English or
    Filipino (``language``)."""
    check_language(language)
    register_fonts()
    fonts = FONTS
    styles = _styles(fonts)
    width = text_width(PAPER)
    first = tables[0]
    k = first.min_cell
    start, end = first.period.start, first.period.end
    story: list[Flowable] = [Paragraph(escape(phrase(language, "donor.title")), styles["title"])]
    if office:
        story.append(Paragraph(escape(office), styles["office"]))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(escape(phrase(language, "intro.donor", start=start, end=end, below=k - 1)), styles["body"]),
        Spacer(1, 2 * mm),
        _facts(first, generated, width, styles, language, skip=("dimensions", "unit", "counting", "totals")),
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(phrase(language, "table.note")), styles["note"]))
    for table in tables:
        name = ",".join(table.dims)
        words = LANGUAGES[language]
        heading = Paragraph(escape(words.get(f"donor.{name}", name)), styles["h2"])
        # One dimension: the chart prints every value, kept on one page with its heading (the
        # heading's keepWithNext alone let it end a page when the chart moved on whole); more:
        # the cross-table, values and all, which may run over pages.
        if len(table.dims) == 1:
            story.append(
                KeepTogether(
                    [heading, *_chart_parts(table, table.dims[0], width, fonts, styles, language, False)]
                )
            )
        else:
            story += [heading, counts_table(table, width, fonts, language)]
    return _render(
        story, office, document_id, phrase(language, "footer.donor", start=start, end=end, k=k), language
    )


def _render(story: list[Flowable], office: str, document_id: str, footer: str, language: str) -> bytes:
    """Lay out a counts document and check it like every PDF; `footer` follows the title."""
    title = phrase(language, "title")
    spec = DocumentSpec(
        title=title,
        office=office,
        document_id=document_id or phrase(language, "document.not_registered"),
        footer_label=phrase(language, "footer.label", title=title, footer=footer),
        banner_headline=phrase(language, "banner.headline"),
        banner_text=phrase(language, "banner.text"),
        paper=PAPER,
        page_label=LANGUAGES[language]["document.page"],
        id_label=LANGUAGES[language]["document.id"],
    )
    # Invariant: the same table, month and id give the same bytes (and no hidden timestamp).
    data = render_pdf(spec, story, invariant=True).data
    try:
        ensure_safe_pdf(data)
    except UnsafePdf as exc:
        kinds = ", ".join(sorted({f.kind for f in exc.findings}))
        raise PermissionDenied(
            f"The counts PDF was not written: {exc}", code="counts_pdf_unsafe", params={"kinds": kinds}
        ) from None
    return data


def pdf_text(data: bytes) -> str:
    """Every page's text, for the identity-leak guard and for tests."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
