"""Keeping search as you type quick on a database that is written a little at a time: its
full-text indexes merged a small step at a time while nobody is using the application."""

from __future__ import annotations

from caseintake.services.session import Session
from caseintake.storage import search_index


def tidy_step(session: Session) -> bool:
    """One small step of merging the search indexes (`search_index.tidy_step`, a few tens of
    milliseconds at most); True when there may be more to do.

    It changes no record, so it needs no role and writes no audit event: what a search finds is
    the same before and after, only quicker."""
    with session.db.atomic():
        return search_index.tidy_step(session.db)
