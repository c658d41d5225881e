"""Enter accepts, never cancels: the one default button of a dialog.

`QPushButton.setDefault(True)` registers the button with its dialog only when the button
already sits inside the dialog. A button box built first and added to the layout afterwards
misses that registration, and when the dialog is shown Qt makes the first auto-default button
of the tab chain the default — Cancel, which comes first. So Enter typed after a passphrase
cancelled the dialog (and, at start-up, quit the application).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def make_default(buttons: QDialogButtonBox, default: QPushButton) -> None:
    """Make `default` the button Enter presses; call it once `buttons` is inside the dialog.

    The other buttons of the box stop being auto-default, so focus passing over Cancel cannot
    make it the default either (Space still presses a focused Cancel)."""
    for button in buttons.buttons():
        if isinstance(button, QPushButton) and button is not default:
            button.setAutoDefault(False)
            button.setDefault(False)
    default.setAutoDefault(True)
    default.setDefault(False)  # setDefault(True) on a button already default does nothing
    default.setDefault(True)
