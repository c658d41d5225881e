"""The main window: list and editor wired together, shortcuts, and locking (by Ctrl+L and idle)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case


@pytest.fixture
def window(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, list[float]]]:
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    import_cases(store["sup"], sample_case(), sample_case(summary="Second case; AAA is safe."))
    now = [0.0]
    idle = IdleLock(5, clock=lambda: now[0])
    state = AppState(db_path=store["path"], runner=runner)
    win = MainWindow(state, settings, idle)
    qtbot.addWidget(win)
    win.show()
    win.signed_in(store["worker"])
    store["worker"] = store["other"]  # the window owns (and closes) the worker's session now
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 2)
    yield win, now


def _visible_text(win: MainWindow) -> str:
    parts: list[str] = []
    for widget in win.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in win.findChildren(QPlainTextEdit) + win.findChildren(QTextEdit):
        parts.append(widget.toPlainText())
    for widget in win.findChildren(QLabel):
        parts.append(widget.text())
    model = win.cases.model
    parts += [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    return "\n".join(parts)


def test_selecting_a_case_opens_it_in_the_editor(
    qtbot: QtBot, window: tuple[MainWindow, list[float]]
) -> None:
    win, _ = window
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None)
    assert win.editor.draft is not None
    assert win.editor.draft.reference == win.cases.model.rows[0].reference


def test_ctrl_f_goes_to_the_search(qtbot: QtBot, window: tuple[MainWindow, list[float]]) -> None:
    win, _ = window
    win.activateWindow()
    win.cases.table.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.cases.search.hasFocus() or win.focusWidget() is win.cases.search


def test_idle_lock_clears_every_window_and_closes_the_session(
    qtbot: QtBot, window: tuple[MainWindow, list[float]]
) -> None:
    win, now = window
    locked: list[bool] = []
    win.on_locked = lambda: locked.append(True)
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None)
    assert "AAA is safe" in _visible_text(win)
    now[0] += 4 * 60
    win.idle.check()
    assert win.state.session is not None
    now[0] += 61
    win.idle.check()
    qtbot.waitUntil(lambda: locked == [True])
    assert win.state.session is None
    text = _visible_text(win)
    for secret in ("Referred by police", "CI-2026-", "AAA is safe", "AAA was calm", "Cebu"):
        assert secret not in text


def test_ctrl_l_locks(qtbot: QtBot, window: tuple[MainWindow, list[float]]) -> None:
    win, _ = window
    locked: list[bool] = []
    win.on_locked = lambda: locked.append(True)
    win.lock_action.trigger()
    qtbot.waitUntil(lambda: locked == [True])
    assert win.cases.model.rowCount() == 0
    assert win.lock_action.shortcut().toString() == "Ctrl+L"


def test_the_search_tidy_watches_only_while_signed_in(
    qtbot: QtBot, store: dict[str, Any], window: tuple[MainWindow, list[float]]
) -> None:
    from caseintake.storage import search_index

    win, now = window
    assert win.search_tidy.timer.isActive()
    import_cases(store["sup"], sample_case())  # a second write: a second segment
    assert search_index.segments(store["sup"].db, "case_search") == 2
    now[0] += 60  # a quiet minute: the window's own timer tidies
    qtbot.waitUntil(lambda: search_index.segments(store["sup"].db, "case_search") == 1, timeout=5000)
    locked: list[bool] = []
    win.on_locked = lambda: locked.append(True)
    win.lock_action.trigger()
    qtbot.waitUntil(lambda: locked == [True])
    assert not win.search_tidy.timer.isActive()


def test_role_decides_the_menus(qtbot: QtBot, window: tuple[MainWindow, list[float]]) -> None:
    win, _ = window
    assert not win.users_action.isEnabled()  # a social worker
    assert win.new_case_action.isEnabled()
    assert win.new_case_action.shortcut().toString() == "Ctrl+N"
    assert win.save_action.shortcut().toString() == "Ctrl+S"


def test_a_lawyer_prints_the_hearing_summary_of_the_open_case(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    chosen: list[Any] = []

    def accept(dialog: Any) -> int:  # the lawyer keeps the defaults: next hearing, no notes
        chosen.append(dialog.options())
        return 1

    monkeypatch.setattr("caseintake.ui.main_window.SummaryOptionsDialog.exec", accept)
    import_cases(store["sup"], sample_case())
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(
        "caseintake.ui.main_window.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5))
    qtbot.addWidget(win)
    win.signed_in(store["lawyer"])
    store["lawyer"] = store["other"]  # the window closes the lawyer's session itself
    assert win.summary_action.isEnabled()
    assert not win.counts_action.isEnabled()
    qtbot.waitUntil(lambda: win.cases.model.rowCount() == 1)
    win.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: win.editor.draft is not None)
    win.summary_action.trigger()
    qtbot.waitUntil(
        lambda: target.exists() and "Hearing summary written" in win.statusBar().currentMessage(),
        timeout=15_000,
    )
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "AAA" in text and "Bautista" not in text
    assert chosen and chosen[0].note_ids == () and chosen[0].paper == "long"
