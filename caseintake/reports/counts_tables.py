"""The counts table laid out for the PDF: a cross-tabulation, one dimension across the page.

The dimension across is the one with the most values that still fit (twelve); the rows are the
combinations of the others, each group followed by its total, with a value printed only where
it changes. With one dimension, or none that fits, it is one count column, as in the CSV. A
suppressed count is printed as "x" and nothing else.
"""

from __future__ import annotations

from itertools import product
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from caseintake.domain.report_language import DEFAULT_LANGUAGE, phrase, value_name
from caseintake.reports.pdf_style import INK, RULE, SHADE
from caseintake.stats.counts import PERIOD_DIMENSIONS, CountsTable
from caseintake.stats.suppression import TOTAL, Cell

#: About 60 pages of long-format rows; beyond that a CSV serves better.
MAX_PDF_ROWS = 2500
_MAX_ACROSS = 12  # value columns in a cross-tabulation, besides the total
_SHADE = colors.Color(0.955, 0.955, 0.955)  # totals: lighter than the heading's SHADE


def display(dim: str, value: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A code as a reader sees it: ``in_court`` as "in court", ``*`` as "Total"."""
    return value_name(language, dim, value)


def _title(dim: str, language: str) -> str:
    return phrase(language, f"dimension.title.{dim}")


def _count(cell: Cell) -> str:
    published = cell.published_count
    return "x" if published is None else f"{published:,}"


def _across(table: CountsTable) -> int | None:
    """The dimension printed across the page: the one with the most values that still fits,
    the period first among equals; None when none fits (or there is only one dimension)."""
    if len(table.dims) < 2:
        return None
    fitting = [k for k, d in enumerate(table.domains) if 0 < len(d) <= _MAX_ACROSS]
    if not fitting:
        return None
    return max(fitting, key=lambda k: (len(table.domains[k]), table.dims[k] in PERIOD_DIMENSIONS, -k))


def _style(numeric_from: int, total_rows: list[int], fonts: dict[str, str]) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts["regular"], 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in total_rows:
        commands += [("BACKGROUND", (0, r), (-1, r), _SHADE), ("FONT", (0, r), (-1, r), fonts["bold"], 7.5)]
    return TableStyle(commands)


def _heading(text: str, fonts: dict[str, str], right: bool) -> Paragraph:
    style = ParagraphStyle(
        "head",
        fontName=fonts["bold"],
        fontSize=7.5,
        leading=9,
        textColor=INK,
        alignment=2 if right else 0,
    )
    return Paragraph(escape(text), style)


class _UpwardLabel(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A column heading turned 90°, for columns too narrow for their heading's words."""

    def __init__(self, text: str, font: str, height: float) -> None:
        super().__init__()
        self.text, self.font, self.height = text, font, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(self.font, 7.5)
        canvas.translate(self.width - 1, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()


def _across_headings(labels: list[str], column: float, fonts: dict[str, str]) -> list[Flowable]:
    words = max(stringWidth(w, fonts["bold"], 7.5) for label in labels for w in label.split())
    if words + 8 <= column:
        return [_heading(label, fonts, True) for label in labels]
    height = max(stringWidth(label, fonts["bold"], 7.5) for label in labels) + 2
    return [_UpwardLabel(label, fonts["bold"], height) for label in labels]


def _label_widths(table: CountsTable, down: list[int], fonts: dict[str, str], language: str) -> list[float]:
    widths = []
    for k in down:
        values = [display(table.dims[k], v, language) for v in (*table.domains[k], TOTAL)]
        widest = max(stringWidth(v, fonts["bold"], 7.5) for v in values)
        title = max(stringWidth(w, fonts["bold"], 7.5) for w in _title(table.dims[k], language).split())
        widths.append(max(widest, title) + 10)
    return widths


def _grid(
    table: CountsTable, across: int | None, width: float, fonts: dict[str, str], language: str
) -> Table:
    """Rows are the combinations of the other dimensions, totals after each group."""
    down = [k for k in range(len(table.dims)) if k != across]
    across_values = [*table.domains[across], TOTAL] if across is not None else [TOTAL]
    by_key = {c.key: c for c in table.cells}
    label_widths = _label_widths(table, down, fonts, language)
    numeric_w = min((width - sum(label_widths)) / len(across_values), 70.0)
    headings = [
        display(table.dims[across], v, language) if across is not None else phrase(language, "table.count")
        for v in across_values
    ]
    rows: list[list[Any]] = [
        [_heading(_title(table.dims[k], language), fonts, False) for k in down]
        + _across_headings(headings, numeric_w, fonts)
    ]
    totals: list[int] = []
    previous: tuple[str, ...] = ()
    for labels in product(*([*table.domains[k], TOTAL] for k in down)):
        shown = [display(table.dims[k], v, language) for k, v in zip(down, labels, strict=True)]
        # A leading value is printed only where it changes, as a reader scans down the groups.
        for j in range(len(shown) - 1):
            if previous[: j + 1] != labels[: j + 1]:
                break
            shown[j] = ""
        previous = labels
        if TOTAL in labels:
            totals.append(len(rows))
        cells = []
        for value in across_values:
            key = list(labels)
            if across is not None:
                key.insert(across, value)
            cells.append(_count(by_key[tuple(key)]))
        rows.append([*shown, *cells])
    result = Table(
        rows, colWidths=[*label_widths, *[numeric_w] * len(across_values)], repeatRows=1, hAlign="LEFT"
    )
    style = _style(len(down), totals, fonts)
    if across is not None:
        style.add("BACKGROUND", (-1, 1), (-1, -1), _SHADE)
        style.add("FONT", (-1, 1), (-1, -1), fonts["bold"], 7.5)
    result.setStyle(style)
    return result


def counts_table(
    table: CountsTable, width: float, fonts: dict[str, str], language: str = DEFAULT_LANGUAGE
) -> Table:
    return _grid(table, _across(table), width, fonts, language)
