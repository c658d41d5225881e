"""Issue 12 in the GUI: the live passphrase verdict, the overwrite question, the assignee control."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from caseintake.storage.backup import MAGIC
from caseintake.ui.admin.passphrase import ChangePassphraseDialog
from caseintake.ui.save_target import confirm_save_target
from caseintake.ui.setup import SetupDialog
from caseintake.ui.tasks import TaskRunner
from tests.gui.conftest import signed_in
from tests.gui.test_agenda import agenda_for, court_dates  # noqa: F401 (a fixture)
from tests.gui.test_editor import open_editor


def test_first_run_says_live_why_a_passphrase_is_refused(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    """The first-run screen once accepted a 5-character passphrase."""
    path = tmp_path / "new" / "cases.db"
    dialog = SetupDialog(path, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText("asantos")
    verdict = dialog.strength
    assert "At least 12 characters" in verdict.text()
    shown: dict[str, str] = {}
    for typed in (
        "12345",
        "password1234",
        "+63 917 123 4567",
        "asantos2026asantos",
        "mango river 2012-07-19",
    ):
        dialog.pass_edit.setText(typed)
        shown[typed] = verdict.text()
    assert "at least 12 characters" in shown["12345"]
    assert "too easy to guess" in shown["password1234"]
    assert "phone number" in shown["+63 917 123 4567"]
    assert "user name" in shown["asantos2026asantos"]
    assert "date" in shown["mango river 2012-07-19"]
    assert all("four random words" in text and typed not in text for typed, text in shown.items())
    example = shown["12345"].split("“")[1].split("”")[0]
    assert all(example in text for text in shown.values())  # the same words while typing
    dialog.pass_edit.setText("lantern quietly copper bay")
    assert verdict.text() == "Strong enough."
    # A weak passphrase is refused before the slow key derivation and nothing is created.
    dialog.pass_edit.setText("password1234")
    dialog.repeat_edit.setText("password1234")
    dialog.create_button.click()
    assert "too easy to guess" in dialog.error.text()
    assert runner.pending == 0 and not path.exists()


def test_change_passphrase_shows_the_verdict_under_the_field(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    dialog = ChangePassphraseDialog(signed_in(store, runner, "worker"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "worker123worker")
    assert "user name" in dialog.strength.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, "09171234567")
    assert "phone number" in dialog.strength.text()


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_export_asks_before_replacing_an_existing_file(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    court_dates: list[str],  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "hearings.ics"
    target.parent.mkdir()
    target.write_text("last week's calendar")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = agenda_for(qtbot, store, runner, "sup")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "hearings.ics already exists" in asked[0]
    assert target.read_text() == "last week's calendar" and runner.pending == 0
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in window.message.text())
    assert asked and "BEGIN:VCALENDAR" in target.read_text()


def test_the_save_dialog_refuses_the_database_files_and_backups(
    qtbot: QtBot, store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    database = Path(store["path"])
    keys = database.with_name(database.name + ".keys")
    assert confirm_save_target(None, "Export", keys, database) is None
    backup = tmp_path / "friday.cibackup"
    backup.write_bytes(MAGIC + b"...")
    assert confirm_save_target(None, "Export", backup, database) is None
    assert asked == []  # never offered for replacement
    assert "database's own folder" in warned[0] and "caseintake backup" in warned[1]
    replacing = confirm_save_target(None, "Backup", backup, database, replaces_backup=True)
    assert replacing is not None and replacing.replace and len(asked) == 1


def test_a_social_worker_is_not_offered_the_assignee(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    from tests.conftest import import_cases, sample_case

    reference = import_cases(store["sup"], sample_case())[0]  # assigned to "worker"
    worker = open_editor(qtbot, store, runner, "worker", reference)
    assert worker.overview.status.isEnabled() and not worker.overview.assigned_to.isEnabled()
    supervisor = open_editor(qtbot, store, runner, "sup", reference)
    assert supervisor.overview.assigned_to.isEnabled()
