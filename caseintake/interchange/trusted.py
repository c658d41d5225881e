"""Records from interchange dicts that are known to be valid, without re-checking them.

Only for the demo generator's own output, which `tests/unit/test_demo_data.py` proves valid and
`tests/unit/test_trusted_records.py` proves identical to what the strict parser builds. Parsing
strictly costs more than generating; for a hundred thousand synthetic cases that is the
difference between meeting the demo's speed target and not. Real input always goes through
`schema.parse_case`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caseintake.domain.records import Case, Evidence, Hearing, Identity, Note, Person, Referral

_day = date.fromisoformat
_moment = datetime.fromisoformat


def _opt_day(value: str | None) -> date | None:
    return None if value is None else _day(value)


def _identity(raw: dict[str, Any] | None) -> Identity | None:
    if raw is None:
        return None
    return Identity(
        legal_name=raw["legal_name"],
        aliases=tuple(raw.get("aliases", ())),
        birth_date=_opt_day(raw.get("birth_date")),
        address=raw.get("address"),
        school=raw.get("school"),
        contact=raw.get("contact"),
    )


def trusted_case(raw: dict[str, Any]) -> Case:
    source = raw.get("source") or {}
    return Case(
        status=raw["status"],
        opened_on=_day(raw["opened_on"]),
        region=raw["region"],
        offenses=tuple(raw["offenses"]),
        summary=raw["summary"],
        assigned_to=raw["assigned_to"],
        consent_statistics=raw["consent_statistics"],
        reference=raw.get("reference"),
        closed_on=_opt_day(raw.get("closed_on")),
        province=raw.get("province"),
        source_kind=source.get("kind"),
        source_reference=source.get("reference"),
        accommodations=tuple(dict.fromkeys(raw.get("accommodations", ()))),
        persons=[
            Person(
                role=p["role"],
                sex=p.get("sex"),
                age=p.get("age"),
                birth_year=p.get("birth_year"),
                nationality=p.get("nationality"),
                relationship=p.get("relationship"),
                name=p.get("name"),
                identity=_identity(p.get("identity")),
            )
            for p in raw.get("persons", ())
        ],
        referrals=[
            Referral(
                agency=r["agency"],
                kind=r["kind"],
                referred_on=_day(r["referred_on"]),
                status=r["status"],
                follow_up_on=_opt_day(r.get("follow_up_on")),
                note=r.get("note"),
            )
            for r in raw.get("referrals", ())
        ],
        notes=[
            Note(kind=n["kind"], written_at=_moment(n["written_at"]), text=n["text"], author=n.get("author"))
            for n in raw.get("notes", ())
        ],
        hearings=[
            Hearing(
                court=h["court"],
                kind=h["kind"],
                starts_at=_moment(h["starts_at"]),
                status=h["status"],
                branch=h.get("branch"),
                docket=h.get("docket"),
                location=h.get("location"),
                lawyer=h.get("lawyer"),
                outcome=h.get("outcome"),
                notes=h.get("notes"),
            )
            for h in raw.get("hearings", ())
        ],
        evidence=[
            Evidence(
                description=e["description"],
                custodian=e.get("custodian"),
                reference=e.get("reference"),
                sha256=e.get("sha256"),
                received_on=_opt_day(e.get("received_on")),
            )
            for e in raw.get("evidence", ())
        ],
    )
