"""The closed vocabularies of DESIGN §3 and §7.

Stored and exchanged as their string values; the sets here are what validation accepts.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache


class CaseStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    IN_COURT = "in_court"
    CLOSED = "closed"


class Region(StrEnum):
    NCR = "NCR"
    CAR = "CAR"
    I = "I"  # noqa: E741 - the PSGC code is the roman numeral
    II = "II"
    III = "III"
    IV_A = "IV-A"
    MIMAROPA = "MIMAROPA"
    V = "V"
    VI = "VI"
    NIR = "NIR"
    VII = "VII"
    VIII = "VIII"
    IX = "IX"
    X = "X"
    XI = "XI"
    XII = "XII"
    XIII = "XIII"
    BARMM = "BARMM"


class Offense(StrEnum):
    OSAEC_LIVESTREAM = "osaec_livestream"
    CSAEM_PRODUCTION = "csaem_production"
    CSAEM_DISTRIBUTION = "csaem_distribution"
    GROOMING = "grooming"
    SEXTORTION = "sextortion"
    TRAFFICKING_SEXUAL = "trafficking_sexual"
    TRAFFICKING_LABOR = "trafficking_labor"
    CHILD_ABUSE = "child_abuse"
    OTHER = "other"


class SourceKind(StrEnum):
    CYBERTIPLINE = "cybertipline"
    FOREIGN_REFERRAL = "foreign_referral"
    HOTLINE = "hotline"
    WALK_IN = "walk_in"
    SCHOOL = "school"
    POLICE = "police"
    OTHER = "other"


class Consent(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Accommodation(StrEnum):
    GUARDIAN_AD_LITEM = "guardian_ad_litem"
    LIVE_LINK = "live_link"
    SCREEN = "screen"
    SUPPORT_PERSON = "support_person"
    INTERPRETER = "interpreter"


class PersonRole(StrEnum):
    VICTIM = "victim"
    ACCUSED = "accused"
    GUARDIAN = "guardian"
    WITNESS = "witness"
    OTHER = "other"


class Relationship(StrEnum):
    PARENT = "parent"
    RELATIVE = "relative"
    HOUSEHOLD = "household"
    NEIGHBOR = "neighbor"
    STRANGER_LOCAL = "stranger_local"
    FOREIGN_ONLINE = "foreign_online"
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"


class ReferralKind(StrEnum):
    SHELTER = "shelter"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"
    LAW_ENFORCEMENT = "law_enforcement"
    SOCIAL_WELFARE = "social_welfare"
    EDUCATION = "education"
    LIVELIHOOD = "livelihood"
    OTHER = "other"


class ReferralStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class NoteKind(StrEnum):
    INTAKE = "intake"
    HOME_VISIT = "home_visit"
    INTERVIEW = "interview"
    CASE_CONFERENCE = "case_conference"
    GENERAL = "general"


class HearingKind(StrEnum):
    INQUEST = "inquest"
    PRELIMINARY_INVESTIGATION = "preliminary_investigation"
    ARRAIGNMENT = "arraignment"
    PRE_TRIAL = "pre_trial"
    TRIAL = "trial"
    PROMULGATION = "promulgation"
    OTHER = "other"


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Role(StrEnum):
    SOCIAL_WORKER = "social_worker"
    LAWYER = "lawyer"
    SUPERVISOR = "supervisor"


class ChildWitnessMeasure(StrEnum):
    """The measures of the Rule on Examination of a Child Witness (A.M. No. 00-4-07-SC), per child."""

    GUARDIAN_AD_LITEM = "guardian_ad_litem"
    INTERPRETER = "interpreter"
    FACILITATOR = "facilitator"
    SUPPORT_PERSON = "support_person"
    WAITING_AREA = "waiting_area"
    COURTROOM_ARRANGEMENT = "courtroom_arrangement"
    TESTIMONIAL_AIDS = "testimonial_aids"
    COMFORT_OBJECT = "comfort_object"
    APPROPRIATE_HOURS = "appropriate_hours"
    CLOSED_DOOR = "closed_door"
    LIVE_LINK = "live_link"
    SCREEN = "screen"
    VIDEOTAPED_DEPOSITION = "videotaped_deposition"
    RECORDED_INTERVIEW = "recorded_interview"
    PROTECTIVE_ORDER = "protective_order"


class MeasureStatus(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"


class DetentionStatus(StrEnum):
    DETAINED = "detained"
    ON_BAIL = "on_bail"
    RECOGNIZANCE = "recognizance"
    AT_LARGE = "at_large"
    RELEASED = "released"


class Party(StrEnum):
    """Who filed a motion or offered an exhibit."""

    PROSECUTION = "prosecution"
    PRIVATE_PROSECUTOR = "private_prosecutor"
    DEFENSE = "defense"
    COURT = "court"


class MotionStatus(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"
    MOOT = "moot"


class ExhibitRuling(StrEnum):
    PENDING = "pending"
    ADMITTED = "admitted"
    DENIED = "denied"


class DispositionKind(StrEnum):
    CONVICTION = "conviction"
    ACQUITTAL = "acquittal"
    DISMISSAL = "dismissal"
    PLEA = "plea"
    ARCHIVED = "archived"


#: Accused whose naming would name the child: pseudonymized like the victim.
PROTECTED_RELATIONSHIPS = frozenset({Relationship.PARENT, Relationship.RELATIVE, Relationship.HOUSEHOLD})


@cache
def values(enum: type[StrEnum]) -> frozenset[str]:
    """The accepted string values of a vocabulary (computed once: validation is a hot path)."""
    return frozenset(member.value for member in enum)
