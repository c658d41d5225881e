"""Issue 18, item 4: `check` and `backup` in the GUI with progress and a Cancel that really cancels.

Each run is paused once part-way (a gate in `Task.step`, the plumbing between the work and the
dialog) so that Esc lands while the work is in the middle, whatever the machine's speed; the
cancellation itself is the product's: the work raises `Cancelled` at its next step.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from caseintake.services.maintenance import PROGRESS_TOTAL
from caseintake.services.progress import Task
from caseintake.services.session import Session, open_session
from caseintake.storage import backup
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.maintenance.check_dialog import IntegrityCheckDialog
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import SUPERVISOR_PASS, import_cases, sample_case

Store = dict[str, Any]


class Gate:
    """Records every (done, total) the work reports; pauses it once, part-way, until let go."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, pause: bool) -> None:
        self.seen: list[tuple[int, int]] = []
        self.paused = threading.Event()
        self.go = threading.Event()
        self.pause = pause
        step = Task.step

        def gated(task: Task, done: int, total: int) -> None:
            self.seen.append((done, total))
            if self.pause and 0 < done < total and not self.paused.is_set():
                self.paused.set()
                self.go.wait(10)
            step(task, done, total)

        monkeypatch.setattr(Task, "step", gated)


@pytest.fixture
def window(
    qtbot: QtBot, runner: TaskRunner, settings: QSettings, store: Store, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    monkeypatch.setattr(backup, "_STEP_PAGES", 4)  # a small database still copies in many steps
    for _ in range(3):
        import_cases(store["sup"], sample_case())
    session: Session = open_session(store["path"], "sup", SUPERVISOR_PASS)
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5, clock=lambda: 0.0))
    qtbot.addWidget(win)
    win.show()
    win.signed_in(session)
    qtbot.waitUntil(lambda: runner.pending == 0)
    yield win


def files_of(database: Path) -> dict[str, str]:
    """The database's files (main, log, keys) and their hashes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in database.parent.iterdir()
        if p.name.startswith(database.name)
    }


def start_backup(win: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.backup_action.trigger()


def outcome(win: MainWindow) -> Callable[[], str]:
    def text() -> str:
        boxes = [b for b in win.findChildren(QMessageBox, "backupOutcome") if b.isVisible()]
        return boxes[-1].text() if boxes else ""

    return text


def test_cancelling_a_backup_midway_leaves_no_file_and_the_database_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    target = folder / "office.cibackup"
    gate = Gate(monkeypatch, pause=True)
    before = files_of(store["path"])
    start_backup(window, target, monkeypatch)
    assert gate.paused.wait(10), "the backup never reported progress part-way"
    dialog = window.findChild(QProgressDialog, "backupProgressDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert "office.cibackup" in dialog.labelText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is Cancel
    gate.go.set()
    qtbot.waitUntil(lambda: runner.pending == 0 and bool(outcome(window)()), timeout=10_000)
    assert "cancelled" in outcome(window)() and "no backup file was written" in outcome(window)()
    assert list(folder.iterdir()) == []  # no backup, no temporary copy left behind
    assert files_of(store["path"]) == before
    assert any(0 < done < total for done, total in gate.seen)
    assert max(done for done, _ in gate.seen) < backup.PROGRESS_TOTAL


def test_a_backup_rejected_before_its_window_is_active_is_cancelled_too(
    qtbot: QtBot,
    window: MainWindow,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Esc goes to QDialog.reject when the Cancel shortcut's window is not active yet (a loaded
    machine): the backup must stop all the same, not finish behind a hidden dialog."""
    folder = tmp_path / "backups"
    folder.mkdir()
    gate = Gate(monkeypatch, pause=True)
    start_backup(window, folder / "office.cibackup", monkeypatch)
    assert gate.paused.wait(10)
    dialog = window.findChild(QProgressDialog, "backupProgressDialog")
    assert dialog is not None
    dialog.reject()
    gate.go.set()
    qtbot.waitUntil(lambda: runner.pending == 0 and bool(outcome(window)()), timeout=10_000)
    assert "cancelled" in outcome(window)()
    assert list(folder.iterdir()) == []


def test_a_backup_reports_progress_to_the_end_and_says_where_it_went(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "office.cibackup"
    gate = Gate(monkeypatch, pause=False)
    start_backup(window, target, monkeypatch)
    qtbot.waitUntil(lambda: runner.pending == 0 and bool(outcome(window)()), timeout=10_000)
    assert outcome(window)() == f"Backup written to {target}."
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # the temporary files are gone
    assert gate.seen[-1] == (backup.PROGRESS_TOTAL, backup.PROGRESS_TOTAL)
    steps = [done for done, _ in gate.seen]
    assert steps == sorted(steps) and len({d for d in steps if 0 < d < backup.PROGRESS_TOTAL}) >= 3


def test_cancelling_the_check_midway_says_it_was_cancelled_not_ok(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, pause=True)
    window.maintenance.check_action.trigger()
    dialog = window.maintenance.dialog
    assert isinstance(dialog, IntegrityCheckDialog)
    assert gate.paused.wait(10)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.close_button.isEnabled()  # stays open to say how it ended
    gate.go.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    heading = dialog.heading.text()
    assert "cancelled" in heading and "No problems" not in heading and dialog.report is None
    assert dialog.close_button.isEnabled() and dialog.close_button.text() == "Close"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now Esc closes it
    qtbot.waitUntil(lambda: window.maintenance.dialog is None or not dialog.isVisible())


def test_the_check_reports_its_progress_to_the_end(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, pause=False)
    window.maintenance.check_action.trigger()
    dialog = window.maintenance.dialog
    assert isinstance(dialog, IntegrityCheckDialog)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.progress.maximum() == PROGRESS_TOTAL and dialog.progress.value() == PROGRESS_TOTAL
    steps = [done for done, _ in gate.seen]
    assert steps == sorted(steps) and steps[-1] == PROGRESS_TOTAL
    assert len(set(steps)) >= 8  # inside the checks too, not only between the five of them
