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

    @property
    def protected(self) -> bool:
        return is_protected(self.role, self.relationship, has_identity=self.identity is not None)


def is_protected(role: str, relationship: str | None, *, has_identity: bool) -> bool:
    """Victims, guardians and accused relatives or household members are always protected.

    A witness or other person is protected when they were recorded with an identity rather
    than a plain name (a sibling who saw the abuse, say).
    """
    if role in (PersonRole.VICTIM, PersonRole.GUARDIAN):
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


@dataclass(slots=True)
class Evidence:
    description: str
    custodian: str | None = None
    reference: str | None = None
    sha256: str | None = None
    received_on: date | None = None
    id: str | None = None


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
