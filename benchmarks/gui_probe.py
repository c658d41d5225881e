"""The GUI, measured from outside: each probe is a whole new process on the offscreen platform.

Launch: `python -c LAUNCH_SCRIPT` runs the real entry point (`caseintake.cli.main([... "gui"])`)
with the unlock dialog subclassed only to notice its first paint, then cancel it. The parent
passes `time.time()` taken just before starting the process, so the figure covers interpreter
start-up, imports, QApplication, the main window being built and the dialog being painted.

Memory: `python -m benchmarks.gui_probe memory ...` unlocks, opens the main window on the case
list, waits for the first page, scrolls down a few pages (each fetched by the model's
`fetchMore`), and reports the peak resident set size (`VmHWM`; `ru_maxrss` beside it) and the
current one, with both at each stage.

Interaction (`python -m benchmarks.gui_probe interact ...`, the scale run's GUI probe): unlocks,
shows the real main window at 1366x768 with the case list, then times, through the real widgets
and the real database thread:

- keystroke → painted results: a word typed one key at a time (`QTest.keyClick`, 100 ms apart, a fast typist)
  into the search box; from the last key to the first paint of the table's viewport (or of the
  list's count line, for a search that finds nothing) after the rows for the whole word arrived.
  The parts: the search box's pause before it asks (its debounce), the query, the paint;
- open case → editor painted: Enter on a row of the list (the view's `activated`), to the first
  paint of the editor's first tab holding that case;
- save → saved shown: a letter typed into the Province field (then taken away by the next
  sample, so the case ends as it began) and Tab, a click on Save, to the paint of the header's state
  label reading "All changes saved".

Paints are seen by event filters on the widgets themselves, so a figure ends when Qt painted the
pixels into the window's backing store, not when a model changed. If the case list panel has a
`results_shown` signal (a colleague's addition), its emission is taken as "the rows arrived".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
T0_VARIABLE = "CASEINTAKE_BENCH_T0"

LAUNCH_SCRIPT = """
import json, os, sys, time
T0 = float(os.environ["CASEINTAKE_BENCH_T0"])
marks = {}
import caseintake.app as gui
from PySide6.QtCore import QTimer
marks["imported_s"] = time.time() - T0

class FirstPaint(gui.UnlockDialog):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "shown_s" not in marks:
            marks["shown_s"] = time.time() - T0
            QTimer.singleShot(0, self.reject)

gui.UnlockDialog = FirstPaint
from caseintake.cli import main
code = main(["--db", sys.argv[1], "--user", sys.argv[2], "gui"])
marks["exit_code"] = code
print("PROBE " + json.dumps(marks), flush=True)
"""


def _environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(scratch / "config"),  # QSettings: leave the user's alone
            "CASEINTAKE_LOG_DIR": str(scratch / "logs"),
            "PYTHONPATH": str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
        }
    )
    return env


def _probe_output(completed: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    for line in completed.stdout.splitlines():
        if line.startswith("PROBE "):
            result: dict[str, Any] = json.loads(line[len("PROBE ") :])
            return result
    tail = (completed.stderr or completed.stdout)[-800:]
    raise RuntimeError(f"the GUI probe reported nothing (exit {completed.returncode}): {tail}")


def launch_once(db: Path, user: str, scratch: Path) -> dict[str, Any]:
    """Seconds from process start to the painted unlock dialog, with the import share."""
    env = _environment(scratch)
    env[T0_VARIABLE] = repr(time.time())
    completed = subprocess.run(
        [sys.executable, "-c", LAUNCH_SCRIPT, str(db), user],
        env=env,
        cwd=scratch,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return _probe_output(completed)


def memory_once(folder: Path, cases: int, seed: int, long_case: str, kind: str, pages: int) -> dict[str, Any]:
    """Peak and current resident memory of the GUI with the case list open and scrolled."""
    with tempfile.TemporaryDirectory(prefix="caseintake-gui-") as scratch:
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.gui_probe",
                "memory",
                "--folder",
                str(folder),
                "--cases",
                str(cases),
                "--seed",
                str(seed),
                "--long-case",
                long_case,
                "--kind",
                kind,
                "--pages",
                str(pages),
            ],
            env=_environment(Path(scratch)),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    return _probe_output(completed)


# -- inside the memory probe's process ----------------------------------------------------------------


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _rss_now_kib() -> int:
    return _status_kib("VmRSS")


def _memory_probe(args: argparse.Namespace) -> dict[str, Any]:
    import resource

    from PySide6.QtCore import QEventLoop, QSettings

    from benchmarks.databases import BenchData, open_bench_session
    from caseintake.app import application
    from caseintake.ui.idle_lock import IdleLock
    from caseintake.ui.main_window import MainWindow
    from caseintake.ui.state import AppState
    from caseintake.ui.tasks import TaskRunner

    stages: dict[str, float] = {}

    def stage(name: str) -> None:
        """Peak and current resident memory so far, to show where the memory goes."""
        stages[name] = round(_status_kib("VmHWM") / 1024, 1)
        stages[name + " (now)"] = round(_rss_now_kib() / 1024, 1)

    stage("imports")
    app = application()
    data = BenchData(args.folder, args.cases, args.seed, args.long_case)

    def wait_for(condition: Any, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("the case list did not load in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)

    runner = TaskRunner()
    state = AppState(db_path=data.path(args.kind), runner=runner)
    window = MainWindow(state, QSettings(), IdleLock(5))
    stage("main window built")
    started = time.perf_counter()
    session = open_bench_session(data, args.kind)
    unlocked = time.perf_counter() - started
    stage("unlocked")
    window.signed_in(session)
    window.show()
    model = window.cases.model
    wait_for(lambda: len(model.rows) >= 100 and not model.loading)
    first_page = time.perf_counter() - started
    stage("first page shown")
    table = window.cases.table
    for page in range(args.pages):
        want = 100 * (page + 2)
        table.scrollToBottom()
        app.processEvents()
        if not model.loading and len(model.rows) < want:
            model.fetchMore()
        wait_for(lambda want=want: len(model.rows) >= want and not model.loading)
    rows = len(model.rows)
    stage("scrolled")
    result = {
        "kind": args.kind,
        "rows_loaded": rows,
        "unlock_s": unlocked,
        "first_page_shown_s": first_page,
        # VmHWM, the peak of this process's own memory. ru_maxrss is reported too, but on Linux it
        # keeps the size of the parent it was forked from (the benchmark, with its two open
        # databases), so it can exceed what the GUI ever used.
        "peak_rss_mib": _status_kib("VmHWM") / 1024,
        "ru_maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_now_mib": _rss_now_kib() / 1024,
        "stages_mib": stages,
    }
    window.cases.clear()
    state.sign_out()
    runner.shutdown()
    return result


def interact_once(data: Any, kind: str, samples: int) -> dict[str, Any]:
    """Keystroke, open and save timings (seconds per sample) from one GUI process."""
    with tempfile.TemporaryDirectory(prefix="caseintake-gui-") as scratch:
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.gui_probe",
                "interact",
                "--folder",
                str(data.folder),
                "--cases",
                str(data.cases),
                "--seed",
                str(data.seed),
                "--long-case",
                data.long_case,
                "--kind",
                kind,
                "--samples",
                str(samples),
            ],
            env=_environment(Path(scratch)),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=600 + 30 * samples,
            check=False,
        )
    return _probe_output(completed)


#: Words typed into the search box, one per sample, in turn: each finds cases in the demo data.
TYPED_WORDS = ("cebu", "shelter", "trafficking", "grandmother", "osaec", "davao", "live link", "AAA")
KEY_GAP_S = 0.1
SAVED_TEXT = "All changes saved"


class _PaintWatch:
    """Times of Paint events on chosen widgets, from an application-wide event filter."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    for name, widget in watch.widgets.items():
                        if obj is widget:
                            watch.painted(name)
                return False

        self.widgets: dict[str, Any] = {}
        self.armed: dict[str, Any] = {}  # name -> condition; the first paint meeting it is kept
        self.times: dict[str, float] = {}
        self.filter = Filter()

    def painted(self, name: str) -> None:
        condition = self.armed.get(name)
        if condition is not None and condition():
            self.times.setdefault(name, time.perf_counter())


def _note(text: str) -> None:
    """Progress of the interaction probe on stderr (shown when the probe fails)."""
    print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def _interact_probe(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    from benchmarks.databases import BenchData, open_bench_session
    from caseintake.app import application
    from caseintake.ui.idle_lock import IdleLock
    from caseintake.ui.main_window import MainWindow
    from caseintake.ui.state import AppState
    from caseintake.ui.tasks import TaskRunner

    app = application()
    data = BenchData(args.folder, args.cases, args.seed, args.long_case)
    failures: dict[str, int] = {"keystroke": 0, "open_case": 0, "save": 0}

    def run_until(condition: Any, seconds: float = 30.0) -> bool:
        """Run the event loop (not a sleep) until `condition()` holds; False after `seconds`."""
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: loop.quit() if condition() else None)
        give_up = QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        if condition():
            return True
        poll.start()
        give_up.start(int(seconds * 1000))
        loop.exec()
        poll.stop()
        give_up.stop()
        return bool(condition())

    def pause(seconds: float) -> None:
        until = time.perf_counter() + seconds
        run_until(lambda: time.perf_counter() >= until, seconds + 1)

    runner = TaskRunner()
    state = AppState(db_path=data.path(args.kind), runner=runner)
    window = MainWindow(state, QSettings(), IdleLock(60))
    window.resize(1366, 768)
    session = open_bench_session(data, args.kind)
    _note("unlocked")
    window.signed_in(session)
    window.show()
    window.activateWindow()
    panel, model, editor = window.cases, window.cases.model, window.editor
    if not run_until(lambda: len(model.rows) >= 100 and not model.loading, 300):
        raise RuntimeError("the case list showed no first page within 300 s")
    _note("first page shown")
    pause(0.5)

    def close_dialogs() -> None:
        """The upcoming-hearings window (shown once its hearings are read) and any other."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.close()
        window.activateWindow()

    close_dialogs()
    pause(0.2)

    watch = _PaintWatch()
    app.installEventFilter(watch.filter)
    watch.widgets = {
        "viewport": panel.table.viewport(),
        "count": panel.summary,
        "editor": editor.tabs.currentWidget(),
        "state": editor.header.state,
    }

    # (a) keystroke → painted results
    marks: dict[str, float] = {}  # asked, arrived, shown: for the word being typed
    wanted = {"text": ""}
    results_shown = getattr(panel, "results_shown", None)

    def query_matches() -> bool:
        return model.query.search == wanted["text"]

    def mark(name: str) -> None:
        if query_matches():
            marks.setdefault(name, time.perf_counter())

    product_set_query = model.set_query

    def set_query(query: Any) -> None:  # the panel asks the model: the search box's pause is over
        if query.search == wanted["text"]:
            marks.setdefault("asked", time.perf_counter())
        product_set_query(query)

    model.set_query = set_query  # type: ignore[method-assign]  # this probe's instance only
    first_page_shown = getattr(model, "first_page_shown", None)
    if first_page_shown is not None:
        first_page_shown.connect(lambda *_a: mark("arrived"))
    else:
        model.loading_changed.connect(lambda loading: None if loading else mark("arrived"))
    if results_shown is not None:  # emitted once the table has painted the answer
        results_shown.connect(lambda text: mark("shown") if text == wanted["text"] else None)
    keystroke: list[float] = []
    parts: dict[str, list[float]] = {"pause": [], "query": [], "paint": []}
    search = panel.search
    for n in range(args.samples):
        word = TYPED_WORDS[n % len(TYPED_WORDS)]
        search.setFocus()
        search.selectAll()
        QTest.keyClick(search, Qt.Key.Key_Backspace)
        run_until(lambda: model.query.search == "" and not model.loading, 30)
        pause(0.3)
        marks.clear()
        watch.times.clear()
        wanted["text"] = word
        if results_shown is None:
            watch.armed = {"viewport": lambda: "arrived" in marks, "count": lambda: "arrived" in marks}
        for index, char in enumerate(word):
            if index:
                pause(KEY_GAP_S)
            QTest.keyClicks(search, char)
        last_key = time.perf_counter()

        def shown() -> float | None:
            if results_shown is not None:
                return marks.get("shown")
            times = [t for name, t in watch.times.items() if name in ("viewport", "count")]
            return min(times) if times else None

        ok = run_until(lambda: shown() is not None, 30)
        watch.armed = {}
        painted = shown()
        if not ok or painted is None:
            failures["keystroke"] += 1
            _note(
                f"keystroke {n}: {word!r} not shown ({sorted(marks)}, delay {panel._debounce.interval()} ms)"
            )
            continue
        _note(f"keystroke {n}: {word!r} {1000 * (painted - last_key):.0f} ms")
        keystroke.append(painted - last_key)
        if "asked" in marks and "arrived" in marks:
            parts["pause"].append(marks["asked"] - last_key)
            parts["query"].append(marks["arrived"] - marks["asked"])
            parts["paint"].append(max(0.0, painted - marks["arrived"]))  # 0: nothing to repaint
    wanted["text"] = "\0"  # nothing typed from here on is timed

    # (b) open case → editor painted
    close_dialogs()
    search.selectAll()
    QTest.keyClick(search, Qt.Key.Key_Backspace)
    run_until(lambda: model.query.search == "" and len(model.rows) > args.samples and not model.loading, 60)
    pause(0.3)
    opened: list[float] = []
    table = panel.table
    reference = ""
    for n in range(args.samples):
        row = n % max(1, len(model.rows))
        reference = model.reference_at(row) or ""
        table.setFocus()
        table.setCurrentIndex(model.index(row, 0))
        watch.times.clear()
        page = editor.tabs.widget(0)
        watch.widgets["editor"] = page
        watch.armed = {
            "editor": lambda ref=reference: editor.draft is not None and editor.draft.reference == ref
        }
        started = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_Return)
        ok = run_until(lambda: "editor" in watch.times, 30)
        watch.armed = {}
        if ok:
            opened.append(watch.times["editor"] - started)
        else:
            failures["open_case"] += 1
        _note(f"open {n}: {'ok' if ok else 'timed out'}")
        pause(0.1)

    # (c) save → "All changes saved" painted (on the case opened last)
    close_dialogs()
    saves: list[float] = []
    saved_text = QCoreApplication.translate("EditorHeader", SAVED_TEXT)
    province = editor.overview.province
    saved_seen: list[str] = []
    editor.saved.connect(saved_seen.append)
    editor.tabs.setCurrentIndex(0)
    samples = args.samples + args.samples % 2  # an even count: the case ends as it began
    original = province.text()
    for n in range(samples):
        province.setFocus()
        province.selectAll()
        QTest.keyClicks(province, original + "x" if n % 2 == 0 else original or "x")
        if n % 2 and not original:
            QTest.keyClick(province, Qt.Key.Key_Backspace)
        # Leave the field: Province marks the case changed (and enables Save) only when its
        # editing finishes, not while typing.
        QTest.keyClick(province, Qt.Key.Key_Tab)
        watch.times.clear()
        saved_seen.clear()
        watch.armed = {"state": lambda: bool(saved_seen) and editor.header.state.text() == saved_text}
        button = editor.header.save_button
        if not run_until(button.isEnabled, 10):
            failures["save"] += 1
            _note(f"save {n}: Save stayed disabled; state {editor.header.state.text()!r}")
            continue
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        ok = run_until(lambda: "state" in watch.times, 30)
        watch.armed = {}
        if ok:
            saves.append(watch.times["state"] - started)
        else:
            failures["save"] += 1
        _note(
            f"save {n}: {'ok' if ok else 'timed out'}; state {editor.header.state.text()!r},"
            f" saved signal {bool(saved_seen)}, message shown {editor.message.isVisible()}"
        )
        pause(0.05)

    app.removeEventFilter(watch.filter)
    result = {
        "kind": args.kind,
        "keystroke": keystroke,
        "keystroke_parts": parts,
        "search_delay_ms": panel._debounce.interval(),  # the wait at the end (it may adapt)
        "open_case": opened,
        "save": saves,
        "failures": failures,
        "used_results_shown": results_shown is not None,
    }
    editor.clear()
    window.cases.clear()
    state.sign_out()
    runner.shutdown()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="GUI probes of the benchmark (run by benchmarks.run)")
    sub = parser.add_subparsers(dest="probe", required=True)
    memory = sub.add_parser("memory")
    memory.add_argument("--folder", type=Path, required=True)
    memory.add_argument("--cases", type=int, required=True)
    memory.add_argument("--seed", type=int, required=True)
    memory.add_argument("--long-case", default="")
    memory.add_argument("--kind", choices=("encrypted", "unkeyed"), required=True)
    memory.add_argument("--pages", type=int, default=5)
    interact = sub.add_parser("interact")
    interact.add_argument("--folder", type=Path, required=True)
    interact.add_argument("--cases", type=int, required=True)
    interact.add_argument("--seed", type=int, required=True)
    interact.add_argument("--long-case", default="")
    interact.add_argument("--kind", choices=("encrypted", "unkeyed"), required=True)
    interact.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    probe = _memory_probe if args.probe == "memory" else _interact_probe
    print("PROBE " + json.dumps(probe(args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
