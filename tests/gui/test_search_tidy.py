"""Issue 18: the search indexes are tidied while nobody is using the application, a bounded step
at a time, and never while someone types or the database thread has other work."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from caseintake.storage import search_index
from caseintake.ui import search_tidy
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.search_tidy import QUIET_SECONDS, SearchTidy
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in

INDEXES = ("case_search", "note_search", "identity_search")


@pytest.fixture
def tidy(store: dict[str, Any], runner: TaskRunner) -> tuple[SearchTidy, IdleLock, list[float]]:
    for n in range(4):  # one transaction each: a segment each
        import_cases(store["sup"], sample_case(region="NCR" if n % 2 else "VII"))
    now = [100.0]
    idle = IdleLock(5, clock=lambda: now[0])
    idle.arm()
    state = signed_in(store, runner, "worker")
    tidier = SearchTidy(state, idle)
    tidier.start()
    return tidier, idle, now


def _segments(store: dict[str, Any]) -> dict[str, int]:
    return {table: search_index.segments(store["sup"].db, table) for table in INDEXES}


def _type_a_key(idle: IdleLock) -> None:
    """What the application-wide event filter sees when someone presses a key."""
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    idle.eventFilter(idle, event)


def _settle(qtbot: QtBot, tidier: SearchTidy) -> None:
    """Tick as the timer would until the tidier stops asking."""
    for _ in range(200):
        tidier.tick()
        if not tidier.asking:
            return
        qtbot.waitUntil(lambda: not tidier.asking)
    raise AssertionError("the tidy never ended")


def test_nothing_is_asked_while_someone_is_at_the_keyboard(
    qtbot: QtBot, store: dict[str, Any], tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, idle, now = tidy
    _type_a_key(idle)
    now[0] += QUIET_SECONDS - 1
    tidier.tick()
    assert not tidier.asking
    assert all(count > 1 for count in _segments(store).values())


def test_a_quiet_stretch_tidies_every_index_then_asks_nothing_more(
    qtbot: QtBot, store: dict[str, Any], tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, idle, now = tidy
    now[0] += QUIET_SECONDS
    _settle(qtbot, tidier)
    assert tidier.steps >= 1
    assert _segments(store) == dict.fromkeys(INDEXES, 1)
    tidier.tick()  # the same quiet stretch: known tidy, not asked again
    assert not tidier.asking
    assert tidier.timer.interval() == search_tidy.LOOK_EVERY_MS  # and looked at once a second
    # New input (a save, say) and then quiet again: asked once more, and found tidy.
    import_cases(store["sup"], sample_case())
    _type_a_key(idle)
    now[0] += QUIET_SECONDS
    _settle(qtbot, tidier)
    assert _segments(store) == dict.fromkeys(INDEXES, 1)


def test_a_key_pressed_between_two_steps_stops_the_tidy(
    qtbot: QtBot, store: dict[str, Any], tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, idle, now = tidy
    now[0] += QUIET_SECONDS
    tidier.tick()
    assert tidier.asking
    assert tidier.timer.interval() == search_tidy.STEP_GAP_MS  # the next step soon after
    _type_a_key(idle)
    qtbot.waitUntil(lambda: not tidier.asking)
    steps = tidier.steps
    tidier.tick()
    assert not tidier.asking and tidier.steps == steps


def test_no_step_waits_in_line_behind_other_work(
    qtbot: QtBot, runner: TaskRunner, tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, _idle, now = tidy
    now[0] += QUIET_SECONDS
    release = threading.Event()
    runner.run(lambda: release.wait(10))  # a save or a search on the database thread
    tidier.tick()
    assert not tidier.asking
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    tidier.tick()
    assert tidier.asking
    qtbot.waitUntil(lambda: not tidier.asking)


def test_a_failed_step_is_logged_and_left_until_the_next_input(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tidy: tuple[SearchTidy, IdleLock, list[float]],
) -> None:
    tidier, idle, now = tidy

    def busy(_session: Any, **_options: Any) -> str:
        raise RuntimeError("another program holds the file")

    monkeypatch.setattr(search_tidy, "tidy_step", busy)
    now[0] += QUIET_SECONDS
    with caplog.at_level(logging.WARNING, logger="caseintake.ui.search_tidy"):
        tidier.tick()
        qtbot.waitUntil(lambda: not tidier.asking)
    assert "RuntimeError" in caplog.text and "another program" not in caplog.text
    tidier.tick()
    assert not tidier.asking  # not again in this quiet stretch
    _type_a_key(idle)
    now[0] += QUIET_SECONDS
    tidier.tick()
    assert tidier.asking
    qtbot.waitUntil(lambda: not tidier.asking)


def test_an_index_is_rewritten_at_most_once_an_hour(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, idle, now = tidy
    asked: list[bool] = []
    answers = ["rewriting", "rewriting", "", "gathered", "", "rewriting", ""]

    def step(_session: Any, *, rewrite: bool) -> str:
        asked.append(rewrite)
        return answers[len(asked) - 1]

    monkeypatch.setattr(search_tidy, "tidy_step", step)

    def quiet_stretch(seconds: float) -> None:
        _type_a_key(idle)
        now[0] += seconds
        _settle(qtbot, tidier)

    # A rewrite begun goes on whatever the next steps allow (FTS5 finishes a merge begun), so
    # only its first step needs the permission.
    quiet_stretch(QUIET_SECONDS)  # a rewrite in two steps, then nothing more to do
    quiet_stretch(QUIET_SECONDS)  # within the hour: only gathering
    quiet_stretch(search_tidy.REWRITE_EVERY_SECONDS)  # an hour on: allowed again
    assert asked == [True, False, False, False, False, True, False]


def test_a_locked_application_tidies_nothing(
    qtbot: QtBot, runner: TaskRunner, tidy: tuple[SearchTidy, IdleLock, list[float]]
) -> None:
    tidier, _idle, now = tidy
    tidier.state.sign_out()
    qtbot.waitUntil(lambda: runner.pending == 0)
    now[0] += QUIET_SECONDS
    tidier.tick()
    assert not tidier.asking
