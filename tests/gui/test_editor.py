"""The case editor: creating a case, revealing identities by role, saving that keeps what was typed,
and clearing on lock."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseintake.services.cases import load_case
from caseintake.services.people import reveal_identity
from caseintake.ui.editor import CaseEditor
from caseintake.ui.editor.hearings import HearingDialog
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in

#: The sample case's vault values (tests/conftest.py): none may be on screen unless revealed.
VAULT_VALUES = ("Maria", "Bautista", "Neneng", "2012-07-19", "Purok 3", "Mabini", "0917", "Rosario")


def open_editor(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, who: str, reference: str
) -> CaseEditor:
    editor = CaseEditor(signed_in(store, runner, who))
    qtbot.addWidget(editor)
    editor.resize(1000, 720)
    editor.show()
    editor.open_case(reference)
    qtbot.waitUntil(lambda: editor.pages.currentWidget() is editor.tabs, timeout=5000)
    return editor


def all_texts(root: QWidget) -> list[str]:
    """Every text a widget under `root` holds: fields, labels, buttons, combo items, table cells."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.data(index, role) or ""))
    return texts


@pytest.fixture
def reference(store: dict[str, Any]) -> str:
    return import_cases(store["sup"], sample_case())[0]


def test_create_case_with_victim_and_hearing(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    editor = CaseEditor(signed_in(store, runner, "sup"))
    qtbot.addWidget(editor)
    editor.new_case()
    qtbot.waitUntil(lambda: editor.pages.currentWidget() is editor.tabs)
    overview = editor.overview
    overview.region.setCurrentIndex(overview.region.findData("VII"))
    overview.offenses.check("osaec_livestream")
    overview.summary.setPlainText("Referred by the hotline; AAA is safe with her aunt.")
    assert editor.has_unsaved_changes()

    editor.people.add_button.click()
    person = editor.people.dialog
    assert isinstance(person, PersonDialog)
    person.age.setValue(12)
    person.legal_name.setText("Maria Luz Bautista")
    person.birth_date.set_value(date(2013, 5, 2))
    person.ok_button.click()
    assert person.result() == person.DialogCode.Accepted
    assert editor.people.model.rowCount() == 1

    editor.hearings.add_button.click()
    hearing = editor.hearings.dialog
    assert isinstance(hearing, HearingDialog)
    hearing.court.setText("RTC Branch 12, Cebu City")
    hearing.kind.setCurrentIndex(hearing.kind.findData("arraignment"))
    hearing.ok_button.click()
    assert editor.hearings.model.rowCount() == 1

    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    reference = saved.args[0]
    case = load_case(store["sup"], reference)
    assert case.region == "VII" and case.offenses == ("osaec_livestream",)
    assert [(p.role, p.pseudonym, p.age) for p in case.persons] == [("victim", "AAA", 12)]
    assert [(h.court, h.kind) for h in case.hearings] == [("RTC Branch 12, Cebu City", "arraignment")]
    assert reveal_identity(store["sup"], case.persons[0].id or "").legal_name == "Maria Luz Bautista"
    assert editor.header.title.text() == reference
    assert not editor.has_unsaved_changes()
    assert editor.people.model.data(editor.people.model.index(0, 0)) == "AAA"


@pytest.mark.parametrize("who", ["worker", "lawyer"])
def test_reveal_allowed(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str, who: str
) -> None:
    editor = open_editor(qtbot, store, runner, who, reference)
    editor.tabs.setCurrentWidget(editor.people)
    editor.people.table.selectRow(0)
    labels = editor.people.value_labels
    assert labels["legal_name"].text() == "••••••"
    editor.people.reveal_button.click()
    qtbot.waitUntil(lambda: labels["legal_name"].text() == "Maria Luz Bautista")
    assert labels["school"].text() == "Mabini Elementary School"
    editor.people.hide_button.click()
    assert labels["legal_name"].text() == "••••••"


def test_reveal_refused_for_another_workers_case(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "other", reference)
    editor.people.table.selectRow(0)
    editor.people.reveal_button.click()
    qtbot.waitUntil(editor.message.isVisible)
    assert "only in their own cases" in editor.message.text()
    texts = "\n".join(all_texts(editor))
    for value in VAULT_VALUES:
        assert value not in texts
    assert editor.terms is None  # no live highlighting: it would confirm a guessed name


def test_failed_save_keeps_what_was_typed(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.tabs.setCurrentWidget(editor.notes)
    editor.notes.add_button.click()
    qtbot.keyClicks(editor.notes.editor, "Home visit planned for Friday.")
    editor.overview.closed_on.check.setChecked(True)
    editor.overview.closed_on.date.setDate(QDate(2020, 1, 1))  # before the case was opened
    editor.save()
    qtbot.waitUntil(editor.message.isVisible, timeout=5000)
    assert "Closed on is before" in editor.message.text() and "closed_on" not in editor.message.text()
    assert editor.tabs.currentWidget() is editor.overview  # the field the error names
    assert editor.notes.editor.toPlainText() == "Home visit planned for Friday."
    assert editor.has_unsaved_changes()
    assert len(load_case(store["sup"], reference).notes) == 1  # nothing was written

    editor.overview.closed_on.check.setChecked(False)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert [n.text for n in load_case(store["sup"], reference).notes][-1] == "Home visit planned for Friday."
    assert not editor.message.isVisible()


def test_undo_and_redo_overview_edits(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    province = editor.overview.province
    province.setFocus()
    province.selectAll()
    qtbot.keyClicks(province, "Bohol")
    qtbot.keyClick(province, Qt.Key.Key_Return)
    status = editor.overview.status
    status.setCurrentIndex(status.findData("closed"))
    assert editor.undo_stack.count() == 2
    assert editor.undo_stack.undoText() == "Change status"
    editor.undo_stack.undo()
    assert status.currentData() == "in_court"
    editor.undo_stack.undo()
    assert province.text() == "Cebu"
    assert not editor.has_unsaved_changes()
    editor.undo_stack.redo()
    assert province.text() == "Bohol"
    assert editor.has_unsaved_changes()


@pytest.mark.parametrize("field", ["province", "source_reference"])
def test_typing_in_a_line_field_offers_save_at_once(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str, field: str
) -> None:
    """A click on Save right after typing must save: a disabled button would ignore the click
    (and keep the focus in the field), so typing alone has to mark the case changed."""
    editor = open_editor(qtbot, store, runner, "worker", reference)
    edit = getattr(editor.overview, field)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Bohol 7")
    qtbot.waitUntil(editor.header.save_button.isEnabled, timeout=2000)
    assert edit.hasFocus()  # still typing: nothing left the field
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.header.save_button, Qt.MouseButton.LeftButton)
    saved = load_case(store["sup"], reference)
    assert (saved.province if field == "province" else saved.source_reference) == "Bohol 7"


def test_a_lawyer_adds_and_changes_court_dates(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "lawyer", reference)
    hearings = editor.hearings
    hearings.table.selectRow(0)
    hearings.edit_button.click()
    changed = hearings.dialog
    assert isinstance(changed, HearingDialog)
    changed.status.setCurrentIndex(changed.status.findData("postponed"))
    changed.ok_button.click()
    hearings.add_button.click()
    added = hearings.dialog
    assert isinstance(added, HearingDialog)
    added.court.setText("RTC Branch 12, Cebu City")
    added.kind.setCurrentIndex(added.kind.findData("pre_trial"))
    added.lawyer.setCurrentIndex(added.lawyer.findData("lawyer"))
    added.ok_button.click()
    assert [r.pending for r in hearings.row_list] == [True, True]
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    saved = sorted(load_case(store["sup"], reference).hearings, key=lambda h: h.kind)
    assert [(h.kind, h.status, h.lawyer) for h in saved] == [
        ("arraignment", "postponed", "lawyer"),
        ("pre_trial", "scheduled", "lawyer"),
    ]
    assert saved[1].starts_at.utcoffset() == timedelta(hours=8)  # Manila time
    assert [r.pending for r in hearings.row_list] == [False, False]
    editor.open_case(reference)  # the case already open is not reloaded
    assert editor.pages.currentWidget() is editor.tabs


@pytest.mark.parametrize(("answer", "switches"), [("Discard", True), ("Cancel", False)])
def test_opening_another_case_asks_about_unsaved_changes(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    switches: bool,
) -> None:
    first, second = import_cases(store["sup"], sample_case(), sample_case(province="Bohol"))
    editor = open_editor(qtbot, store, runner, "worker", first)
    editor.overview.summary.setPlainText("A changed summary about AAA.")
    asked: list[str] = []

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[1])
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor.open_case(second)
    assert asked == ["Unsaved changes"]
    if switches:
        qtbot.waitUntil(lambda: editor.header.title.text() == second)
        assert editor.overview.province.text() == "Bohol"
    else:
        assert editor.header.title.text() == first
        assert editor.overview.summary.toPlainText() == "A changed summary about AAA."


def test_social_workers_see_hearings_read_only(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    assert not editor.hearings.add_button.isEnabled()
    assert "lawyer" in editor.hearings.hint.text()
    editor.hearings.table.selectRow(0)
    assert editor.hearings.edit_button.text() == "Vie&w…"
    lawyer = open_editor(qtbot, store, runner, "lawyer", reference)
    assert lawyer.hearings.add_button.isEnabled()
    assert not lawyer.people.add_button.isEnabled()  # lawyers do not change people


def test_clear_leaves_nothing_behind(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.people.table.selectRow(0)
    editor.people.reveal_button.click()
    qtbot.waitUntil(lambda: editor.people.value_labels["legal_name"].text() == "Maria Luz Bautista")
    editor.tabs.setCurrentWidget(editor.notes)
    editor.notes.add_button.click()
    qtbot.keyClicks(editor.notes.editor, "Neneng said she felt safe.")
    editor.notes.field.watch.scan()
    editor.people.edit_button.click()  # a dialog with the revealed identity in it
    assert editor.people.dialog is not None
    editor.notes.table.selectRow(0)
    editor.notes.versions_button.click()
    qtbot.waitUntil(
        lambda: editor.notes.versions_dialog is not None and bool(editor.notes.versions_dialog.versions)
    )
    editor.overview.province.setText("Bohol")
    editor.overview.commit("province")

    editor.clear()
    texts = "\n".join(all_texts(editor))
    for value in (*VAULT_VALUES, "felt safe", "calm during the intake", "rescued with two siblings", "Bohol"):
        assert value not in texts, value
    assert editor.undo_stack.count() == 0
    assert editor.terms is None and not editor.people.revealed
    assert not editor.has_unsaved_changes()


def test_an_identity_opened_and_left_alone_is_not_a_change(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    people = editor.people
    people.table.selectRow(0)
    people.reveal_button.click()
    qtbot.waitUntil(lambda: people.value_labels["legal_name"].text() == "Maria Luz Bautista")
    people.edit_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.ok_button.click()
    assert editor.draft is not None and editor.draft.pending == []
    assert not editor.has_unsaved_changes()

    people.edit_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.age.setValue(14)
    dialog.ok_button.click()
    [change] = editor.draft.pending
    assert (change.kind, change.target, change.record.age) == ("persons", people.row_list[0].target, 14)
    assert change.record.identity is None  # the vault stays as it is
    assert change.record.pseudonym == "AAA"  # what the dialog does not show is kept


def test_a_dialog_points_at_the_field_its_error_names(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reference: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.referrals.add_button.click()
    dialog = editor.referrals.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.agency)  # it opens in its first field
    focused: list[str] = []
    for widget in dialog.field_widgets.values():
        monkeypatch.setattr(widget, "setFocus", lambda w=widget: focused.append(w.objectName()))
    dialog.ok_button.click()
    assert dialog.error.text() == "Agency must be filled in."
    assert dialog.record is None and dialog.isVisible()
    assert focused == ["agencyEdit"]


@pytest.mark.parametrize(
    ("path", "tab", "field"),
    [
        ("persons[0].identity", "people", None),
        ("hearing.starts_at", "hearings", None),
        ("note.author", "notes", None),
        ("source.kind", "overview", "source_kind"),
        ("source.reference", "overview", "source_reference"),
        ("closed_on", "overview", "closed_on"),
    ],
)
def test_a_save_error_shows_its_field(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    reference: str,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    tab: str,
    field: str | None,
) -> None:
    editor = open_editor(qtbot, store, runner, "worker", reference)
    editor.tabs.setCurrentWidget(editor.evidence)
    focused: list[str] = []
    monkeypatch.setattr(editor.overview, "focus_field", focused.append)
    editor.tabs.go_to_field(path)
    assert editor.tabs.currentWidget() is getattr(editor.tabs, tab)
    assert focused == ([field] if field else [])
