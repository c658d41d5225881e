"""The Qt binding must not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call that returns nothing
(`setEditText`, `setCurrentIndex`, `addItem`, ...). `None` starts with about five thousand
references, so a few minutes of ordinary use ended in "Fatal Python error: none_dealloc": the
application aborted and took the unsaved form with it. pyproject.toml keeps that release out;
this test fails on any binding with the same defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    combo = QComboBox()
    edit = QLineEdit()
    qtbot.addWidget(combo)
    qtbot.addWidget(edit)
    combo.addItems(["a", "b"])
    before = sys.getrefcount(None)
    for i in range(2000):
        combo.setCurrentIndex(i % 2)
        combo.setItemData(0, "x", Qt.ItemDataRole.UserRole)
        edit.setText("text")
    # A few references may come and go with the interpreter's own work; a leak is thousands.
    assert abs(sys.getrefcount(None) - before) < 100
