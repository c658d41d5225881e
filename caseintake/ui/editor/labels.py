"""Human labels for the closed vocabularies of DESIGN §3, marked for Qt Linguist.

The codes are what the database and the interchange format hold; people read these labels.
`QT_TRANSLATE_NOOP` marks each label for `lupdate`; `label()` translates at display time, so a
language change needs no restart of the tables already built.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CaseCodes"

LABELS: dict[str, dict[str, object]] = {  # QT_TRANSLATE_NOOP returns its text
    "status": {
        "intake": QT_TRANSLATE_NOOP("CaseCodes", "Intake"),
        "active": QT_TRANSLATE_NOOP("CaseCodes", "Active"),
        "in_court": QT_TRANSLATE_NOOP("CaseCodes", "In court"),
        "closed": QT_TRANSLATE_NOOP("CaseCodes", "Closed"),
    },
    "region": {
        "NCR": QT_TRANSLATE_NOOP("CaseCodes", "NCR – National Capital Region"),
        "CAR": QT_TRANSLATE_NOOP("CaseCodes", "CAR – Cordillera Administrative Region"),
        "I": QT_TRANSLATE_NOOP("CaseCodes", "I – Ilocos Region"),
        "II": QT_TRANSLATE_NOOP("CaseCodes", "II – Cagayan Valley"),
        "III": QT_TRANSLATE_NOOP("CaseCodes", "III – Central Luzon"),
        "IV-A": QT_TRANSLATE_NOOP("CaseCodes", "IV-A – CALABARZON"),
        "MIMAROPA": QT_TRANSLATE_NOOP("CaseCodes", "MIMAROPA"),
        "V": QT_TRANSLATE_NOOP("CaseCodes", "V – Bicol Region"),
        "VI": QT_TRANSLATE_NOOP("CaseCodes", "VI – Western Visayas"),
        "NIR": QT_TRANSLATE_NOOP("CaseCodes", "NIR – Negros Island Region"),
        "VII": QT_TRANSLATE_NOOP("CaseCodes", "VII – Central Visayas"),
        "VIII": QT_TRANSLATE_NOOP("CaseCodes", "VIII – Eastern Visayas"),
        "IX": QT_TRANSLATE_NOOP("CaseCodes", "IX – Zamboanga Peninsula"),
        "X": QT_TRANSLATE_NOOP("CaseCodes", "X – Northern Mindanao"),
        "XI": QT_TRANSLATE_NOOP("CaseCodes", "XI – Davao Region"),
        "XII": QT_TRANSLATE_NOOP("CaseCodes", "XII – SOCCSKSARGEN"),
        "XIII": QT_TRANSLATE_NOOP("CaseCodes", "XIII – Caraga"),
        "BARMM": QT_TRANSLATE_NOOP("CaseCodes", "BARMM – Bangsamoro"),
    },
    "leak_field": {
        "legal name": QT_TRANSLATE_NOOP("CaseCodes", "legal name"),
        "alias": QT_TRANSLATE_NOOP("CaseCodes", "alias"),
        "birth date": QT_TRANSLATE_NOOP("CaseCodes", "birth date"),
        "address": QT_TRANSLATE_NOOP("CaseCodes", "address"),
        "school": QT_TRANSLATE_NOOP("CaseCodes", "school"),
        "contact": QT_TRANSLATE_NOOP("CaseCodes", "contact"),
    },
    "offense": {
        "osaec_livestream": QT_TRANSLATE_NOOP("CaseCodes", "Online sexual abuse (livestream)"),
        "csaem_production": QT_TRANSLATE_NOOP("CaseCodes", "Abuse material: production"),
        "csaem_distribution": QT_TRANSLATE_NOOP("CaseCodes", "Abuse material: distribution"),
        "grooming": QT_TRANSLATE_NOOP("CaseCodes", "Grooming"),
        "sextortion": QT_TRANSLATE_NOOP("CaseCodes", "Sextortion"),
        "trafficking_sexual": QT_TRANSLATE_NOOP("CaseCodes", "Trafficking (sexual exploitation)"),
        "trafficking_labor": QT_TRANSLATE_NOOP("CaseCodes", "Trafficking (labour)"),
        "child_abuse": QT_TRANSLATE_NOOP("CaseCodes", "Child abuse"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "source": {
        "cybertipline": QT_TRANSLATE_NOOP("CaseCodes", "CyberTipline report"),
        "foreign_referral": QT_TRANSLATE_NOOP("CaseCodes", "Foreign law-enforcement referral"),
        "hotline": QT_TRANSLATE_NOOP("CaseCodes", "Hotline"),
        "walk_in": QT_TRANSLATE_NOOP("CaseCodes", "Walk-in"),
        "school": QT_TRANSLATE_NOOP("CaseCodes", "School"),
        "police": QT_TRANSLATE_NOOP("CaseCodes", "Police"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "consent": {
        "yes": QT_TRANSLATE_NOOP("CaseCodes", "Yes, counts may include this case"),
        "no": QT_TRANSLATE_NOOP("CaseCodes", "No"),
        "unknown": QT_TRANSLATE_NOOP("CaseCodes", "Not asked yet"),
    },
    "accommodation": {
        "guardian_ad_litem": QT_TRANSLATE_NOOP("CaseCodes", "Guardian ad litem"),
        "live_link": QT_TRANSLATE_NOOP("CaseCodes", "Live-link testimony"),
        "screen": QT_TRANSLATE_NOOP("CaseCodes", "Screen in the courtroom"),
        "support_person": QT_TRANSLATE_NOOP("CaseCodes", "Support person"),
        "interpreter": QT_TRANSLATE_NOOP("CaseCodes", "Interpreter"),
    },
    "role": {
        "victim": QT_TRANSLATE_NOOP("CaseCodes", "Victim"),
        "accused": QT_TRANSLATE_NOOP("CaseCodes", "Accused"),
        "guardian": QT_TRANSLATE_NOOP("CaseCodes", "Guardian"),
        "witness": QT_TRANSLATE_NOOP("CaseCodes", "Witness"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "relationship": {
        "parent": QT_TRANSLATE_NOOP("CaseCodes", "Parent"),
        "relative": QT_TRANSLATE_NOOP("CaseCodes", "Relative"),
        "household": QT_TRANSLATE_NOOP("CaseCodes", "Household member"),
        "neighbor": QT_TRANSLATE_NOOP("CaseCodes", "Neighbour"),
        "stranger_local": QT_TRANSLATE_NOOP("CaseCodes", "Local stranger"),
        "foreign_online": QT_TRANSLATE_NOOP("CaseCodes", "Foreign online offender"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "sex": {
        "F": QT_TRANSLATE_NOOP("CaseCodes", "Female"),
        "M": QT_TRANSLATE_NOOP("CaseCodes", "Male"),
        "U": QT_TRANSLATE_NOOP("CaseCodes", "Not known"),
    },
    "referral_kind": {
        "shelter": QT_TRANSLATE_NOOP("CaseCodes", "Shelter"),
        "medical": QT_TRANSLATE_NOOP("CaseCodes", "Medical"),
        "psychosocial": QT_TRANSLATE_NOOP("CaseCodes", "Psychosocial"),
        "legal": QT_TRANSLATE_NOOP("CaseCodes", "Legal"),
        "law_enforcement": QT_TRANSLATE_NOOP("CaseCodes", "Law enforcement"),
        "social_welfare": QT_TRANSLATE_NOOP("CaseCodes", "Social welfare"),
        "education": QT_TRANSLATE_NOOP("CaseCodes", "Education"),
        "livelihood": QT_TRANSLATE_NOOP("CaseCodes", "Livelihood"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "referral_status": {
        "pending": QT_TRANSLATE_NOOP("CaseCodes", "Pending"),
        "accepted": QT_TRANSLATE_NOOP("CaseCodes", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("CaseCodes", "Declined"),
        "completed": QT_TRANSLATE_NOOP("CaseCodes", "Completed"),
    },
    "note_kind": {
        "intake": QT_TRANSLATE_NOOP("CaseCodes", "Intake"),
        "home_visit": QT_TRANSLATE_NOOP("CaseCodes", "Home visit"),
        "interview": QT_TRANSLATE_NOOP("CaseCodes", "Interview"),
        "case_conference": QT_TRANSLATE_NOOP("CaseCodes", "Case conference"),
        "general": QT_TRANSLATE_NOOP("CaseCodes", "General"),
    },
    "hearing_kind": {
        "inquest": QT_TRANSLATE_NOOP("CaseCodes", "Inquest"),
        "preliminary_investigation": QT_TRANSLATE_NOOP("CaseCodes", "Preliminary investigation"),
        "arraignment": QT_TRANSLATE_NOOP("CaseCodes", "Arraignment"),
        "pre_trial": QT_TRANSLATE_NOOP("CaseCodes", "Pre-trial"),
        "trial": QT_TRANSLATE_NOOP("CaseCodes", "Trial"),
        "promulgation": QT_TRANSLATE_NOOP("CaseCodes", "Promulgation"),
        "other": QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    },
    "hearing_status": {
        "scheduled": QT_TRANSLATE_NOOP("CaseCodes", "Scheduled"),
        "held": QT_TRANSLATE_NOOP("CaseCodes", "Held"),
        "postponed": QT_TRANSLATE_NOOP("CaseCodes", "Postponed"),
        "cancelled": QT_TRANSLATE_NOOP("CaseCodes", "Cancelled"),
    },
}


def label(vocabulary: str, code: str | None) -> str:
    """The translated label of a code; an unknown code is shown as itself rather than hidden."""
    if code is None:
        return ""
    text = LABELS[vocabulary].get(code)
    return code if text is None else QCoreApplication.translate(CONTEXT, str(text))


def choices(vocabulary: str) -> list[tuple[str, str]]:
    """(code, label) pairs in the order of the vocabulary, for combo boxes and check lists."""
    return [
        (code, QCoreApplication.translate(CONTEXT, str(text))) for code, text in LABELS[vocabulary].items()
    ]
