"""Leak-guard terms for a case the editor has not saved yet (see ``services/leak_guard.py``)."""

from __future__ import annotations

import secrets

from caseintake.services.leak_guard import CaseTerms
from caseintake.storage.guard_index import TermDigester


def unsaved_case_terms() -> CaseTerms:
    """Empty terms under a key of their own, never stored: typed identities added to them are
    digested well enough for highlighting within one form."""
    return CaseTerms(TermDigester(secrets.token_bytes(32)))
