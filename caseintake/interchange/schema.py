"""The interchange format of DESIGN §7: strict parsing of plain JSON values into records.

Unknown fields are errors, codes must be known, dates are ISO 8601 and times carry an offset.
Every error names the case index and the field path, e.g.
``case 2: hearings[0].starts_at: not a date and time with an offset``.
Fields of the data model that the design's example does not show (closed_on, branch, location,
outcome, follow_up_on, aliases, birth_year) are accepted as optional, since they are not unknown.
The court record (criminal cases and charges, prosecutor, disposition, exhibits, detention,
per-child measures, witnesses and motions per hearing; docs/interchange.md) is optional too: a
file written before it existed reads exactly as it did.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from caseintake.domain import checks
from caseintake.domain import validation as v
from caseintake.domain.codes import (
    Party,
    SourceKind,
)
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import (
    Case,
    Charge,
    ChildMeasure,
    CriminalCase,
    Detention,
    Disposition,
    Evidence,
    Exhibit,
    Hearing,
    HearingWitness,
    Identity,
    Motion,
    Note,
    Person,
    Referral,
)

FORMAT = "caseintake/1"

_CASE_FIELDS = {
    "reference",
    "status",
    "opened_on",
    "closed_on",
    "region",
    "province",
    "offenses",
    "source",
    "summary",
    "assigned_to",
    "consent_statistics",
    "accommodations",
    "persons",
    "referrals",
    "notes",
    "hearings",
    "evidence",
    "criminal_cases",
    "prosecutor",
    "exhibits",
    "disposition",
}
_PERSON_FIELDS = {
    "role", "sex", "age", "birth_year", "nationality", "relationship", "name", "identity", "detention",
    "measures",
}  # fmt: skip
_IDENTITY_FIELDS = {"legal_name", "aliases", "birth_date", "address", "school", "contact"}
_REFERRAL_FIELDS = {"agency", "kind", "referred_on", "status", "follow_up_on", "note"}
_NOTE_FIELDS = {"kind", "written_at", "author", "text"}
_HEARING_FIELDS = {
    "court",
    "branch",
    "docket",
    "kind",
    "starts_at",
    "location",
    "lawyer",
    "status",
    "outcome",
    "notes",
    "witnesses",
    "motions",
}
_EVIDENCE_FIELDS = {"description", "custodian", "reference", "sha256", "received_on"}
_SOURCE_FIELDS = {"kind", "reference"}
_CRIMINAL_CASE_FIELDS = {"number", "charges", "court", "judicial_region", "branch", "station", "filed_on"}
_CHARGE_FIELDS = {"statute", "section", "counts", "description"}
_EXHIBIT_FIELDS = {"marking", "description", "offered_by", "evidence", "offered_on", "ruling", "ruled_on"}
_DISPOSITION_FIELDS = {"kind", "on"}
_DETENTION_FIELDS = {"status", "since", "bail"}
_MEASURE_FIELDS = {"measure", "status", "requested_on", "ruled_on", "language"}
_WITNESS_FIELDS = {"person", "name", "affidavit_filed_on"}
_MOTION_FIELDS = {"title", "filed_by", "filed_on", "status", "resolved_on"}

T = TypeVar("T")


def _object(value: object, path: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput.at(path or "case", "must be an object", "type")
    unknown = sorted(set(value) - allowed)
    if unknown:
        hint = " (pseudonyms are assigned by caseintake, never imported)" if "pseudonym" in unknown else ""
        raise InvalidInput.at(_join(path, field_label(unknown[0])), f"unknown field{hint}", "unknown_field")
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def field_label(name: str) -> str:
    """An unknown field's name as a message shows it: quoted and cut short unless it is a plain
    name, so an empty, odd or megabyte-long key still gives a readable one-line error."""
    if _PLAIN_NAME.fullmatch(name):
        return name
    return repr(name[:40]) + ("..." if len(name) > 40 else "")


def _list(value: object, path: str, item: Callable[[object, str], T]) -> list[T]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInput.at(path, "must be a list", "type")
    return [item(entry, f"{path}[{i}]") for i, entry in enumerate(value)]


def _opt(obj: dict[str, Any], key: str, path: str, parse: Callable[[object, str], T]) -> T | None:
    value = obj.get(key)
    return None if value is None else parse(value, _join(path, key))


def _short(value: object, path: str) -> str:
    return v.required_text(value, path)


def parse_identity(value: object, path: str) -> Identity:
    obj = _object(value, path, _IDENTITY_FIELDS)
    aliases = obj.get("aliases")
    return checks.check_identity(
        Identity(
            legal_name=obj.get("legal_name"),  # type: ignore[arg-type]  # checked next
            aliases=() if aliases is None else aliases,
            birth_date=_opt(obj, "birth_date", path, v.day),
            address=obj.get("address"),
            school=obj.get("school"),
            contact=obj.get("contact"),
        ),
        path,
    )


def parse_person(value: object, path: str, *, require_identity: bool = True) -> Person:
    """A person; `require_identity=False` checks a profile edit that leaves the vault alone."""
    obj = _object(value, path, _PERSON_FIELDS)
    person = Person(
        role=obj.get("role"),  # type: ignore[arg-type]  # checked below
        sex=obj.get("sex"),
        age=obj.get("age"),
        birth_year=obj.get("birth_year"),
        nationality=obj.get("nationality"),
        relationship=obj.get("relationship"),
        name=obj.get("name"),
        identity=_opt(obj, "identity", path, parse_identity),
        detention=_opt(obj, "detention", path, parse_detention),
        measures=_list(obj.get("measures"), f"{path}.measures", parse_measure),
    )
    return checks.check_person(person, path, require_identity=require_identity)


def parse_referral(value: object, path: str) -> Referral:
    obj = _object(value, path, _REFERRAL_FIELDS)
    referral = Referral(
        agency=obj.get("agency"),  # type: ignore[arg-type]  # checked next
        kind=obj.get("kind"),  # type: ignore[arg-type]
        referred_on=v.day(obj.get("referred_on"), f"{path}.referred_on"),
        status=obj.get("status"),  # type: ignore[arg-type]
        follow_up_on=_opt(obj, "follow_up_on", path, v.day),
        note=obj.get("note"),
    )
    return checks.check_referral(referral, path)


def parse_note(value: object, path: str) -> Note:
    obj = _object(value, path, _NOTE_FIELDS)
    note = Note(
        kind=obj.get("kind"),  # type: ignore[arg-type]  # checked next
        written_at=v.moment(obj.get("written_at"), f"{path}.written_at"),
        text=obj.get("text"),  # type: ignore[arg-type]
        author=obj.get("author"),
    )
    return checks.check_note(note, path)


def parse_hearing(value: object, path: str) -> Hearing:
    obj = _object(value, path, _HEARING_FIELDS)
    hearing = Hearing(
        court=obj.get("court"),  # type: ignore[arg-type]  # checked next
        kind=obj.get("kind"),  # type: ignore[arg-type]
        starts_at=v.moment(obj.get("starts_at"), f"{path}.starts_at"),
        status=obj.get("status"),  # type: ignore[arg-type]
        branch=obj.get("branch"),
        docket=obj.get("docket"),
        location=obj.get("location"),
        lawyer=obj.get("lawyer"),
        outcome=obj.get("outcome"),
        notes=obj.get("notes"),
        witnesses=_list(obj.get("witnesses"), f"{path}.witnesses", parse_witness),
        motions=_list(obj.get("motions"), f"{path}.motions", parse_motion),
    )
    return checks.check_hearing(hearing, path)


def parse_evidence(value: object, path: str) -> Evidence:
    obj = _object(value, path, _EVIDENCE_FIELDS)
    item = Evidence(
        description=obj.get("description"),  # type: ignore[arg-type]  # checked next
        custodian=obj.get("custodian"),
        reference=obj.get("reference"),
        sha256=obj.get("sha256"),
        received_on=_opt(obj, "received_on", path, v.day),
    )
    return checks.check_evidence(item, path)


def parse_case(value: object) -> Case:
    """One case; paths are relative to the case ("persons[0].role")."""
    obj = _object(value, "", _CASE_FIELDS)
    source = obj.get("source")
    source_kind = source_ref = None
    if source is not None:
        src = _object(source, "source", _SOURCE_FIELDS)
        source_kind = v.code(src.get("kind"), "source.kind", SourceKind)
        source_ref = src.get("reference")
    offenses = obj.get("offenses")
    accommodations = obj.get("accommodations")
    case = Case(
        status=obj.get("status"),  # type: ignore[arg-type]  # checked below
        opened_on=v.day(obj.get("opened_on"), "opened_on"),
        region=obj.get("region"),  # type: ignore[arg-type]
        offenses=[] if offenses is None else offenses,
        summary=obj.get("summary"),  # type: ignore[arg-type]
        assigned_to=obj.get("assigned_to"),  # type: ignore[arg-type]
        consent_statistics=obj.get("consent_statistics"),  # type: ignore[arg-type]
        reference=obj.get("reference"),
        closed_on=_opt(obj, "closed_on", "", v.day),
        province=obj.get("province"),
        source_kind=source_kind,
        source_reference=source_ref,
        accommodations=[] if accommodations is None else accommodations,
    )
    checks.check_case_fields(case)
    case.persons = _list(obj.get("persons"), "persons", parse_person)
    case.referrals = _list(obj.get("referrals"), "referrals", parse_referral)
    case.notes = _list(obj.get("notes"), "notes", parse_note)
    case.hearings = _list(obj.get("hearings"), "hearings", parse_hearing)
    case.evidence = _list(obj.get("evidence"), "evidence", parse_evidence)
    case.criminal_cases = _list(obj.get("criminal_cases"), "criminal_cases", parse_criminal_case)
    case.prosecutor = _opt(obj, "prosecutor", "", _short)
    case.exhibits = _list(obj.get("exhibits"), "exhibits", parse_exhibit)
    case.disposition = _opt(obj, "disposition", "", parse_disposition)
    _unique([c.number for c in case.criminal_cases], "criminal_cases", "the same case number")
    _unique([e.marking for e in case.exhibits], "exhibits", "the same marking")
    _link_court_record(case)
    return case


def _unique(values: list[str], path: str, what: str) -> None:
    if len(set(values)) != len(values):
        raise InvalidInput.at(path, f"lists {what} twice", "duplicate")


def _given(obj: dict[str, Any], key: str, default: object) -> Any:
    """A field's value, or the record's default when the field is left out (or null)."""
    value = obj.get(key)
    return default if value is None else value


def parse_charge(value: object, path: str) -> Charge:
    obj = _object(value, path, _CHARGE_FIELDS)
    charge = Charge(
        statute=obj.get("statute"),  # type: ignore[arg-type]  # checked next
        section=obj.get("section"),
        counts=_given(obj, "counts", 1),
        description=obj.get("description"),
    )
    return checks.check_charge(charge, path)


def parse_criminal_case(value: object, path: str) -> CriminalCase:
    obj = _object(value, path, _CRIMINAL_CASE_FIELDS)
    cc = CriminalCase(
        number=obj.get("number"),  # type: ignore[arg-type]  # checked next
        charges=_list(obj.get("charges"), f"{path}.charges", parse_charge),
        court=obj.get("court"),
        judicial_region=obj.get("judicial_region"),
        branch=obj.get("branch"),
        station=obj.get("station"),
        filed_on=_opt(obj, "filed_on", path, v.day),
    )
    return checks.check_criminal_case(cc, path)


def parse_exhibit(value: object, path: str) -> Exhibit:
    """An exhibit; `evidence` names an entry of this case's register by its `reference` (EV-001)."""
    obj = _object(value, path, _EXHIBIT_FIELDS)
    exhibit = Exhibit(
        marking=obj.get("marking"),  # type: ignore[arg-type]  # checked next
        description=obj.get("description"),  # type: ignore[arg-type]
        offered_by=_given(obj, "offered_by", Party.PROSECUTION.value),
        evidence=obj.get("evidence"),
        offered_on=_opt(obj, "offered_on", path, v.day),
        ruling=_given(obj, "ruling", "pending"),
        ruled_on=_opt(obj, "ruled_on", path, v.day),
    )
    return checks.check_exhibit(exhibit, path)


def parse_disposition(value: object, path: str) -> Disposition:
    obj = _object(value, path, _DISPOSITION_FIELDS)
    disposition = Disposition(
        kind=obj.get("kind"),  # type: ignore[arg-type]  # checked next
        on=v.day(obj.get("on"), f"{path}.on"),
    )
    return checks.check_disposition(disposition, path)


def parse_detention(value: object, path: str) -> Detention:
    obj = _object(value, path, _DETENTION_FIELDS)
    detention = Detention(
        status=obj.get("status"),  # type: ignore[arg-type]  # checked next
        since=_opt(obj, "since", path, v.day),
        bail=obj.get("bail"),
    )
    return checks.check_detention(detention, path)


def parse_measure(value: object, path: str) -> ChildMeasure:
    obj = _object(value, path, _MEASURE_FIELDS)
    measure = ChildMeasure(
        measure=obj.get("measure"),  # type: ignore[arg-type]  # checked next
        status=_given(obj, "status", "requested"),
        requested_on=_opt(obj, "requested_on", path, v.day),
        ruled_on=_opt(obj, "ruled_on", path, v.day),
        language=obj.get("language"),
    )
    return checks.check_measure(measure, path)


def parse_witness(value: object, path: str) -> HearingWitness:
    """A witness: `person` is the index of a person of this case; `name` an official (a police
    officer, a social worker) who is not one of the case's persons. Exactly one of them."""
    obj = _object(value, path, _WITNESS_FIELDS)
    person = _opt(obj, "person", path, lambda x, p: v.integer(x, p, low=0, high=100_000))
    witness = HearingWitness(
        person=None if person is None else f"#{person}",  # linked to the person's id by parse_case
        name=obj.get("name"),
        affidavit_filed_on=_opt(obj, "affidavit_filed_on", path, v.day),
    )
    return checks.check_witness(witness, path)


def parse_motion(value: object, path: str) -> Motion:
    obj = _object(value, path, _MOTION_FIELDS)
    motion = Motion(
        title=obj.get("title"),  # type: ignore[arg-type]  # checked next
        filed_by=obj.get("filed_by"),  # type: ignore[arg-type]
        filed_on=_opt(obj, "filed_on", path, v.day),
        status=_given(obj, "status", "pending"),
        resolved_on=_opt(obj, "resolved_on", path, v.day),
    )
    return checks.check_motion(motion, path)


def _link_court_record(case: Case) -> None:
    """Turn a witness's person index and an exhibit's evidence reference into record ids."""
    for h_index, hearing in enumerate(case.hearings):
        for w_index, witness in enumerate(hearing.witnesses):
            if witness.person is None:
                continue
            index = int(witness.person[1:])
            path = f"hearings[{h_index}].witnesses[{w_index}].person"
            if index >= len(case.persons):
                raise InvalidInput.at(path, f"there is no persons[{index}] in this case", "unknown_reference")
            person = case.persons[index]
            person.id = person.id or str(uuid.uuid4())
            witness.person = person.id
    by_reference = {e.reference: e for e in case.evidence if e.reference}
    for x_index, exhibit in enumerate(case.exhibits):
        if exhibit.evidence is None:
            continue
        item = by_reference.get(exhibit.evidence)
        if item is None:
            raise InvalidInput.at(
                f"exhibits[{x_index}].evidence", "no evidence entry has the reference", "unknown_reference"
            )
        item.id = item.id or str(uuid.uuid4())
        exhibit.evidence = item.id
