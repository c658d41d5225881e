"""How the court record reads on paper: measures, statuses, parties, the caption's court lines.

Beside `labels` (which words the rest of the case) so the hearing summary and the editor's Court
tab call things by the same names, and name a person the same way (`designation`).
"""

from __future__ import annotations

from datetime import date

from caseintake.domain import labels as lb
from caseintake.domain.records import Charge, Person

#: The measures of the Rule on Examination of a Child Witness (A.M. No. 00-4-07-SC).
MEASURES: dict[str, str] = {
    "guardian_ad_litem": "Guardian ad litem",
    "interpreter": "Interpreter",
    "facilitator": "Facilitator to put the questions to the child",
    "support_person": "Support person during testimony",
    "waiting_area": "Separate waiting area",
    "courtroom_arrangement": "Child-friendly arrangement of the courtroom",
    "testimonial_aids": "Testimonial aids (dolls, drawings)",
    "comfort_object": "Emotional security item (comfort object)",
    "appropriate_hours": "Testimony at hours suited to the child, with recesses",
    "closed_door": "Exclusion of the public (closed-door hearing)",
    "live_link": "Live-link television testimony",
    "screen": "Screen or one-way mirror",
    "videotaped_deposition": "Videotaped deposition",
    "recorded_interview": "Admission of the recorded investigative interview",
    "protective_order": "Protective order over records and recordings",
}
MEASURE_STATUSES = {
    "requested": "Requested",
    "granted": "Granted",
    "denied": "Denied",
    "withdrawn": "Withdrawn",
}
DETENTION_STATUSES = {
    "detained": "Detained",
    "on_bail": "Released on bail",
    "recognizance": "Released on recognizance",
    "at_large": "At large",
    "released": "Released",
}
PARTIES = {
    "prosecution": "Prosecution",
    "private_prosecutor": "Private prosecutor",
    "defense": "Defense",
    "court": "Court (motu proprio)",
}
MOTION_STATUSES = {
    "pending": "Pending",
    "granted": "Granted",
    "denied": "Denied",
    "withdrawn": "Withdrawn",
    "moot": "Moot",
}
EXHIBIT_RULINGS = {"pending": "Not yet ruled on", "admitted": "Admitted", "denied": "Denied"}
DISPOSITIONS = {
    "conviction": "Conviction",
    "acquittal": "Acquittal",
    "dismissal": "Dismissal",
    "plea": "Plea of guilty (plea bargaining)",
    "archived": "Archived",
}

# Philippine region (PSGC code) to judicial region, where the two coincide; the caption leaves the
# line out rather than guess for the others.
_JUDICIAL_REGIONS = {"CAR": 1, "I": 1, "II": 2, "III": 3, "IV-A": 4, "MIMAROPA": 4, "V": 5, "VI": 6,
                     "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}  # fmt: skip


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def judicial_region_line(number: int | None, region: str) -> str | None:
    """ "7th JUDICIAL REGION"; the National Capital Judicial Region for NCR; else None."""
    if number is None and region == "NCR":
        return "NATIONAL CAPITAL JUDICIAL REGION"
    number = number or _JUDICIAL_REGIONS.get(region)
    return f"{ordinal(number)} JUDICIAL REGION" if number else None


def charge_text(charge: Charge) -> str:
    """ "Sec. 4(c) of RA 11930 (3 counts)" — how the caption's "For:" line names a charge."""
    where = f"{charge.section} of {charge.statute}" if charge.section else charge.statute
    return where + (f" ({charge.counts} counts)" if charge.counts > 1 else "")


def years_between(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_on(person: Person, opened_on: date, day: date) -> tuple[int, int] | None:
    """The youngest and oldest the person can be on `day`, from the age recorded at intake (or
    the birth year): the birth date stays in the vault, so a birthday may or may not have passed."""
    if person.age is not None:
        low = person.age + max(years_between(opened_on, day), 0)
        exact = day >= opened_on and (day.month, day.day) == (opened_on.month, opened_on.day)
        return (low, low) if exact else (low, low + 1)
    if person.birth_year is not None:
        return (day.year - person.birth_year - 1, day.year - person.birth_year)
    return None


def age_text(ages: tuple[int, int]) -> str:
    low, high = ages
    return str(low) if low == high else f"{low} or {high}"


def designation(person: Person) -> str:
    """Court initials for a protected person; the recorded name for anyone else."""
    if person.protected or person.identity is not None:
        return person.pseudonym or "(initials not assigned)"
    return person.name or person.pseudonym or f"Unnamed {lb.label(lb.PERSON_ROLES, person.role).lower()}"
