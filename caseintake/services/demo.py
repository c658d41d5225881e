"""Synthetic cases for training, demonstrations and the benchmark.

The generator emits interchange-format dicts, which go through the same parser and insert path as
a real import: the demo data exercises the code that real data takes.
"""

from __future__ import annotations

from datetime import date

from caseintake.domain.codes import Role
from caseintake.interchange.demo_data import generate_cases
from caseintake.interchange.schema import parse_case
from caseintake.services.intake import BATCH, add_cases
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session


def fill_with_demo_cases(
    session: Session, count: int, *, seed: int = 0, today: date | None = None, task: Task = NO_TASK
) -> list[str]:
    """Add `count` synthetic cases assigned to the database's active staff; all or nothing."""
    staff = session.db.all("SELECT username, role FROM users WHERE active = 1 ORDER BY username")
    workers = [name for name, role in staff if role in (Role.SOCIAL_WORKER, Role.SUPERVISOR)]
    lawyers = [name for name, role in staff if role == Role.LAWYER]
    records = []
    for index, raw in enumerate(
        generate_cases(
            count,
            seed=seed,
            workers=workers or [session.username],
            lawyers=lawyers,
            today=today or date.today(),
        )
    ):
        records.append(parse_case(raw))
        if index % BATCH == 0:
            task.step(index // 2, count)
    return add_cases(session, records, action="case.demo", task=task)
