"""Text colours chosen against the palette in use, so a warning reads on light and dark desktops.

A red that suits a white window (#b3261e, 6.5:1) falls to about 2:1 on a dark one, below the
4.5:1 that WCAG AA asks of normal text. Error text therefore takes whichever of two reds stands
out more from the window's background, and the palette's own text colour if neither reaches AA
(a mid-grey theme), so it is never unreadable. The agenda's "possible clash" days are marked the
same way, in one of two ambers measured against the calendar's cells under their amber tint.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

#: WCAG 2.x level AA for normal-size text.
AA_CONTRAST = 4.5
#: For light backgrounds: 6.5:1 on white, 5.7:1 on the usual #efefef window.
RED_ON_LIGHT = QColor("#b3261e")
#: For dark backgrounds: 9.8:1 on #1e1e1e, 7.2:1 on #353535.
RED_ON_DARK = QColor("#ffb4ab")
#: Amber for a caution in a cell under the clash tint: 5.6:1 on white, 4.9:1 on #ececec ...
AMBER_ON_LIGHT = QColor("#8f4a00")
#: ... and 6.8:1 on #1e1e1e, 5.3:1 on #353535.
AMBER_ON_DARK = QColor("#ffdc9e")


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an sRGB colour (0 for black, 1 for white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, from 1 (the same) to 21 (black on white); the order does not matter."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(base: QColor, tint: QColor) -> QColor:
    """What the eye sees: a translucent `tint` painted over an opaque `base`."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(
        *(alpha * t + (1 - alpha) * b for t, b in zip(tint.getRgbF()[:3], base.getRgbF()[:3], strict=True))
    )


def readable(background: QColor, on_light: QColor, on_dark: QColor, fallback: QColor) -> QColor:
    """Whichever of two colours stands out more from `background`, or `fallback` if neither
    reaches AA."""
    best = max((on_light, on_dark), key=lambda c: contrast_ratio(c, background))
    return QColor(best if contrast_ratio(best, background) >= AA_CONTRAST else fallback)


def error_colour(palette: QPalette) -> QColor:
    """The red for error text on this palette's window background, at AA contrast at least."""
    group = QPalette.ColorGroup.Active
    return readable(
        palette.color(group, QPalette.ColorRole.Window),
        RED_ON_LIGHT,
        RED_ON_DARK,
        palette.color(group, QPalette.ColorRole.WindowText),
    )


def caution_colour(palette: QPalette, tint: QColor | None = None) -> QColor:
    """The amber for text in a cell (the palette's Base), under a translucent `tint` if given."""
    group = QPalette.ColorGroup.Active
    cell = palette.color(group, QPalette.ColorRole.Base)
    if tint is not None:
        cell = blend(cell, tint)
    return readable(cell, AMBER_ON_LIGHT, AMBER_ON_DARK, palette.color(group, QPalette.ColorRole.Text))


def error_style(widget: QWidget) -> str:
    """A style sheet giving `widget` the error colour of its palette (read when called)."""
    return f"color: {error_colour(widget.palette()).name()};"
