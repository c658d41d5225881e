"""A copy that holds a vault value never reaches the clipboard; an ordinary copy does."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from caseintake.services import leak_guard
from caseintake.services.cases import load_case
from caseintake.ui.clipboard_guard import ClipboardGuard
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in


def _copy(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setText(text)
    field.selectAll()
    field.copy()


def test_a_copied_name_is_taken_off_the_clipboard(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    reference = import_cases(store["sup"], sample_case())[0]
    state = signed_in(store, runner, "worker")
    reports: list[str] = []
    guard = ClipboardGuard(state, reports.append)
    guard.refresh()
    qtbot.waitUntil(lambda: guard.guard is not None)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    clipboard = QGuiApplication.clipboard()

    _copy(qtbot, field, "Hearing moved to Monday; AAA will attend.")
    assert clipboard.text() == "Hearing moved to Monday; AAA will attend."

    _copy(qtbot, field, "Called M\u0430ria Luz Bautista's school")  # a Cyrillic а inside
    assert clipboard.text() == ""
    qtbot.waitUntil(lambda: bool(reports))
    assert "copy was blocked" in reports[0] and "legal name" in reports[0]
    assert "Bautista" not in reports[0] and "Maria" not in reports[0]

    # A word allowed for its person may be copied after all (the check on the database thread
    # puts it back).
    victim = load_case(store["sup"], reference).persons[0]
    assert victim.id
    leak_guard.allow_word(store["lawyer"], victim.id, "Luz")
    guard.refresh()
    qtbot.waitUntil(lambda: guard.guard is not None and guard.guard.allowed != {})
    _copy(qtbot, field, "Turn on the luz in the hall")
    qtbot.waitUntil(lambda: clipboard.text() == "Turn on the luz in the hall")

    guard.forget()
    assert guard.guard is None
