"""The editor's Court tab: a lawyer keeps the court record; others see it read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseintake.services.cases import load_case
from caseintake.ui.editor.court import CourtTab
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases
from tests.gui.test_editor import open_editor
from tests.unit.test_court_record import rich_case


def _court(editor: Any) -> CourtTab:
    tab: CourtTab = editor.tabs.court
    editor.tabs.setCurrentWidget(tab)
    return tab


def test_lawyer_edits_and_saves_the_court_record(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, tmp_path: Path
) -> None:
    ref = import_cases(store["sup"], rich_case())[0]
    editor = open_editor(qtbot, store, runner, "lawyer", ref)
    tab = _court(editor)
    charges = tab.tables["charges"]
    assert charges.rowCount() == 3 and charges.value(1, 1).startswith("RA 9208")
    assert tab.tables["detention"].value(0, 0) == "detained"
    assert tab.save_button.isEnabled()
    for _ in range(3):
        QApplication.processEvents()  # let the layout settle before the picture
    tab.grab().save(str(tmp_path / "court-tab.png"))  # looked at while writing the tab
    assert not tab.dirty()
    qtbot.keyClicks(tab.prosecutor, " (acting)")
    assert tab.dirty() and "Not saved yet" in tab.hint.text()
    tab.prosecutor.setText("Pros. Ana B. Cruz")
    qtbot.mouseClick(editor.findChild(type(tab.save_button), "courtChargesAdd"), Qt.MouseButton.LeftButton)
    new = charges.rowCount() - 1
    for column, value in enumerate(["R-CEB-26-00200-CR", "RA 11930", "Sec. 4(a)", "2", "", "2026-05-02"]):
        charges.set_value(new, column, value)
    measures = tab.tables["measures"]
    comfort = next(r for r in range(measures.rowCount()) if measures.value(r, 1) == "comfort_object")
    measures.set_value(comfort, 2, "granted")
    measures.set_value(comfort, 4, "2026-04-13")
    with qtbot.waitSignal(tab.saved, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.dirty() and "Not saved yet" not in tab.hint.text()
    case = load_case(store["sup"], ref)
    assert case.prosecutor == "Pros. Ana B. Cruz"
    assert case.criminal_cases[-1].number == "R-CEB-26-00200-CR"
    assert case.criminal_cases[-1].charges[0].counts == 2
    assert str(case.criminal_cases[-1].filed_on) == "2026-05-02"
    granted = next(m for m in case.persons[0].measures if m.measure == "comfort_object")
    assert granted.status == "granted" and str(granted.ruled_on) == "2026-04-13"
    assert len(case.exhibits) == 8 and case.exhibits[1].evidence == case.evidence[0].id  # untouched rows kept


def test_a_bad_row_is_named_and_nothing_is_saved(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    ref = import_cases(store["sup"], rich_case())[0]
    editor = open_editor(qtbot, store, runner, "lawyer", ref)
    tab = _court(editor)
    tab.prosecutor.setText("Someone else")
    tab.tables["exhibits"].set_value(0, 4, "13/04/2026")  # not an ISO date
    with qtbot.waitSignal(tab.notice, timeout=2000) as said:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert said.args is not None and said.args[0].startswith("exhibits[0].offered_on")
    assert load_case(store["sup"], ref).prosecutor != "Someone else"


def test_social_worker_sees_it_read_only(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    ref = import_cases(store["sup"], rich_case())[0]
    editor = open_editor(qtbot, store, runner, "worker", ref)
    tab = _court(editor)
    assert not tab.save_button.isEnabled()
    assert not tab.prosecutor.isEnabled() and not tab.tables["charges"].isEnabled()
    assert "lawyers and supervisors" in tab.hint.text()


def test_summary_options_tick_no_note_by_default(qtbot: QtBot, store: dict[str, Any], tmp_path: Path) -> None:
    from caseintake.services.summaries import write_hearing_summary
    from caseintake.ui.editor.summary_options import SummaryOptionsDialog

    ref = import_cases(store["sup"], rich_case())[0]
    case = load_case(store["lawyer"], ref)
    trial = case.hearings[2]
    dialog = SummaryOptionsDialog(case, trial.id)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.note_ids == () and options.paper == "long" and options.layout == "court"
    assert options.hearing_id == trial.id
    dialog.notes.item(2).setCheckState(Qt.CheckState.Checked)  # the case conference
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("working-copy"))
    options = dialog.options()
    assert options.note_ids == (case.notes[2].id,) and options.layout == "working-copy"
    dialog.grab().save(str(tmp_path / "summary-options.png"))
    out = tmp_path / "out" / "s.pdf"
    out.parent.mkdir()
    written = write_hearing_summary(
        store["lawyer"], ref, out, hearing_id=options.hearing_id, paper=options.paper, layout=options.layout,
        note_ids=options.note_ids, include_note_text=options.include_note_text,
    )  # fmt: skip
    assert written.pages > 1


def test_unsaved_court_edits_are_asked_about_and_saved_with_the_case(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    second = rich_case()
    second.pop("reference", None)  # a reference is generated
    ref, other = import_cases(store["sup"], rich_case(), second)
    editor = open_editor(qtbot, store, runner, "lawyer", ref)
    tab = _court(editor)
    qtbot.keyClicks(tab.prosecutor, " (acting)")
    assert editor.has_unsaved_changes()
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.open_case(other)
    qtbot.waitUntil(lambda: editor.draft is not None and editor.draft.reference == other, timeout=5000)
    assert asked and "not saved" in asked[0]
    assert load_case(store["sup"], ref).prosecutor.endswith(" (acting)")

    # Ctrl+S saves the court record too.
    tab = _court(editor)
    tab.prosecutor.setText("Pros. Lito Reyes")
    with qtbot.waitSignal(tab.saved, timeout=5000):
        editor.save()
    assert load_case(store["sup"], other).prosecutor == "Pros. Lito Reyes"
    assert not editor.has_unsaved_changes()
