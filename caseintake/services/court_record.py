"""The court record of a case: reading it as JSON, and saving it from the editor.

The record (criminal cases and charges, prosecutor, disposition, exhibits, detention, per-child
measures, hearing witnesses and motions) is what a lawyer keeps for court, so changing it takes
the hearing permission (lawyers and supervisors). It is saved whole, in one transaction, and the
audit event names what kind of data changed, never its text.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case
from caseintake.domain.roles import Action
from caseintake.services.cases import find_case
from caseintake.services.people import touch_case
from caseintake.services.session import Session
from caseintake.storage import court_record

__all__ = ["court_json", "save_court_record", "with_court_json"]

log = logging.getLogger(__name__)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v not in ([], ())}


def court_json(case: Case) -> dict[str, Any]:
    """The case-level court fields, shaped as in the import format but with record ids."""
    return _drop_empty({
        "prosecutor": case.prosecutor,
        "disposition": (
            {"kind": case.disposition.kind, "on": _iso(case.disposition.on)} if case.disposition else None
        ),
        "criminal_cases": [
            _drop_empty({
                "number": c.number, "court": c.court, "judicial_region": c.judicial_region,
                "branch": c.branch, "station": c.station, "filed_on": _iso(c.filed_on),
                "charges": [
                    _drop_empty({"statute": g.statute, "section": g.section, "counts": g.counts,
                                 "description": g.description})
                    for g in c.charges
                ],
            })
            for c in case.criminal_cases
        ],
        "exhibits": [
            _drop_empty({
                "id": x.id, "marking": x.marking, "description": x.description, "offered_by": x.offered_by,
                "evidence": x.evidence, "offered_on": _iso(x.offered_on), "ruling": x.ruling,
                "ruled_on": _iso(x.ruled_on),
            })
            for x in case.exhibits
        ],
    })  # fmt: skip


def with_court_json(shown: dict[str, Any], case: Case) -> dict[str, Any]:
    """`case show --json` plus the court record; persons and hearings gain their own parts.

    `shown` is `cases.case_json(case)`, whose persons and hearings are in the case's order. A
    witness names a person, and an exhibit an evidence entry, by record id.
    """
    out = dict(shown)
    out.update(court_json(case))
    for person, entry in zip(case.persons, out.get("persons", []), strict=False):
        if person.detention is not None:
            d = person.detention
            entry["detention"] = _drop_empty({"status": d.status, "since": _iso(d.since), "bail": d.bail})
        if person.measures:
            entry["measures"] = [
                _drop_empty({"measure": m.measure, "status": m.status, "requested_on": _iso(m.requested_on),
                             "ruled_on": _iso(m.ruled_on), "language": m.language})
                for m in person.measures
            ]  # fmt: skip
    for hearing, entry in zip(case.hearings, out.get("hearings", []), strict=False):
        if hearing.witnesses:
            entry["witnesses"] = [
                _drop_empty(
                    {"person": w.person, "name": w.name, "affidavit_filed_on": _iso(w.affidavit_filed_on)}
                )
                for w in hearing.witnesses
            ]
        if hearing.motions:
            entry["motions"] = [
                _drop_empty({"id": m.id, "title": m.title, "filed_by": m.filed_by,
                             "filed_on": _iso(m.filed_on), "status": m.status,
                             "resolved_on": _iso(m.resolved_on)})
                for m in hearing.motions
            ]  # fmt: skip
    return out


def _check_links(case: Case) -> None:
    """Witnesses name persons of this case and exhibits its evidence entries, or nothing."""
    persons = {p.id for p in case.persons}
    evidence = {e.id for e in case.evidence}
    for h_index, hearing in enumerate(case.hearings):
        for w_index, w in enumerate(hearing.witnesses):
            if (w.person is None) == (w.name is None):
                raise InvalidInput(f"hearings[{h_index}].witnesses[{w_index}]: give a person or a name")
            if w.person is not None and w.person not in persons:
                raise InvalidInput(
                    f"hearings[{h_index}].witnesses[{w_index}].person: not a person of this case"
                )
    for x_index, x in enumerate(case.exhibits):
        if x.evidence is not None and x.evidence not in evidence:
            raise InvalidInput(f"exhibits[{x_index}].evidence: not an evidence entry of this case")
    numbers = [c.number for c in case.criminal_cases]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput("criminal_cases: lists the same case number twice")
    markings = [x.marking for x in case.exhibits]
    if len(set(markings)) != len(markings):
        raise InvalidInput("exhibits: lists the same marking twice")


def save_court_record(session: Session, case: Case) -> None:
    """Replace the stored court record of `case` (loaded with `load_case`, then edited)."""
    session.require(Action.EDIT_HEARINGS)
    if case.reference is None:
        raise InvalidInput("reference: the case has not been saved yet")
    ref = find_case(session, case.reference)
    _check_links(case)
    with session.db.atomic():
        court_record.replace(session.db, ref.id, case)
        touch_case(session, ref.id)
        session.audit("court.edit", "case", ref.uuid, {"criminal_cases": len(case.criminal_cases),
                                                       "exhibits": len(case.exhibits)})  # fmt: skip
    log.info("court record saved case=%s", ref.uuid)
