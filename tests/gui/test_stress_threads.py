"""The main thread and the database thread never wait on each other (issue 16).

File > Import once froze the GUI for good: the database thread let go of the import's `Task`
last, and PySide's clean-up of the Cancel connection took Qt's lock on the progress dialog and
waited for the interpreter lock, while the main thread, closing that dialog, held the interpreter
lock and waited for Qt's. The stress test drives an import, search as you type and a case save
at once, round after round; a watchdog ends the process with every thread's stack instead of
letting CI hang. The ownership tests pin down the rule that fixed it.
"""

from __future__ import annotations

import faulthandler
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from caseintake.services.progress import Cancelled
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_thread_gc import MainThreadCollector
from caseintake.ui.main_window import MainWindow
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case

ROUNDS = 60
CASES_PER_IMPORT = 30
#: A hang is reported (every thread's stack on stderr, then the process exits) after this long;
#: the test itself takes a few seconds.
WATCHDOG_SECONDS = 120
ROUND_SECONDS = 30


@pytest.fixture
def watchdog(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Past WATCHDOG_SECONDS, every thread's stack goes to the real stderr (not pytest's
    capture, which dies with the process) and the process exits: CI fails instead of hanging."""
    with capfd.disabled():
        real_stderr = os.dup(2)
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True, file=real_stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        os.close(real_stderr)


class Tracked:
    """Notes the thread that lets go of it last."""

    def __init__(self, released: list[str]) -> None:
        self.released = released

    def __del__(self) -> None:
        self.released.append(threading.current_thread().name)


def test_work_and_callbacks_are_let_go_on_the_main_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    released: list[str] = []
    done: list[int] = []
    for number in range(30):
        held_by_work, held_by_callback = Tracked(released), Tracked(released)
        runner.run(
            lambda held=held_by_work, n=number: (held, n)[1],
            lambda n, held=held_by_callback: done.append(n),
        )
        del held_by_work, held_by_callback
    qtbot.waitUntil(lambda: len(done) == 30 and runner.pending == 0)
    qtbot.waitUntil(lambda: len(released) == 60)
    assert done == list(range(30))
    assert set(released) == {threading.main_thread().name}


def test_a_failure_crosses_without_its_frames(qtbot: QtBot, runner: TaskRunner) -> None:
    """The frames of a failed job would hold the job (and its task) in a cycle that only the
    garbage collector, on whichever thread it runs, would break."""
    released: list[str] = []
    failures: list[Exception] = []

    def work(held: Tracked) -> None:
        raise Cancelled()

    held = Tracked(released)
    runner.run(lambda held=held: work(held), None, failures.append)
    del held
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], Cancelled) and failures[0].__traceback__ is None
    qtbot.waitUntil(lambda: released == [threading.main_thread().name])


def test_a_cancelled_task_is_let_go_on_the_main_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """The import's shape: a progress dialog whose Cancel is connected to the task's method."""
    from caseintake.ui.long_work import run_with_progress

    released: list[str] = []
    parent = QMessageBox()  # any widget will do as the dialog's parent
    qtbot.addWidget(parent)
    results: list[int] = []
    for number in range(10):
        held = Tracked(released)
        run_with_progress(
            parent,
            runner,
            "Work",
            "Working…",
            lambda task, held=held, n=number: (task.step(1, 2), held, n)[2],
            results.append,
        )
        del held
    qtbot.waitUntil(lambda: len(results) == 10 and runner.pending == 0)
    qtbot.waitUntil(lambda: len(released) == 10)
    assert set(released) == {threading.main_thread().name}


def test_cycles_are_collected_on_the_main_thread(qtbot: QtBot) -> None:
    """Garbage cycles made anywhere are collected on the main thread, never on the thread whose
    allocations crossed the collector's threshold (the database thread during an import)."""
    released: list[str] = []
    alive: list[object] = []

    def allocate() -> None:
        for _ in range(20):
            cycle = Tracked(released)
            cycle.me = cycle  # type: ignore[attr-defined]
            del cycle
        alive.append([[] for _ in range(5000)])  # well past the first generation's threshold

    collector = MainThreadCollector(check_every_ms=10)
    try:
        worker = threading.Thread(target=allocate, name="allocating-thread")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(released) == 20)
    finally:
        collector.stop()
    assert set(released) == {threading.main_thread().name}


@pytest.fixture
def collector() -> Iterator[MainThreadCollector]:
    """As the application runs: cycles collected on the main thread only (`app.Controller`)."""
    made = MainThreadCollector()
    yield made
    made.stop()


@pytest.fixture
def busy_window(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    monkeypatch.setattr(MainWindow, "show_upcoming", lambda self: None)
    import_cases(store["sup"], sample_case(summary="The case that is saved every round."))
    path = tmp_path / "batch.json"
    cases = [sample_case(summary=f"Batch case {n}; AAA is safe.") for n in range(CASES_PER_IMPORT)]
    path.write_text(json.dumps({"format": "caseintake/1", "cases": cases}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    # The progress dialog shows at once, as it does for an import long enough to need one, so
    # every round closes a dialog that is on screen (the freeze was in that close).
    original = QProgressDialog.setMinimumDuration
    monkeypatch.setattr(QProgressDialog, "setMinimumDuration", lambda self, _ms: original(self, 0))
    complaints: list[object] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kwargs: complaints.append(args))
    window = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5))
    qtbot.addWidget(window)
    window.show()
    window.signed_in(store["sup"])
    store["sup"] = store["other"]  # the window owns (and closes) the supervisor's session now
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)
    window.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    yield window
    assert complaints == []


def test_import_search_and_save_at_once_never_freeze(
    qtbot: QtBot,
    busy_window: MainWindow,
    runner: TaskRunner,
    collector: MainThreadCollector,
    watchdog: None,
) -> None:
    window = busy_window
    saved: list[str] = []
    imported: list[str] = []
    window.editor.saved.connect(saved.append)
    window.statusBar().messageChanged.connect(
        lambda text: imported.append(text) if text.startswith("Imported") else None
    )
    started = time.monotonic()
    for number in range(ROUNDS):
        window.import_action.trigger()  # the import's progress events flow from here on
        for letter in "batch case":  # search as you type: each key asks the list again
            qtbot.keyClicks(window.cases.search, letter)
            window.cases.apply_filters()
        window.editor.overview.summary.setPlainText(f"Round {number}: AAA is safe.")
        window.editor.overview.commit_all()
        window.editor.save()
        qtbot.waitUntil(
            lambda n=number: len(imported) == n + 1 and len(saved) == n + 1 and runner.pending == 0,
            timeout=ROUND_SECONDS * 1000,
        )
        assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
        window.cases.search.clear()
    assert len(imported) == ROUNDS and len(saved) == ROUNDS
    window.cases.apply_filters()
    qtbot.waitUntil(lambda: runner.pending == 0 and window.cases.model.rowCount() > 0)
    assert time.monotonic() - started < WATCHDOG_SECONDS
