"""Checks of whole records, whoever built them: the importer from JSON, a form from its widgets.

Each check validates a typed record in place, normalises its text (trimmed, one line where a
line is expected) and returns it; a failure is an `InvalidInput` naming the field by its path
("referral.follow_up_on") with a code. The interchange parser turns JSON values into the
record's types and then calls the same check, so a rule lives here once.
"""

from __future__ import annotations

from datetime import date, datetime

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


def _short(value: object, path: str) -> str | None:
    return v.text(value, path, required=False)


def _long(value: object, path: str) -> str | None:
    return v.text(value, path, limit=v.NOTE_MAX, required=False)


def _day(value: object, path: str, *, required: bool = True) -> date | None:
    if value is None and not required:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput.at(path, "not a date (expected YYYY-MM-DD)", "date")
    return value


def _moment(value: object, path: str) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise InvalidInput.at(
            path, "not a date and time with an offset (expected e.g. 2026-03-02T08:30:00+08:00)", "moment"
        )
    return value


def _codes(values: object, path: str, vocabulary: type, *, at_least_one: bool = False) -> tuple[str, ...]:
    if not isinstance(values, list | tuple):
        raise InvalidInput.at(path, "must be a list", "type")
    found = tuple(v.code(x, f"{path}[{i}]", vocabulary) for i, x in enumerate(values))
    if at_least_one and not found:
        raise InvalidInput.at(path, f"at least one {path.rstrip('s')} code is required", "required")
    return found


def check_referral(r: Referral, path: str = "referral") -> Referral:
    r.agency = v.required_text(r.agency, f"{path}.agency")
    r.kind = v.code(r.kind, f"{path}.kind", ReferralKind)
    r.referred_on = _day(r.referred_on, f"{path}.referred_on") or r.referred_on
    r.status = v.code(r.status, f"{path}.status", ReferralStatus)
    r.follow_up_on = _day(r.follow_up_on, f"{path}.follow_up_on", required=False)
    r.note = _long(r.note, f"{path}.note")
    return r


def check_evidence(item: Evidence, path: str = "evidence") -> Evidence:
    item.description = v.required_text(item.description, f"{path}.description")
    item.custodian = _short(item.custodian, f"{path}.custodian")
    item.reference = _short(item.reference, f"{path}.reference")
    item.sha256 = None if item.sha256 is None else v.sha256_hex(item.sha256, f"{path}.sha256")
    item.received_on = _day(item.received_on, f"{path}.received_on", required=False)
    return item


def check_note(note: Note, path: str = "note") -> Note:
    note.kind = v.code(note.kind, f"{path}.kind", NoteKind)
    note.written_at = _moment(note.written_at, f"{path}.written_at")
    note.text = v.required_text(note.text, f"{path}.text", limit=v.NOTE_MAX)
    note.author = None if note.author is None else v.username(note.author, f"{path}.author")
    return note


def check_hearing(h: Hearing, path: str = "hearing") -> Hearing:
    """A hearing's own fields (its witnesses and motions are checked with the court record)."""
    h.court = v.required_text(h.court, f"{path}.court")
    h.kind = v.code(h.kind, f"{path}.kind", HearingKind)
    h.starts_at = _moment(h.starts_at, f"{path}.starts_at")
    h.status = v.code(h.status, f"{path}.status", HearingStatus)
    h.branch = _short(h.branch, f"{path}.branch")
    h.docket = _short(h.docket, f"{path}.docket")
    h.location = _short(h.location, f"{path}.location")
    h.lawyer = None if h.lawyer is None else v.username(h.lawyer, f"{path}.lawyer")
    h.outcome = _long(h.outcome, f"{path}.outcome")
    h.notes = _long(h.notes, f"{path}.notes")
    return h


def check_identity(identity: Identity, path: str = "identity") -> Identity:
    identity.legal_name = v.required_text(identity.legal_name, f"{path}.legal_name")
    if not isinstance(identity.aliases, list | tuple):
        raise InvalidInput.at(f"{path}.aliases", "must be a list", "type")
    identity.aliases = tuple(
        v.required_text(a, f"{path}.aliases[{i}]") for i, a in enumerate(identity.aliases)
    )
    identity.birth_date = _day(identity.birth_date, f"{path}.birth_date", required=False)
    identity.address = _short(identity.address, f"{path}.address")
    identity.school = _short(identity.school, f"{path}.school")
    identity.contact = _short(identity.contact, f"{path}.contact")
    return identity


def check_person(p: Person, path: str = "person", *, require_identity: bool = True) -> Person:
    """A person; `require_identity=False` checks a profile edit that leaves the vault alone.

    A child's plain name is vault data whatever the role: it moves into the identity."""
    p.role = v.code(p.role, f"{path}.role", PersonRole)
    if p.relationship is not None:
        p.relationship = v.code(p.relationship, f"{path}.relationship", Relationship)
    if p.role == PersonRole.ACCUSED and p.relationship is None:
        raise InvalidInput.at(f"{path}.relationship", "is required for an accused", "required")
    if p.sex is not None:
        p.sex = v.code(p.sex, f"{path}.sex", Sex)
    if p.age is not None:
        p.age = v.integer(p.age, f"{path}.age", low=0, high=120)
    if p.birth_year is not None:
        p.birth_year = v.integer(p.birth_year, f"{path}.birth_year", low=1900, high=2100)
    if p.nationality is not None:
        p.nationality = v.country(p.nationality, f"{path}.nationality")
    p.name = _short(p.name, f"{path}.name")
    if p.identity is not None:
        check_identity(p.identity, f"{path}.identity")
    minor = is_minor(p.age, p.birth_year)
    if minor and p.identity is None and p.name is not None and require_identity:
        p.identity, p.name = Identity(legal_name=p.name), None
    protected = is_protected(
        p.role, p.relationship, has_identity=p.identity is not None or not require_identity, minor=minor
    )
    if protected and p.identity is None and require_identity:
        raise InvalidInput.at(
            f"{path}.identity", f"a protected {p.role} needs an identity with legal_name", "identity_required"
        )
    if protected and p.name is not None:
        raise InvalidInput.at(
            f"{path}.name", "a protected person's name belongs in identity.legal_name", "name_in_vault"
        )
    if not protected and p.identity is not None:
        raise InvalidInput.at(
            f"{path}.identity",
            "only protected people have a vault identity; use name",
            "identity_not_allowed",
        )
    if p.detention is not None and p.role != PersonRole.ACCUSED:
        raise InvalidInput.at(f"{path}.detention", "only an accused has a detention status", "not_allowed")
    if p.measures and p.role not in (PersonRole.VICTIM, PersonRole.WITNESS):
        raise InvalidInput.at(
            f"{path}.measures", "child-witness measures are for a victim or witness", "not_allowed"
        )
    if len({m.measure for m in p.measures}) != len(p.measures):
        raise InvalidInput.at(f"{path}.measures", "lists the same measure twice", "duplicate")
    return p


#: A case's own fields, as `Case` attributes (what `check_case_fields` covers and an edit may change).
CASE_FIELDS = (
    "status",
    "opened_on",
    "closed_on",
    "region",
    "province",
    "source_kind",
    "source_reference",
    "offenses",
    "summary",
    "assigned_to",
    "consent_statistics",
    "accommodations",
)


def check_case_fields(case: Case) -> Case:
    """The case's own fields (its people and other records have checks of their own)."""
    case.status = v.code(case.status, "status", CaseStatus)
    case.opened_on = _day(case.opened_on, "opened_on") or case.opened_on
    case.region = v.code(case.region, "region", Region)
    offenses = _codes(case.offenses, "offenses", Offense, at_least_one=True)
    if len(set(offenses)) != len(offenses):
        raise InvalidInput.at("offenses", "lists the same offense twice", "duplicate")
    case.offenses = offenses
    case.summary = v.required_text(case.summary, "summary", limit=v.SUMMARY_MAX)
    case.assigned_to = v.username(case.assigned_to, "assigned_to")
    case.consent_statistics = v.code(case.consent_statistics, "consent_statistics", Consent)
    if case.reference is not None:
        case.reference = v.reference(case.reference, "reference")
    case.closed_on = _day(case.closed_on, "closed_on", required=False)
    case.province = _short(case.province, "province")
    if case.source_kind is not None:
        case.source_kind = v.code(case.source_kind, "source.kind", SourceKind)
    case.source_reference = _short(case.source_reference, "source.reference")
    if case.source_reference and case.source_kind is None:
        raise InvalidInput.at(
            "source.kind", "choose how the case reached the team, or clear the outside reference", "required"
        )
    case.accommodations = tuple(dict.fromkeys(_codes(case.accommodations, "accommodations", Accommodation)))
    if case.closed_on is not None and case.closed_on < case.opened_on:
        raise InvalidInput.at("closed_on", "is before opened_on", "order")
    return case


# The court record (DESIGN §7, docs/interchange.md): each record on its own; the rules between
# records (a witness is a person of the case, an exhibit's evidence entry exists, no case number
# or marking twice) are the caller's, who knows the case.


def check_charge(g: Charge, path: str = "charge") -> Charge:
    g.statute = v.required_text(g.statute, f"{path}.statute")
    g.section = _short(g.section, f"{path}.section")
    g.counts = v.integer(g.counts, f"{path}.counts", low=1, high=10_000)
    g.description = _short(g.description, f"{path}.description")
    return g


def check_criminal_case(cc: CriminalCase, path: str = "criminal_case") -> CriminalCase:
    """A criminal case's own fields (each of its charges has `check_charge`)."""
    cc.number = v.required_text(cc.number, f"{path}.number")
    cc.court = _short(cc.court, f"{path}.court")
    if cc.judicial_region is not None:
        cc.judicial_region = v.integer(cc.judicial_region, f"{path}.judicial_region", low=1, high=13)
    cc.branch = _short(cc.branch, f"{path}.branch")
    cc.station = _short(cc.station, f"{path}.station")
    cc.filed_on = _day(cc.filed_on, f"{path}.filed_on", required=False)
    return cc


def check_exhibit(x: Exhibit, path: str = "exhibit") -> Exhibit:
    """An exhibit; `evidence` names an entry of the case's register (its id, or its reference
    while an import has not linked it yet)."""
    x.marking = v.required_text(x.marking, f"{path}.marking")
    x.description = v.required_text(x.description, f"{path}.description")
    x.offered_by = v.code(x.offered_by, f"{path}.offered_by", Party)
    x.evidence = _short(x.evidence, f"{path}.evidence")
    x.offered_on = _day(x.offered_on, f"{path}.offered_on", required=False)
    x.ruling = v.code(x.ruling, f"{path}.ruling", ExhibitRuling)
    x.ruled_on = _day(x.ruled_on, f"{path}.ruled_on", required=False)
    return x


def check_disposition(d: Disposition, path: str = "disposition") -> Disposition:
    d.kind = v.code(d.kind, f"{path}.kind", DispositionKind)
    d.on = _day(d.on, f"{path}.on") or d.on
    return d


def check_detention(d: Detention, path: str = "detention") -> Detention:
    d.status = v.code(d.status, f"{path}.status", DetentionStatus)
    d.since = _day(d.since, f"{path}.since", required=False)
    d.bail = _short(d.bail, f"{path}.bail")
    return d


def check_measure(m: ChildMeasure, path: str = "measure") -> ChildMeasure:
    m.measure = v.code(m.measure, f"{path}.measure", ChildWitnessMeasure)
    m.language = _short(m.language, f"{path}.language")
    if m.language is not None and m.measure != ChildWitnessMeasure.INTERPRETER:
        raise InvalidInput.at(f"{path}.language", "only an interpreter has a language", "not_allowed")
    m.status = v.code(m.status, f"{path}.status", MeasureStatus)
    m.requested_on = _day(m.requested_on, f"{path}.requested_on", required=False)
    m.ruled_on = _day(m.ruled_on, f"{path}.ruled_on", required=False)
    return m


def check_witness(w: HearingWitness, path: str = "witness") -> HearingWitness:
    """A witness: `person` names a person of the case (an id, or "#index" while an import has
    not linked it yet); `name` an official who is not one of them. Exactly one of the two."""
    if w.person is not None and (not isinstance(w.person, str) or not w.person.strip()):
        raise InvalidInput.at(f"{path}.person", "must name a person of the case", "type")
    w.name = _short(w.name, f"{path}.name")
    if (w.person is None) == (w.name is None):
        raise InvalidInput.at(
            path, "give either person (an index into persons) or name, not both", "either_or"
        )
    w.affidavit_filed_on = _day(w.affidavit_filed_on, f"{path}.affidavit_filed_on", required=False)
    return w


def check_motion(m: Motion, path: str = "motion") -> Motion:
    m.title = v.required_text(m.title, f"{path}.title")
    m.filed_by = v.code(m.filed_by, f"{path}.filed_by", Party)
    m.filed_on = _day(m.filed_on, f"{path}.filed_on", required=False)
    m.status = v.code(m.status, f"{path}.status", MotionStatus)
    m.resolved_on = _day(m.resolved_on, f"{path}.resolved_on", required=False)
    return m
