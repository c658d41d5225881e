"""The counts by month, each month kept as the sum of its days, counted again only for the days
written to since (issue 18).

Every counts query (``storage/counts_query.py``) is a sum over days: whatever it counts belongs
to one case and a case to one opening day. ``monthly_counts`` reads a month from the cache when
its generation (the sum of its days' in ``counts_gen``, each raised by the triggers of schema
upgrade 11 on every write the counts could see) is the one it was counted at; otherwise it adds
up the month's days, counting again only the days whose generation moved, with the query grouped
by day first and bounded to those days. The first export of a table costs what one query over
the period costs; a later one reads one row per month, plus the days written to since.

The cache is a table of this database (never a file or memory kept elsewhere) and holds counts
by codes and opening day, no more than the cases tables say. ``check`` counts a sample of the
cached months and days again (``recount``), so a cache that drifted cannot go unnoticed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from caseintake.domain.counts import Period
from caseintake.domain.errors import CaseintakeError
from caseintake.storage import upgrades
from caseintake.storage.database import Database
from caseintake.storage.upgrades.v11_counts_cache import trigger_sql

log = logging.getLogger(__name__)

Key = tuple[str, ...]
Params = Sequence[str | int]
Cells = list[list[Any]]  # [value..., count] each
#: Queries kept: a new one pushes out the least recently used (about a megabyte at 100,000 cases).
MAX_QUERIES = 24


class _NotADay(Exception):
    """A row fell on no day of the range (an ``opened_on`` not written YYYY-MM-DD)."""


def query_key(sql: str, params: Params) -> str:
    """Names the query: its SQL and parameters, bar the period's bounds (always the last two)."""
    text = json.dumps([sql, list(params)], ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def _after(bucket: str) -> str:
    """The first month or day after a ``YYYY-MM`` month or a ``YYYY-MM-DD`` day."""
    if len(bucket) == 10:
        return (date.fromisoformat(bucket) + timedelta(days=1)).isoformat()
    year, number = int(bucket[:4]), int(bucket[5:7])
    return f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"


def _days(month: str) -> list[str]:
    day, out = date(int(month[:4]), int(month[5:7]), 1), []
    while day.month == int(month[5:7]):
        out.append(day.isoformat())
        day += timedelta(days=1)
    return out


def _added(parts: Sequence[Cells]) -> Cells:
    """The cells of several days as one: counts of the same values added."""
    total: dict[tuple[Any, ...], int] = {}
    for cells in parts:
        for cell in cells:
            key = tuple(cell[:-1])
            total[key] = total.get(key, 0) + int(cell[-1])
    return [[*key, count] for key, count in sorted(total.items())]


def _generations(db: Database, start: str, before: str) -> dict[str, int]:
    rows = db.all("SELECT day, gen FROM counts_gen WHERE day >= ? AND day < ?", (start, before))
    return {str(d): int(g) for d, g in rows}


def _month_gens(days: dict[str, int]) -> dict[str, int]:
    """A month's generation: the sum of its days' (each only grows, so the sum changes with any)."""
    out: dict[str, int] = {}
    for day, gen in days.items():
        out[day[:7]] = out.get(day[:7], 0) + gen
    return out


def count_days(db: Database, sql: str, params: Params, days: Sequence[str]) -> dict[str, Cells]:
    """The rows of `sql` (day, value..., count) over a run of neighbouring days, by day."""
    rows = db.all(sql, [*params, days[0], _after(days[-1])])
    out: dict[str, Cells] = {d: [] for d in days}
    for row in rows:
        cells = out.get(str(row[0]))
        if cells is None:
            raise _NotADay()
        cells.append([*(str(v) for v in row[1:-1]), int(row[-1])])
    return out


def missing_triggers(db: Database) -> list[str]:
    """The triggers of upgrade 11 that are not in the database as it made them."""
    return upgrades.missing_triggers(db, trigger_sql())


def _cached(db: Database, query: str, start: str, before: str, size: int) -> dict[str, tuple[int, str]]:
    rows = db.all(
        "SELECT bucket, gen, cells FROM counts_cache"
        " WHERE query = ? AND bucket >= ? AND bucket < ? AND length(bucket) = ?",
        (query, start, before, size),
    )
    return {str(b): (int(g), str(cells)) for b, g, cells in rows}


def monthly_counts(db: Database, sql: str, params: Params, period: Period) -> dict[Key, int]:
    """(month, value...) → count over the period, as `sql` would count it day by day.

    `sql` groups by ``substr(c.opened_on, 1, 10)`` first and counts last; its last two
    parameters (after `params`) bound ``c.opened_on``: from, and before. Without its triggers
    (dropped by hand) the cache could not know what changed: everything is counted afresh."""
    if missing_triggers(db):
        log.warning("counts: the cache's triggers are missing; counted without the cache")
        return _uncached(db, sql, params, period)
    query = query_key(sql, params)
    day_gens = _generations(db, period.start, period.end_bound())
    month_gens = _month_gens(day_gens)
    months = {m: month_gens.get(m, 0) for m in period.months()}
    cached = _cached(db, query, period.start, period.end_bound(), 7)
    stale = [m for m, gen in months.items() if m not in cached or cached[m][0] != gen]
    counted: dict[str, Cells] = {}  # months and days counted now
    try:
        if stale:
            days: dict[str, tuple[int, str]] = {}
            for month in stale:
                days.update(_cached(db, query, month, _after(month), 10))
            wanted = [d for m in stale for d in _days(m) if d not in days or days[d][0] != day_gens.get(d, 0)]
            for run in _runs(wanted):
                counted.update(count_days(db, sql, params, run))
            for month in stale:
                counted[month] = _added(
                    [counted[d] if d in counted else json.loads(days[d][1]) for d in _days(month)]
                )
    except _NotADay:
        log.warning("counts: a case's opening date is not a day; counted without the cache")
        return _uncached(db, sql, params, period)
    if counted or _last_used(db, query) != date.today().isoformat():
        try:
            _store(db, query, sql, params, counted, {**day_gens, **months})
        except CaseintakeError:  # a full disk, say: the counts are right, only not kept for next time
            log.warning("counts: the months counted could not be kept in the cache")
    out: dict[Key, int] = {}
    for month in months:
        cells = counted[month] if month in counted else json.loads(cached[month][1])
        for cell in cells:
            out[(month, *cell[:-1])] = int(cell[-1])
    return out


def _runs(days: Sequence[str]) -> list[list[str]]:
    """Days in runs of neighbours (in order), one query each."""
    runs: list[list[str]] = []
    for day in days:
        if runs and _after(runs[-1][-1]) == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _uncached(db: Database, sql: str, params: Params, period: Period) -> dict[Key, int]:
    """The query once over the whole period, its days added up to months."""
    out: dict[Key, int] = {}
    for row in db.all(sql, [*params, period.start, period.end_bound()]):
        key = (str(row[0])[:7], *(str(v) for v in row[1:-1]))
        out[key] = out.get(key, 0) + int(row[-1])
    return out


def _last_used(db: Database, query: str) -> str | None:
    used = db.scalar("SELECT used_on FROM counts_cache_query WHERE query = ?", (query,))
    return None if used is None else str(used)


def _store(
    db: Database, query: str, sql: str, params: Params, counted: dict[str, Cells], gens: dict[str, int]
) -> None:
    """Keep the months and days counted at generations `gens`; one written to meanwhile (by
    another program) is left stale."""
    with db.atomic():
        if counted:
            months = sorted({b[:7] for b in counted})
            now_days = _generations(db, months[0], _after(months[-1]))
            now = {**now_days, **_month_gens(now_days)}
            db.executemany(
                "INSERT OR REPLACE INTO counts_cache (query, bucket, gen, cells) VALUES (?, ?, ?, ?)",
                [
                    (query, bucket, gens.get(bucket, 0), json.dumps(cells, separators=(",", ":")))
                    for bucket, cells in counted.items()
                    if now.get(bucket, 0) == gens.get(bucket, 0)
                ],
            )
        known = _last_used(db, query) is not None
        db.execute(
            "INSERT OR REPLACE INTO counts_cache_query (query, sql, params, used_on) VALUES (?, ?, ?, ?)",
            (query, sql, json.dumps(list(params)), date.today().isoformat()),
        )
        if not known:
            _evict(db)


def _evict(db: Database) -> None:
    old = [
        str(r[0])
        for r in db.all(
            "SELECT query FROM counts_cache_query ORDER BY used_on DESC, query LIMIT -1 OFFSET ?",
            (MAX_QUERIES,),
        )
    ]
    for query in old:
        db.execute("DELETE FROM counts_cache WHERE query = ?", (query,))
        db.execute("DELETE FROM counts_cache_query WHERE query = ?", (query,))


def recount(db: Database, most: int = 24) -> tuple[int, int]:
    """(cached months and days counted again, how many of them disagree with the cases).

    Up to `most` of those counted at their current generation (the ones a next export would
    use): months before days (a month is what an export reads, and covers its days), those
    holding counts and the newest first; each is one query over its month or day."""
    day_gens = {str(d): int(g) for d, g in db.all("SELECT day, gen FROM counts_gen")}
    gens = {**day_gens, **_month_gens(day_gens)}
    rows = db.all(
        "SELECT k.sql, k.params, c.bucket, c.gen, c.cells FROM counts_cache c"
        " JOIN counts_cache_query k ON k.query = c.query"
        " ORDER BY length(c.bucket), c.cells = '[]', c.bucket DESC, c.query LIMIT ?",
        (most * 4,),
    )
    current = [r for r in rows if int(r[3]) == gens.get(str(r[2]), 0)][:most]
    wrong = 0
    for sql, params, bucket, _gen, cells in current:
        days = [str(bucket)] if len(str(bucket)) == 10 else _days(str(bucket))
        try:
            counted = _added(list(count_days(db, str(sql), json.loads(str(params)), days).values()))
        except _NotADay:
            counted = []
        if sorted(map(tuple, json.loads(str(cells)))) != sorted(map(tuple, counted)):
            wrong += 1
    return len(current), wrong
