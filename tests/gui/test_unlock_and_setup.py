"""First run, unlocking with a wrong then a right passphrase, and the visible delay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from caseintake.services.session import open_session
from caseintake.storage.unlock_delay import FailedUnlocks
from caseintake.ui.setup import SetupDialog
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS


def test_wrong_then_right_passphrase(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    dialog = UnlockDialog(store["path"], runner, username="worker")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("not my passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "Wrong user name or passphrase" in dialog.message.text())
    assert dialog.passphrase_edit.text() == ""
    assert dialog.session is None
    dialog.passphrase_edit.setText(PASSPHRASES["worker"])
    with qtbot.waitSignal(dialog.accepted):
        dialog.unlock_button.click()
    assert dialog.session is not None and dialog.session.username == "worker"
    dialog.session.close()


def test_delay_is_shown_as_a_countdown(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    now = [10_000.0]
    failures = FailedUnlocks(store["path"], "sup")
    for _ in range(4):
        failures.record(now[0])
    dialog = UnlockDialog(store["path"], runner, username="sup", clock=lambda: now[0])
    qtbot.addWidget(dialog)
    assert "Try again in 2 second" in dialog.message.text()
    assert not dialog.unlock_button.isEnabled()
    now[0] += 1.0
    dialog._tick()
    assert "Try again in 1 second" in dialog.message.text()
    now[0] += 1.5
    dialog._tick()
    assert dialog.unlock_button.isEnabled()
    dialog.passphrase_edit.setText(SUPERVISOR_PASS)
    with qtbot.waitSignal(dialog.accepted):
        dialog.unlock_button.click()
    assert dialog.session is not None
    dialog.session.close()


class _Held:
    """A database thread still busy with the unlock (as with a schema upgrade at a big office)."""

    def __init__(self) -> None:
        self.done: Any = None
        self.failed: Any = None

    def run(self, _work: Any, done: Any, failed: Any) -> None:
        self.done, self.failed = done, failed


def test_a_long_unlock_says_why_and_a_quick_failure_is_not_overwritten(
    qtbot: QtBot, store: dict[str, Any], monkeypatch: Any
) -> None:
    from caseintake.domain.errors import WrongPassphrase
    from caseintake.ui import unlock

    monkeypatch.setattr(unlock, "SLOW_UNLOCK_MS", 50)
    held = _Held()
    dialog = UnlockDialog(store["path"], held, username="worker")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText(PASSPHRASES["worker"])
    dialog.unlock_button.click()
    assert dialog.message.text() == "Unlocking…"
    qtbot.waitUntil(lambda: "Still unlocking" in dialog.message.text())
    assert "brought up to date" in dialog.message.text() and not dialog.unlock_button.isEnabled()
    held.failed(WrongPassphrase("Wrong user name or passphrase.", code="wrong_passphrase"))
    shown = dialog.message.text()
    dialog.passphrase_edit.setText(PASSPHRASES["worker"])
    dialog.unlock_button.click()
    held.failed(WrongPassphrase("Wrong user name or passphrase.", code="wrong_passphrase"))
    qtbot.wait(150)  # longer than the hint's delay: the hint stopped with the failure
    assert "Still unlocking" not in dialog.message.text() and dialog.message.text() == shown


def test_first_run_creates_the_database_and_shows_the_key_once(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    path = tmp_path / "new" / "cases.db"
    dialog = SetupDialog(path, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_edit.setText("Cebu office")
    dialog.user_edit.setText("ana")
    dialog.name_edit.setText("Ana Santos")
    dialog.pass_edit.setText("a long passphrase")
    dialog.repeat_edit.setText("a different one!")
    dialog.create_button.click()
    assert "differ" in dialog.error.text()
    assert not path.exists()
    dialog.repeat_edit.setText("a long passphrase")
    dialog.demo_database_box.setChecked(True)  # demo cases go only into a demo database
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    key = dialog.key_label.text()
    assert len(key.replace("-", "")) == 32
    assert not dialog.finish_button.isEnabled()
    dialog.reject()  # the database exists now: no way out but through the key page
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    dialog.demo_box.setChecked(True)
    dialog.demo_count.setValue(30)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.finish_button.click()
    assert dialog.session is not None
    dialog.session.close()
    session = open_session(path, "ana", "a long passphrase")
    try:
        assert session.db.scalar("SELECT count(*) FROM cases") == 30
        assert session.setting("office_name") == "Cebu office"
    finally:
        session.close()
