"""Importing an interchange file (DESIGN §7): read, checked and written case by case, all or nothing.

The file is never held whole: `import_file` reads cases in batches and writes each batch inside
one transaction, so memory stays flat at any file size, and a problem anywhere, even in the last
case, rolls back everything before it. `check_import_file` reads the same way without a session,
so the command line refuses a bad file before it asks for a passphrase.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError
from caseintake.domain.records import Case
from caseintake.interchange.importer import CaseStream
from caseintake.services.intake import BATCH, add_case_batches
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session


def check_import_file(path: Path) -> int:
    """Read a whole file without writing; every problem is one `InvalidInput` sentence.

    Returns the number of cases."""
    count = 0
    for _ in CaseStream(path):
        count += 1
    return count


class _FileProgress(Task):
    """Progress counted in cases, against a total estimated from how far into the file we are."""

    def __init__(self, task: Task, stream: CaseStream) -> None:
        super().__init__()
        self._task = task
        self._stream = stream

    def cancel(self) -> None:
        self._task.cancel()

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled

    def step(self, done: int, total: int) -> None:
        stream = self._stream
        if stream.position < stream.size and stream.position:
            total = max(done + 1, round(stream.cases_read * stream.size / stream.position))
        self._task.step(done, max(total, done))


def _batches(stream: CaseStream) -> Iterator[list[Case]]:
    cases = iter(stream)
    while batch := list(islice(cases, BATCH)):
        yield batch


#: While it runs, an import keeps every page it changes in the database's write-ahead log, then
#: copies them into the database when it commits: at its peak it took 9 times the file's size
#: into 10,000 cases and 20 times into 1,000,000 (`benchmarks/import_breakdown.py`). It is refused
#: before it starts only when the disk has less free space than the file's own size, which no
#: import can succeed with; with more, a disk that fills up still fails it cleanly, later.
TYPICAL_SPACE = (10, 20)


def _check_space(session: Session, path: Path) -> None:
    size = path.stat().st_size
    free = shutil.disk_usage(session.db.path.parent).free
    if free >= size:
        return
    sizes = {"free": _megabytes(free), "size": _megabytes(size)}
    raise CaseintakeError(
        f"The disk holding the database has {sizes['free']} free, less than the file {path.name} "
        f"itself ({sizes['size']}); an import needs {TYPICAL_SPACE[0]} to {TYPICAL_SPACE[1]} times "
        "its file's size while it runs. Free some space and import again; nothing was changed.",
        code="import_no_space",
        params={"free": sizes["free"], "file": path.name, "size": sizes["size"]},
    )


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:,.1f} MB"


def import_file(session: Session, path: Path, *, task: Task = NO_TASK) -> list[str]:
    """Import every case of the file or none; returns the references in file order.

    Refused before anything is read when the database's disk cannot hold even the file's size
    (`TYPICAL_SPACE`)."""
    stream = CaseStream(path)  # a missing or oversized file is refused first
    _check_space(session, path)
    progress = _FileProgress(task, stream)
    return add_case_batches(
        session, _batches(stream), 0, action=AuditAction.CASE_IMPORT, task=progress, hearings=False
    )
