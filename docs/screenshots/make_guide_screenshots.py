"""Screenshots for docs/user-guide.md (guide-*.png), from the real widgets on a demo database.

xvfb-run -a -s "-screen 0 1600x1000x24" /tmp/venv/bin/python /tmp/guide_shots.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, "/work/main")

from caseintake.services import users  # noqa: E402
from caseintake.services.demo import fill_with_demo_cases  # noqa: E402
from caseintake.services.session import create_session  # noqa: E402
from caseintake.ui.idle_lock import IdleLock  # noqa: E402
from caseintake.ui.main_window import MainWindow  # noqa: E402
from caseintake.ui.setup import SetupDialog  # noqa: E402
from caseintake.ui.state import AppState  # noqa: E402
from caseintake.ui.tasks import TaskRunner  # noqa: E402

OUT = Path("/work/main/docs/screenshots")
app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
app.setApplicationName("caseintake")


def pump(ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(condition, limit: float = 20.0) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError("condition not met")


def save(widget: QWidget, name: str) -> None:
    pump(200)
    widget.grab().save(str(OUT / name))
    print("wrote", name)


def save_screen(widget: QWidget, name: str, width: int, height: int) -> None:
    """A grab of the screen under the widget: includes popup menus, which grab() does not."""
    pump(300)
    origin = widget.mapToGlobal(QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, origin.x(), origin.y(), width, height).save(str(OUT / name))
    print("wrote", name)


home = Path(tempfile.mkdtemp(prefix="guide-")) / "home" / "asantos"
data = home / ".local" / "share" / "caseintake"
runner = TaskRunner()

# 1-2. First run: the set-up dialog, then the recovery key page.
setup = SetupDialog(data / "cases.db", runner)
setup.office_edit.setText("Cebu legal-aid office")
setup.user_edit.setText("asantos")
setup.name_edit.setText("Ana Santos")
setup.pass_edit.setText("a long passphrase for ana")
setup.repeat_edit.setText("a long passphrase for ana")
setup.show()
save(setup, "guide-setup.png")
setup.create()
wait_until(lambda: setup.pages.currentIndex() == 1)
save(setup, "guide-recovery-key.png")
session = setup.session
setup.session = None
setup.hide()

# Staff and synthetic cases.
users.add_user(session, "jdelacruz", "social_worker", "another passphrase", display_name="Juan dela Cruz")
users.add_user(session, "mreyes", "lawyer", "a lawyer passphrase", display_name="Mario Reyes")
fill_with_demo_cases(session, 400, seed=3, today=date.today(), parallel=False)

state = AppState(db_path=data / "cases.db", runner=runner)
settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(state, settings, IdleLock(5))
window.resize(1360, 820)
window.move(0, 0)
window.show()
window.signed_in(session)

# 3. The next seven days, shown after signing in.
wait_until(lambda: any(w.objectName() == "upcomingDialog" and w.isVisible() for w in app.topLevelWidgets()))
upcoming = next(w for w in app.topLevelWidgets() if w.objectName() == "upcomingDialog")
wait_until(lambda: upcoming.model.rowCount() > 0)
upcoming.resize(820, 330)
save(upcoming, "guide-upcoming.png")
upcoming.close()

wait_until(lambda: window.cases.model.rowCount() >= 100)

# 4. The File menu (new case, summary, backup, lock).
window.activateWindow()
pump(200)
file_menu = window.menuBar().actions()[0].menu()
file_menu.popup(window.menuBar().mapToGlobal(QPoint(0, window.menuBar().height())))
save_screen(window, "guide-file-menu.png", 300, 232)
file_menu.hide()

# 5. A new case.
window.new_case()
wait_until(lambda: window.editor.draft is not None)
pump(300)
save(window.editor, "guide-new-case.png")
window.editor.clear()

# 6. Revealing an identity (People tab): select a case with a victim, reveal AAA.
window.cases.table.selectRow(2)
wait_until(lambda: window.editor.draft is not None and window.editor.draft.reference)
editor = window.editor
editor.tabs.setCurrentWidget(editor.people)
pump(300)
editor.people.table.selectRow(0)
pump(200)
editor.people.reveal()
wait_until(lambda: editor.people.hide_button.isEnabled())
editor.resize(860, 740)
save(editor, "guide-revealed.png")
editor.people.hide_identity()
editor.tabs.setCurrentWidget(editor.history)
editor.history.refresh() if hasattr(editor.history, "refresh") else None
pump(800)
save(editor, "guide-history-reveal.png")

# 7. Anonymized counts (supervisors).
from caseintake.ui.counts import open_counts_dialog  # noqa: E402

counts = open_counts_dialog(state, window)
assert counts is not None
wait_until(lambda: counts.model.rowCount() > 0, 30)
counts.resize(1100, 700)
pump(800)
save(counts, "guide-counts.png")
counts.close()

# 8. Resetting a forgotten passphrase (Account > Users > Reset passphrase).
from caseintake.ui.admin.account_forms import RecoverDialog  # noqa: E402

recover = RecoverDialog(state, ["asantos", "jdelacruz", "mreyes"], window, selected="jdelacruz")
recover.show()
save(recover, "guide-reset-passphrase.png")
recover.close()

# 9. Locking: the unlock dialog that replaces every window.
window.on_locked = lambda: None
window.lock()
wait_until(lambda: state.session is None)
from caseintake.ui.unlock import UnlockDialog  # noqa: E402

# Shown with the path a Windows laptop uses (platformdirs' user data folder); the dialog only
# displays the path and reads the failed-unlock file beside it, which does not exist here.
unlock = UnlockDialog(Path(r"C:\Users\jdelacruz\AppData\Local\caseintake\cases.db"), runner, username="jdelacruz")
unlock.show()
save(unlock, "guide-unlock.png")
unlock.close()

window.close()
runner.shutdown()
QTimer.singleShot(0, app.quit)
print("done")
