"""The anonymized counts table: one aggregation, then small-cell suppression (DESIGN §8).

The aggregation is SQL in ``storage/counts_query.py``, run by ``services/counts.py``; this module
decides what the rows mean (the listed values, the catch-alls) and builds the table, on data only.

What a cell counts. Case-level dimensions (period of opening, region, status, source) have one
value per case. Offense, victims (sex, age band), accused (relationship, nationality) and referral
kind can have several: a case is then counted once for each distinct value, or each distinct
combination of values, so a margin over such a dimension can exceed the number of cases. Both
victim dimensions come from the same victim (a girl of 13 and a boy of 9 give ``F × 12 to 14``
and ``M × 6 to 11``, never ``F × 6 to 11``), and likewise both accused dimensions. A case with no
victim, accused or referral recorded has the value ``none``, so every case is counted in every
table.

Domains. Every value a dimension can take is listed, so an empty combination is published as a
structural zero rather than left out (a missing row would say as much as a zero, and less
clearly): the full code lists, and every month, quarter or year of the period. Accused
nationality is the exception, because it is an open list: a nationality of which only one or two
accused are on file names them as surely as a count of 1 would, even when the count itself is
suppressed, since the row's label is published. So a nationality gets its own value only when
at least K counted cases have an accused of that nationality (its margin could be published
anyway); the rest are pooled into ``other``. ``PH`` is always listed.

Units. A table counts cases (the default), children (victims: each child once per value
combination) or accused; ``UNITS`` holds the words the files print. With a dimension that can
take several values per case, a cell counts (case, value) pairs: offense mentions, for instance.

Victim age is the age at intake, else the opening year minus the birth year (which can be one
year high, before the birthday). Age-band labels read "0 to 5" rather than "0-5" because a
spreadsheet turns "6-11" into the 6th of November.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from caseintake.domain.codes import CaseStatus, Offense, ReferralKind, Region, Relationship, SourceKind
from caseintake.domain.counts import (
    AGE_LABELS,
    DIMENSIONS,
    NONE,
    OTHER,
    PERIOD_DIMENSIONS,
    TOTAL,
    UNIT_GROUP,
    UNIT_WORDS,
    UNITS,
    UNKNOWN,
    Dimension,
    Period,
    period_label,
)
from caseintake.domain.errors import InvalidInput
from caseintake.stats.suppression import Cell

# The vocabulary lives in ``domain/counts.py``; these names stay importable from here.
__all__ = [
    "AGE_LABELS",
    "DIMENSIONS",
    "MAX_INTERIOR_CELLS",
    "NONE",
    "OTHER",
    "PERIOD_DIMENSIONS",
    "UNITS",
    "UNIT_GROUP",
    "UNIT_WORDS",
    "UNKNOWN",
    "CountsTable",
    "Dimension",
    "Period",
    "default_period",
    "map_value",
    "period_label",
    "table_domains",
    "tally",
]

log = logging.getLogger(__name__)

#: Interior cells in one table: beyond this the table is too detailed to be useful or safe to check.
MAX_INTERIOR_CELLS = 40_000


def _codes(enum: type[StrEnum], *extra: str) -> tuple[str, ...]:
    return (*(member.value for member in enum), *extra)


_FIXED_DOMAINS: dict[str, tuple[str, ...]] = {
    "region": _codes(Region),
    "offense": _codes(Offense),
    "victim_sex": ("F", "M", "U", NONE),
    "victim_age": (*AGE_LABELS.values(), NONE),
    "status": _codes(CaseStatus),
    "source": _codes(SourceKind, UNKNOWN),
    "referral": _codes(ReferralKind, NONE),
    "accused_relationship": _codes(Relationship, UNKNOWN, NONE),
}
# Where a value outside the code list goes (older data, a hand-edited file): never an error.
_FALLBACK = {"region": UNKNOWN, "status": UNKNOWN, "victim_sex": "U"}


@dataclass(frozen=True)
class CountsTable:
    """The suppressed table and the facts a reader needs to interpret it."""

    dims: tuple[str, ...]
    domains: tuple[tuple[str, ...], ...]
    cells: tuple[Cell, ...]
    period: Period
    min_cell: int
    all_cases: bool
    unit: str = "cases"
    #: Cases opened in the period that the consent rule leaves out (0 with ``all_cases``).
    left_out: int = 0
    #: The month the table was made, ``YYYY-MM``: a period containing it is still partial.
    as_of: str = ""
    #: Earlier releases that constrained this one: (document id, short description).
    constrained_by: tuple[tuple[str, str], ...] = ()

    @property
    def suppressed_cells(self) -> int:
        return sum(c.suppressed for c in self.cells)

    @property
    def suppressed_nonzero(self) -> int:
        """Hidden cells that hold something (the rest are zeros hidden beside them)."""
        return sum(c.suppressed and c.count > 0 for c in self.cells)

    @property
    def interior(self) -> list[Cell]:
        return [c for c in self.cells if not c.is_total]

    @property
    def suppressed_share_of_counted(self) -> float:
        """Share of what the interior counts that sits in hidden interior cells."""
        total = sum(c.count for c in self.interior)
        return sum(c.count for c in self.interior if c.suppressed) / total if total else 0.0

    @property
    def grand_total(self) -> Cell:
        return self.cells[-1]

    def partial_periods(self) -> list[str]:
        """Period values (of the table's period dimension) not yet over when the table was made."""
        if not self.as_of or not self.period.start <= self.as_of <= self.period.end:
            return []
        for k, dim in enumerate(self.dims):
            if dim in PERIOD_DIMENSIONS:
                return [v for v in self.domains[k] if period_label(dim, self.as_of) == v]
        return [self.as_of]

    @property
    def multi_valued(self) -> tuple[str, ...]:
        """Dimensions of this table in which one case can count more than once."""
        return tuple(d for d in self.dims if DIMENSIONS[d].group is not None)

    def margin(self, dim: str) -> list[Cell]:
        """The one-dimensional margin of ``dim``: each value summed over the other dimensions."""
        k = self.dims.index(dim)
        return [
            c
            for c in self.cells
            if c.key[k] != TOTAL and all(v == TOTAL for i, v in enumerate(c.key) if i != k)
        ]


def _period_domain(dim: str, period: Period) -> tuple[str, ...]:
    months = period.months()
    if dim == "month":
        return tuple(months)
    if dim == "year":
        return tuple(dict.fromkeys(m[:4] for m in months))
    return tuple(dict.fromkeys(f"{m[:4]}-Q{(int(m[5:]) + 2) // 3}" for m in months))


def default_period(
    opened: tuple[str | None, str | None], start: str | None, end: str | None, today: date
) -> Period:
    """The months asked for; a missing start is January of the first counted case's year, so the
    header reveals a year, not the month of the oldest case; a missing end is this month.

    ``opened``: the first and last opening dates of the counted cases (``None`` when none)."""
    first, last = opened
    this_month = f"{today.year:04d}-{today.month:02d}"
    if start is None:
        start = f"{str(first)[:4]}-01" if first else this_month
        if end is not None and start > end:
            start = f"{end[:4]}-01"
    if end is None:
        end = max(this_month, str(last)[:7] if last else this_month, start)
    return Period(start, end)


def table_domains(
    dims: Sequence[str], period: Period, nationalities: Sequence[str] = ()
) -> list[tuple[str, ...]]:
    """Each dimension's listed values; refused when the table would be too detailed.

    ``nationalities``: the foreign nationalities with at least K counted cases (the rest are
    pooled as ``other``)."""
    domains: list[tuple[str, ...]] = []
    for name in dims:
        if name in PERIOD_DIMENSIONS:
            domains.append(_period_domain(name, period))
        elif name == "accused_nationality":
            domains.append(("PH", *nationalities, OTHER, UNKNOWN, NONE))
        else:
            domains.append(_FIXED_DOMAINS[name])
    size = math.prod(len(d) for d in domains)
    if size > MAX_INTERIOR_CELLS:
        raise InvalidInput(
            f"A table by {', '.join(dims)} over {period.start} to {period.end} would have {size:,} cells"
            f" (at most {MAX_INTERIOR_CELLS:,}); choose fewer or coarser dimensions or a shorter period.",
            code="counts_too_many_cells",
            params={"cells": f"{size:,}", "most": f"{MAX_INTERIOR_CELLS:,}"},
        )
    return domains


def tally(
    dims: Sequence[str], rows: Iterable[tuple[tuple[str, ...], int]], domains: list[tuple[str, ...]]
) -> dict[tuple[str, ...], int]:
    """The interior counts, each raw value counted under its listed value or its catch-all.

    A catch-all a value needed is added to ``domains`` in place."""
    counts: dict[tuple[str, ...], int] = {}
    for values, count in rows:
        key = tuple(_known(dims[k], values[k], domains, k) for k in range(len(dims)))
        counts[key] = counts.get(key, 0) + count
    return counts


def map_value(dim: str, value: str, domain: Sequence[str]) -> str:
    """The value a table with ``domain`` counts a raw value under (its catch-all if unlisted)."""
    if value in domain:
        return value
    return _FALLBACK.get(dim, OTHER)


def _known(dim: str, value: str, domains: list[tuple[str, ...]], k: int) -> str:
    """A value from outside the code list is counted under the dimension's catch-all."""
    if value in domains[k]:
        return value
    fallback = _FALLBACK.get(dim, OTHER)
    log.warning("counts: a %s value outside the code list was counted as %s", dim, fallback)
    if fallback not in domains[k]:
        domains[k] = (*domains[k], fallback)
    return fallback
