"""The case list: pages arrive in the background, search as you type, filters, clearing."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from caseintake.ui.cases.panel import CaseListPanel
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.tasks import TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in


def _cases(store: dict[str, Any], count: int) -> None:
    import_cases(
        store["sup"],
        *[
            sample_case(
                opened_on=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                status="active" if i % 3 else "closed",
                summary=f"Case number {i} with AAA; {'livestream' if i % 2 else 'grooming'} report.",
            )
            for i in range(count)
        ],
    )


def test_first_page_then_more_on_scroll(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    _cases(store, 130)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    panel.apply_filters()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100)
    assert panel.model.canFetchMore()
    panel.model.fetchMore()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 130)
    assert not panel.model.canFetchMore()
    opened = [row.opened_on for row in panel.model.rows]
    assert opened == sorted(opened, reverse=True)
    assert "130 cases shown" in panel.summary.text()


def test_search_as_you_type_and_filters(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    _cases(store, 20)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "groom")
    qtbot.waitUntil(lambda: panel.model.query.search == "groom" and not panel.model.loading)
    assert panel.model.rowCount() == 10
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: not panel.model.loading and panel.model.query.status == "closed")
    assert {row.status for row in panel.model.rows} == {"closed"}
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.query.search == "" and not panel.model.loading)
    assert panel.model.rowCount() == 7  # every third case is closed


def test_sorting_by_reference(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    _cases(store, 5)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    panel.table.sortByColumn(0, panel.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    qtbot.waitUntil(lambda: panel.model.query.sort == "reference" and panel.model.rowCount() == 5)
    references = [row.reference for row in panel.model.rows]
    assert references == sorted(references)


def test_clear_leaves_nothing(qtbot: QtBot, store: dict[str, Any], runner: TaskRunner) -> None:
    _cases(store, 3)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    panel.apply_filters()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.search.setText("AAA")
    panel.clear()
    assert panel.model.rowCount() == 0
    assert panel.search.text() == ""


def test_idle_lock_fires_after_the_set_minutes(qtbot: QtBot) -> None:
    now = [0.0]
    idle = IdleLock(5, clock=lambda: now[0])
    idle.arm()
    now[0] = 4 * 60
    with qtbot.assertNotEmitted(idle.lock_requested):
        idle.check()
    idle.last_input = now[0]  # the user touched the keyboard
    now[0] += 4.9 * 60
    with qtbot.assertNotEmitted(idle.lock_requested):
        idle.check()
    now[0] += 0.2 * 60
    with qtbot.waitSignal(idle.lock_requested, timeout=1000):
        idle.check()
    assert not idle.armed
