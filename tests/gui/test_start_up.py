"""Start-up: the unlock dialog comes before the main window is imported or built (DESIGN §9,
launch to a painted unlock dialog ≤ 1 s), and the window is ready by the time a passphrase
can have been typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caseintake import app
from caseintake.services.session import create_session

#: What only the main window and the account dialogs need: none of it before the unlock dialog.
LATER = (
    "caseintake.ui.main_window",
    "caseintake.ui.editor",
    "caseintake.ui.admin.passphrase",
    "caseintake.ui.admin.about",
    "zxcvbn",
    "pypdf",
    "PySide6.QtPrintSupport",
)


def test_the_entry_module_leaves_the_main_window_for_later() -> None:
    code = f"import sys, caseintake.app; print(' '.join(m for m in {LATER!r} if m in sys.modules))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert done.stdout.split() == []


def test_the_window_is_built_while_the_unlock_dialog_waits(
    qtbot: QtBot, db_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _key = create_session(db_path, "sup", "correct horse battery staple 42")
    session.close()
    monkeypatch.setattr("caseintake.ui.main_window.MainWindow.show_upcoming", lambda self: None)
    monkeypatch.setattr("caseintake.app.QApplication.quit", lambda self: None)
    seen: dict[str, bool] = {}
    controller = app.Controller(db_path, None, settings)

    def waiting(dialog: QDialog) -> int:
        seen["built when shown"] = controller._window is not None
        QTest.qWait(app.PREBUILD_MS + 400)  # the user reads the dialog and starts typing
        seen["built while waiting"] = controller._window is not None
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr("caseintake.ui.unlock.UnlockDialog.exec", waiting)
    try:
        assert controller.start() is False
        assert seen == {"built when shown": False, "built while waiting": True}
        qtbot.addWidget(controller.window)
    finally:
        controller.shutdown()
