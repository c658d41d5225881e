"""Demo databases: the only place synthetic cases go, and the only cases that can be removed.

A database is made a demo database at creation (`caseintake init --demo`, or the first-run
option "This is a demo database"), or when synthetic cases go into a database that holds no case
yet (`caseintake init` followed by `caseintake demo`, as DESIGN §6 has always allowed). A database
holding a real case never takes demo cases, so none can be mistaken for a real case, counted in a
real office's anonymized statistics, or left behind. Every case of a demo database is synthetic
by that declaration, which is what lets a supervisor remove them all (to start a training
afresh) where DESIGN §2 otherwise forbids deleting a case. Counts of a demo database are counts
of synthetic cases, which is what a training on the counts screen needs.

The generator itself (`services.demo.fill_with_demo_cases`) stays the tool of tests and the
benchmark; the command line and the GUI go through `load_demo_cases` here.
"""

from __future__ import annotations

import logging
from datetime import date

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import PermissionDenied
from caseintake.domain.roles import Action
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage import case_removal, vault

log = logging.getLogger(__name__)

NOT_A_DEMO_DATABASE = (
    "This database holds real cases, so it takes no demo cases; "
    "create a separate one with 'caseintake init --demo' to try the application."
)


def is_demo_database(session: Session) -> bool:
    return session.setting(vault.DEMO_SETTING) == "1"


def may_take_demo_cases(session: Session) -> bool:
    """A demo database, or one with no case at all (it becomes a demo database)."""
    return is_demo_database(session) or not case_removal.has_cases(session.db)


def load_demo_cases(
    session: Session, count: int, *, seed: int = 0, today: date | None = None, task: Task = NO_TASK
) -> tuple[str, str]:
    """Add synthetic cases to a demo database (supervisors); all or nothing."""
    from caseintake.services.demo import fill_with_demo_cases  # the generator, with its worker process

    session.require(Action.DEMO_DATA)
    if is_demo_database(session):
        return fill_with_demo_cases(session, count, seed=seed, today=today, task=task)
    db = session.db
    with db.atomic():
        if case_removal.has_cases(db):
            raise PermissionDenied(NOT_A_DEMO_DATABASE, code="not_demo_database")
        vault.mark_demo(db, True)  # the fill's own audit entry (case.demo) records the change
    try:
        return fill_with_demo_cases(session, count, seed=seed, today=today, task=task)
    except BaseException:
        with db.atomic():  # nothing went in: the database is as it was, not a demo database
            if not case_removal.has_cases(db):
                vault.mark_demo(db, False)
        raise


def count_cases(session: Session) -> int:
    """How many cases a removal would take away (for the confirmation)."""
    session.require(Action.DEMO_DATA)
    return len(case_removal.case_ids(session.db))


def remove_demo_cases(session: Session, task: Task = NO_TASK) -> int:
    """Remove every case of a demo database (supervisors); returns how many. All or nothing."""
    session.require(Action.DEMO_DATA)
    if not is_demo_database(session):
        raise PermissionDenied(
            "This database was not created as a demo database, so its cases are real and are never removed.",
            code="demo_cases_real",
        )
    db = session.db
    with db.atomic():
        ids = case_removal.case_ids(db)
        removed = case_removal.remove_cases(db, ids, task.step)
        session.audit(
            AuditAction.CASE_DEMO_REMOVE, "database", session.setting("database_id"), {"cases": removed}
        )
    log.info("demo cases removed user=%s cases=%d", session.user.id, removed)
    return removed
