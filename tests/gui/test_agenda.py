"""The hearings agenda: clash warnings, mine/everyone, the .ics export, the week ahead."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from caseintake.services import users
from caseintake.services.documents import list_documents
from caseintake.ui.agenda import AgendaWindow, show_upcoming
from caseintake.ui.agenda.model import CLASH_ROLE, WHEN
from caseintake.ui.agenda.window import qdate
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in

DAY = date(2026, 12, 2)


def hearing(starts_at: str, lawyer: str, court: str = "RTC Branch 12, Cebu City") -> dict[str, Any]:
    return {"court": court, "kind": "trial", "starts_at": starts_at, "status": "scheduled", "lawyer": lawyer}


@pytest.fixture
def court_dates(store: dict[str, Any]) -> list[str]:
    """Two hearings of `lawyer` an hour apart, and one of `lawyer2` at the same time."""
    users.add_user(store["sup"], "lawyer2", "lawyer", "second lawyer passphrase")
    return import_cases(
        store["sup"],
        sample_case(hearings=[hearing("2026-12-02T08:30:00+08:00", "lawyer")]),
        sample_case(hearings=[hearing("2026-12-02T09:30:00+08:00", "lawyer")]),
        sample_case(hearings=[hearing("2026-12-02T08:30:00+08:00", "lawyer2")]),
    )


def agenda_for(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, who: str) -> AgendaWindow:
    window = AgendaWindow(signed_in(store, runner, who), today=DAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed):
        window.refresh()
    return window


def test_agenda_shows_a_clash_of_one_lawyer(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, court_dates: list[str]
) -> None:
    window = agenda_for(qtbot, store, runner, "sup")
    model = window.model
    assert window.everyone_button.isChecked()
    assert model.rowCount() == 3
    flagged = {model.item_at(r).reference for r in range(3) if model.index(r, WHEN).data(CLASH_ROLE)}
    assert flagged == {court_dates[0], court_dates[1]}
    first = next(r for r in range(3) if model.item_at(r).reference == court_dates[0])
    assert model.index(first, WHEN).data(Qt.ItemDataRole.DecorationRole) is not None
    tip = model.index(first, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "Possible clash" in tip and court_dates[1] in tip and "09:30" in tip and "lawyer" in tip
    other = next(r for r in range(3) if model.item_at(r).reference == court_dates[2])
    assert model.index(other, WHEN).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "2 with a possible clash" in window.heading.text()
    assert model.index(first, WHEN).data() == "Wed 2 Dec 2026, 08:30"
    day_format = window.calendar.dateTextFormat(qdate(DAY))
    assert day_format.fontWeight() == QFont.Weight.Bold
    assert window.calendar.dateTextFormat(qdate(date(2026, 12, 3))).fontWeight() != QFont.Weight.Bold
    window.clear()  # locking: nothing of the agenda stays on screen
    assert window.model.rowCount() == 0 and window.heading.text() == ""
    assert window.calendar.dateTextFormat(qdate(DAY)).fontWeight() != QFont.Weight.Bold


def test_mine_and_everyone(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, court_dates: list[str]
) -> None:
    window = agenda_for(qtbot, store, runner, "lawyer")
    assert window.mine_button.isChecked()  # a lawyer starts with their own hearings
    assert {window.model.item_at(r).lawyer for r in range(window.model.rowCount())} == {"lawyer"}
    assert window.model.rowCount() == 2 and window.model.clash_count() == 2
    with qtbot.waitSignal(window.refreshed):
        qtbot.mouseClick(window.everyone_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 3
    assert window.heading.text().startswith("All hearings")
    with qtbot.waitSignal(window.refreshed):
        window.span.setCurrentIndex(window.span.findData("day"))
    with qtbot.waitSignal(window.refreshed):
        window.calendar.setSelectedDate(qdate(date(2026, 12, 3)))
    assert window.model.rowCount() == 0 and not window.export_button.isEnabled()


def test_activating_a_row_asks_for_the_case(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, court_dates: list[str]
) -> None:
    window = agenda_for(qtbot, store, runner, "sup")
    window.show()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 1))
    with qtbot.waitSignal(window.case_requested) as asked:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert asked.args == [window.model.item_at(0).reference]


def test_ics_export_writes_and_a_leaky_court_is_blocked(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    court_dates: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "hearings"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = agenda_for(qtbot, store, runner, "sup")
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in window.message.text())
    written = target.with_name("hearings.ics").read_text("utf-8")
    assert written.count("BEGIN:VEVENT") == 3 and court_dates[0] in written
    assert "3 hearings" in window.message.text() and window.export_button.isEnabled()

    import_cases(
        store["sup"], sample_case(hearings=[hearing("2026-12-02T14:00:00+08:00", "lawyer", "Bautista Hall")])
    )
    with qtbot.waitSignal(window.refreshed):
        window.refresh()
    blocked = tmp_path / "out" / "leak.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked), ""))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "blocked" in window.message.text())
    assert "legal name" in window.message.text() and "Bautista" not in window.message.text()
    assert not blocked.exists()
    # A supervisor may clear a false hit from the block itself: one word, for that one person.
    dialog = window.leak_dialog
    assert dialog.allow_buttons
    assert any("bautista" in label.text() for label in dialog.findChildren(QLabel))
    every = dialog.findChild(QPushButton, "allowAllWordsButton")  # a surname of several people
    qtbot.mouseClick(every, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Allowed for" in dialog.status.text())
    dialog.close()
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in window.message.text())
    assert blocked.exists() and "Bautista Hall" in blocked.read_text("utf-8")
    assert [d.kind for d in list_documents(store["worker"])] == ["calendar", "calendar"]


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    court_dates: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window = agenda_for(qtbot, store, runner, "sup")
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "" and runner.pending == 0


def test_next_seven_days_at_unlock_and_escape_closes(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, court_dates: list[str]
) -> None:
    state = signed_in(store, runner, "lawyer")
    dialog = show_upcoming(state, None, today=date(2026, 11, 28))
    with qtbot.waitSignal(dialog.loaded) as loaded:
        pass
    assert loaded.args == [2]
    assert dialog.isVisible() and dialog.model.rowCount() == 2
    assert "Your hearings" in dialog.heading.text() and "may clash" in dialog.heading.text()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_nothing_in_the_next_seven_days_shows_no_dialog(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, court_dates: list[str]
) -> None:
    dialog = show_upcoming(signed_in(store, runner, "sup"), None, today=date(2026, 12, 3))
    with qtbot.waitSignal(dialog.loaded) as loaded:
        pass
    assert loaded.args == [0] and not dialog.isVisible()


def test_a_period_with_too_many_hearings_lists_whole_days_and_exports_them_all(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `WINDOW_ROWS` the list stops after the last whole day and says so; the calendar file
    still holds every hearing of the period (issue 18: a month of a million-case office)."""
    from caseintake.services import agenda as rules

    times = ["2026-12-01T09:00:00+08:00", "2026-12-02T08:30:00+08:00", "2026-12-02T15:00:00+08:00"]
    times.append("2026-12-10T09:00:00+08:00")
    import_cases(store["sup"], *(sample_case(hearings=[hearing(t, "lawyer")]) for t in times))
    monkeypatch.setattr(rules, "WINDOW_ROWS", 2)
    window = agenda_for(qtbot, store, runner, "sup")
    assert window.model.rowCount() == 1
    assert "too many hearings" in window.message.text() and "1 Dec 2026" in window.message.text()
    assert window.calendar.dateTextFormat(qdate(date(2026, 12, 1))).fontWeight() == QFont.Weight.Bold
    assert window.calendar.dateTextFormat(qdate(date(2026, 12, 10))).fontWeight() != QFont.Weight.Bold
    target = tmp_path / "month.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in window.message.text())
    assert target.read_text("utf-8").count("BEGIN:VEVENT") == 4
    assert "4 hearings" in window.message.text()
    with qtbot.waitSignal(window.refreshed):  # a day fits: the whole of it is listed
        window.span.setCurrentIndex(window.span.findData("day"))
    assert window.model.rowCount() == 2
    assert window.message.text().startswith("The calendar marks days up to 1 Dec 2026 only")
    monkeypatch.setattr(rules, "WINDOW_ROWS", 10)
    with qtbot.waitSignal(window.refreshed):  # everything fits: no warning at all
        window.span.setCurrentIndex(window.span.findData("month"))
    assert window.model.rowCount() == 4 and window.message.text() == ""


def test_the_week_ahead_of_a_very_large_office_lists_whole_days(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseintake.services import agenda as rules

    times = ["2026-12-01T09:00:00+08:00", "2026-12-02T08:30:00+08:00", "2026-12-02T15:00:00+08:00"]
    import_cases(store["sup"], *(sample_case(hearings=[hearing(t, "lawyer")]) for t in times))
    monkeypatch.setattr(rules, "WINDOW_ROWS", 2)
    dialog = show_upcoming(signed_in(store, runner, "sup"), None, today=date(2026, 11, 30))
    with qtbot.waitSignal(dialog.loaded) as loaded:
        pass
    assert loaded.args == [1] and dialog.model.rowCount() == 1
    assert "Listed up to 1 Dec; the agenda has the rest." in dialog.heading.text()
    dialog.close()
