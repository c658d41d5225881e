"""Every screenshot of docs/user-guide.md and the README, taken from the real widgets on a fresh
demo database, on a 1366x768 screen (the field laptops' size), in English or in Filipino.

Run from the repository root, under a virtual screen of that size:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_guide_screenshots.py --language en
    (the same with --language fil)

English goes into this script's folder, Filipino into its fil/ subfolder, under the same file
names. `--only NAME ...` retakes some shots (names without .png). The database, the settings and
the translation cache are made in a temporary folder and deleted at the end; the database is a
demo database (synthetic cases only), so every name, address and docket shown is made up.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path, PureWindowsPath
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

SCREEN = (1366, 768)
#: The main window as it is on a laptop of that size: maximized, under a title bar, above a taskbar.
WINDOW = (1366, 705)
# Throw-away accounts of a throw-away demo database.
PASSPHRASE = "lantern pebble monsoon walnut"  # noqa: S105
WORKER_PASSPHRASE = "harbor violet candle sprout"  # noqa: S105
LAWYER_PASSPHRASE = "copper meadow tiger pillow"  # noqa: S105
#: Shown where a dialog only displays the database's place: the folder a Windows laptop uses.
WINDOWS_DB = Path(r"C:\Users\asantos\AppData\Local\caseintake\cases.db")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("en", "fil"), default="en")
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME")
    parser.add_argument("--cases", type=int, default=400, help="synthetic cases in the demo database")
    return parser.parse_args()


ARGS = arguments()
WORK = Path(tempfile.mkdtemp(prefix="caseintake-shots-"))
atexit.register(shutil.rmtree, WORK, ignore_errors=True)  # also when a step fails
# Settings, the compiled translation and the data folder stay inside WORK: the user's own are
# neither read nor changed.
for variable, folder in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.environ[variable] = str(WORK / folder)
    (WORK / folder).mkdir()
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QPoint, QRect, QSettings  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from caseintake.ui import language  # noqa: E402

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
app.setApplicationName("caseintake")
app.setOrganizationName("caseintake")
translators = language.install(app, ARGS.language, cache=WORK / "cache" / "translations")
if ARGS.language != "en" and not translators:
    sys.exit(f"no translation could be loaded for {ARGS.language}")

size = QGuiApplication.primaryScreen().size()
if (size.width(), size.height()) != SCREEN:
    sys.exit(
        f"the screen is {size.width()}x{size.height()}; run under "
        'xvfb-run -a -s "-screen 0 1366x768x24" with QT_QPA_PLATFORM=xcb'
    )

from caseintake.domain.records import Hearing  # noqa: E402
from caseintake.interchange import demo_words  # noqa: E402
from caseintake.services import users  # noqa: E402
from caseintake.services.cases import list_cases, load_case  # noqa: E402
from caseintake.services.demo_database import load_demo_cases  # noqa: E402
from caseintake.services.hearings import add_hearing  # noqa: E402
from caseintake.services.maintenance import make_backup  # noqa: E402
from caseintake.services.people import reveal_identity  # noqa: E402
from caseintake.services.summaries import write_hearing_summary  # noqa: E402
from caseintake.ui.admin.settings import set_idle_lock_minutes  # noqa: E402
from caseintake.ui.idle_lock import IdleLock  # noqa: E402
from caseintake.ui.main_window import MainWindow  # noqa: E402
from caseintake.ui.setup import SetupDialog  # noqa: E402
from caseintake.ui.state import AppState  # noqa: E402
from caseintake.ui.tasks import TaskRunner  # noqa: E402

OUT = HERE if ARGS.language == "en" else HERE / ARGS.language
OUT.mkdir(exist_ok=True)
written: list[str] = []


# -- taking pictures -----------------------------------------------------------------------------


def pump(ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(condition: Callable[[], object], limit: float = 60.0, what: str = "") -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError(f"waited {limit:.0f} s for {what or 'a condition'}")


def wanted(name: str) -> bool:
    return not ARGS.only or name in ARGS.only


def fits(widget: QWidget, name: str) -> None:
    """A window that does not fit the laptop's screen is a fault to see, not to hide."""
    frame = widget.frameGeometry()
    if frame.width() > SCREEN[0] or frame.height() > WINDOW[1] + 40:
        print(f"warning: {name} is {frame.width()}x{frame.height()}, larger than the screen allows")


def save(widget: QWidget, name: str) -> None:
    if not wanted(name):
        return
    pump(250)
    fits(widget, name)
    widget.grab().save(str(OUT / f"{name}.png"))
    written.append(name)
    print("wrote", OUT.name + "/" + name + ".png")


def save_area(area: QRect, name: str) -> None:
    """A part of the screen: what grab() misses, such as an open menu or a combo box's list."""
    if not wanted(name):
        return
    pump(300)
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(str(OUT / f"{name}.png"))
    written.append(name)
    print("wrote", OUT.name + "/" + name + ".png")


def around(*rects: QRect, margin: int = 6) -> QRect:
    united = rects[0]
    for rect in rects[1:]:
        united = united.united(rect)
    return united.adjusted(-margin, -margin, margin, margin).intersected(QRect(0, 0, *SCREEN))


def show(widget: QWidget, at: QPoint | None = None) -> QWidget:
    widget.show()
    if at is not None:
        widget.move(at)
    pump(200)
    return widget


def close(widget: QWidget | None) -> None:
    if widget is not None:
        widget.close()
        pump(100)


runner = TaskRunner()
data = WORK / "home" / "data"
db_path = data / "cases.db"
state = AppState(db_path=db_path, runner=runner)


def on_db(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a service on the database thread (as the GUI does) and wait for its answer."""
    box: dict[str, Any] = {}
    runner.run(
        lambda: fn(*args, **kwargs), lambda r: box.setdefault("ok", r), lambda e: box.setdefault("err", e)
    )
    wait_until(lambda: box, 600, getattr(fn, "__name__", "the database"))
    if "err" in box:
        raise box["err"]
    return box["ok"]


def top_level(object_name: str) -> Any:
    for widget in app.topLevelWidgets():
        if widget.objectName() == object_name and widget.isVisible():
            return widget
    return None


# -- 1. First run: the set-up dialog, then the recovery key ---------------------------------------

setup = SetupDialog(db_path, runner)
setup.office_edit.setText("Cebu legal-aid office")
setup.user_edit.setText("asantos")
setup.name_edit.setText("Ana Santos")
setup.pass_edit.setText(PASSPHRASE)
setup.repeat_edit.setText(PASSPHRASE)
show(setup)
save(setup, "guide-setup")
setup.demo_database_box.setChecked(True)  # this one is a demo database: synthetic cases only
setup.create()
wait_until(lambda: setup.pages.currentIndex() == 1, what="the database to be created")
save(setup, "guide-recovery-key")
session = setup.session
assert session is not None
setup.session = None
setup.hide()

# Staff first, so that the synthetic cases are spread over them.
on_db(users.add_user, session, "jdelacruz", "social_worker", WORKER_PASSPHRASE, display_name="Juan dela Cruz")
on_db(users.add_user, session, "mreyes", "lawyer", LAWYER_PASSPHRASE, display_name="Maria Reyes")
on_db(users.add_user, session, "rgarcia", "social_worker", WORKER_PASSPHRASE, display_name="Rosa Garcia")
on_db(users.disable_user, session, "rgarcia")  # a former colleague: shows Re-enable
today = date.today()
on_db(load_demo_cases, session, ARGS.cases, seed=3, today=today)

settings = QSettings(str(WORK / "config" / "shots.ini"), QSettings.Format.IniFormat)
set_idle_lock_minutes(5, settings)
window = MainWindow(state, settings, IdleLock(5))
window.setGeometry(0, 0, *WINDOW)
window.show()
window.signed_in(session)

# -- 2. The court dates of the next seven days, shown after signing in ----------------------------

wait_until(lambda: top_level("upcomingDialog"), what="the next seven days")
upcoming = top_level("upcomingDialog")
assert upcoming is not None
wait_until(lambda: upcoming.model.rowCount() > 0)
save(upcoming, "guide-upcoming")
close(upcoming)
wait_until(lambda: window.cases.model.rowCount() >= 50, what="the case list")
pump(500)


# -- choosing the case the editor shots show ------------------------------------------------------


def rich_case() -> str:
    """A case assigned to Ana with a victim, a relative accused, notes, referrals, evidence and a
    hearing still to come: every tab of the editor has something to show."""
    listed = on_db(list_cases, session, limit=400)
    best, best_score = "", -1
    for row in listed:
        reference = row.reference
        case = on_db(load_case, session, reference)
        if case.assigned_to != "asantos":
            continue
        roles = [p.role for p in case.persons]
        upcoming_hearings = [
            h for h in case.hearings if h.status == "scheduled" and h.starts_at.date() > today
        ]
        score = (
            ("victim" in roles) * 4
            + ("accused" in roles) * 2
            + min(len(case.notes), 4)
            + min(len(case.referrals), 3)
            + min(len(case.evidence), 2)
            + bool(upcoming_hearings) * 4
            + min(len(case.hearings), 3)
        )
        if score > best_score:
            best, best_score = reference, score
        if best_score >= 20:
            break
    return best


REFERENCE = rich_case()
print("the editor shots show", REFERENCE)
editor = window.editor


def open_case(reference: str) -> None:
    editor.open_case(reference)
    wait_until(lambda: editor.draft is not None and editor.draft.reference == reference, what=reference)
    window.cases.select_reference(reference)
    pump(400)


def tab(widget: QWidget) -> None:
    editor.tabs.setCurrentWidget(widget)
    pump(300)


# -- 3. The main window, the menus, a new case ----------------------------------------------------

open_case(REFERENCE)
save(window, "main-window")


def menu_shot(menu: QMenu, name: str) -> None:
    bar = window.menuBar()
    action = menu.menuAction()
    window.activateWindow()
    pump(200)
    bar.setActiveAction(action)
    wait_until(menu.isVisible, 10, "the menu")
    top_left = bar.mapToGlobal(bar.actionGeometry(action).topLeft())
    item = QRect(top_left, bar.actionGeometry(action).size())
    save_area(around(item, menu.geometry()), name)
    menu.hide()
    bar.setActiveAction(None)  # type: ignore[arg-type]  # Qt takes None: no active menu
    pump(150)


file_menu: Any = window.menuBar().actions()[0].menu()
menu_shot(file_menu, "guide-file-menu")
menu_shot(window.maintenance.menu, "maintenance-menu")

window.new_case()
wait_until(lambda: editor.draft is not None and not editor.draft.reference, what="a new case")
pump(300)
save(editor, "guide-new-case")
editor.clear()
pump(200)

# -- 4. The case editor's tabs --------------------------------------------------------------------

open_case(REFERENCE)
tab(editor.people)
editor.people.table.selectRow(0)
pump(300)
save(editor, "editor-people")

dialog: Any = editor.people.make_dialog(None)
given = demo_words.FEMALE_GIVEN[3]
surnames = f"{demo_words.SURNAMES[54]} {demo_words.SURNAMES[62]}"
dialog.sex.setCurrentIndex(max(dialog.sex.findData("F"), 0))
dialog.age.setValue(13)
dialog.legal_name.setText(f"{given} {surnames}")
dialog.aliases.setText(demo_words.FEMALE_NICKNAMES[1])
dialog.address.setText("Purok 4, Barangay Lahug, Cebu City")
dialog.school.setText("Lahug Night High School")
show(dialog)
save(dialog, "editor-dialog-person")
close(dialog)

# Revealing AAA, and the history that records it.
editor.people.table.selectRow(0)
pump(200)
editor.people.reveal()
wait_until(editor.people.hide_button.isEnabled, what="the identity to be revealed")
save(editor, "guide-revealed")
editor.people.hide_identity()
pump(200)
tab(editor.history)
pump(800)
save(editor, "guide-history-reveal")

tab(editor.referrals)
save(editor, "editor-referrals")
tab(editor.hearings)
save(editor, "editor-hearings")
hearing_dialog = editor.hearings.make_dialog(None)
show(hearing_dialog)
save(hearing_dialog, "editor-dialog-hearing")
close(hearing_dialog)
tab(editor.tabs.court)
save(editor, "editor-court")
tab(editor.evidence)
save(editor, "editor-evidence")

tab(editor.notes)
editor.notes.table.selectRow(0)
pump(300)
save(editor, "editor-notes")

# A name from the vault typed into a note: highlighted, with the offer to replace it.
case = on_db(load_case, session, REFERENCE)
victim = next(p for p in case.persons if p.role == "victim")
identity = on_db(reveal_identity, session, victim.id)
editor.notes.add_note()
pump(300)
editor.notes.editor.setFocus()
editor.notes.editor.setPlainText(
    f"Home visit. {identity.legal_name} was at home with the grandmother; AAA is attending school again."
)
pump(1200)
save(editor, "editor-leak-warning")
editor.clear()
pump(300)

# -- 5. Hearings: the agenda, the summary's options and its preview -------------------------------

window.show_agenda()
wait_until(lambda: top_level("agendaWindow"), what="the agenda")
agenda = top_level("agendaWindow")
assert agenda is not None
agenda.set_mine(False)
wait_until(lambda: agenda.model.rowCount() > 0, what="the agenda's hearings")
pump(500)
save(agenda, "agenda")

close(agenda)

from caseintake.domain.errors import IdentityLeak  # noqa: E402
from caseintake.services.summaries import choose_hearing  # noqa: E402
from caseintake.ui.editor.summary_options import SummaryOptionsDialog  # noqa: E402
from caseintake.ui.leak_block import LeakBlockDialog  # noqa: E402

case = on_db(load_case, session, REFERENCE)
default_hearing = choose_hearing(case.hearings, None, today, REFERENCE).id
options = SummaryOptionsDialog(case, default_hearing, window)
show(options)
save(options, "summary-options")
close(options)
(WORK / "home" / "Documents").mkdir()
summary_pdf = WORK / "home" / "Documents" / f"{REFERENCE}-hearing-summary.pdf"
written_summary = on_db(write_hearing_summary, session, REFERENCE, summary_pdf, hearing_id=default_hearing)
window.show_summary_preview(written_summary)
preview = window.summary_preview
assert preview is not None
wait_until(preview.isVisible, what="the preview")
preview.setGeometry(0, 0, *WINDOW)
pump(2500)
save(preview, "summary-preview")
close(preview)

# A blocked summary, as in the guide: a court in "<word> Hall" while a child of this case is called
# <word>. The word is one no other child's detail holds, so the block names one person.
from caseintake.domain.records import Identity, Person  # noqa: E402
from caseintake.services.leak_guard import find_leaks  # noqa: E402
from caseintake.services.people import add_person  # noqa: E402

street = next(
    word for word in ("Mabuhay", "Kalipay", "Masagana", "Malipayon") if not on_db(find_leaks, session, word)
)
sibling = Person(
    role="victim",
    sex="M",
    age=7,
    nationality="PH",
    identity=Identity(
        legal_name=f"{demo_words.MALE_GIVEN[30]} {demo_words.SURNAMES[40]}",
        aliases=(street,),
    ),
)
on_db(add_person, session, REFERENCE, sibling)
leaky = Hearing(
    court="RTC Branch 12, Cebu City",
    kind="pre_trial",
    starts_at=datetime.combine(today + timedelta(days=1), datetime.min.time(), UTC) + timedelta(hours=1),
    status="scheduled",
    location=f"{street} Hall",
)
added = on_db(add_hearing, session, REFERENCE, leaky)
leaky_id = getattr(added, "id", None) or added
try:
    on_db(write_hearing_summary, session, REFERENCE, WORK / "home" / "blocked.pdf", hearing_id=leaky_id)
    print("warning: the summary was not blocked; no leak-block shot")
except IdentityLeak as exc:
    block = LeakBlockDialog(state, exc, window.tr("Hearing summary"), window)
    show(block)
    save(block, "leak-block")
    close(block)

# -- 6. Counts --------------------------------------------------------------------------------------

from caseintake.ui.counts import open_counts_dialog  # noqa: E402

counts: Any = open_counts_dialog(state, window)
assert counts is not None
counts.form.set_dimensions(["year", "region"])
counts.preview_button.click()
wait_until(lambda: counts.model.rowCount() > 0, 60, "the counts")
pump(800)
save(counts, "guide-counts")
close(counts)

# -- 7. Accounts, preferences, About ------------------------------------------------------------------

window.show_users()
users_dialog = top_level("usersDialog")
wait_until(lambda: top_level("usersDialog"), what="the users")
users_dialog = top_level("usersDialog")
assert users_dialog is not None
wait_until(lambda: users_dialog.table.model().rowCount() >= 4, what="the accounts")
users_dialog.select("rgarcia")
pump(300)
save(users_dialog, "users")
users_dialog.enable_selected()
pump(300)
save(users_dialog.child, "users-reenable")
close(users_dialog.child)
users_dialog.select("jdelacruz")
pump(200)
users_dialog.change_role()
pump(300)
save(users_dialog.child, "users-change-role")
close(users_dialog.child)
users_dialog.recover()
pump(300)
save(users_dialog.child, "guide-reset-passphrase")
close(users_dialog.child)
close(users_dialog)

from caseintake.ui.admin import AboutDialog, PreferencesDialog  # noqa: E402

preferences = PreferencesDialog(window, settings=settings)
show(preferences)
save(preferences, "preferences")
preferences.language.showPopup()
pump(400)
popup = preferences.language.view().window()
save_area(around(preferences.geometry(), popup.frameGeometry(), margin=0), "preferences-language")
preferences.language.hidePopup()
close(preferences)

about = AboutDialog(PureWindowsPath(WINDOWS_DB), window)  # type: ignore[arg-type]  # only shown
show(about)
save(about, "about")
close(about)

# -- 8. Keys and backups: check, back up, restore, recovery sheet ----------------------------------

from caseintake.ui.maintenance.check_dialog import IntegrityCheckDialog  # noqa: E402
from caseintake.ui.maintenance.recovery_sheet import RecoverySheetDialog  # noqa: E402
from caseintake.ui.maintenance.restore_dialog import RestoreDialog  # noqa: E402

check = IntegrityCheckDialog(state, window)
show(check)
wait_until(lambda: check.report is not None, 300, "the integrity check")
pump(300)
save(check, "integrity-report")
close(check)

backup = WORK / "home" / "usb" / f"caseintake-{today:%Y-%m-%d}.cibackup"
backup.parent.mkdir()
on_db(make_backup, session, backup)
restore = RestoreDialog(state, window)
restore.file_edit.setText(str(backup))
restore.passphrase.setText(PASSPHRASE)
show(restore)
restore.check_backup()
wait_until(lambda: restore.facts is not None, 300, "the backup to be checked")
restore.file_edit.deselect()
restore.passphrase.setFocus()
pump(300)
save(restore, "restore-dialog")
restore.passphrase.clear()
close(restore)

sheet = RecoverySheetDialog(state, window)
show(sheet)
save(sheet, "recovery-sheet")
close(sheet)

# -- 9. Locking, and a database that is not where it was -------------------------------------------

from caseintake.ui.missing_database import DatabaseState, MissingDatabaseDialog  # noqa: E402
from caseintake.ui.unlock import UnlockDialog  # noqa: E402

window.on_locked = lambda: None  # type: ignore[assignment]  # no unlock dialog after this lock
window.lock()
wait_until(lambda: state.session is None, what="the lock")
unlock = UnlockDialog(WINDOWS_DB, runner, username="jdelacruz")
show(unlock)
save(unlock, "guide-unlock")
save(unlock, "unlock")
close(unlock)

missing = MissingDatabaseDialog(WINDOWS_DB, DatabaseState.MISSING, runner, username="asantos")
show(missing)
save(missing, "missing-database")
close(missing)

window.close()
runner.shutdown()
language.remove(app, translators)
print(f"{len(written)} screenshots in {OUT}")
