"""What the preview decides without a display: zoom steps, which pages are in view, what to print.

The window only asks these questions and draws the answers, so they are tested without widgets.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

#: 100 % is the page at its printed size on a 96 dpi screen, as in PDF viewers.
SCREEN_DPI = 96.0
POINTS_PER_INCH = 72.0
ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
MIN_ZOOM = ZOOM_STEPS[0]
MAX_ZOOM = ZOOM_STEPS[-1]
#: Pages drawn beyond those in view (so scrolling shows a page at once), and pages whose images
#: are kept before they are dropped (so a long summary never holds every page in memory).
DRAW_AHEAD = 1
KEEP_AROUND = 3
#: The largest image drawn for one page, in pixels (64 MB in 32-bit colour): a page zoomed on a
#: high-density screen, or printed, is drawn no larger than this.
MAX_PIXELS = 16_000_000


def zoom_in(zoom: float) -> float:
    """The next step above `zoom` (a fitted zoom between two steps goes to the next one)."""
    return next((step for step in ZOOM_STEPS if step > zoom + 1e-6), MAX_ZOOM)


def zoom_out(zoom: float) -> float:
    return next((step for step in reversed(ZOOM_STEPS) if step < zoom - 1e-6), MIN_ZOOM)


def fit_width(available_px: float, page_width_pt: float) -> float:
    """The zoom at which a page fills `available_px` screen pixels across, within the steps' range."""
    if page_width_pt <= 0 or available_px <= 0:
        return 1.0
    zoom = available_px / (page_width_pt * SCREEN_DPI / POINTS_PER_INCH)
    return min(max(zoom, MIN_ZOOM), MAX_ZOOM)


def pixel_scale(zoom: float, device_pixel_ratio: float = 1.0) -> float:
    """PDFium's scale (pixels per point) for a page shown at `zoom` on this screen."""
    return round(zoom * SCREEN_DPI / POINTS_PER_INCH * device_pixel_ratio, 4)


def capped_scale(scale: float, width_pt: float, height_pt: float) -> float:
    """`scale`, lowered so that the page's image stays within MAX_PIXELS."""
    area = width_pt * height_pt
    if area <= 0:
        return scale
    return min(scale, math.sqrt(MAX_PIXELS / area))


def pages_in_view(tops: Sequence[int], heights: Sequence[int], view_top: int, view_height: int) -> list[int]:
    """Indexes of the pages that a viewport from `view_top`, `view_height` high, shows any of."""
    bottom = view_top + view_height
    return [
        i for i, (top, h) in enumerate(zip(tops, heights, strict=True)) if top < bottom and top + h > view_top
    ]


def current_page(tops: Sequence[int], heights: Sequence[int], view_top: int, view_height: int) -> int:
    """The page the reader is on: the one showing most of itself in the viewport (first on a tie)."""
    bottom = view_top + view_height

    def shown(i: int) -> int:
        return max(0, min(tops[i] + heights[i], bottom) - max(tops[i], view_top))

    if not tops:
        return 0
    return max(range(len(tops)), key=lambda i: (shown(i), -i))


def around(pages: Sequence[int], count: int, margin: int) -> set[int]:
    """`pages` and `margin` pages either side of them, within the document."""
    if not pages:
        return set()
    return set(range(max(min(pages) - margin, 0), min(max(pages) + margin + 1, count)))


def print_order(
    count: int,
    chosen: Callable[[int], bool] | None = None,
    *,
    copies: int = 1,
    last_first: bool = False,
) -> list[int]:
    """The page indexes to send to the printer, in order: the pages the print dialog chose
    (`chosen` takes a page number from 1; None is all), back to front if asked, and the whole
    run repeated for each copy the printer does not make itself (collated)."""
    pages = [i for i in range(count) if chosen is None or chosen(i + 1)]
    if last_first:
        pages.reverse()
    return pages * max(copies, 1)
