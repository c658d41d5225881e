"""Error text meets WCAG AA (4.5:1) against the window of light and dark palettes alike."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from caseintake.ui.agenda.model import CLASH_BACKGROUND
from caseintake.ui.colours import (
    AA_CONTRAST,
    RED_ON_DARK,
    RED_ON_LIGHT,
    blend,
    caution_colour,
    contrast_ratio,
    error_colour,
)

#: Window backgrounds of common desktops: Fusion, Windows, macOS and KDE Breeze, light and dark.
LIGHT_WINDOWS = ("#ffffff", "#f0f0f0", "#efefef", "#ececec", "#eff0f1")
DARK_WINDOWS = ("#1e1e1e", "#202020", "#2b2b2b", "#323232", "#353535", "#31363b", "#3c3f41")


def palette(window: str, text: str) -> QPalette:
    """A palette whose windows and cells (Base) share one background."""
    made = QPalette()
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        made.setColor(background, QColor(window))
    for foreground in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        made.setColor(foreground, QColor(text))
    return made


def test_the_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#777777")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#b3261e"), QColor("#b3261e")) == pytest.approx(1.0)


def test_the_old_fixed_red_fails_on_a_dark_window() -> None:
    """Why the colour is chosen: the one red used everywhere before is unreadable in dark mode."""
    assert contrast_ratio(QColor("#b3261e"), QColor("#353535")) < 2.0


@pytest.mark.parametrize("window", LIGHT_WINDOWS)
def test_error_text_on_a_light_window(window: str) -> None:
    colour = error_colour(palette(window, "#000000"))
    assert colour == RED_ON_LIGHT
    assert contrast_ratio(colour, QColor(window)) >= AA_CONTRAST


@pytest.mark.parametrize("window", DARK_WINDOWS)
def test_error_text_on_a_dark_window(window: str) -> None:
    colour = error_colour(palette(window, "#ffffff"))
    assert colour == RED_ON_DARK
    assert contrast_ratio(colour, QColor(window)) >= AA_CONTRAST


@pytest.mark.parametrize(
    ("window", "text"), [("#808080", "#000000"), ("#6e6e6e", "#ffffff"), ("#9a9a9a", "#000000")]
)
def test_a_mid_grey_window_falls_back_to_its_own_text_colour(window: str, text: str) -> None:
    """Neither red reaches AA on a mid grey; the theme's own text colour is used instead."""
    assert (
        max(contrast_ratio(RED_ON_LIGHT, QColor(window)), contrast_ratio(RED_ON_DARK, QColor(window))) < 4.5
    )
    colour = error_colour(palette(window, text))
    assert colour == QColor(text)
    assert contrast_ratio(colour, QColor(window)) >= AA_CONTRAST


def test_a_tint_is_blended_over_its_background() -> None:
    half_red = QColor(255, 0, 0, 128)
    seen = blend(QColor("#ffffff"), half_red)
    assert (seen.red(), seen.green(), seen.blue()) == (255, 127, 127)


@pytest.mark.parametrize("cell", LIGHT_WINDOWS + DARK_WINDOWS)
def test_a_clash_day_reads_on_its_tinted_cell(cell: str) -> None:
    """The agenda marks a clashing day in amber on an amber tint; both together must still read."""
    text = "#000000" if QColor(cell).lightness() > 128 else "#ffffff"
    colour = caution_colour(palette(cell, text), CLASH_BACKGROUND)
    assert contrast_ratio(colour, blend(QColor(cell), CLASH_BACKGROUND)) >= AA_CONTRAST
    assert colour != QColor(text)  # an amber, not the fallback
    assert (
        contrast_ratio(QColor(191, 98, 0), blend(QColor(cell), CLASH_BACKGROUND)) < AA_CONTRAST
    )  # the old one
