"""Bar charts for the counts report, drawn as vector shapes (no images, no chart widgets).

Drawn by hand rather than with ``reportlab.graphics.charts`` so that a suppressed value can never
reach the drawing: a suppressed bar is a hatched marker of fixed size, the same for every
suppressed bar and not to scale, labelled "suppressed", and the axis is scaled on published
values only (scaling on a hidden value would leak its size through the axis).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from caseintake.domain.report_language import DEFAULT_LANGUAGE, phrase

BAR = colors.HexColor("#4d6a82")  # a slate that prints as mid grey
GRID = colors.HexColor("#dcdcdc")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#525252")
HATCH = colors.HexColor("#8c8c8c")
SUPPRESSED = "suppressed"  # the English word; each chart takes its words from the report's language


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: suppressed, never drawn to scale


@dataclass(frozen=True)
class ChartFonts:
    regular: str
    italic: str


def nice_ticks(top: int) -> list[int]:
    """0 and round steps (1, 2 or 5 × 10ⁿ) up to at least ``top``, about five of them."""
    if top <= 0:
        return [0, 1]
    rough = top / 5
    power = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= rough)
    return list(range(0, int(math.ceil(top / step) * step) + 1, int(step)))


def _hatch(x: float, y: float, w: float, h: float, spacing: float = 3.2) -> Group:
    """A rectangle outline filled with 45° lines, clipped by hand to the rectangle."""
    group = Group(Rect(x, y, w, h, fillColor=colors.white, strokeColor=HATCH, strokeWidth=0.6))
    t = -h + spacing
    while t < w:
        x0, y0 = (x + t, y) if t >= 0 else (x, y - t)
        x1, y1 = (x + t + h, y + h) if t + h <= w else (x + w, y + (w - t))
        group.add(Line(x0, y0, x1, y1, strokeColor=HATCH, strokeWidth=0.5))
        t += spacing
    return group


def _drawing(width: float, height: float, fonts: ChartFonts) -> Drawing:
    """A drawing whose default font is ours: the renderer would otherwise select Helvetica, a
    font the PDF cannot embed, even when every string names another."""
    return Drawing(width, height, initialFontName=fonts.regular)


def _text(x: float, y: float, text: str, font: str, size: float, **kw: object) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=kw.pop("color", INK), **kw)


def _rotated(x: float, y: float, text: str, font: str, size: float, angle: float, **kw: object) -> Group:
    group = Group(_text(0, 0, text, font, size, **kw))
    group.translate(x, y)
    group.rotate(angle)
    return group


def legend(width: float, fonts: ChartFonts, language: str = DEFAULT_LANGUAGE) -> Drawing:
    """The key under a chart that has suppressed bars."""
    drawing = _drawing(width, 14, fonts)
    drawing.add(_hatch(0, 2, 16, 9))
    drawing.add(_text(22, 3.5, phrase(language, "chart.legend"), fonts.italic, 7.5))
    return drawing


def column_chart(
    bars: Sequence[Bar], width: float, axis_title: str, fonts: ChartFonts, language: str = DEFAULT_LANGUAGE
) -> Drawing:
    """Vertical bars, one per period; category labels turn upright when they would collide."""
    published = [b.value for b in bars if b.value is not None]
    ticks = nice_ticks(max(published, default=0))
    left, bottom_pad, top_pad = 40.0, 16.0, 14.0
    slot = (width - left - 6) / max(len(bars), 1)
    widest = max((stringWidth(b.label, fonts.regular, 7) for b in bars), default=0)
    upright = widest > slot - 2
    label_room = (widest + 6) if upright else 12
    plot_h = 130.0
    height = bottom_pad + label_room + plot_h + top_pad
    base = bottom_pad + label_room
    drawing = _drawing(width, height, fonts)
    scale = plot_h / ticks[-1]
    for tick in ticks:
        y = base + tick * scale
        drawing.add(Line(left, y, width - 4, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, y - 2.5, f"{tick:,}", fonts.regular, 7, textAnchor="end", color=MUTED))
    cases = phrase(language, "chart.cases")
    drawing.add(_rotated(9, base + plot_h / 2, cases, fonts.regular, 7.5, 90, textAnchor="middle"))
    drawing.add(_text(left + (width - left) / 2, 2, axis_title, fonts.regular, 7.5, textAnchor="middle"))
    bar_w = min(slot * 0.7, 34)
    for i, bar in enumerate(bars):
        cx = left + slot * (i + 0.5)
        if upright:
            drawing.add(_rotated(cx + 2.5, base - 4, bar.label, fonts.regular, 7, 90, textAnchor="end"))
        else:
            drawing.add(_text(cx, base - 10, bar.label, fonts.regular, 7, textAnchor="middle"))
        if bar.value is None:
            drawing.add(_hatch(cx - bar_w / 2, base, bar_w, 12))
            suppressed = phrase(language, "chart.suppressed")
            drawing.add(_rotated(cx + 2.5, base + 15, suppressed, fonts.italic, 6.5, 90, color=MUTED))
            continue
        h = bar.value * scale
        drawing.add(Rect(cx - bar_w / 2, base, bar_w, h, fillColor=BAR, strokeColor=None))
        value = f"{bar.value:,}"
        if stringWidth(value, fonts.regular, 6.5) <= slot - 1:
            drawing.add(_text(cx, base + h + 2, value, fonts.regular, 6.5, textAnchor="middle"))
        else:
            drawing.add(_rotated(cx + 2.3, base + h + 2, value, fonts.regular, 6.5, 90))
    drawing.add(Line(left, base, width - 4, base, strokeColor=INK, strokeWidth=0.7))
    return drawing


def bar_chart(
    bars: Sequence[Bar], width: float, axis_title: str, fonts: ChartFonts, language: str = DEFAULT_LANGUAGE
) -> Drawing:
    """Horizontal bars, one per value (regions, offenses...), labels on the left."""
    published = [b.value for b in bars if b.value is not None]
    ticks = nice_ticks(max(published, default=0))
    label_w = max((stringWidth(b.label, fonts.regular, 7.5) for b in bars), default=0) + 8
    left = max(label_w, 40.0)
    row = 12.0
    bottom = 26.0
    plot_w = width - left - 34
    height = bottom + row * len(bars) + 6
    drawing = _drawing(width, height, fonts)
    scale = plot_w / ticks[-1]
    top = bottom + row * len(bars)
    for tick in ticks:
        x = left + tick * scale
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(x, bottom - 9, f"{tick:,}", fonts.regular, 7, textAnchor="middle", color=MUTED))
    drawing.add(_text(left + plot_w / 2, 2, axis_title, fonts.regular, 7.5, textAnchor="middle"))
    for i, bar in enumerate(bars):
        y = top - row * (i + 1) + 2.5
        drawing.add(_text(left - 5, y + 2.5, bar.label, fonts.regular, 7.5, textAnchor="end"))
        if bar.value is None:
            drawing.add(_hatch(left, y, 22, row - 5))
            suppressed = phrase(language, "chart.suppressed")
            drawing.add(_text(left + 26, y + 2.3, suppressed, fonts.italic, 7, color=MUTED))
            continue
        w = bar.value * scale
        drawing.add(Rect(left, y, w, row - 5, fillColor=BAR, strokeColor=None))
        drawing.add(_text(left + w + 3, y + 2.3, f"{bar.value:,}", fonts.regular, 7))
    drawing.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.7))
    return drawing
