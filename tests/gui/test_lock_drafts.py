"""A form open when the screen locks comes back, with what was typed, for the same user only
(issue 16); nothing typed reaches a file; passphrases are never kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from caseintake.services.session import open_session
from caseintake.ui.admin.account_forms import AddUserDialog
from caseintake.ui.editor.hearings import HearingDialog
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.lock_drafts import DraftKeeper, DraftPlace, KeptForm, LockDrafts
from caseintake.ui.main_window import MainWindow
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASES, import_cases, sample_case

#: Typed into the forms; in no file, log or setting afterwards.
TYPED_NAME = "Zenaida Quiroga Villaflor"
TYPED_ADDRESS = "Sitio Kalubihan, Barangay Tabok"
NOTICE = "Restored what you typed before the screen locked."
SCREENSHOTS = Path("/tmp/h")


class App:
    """The main window and a way to sign in again, as the unlock dialog does."""

    def __init__(self, window: MainWindow, db_path: Path, qtbot: QtBot) -> None:
        self.window = window
        self.db_path = db_path
        self.qtbot = qtbot
        self.locks = 0

    def lock(self) -> None:
        expected = self.locks + 1
        self.window.on_locked = lambda: setattr(self, "locks", self.locks + 1)
        self.window.lock_action.trigger()
        self.qtbot.waitUntil(lambda: self.locks == expected)
        assert self.window.state.session is None

    def unlock(self, who: str) -> None:
        passphrase = PASSPHRASES.get(who) or "supervisor passphrase"
        self.window.signed_in(open_session(self.db_path, who, passphrase))


@pytest.fixture
def app(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[App]:
    monkeypatch.setattr(MainWindow, "show_upcoming", lambda self: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    import_cases(store["sup"], sample_case())
    window = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5))
    qtbot.addWidget(window)
    window.resize(1300, 740)
    window.show()
    yield App(window, store["path"], qtbot)
    window.close()


def sign_in(app: App, store: dict[str, Any], who: str) -> MainWindow:
    window = app.window
    window.signed_in(store[who])
    store[who] = store["other"] if who != "other" else store["lawyer"]  # the window closes it
    app.qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)
    return window


def open_first_case(app: App) -> None:
    window = app.window
    window.cases.table.selectRow(0)
    app.qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.case is not None)


def type_a_person(app: App) -> PersonDialog:
    editor = app.window.editor
    editor.tabs.setCurrentWidget(editor.people)
    editor.people.add_button.click()
    dialog = editor.people.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    dialog.age.setValue(11)
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    app.qtbot.keyClicks(dialog.legal_name, TYPED_NAME)
    app.qtbot.keyClicks(dialog.address, TYPED_ADDRESS)
    dialog.birth_date.set_value(date(2014, 3, 9))
    return dialog


def visible_person_dialogs() -> list[PersonDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog) and w.isVisible()]


def notice_of(dialog: Any) -> str:
    label = dialog.findChild(QLabel, "restoredNotice")
    return label.text() if label is not None and label.isVisible() else ""


def files_holding(folder: Path, *secrets: str) -> list[str]:
    """Every file under `folder` whose bytes hold one of `secrets` (as UTF-8 or UTF-16)."""
    found: list[str] = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in secrets:
            if secret.encode() in data or secret.encode("utf-16-le") in data:
                found.append(f"{path.relative_to(folder)}: {secret}")
    return found


def test_the_same_user_gets_the_add_person_form_back(
    qtbot: QtBot, app: App, store: dict[str, Any], tmp_path: Path
) -> None:
    window = sign_in(app, store, "worker")
    open_first_case(app)
    reference = window.editor.draft.reference if window.editor.draft else None
    type_a_person(app)

    app.lock()
    assert visible_person_dialogs() == [] and window.editor.draft is None
    # Held in memory only: nothing typed is in any file under the test's folder (the database
    # and its key file, the write-ahead log, the log folder, the settings).
    assert files_holding(tmp_path, TYPED_NAME, TYPED_ADDRESS, "Zenaida") == []
    assert TYPED_NAME not in repr(window.lock_drafts._forms)

    app.unlock("worker")
    qtbot.waitUntil(lambda: len(visible_person_dialogs()) == 1, timeout=5000)
    dialog = visible_person_dialogs()[0]
    assert window.editor.draft is not None and window.editor.draft.reference == reference
    assert window.editor.tabs.currentWidget() is window.editor.people
    assert dialog.legal_name.text() == TYPED_NAME and dialog.address.text() == TYPED_ADDRESS
    assert dialog.age.value() == 11 and dialog.sex.currentData() == "F"
    assert dialog.birth_date.value() == date(2014, 3, 9)
    assert notice_of(dialog) == NOTICE
    assert not window.lock_drafts
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "lock-drafts-restored-person.png"))

    # The form works as any other: OK adds the person, Save stores the name in the vault.
    dialog.ok_button.click()
    assert window.editor.people.model.rowCount() == 4
    with qtbot.waitSignal(window.editor.saved, timeout=5000):
        window.editor.save()
    assert files_holding(tmp_path, TYPED_NAME, TYPED_ADDRESS) == []  # encrypted at rest


def test_another_user_unlocking_gets_no_form_and_the_values_are_dropped(
    qtbot: QtBot, app: App, store: dict[str, Any]
) -> None:
    window = sign_in(app, store, "worker")
    open_first_case(app)
    type_a_person(app)
    app.lock()
    kept = list(window.lock_drafts._forms)
    assert len(kept) == 1 and kept[0].values

    app.unlock("other")
    qtbot.wait(300)
    assert visible_person_dialogs() == [] and window.editor.draft is None
    assert not window.lock_drafts and kept[0].values == {}  # wiped, not only forgotten

    app.lock()  # and the first user gets nothing back afterwards either
    app.unlock("worker")
    qtbot.wait(300)
    assert visible_person_dialogs() == []


def test_quitting_drops_what_was_kept(app: App, store: dict[str, Any]) -> None:
    window = sign_in(app, store, "worker")
    open_first_case(app)
    type_a_person(app)
    app.lock()
    kept = list(window.lock_drafts._forms)
    window.close()
    assert not window.lock_drafts and kept[0].values == {}


def test_a_new_case_saved_by_the_lock_reopens_with_its_form(
    qtbot: QtBot, app: App, store: dict[str, Any]
) -> None:
    """The lock saves a new case with changes; the form comes back on that case, by its new
    reference, not on a fresh blank one."""
    window = sign_in(app, store, "worker")
    editor = window.editor
    editor.new_case()
    qtbot.waitUntil(lambda: editor.draft is not None)
    editor.overview.region.setCurrentIndex(editor.overview.region.findData("VII"))
    editor.overview.offenses.check("osaec_livestream")
    editor.overview.summary.setPlainText("Referred by the hotline; AAA is safe with her aunt.")
    assert editor.has_unsaved_changes()
    type_a_person(app)

    app.lock()
    app.unlock("worker")
    qtbot.waitUntil(lambda: len(visible_person_dialogs()) == 1, timeout=5000)
    assert editor.draft is not None and editor.draft.reference is not None
    assert editor.draft.case is not None and editor.draft.case.summary.startswith("Referred by the hotline")
    assert visible_person_dialogs()[0].legal_name.text() == TYPED_NAME


def test_an_edited_court_date_comes_back_on_its_record(qtbot: QtBot, app: App, store: dict[str, Any]) -> None:
    window = sign_in(app, store, "lawyer")
    open_first_case(app)
    hearings = window.editor.hearings
    window.editor.tabs.setCurrentWidget(hearings)
    hearings.table.selectRow(0)
    hearings.edit()
    dialog = hearings.dialog
    assert isinstance(dialog, HearingDialog)
    dialog.branch.setText("Branch 12-B")
    dialog.notes.edit.setPlainText("Bring the support person; AAA testifies by live link.")
    target = hearings.row_list[0].target

    app.lock()
    app.unlock("lawyer")
    qtbot.waitUntil(lambda: isinstance(hearings.dialog, HearingDialog) and hearings.dialog.isVisible())
    again = hearings.dialog
    assert isinstance(again, HearingDialog) and again is not dialog
    assert again.base is not None and again.base.id == target
    assert again.court.text() == "RTC Branch 12, Cebu City"  # as saved
    assert again.branch.text() == "Branch 12-B"  # as typed
    assert again.notes.edit.toPlainText().startswith("Bring the support person")
    assert notice_of(again) == NOTICE


def test_the_add_user_form_comes_back_without_its_passphrases(
    qtbot: QtBot, app: App, store: dict[str, Any]
) -> None:
    window = sign_in(app, store, "sup")
    users = window.show_users()
    assert users is not None
    users.add_user()
    form = users.child
    assert isinstance(form, AddUserDialog)
    qtbot.keyClicks(form.username_edit, "mreyes")
    qtbot.keyClicks(form.full_name_edit, "Maricel Reyes")
    form.role_combo.setCurrentIndex(form.role_combo.findData("lawyer"))
    qtbot.keyClicks(form.passphrase, "a very long secret passphrase")
    qtbot.keyClicks(form.repeat, "a very long secret passphrase")

    app.lock()
    kept = window.lock_drafts._forms
    assert len(kept) == 1
    assert "a very long secret passphrase" not in kept[0].values.values()

    app.unlock("sup")
    qtbot.waitUntil(
        lambda: any(isinstance(w, AddUserDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    again = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddUserDialog) and w.isVisible())
    assert again is not form
    assert again.username_edit.text() == "mreyes" and again.full_name_edit.text() == "Maricel Reyes"
    assert again.role_combo.currentData() == "lawyer"
    assert again.passphrase.text() == "" and again.repeat.text() == ""
    assert notice_of(again) == NOTICE
    qtbot.wait(50)
    again.grab().save(str(SCREENSHOTS / "lock-drafts-restored-add-user.png"))


def test_the_keeper_skips_secrets_and_what_cannot_be_typed(qtbot: QtBot) -> None:
    dialog = PersonDialog(None, saved=False, identity=None, identity_locked=True)
    qtbot.addWidget(dialog)
    dialog.legal_name.setText("not typeable here")
    values = DraftKeeper.capture(dialog)
    assert "not typeable here" not in values.values()  # the vault group is disabled
    assert any(path.endswith("ageSpin") for path in values)
    drafts = LockDrafts()
    drafts.keep("worker", [KeptForm(DraftPlace("persons"), values)])
    assert drafts.take("someone else") == [] and values == {}


def test_a_reveal_is_needed_again_for_a_saved_identity(qtbot: QtBot, app: App, store: dict[str, Any]) -> None:
    """A revealed identity being changed comes back masked: the reveal is asked for (and audited)
    again, and the identity fields are not filled in from memory."""
    window = sign_in(app, store, "worker")
    open_first_case(app)
    people = window.editor.people
    window.editor.tabs.setCurrentWidget(people)
    people.table.selectRow(0)
    people.reveal()
    qtbot.waitUntil(lambda: bool(people.revealed))
    people.edit()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog) and dialog.legal_name.text() == "Maria Luz Bautista"
    dialog.age.setValue(14)

    app.lock()
    app.unlock("worker")
    qtbot.waitUntil(lambda: isinstance(people.dialog, PersonDialog) and people.dialog.isVisible())
    again = people.dialog
    assert isinstance(again, PersonDialog)
    assert again.age.value() == 14 and again.legal_name.text() == "" and not again.vault.isEnabled()
