"""Issue 15, item 7: the Team menu, the sync screens, enrolment, revocation, conflicts, status line.

A real hub is built with the `store` fixture (`team.start_hub`, `team.enrol`, as the service
tests do) and a real laptop database is opened from what enrolment wrote; bundles are real
files written and applied through the dialogs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStatusBar, QWidget
from pytestqt.qtbot import QtBot

from caseintake.services import sync, team
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.services.session import Session, open_session
from caseintake.ui.state import AppState
from caseintake.ui.tasks import TaskRunner
from caseintake.ui.team import TeamMenu, words
from caseintake.ui.team.conflicts import ConflictsDialog
from caseintake.ui.team.devices import EnrolDialog, RevokeDialog
from caseintake.ui.team.hub_sync import HubSyncDialog
from caseintake.ui.team.laptop_sync import LaptopSyncDialog
from caseintake.ui.team.shared_folder import SharedFolder, apply_folder, outgoing_name
from caseintake.ui.team.status import TeamStatusLine
from tests.conftest import PASSPHRASES, import_cases, sample_case
from tests.gui.test_accessibility import walk
from tests.gui.test_keyboard import clashes, menu_clashes, window_mnemonics

Store = dict[str, Any]


# -- a hub, a laptop ------------------------------------------------------------------------------


@pytest.fixture
def reference(store: Store) -> str:
    (ref,) = import_cases(store["sup"], sample_case())
    return ref


@pytest.fixture
def hub(store: Store, reference: str) -> Session:
    team.start_hub(store["sup"])
    return store["sup"]  # type: ignore[no-any-return]


@pytest.fixture
def laptop(hub: Session, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "field-1" / "cases.db"
    team.enrol(hub, "field-1", "worker", path)
    session = open_session(path, "worker", PASSPHRASES["worker"])
    yield session
    session.close()


def edit(session: Session, reference: str, **fields: Any) -> None:
    case = load_case(session, reference)
    update_case(session, reference, dataclasses.replace(case, **fields), list(fields))


def settled(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until the dialogs' work on the database thread is done: a test then reads the same
    connection directly, and one connection serves one thread at a time."""
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)


def state_of(session: Session, db_path: Path, runner: TaskRunner) -> AppState:
    state = AppState(db_path=db_path, runner=runner)
    state.sign_in(session)
    return state


def conflicting(hub: Session, laptop: Session, reference: str, tmp_path: Path) -> None:
    """The province changed on both sides; the laptop's bundle applied at the hub."""
    edit(laptop, reference, province="Bohol")
    edit(hub, reference, province="Negros Oriental")
    sync.export_bundle(laptop, tmp_path / "to-hub.cibundle")
    assert sync.import_bundle(hub, tmp_path / "to-hub.cibundle").conflicts == 1


def show(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# -- the menu -------------------------------------------------------------------------------------


class Editor(QObject):
    saved = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def open_case(self, reference: str) -> None:
        self.opened.append(reference)


class Cases:
    def __init__(self) -> None:
        self.refreshed = 0

    def apply_filters(self) -> None:
        self.refreshed += 1


class Window(QMainWindow):
    """What the Team menu uses of the main window."""

    def __init__(self, state: AppState, settings: QSettings) -> None:
        super().__init__()
        self.state = state
        self.settings = settings
        self.editor = Editor()
        self.cases = Cases()


def team_menu(qtbot: QtBot, state: AppState, settings: QSettings) -> tuple[Window, TeamMenu]:
    window = Window(state, settings)
    qtbot.addWidget(window)
    menu = TeamMenu(window)
    menu.signed_in()
    qtbot.waitUntil(lambda: menu.status.status is not None)
    return window, menu


def offered(menu: TeamMenu) -> list[str]:
    return [
        a.objectName() for a in menu.menu.actions() if a.isVisible() and a.isEnabled() and not a.isSeparator()
    ]


@pytest.mark.parametrize(
    ("who", "place", "wanted"),
    [
        ("sup", "none", ["startHubAction"]),
        ("worker", "none", []),
        ("sup", "hub", ["syncAction", "enrolAction", "revokeAction", "conflictsAction"]),
        ("lawyer", "hub", []),
    ],
)
def test_the_team_menu_follows_the_database_and_the_role(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    settings: QSettings,
    who: str,
    place: str,
    wanted: list[str],
) -> None:
    if place == "hub":
        team.start_hub(store["sup"])
    _window, menu = team_menu(qtbot, state_of(store[who], store["path"], runner), settings)
    assert offered(menu) == wanted
    assert menu.place_action.isVisible() and not menu.place_action.isEnabled()
    text = menu.place_action.text()
    assert ("office hub" in text) if place == "hub" else ("not part of a team" in text)
    assert menu_clashes(menu.window) == []


def test_on_a_laptop_everyone_syncs_and_sees_conflicts(
    qtbot: QtBot, laptop: Session, tmp_path: Path, runner: TaskRunner, settings: QSettings
) -> None:
    _window, menu = team_menu(qtbot, state_of(laptop, tmp_path / "field-1" / "cases.db", runner), settings)
    assert offered(menu) == ["syncAction", "conflictsAction"]
    assert menu.place_action.text() == "This laptop: field-1"
    menu.open_sync()
    assert isinstance(menu.dialog, LaptopSyncDialog)
    menu.locked()
    assert not menu.status.label.isVisible() and not menu.folder.active


def test_the_main_window_has_the_team_menu_before_help(
    qtbot: QtBot, store: Store, runner: TaskRunner, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseintake.ui.idle_lock import IdleLock
    from caseintake.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "show_upcoming", lambda self: None)
    win = MainWindow(AppState(db_path=store["path"], runner=runner), settings, IdleLock(5, clock=lambda: 0.0))
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[-2:] == ["Team", "&Help"]
    assert win.team.sync_action.shortcut().toString() == "F9"
    assert win.team.status.label in win.statusBar().findChildren(type(win.team.status.label))


def test_making_the_office_hub_asks_first(
    qtbot: QtBot, store: Store, runner: TaskRunner, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, menu = team_menu(qtbot, state_of(store["sup"], store["path"], runner), settings)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    menu.start_hub_action.trigger()
    assert "office hub" in asked[0] and "cannot be undone" in asked[0]
    assert team.status(store["sup"]).role is None
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    menu.start_hub_action.trigger()
    qtbot.waitUntil(lambda: offered(menu) == ["syncAction", "enrolAction", "revokeAction", "conflictsAction"])
    assert team.status(store["sup"]).role == "hub"
    assert "office hub" in window.statusBar().currentMessage()


# -- enrolment and revocation -----------------------------------------------------------------------


def test_enrol_a_laptop_through_the_dialog(
    qtbot: QtBot, hub: Session, store: Store, runner: TaskRunner, settings: QSettings, tmp_path: Path
) -> None:
    dialog = EnrolDialog(state_of(hub, store["path"], runner), settings)
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.user_combo.count() == 4)
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert "name" in dialog.message.text()
    qtbot.keyClicks(dialog.name_edit, "field laptop/2")
    assert dialog.path_edit.text().endswith(str(Path("field-laptop-2") / "cases.db"))
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("worker"))
    target = tmp_path / "usb" / "field-2" / "cases.db"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.enrolled, timeout=5000):
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Enrolled field laptop/2 for worker (worker), with 1 case."
    assert dialog.database_label.text() == str(target)
    assert dialog.key_file_label.text() == str(target.with_name("cases.db.keys"))
    assert dialog.enrol_button.text() == "&Done" and dialog.pages.currentIndex() == 1
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    assert [d.name for d in team.devices(hub)] == ["field laptop/2"]
    open_session(target, "worker", PASSPHRASES["worker"]).close()
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_enrolling_a_taken_name_is_refused_in_the_dialog(
    qtbot: QtBot, laptop: Session, store: Store, runner: TaskRunner, settings: QSettings, tmp_path: Path
) -> None:
    dialog = EnrolDialog(state_of(store["sup"], store["path"], runner), settings)
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.user_combo.count() == 4)
    dialog.name_edit.setText("field-1")
    dialog.path_edit.setText(str(tmp_path / "again" / "cases.db"))
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already enrolled" in dialog.message.text())
    assert dialog.enrol_button.isEnabled() and dialog.name_edit.isEnabled()


def test_revoke_lists_what_the_laptop_held_and_copies_it(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = RevokeDialog(state_of(store["sup"], store["path"], runner), "field-1")
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.laptop_combo.count() == 1)
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.revoked):
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "field-1" in asked[0] and "cannot be undone" in asked[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and "revoked" in dialog.laptop_combo.currentText())
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[0] == reference and row[1] == "Yes" and row[3] == "(when revoked)"
    assert "held 1 case" in dialog.summary.text() and "identity keys of 1" in dialog.summary.text()
    assert not dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert reference in copied and "field-1" in copied and "Identity keys on it" in copied
    assert team.devices(store["sup"])[0].revoked_at is not None


# -- bundles through the sync screens ------------------------------------------------------------------


def test_a_bundle_goes_to_the_office_and_back_through_the_sync_dialogs(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edit(laptop, reference, province="Bohol")
    laptop_state = state_of(laptop, tmp_path / "field-1" / "cases.db", runner)
    folder = SharedFolder(laptop_state, settings)
    on_laptop = LaptopSyncDialog(laptop_state, settings, folder)
    show(qtbot, on_laptop)
    qtbot.waitUntil(lambda: on_laptop.status is not None)
    assert on_laptop.laptop_label.text() == "field-1"
    assert on_laptop.pending_label.text().endswith("changes") and on_laptop.written_label.text() == "never"
    assert walk(on_laptop) == [] and clashes(window_mnemonics(on_laptop)) == []
    outgoing = tmp_path / "stick" / "to-office.cibundle"
    outgoing.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(outgoing), ""))
    with qtbot.waitSignal(on_laptop.synced, timeout=5000):
        qtbot.mouseClick(on_laptop.write_button, Qt.MouseButton.LeftButton)
    assert outgoing.exists() and "Wrote a bundle for the office" in on_laptop.sent_label.text()
    assert f"File: {outgoing}" in on_laptop.sent_label.text()

    at_hub = HubSyncDialog(state_of(store["sup"], store["path"], runner), settings)
    show(qtbot, at_hub)
    qtbot.waitUntil(lambda: at_hub.table.rowCount() == 1)
    assert walk(at_hub) == [] and clashes(window_mnemonics(at_hub)) == []
    assert at_hub.table.item(0, 2).text().startswith("Enrolled")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(outgoing), ""))
    with qtbot.waitSignal(at_hub.synced, timeout=5000):
        qtbot.mouseClick(at_hub.apply_button, Qt.MouseButton.LeftButton)
    assert at_hub.received_label.text().startswith(
        "Applied bundle 1 from field-1.\nFile: to-office.cibundle\n"
    )
    # The dialog reloads its table on the database thread: read the database directly only
    # once that is done (one connection, one thread at a time).
    qtbot.waitUntil(
        lambda: at_hub.table.item(0, 5).text() == "1" and at_hub.table.item(0, 2).text() == "In use"
    )
    assert load_case(store["sup"], reference).province == "Bohol"
    assert at_hub.write_button.isEnabled()  # the laptop that just synced is selected

    edit(store["sup"], reference, summary="Changed at the office.")
    back = tmp_path / "stick" / "office-to-field-1.cibundle"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(back), ""))
    with qtbot.waitSignal(at_hub.synced, timeout=5000):
        qtbot.mouseClick(at_hub.write_button, Qt.MouseButton.LeftButton)
    assert "Wrote a bundle for field-1" in at_hub.sent_label.text() and back.exists()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    with qtbot.waitSignal(on_laptop.synced, timeout=5000):
        qtbot.mouseClick(on_laptop.apply_button, Qt.MouseButton.LeftButton)
    assert "Applied bundle 1 from the office." in on_laptop.received_label.text()
    assert load_case(laptop, reference).summary == "Changed at the office."
    qtbot.waitUntil(lambda: on_laptop.pending_label.text().startswith("nothing"))


def test_a_refused_bundle_is_said_in_the_dialog(
    qtbot: QtBot, hub: Session, store: Store, runner: TaskRunner, settings: QSettings, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.cibundle"
    junk.write_bytes(b"not a bundle at all")
    dialog = HubSyncDialog(state_of(hub, store["path"], runner), settings)
    show(qtbot, dialog)
    dialog.apply_bundle(junk)
    qtbot.waitUntil(lambda: "nothing was applied" in dialog.message.text())


def test_the_shared_folder_writes_this_laptops_bundle_and_applies_the_offices(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    settled(qtbot, runner)
    edit(store["sup"], reference, summary="Changed at the office.")
    sync.export_bundle(store["sup"], shared / "office-to-field-1.cibundle", device="field-1")
    (shared / "notes.txt").write_text("someone else's file")
    folder = SharedFolder(state_of(laptop, tmp_path / "field-1" / "cases.db", runner), settings)
    folder.set_folder(shared)
    folder.start()
    with qtbot.waitSignal(folder.ran, timeout=5000) as first:
        pass
    (applied,) = first.args[0].applied
    assert applied.received is not None and applied.received.applied > 0
    assert load_case(laptop, reference).summary == "Changed at the office."
    assert folder.watching()
    with qtbot.waitSignal(folder.ran, timeout=5000) as second:
        assert folder.sync_now()
    assert second.args[0].sent is not None and second.args[0].applied == []  # each file looked at once
    assert (shared / outgoing_name("field-1")).exists()
    assert settings.value("team/sharedFolder") == str(shared)
    assert (
        sync.import_bundle(store["sup"], shared / outgoing_name("field-1")).sender
        == team.status(laptop).device
    )
    folder.stop()
    assert not folder.watching()


def test_a_bundle_for_another_copy_is_left_alone(laptop: Session, store: Store, tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    sync.export_bundle(laptop, shared / "mine.cibundle")  # for the hub, not for this laptop
    run = apply_folder(laptop, shared, set())
    assert run.applied == [] and len(run.seen) == 1


# -- conflicts ----------------------------------------------------------------------------------------


def test_the_conflict_screen_shows_was_office_and_field_and_taking_the_field_value_updates_the_case(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conflicting(store["sup"], laptop, reference, tmp_path)
    dialog = ConflictsDialog(state_of(store["sup"], store["path"], runner))
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert walk(dialog) == [] and clashes(window_mnemonics(dialog)) == []
    cells = [dialog.table.item(0, c).text() for c in range(7)]
    assert cells[:6] == [reference, "Case · Province", "Cebu", "Negros Oriental", "Bohol", "field-1 (worker)"]
    assert "Was: Cebu" in dialog.details.text() and dialog.keep_button.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert "Office now: Negros Oriental" in asked[0] and "Field value: Bohol" in asked[0]
    settled(qtbot, runner)
    assert load_case(store["sup"], reference).province == "Negros Oriental"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    settled(qtbot, runner)
    assert load_case(store["sup"], reference).province == "Bohol"
    assert "field value is now in the case" in dialog.message.text()
    dialog.resolved_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 7).text() == "Field value taken" and not dialog.keep_button.isEnabled()


def test_keeping_the_office_value_and_opening_the_case(
    qtbot: QtBot, laptop: Session, store: Store, reference: str, runner: TaskRunner, tmp_path: Path
) -> None:
    conflicting(store["sup"], laptop, reference, tmp_path)
    dialog = ConflictsDialog(state_of(store["sup"], store["path"], runner))
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    with qtbot.waitSignal(dialog.case_requested) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [reference]
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    settled(qtbot, runner)
    assert load_case(store["sup"], reference).province == "Negros Oriental"
    assert team.conflicts(store["sup"]) == []


def test_on_the_laptop_conflicts_are_shown_as_resolved_at_the_office(
    qtbot: QtBot, laptop: Session, store: Store, reference: str, runner: TaskRunner, tmp_path: Path
) -> None:
    conflicting(store["sup"], laptop, reference, tmp_path)
    sync.export_bundle(store["sup"], tmp_path / "back.cibundle", device="field-1")
    sync.import_bundle(laptop, tmp_path / "back.cibundle")
    dialog = ConflictsDialog(state_of(laptop, tmp_path / "field-1" / "cases.db", runner))
    show(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert walk(dialog) == []
    assert dialog.table.item(0, 0).text() == reference
    assert dialog.table.item(0, 5).text() == "this laptop (field-1)"
    assert not dialog.keep_button.isVisible() and not dialog.take_button.isVisible()
    assert not dialog.resolved_box.isVisible()
    assert (
        "Resolved at the office" in dialog.message.text() and "Resolved at the office" in dialog.intro.text()
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the status line --------------------------------------------------------------------------------


class Bar(QStatusBar):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.line = TeamStatusLine(state, self, self)


def status_line(qtbot: QtBot, state: AppState) -> Bar:
    bar = Bar(state)
    qtbot.addWidget(bar)
    bar.show()
    bar.line.refresh()
    qtbot.waitUntil(lambda: bar.line.status is not None)
    return bar


def test_the_status_line_counts_changes_not_yet_at_the_office(
    qtbot: QtBot, laptop: Session, store: Store, reference: str, runner: TaskRunner, tmp_path: Path
) -> None:
    bar = status_line(qtbot, state_of(laptop, tmp_path / "field-1" / "cases.db", runner))
    line = bar.line
    assert line.label.text() == "All changes are at the office" and line.timer.isActive()
    edit(laptop, reference, province="Bohol")
    pending = team.status(laptop).pending
    line.refresh()
    qtbot.waitUntil(lambda: line.label.text() == f"{pending} changes not yet at the office")
    sync.export_bundle(laptop, tmp_path / "out.cibundle")
    sync.import_bundle(store["sup"], tmp_path / "out.cibundle")
    sync.export_bundle(store["sup"], tmp_path / "back.cibundle", device="field-1")
    sync.import_bundle(laptop, tmp_path / "back.cibundle")
    line.refresh()
    qtbot.waitUntil(lambda: line.label.text() == "All changes are at the office")


def test_the_hub_status_line_counts_conflicts_for_supervisors_only(
    qtbot: QtBot, laptop: Session, store: Store, reference: str, runner: TaskRunner, tmp_path: Path
) -> None:
    conflicting(store["sup"], laptop, reference, tmp_path)
    supervisor = status_line(qtbot, state_of(store["sup"], store["path"], runner))
    assert supervisor.line.label.text() == "1 conflict to resolve" and not supervisor.line.label.isHidden()
    lawyer = status_line(qtbot, state_of(store["lawyer"], store["path"], runner))
    assert lawyer.line.label.text() == "" and lawyer.line.label.isHidden()


def test_a_save_in_the_editor_counts_again(
    qtbot: QtBot, laptop: Session, reference: str, runner: TaskRunner, settings: QSettings, tmp_path: Path
) -> None:
    window, menu = team_menu(qtbot, state_of(laptop, tmp_path / "field-1" / "cases.db", runner), settings)
    assert menu.status.label.text() == "All changes are at the office"
    edit(laptop, reference, province="Bohol")
    window.editor.saved.emit(reference)
    qtbot.waitUntil(lambda: menu.status.label.text().endswith("changes not yet at the office"))


# -- words ----------------------------------------------------------------------------------------------


def test_conflict_values_are_worded_for_people_and_vault_values_never_shown() -> None:
    assert words.record_field("case_text", "summary") == "Case · Summary"
    assert words.record_field("note", "text") == "Note · Text"
    assert words.record_field("mystery", "odd_column") == "Mystery · Odd column"
    assert words.value_text("cases", "status", "in_court") == "In court"
    assert words.value_text("identity", "legal_name", {"b": "c2VjcmV0"}) == (
        "(protected value: reveal it in the case)"
    )
    assert words.value_text("cases", "assigned_to", 7) == "(a staff account: see the case)"
    assert words.value_text("person", "protected", 1) == "Yes"
    assert words.value_text("referral", "note", None) == "(empty)"
    was, office, field = words.conflict_values("note", "*", {"text": "old"}, {"text": "newer"}, None)
    assert (was, office, field) == ("Text: old", "Text: newer", "(deleted on the laptop)")
    was, office, field = words.conflict_values(
        "person", "*", None, None, {"id": 5, "role": "victim", "pseudonym": "AAA", "sex": "F"}
    )
    assert field == "Role: Victim; Pseudonym: AAA; Sex: Female" and "repeats a pseudonym" in office
    assert words.cell("x" * 200).endswith("…") and len(words.cell("x" * 200)) == words.CELL
    assert words.safe_file_part("field laptop/2") == "field-laptop-2"


def test_a_bundle_that_appears_in_the_watched_folder_is_applied(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    folder = SharedFolder(state_of(laptop, tmp_path / "field-1" / "cases.db", runner), settings)
    folder.settle.setInterval(0)
    folder.set_folder(shared)
    with qtbot.waitSignal(folder.ran, timeout=5000):
        folder.start()
    settled(qtbot, runner)
    edit(store["sup"], reference, summary="Changed at the office.")
    with qtbot.waitSignal(folder.ran, timeout=5000) as arrived:
        sync.export_bundle(store["sup"], shared / "office-to-field-1.cibundle", device="field-1")
    assert [a.file for a in arrived.args[0].applied] == ["office-to-field-1.cibundle"]
    assert load_case(laptop, reference).summary == "Changed at the office."


def test_the_hub_syncs_a_shared_folder_both_ways(
    qtbot: QtBot,
    laptop: Session,
    store: Store,
    reference: str,
    runner: TaskRunner,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    edit(laptop, reference, province="Bohol")
    sync.sync_folder(laptop, folder)  # the laptop's round: its bundle is now in the folder
    at_hub = HubSyncDialog(state_of(store["sup"], store["path"], runner), settings)
    show(qtbot, at_hub)
    qtbot.waitUntil(lambda: at_hub.table.rowCount() == 1)
    assert clashes(window_mnemonics(at_hub)) == []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(at_hub.synced, timeout=5000):
        qtbot.mouseClick(at_hub.folder_button, Qt.MouseButton.LeftButton)
    assert at_hub.received_label.text().startswith("Applied bundle 1 from field-1.")
    assert "1 return bundle" in at_hub.sent_label.text()
    assert (folder / "office-to-field-1.cibundle").exists()
    settled(qtbot, runner)
    assert load_case(store["sup"], reference).province == "Bohol"
