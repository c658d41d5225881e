"""The interchange format of DESIGN §7: strict parsing of plain JSON values into records.

Unknown fields are errors, codes must be known, dates are ISO 8601 and times carry an offset.
Every error names the case index and the field path, e.g.
``case 2: hearings[0].starts_at: not a date and time with an offset``.
Fields of the data model that the design's example does not show (closed_on, branch, location,
outcome, follow_up_on, aliases, birth_year) are accepted as optional, since they are not unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from caseintake.domain import validation as v
from caseintake.domain.codes import (
    Accommodation,
    CaseStatus,
    Consent,
    HearingKind,
    HearingStatus,
    NoteKind,
    Offense,
    PersonRole,
    ReferralKind,
    ReferralStatus,
    Region,
    Relationship,
    Sex,
    SourceKind,
)
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Case, Evidence, Hearing, Identity, Note, Person, Referral, is_protected

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
}
_PERSON_FIELDS = {"role", "sex", "age", "birth_year", "nationality", "relationship", "name", "identity"}
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
}
_EVIDENCE_FIELDS = {"description", "custodian", "reference", "sha256", "received_on"}
_SOURCE_FIELDS = {"kind", "reference"}

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
    protected = is_protected(role, relationship, has_identity=identity is not None or not require_identity)
    if protected and identity is None and require_identity:
        raise InvalidInput(f"{path}.identity: a protected {role} needs an identity with legal_name")
    if protected and name is not None:
        raise InvalidInput(f"{path}.name: a protected person's name belongs in identity.legal_name")
    if not protected and identity is not None:
        raise InvalidInput(f"{path}.identity: only protected people have a vault identity; use name")
    return Person(
        role=role,
        sex=_opt(obj, "sex", path, lambda x, p: v.code(x, p, Sex)),
        age=_opt(obj, "age", path, lambda x, p: v.integer(x, p, low=0, high=120)),
        birth_year=_opt(obj, "birth_year", path, lambda x, p: v.integer(x, p, low=1900, high=2100)),
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
    )
    if case.closed_on is not None and case.closed_on < case.opened_on:
        raise InvalidInput("closed_on: is before opened_on")
    return case
