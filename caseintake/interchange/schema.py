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

from caseintake.domain import validation as v
from caseintake.domain.codes import (
    Accommodation,
    CaseStatus,
    ChildWitnessMeasure,
    Consent,
    DetentionStatus,
    DispositionKind,
    ExhibitRuling,
    HearingKind,
    HearingStatus,
    MeasureStatus,
    MotionStatus,
    NoteKind,
    Offense,
    Party,
    PersonRole,
    ReferralKind,
    ReferralStatus,
    Region,
    Relationship,
    Sex,
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
    is_minor,
    is_protected,
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
        raise InvalidInput(f"{path or 'case'}: must be an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        hint = " (pseudonyms are assigned by caseintake, never imported)" if "pseudonym" in unknown else ""
        raise InvalidInput(f"{_join(path, field_label(unknown[0]))}: unknown field{hint}")
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
        raise InvalidInput(f"{path}: must be a list")
    return [item(entry, f"{path}[{i}]") for i, entry in enumerate(value)]


def _opt(obj: dict[str, Any], key: str, path: str, parse: Callable[[object, str], T]) -> T | None:
    value = obj.get(key)
    return None if value is None else parse(value, _join(path, key))


def _short(value: object, path: str) -> str:
    return v.required_text(value, path)


def _long(value: object, path: str) -> str:
    return v.required_text(value, path, limit=v.NOTE_MAX)


def parse_identity(value: object, path: str) -> Identity:
    obj = _object(value, path, _IDENTITY_FIELDS)
    aliases = _list(obj.get("aliases"), f"{path}.aliases", _short)
    return Identity(
        legal_name=v.required_text(obj.get("legal_name"), f"{path}.legal_name"),
        aliases=tuple(aliases),
        birth_date=_opt(obj, "birth_date", path, v.day),
        address=_opt(obj, "address", path, _short),
        school=_opt(obj, "school", path, _short),
        contact=_opt(obj, "contact", path, _short),
    )


def parse_person(value: object, path: str, *, require_identity: bool = True) -> Person:
    """A person; `require_identity=False` checks a profile edit that leaves the vault alone."""
    obj = _object(value, path, _PERSON_FIELDS)
    role = v.code(obj.get("role"), f"{path}.role", PersonRole)
    relationship = _opt(obj, "relationship", path, lambda x, p: v.code(x, p, Relationship))
    if role == PersonRole.ACCUSED and relationship is None:
        raise InvalidInput(f"{path}.relationship: is required for an accused")
    identity = _opt(obj, "identity", path, parse_identity)
    name = _opt(obj, "name", path, _short)
    age = _opt(obj, "age", path, lambda x, p: v.integer(x, p, low=0, high=120))
    birth_year = _opt(obj, "birth_year", path, lambda x, p: v.integer(x, p, low=1900, high=2100))
    minor = is_minor(age, birth_year)
    if minor and identity is None and name is not None and require_identity:
        # A child's name is vault data whatever the role: it moves into the identity.
        identity, name = Identity(legal_name=name), None
    protected = is_protected(
        role, relationship, has_identity=identity is not None or not require_identity, minor=minor
    )
    if protected and identity is None and require_identity:
        raise InvalidInput(f"{path}.identity: a protected {role} needs an identity with legal_name")
    if protected and name is not None:
        raise InvalidInput(f"{path}.name: a protected person's name belongs in identity.legal_name")
    if not protected and identity is not None:
        raise InvalidInput(f"{path}.identity: only protected people have a vault identity; use name")
    detention = _opt(obj, "detention", path, parse_detention)
    if detention is not None and role != PersonRole.ACCUSED:
        raise InvalidInput(f"{path}.detention: only an accused has a detention status")
    measures = _list(obj.get("measures"), f"{path}.measures", parse_measure)
    if measures and role not in (PersonRole.VICTIM, PersonRole.WITNESS):
        raise InvalidInput(f"{path}.measures: child-witness measures are for a victim or witness")
    _unique([m.measure for m in measures], f"{path}.measures", "the same measure")
    return Person(
        detention=detention,
        measures=measures,
        role=role,
        sex=_opt(obj, "sex", path, lambda x, p: v.code(x, p, Sex)),
        age=age,
        birth_year=birth_year,
        nationality=_opt(obj, "nationality", path, v.country),
        relationship=relationship,
        name=name,
        identity=identity,
    )


def parse_referral(value: object, path: str) -> Referral:
    obj = _object(value, path, _REFERRAL_FIELDS)
    return Referral(
        agency=v.required_text(obj.get("agency"), f"{path}.agency"),
        kind=v.code(obj.get("kind"), f"{path}.kind", ReferralKind),
        referred_on=v.day(obj.get("referred_on"), f"{path}.referred_on"),
        status=v.code(obj.get("status"), f"{path}.status", ReferralStatus),
        follow_up_on=_opt(obj, "follow_up_on", path, v.day),
        note=_opt(obj, "note", path, _long),
    )


def parse_note(value: object, path: str) -> Note:
    obj = _object(value, path, _NOTE_FIELDS)
    return Note(
        kind=v.code(obj.get("kind"), f"{path}.kind", NoteKind),
        written_at=v.moment(obj.get("written_at"), f"{path}.written_at"),
        text=_long(obj.get("text"), f"{path}.text"),
        author=_opt(obj, "author", path, v.username),
    )


def parse_hearing(value: object, path: str) -> Hearing:
    obj = _object(value, path, _HEARING_FIELDS)
    return Hearing(
        court=v.required_text(obj.get("court"), f"{path}.court"),
        kind=v.code(obj.get("kind"), f"{path}.kind", HearingKind),
        starts_at=v.moment(obj.get("starts_at"), f"{path}.starts_at"),
        status=v.code(obj.get("status"), f"{path}.status", HearingStatus),
        branch=_opt(obj, "branch", path, _short),
        docket=_opt(obj, "docket", path, _short),
        location=_opt(obj, "location", path, _short),
        lawyer=_opt(obj, "lawyer", path, v.username),
        outcome=_opt(obj, "outcome", path, _long),
        notes=_opt(obj, "notes", path, _long),
        witnesses=_list(obj.get("witnesses"), f"{path}.witnesses", parse_witness),
        motions=_list(obj.get("motions"), f"{path}.motions", parse_motion),
    )


def parse_evidence(value: object, path: str) -> Evidence:
    obj = _object(value, path, _EVIDENCE_FIELDS)
    return Evidence(
        description=v.required_text(obj.get("description"), f"{path}.description"),
        custodian=_opt(obj, "custodian", path, _short),
        reference=_opt(obj, "reference", path, _short),
        sha256=_opt(obj, "sha256", path, v.sha256_hex),
        received_on=_opt(obj, "received_on", path, v.day),
    )


def parse_case(value: object) -> Case:
    """One case; paths are relative to the case ("persons[0].role")."""
    obj = _object(value, "", _CASE_FIELDS)
    source = obj.get("source")
    source_kind = source_ref = None
    if source is not None:
        src = _object(source, "source", _SOURCE_FIELDS)
        source_kind = v.code(src.get("kind"), "source.kind", SourceKind)
        source_ref = _opt(src, "reference", "source", _short)
    offenses = _list(obj.get("offenses"), "offenses", lambda x, p: v.code(x, p, Offense))
    if not offenses:
        raise InvalidInput("offenses: at least one offense code is required")
    if len(set(offenses)) != len(offenses):
        raise InvalidInput("offenses: lists the same offense twice")
    accommodations = _list(
        obj.get("accommodations"), "accommodations", lambda x, p: v.code(x, p, Accommodation)
    )
    case = Case(
        status=v.code(obj.get("status"), "status", CaseStatus),
        opened_on=v.day(obj.get("opened_on"), "opened_on"),
        region=v.code(obj.get("region"), "region", Region),
        offenses=tuple(offenses),
        summary=v.required_text(obj.get("summary"), "summary", limit=v.SUMMARY_MAX),
        assigned_to=v.username(obj.get("assigned_to"), "assigned_to"),
        consent_statistics=v.code(obj.get("consent_statistics"), "consent_statistics", Consent),
        reference=_opt(obj, "reference", "", v.reference),
        closed_on=_opt(obj, "closed_on", "", v.day),
        province=_opt(obj, "province", "", _short),
        source_kind=source_kind,
        source_reference=source_ref,
        accommodations=tuple(dict.fromkeys(accommodations)),
        persons=_list(obj.get("persons"), "persons", parse_person),
        referrals=_list(obj.get("referrals"), "referrals", parse_referral),
        notes=_list(obj.get("notes"), "notes", parse_note),
        hearings=_list(obj.get("hearings"), "hearings", parse_hearing),
        evidence=_list(obj.get("evidence"), "evidence", parse_evidence),
        criminal_cases=_list(obj.get("criminal_cases"), "criminal_cases", parse_criminal_case),
        prosecutor=_opt(obj, "prosecutor", "", _short),
        exhibits=_list(obj.get("exhibits"), "exhibits", parse_exhibit),
        disposition=_opt(obj, "disposition", "", parse_disposition),
    )
    if case.closed_on is not None and case.closed_on < case.opened_on:
        raise InvalidInput("closed_on: is before opened_on")
    _unique([c.number for c in case.criminal_cases], "criminal_cases", "the same case number")
    _unique([e.marking for e in case.exhibits], "exhibits", "the same marking")
    _link_court_record(case)
    return case


def _unique(values: list[str], path: str, what: str) -> None:
    if len(set(values)) != len(values):
        raise InvalidInput(f"{path}: lists {what} twice")


def parse_charge(value: object, path: str) -> Charge:
    obj = _object(value, path, _CHARGE_FIELDS)
    return Charge(
        statute=v.required_text(obj.get("statute"), f"{path}.statute"),
        section=_opt(obj, "section", path, _short),
        counts=_opt(obj, "counts", path, lambda x, p: v.integer(x, p, low=1, high=10_000)) or 1,
        description=_opt(obj, "description", path, _short),
    )


def parse_criminal_case(value: object, path: str) -> CriminalCase:
    obj = _object(value, path, _CRIMINAL_CASE_FIELDS)
    return CriminalCase(
        number=v.required_text(obj.get("number"), f"{path}.number"),
        charges=_list(obj.get("charges"), f"{path}.charges", parse_charge),
        court=_opt(obj, "court", path, _short),
        judicial_region=_opt(obj, "judicial_region", path, lambda x, p: v.integer(x, p, low=1, high=13)),
        branch=_opt(obj, "branch", path, _short),
        station=_opt(obj, "station", path, _short),
        filed_on=_opt(obj, "filed_on", path, v.day),
    )


def parse_exhibit(value: object, path: str) -> Exhibit:
    """An exhibit; `evidence` names an entry of this case's register by its `reference` (EV-001)."""
    obj = _object(value, path, _EXHIBIT_FIELDS)
    return Exhibit(
        marking=v.required_text(obj.get("marking"), f"{path}.marking"),
        description=v.required_text(obj.get("description"), f"{path}.description"),
        offered_by=_opt(obj, "offered_by", path, lambda x, p: v.code(x, p, Party)) or Party.PROSECUTION.value,
        evidence=_opt(obj, "evidence", path, _short),
        offered_on=_opt(obj, "offered_on", path, v.day),
        ruling=_opt(obj, "ruling", path, lambda x, p: v.code(x, p, ExhibitRuling)) or "pending",
        ruled_on=_opt(obj, "ruled_on", path, v.day),
    )


def parse_disposition(value: object, path: str) -> Disposition:
    obj = _object(value, path, _DISPOSITION_FIELDS)
    return Disposition(
        kind=v.code(obj.get("kind"), f"{path}.kind", DispositionKind), on=v.day(obj.get("on"), f"{path}.on")
    )


def parse_detention(value: object, path: str) -> Detention:
    obj = _object(value, path, _DETENTION_FIELDS)
    return Detention(
        status=v.code(obj.get("status"), f"{path}.status", DetentionStatus),
        since=_opt(obj, "since", path, v.day),
        bail=_opt(obj, "bail", path, _short),
    )


def parse_measure(value: object, path: str) -> ChildMeasure:
    obj = _object(value, path, _MEASURE_FIELDS)
    measure = v.code(obj.get("measure"), f"{path}.measure", ChildWitnessMeasure)
    language = _opt(obj, "language", path, _short)
    if language is not None and measure != ChildWitnessMeasure.INTERPRETER:
        raise InvalidInput(f"{path}.language: only an interpreter has a language")
    return ChildMeasure(
        measure=measure,
        status=_opt(obj, "status", path, lambda x, p: v.code(x, p, MeasureStatus)) or "requested",
        requested_on=_opt(obj, "requested_on", path, v.day),
        ruled_on=_opt(obj, "ruled_on", path, v.day),
        language=language,
    )


def parse_witness(value: object, path: str) -> HearingWitness:
    """A witness: `person` is the index of a person of this case; `name` an official (a police
    officer, a social worker) who is not one of the case's persons. Exactly one of them."""
    obj = _object(value, path, _WITNESS_FIELDS)
    person = _opt(obj, "person", path, lambda x, p: v.integer(x, p, low=0, high=100_000))
    name = _opt(obj, "name", path, _short)
    if (person is None) == (name is None):
        raise InvalidInput(f"{path}: give either person (an index into persons) or name, not both")
    return HearingWitness(
        person=None if person is None else f"#{person}",
        name=name,
        affidavit_filed_on=_opt(obj, "affidavit_filed_on", path, v.day),
    )


def parse_motion(value: object, path: str) -> Motion:
    obj = _object(value, path, _MOTION_FIELDS)
    return Motion(
        title=v.required_text(obj.get("title"), f"{path}.title"),
        filed_by=v.code(obj.get("filed_by"), f"{path}.filed_by", Party),
        filed_on=_opt(obj, "filed_on", path, v.day),
        status=_opt(obj, "status", path, lambda x, p: v.code(x, p, MotionStatus)) or "pending",
        resolved_on=_opt(obj, "resolved_on", path, v.day),
    )


def _link_court_record(case: Case) -> None:
    """Turn a witness's person index and an exhibit's evidence reference into record ids."""
    for h_index, hearing in enumerate(case.hearings):
        for w_index, witness in enumerate(hearing.witnesses):
            if witness.person is None:
                continue
            index = int(witness.person[1:])
            path = f"hearings[{h_index}].witnesses[{w_index}].person"
            if index >= len(case.persons):
                raise InvalidInput(f"{path}: there is no persons[{index}] in this case")
            person = case.persons[index]
            person.id = person.id or str(uuid.uuid4())
            witness.person = person.id
    by_reference = {e.reference: e for e in case.evidence if e.reference}
    for x_index, exhibit in enumerate(case.exhibits):
        if exhibit.evidence is None:
            continue
        item = by_reference.get(exhibit.evidence)
        if item is None:
            raise InvalidInput(f"exhibits[{x_index}].evidence: no evidence entry has the reference")
        item.id = item.id or str(uuid.uuid4())
        exhibit.evidence = item.id
