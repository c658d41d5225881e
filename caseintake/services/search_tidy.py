"""Keeping search as you type quick on a database that is written a little at a time: its
full-text indexes merged a small step at a time while nobody is using the application."""

from __future__ import annotations

from caseintake.services.session import Session
from caseintake.storage import search_index
from caseintake.storage.search_index import TIDY_DONE, TIDY_GATHERED, TIDY_REWRITING

__all__ = ["TIDY_DONE", "TIDY_GATHERED", "TIDY_REWRITING", "tidy_step"]


def tidy_step(session: Session, *, rewrite: bool = True) -> str:
    """One small step of tidying the search indexes (`search_index.tidy_step`, a few tens of
    milliseconds at most): what it did, `search_index.TIDY_DONE` once there is nothing worth
    doing. `rewrite` allows beginning to merge an index into one segment, which rewrites it.

    It changes no record, so it needs no role and writes no audit event: what a search finds is
    the same before and after, only quicker."""
    with session.db.atomic():
        return search_index.tidy_step(session.db, rewrite=rewrite)
