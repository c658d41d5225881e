"""Search as you type, key to painted results (issue 18, item 2).

A newer search stops the read still under way and drops those not started; a write on the same
database thread is never stopped; new rows replace the old by the smallest change, keeping the
selected case; the wait after a key is short while searches are quick.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from caseintake.storage.database import QueryInterrupted
from caseintake.ui.cases import model as model_module
from caseintake.ui.cases import search_delay
from caseintake.ui.cases.panel import CaseListPanel
from caseintake.ui.cases.search_delay import SearchDelay
from caseintake.ui.tasks import CancelToken, TaskRunner
from tests.conftest import import_cases, sample_case
from tests.gui.conftest import signed_in

#: A read that takes long and steps the SQLite machine all the while (so it can be stopped).
COUNTING = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < ?) "
SLOW_READ = COUNTING + "SELECT count(*) FROM r"
#: About a quarter of a second of counting on the office laptops.
SLOW_ROWS = 1_000_000
#: Minutes of counting: only ever run to be stopped.
ENDLESS_ROWS = 200_000_000


def _cases(store: dict[str, Any], count: int) -> None:
    import_cases(
        store["sup"],
        *[
            sample_case(
                opened_on=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                summary=f"Case number {i}; {'mango' if i % 2 else 'grooming'} report.",
            )
            for i in range(count)
        ],
    )


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str | None]]:
    """The list's reads made slow: each counts for a while before the real one, and notes the
    searches that started and those that ran to the end."""
    seen: dict[str, list[str | None]] = {"started": [], "finished": []}
    real = model_module.list_cases

    def slow_list_cases(session: Any, **kwargs: Any) -> Any:
        seen["started"].append(kwargs["search"])
        session.db.scalar(SLOW_READ, (SLOW_ROWS,))
        seen["finished"].append(kwargs["search"])
        return real(session, **kwargs)

    monkeypatch.setattr(model_module, "list_cases", slow_list_cases)
    return seen


def _type(qtbot: QtBot, panel: CaseListPanel, letter: str) -> None:
    """One key, and its search asked for at once, as a debounce that fired would."""
    qtbot.keyClicks(panel.search, letter)
    panel.apply_filters()


def _shown(search: str) -> Any:
    return lambda text: text == search


def test_typing_runs_only_the_last_search_to_the_end(
    qtbot: QtBot,
    store: dict[str, Any],
    runner: TaskRunner,
    reads: dict[str, list[str | None]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    _cases(store, 6)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    caplog.set_level(logging.DEBUG)
    with (
        qtbot.assertNotEmitted(panel.model.failed),
        qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("groom"), timeout=5000),
    ):
        for letter in "groom":
            _type(qtbot, panel, letter)
    assert reads["finished"] == ["groom"]  # "g", "gr"... were stopped or never started
    assert reads["started"][-1] == "groom"
    assert panel.model.rowCount() == 3
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert [r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG] == []


def test_a_running_read_stops_and_the_connection_answers_the_next(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    db = store["sup"].db
    expected = db.scalar("SELECT count(*) FROM cases")
    token = CancelToken()
    looks: list[bool] = []
    stopped: list[bool] = []
    answers: list[Any] = []
    failures: list[Exception] = []

    def should_stop() -> bool:
        looks.append(True)  # the read is stepping
        return token.is_cancelled()

    def read() -> Any:
        with db.interruptible(should_stop):
            try:
                return db.scalar(SLOW_READ, (ENDLESS_ROWS,))
            except QueryInterrupted:
                stopped.append(True)
                raise

    caplog.set_level(logging.DEBUG)
    runner.run(read, answers.append, failures.append, token=token)
    qtbot.waitUntil(lambda: bool(looks), timeout=5000)
    started = time.monotonic()
    token.cancel()
    runner.run(lambda: db.scalar("SELECT count(*) FROM cases"), answers.append, failures.append)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert time.monotonic() - started < 2
    assert stopped == [True]
    assert answers == [expected] and failures == []  # the stopped read is not heard of
    assert [r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG] == []


def test_writes_in_an_interruptible_block_are_never_stopped(store: dict[str, Any]) -> None:
    db = store["sup"].db
    db.execute("CREATE TEMP TABLE scratch (x INTEGER)")
    rows = 50_000
    with db.interruptible(lambda: True):  # asked to stop from the first look on
        db.execute("INSERT INTO scratch " + COUNTING + "SELECT x FROM r", (rows,))
        with db.atomic():
            db.execute("INSERT INTO scratch " + COUNTING + "SELECT x FROM r", (rows,))
            assert db.scalar(SLOW_READ, (rows,)) == rows  # a read inside a write goes on too
        with pytest.raises(QueryInterrupted):
            db.scalar(SLOW_READ, (rows,))
        assert db.scalar("SELECT count(*) FROM scratch") == 2 * rows  # short: never looked at
    assert db.scalar(SLOW_READ, (rows,)) == rows  # the block's look ended with it


def test_a_save_between_searches_is_never_stopped(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, reads: dict[str, list[str | None]]
) -> None:
    """A save queued behind a search and running while the next searches cancel theirs: each
    token stops its own read only."""
    _cases(store, 4)
    db = store["sup"].db
    db.execute("CREATE TEMP TABLE saved (x INTEGER)")
    panel = CaseListPanel(signed_in(store, runner, "sup"))  # the connection is the runner's from here
    qtbot.addWidget(panel)
    saving = threading.Event()
    saved: list[Any] = []
    failures: list[Exception] = []
    rows = 300_000

    def save() -> Any:
        saving.set()
        with db.atomic():
            db.execute("INSERT INTO saved " + COUNTING + "SELECT x FROM r", (rows,))
        return db.scalar("SELECT count(*) FROM saved")

    _type(qtbot, panel, "g")
    runner.run(save, saved.append, failures.append)
    _type(qtbot, panel, "r")  # stops "g"; the save runs next
    assert saving.wait(5)
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("groom"), timeout=5000):
        for letter in "oom":  # cancels the searches queued behind the running save
            _type(qtbot, panel, letter)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert saved == [rows] and failures == []
    assert reads["finished"] == ["groom"]


def _select(panel: CaseListPanel, reference: str) -> None:
    panel.select_reference(reference)
    assert panel.model.reference_at(panel.table.currentIndex().row()) == reference


def test_the_selected_case_stays_selected_when_it_is_still_listed(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    _cases(store, 12)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("groom"), timeout=5000):
        panel.search.setText("groom")
        panel.apply_filters()
    grooming = [row.reference for row in panel.model.rows]
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown(""), timeout=5000):
        panel.search.setText("")
        panel.apply_filters()
    everything = [row.reference for row in panel.model.rows]
    kept = next(ref for ref in everything[4:] if ref in grooming)  # moves up when filtered
    _select(panel, kept)
    moves: list[int] = []
    resets: list[bool] = []
    panel.table.selectionModel().currentRowChanged.connect(lambda now, _before: moves.append(now.row()))
    panel.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("groom"), timeout=5000):
        panel.search.setText("groom")
        panel.apply_filters()
    assert [row.reference for row in panel.model.rows] == grooming
    row = panel.table.currentIndex().row()
    assert panel.model.reference_at(row) == kept and row != everything.index(kept)
    assert [index.row() for index in panel.table.selectionModel().selectedRows()] == [row]
    assert resets == [] and moves == []  # no reset, and the editor is not sent elsewhere

    gone = next(ref for ref in grooming if ref != kept)
    _select(panel, gone)
    moves.clear()
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("mango"), timeout=5000):
        panel.search.setText("mango")
        panel.apply_filters()
    assert not panel.table.currentIndex().isValid()  # nothing selected; no neighbour opened
    assert not panel.table.selectionModel().hasSelection() and moves == []


def test_the_same_answer_changes_nothing_and_paging_goes_on(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner
) -> None:
    _cases(store, 130)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.apply_filters()
    assert panel.model.rowCount() == 100
    changes: list[str] = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved", "dataChanged", "layoutChanged"):
        getattr(panel.model, name).connect(lambda *args, name=name: changes.append(name))
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.apply_filters()  # as after a save: asked again, same answer
    assert changes == []
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("groom"), timeout=5000):
        panel.search.setText("groom")
        panel.apply_filters()
    assert panel.model.rowCount() == 65 and "modelReset" not in changes
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown(""), timeout=5000):
        panel.search.setText("")
        panel.apply_filters()
    assert panel.model.rowCount() == 100 and panel.model.canFetchMore()
    panel.model.fetchMore()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 130 and not panel.model.loading)
    opened = [(row.opened_on, row.reference) for row in panel.model.rows]
    assert opened == sorted(opened, reverse=True) and len({ref for _, ref in opened}) == 130


def test_the_wait_after_a_key_follows_the_time_searches_take() -> None:
    delay = SearchDelay()
    assert delay.ms == search_delay.SHORTEST_MS
    assert delay.observe(0.020) == search_delay.SHORTEST_MS  # quick reads: the shortest wait
    assert delay.observe(1.0) > search_delay.SHORTEST_MS  # one slow read lengthens it
    assert delay.observe(1.0) == search_delay.LONGEST_MS  # slow reads: the longest, no more
    waits = [delay.observe(0.010) for _ in range(4)]
    assert waits == sorted(waits, reverse=True) and waits[-1] == search_delay.SHORTEST_MS


def test_the_panel_waits_less_after_quick_searches_and_more_after_slow(
    qtbot: QtBot, store: dict[str, Any], runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = model_module.list_cases
    pause = [0.0]

    def timed_list_cases(session: Any, **kwargs: Any) -> Any:
        time.sleep(pause[0])  # a read this much slower
        return real(session, **kwargs)

    monkeypatch.setattr(model_module, "list_cases", timed_list_cases)
    panel = CaseListPanel(signed_in(store, runner, "sup"))
    qtbot.addWidget(panel)
    assert panel._debounce.interval() == search_delay.SHORTEST_MS
    pause[0] = 0.35
    with qtbot.waitSignal(panel.results_shown, timeout=5000):
        panel.apply_filters()
    assert panel._debounce.interval() == search_delay.LONGEST_MS
    pause[0] = 0.0
    for _ in range(4):
        with qtbot.waitSignal(panel.results_shown, timeout=5000):
            panel.apply_filters()
    assert panel._debounce.interval() == search_delay.SHORTEST_MS
    with qtbot.waitSignal(panel.results_shown, check_params_cb=_shown("x"), timeout=5000):
        qtbot.keyClicks(panel.search, "x")  # the key alone: the timer asks
