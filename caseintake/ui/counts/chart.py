"""A horizontal bar chart of one dimension's totals, painted by hand (no QtCharts in Essentials).

It follows the PDF's rules (`reports.counts_charts`): the scale comes from published values only
(scaling on a hidden value would leak its size through the axis), and a suppressed bar is a
hatched marker of one fixed size, labelled "suppressed", never drawn to scale. The widget is
given published counts only, so it has no hidden value to draw in the first place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from caseintake.ui.counts.model import count_text, suppressed_tip

BAR_COLOUR = QColor("#4d6a82")  # the PDF's slate, readable on light and dark palettes
ROW = 20
MARGIN = 8
MARKER_WIDTH = 26  # every suppressed bar: the same size, whatever it hides


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: int | None  # None: suppressed


class CountsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsChart")
        self.title = ""
        self.bars: list[ChartBar] = []
        self.empty_text = ""
        self.setMinimumWidth(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, title: str, bars: list[ChartBar]) -> None:
        self.title, self.bars, self.empty_text = title, list(bars), ""
        shown = ", ".join(f"{b.label}: {count_text(b.value)}" for b in self.bars)
        self.setAccessibleName(title)
        self.setAccessibleDescription(shown)
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def clear(self, text: str = "") -> None:
        self.title, self.bars, self.empty_text = "", [], text
        self.setAccessibleDescription(text)
        self.setMinimumHeight(0)
        self.update()

    def _suppressed_text(self) -> str:
        return self.tr("suppressed")

    def _legend_text(self) -> str:
        return self.tr("suppressed: hidden to protect small counts (marker not to scale)")

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        legend = line + 10 if any(b.value is None for b in self.bars) else 0
        return QSize(320, 2 * MARGIN + line + 8 + len(self.bars) * ROW + legend)

    # -- geometry shared by painting and tooltips ------------------------------------------------

    def _top(self) -> int:
        return MARGIN + self.fontMetrics().height() + 8

    def _label_width(self) -> int:
        widest = max((self.fontMetrics().horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest, int(self.width() * 0.45))

    def _bar_at(self, point: QPoint) -> ChartBar | None:
        row = (point.y() - self._top()) // ROW
        return self.bars[row] if point.y() >= self._top() and 0 <= row < len(self.bars) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self._bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                tip = suppressed_tip() if bar.value is None else count_text(bar.value)
                QToolTip.showText(event.globalPos(), f"{bar.label}: {tip}", self)
            return True
        return super().event(event)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        if not self.bars:
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            return
        bold = QFont(self.font())
        bold.setBold(True)
        italic = QFont(self.font())
        italic.setItalic(True)
        painter.setPen(ink)
        painter.setFont(bold)
        painter.drawText(MARGIN, MARGIN + metrics.ascent(), self.title)

        label_w = self._label_width()
        x0 = MARGIN + label_w + 6
        published = [b.value for b in self.bars if b.value is not None]
        room = max(
            MARKER_WIDTH + 5 + QFontMetrics(italic).horizontalAdvance(self._suppressed_text()),
            metrics.horizontalAdvance(count_text(max(published, default=0))),
        )
        plot_w = max(self.width() - x0 - MARGIN - room - 6, 20)
        scale = plot_w / max(max(published, default=0), 1)
        top = self._top()
        bar_h = ROW - 6
        for i, bar in enumerate(self.bars):
            y = top + i * ROW
            painter.setFont(self.font())
            painter.setPen(ink)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            label_rect = QRect(MARGIN, y, label_w, ROW)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            if bar.value is None:
                self._marker(painter, QRect(x0, y + 3, MARKER_WIDTH, bar_h), muted)
                painter.setFont(italic)
                painter.setPen(muted)
                note = QRect(x0 + MARKER_WIDTH + 5, y, room - MARKER_WIDTH - 5, ROW)
                painter.drawText(note, Qt.AlignmentFlag.AlignVCenter, self._suppressed_text())
                continue
            width = round(bar.value * scale) if bar.value else 0
            if bar.value and width < 1:
                width = 1
            painter.fillRect(QRect(x0, y + 3, width, bar_h), BAR_COLOUR)
            value_rect = QRect(x0 + width + 5, y, room, ROW)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, count_text(bar.value))
        painter.setPen(muted)
        painter.drawLine(x0, top, x0, top + len(self.bars) * ROW)
        if any(b.value is None for b in self.bars):
            y = top + len(self.bars) * ROW + 8
            self._marker(painter, QRect(MARGIN, y + 2, 18, metrics.height() - 4), muted)
            painter.setFont(italic)
            legend = QRect(MARGIN + 24, y, self.width() - MARGIN * 2 - 24, metrics.height())
            painter.drawText(legend, Qt.AlignmentFlag.AlignVCenter, self._legend_text())

    @staticmethod
    def _marker(painter: QPainter, rect: QRect, colour: QColor) -> None:
        painter.setPen(colour)
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
