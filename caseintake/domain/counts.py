"""The anonymized counts' vocabulary: dimensions, units, periods, published values, releases.

Pure data, so every layer speaks it: the storage query that counts (``storage/counts_query.py``),
the suppression and the release checks (``stats/``), the files (``reports/``, ``stats/counts_csv``)
and the GUI's counts dialog. What a value means is documented in ``stats/counts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

Key = tuple[str, ...]

#: The label of a margin (a total over a dimension) in a cell's key.
TOTAL = "*"
DEFAULT_MIN_CELL = 5
SMALLEST_MIN_CELL = 3
MAX_DIMENSIONS = 4
AGE_BANDS = ("0-5", "6-11", "12-14", "15-17", "18+", "unknown")

PERIOD_DIMENSIONS = ("month", "quarter", "year")
NONE = "none"  # the case records no victim, accused or referral
UNKNOWN = "unknown"
OTHER = "other"
#: Published age-band labels, in the order of ``AGE_BANDS``.
AGE_LABELS = dict(zip(AGE_BANDS, ("0 to 5", "6 to 11", "12 to 14", "15 to 17", "18+", UNKNOWN), strict=True))

#: What a table can count; ``UNIT_GROUP``: the entity (a join of the query) each cell counts.
UNITS = ("cases", "children", "accused")
UNIT_GROUP = {"children": "victim", "accused": "accused"}
UNIT_WORDS = {"cases": "cases", "children": "children (victims)", "accused": "accused persons"}


@dataclass(frozen=True)
class Dimension:
    name: str
    title: str  # heading in the PDF
    group: str | None = None  # the join this dimension reads; None: one value per case


DIMENSIONS: dict[str, Dimension] = {
    d.name: d
    for d in (
        Dimension("month", "Month opened"),
        Dimension("quarter", "Quarter opened"),
        Dimension("year", "Year opened"),
        Dimension("region", "Region"),
        Dimension("offense", "Offense", "offense"),
        Dimension("victim_sex", "Victim sex", "victim"),
        Dimension("victim_age", "Victim age", "victim"),
        Dimension("status", "Status"),
        Dimension("source", "Source"),
        Dimension("referral", "Referral", "referral"),
        Dimension("accused_relationship", "Accused relationship", "accused"),
        Dimension("accused_nationality", "Accused nationality", "accused"),
    )
}


@dataclass(frozen=True)
class Period:
    """Whole months, first and last included, as ``YYYY-MM``."""

    start: str
    end: str

    def months(self) -> list[str]:
        year, month = int(self.start[:4]), int(self.start[5:])
        out: list[str] = []
        while (label := f"{year:04d}-{month:02d}") <= self.end:
            out.append(label)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def end_bound(self) -> str:
        """The first month after the period: ``opened_on < end_bound`` keeps the last month."""
        year, month = int(self.end[:4]), int(self.end[5:])
        return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"


def period_label(dim: str, month: str) -> str:
    """The month, quarter or year a ``YYYY-MM`` month falls in."""
    if dim == "month":
        return month
    if dim == "year":
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:]) + 2) // 3}"


@dataclass(frozen=True)
class Release:
    """One recorded export: what was asked and what was published (``None``: hidden).

    Recorded by ``storage/count_releases.py``, checked against by ``stats/releases.py``.
    """

    document_id: str
    created_at: str
    dims: tuple[str, ...]
    domains: tuple[tuple[str, ...], ...]
    start: str  # first month, YYYY-MM
    end: str  # last month
    all_cases: bool
    min_cell: int
    unit: str
    cells: tuple[tuple[Key, int | None], ...]

    def months(self) -> set[str]:
        year, month = int(self.start[:4]), int(self.start[5:])
        out: set[str] = set()
        while (label := f"{year:04d}-{month:02d}") <= self.end:
            out.add(label)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def describe(self) -> str:
        consent = "all cases" if self.all_cases else "consent only"
        return (
            f"{self.created_at[:10]}: {self.unit} by {', '.join(self.dims)}, {self.start} to {self.end},"
            f" {consent}, K = {self.min_cell}"
        )
