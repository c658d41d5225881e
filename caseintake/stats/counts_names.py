"""What a counts code reads as, in the CSV's name columns, the PDF and the GUI alike.

One vocabulary (house style 18): the words come from ``domain/labels.py``, as the reports' do;
the codes stay in the files beside them so a reader can join on either. Every name is ASCII,
because the CSV is.
"""

from __future__ import annotations

from caseintake.domain import labels
from caseintake.domain.counts import AGE_LABELS, NONE, OTHER, TOTAL, UNKNOWN

_BY_DIMENSION: dict[str, dict[str, str]] = {
    "region": labels.REGIONS,
    "offense": labels.OFFENSES,
    "status": labels.CASE_STATUSES,
    "source": labels.SOURCES,
    "referral": labels.REFERRAL_KINDS,
    "accused_relationship": labels.RELATIONSHIPS,
    "accused_nationality": labels.NATIONALITIES,
    "victim_sex": {"F": "Female", "M": "Male", "U": "Sex not recorded"},
}
_COMMON = {
    TOTAL: "Total",
    NONE: "None recorded",
    UNKNOWN: "Not known",
    OTHER: "Other",
}
#: The dimension words a file uses as its own column headings' explanation.
GLOSSARY_DIMENSIONS = {
    "month": "month the case was opened (YYYY-MM)",
    "quarter": "quarter the case was opened (YYYY-Qn)",
    "year": "year the case was opened",
    "region": "region of the case (PSGC region code)",
    "offense": "offense recorded on the case",
    "victim_sex": "sex of a victim (F, M, U: not recorded)",
    "victim_age": f"age band of a victim at intake ({', '.join(v for v in AGE_LABELS.values())})",
    "status": "current status of the case",
    "source": "how the case reached the office",
    "referral": "kind of referral made for the case",
    "accused_relationship": "relationship of an accused to the victim",
    "accused_nationality": "nationality of an accused (ISO code; rare ones pooled as other)",
}


def value_name(dim: str, value: str) -> str:
    """``BARMM`` as "Bangsamoro Autonomous Region in Muslim Mindanao", ``*`` as "Total"."""
    if value in _COMMON and not (dim in ("offense", "referral", "accused_relationship") and value == OTHER):
        return _COMMON[value]
    if dim == "quarter" and "-Q" in value:
        return value.replace("-Q", " Q")
    name = _BY_DIMENSION.get(dim, {}).get(value, value.replace("_", " "))
    return name.encode("ascii", "replace").decode("ascii")
