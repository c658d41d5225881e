"""A group of labelled codes with check boxes (offenses, accommodations).

Plain check boxes rather than a checkable list view: every choice is visible without
scrolling, a click on the label ticks it, and screen readers announce each one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class CheckList(QWidget):
    toggled = Signal()

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        object_name: str,
        *,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(4)
        rows = -(-len(items) // columns)
        for index, (code, text) in enumerate(items):
            box = QCheckBox(text)
            box.setObjectName(f"{object_name}_{code}")
            box.toggled.connect(self._toggled)
            self.boxes[code] = box
            layout.addWidget(box, index % rows, index // rows)
        self._quiet = False

    def _toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self.toggled.emit()

    def checked(self) -> tuple[str, ...]:
        return tuple(sorted(code for code, box in self.boxes.items() if box.isChecked()))

    def set_checked(self, codes: Sequence[str]) -> None:
        self._quiet = True
        try:
            for code, box in self.boxes.items():
                box.setChecked(code in codes)
        finally:
            self._quiet = False

    def check(self, code: str, checked: bool = True) -> None:
        """Tick one box as the user would (the change is reported)."""
        self.boxes[code].setChecked(checked)
