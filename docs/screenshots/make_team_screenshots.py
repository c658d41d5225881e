"""Screenshots of the Team screens (user guide, section 12) on a demo hub with three laptops.

Run from the repository root, under a virtual screen of the field laptops' size:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_team_screenshots.py

Everything is made in a throw-away folder (`caseintake-demo` in the temporary folder, removed
first): the hub is a demo database and every name in it is made up.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
OUT = HERE
WORK = Path(tempfile.gettempdir()) / "caseintake-demo"
shutil.rmtree(WORK, ignore_errors=True)
for variable, folder in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
    os.environ[variable] = str(WORK / folder)
    (WORK / folder).mkdir(parents=True)

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
app.setApplicationName("caseintake")
app.setOrganizationName("caseintake")

from caseintake.services import sync, team, users  # noqa: E402
from caseintake.services.case_fields import update_case  # noqa: E402
from caseintake.services.cases import list_cases, load_case  # noqa: E402
from caseintake.services.demo_database import load_demo_cases  # noqa: E402
from caseintake.services.session import Session, create_session, open_session  # noqa: E402
from caseintake.ui.state import AppState  # noqa: E402
from caseintake.ui.tasks import TaskRunner  # noqa: E402
from caseintake.ui.team.conflicts import ConflictsDialog  # noqa: E402
from caseintake.ui.team.devices import EnrolDialog, RevokeDialog  # noqa: E402
from caseintake.ui.team.hub_sync import HubSyncDialog  # noqa: E402
from caseintake.ui.team.laptop_sync import LaptopSyncDialog  # noqa: E402
from caseintake.ui.team.shared_folder import SharedFolder  # noqa: E402

PASS = "lantern pebble monsoon walnut"  # noqa: S105
WORKER = "harbor violet candle sprout"
LAWYER = "copper meadow tiger pillow"


def pump(ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_until(condition: Callable[[], object], limit: float = 60.0) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError("waited too long")


def save(widget: QWidget, name: str) -> None:
    pump(400)
    frame = widget.frameGeometry()
    print(name, frame.width(), frame.height())
    widget.grab().save(str(OUT / f"{name}.png"))


hub_path = WORK / "office" / "cases.db"
hub, _key = create_session(
    hub_path, "asantos", PASS, display_name="Ana Santos", office_name="Cebu legal-aid office", demo=True
)
users.add_user(hub, "jdelacruz", "social_worker", WORKER, display_name="Juan dela Cruz")
users.add_user(hub, "mreyes", "lawyer", LAWYER, display_name="Maria Reyes")
users.add_user(hub, "pvillanueva", "social_worker", WORKER, display_name="Paolo Villanueva")
load_demo_cases(hub, 120, seed=3, today=date.today())
team.start_hub(hub)
stick = WORK / "home" / "USB"
stick.mkdir()
laptops = WORK / "home" / "Enrolment"
team.enrol(hub, "court-laptop", "mreyes", laptops / "court-laptop" / "cases.db")
team.enrol(hub, "field-bohol-2", "pvillanueva", laptops / "field-bohol-2" / "cases.db")
team.enrol(hub, "field-cebu-1", "jdelacruz", laptops / "field-cebu-1" / "cases.db")


def edit(session: Session, reference: str, **fields: Any) -> None:
    case = load_case(session, reference)
    update_case(session, reference, dataclasses.replace(case, **fields), list(fields))


lap = open_session(laptops / "field-cebu-1" / "cases.db", "jdelacruz", WORKER)
mine = [r.reference for r in list_cases(lap, limit=50, sort="reference", descending=False)]
print("laptop cases", len(mine))
a, b, c, d = mine[:4]
print("province", load_case(hub, a).province)
edit(lap, a, province="Siquijor")
edit(hub, a, province="Bohol")
edit(lap, b, summary="Home visit done; AAA now stays with the maternal aunt, school resumed.")
edit(hub, b, summary="AAA moved to the regional shelter after the case conference.")
others = [s for s in ("intake", "active", "in_court") if s != load_case(hub, c).status]
edit(lap, c, status=others[0])
edit(hub, c, status=others[1])
edit(lap, d, source_reference="CT-2026-0049117")  # merges: no conflict
sync.export_bundle(lap, stick / "field-cebu-1-to-office.cibundle")

# The court laptop and the lost laptop synced once.
court = open_session(laptops / "court-laptop" / "cases.db", "mreyes", LAWYER)
sync.export_bundle(court, stick / "court-laptop-to-office.cibundle")
sync.import_bundle(hub, stick / "court-laptop-to-office.cibundle")
sync.export_bundle(hub, stick / "office-to-court-laptop.cibundle", device="court-laptop")
sync.import_bundle(court, stick / "office-to-court-laptop.cibundle")
court.close()
lost = open_session(laptops / "field-bohol-2" / "cases.db", "pvillanueva", WORKER)
sync.export_bundle(lost, stick / "field-bohol-2-to-office.cibundle")
sync.import_bundle(hub, stick / "field-bohol-2-to-office.cibundle")
lost.close()

runner = TaskRunner()
settings = QSettings(str(WORK / "config" / "shots.ini"), QSettings.Format.IniFormat)
hub_state = AppState(db_path=hub_path, runner=runner)
hub_state.sign_in(hub)
lap_state = AppState(db_path=laptops / "field-cebu-1" / "cases.db", runner=runner)
lap_state.sign_in(lap)

# -- revoke: the lost laptop ----------------------------------------------------------------------
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
revoke = RevokeDialog(hub_state, "field-bohol-2")
revoke.show()
wait_until(lambda: revoke.laptop_combo.count() == 3)
revoke.revoke_button.click()
wait_until(lambda: revoke.table.rowCount() > 0 and "revoked" in revoke.laptop_combo.currentText())
save(revoke, "team-revoke")
revoke.close()

# -- the hub: apply the field laptop's bundle, write its return bundle ---------------------------------
hub_dialog = HubSyncDialog(hub_state, settings)
hub_dialog.show()
wait_until(lambda: hub_dialog.table.rowCount() == 3)
hub_dialog.apply_bundle(stick / "field-cebu-1-to-office.cibundle")
wait_until(lambda: "Applied" in hub_dialog.received_label.text())
print([(x.table, x.column, x.was, x.office, x.field) for x in team.conflicts(hub)])
print(load_case(hub, c).status, load_case(lap, c).status)
wait_until(lambda: hub_dialog.selected() is not None)
shared = WORK / "home" / "Sync" / "caseintake"
shared.mkdir(parents=True)
hub_dialog.write_bundle(shared / "office-to-field-cebu-1.cibundle")
wait_until(lambda: "Wrote" in hub_dialog.sent_label.text())
save(hub_dialog, "team-sync-hub")
hub_dialog.close()

# -- conflicts at the hub -------------------------------------------------------------------------------
conflicts = ConflictsDialog(hub_state)
conflicts.show()
wait_until(lambda: conflicts.table.rowCount() >= 3)
conflicts.table.selectRow(1)
save(conflicts, "team-conflicts")
conflicts.close()

# -- the laptop: more changes, then Sync now through the shared folder ----------------------------------
edit(lap, d, province="Cebu")
edit(lap, mine[4], summary="Follow-up call with the guardian; next visit in two weeks.")
folder = SharedFolder(lap_state, settings)
folder.set_folder(shared)
laptop_dialog = LaptopSyncDialog(lap_state, settings, folder)
laptop_dialog.show()
wait_until(lambda: laptop_dialog.status is not None)
laptop_dialog.sync_now()
wait_until(lambda: "Applied" in laptop_dialog.received_label.text())
edit(lap, mine[5], province="Cebu")
laptop_dialog.reload()
pump(500)
save(laptop_dialog, "team-sync-laptop")
laptop_dialog.close()

# -- enrolment --------------------------------------------------------------------------------------------
enrol = EnrolDialog(hub_state, settings)
enrol.show()
wait_until(lambda: enrol.user_combo.count() == 4)
enrol.name_edit.setText("field-cebu-3")
enrol.user_combo.setCurrentIndex(enrol.user_combo.findData("jdelacruz"))
enrol.path_edit.setText(str(stick / "field-cebu-3" / "cases.db"))
enrol.enrol()
wait_until(lambda: enrol.result_value is not None)
save(enrol, "team-enrol")
enrol_form = EnrolDialog(hub_state, settings)
enrol_form.show()
wait_until(lambda: enrol_form.user_combo.count() == 4)
enrol_form.name_edit.setText("field-cebu-4")
enrol_form.user_combo.setCurrentIndex(enrol_form.user_combo.findData("pvillanueva"))
save(enrol_form, "team-enrol-form")
enrol.close()

laptop_conflicts = ConflictsDialog(lap_state)
laptop_conflicts.show()
wait_until(lambda: laptop_conflicts.table.rowCount() > 0)
save(laptop_conflicts, "team-conflicts-laptop")
laptop_conflicts.close()

runner.shutdown()
lap.close()
hub.close()
print("done")
