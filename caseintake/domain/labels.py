"""How stored codes, dates and times read on paper and in the counts files.

Pure data and formatting, so every face words things the same way: the reports lay it out, the
counts export names its codes with it (house style 18), and the editor shows dates the same way.
Kept apart from the layout so every document words things the same way. Month and day names are
spelled here rather than taken from `strftime`, which follows the process locale (the GUI sets
one) and would print a court document half in another language.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

MANILA = ZoneInfo("Asia/Manila")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

HEARING_KINDS = {
    "inquest": "Inquest",
    "preliminary_investigation": "Preliminary investigation",
    "arraignment": "Arraignment",
    "pre_trial": "Pre-trial",
    "trial": "Trial",
    "promulgation": "Promulgation of judgment",
    "other": "Hearing",
}
HEARING_PURPOSES = {
    "inquest": "Summary inquiry into whether the person arrested without a warrant should be charged.",
    "preliminary_investigation": "Determination of probable cause to file the information in court.",
    "arraignment": "Reading of the information to the accused and entry of plea.",
    "pre_trial": "Plea bargaining, stipulation of facts, marking of evidence and other pre-trial matters.",
    "trial": "Presentation of evidence and examination of witnesses.",
    "promulgation": "Promulgation of the judgment.",
    "other": "As set by the court or office.",
}
HEARING_STATUSES = {
    "scheduled": "Scheduled",
    "held": "Held",
    "postponed": "Postponed",
    "cancelled": "Cancelled",
}
OFFENSES = {
    "osaec_livestream": "Online sexual abuse or exploitation of children (livestreaming)",
    "csaem_production": "Production of child sexual abuse or exploitation material",
    "csaem_distribution": "Distribution of child sexual abuse or exploitation material",
    "grooming": "Grooming of a child",
    "sextortion": "Sexual extortion",
    "trafficking_sexual": "Trafficking in persons for sexual exploitation",
    "trafficking_labor": "Trafficking in persons for forced labor",
    "child_abuse": "Child abuse",
    "other": "Other offense",
}
SOURCES = {
    "cybertipline": "CyberTipline report",
    "foreign_referral": "Referral from foreign law enforcement",
    "hotline": "Hotline call",
    "walk_in": "Walk-in report",
    "school": "Referral by a school",
    "police": "Referral by the police",
    "other": "Other source",
}
CASE_STATUSES = {"intake": "Intake", "active": "Active", "in_court": "In court", "closed": "Closed"}
PERSON_ROLES = {"victim": "Victim", "accused": "Accused", "guardian": "Guardian", "witness": "Witness",
                "other": "Other"}  # fmt: skip
RELATIONSHIPS = {
    "parent": "Parent",
    "relative": "Relative",
    "household": "Household member",
    "neighbor": "Neighbor",
    "stranger_local": "Local, not related",
    "foreign_online": "Foreign online offender",
    "other": "Other",
}
SEXES = {"F": "Female", "M": "Male", "U": "—"}
NATIONALITIES = {"PH": "Filipino", "US": "American", "AU": "Australian", "GB": "British", "CA": "Canadian",
                 "DE": "German", "NL": "Dutch", "SE": "Swedish", "NO": "Norwegian", "JP": "Japanese",
                 "KR": "Korean", "NZ": "New Zealander"}  # fmt: skip
ACCOMMODATIONS = {
    "guardian_ad_litem": (
        "Guardian ad litem",
        "to protect the best interests of the child in the proceedings",
    ),
    "live_link": ("Live-link television testimony", "the child testifies from a room outside the courtroom"),
    "screen": ("Screen or one-way mirror", "so the child does not see the accused while testifying"),
    "support_person": ("Support person", "to accompany the child while testifying"),
    "interpreter": ("Interpreter", "for the child's testimony"),
}
NOTE_KINDS = {
    "intake": "Intake note",
    "home_visit": "Home visit",
    "interview": "Interview",
    "case_conference": "Case conference",
    "general": "Case note",
}
REFERRAL_KINDS = {
    "shelter": "Shelter",
    "medical": "Medical care",
    "psychosocial": "Psychosocial support",
    "legal": "Legal assistance",
    "law_enforcement": "Law enforcement",
    "social_welfare": "Social welfare",
    "education": "Education",
    "livelihood": "Livelihood",
    "other": "Other services",
}
REFERRAL_STATUSES = {"pending": "pending", "accepted": "accepted", "declined": "declined",
                     "completed": "completed"}  # fmt: skip
USER_ROLES = {"lawyer": "Lawyer", "supervisor": "Supervisor", "social_worker": "Social worker"}
COURT_ABBREVIATIONS = {
    "RTC": "Regional Trial Court",
    "MTC": "Municipal Trial Court",
    "MTCC": "Municipal Trial Court in Cities",
    "MeTC": "Metropolitan Trial Court",
    "MCTC": "Municipal Circuit Trial Court",
}


def label(table: dict[str, str], code: str | None, default: str = "—") -> str:
    """The printed form of a code; an unknown code prints as itself rather than vanishing."""
    if code is None:
        return default
    return table.get(code, code.replace("_", " "))


def court_name(court: str) -> str:
    """'RTC Branch 12, Cebu City' reads 'Regional Trial Court Branch 12, Cebu City' in a caption."""
    first, _, rest = court.partition(" ")
    full = COURT_ABBREVIATIONS.get(first)
    return f"{full} {rest}".strip() if full else court


def long_date(day: date) -> str:
    return f"{_DAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"


def full_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def clock(moment: datetime) -> str:
    """'8:30 AM' in the moment's own zone."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def manila(moment: datetime) -> datetime:
    return moment.astimezone(MANILA)


def manila_zone_note(moment: datetime) -> str:
    """'Philippine time (Asia/Manila, UTC+08:00)', from the zone's real offset on that day."""
    offset = manila(moment).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"Philippine time (Asia/Manila, UTC{sign}{hours:02d}:{mins:02d})"


# Philippine administrative regions (PSGC codes as stored), for the counts files.
REGIONS = {
    "NCR": "National Capital Region",
    "CAR": "Cordillera Administrative Region",
    "I": "Ilocos Region",
    "II": "Cagayan Valley",
    "III": "Central Luzon",
    "IV-A": "CALABARZON",
    "MIMAROPA": "MIMAROPA Region",
    "V": "Bicol Region",
    "VI": "Western Visayas",
    "NIR": "Negros Island Region",
    "VII": "Central Visayas",
    "VIII": "Eastern Visayas",
    "IX": "Zamboanga Peninsula",
    "X": "Northern Mindanao",
    "XI": "Davao Region",
    "XII": "SOCCSKSARGEN",
    "XIII": "Caraga",
    "BARMM": "Bangsamoro Autonomous Region in Muslim Mindanao",
}
