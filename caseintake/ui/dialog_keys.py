"""Enter accepts, never cancels: the one default button of a dialog.

`QPushButton.setDefault(True)` registers the button with its dialog only when the button
already sits inside the dialog. A button box built first and added to the layout afterwards
misses that registration, and when the dialog is shown Qt makes the first auto-default button
of the tab chain the default — Cancel, which comes first. So Enter typed after a passphrase
cancelled the dialog (and, at start-up, quit the application).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QPushButton, QWidget


def make_default(buttons: QDialogButtonBox, default: QPushButton) -> None:
    """Make `default` the button Enter presses; call it once `buttons` is inside the dialog.

    The other buttons of the box stop being auto-default, so focus passing over Cancel cannot
    make it the default either (Space still presses a focused Cancel). Tab visits the buttons
    in the order they stand, as `in_reading_order` says."""
    in_reading_order(buttons)
    for button in buttons.buttons():
        if isinstance(button, QPushButton) and button is not default:
            button.setAutoDefault(False)
            button.setDefault(False)
    default.setAutoDefault(True)
    default.setDefault(False)  # setDefault(True) on a button already default does nothing
    default.setDefault(True)


def in_reading_order(buttons: QDialogButtonBox) -> None:
    """Tab visits the buttons of the box as they stand, left to right.

    The box places its buttons by role and by the platform's convention (OK before Cancel
    here, after it on a Mac), but Tab follows the order they were made in, so from a dialog's
    last field it jumped to Cancel, then back left to OK."""
    layout = buttons.layout()
    if layout is None:
        return
    placed: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton):
            placed.append(widget)
    for first, second in pairwise(placed):
        QWidget.setTabOrder(first, second)
