"""Plain records of case data, shared by import, demo data, services and reports.

They carry no behaviour beyond a few derived facts; validation lives in `validation` and the
interchange parser, persistence in `storage`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from caseintake.domain.codes import PROTECTED_RELATIONSHIPS, PersonRole


@dataclass(slots=True)
class Identity:
    """The vault part of a protected person: never leaves the database."""

    legal_name: str
    aliases: tuple[str, ...] = ()
    birth_date: date | None = None
    address: str | None = None
    school: str | None = None
    contact: str | None = None


@dataclass(slots=True)
class Detention:
    """Where an accused stands: detained since arrest or commitment, on bail, at large."""

    status: str
    since: date | None = None
    bail: str | None = None


@dataclass(slots=True)
class ChildMeasure:
    """One A.M. No. 00-4-07-SC measure for one child, and whether the court granted it."""

    measure: str
    status: str = "requested"
    requested_on: date | None = None
    ruled_on: date | None = None
    language: str | None = None  # the interpreter's language


@dataclass(slots=True)
class Person:
    role: str
    sex: str | None = None
    age: int | None = None
    birth_year: int | None = None
    nationality: str | None = None
    relationship: str | None = None
    name: str | None = None
    identity: Identity | None = None
    pseudonym: str | None = None
    id: str | None = None
    detention: Detention | None = None
    measures: list[ChildMeasure] = field(default_factory=list)

    @property
    def protected(self) -> bool:
        return is_protected(
            self.role,
            self.relationship,
            has_identity=self.identity is not None,
            minor=is_minor(self.age, self.birth_year),
        )


def is_minor(age: int | None, birth_year: int | None, today: date | None = None) -> bool:
    """Under 18 by the age recorded at intake, or by the birth year (counted generously)."""
    if age is not None and age < 18:
        return True
    return birth_year is not None and (today or date.today()).year - birth_year < 18


def is_protected(role: str, relationship: str | None, *, has_identity: bool, minor: bool = False) -> bool:
    """Victims, guardians, children of any role and accused relatives or household members are
    always protected.

    A child is protected whatever the role (a child witness gets court initials too, and so
    does a child in conflict with the law). An adult witness or other person is protected when
    they were recorded with an identity rather than a plain name (a sibling who saw the abuse).
    """
    if role in (PersonRole.VICTIM, PersonRole.GUARDIAN) or minor:
        return True
    if role == PersonRole.ACCUSED:
        return relationship in PROTECTED_RELATIONSHIPS
    return has_identity


@dataclass(slots=True)
class Referral:
    agency: str
    kind: str
    referred_on: date
    status: str
    follow_up_on: date | None = None
    note: str | None = None
    id: str | None = None


@dataclass(slots=True)
class Note:
    kind: str
    written_at: datetime
    text: str
    author: str | None = None
    id: str | None = None
    version: int = 1
    #: Imported notes (schema upgrade 4): `author` is the user who imported the file; the file's
    #: author is kept only as stated, and `written_at` is the date the file stated.
    stated_author: str | None = None
    imported_by: str | None = None
    imported_at: str | None = None  # ISO 8601, UTC

    @property
    def byline(self) -> str:
        """Who wrote the note, never crediting a stated author as if they wrote it here."""
        if self.imported_by is None:
            return self.author or ""
        day = (self.imported_at or "")[:10]
        imported = f"imported by {self.imported_by}" + (f" on {day}" if day else "")
        return f"stated author: {self.stated_author}, {imported}" if self.stated_author else imported


@dataclass(slots=True)
class HearingWitness:
    """A witness to be presented at a hearing: a person of the case (by id) or a named official."""

    person: str | None = None
    name: str | None = None
    affidavit_filed_on: date | None = None


@dataclass(slots=True)
class Motion:
    title: str
    filed_by: str
    status: str = "pending"
    filed_on: date | None = None
    resolved_on: date | None = None
    id: str | None = None


@dataclass(slots=True)
class Hearing:
    court: str
    kind: str
    starts_at: datetime
    status: str
    branch: str | None = None
    docket: str | None = None
    location: str | None = None
    lawyer: str | None = None
    outcome: str | None = None
    notes: str | None = None
    id: str | None = None
    witnesses: list[HearingWitness] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    description: str
    custodian: str | None = None
    reference: str | None = None
    sha256: str | None = None
    received_on: date | None = None
    id: str | None = None


@dataclass(slots=True)
class Charge:
    """One charge of an information: the statute as amended, the section, how many counts."""

    statute: str
    section: str | None = None
    counts: int = 1
    description: str | None = None


@dataclass(slots=True)
class CriminalCase:
    """One criminal case number with its charges and the court that holds it."""

    number: str
    charges: list[Charge] = field(default_factory=list)
    court: str | None = None
    judicial_region: int | None = None
    branch: str | None = None
    station: str | None = None
    filed_on: date | None = None


@dataclass(slots=True)
class Exhibit:
    """An exhibit as marked in court, linked to the evidence register when it is an item there."""

    marking: str
    description: str
    offered_by: str = "prosecution"
    evidence: str | None = None  # the evidence entry's id
    offered_on: date | None = None
    ruling: str = "pending"
    ruled_on: date | None = None
    id: str | None = None


@dataclass(slots=True)
class Disposition:
    kind: str
    on: date


@dataclass(slots=True)
class Case:
    status: str
    opened_on: date
    region: str
    offenses: tuple[str, ...]
    summary: str
    assigned_to: str
    consent_statistics: str
    reference: str | None = None
    closed_on: date | None = None
    province: str | None = None
    source_kind: str | None = None
    source_reference: str | None = None
    accommodations: tuple[str, ...] = ()
    persons: list[Person] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    id: str | None = None
    criminal_cases: list[CriminalCase] = field(default_factory=list)
    prosecutor: str | None = None
    exhibits: list[Exhibit] = field(default_factory=list)
    disposition: Disposition | None = None

    @property
    def has_court_record(self) -> bool:
        """Whether any court data of schema 6 is present (most cases have none)."""
        return bool(
            self.criminal_cases
            or self.prosecutor
            or self.exhibits
            or self.disposition
            or any(p.detention or p.measures for p in self.persons)
            or any(h.witnesses or h.motions for h in self.hearings)
        )
