"""A case's history: the audit events of the case and of every record that belongs to it.

The audit log is keyed by record id, not by case, so the case editor's History tab needs the ids
of the case's people, referrals, notes, hearings and evidence gathered first. Events carry ids
and field names only (never values), so showing them needs no further permission than opening
the case.
"""

from __future__ import annotations

from caseintake.services.cases import find_case
from caseintake.services.session import Session
from caseintake.storage.audit import AuditEvent, events_for
from caseintake.storage.records import cases as cases_home

# ``AuditEvent`` is what ``case_history`` returns: the GUI names the type from here.
__all__ = ["AuditEvent", "case_history"]


def case_history(session: Session, reference: str, limit: int = 500) -> list[AuditEvent]:
    """The newest `limit` events of the case and its records, newest first."""
    case = find_case(session, reference)
    ids = [case.uuid, *cases_home.record_uuids(session.db, case.id)]
    return events_for(session.db, ids, limit=limit)
