"""The SQL behind the anonymized counts: one aggregation per table, by codes and opening day.

What a cell counts, and why a value reads as it does, is explained in ``stats/counts.py``; this
module only reads. ``services/counts.py`` calls it and hands the rows to ``stats``, which maps
them onto the table's listed values and suppresses.

Every piece of SQL here is built from the constants below and the dimension names (checked
against ``DIMENSIONS`` by the service); values reach the database as parameters.

Every count is read month by month through ``storage/counts_cache.py``: each query groups by the
opening day first, and only the days written to since they were last counted are counted again. A
column this SQL starts to read must be watched by the cache's triggers (schema upgrade 11's
``WATCHED``, recreated by a new upgrade); ``tests/unit/test_counts_cache.py`` compares the two.
"""

from __future__ import annotations

from collections.abc import Sequence

from caseintake.domain.counts import (
    AGE_LABELS,
    DIMENSIONS,
    NONE,
    OTHER,
    PERIOD_DIMENSIONS,
    UNIT_GROUP,
    UNKNOWN,
    Period,
)
from caseintake.storage.counts_cache import monthly_counts
from caseintake.storage.database import Database

Key = tuple[str, ...]

_DAY = "substr(c.opened_on, 1, 10)"
_AGE = "coalesce(v.age, CAST(substr(c.opened_on, 1, 4) AS INTEGER) - v.birth_year)"
_JOINS = {
    "offense": "JOIN case_offense o ON o.case_id = c.id",
    "victim": "LEFT JOIN person v ON v.case_id = c.id AND v.role = 'victim'",
    "accused": "LEFT JOIN person a ON a.case_id = c.id AND a.role = 'accused'",
    "referral": "LEFT JOIN referral r ON r.case_id = c.id",
}
#: The entity each unit counts distinct members of.
_UNIT_IDS = {"cases": "c.id", "children": "v.id", "accused": "a.id"}
_INNER = {
    "victim": "JOIN person v ON v.case_id = c.id AND v.role = 'victim'",
    "accused": "JOIN person a ON a.case_id = c.id AND a.role = 'accused'",
}
_RAW_NATIONALITY = (
    f"CASE WHEN a.case_id IS NULL THEN '{NONE}' WHEN a.nationality IS NULL THEN '{UNKNOWN}'"
    " ELSE a.nationality END"
)


def _age_sql() -> str:
    bands = " ".join(
        f"WHEN {_AGE} <= {top} THEN '{AGE_LABELS[band]}'"
        for band, top in (("0-5", 5), ("6-11", 11), ("12-14", 14), ("15-17", 17))
    )
    return (
        f"CASE WHEN v.case_id IS NULL THEN '{NONE}' WHEN {_AGE} IS NULL OR {_AGE} < 0 THEN '{UNKNOWN}'"
        f" {bands} ELSE '{AGE_LABELS['18+']}' END"
    )


#: Each dimension's value, over ``cases c`` and the join of its group. Accused nationality is
#: built per table (``_nationality_sql``), since its listed values depend on the data.
_VALUE_SQL = {
    "month": "substr(c.opened_on, 1, 7)",
    "quarter": "substr(c.opened_on, 1, 4) || '-Q' || ((CAST(substr(c.opened_on, 6, 2) AS INTEGER) + 2) / 3)",
    "year": "substr(c.opened_on, 1, 4)",
    "region": "c.region",
    "offense": "o.offense",
    "victim_sex": f"CASE WHEN v.case_id IS NULL THEN '{NONE}' ELSE coalesce(v.sex, 'U') END",
    "victim_age": _age_sql(),
    "status": "c.status",
    "source": f"coalesce(c.source_kind, '{UNKNOWN}')",
    "referral": f"coalesce(r.kind, '{NONE}')",
    "accused_relationship": (
        f"CASE WHEN a.case_id IS NULL THEN '{NONE}' ELSE coalesce(a.relationship, '{UNKNOWN}') END"
    ),
}


def _filters(all_cases: bool) -> str:
    """The cases counted, in a run of days or a period: its bounds are the query's last two parameters."""
    where = "c.opened_on >= ? AND c.opened_on < ?"
    return where if all_cases else "c.consent_statistics = 'yes' AND " + where


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
    return f"COUNT(DISTINCT {_UNIT_IDS[unit]})"


def _grouped(exprs: Sequence[str], groups: dict[str, None], unit: str, where: str) -> str:
    """One count per opening day and combination of the values `exprs`, over the cases `where` keeps."""
    columns = [_DAY, *exprs]
    return (
        f"SELECT {', '.join(columns)}, {_count_expr(groups, unit)} FROM cases c {_joins(groups, unit)}"  # nosec B608
        f" WHERE {where} GROUP BY {', '.join(str(i + 1) for i in range(len(columns)))}"
    )


def _summed(by_month: dict[Key, int]) -> dict[Key, int]:
    """The counts over the whole period: each key's months added up (the month dropped)."""
    out: dict[Key, int] = {}
    for key, count in by_month.items():
        out[key[1:]] = out.get(key[1:], 0) + count
    return out


def opened_range(db: Database, all_cases: bool) -> tuple[str | None, str | None]:
    """The first and last ``opened_on`` of the counted cases (``None`` when there are none).

    Each end is one step along ``cases_for_counts`` (opened_on first), not a pass over every case."""
    consent = "" if all_cases else "WHERE consent_statistics = 'yes'"
    first, last = (
        db.scalar(f"SELECT opened_on FROM cases {consent} ORDER BY opened_on {way} LIMIT 1")  # nosec B608
        for way in ("ASC", "DESC")
    )
    return (None if first is None else str(first)), (None if last is None else str(last))


def frequent_nationalities(db: Database, period: Period, all_cases: bool, min_cell: int) -> list[str]:
    """Foreign nationalities with at least ``min_cell`` counted cases, sorted."""
    sql = (
        f"SELECT {_DAY}, a.nationality, COUNT(DISTINCT c.id) FROM cases c"  # nosec B608
        f" JOIN person a ON a.case_id = c.id AND a.role = 'accused'"
        f" WHERE {_filters(all_cases)} AND a.nationality IS NOT NULL AND a.nationality <> 'PH' GROUP BY 1, 2"
    )
    totals = _summed(monthly_counts(db, sql, [], period))
    return sorted(key[0] for key, count in totals.items() if count >= min_cell)


def interior_counts(
    db: Database,
    dims: Sequence[str],
    period: Period,
    *,
    all_cases: bool,
    unit: str,
    nationalities: Sequence[str] = (),
) -> list[tuple[Key, int]]:
    """Each combination of values of ``dims`` (raw, as the database holds them) and its count.

    ``nationalities``: the foreign nationalities listed on their own; any other is read as
    ``other`` (``PH`` is always listed)."""
    exprs: list[str] = []
    expr_params: list[str] = []
    groups: dict[str, None] = {}
    for name in dims:
        if name == "accused_nationality":
            marks = ", ".join("?" * (len(nationalities) + 1))
            exprs.append(
                f"CASE WHEN a.case_id IS NULL THEN '{NONE}' WHEN a.nationality IS NULL THEN '{UNKNOWN}'"
                f" WHEN a.nationality IN ({marks}) THEN a.nationality ELSE '{OTHER}' END"
            )
            expr_params += ["PH", *nationalities]
        else:
            exprs.append(_VALUE_SQL[name])
        group = DIMENSIONS[name].group
        if group:
            groups[group] = None
    sql = _grouped(exprs, groups, unit, _filters(all_cases))
    return sorted(_summed(monthly_counts(db, sql, expr_params, period)).items())


def fine_counts(db: Database, dims: Sequence[str], period: Period, unit: str) -> dict[Key, int]:
    """Counts by (month, consent, raw value of each non-period dimension), every case counted.

    The finest cells that several releases of one unit are sums of: each release's cells add
    these up (``stats/releases.py``). Nationality stays raw here; a release pools it its own way.
    """
    names = [d for d in dims if d not in PERIOD_DIMENSIONS]
    exprs = ["CASE WHEN c.consent_statistics = 'yes' THEN 'y' ELSE 'n' END"]
    groups: dict[str, None] = {}
    for name in names:
        exprs.append(_RAW_NATIONALITY if name == "accused_nationality" else _VALUE_SQL[name])
        group = DIMENSIONS[name].group
        if group:
            groups[group] = None
    return dict(sorted(monthly_counts(db, _grouped(exprs, groups, unit, _filters(True)), [], period).items()))


def cases_left_out(db: Database, period: Period) -> int:
    """Cases opened in the period whose consent to statistics is not yes."""
    sql = (
        f"SELECT {_DAY}, count(*) FROM cases c"  # nosec B608
        f" WHERE {_filters(True)} AND c.consent_statistics <> 'yes' GROUP BY 1"
    )
    return sum(monthly_counts(db, sql, [], period).values())
