"""The demo generator's worker process: however the generation ends, no process is left behind.

The suite used to leave two processes running after it ended: the test that kills a `demo` run
mid-transaction (tests/e2e/test_cli_failures.py) orphaned the generator's worker, blocked for good
on its full queue, and that worker kept the parent's multiprocessing resource tracker alive.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseintake.services import demo
from caseintake.services.demo import fill_with_demo_cases
from caseintake.services.intake import BATCH
from caseintake.services.progress import Cancelled, Task

TODAY = date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[2]


def alive(pid: int) -> bool:
    """True while `pid` runs; a zombie (exited, not yet reaped by init) counts as gone."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except (FileNotFoundError, ProcessLookupError):
            return False
        return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone_within(pids: list[int], seconds: float) -> list[int]:
    """The pids still alive after waiting up to `seconds` for them to end."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return [pid for pid in pids if alive(pid)]


def test_leaving_after_the_first_batch_leaves_no_child(store: dict[str, Any]) -> None:
    plan = demo._plan(store["sup"], 6 * BATCH, seed=3, today=TODAY)
    with demo._in_worker_process(plan) as batches:
        first = next(batches)
        workers = [child.pid for child in multiprocessing.active_children()]
        assert first.cases == BATCH
    assert workers, "the generator did not run in a second process"
    assert multiprocessing.active_children() == []
    assert gone_within([pid for pid in workers if pid is not None], 0) == []


def test_cancelling_the_demo_leaves_no_child(store: dict[str, Any]) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.extend(child.pid for child in multiprocessing.active_children() if child.pid)
        task.cancel()  # as the GUI's Cancel button does: the next step raises

    task = Task(progress)
    with pytest.raises(Cancelled):
        fill_with_demo_cases(store["sup"], 6 * BATCH, seed=3, today=TODAY, task=task)
    assert seen, "the generator did not run in a second process"
    assert multiprocessing.active_children() == []
    assert gone_within(seen, 0) == []


KILLED_PARENT = textwrap.dedent(
    """
    import os, signal, sys, time
    from datetime import date
    from pathlib import Path
    from multiprocessing import active_children, resource_tracker
    from caseintake.storage import keyslots
    keyslots.DEFAULT_KDF = keyslots.Argon2Params(1, 1024, 1)
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.progress import Task
    from caseintake.services.session import create_session

    session, _key = create_session(Path(sys.argv[1]), "sup", "supervisor passphrase")

    count, kill_at, pause = (int(arg) for arg in sys.argv[2:5])

    def progress(done, total):
        if done == kill_at:
            time.sleep(pause)
            pids = [child.pid for child in active_children()]
            pids.append(resource_tracker._resource_tracker._pid)
            print(" ".join(str(pid) for pid in pids if pid), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    fill_with_demo_cases(session, count, seed=3, today=date(2026, 3, 2), task=Task(progress))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and the resource tracker are POSIX")
@pytest.mark.parametrize(
    ("count", "kill_at", "pause"),
    [
        (8 * BATCH, BATCH, 0),  # the worker is still preparing batches
        (3 * BATCH, 0, 8),  # the worker has queued every batch, most still unread in its buffer
    ],
    ids=["while-preparing", "after-the-last-batch"],
)
def test_a_killed_parent_leaves_no_worker_nor_resource_tracker(
    tmp_path: Path, count: int, kill_at: int, pause: int
) -> None:
    env = dict(os.environ, CASEINTAKE_LOG_DIR=str(tmp_path / "logs"))
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:  # files: an orphan holding a pipe
        finished = subprocess.run(  # open would make this wait for the orphan too
            [
                sys.executable,
                "-c",
                KILLED_PARENT,
                str(tmp_path / "cases.db"),
                *map(str, (count, kill_at, pause)),
            ],
            stdout=stdout,
            stderr=stderr,
            check=False,
            cwd=ROOT,
            env=env,
            timeout=180,
        )
    assert finished.returncode == -9, err.read_text()[-2000:]
    pids = [int(pid) for pid in out.read_text().split()]
    assert len(pids) == 2, f"expected the worker and the resource tracker, got {pids}"
    left = gone_within(pids, 15)
    for pid in left:  # do not leave them to the rest of the suite either
        os.kill(pid, 9)
    assert left == [], "processes outlived their killed parent"
