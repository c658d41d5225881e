"""Synthetic cases for training, demonstrations and the benchmark.

The generator emits interchange-format dicts, which go through the same parser and insert path as
a real import: the demo data exercises the code that real data takes. Generating and parsing run
in a second process, a couple of batches ahead, while this one writes; all batches go into the
one transaction, so the result is every case or none, and memory stays flat at any size.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import queue
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from caseintake.domain.codes import Role
from caseintake.domain.errors import CaseintakeError
from caseintake.domain.records import Case
from caseintake.interchange.demo_data import generate_cases
from caseintake.interchange.schema import parse_case
from caseintake.services.intake import BATCH, DEMO_ACTION, add_case_batches
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session

log = logging.getLogger(__name__)


def demo_batches(
    count: int, seed: int, workers: Sequence[str], lawyers: Sequence[str], today: date
) -> Iterator[list[Case]]:
    """Parsed demo cases in batches; the same arguments always give the same cases."""
    batch: list[Case] = []
    for raw in generate_cases(count, seed=seed, workers=workers, lawyers=lawyers, today=today):
        batch.append(parse_case(raw))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _produce(out: Any, stop: Any, args: tuple[Any, ...]) -> None:
    """Worker process: fill `out` with batches until done or told to stop."""
    gc.disable()
    try:
        for batch in demo_batches(*args):
            out.put(("batch", batch))
            if stop.is_set():
                return
        out.put(("end", None))
    except Exception as exc:  # reported to the parent, which raises it as one sentence
        out.put(("error", f"{type(exc).__name__}: {exc}"))


@contextmanager
def _in_worker_process(args: tuple[Any, ...]) -> Iterator[Iterator[list[Case]]]:
    context = multiprocessing.get_context("spawn")  # safe beside the GUI's threads
    out = context.Queue(maxsize=2)
    stop = context.Event()
    worker = context.Process(target=_produce, args=(out, stop, args), name="caseintake-demo", daemon=True)
    worker.start()

    def consume() -> Iterator[list[Case]]:
        while True:
            try:
                kind, value = out.get(timeout=60)
            except queue.Empty:
                raise CaseintakeError(
                    "The demo-data generator stopped answering; nothing was added."
                ) from None
            if kind == "end":
                return
            if kind == "error":
                raise CaseintakeError(f"The demo-data generator failed ({value}); nothing was added.")
            yield value

    try:
        yield consume()
    finally:
        stop.set()
        worker.join(timeout=1)
        if worker.is_alive():
            worker.terminate()
            worker.join()
        out.close()


def fill_with_demo_cases(
    session: Session,
    count: int,
    *,
    seed: int = 0,
    today: date | None = None,
    task: Task = NO_TASK,
    parallel: bool = True,
) -> list[str]:
    """Add `count` synthetic cases assigned to the database's active staff; all or nothing."""
    staff = session.db.all("SELECT username, role FROM users WHERE active = 1 ORDER BY username")
    workers = [name for name, role in staff if role in (Role.SOCIAL_WORKER, Role.SUPERVISOR)]
    lawyers = [name for name, role in staff if role == Role.LAWYER]
    args = (count, seed, workers or [session.username], lawyers, today or date.today())
    if parallel and count > BATCH:
        with _in_worker_process(args) as batches:
            return add_case_batches(session, batches, count, action=DEMO_ACTION, task=task)
    return add_case_batches(session, demo_batches(*args), count, action=DEMO_ACTION, task=task)
