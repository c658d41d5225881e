"""Two windows on one case: a save made against an older version of the case is refused.

Every write to a case or to a record of it counts up the case's version (`storage/writes.py`).
An editor remembers the version it loaded and hands it to the service that saves
(`expected_version=`); inside the save's transaction the service compares, and a case changed
meanwhile, in another window or on another computer sharing the file, is refused with
`EditConflict` before anything is written. The command line passes no version and saves as it
always did.

`watch` is the editor's passive look: SQLite's `data_version` tells whether another connection
committed anything since the last look, so a window can ask every few seconds for almost nothing
and read the case's version only when something happened.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from caseintake.domain.errors import EditConflict, NotFound
from caseintake.services.cases import find_case
from caseintake.services.session import Session
from caseintake.storage.records import cases as cases_home

__all__ = ["CaseWatch", "EditConflict", "case_version", "expect_version", "watch"]

log = logging.getLogger(__name__)


def _version(session: Session, case_id: int) -> int:
    found = cases_home.version(session.db, case_id)
    if found is None:
        raise NotFound("This case no longer exists.", code="case_removed")
    return found


def case_version(session: Session, reference: str) -> int:
    """The case's version now (read it before the case itself: a change in between then looks
    like a conflict, never the other way round)."""
    return _version(session, find_case(session, reference).id)


def expect_version(session: Session, case_id: int, expected: int | None) -> None:
    """Refuse with `EditConflict` unless the case is still at version `expected`.

    Call inside the save's write transaction, before it writes: nobody can change the case
    between this look and the save's own writes. `expected` None (the command line) accepts any."""
    if expected is None:
        return
    if not session.db.in_transaction:
        raise RuntimeError("expect_version belongs inside the save's transaction")
    current = _version(session, case_id)
    if current != expected:
        log.info("save refused: case changed since loaded case_id=%s", case_id)
        raise EditConflict(current=current)


@dataclass(frozen=True)
class CaseWatch:
    """What a passive look found: the connection's `data_version`, and the case's version when
    it was read (None when nobody else had committed anything and no look was asked for)."""

    data_version: int
    version: int | None


def watch(session: Session, reference: str, seen: int | None, *, look: bool = False) -> CaseWatch:
    """Whether the open case may have changed since `seen` (a `data_version` from an earlier
    watch); `look` reads the case's version whatever the counter says (a window regaining focus:
    another window of this program writes through the same connection, which the counter skips)."""
    data_version = cases_home.data_version(session.db)
    if not look and seen is not None and data_version == seen:
        return CaseWatch(data_version, None)
    return CaseWatch(data_version, case_version(session, reference))
