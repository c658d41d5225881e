"""The anonymized counts table: one SQL aggregation, then small-cell suppression (DESIGN §8).

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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from caseintake.domain.codes import CaseStatus, Offense, ReferralKind, Region, Relationship, SourceKind
from caseintake.domain.errors import InvalidInput
from caseintake.services.session import Session
from caseintake.stats.suppression import AGE_BANDS, TOTAL, Cell, suppress_small_cells

log = logging.getLogger(__name__)

PERIOD_DIMENSIONS = ("month", "quarter", "year")
NONE = "none"  # the case records no victim, accused or referral
UNKNOWN = "unknown"
OTHER = "other"
#: Published age-band labels, in the order of ``suppression.AGE_BANDS``.
AGE_LABELS = dict(zip(AGE_BANDS, ("0 to 5", "6 to 11", "12 to 14", "15 to 17", "18+", UNKNOWN), strict=True))
#: Interior cells in one table: beyond this the table is too detailed to be useful or safe to check.
MAX_INTERIOR_CELLS = 40_000

_AGE = "coalesce(v.age, CAST(substr(c.opened_on, 1, 4) AS INTEGER) - v.birth_year)"
_JOINS = {
    "offense": "JOIN case_offense o ON o.case_id = c.id",
    "victim": "LEFT JOIN person v ON v.case_id = c.id AND v.role = 'victim'",
    "accused": "LEFT JOIN person a ON a.case_id = c.id AND a.role = 'accused'",
    "referral": "LEFT JOIN referral r ON r.case_id = c.id",
}


#: What a table can count, and the entity each cell counts distinct members of.
UNITS = {"cases": "c.id", "children": "v.id", "accused": "a.id"}
UNIT_GROUP = {"children": "victim", "accused": "accused"}
UNIT_WORDS = {"cases": "cases", "children": "children (victims)", "accused": "accused persons"}
_INNER = {
    "victim": "JOIN person v ON v.case_id = c.id AND v.role = 'victim'",
    "accused": "JOIN person a ON a.case_id = c.id AND a.role = 'accused'",
}
RAW_NATIONALITY = (
    f"CASE WHEN a.case_id IS NULL THEN '{NONE}' WHEN a.nationality IS NULL THEN '{UNKNOWN}'"
    " ELSE a.nationality END"
)


@dataclass(frozen=True)
class Dimension:
    name: str
    title: str  # heading in the PDF
    sql: str  # the value, over ``cases c`` and the join of ``group``
    group: str | None = None  # the join this dimension reads; None: one value per case


def _codes(enum: type[StrEnum], *extra: str) -> tuple[str, ...]:
    return (*(member.value for member in enum), *extra)


def _age_sql() -> str:
    bands = " ".join(
        f"WHEN {_AGE} <= {top} THEN '{AGE_LABELS[band]}'"
        for band, top in (("0-5", 5), ("6-11", 11), ("12-14", 14), ("15-17", 17))
    )
    return (
        f"CASE WHEN v.case_id IS NULL THEN '{NONE}' WHEN {_AGE} IS NULL OR {_AGE} < 0 THEN '{UNKNOWN}'"
        f" {bands} ELSE '{AGE_LABELS['18+']}' END"
    )


DIMENSIONS: dict[str, Dimension] = {
    d.name: d
    for d in (
        Dimension("month", "Month opened", "substr(c.opened_on, 1, 7)"),
        Dimension(
            "quarter",
            "Quarter opened",
            "substr(c.opened_on, 1, 4) || '-Q' || ((CAST(substr(c.opened_on, 6, 2) AS INTEGER) + 2) / 3)",
        ),
        Dimension("year", "Year opened", "substr(c.opened_on, 1, 4)"),
        Dimension("region", "Region", "c.region"),
        Dimension("offense", "Offense", "o.offense", "offense"),
        Dimension(
            "victim_sex",
            "Victim sex",
            f"CASE WHEN v.case_id IS NULL THEN '{NONE}' ELSE coalesce(v.sex, 'U') END",
            "victim",
        ),
        Dimension("victim_age", "Victim age", _age_sql(), "victim"),
        Dimension("status", "Status", "c.status"),
        Dimension("source", "Source", f"coalesce(c.source_kind, '{UNKNOWN}')"),
        Dimension("referral", "Referral", f"coalesce(r.kind, '{NONE}')", "referral"),
        Dimension(
            "accused_relationship",
            "Accused relationship",
            f"CASE WHEN a.case_id IS NULL THEN '{NONE}' ELSE coalesce(a.relationship, '{UNKNOWN}') END",
            "accused",
        ),
        Dimension("accused_nationality", "Accused nationality", "", "accused"),  # built per table
    )
}

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


def period_label(dim: str, month: str) -> str:
    """The month, quarter or year a ``YYYY-MM`` month falls in."""
    if dim == "month":
        return month
    if dim == "year":
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:]) + 2) // 3}"


def _period_domain(dim: str, period: Period) -> tuple[str, ...]:
    months = period.months()
    if dim == "month":
        return tuple(months)
    if dim == "year":
        return tuple(dict.fromkeys(m[:4] for m in months))
    return tuple(dict.fromkeys(f"{m[:4]}-Q{(int(m[5:]) + 2) // 3}" for m in months))


def _filters(period: Period, all_cases: bool) -> tuple[str, list[str]]:
    where = "c.opened_on >= ? AND c.opened_on < ?"
    params = [period.start, period.end_bound()]
    if not all_cases:
        where = "c.consent_statistics = 'yes' AND " + where
    return where, params


def default_period(
    session: Session, all_cases: bool, start: str | None, end: str | None, today: date
) -> Period:
    """The months asked for; a missing start is January of the first counted case's year, so the
    header reveals a year, not the month of the oldest case; a missing end is this month."""
    consent = "" if all_cases else "WHERE consent_statistics = 'yes'"
    row = session.db.one(f"SELECT min(opened_on), max(opened_on) FROM cases {consent}")
    first, last = row if row else (None, None)
    this_month = f"{today.year:04d}-{today.month:02d}"
    if start is None:
        start = f"{str(first)[:4]}-01" if first else this_month
        if end is not None and start > end:
            start = f"{end[:4]}-01"
    if end is None:
        end = max(this_month, str(last)[:7] if last else this_month, start)
    return Period(start, end)


def _nationalities(session: Session, period: Period, all_cases: bool, min_cell: int) -> list[str]:
    """Foreign nationalities with at least K counted cases; the rest are pooled as ``other``."""
    where, params = _filters(period, all_cases)
    rows = session.db.all(
        f"SELECT a.nationality FROM cases c JOIN person a ON a.case_id = c.id AND a.role = 'accused'"
        f" WHERE {where} AND a.nationality IS NOT NULL AND a.nationality <> 'PH'"
        f" GROUP BY a.nationality HAVING COUNT(DISTINCT c.id) >= ?",
        [*params, min_cell],
    )
    return sorted(str(r[0]) for r in rows)


def _joins(groups: dict[str, None], unit: str) -> str:
    inner = UNIT_GROUP.get(unit)
    joins = [_INNER[g] if g == inner else _JOINS[g] for g in groups]
    if inner and inner not in groups:
        joins.append(_INNER[inner])
    return " ".join(joins)


def _count_expr(groups: dict[str, None], unit: str) -> str:
    # A case joined to several victims of one sex must still count once in that cell.
    if unit == "cases" and not groups:
        return "COUNT(*)"
    return f"COUNT(DISTINCT {UNITS[unit]})"


def tabulate(
    session: Session,
    dims: Sequence[str],
    *,
    min_cell: int,
    period: Period,
    all_cases: bool,
    unit: str = "cases",
) -> tuple[dict[tuple[str, ...], int], list[tuple[str, ...]]]:
    """The interior counts of the table and each dimension's listed values, before suppression."""
    if unit not in UNITS:
        raise InvalidInput(f"Unknown unit {unit!r}; choose from {', '.join(UNITS)}.")
    exprs: list[str] = []
    expr_params: list[str] = []
    domains: list[tuple[str, ...]] = []
    groups: dict[str, None] = {}
    for name in dims:
        dim = DIMENSIONS[name]
        if name in PERIOD_DIMENSIONS:
            domains.append(_period_domain(name, period))
        elif name == "accused_nationality":
            listed = _nationalities(session, period, all_cases, min_cell)
            marks = ", ".join("?" * (len(listed) + 1))
            exprs.append(
                f"CASE WHEN a.case_id IS NULL THEN '{NONE}' WHEN a.nationality IS NULL THEN '{UNKNOWN}'"
                f" WHEN a.nationality IN ({marks}) THEN a.nationality ELSE '{OTHER}' END"
            )
            expr_params += ["PH", *listed]
            domains.append(("PH", *listed, OTHER, UNKNOWN, NONE))
        else:
            domains.append(_FIXED_DOMAINS[name])
        if name != "accused_nationality":
            exprs.append(dim.sql)
        if dim.group:
            groups[dim.group] = None
    size = math.prod(len(d) for d in domains)
    if size > MAX_INTERIOR_CELLS:
        raise InvalidInput(
            f"A table by {', '.join(dims)} over {period.start} to {period.end} would have {size:,} cells"
            f" (at most {MAX_INTERIOR_CELLS:,}); choose fewer or coarser dimensions or a shorter period."
        )
    where, params = _filters(period, all_cases)
    sql = (
        f"SELECT {', '.join(exprs)}, {_count_expr(groups, unit)} FROM cases c {_joins(groups, unit)}"
        f" WHERE {where} GROUP BY {', '.join(str(i + 1) for i in range(len(exprs)))}"
    )
    counts: dict[tuple[str, ...], int] = {}
    for row in session.db.all(sql, [*expr_params, *params]):
        key = tuple(_known(dims[k], str(row[k]), domains, k) for k in range(len(dims)))
        counts[key] = counts.get(key, 0) + int(row[-1])
    return counts, domains


def fine_counts(
    session: Session, dims: Sequence[str], period: Period, unit: str
) -> dict[tuple[str, ...], int]:
    """Counts by (month, consent, raw value of each non-period dimension), every case counted.

    The finest cells that several releases of one unit are sums of: each release's cells add
    these up (``stats/releases.py``). Nationality stays raw here; a release pools it its own way.
    """
    names = [d for d in dims if d not in PERIOD_DIMENSIONS]
    exprs = ["substr(c.opened_on, 1, 7)", "CASE WHEN c.consent_statistics = 'yes' THEN 'y' ELSE 'n' END"]
    groups: dict[str, None] = {}
    for name in names:
        exprs.append(RAW_NATIONALITY if name == "accused_nationality" else DIMENSIONS[name].sql)
        group = DIMENSIONS[name].group
        if group:
            groups[group] = None
    where, params = _filters(period, True)
    sql = (
        f"SELECT {', '.join(exprs)}, {_count_expr(groups, unit)} FROM cases c {_joins(groups, unit)}"
        f" WHERE {where} GROUP BY {', '.join(str(i + 1) for i in range(len(exprs)))}"
    )
    return {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in session.db.all(sql, params)}


def cases_left_out(session: Session, period: Period) -> int:
    """Cases opened in the period whose consent to statistics is not yes."""
    where, params = _filters(period, True)
    return int(
        session.db.scalar(
            f"SELECT count(*) FROM cases c WHERE {where} AND c.consent_statistics <> 'yes'", params
        )
        or 0
    )


def count_cases(
    session: Session,
    dims: Sequence[str],
    *,
    min_cell: int,
    period: Period,
    all_cases: bool,
    unit: str = "cases",
) -> CountsTable:
    """Count the cases opened in ``period`` by ``dims`` (already validated) and suppress, alone."""
    counts, domains = tabulate(
        session, dims, min_cell=min_cell, period=period, all_cases=all_cases, unit=unit
    )
    cells = suppress_small_cells(counts, list(dims), min_cell=min_cell, domains=domains)
    return CountsTable(tuple(dims), tuple(domains), tuple(cells), period, min_cell, all_cases, unit)


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
