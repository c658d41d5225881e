"""One page of the preview's column, and the picture of a page in the list beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from caseintake.ui.pdf_preview import layout


def thumbnail_icon(picture: QPixmap) -> QIcon:
    """The page's picture in a thin frame, untinted when selected (the highlight shows that)."""
    picture = picture.copy()
    painter = QPainter(picture)
    painter.setPen(QColor(150, 150, 150))
    size = picture.deviceIndependentSize()
    painter.drawRect(QRectF(0, 0, size.width() - 1, size.height() - 1))
    painter.end()
    icon = QIcon(picture)
    icon.addPixmap(picture, QIcon.Mode.Selected)
    return icon


class PageCanvas(QWidget):
    """One page of the column: white paper, its image once drawn, its number until then."""

    def __init__(self, number: int, size_pt: tuple[float, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"previewPage{number}")
        self.number = number
        self.size_pt = size_pt
        self.image: QImage | None = None
        self.scale = 0.0

    def set_zoom(self, zoom: float) -> None:
        per_point = zoom * layout.SCREEN_DPI / layout.POINTS_PER_INCH
        self.setFixedSize(round(self.size_pt[0] * per_point), round(self.size_pt[1] * per_point))

    def set_image(self, image: QImage, scale: float, ratio: float) -> None:
        image.setDevicePixelRatio(ratio)
        self.image, self.scale = image, scale
        self.update()

    def forget(self) -> None:
        self.image, self.scale = None, 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, QColor("white"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(rect), self.image)
        else:
            painter.setPen(QColor(110, 110, 110))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, self.tr("Page %1").replace("%1", str(self.number))
            )
        painter.setPen(QColor(150, 150, 150))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
