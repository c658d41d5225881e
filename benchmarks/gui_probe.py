"""The GUI, measured from outside: each probe is a whole new process on the offscreen platform.

Launch: `python -c LAUNCH_SCRIPT` runs the real entry point (`caseintake.cli.main([... "gui"])`)
with the unlock dialog subclassed only to notice its first paint, then cancel it. The parent
passes `time.time()` taken just before starting the process, so the figure covers interpreter
start-up, imports, QApplication, the main window being built and the dialog being painted.

Memory: `python -m benchmarks.gui_probe memory ...` unlocks, opens the main window on the case
list, waits for the first page, scrolls down a few pages (each fetched by the model's
`fetchMore`), and reports the peak resident set size (`VmHWM`; `ru_maxrss` beside it) and the
current one, with both at each stage.
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("PROBE " + json.dumps(_memory_probe(args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
