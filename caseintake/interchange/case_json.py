"""The JSON of `case show --json`: a case as the interchange shape, with record ids and pseudonyms
and never an identity.

Pure: domain records in, dicts out. Reading the import format is `interchange/schema.py`'s work;
this module writes the same shape back, so the two stay side by side.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from caseintake.domain.records import Case

__all__ = ["case_json", "case_json_text", "court_json", "shown_json", "with_court_json"]


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _drop_empty(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None and v not in ([], ())}


def case_json(case: Case) -> dict[str, Any]:
    """The interchange shape, with pseudonyms and ids, and never an identity."""
    return _drop_empty(
        {
            "id": case.id,
            "reference": case.reference,
            "status": case.status,
            "opened_on": _iso(case.opened_on),
            "closed_on": _iso(case.closed_on),
            "region": case.region,
            "province": case.province,
            "offenses": list(case.offenses),
            "source": _drop_empty({"kind": case.source_kind, "reference": case.source_reference}) or None,
            "summary": case.summary,
            "assigned_to": case.assigned_to,
            "consent_statistics": case.consent_statistics,
            "accommodations": list(case.accommodations),
            "persons": [
                _drop_empty(
                    {
                        "id": p.id,
                        "role": p.role,
                        "pseudonym": p.pseudonym,
                        "sex": p.sex,
                        "age": p.age,
                        "birth_year": p.birth_year,
                        "nationality": p.nationality,
                        "relationship": p.relationship,
                        "name": p.name,
                    }
                )
                for p in case.persons
            ],
            "referrals": [
                _drop_empty(
                    {
                        "id": r.id,
                        "agency": r.agency,
                        "kind": r.kind,
                        "referred_on": _iso(r.referred_on),
                        "status": r.status,
                        "follow_up_on": _iso(r.follow_up_on),
                        "note": r.note,
                    }
                )
                for r in case.referrals
            ],
            "notes": [
                _drop_empty(
                    {
                        "id": n.id,
                        "kind": n.kind,
                        "written_at": _iso(n.written_at),
                        "author": n.author,
                        "text": n.text,
                        "version": n.version,
                        # An imported note: the file's author and date as stated, and who imported it.
                        "stated_author": n.stated_author,
                        "imported_by": n.imported_by,
                        "imported_at": n.imported_at,
                        "byline": n.byline if n.imported_by else None,
                    }
                )
                for n in case.notes
            ],
            "hearings": [
                _drop_empty(
                    {
                        "id": h.id,
                        "court": h.court,
                        "branch": h.branch,
                        "docket": h.docket,
                        "kind": h.kind,
                        "starts_at": _iso(h.starts_at),
                        "location": h.location,
                        "lawyer": h.lawyer,
                        "status": h.status,
                        "outcome": h.outcome,
                        "notes": h.notes,
                    }
                )
                for h in case.hearings
            ],
            "evidence": [
                _drop_empty(
                    {
                        "id": e.id,
                        "description": e.description,
                        "custodian": e.custodian,
                        "reference": e.reference,
                        "sha256": e.sha256,
                        "received_on": _iso(e.received_on),
                    }
                )
                for e in case.evidence
            ],
        }
    )


def case_json_text(case: Case) -> str:
    return json.dumps(case_json(case), ensure_ascii=False, indent=2)


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

    `shown` is `case_json(case)`, whose persons and hearings are in the case's order. A
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


def shown_json(case: Case) -> dict[str, Any]:
    """`case show --json` whole: the case with its court record."""
    return with_court_json(case_json(case), case)
