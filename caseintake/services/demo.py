"""Synthetic cases for training, demonstrations and the benchmark.

The generator emits interchange-format dicts; a trusted builder (proven by a test to build
exactly what the strict import parser builds) turns them into records, and the same row-building
and insert code as a real import stores them. The pure Python half (generate, build, number,
build rows) runs in a second process while this one writes the previous batch; everything goes
into one transaction, so the result is every case or none, and memory stays flat at any size.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
from collections.abc import Generator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from caseintake.domain.codes import Role
from caseintake.domain.errors import CaseintakeError
from caseintake.domain.records import Case
from caseintake.domain.roles import Action
from caseintake.interchange.demo_data import generate_cases
from caseintake.interchange.trusted import trusted_case
from caseintake.services.intake import BATCH, DEMO_ACTION, office_prefix, paused_gc
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage import audit, case_store, search_index, writes
from caseintake.storage.case_store import CaseRows
from caseintake.storage.ids import RowIds
from caseintake.storage.records import users

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoPlan:
    """Everything the generator needs; picklable, so it can cross into the worker process."""

    count: int
    seed: int
    workers: tuple[str, ...]
    lawyers: tuple[str, ...]
    today: date
    prefix: str
    serials: Mapping[int, int]
    ids: RowIds
    user_ids: Mapping[str, int]
    default_author: int


@dataclass(frozen=True)
class PreparedBatch:
    rows: CaseRows
    cases: int
    first: str
    last: str
    serials: dict[int, int]


def demo_batches(
    count: int, seed: int, workers: Sequence[str], lawyers: Sequence[str], today: date
) -> Iterator[list[Case]]:
    """Demo cases as records, in batches; the same arguments always give the same cases."""
    batch: list[Case] = []
    for raw in generate_cases(count, seed=seed, workers=workers, lawyers=lawyers, today=today):
        batch.append(trusted_case(raw))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def prepared_batches(plan: DemoPlan) -> Iterator[PreparedBatch]:
    ids = plan.ids
    serials = dict(plan.serials)
    taken: set[str] = set()
    for batch in demo_batches(plan.count, plan.seed, plan.workers, plan.lawyers, plan.today):
        case_store.assign_references(batch, plan.prefix, serials, taken)
        rows = case_store.prepare_rows(batch, ids, plan.user_ids, plan.default_author)
        yield PreparedBatch(
            rows, len(batch), batch[0].reference or "", batch[-1].reference or "", dict(serials)
        )


POLL_SECONDS = 0.2  # how often a waiting worker looks whether it should still be working
ANSWER_SECONDS = 120  # the parent gives up on a silent worker after this long


def _produce(out: Any, stop: Any, plan: DemoPlan) -> None:
    """Worker process: fill `out` with prepared batches until done, told to stop, or orphaned.

    It never blocks for good: a full queue, and the end, are waited on in short steps that look at
    `stop` and at the parent, so a parent that stopped reading early, or was killed outright,
    leaves no process behind (and no multiprocessing resource tracker kept alive by this one).
    """
    import gc

    gc.disable()
    parent = multiprocessing.parent_process()

    def wanted() -> bool:
        return not stop.is_set() and (parent is None or parent.is_alive())

    def send(message: tuple[str, Any]) -> bool:
        while wanted():
            try:
                out.put(message, timeout=POLL_SECONDS)
            except queue.Full:
                continue
            return True
        return False

    try:
        for batch in prepared_batches(plan):
            if not send(("batch", batch)):
                break
        else:
            send(("end", None))
    except Exception as exc:  # reported to the parent, which raises it as one sentence
        send(("error", f"{type(exc).__name__}: {exc}"))
    # Batches may still sit in this process's buffer, waiting for room in the pipe. Exiting would
    # wait for the parent to read them, for good if it never does; so stay until the parent says
    # it is done (`stop`, set however it leaves) or is gone, then exit without flushing.
    while wanted():
        stop.wait(POLL_SECONDS)
    out.cancel_join_thread()


@contextmanager
def _in_worker_process(plan: DemoPlan) -> Iterator[Iterator[PreparedBatch]]:
    """Batches prepared by a second process; on leaving, however early, that process is gone."""
    context = multiprocessing.get_context("spawn")  # safe beside the GUI's threads
    out = context.Queue(maxsize=3)
    stop = context.Event()
    worker = context.Process(target=_produce, args=(out, stop, plan), name="caseintake-demo", daemon=True)
    worker.start()

    def consume() -> Generator[PreparedBatch, None, None]:
        while True:
            try:
                kind, value = out.get(timeout=ANSWER_SECONDS)
            except queue.Empty:
                raise CaseintakeError(
                    "The demo-data generator stopped answering; nothing was added.", code="demo_no_answer"
                ) from None
            if kind == "end":
                return
            if kind == "error":
                raise CaseintakeError(
                    f"The demo-data generator failed ({value}); nothing was added.",
                    code="demo_failed",
                    params={"reason": value},
                )
            yield value

    batches = consume()
    try:
        yield batches
    finally:
        batches.close()
        _stop_worker(worker, stop, out)


def _stop_worker(worker: Any, stop: Any, out: Any) -> None:
    """Stop, reap and release the worker; it sees `stop` within POLL_SECONDS, else it is killed."""
    stop.set()
    worker.join(timeout=5 * POLL_SECONDS)
    if worker.is_alive():
        worker.terminate()
        worker.join(timeout=5)
    if worker.is_alive():
        worker.kill()
        worker.join()
    worker.close()
    out.close()
    out.join_thread()


def _plan(session: Session, count: int, seed: int, today: date) -> DemoPlan:
    db = session.db
    staff = users.active_staff(db)
    workers = tuple(name for _, name, role in staff if role in (Role.SOCIAL_WORKER, Role.SUPERVISOR))
    lawyers = tuple(name for _, name, role in staff if role == Role.LAWYER)
    prefix = office_prefix(session)
    return DemoPlan(
        count=count,
        seed=seed,
        workers=workers or (session.username,),
        lawyers=lawyers,
        today=today,
        prefix=prefix,
        serials=case_store.read_serials(db, prefix),
        ids=writes.row_ids(db).preloaded(),
        user_ids={name: uid for uid, name, _ in staff},
        default_author=session.user.id,
    )


def fill_with_demo_cases(
    session: Session,
    count: int,
    *,
    seed: int = 0,
    today: date | None = None,
    task: Task = NO_TASK,
    parallel: bool = True,
) -> tuple[str, str]:
    """Add `count` synthetic cases assigned to the database's active staff; all or nothing.

    Returns the first and the last reference added.
    """
    session.require(Action.IMPORT)
    session.require(Action.EDIT_HEARINGS)
    if count < 1:
        return ("", "")
    db = session.db
    done = 0
    first = last = ""
    with paused_gc(), db.atomic():
        plan = _plan(session, count, seed, today or date.today())
        serials: dict[int, int] = dict(plan.serials)
        with _source(plan, parallel) as batches:
            for batch in batches:
                task.step(done, count)
                case_store.write_rows(db, batch.rows)
                audit.append(
                    db,
                    session.username,
                    DEMO_ACTION,
                    "case",
                    batch.first,
                    {"cases": batch.cases, "first": batch.first, "last": batch.last},
                )
                first = first or batch.first
                last, serials, done = batch.last, batch.serials, done + batch.cases
        case_store.save_serials(db, plan.prefix, serials)
        writes.keep_id_marks(db)
        search_index.merge_after_bulk(db, done)
        task.step(count, count)
    log.info("demo cases added user=%s cases=%d", session.user.id, done)
    return (first, last)


@contextmanager
def _source(plan: DemoPlan, parallel: bool) -> Iterator[Iterator[PreparedBatch]]:
    if parallel and plan.count > BATCH:
        with _in_worker_process(plan) as batches:
            yield batches
    else:
        yield prepared_batches(plan)
