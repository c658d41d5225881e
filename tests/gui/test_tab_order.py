"""Tab walks every dialog as it reads: top to bottom, and left to right along a row.

The walk presses the real Tab key, from the widget that has the focus when the dialog opens,
until the focus comes back to it; each stop must be to the right of the one before on the same
row, or on a row below. Only the step from the last stop back to the first may go up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from caseintake.ui.main_window import MainWindow
from caseintake.ui.tasks import TaskRunner
from tests.gui.test_keyboard import main_window  # noqa: F401  (a fixture)
from tests.gui.test_screen_fit import WINDOWS

#: Two-panel windows read panel by panel (the agenda's calendar, then its hearings).
PANELS = {"agenda"}
#: Presses of Tab that may keep the focus in one widget (a date moves through its parts first).
SAME_WIDGET = 8


def _where(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QPushButton) else widget.accessibleName()
    return f"{type(widget).__name__} {widget.objectName() or '-'} {text.replace('&', '')!r}"


def tab_stops(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, from the one with the focus at the start."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    first = QApplication.focusWidget()
    assert first is not None, "nothing has the focus when the dialog opens"
    stops = [first]
    for _ in range(120):
        current = stops[-1]
        for _press in range(SAME_WIDGET):
            qtbot.keyClick(current, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
            if now is not current:
                break
        else:
            raise AssertionError(f"Tab stays in {_name(current)}")
        if now is first:
            return stops
        assert now is not None and now.window() is window, f"Tab left the dialog after {_name(current)}"
        stops.append(now)
    raise AssertionError("Tab never came back to where it started")


def backwards(stops: list[QWidget], window: QWidget) -> list[str]:
    """Each step round the whole circle that goes up, or left along the same row. One of them is
    the wrap from the last stop back to the first; any other is out of order."""
    found = []
    for before, after in zip(stops, stops[1:] + stops[:1], strict=True):
        a, b = _where(before, window), _where(after, window)
        overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
        same_row = overlap >= min(a.height(), b.height()) // 2
        if (same_row and b.left() < a.left()) or (not same_row and b.center().y() < a.center().y()):
            found.append(f"{_name(before)} at {a.getRect()} -> {_name(after)} at {b.getRect()}")
    return found


def test_the_walk_finds_a_field_out_of_order(qtbot: QtBot) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    row = QHBoxLayout()
    left, right, below = QLineEdit(), QLineEdit(), QLineEdit()
    for edit, name in ((left, "left"), (right, "right"), (below, "below")):
        edit.setObjectName(name)
    row.addWidget(left)
    row.addWidget(right)
    layout.addLayout(row)
    layout.addWidget(below)
    QWidget.setTabOrder(left, below)
    QWidget.setTabOrder(below, right)
    qtbot.addWidget(dialog)
    dialog.show()
    left.setFocus()
    stops = tab_stops(qtbot, dialog)
    assert [s.objectName() for s in stops] == ["left", "below", "right"]
    assert len(backwards(stops, dialog)) == 2  # below -> right goes up, and so does the wrap
    assert "QLineEdit below" in backwards(stops, dialog)[0]


@pytest.mark.parametrize("name", list(WINDOWS))
def test_tab_reads_each_dialog_top_to_bottom_left_to_right(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, tmp_path: Path, name: str
) -> None:
    window = WINDOWS[name](qtbot, store, runner, tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # a first load fills its tables
    stops = tab_stops(qtbot, window)  # and Tab is caught nowhere
    assert len(stops) >= 2
    if name in PANELS:
        return
    steps = backwards(stops, window)
    assert len(steps) <= 1, "Tab goes back up:\n" + "\n".join(steps)


@pytest.mark.parametrize("tab", ["overview", "people", "notes", "history"])
def test_tab_goes_from_the_case_list_into_the_open_case(
    qtbot: QtBot,
    main_window: MainWindow,  # noqa: F811
    tab: str,
) -> None:
    """The list of cases does not hold on to Tab (its arrows move in it), and the Overview's
    scroll area is no stop of its own."""
    editor = main_window.editor
    editor.tabs.setCurrentWidget(getattr(editor.tabs, tab))
    main_window.cases.table.setFocus()
    stops = tab_stops(qtbot, main_window)
    after_list = stops[stops.index(main_window.cases.table) + 1 :]
    assert any(editor.isAncestorOf(stop) for stop in after_list)
    assert editor.overview not in stops
