"""Regenerate the main-window screenshots of the README and user guide.

Run under a virtual screen: xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python
docs/screenshots/make_screenshots.py. Uses a throw-away database of synthetic cases only.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from caseintake.services import users
from caseintake.services.demo import fill_with_demo_cases
from caseintake.services.session import create_session
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.main_window import MainWindow
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.unlock import UnlockDialog

OUT = Path(__file__).resolve().parent


def wait_until(app: QApplication, condition: object, limit: int = 400) -> None:
    for _ in range(limit):
        if condition():  # type: ignore[operator]
            return
        app.processEvents()
        QTimer.singleShot(10, lambda: None)
        app.processEvents()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp())
    path = folder / "cases.db"
    session, _ = create_session(
        path, "asantos", "a long passphrase", display_name="Ana Santos", office_name="Cebu legal-aid office"
    )
    users.add_user(session, "jdelacruz", "social_worker", "another passphrase", display_name="Juan dela Cruz")
    users.add_user(session, "mreyes", "lawyer", "a lawyer passphrase", display_name="Mario Reyes")
    fill_with_demo_cases(session, 400, seed=3, today=date(2026, 11, 24), parallel=False)
    runner = TaskRunner()
    dialog = UnlockDialog(path, runner, username="jdelacruz")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "unlock.png"))
    dialog.close()
    state = AppState(db_path=path, runner=runner)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(state, settings, IdleLock(5))
    window.show_upcoming = lambda: None  # type: ignore[method-assign]
    window.resize(1360, 820)
    window.show()
    window.signed_in(session)
    wait_until(app, lambda: window.cases.model.rowCount() >= 100)
    window.cases.table.selectRow(2)
    wait_until(app, lambda: window.editor.draft is not None)
    for _ in range(30):
        app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))
    window.cases.search.setText("livestream cebu")
    window.cases.apply_filters()
    wait_until(app, lambda: not window.cases.model.loading)
    for _ in range(30):
        app.processEvents()
    window.grab().save(str(OUT / "search.png"))
    window.close()
    runner.shutdown()


if __name__ == "__main__":
    main()
