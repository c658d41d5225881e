"""The live passphrase verdict is read whole: a three-line reason (with its four example words)
grows the form instead of being cut to two lines and a half under the next field."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from caseintake.ui.setup import SetupDialog
from caseintake.ui.tasks import TaskRunner


def test_a_long_verdict_is_shown_whole_and_pushes_the_next_field_down(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path / "data" / "cases.db", TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pass_edit.setText("maria123")
    label = dialog.strength
    assert "for example" in label.text()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    below = dialog.repeat_edit.geometry().top()
    qtbot.waitUntil(lambda: dialog.repeat_edit.geometry().top() >= label.geometry().bottom())
    assert below <= dialog.repeat_edit.geometry().top()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
