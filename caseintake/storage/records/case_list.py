"""The case list's queries: one page of cases with filters, search and keyset paging.

These queries are tuned (see docs/PERFORMANCE.md): the page walks the list's own index in
order. A search (issue 18) first asks each index for at most `FEW_HITS` + 1 hits: few hits are
read by key and sorted; many are found by walking the list's order, either asking the index
about each case (when most cases match, so a page is near) or testing membership in the hits
gathered first. A reference is read from the reference index. Who may search the vault, and
what is audited, is the service's decision (`services/cases.py`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseintake.storage import search_index
from caseintake.storage.database import Database
from caseintake.storage.search_index import row_expression


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: nothing from the vault, nothing long."""

    id: int
    reference: str
    status: str
    opened_on: str
    region: str
    province: str | None
    assigned_to: str
    parties: str

    def sort_value(self, sort: str) -> str:
        """The value this row is ordered by, for the next page's `after`."""
        return str(getattr(self, sort))

    def as_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "status": self.status,
            "opened_on": self.opened_on,
            "region": self.region,
            "province": self.province,
            "assigned_to": self.assigned_to,
            "victims": self.parties,
        }


@dataclass(frozen=True)
class IdentitySearch:
    """A search of the vault values' index: `expression` for its MATCH, and `assignee` when only
    the cases assigned to that user may be found that way (None: every case)."""

    expression: str
    assignee: int | None = None


#: The last column says whether the row matched through the identity index ("ident" below).
_LIST_SQL = """
SELECT c.id, c.reference, c.status, c.opened_on, c.region, c.province, u.username, c.parties, {by_identity}
FROM {source}
"""
_CASES_THEN_USERS = "cases c JOIN users u ON u.id = c.assigned_to"
#: Sorted by assignee, the users come first (CROSS JOIN fixes SQLite's loop order): a handful of
#: user names in order, and each one's cases in reference order from `cases_by_assigned_ref`, so
#: the first page is read in order instead of sorting every case.
_SOURCES = {"assigned_to": "users u CROSS JOIN cases c ON u.id = c.assigned_to"}
#: Sorted by reference with no filter, the list names its covering index: SQLite would otherwise
#: walk the reference's unique index, in the same order but without the listed columns, and read
#: each row of the page from the table. (A filter has its own index in (filter, reference) order.)
_BY_REFERENCE = "cases c INDEXED BY cases_by_reference JOIN users u ON u.id = c.assigned_to"
#: The few-hits plan starts from the hits: each case read by its key, then sorted.
_FROM_HITS = "json_each(?) h CROSS JOIN cases c ON c.id = h.value JOIN users u ON u.id = c.assigned_to"


#: Sortable columns of the list, each with the ordering key it pages on.
SORT_KEYS = {
    "opened_on": "c.opened_on",
    "reference": "c.reference",
    "status": "c.status",
    "region": "c.region",
    "assigned_to": "u.username",
}

#: A search with at most this many hits in every index it reads starts from the hits: they are
#: read by key and sorted (a thousand key lookups, whatever the size of the office).
FEW_HITS = 1000
#: With more hits, the list may walk its own order and ask the index about each case ("walk"):
#: one such question costs about as much as gathering this many hits into a set, per segment of
#: the index asked (each segment is searched for the case). Measured cold, encrypted: about 400
#: at ten segments and 80 at one, at 100,000 cases; at 1,000,000 cases the walk wins from the
#: same point (issue 18) ...
PROBE_COST = 40
#: ... and an index is counted as having at least this many segments (a question has a fixed
#: cost besides its segments).
FEWEST_SEGMENTS = 2
#: ... and gathering every hit into a set first, to test cases against it ("scan"), costs a step
#: per hit: a million for a one-letter search in a million cases. The walk goes at most this far
#: (then the scan carries on from where it stopped).
WALK_MOST = 4000
#: Before it walks, the list asks the index about this many of the cases the walk comes to
#: first, to know the share that matches there.
SAMPLES = 40
#: The plans, for tests and measurements: `page(plan=...)` forces one.
PLANS = ("few", "walk", "scan")


@dataclass(frozen=True)
class _Source:
    """One way a case matches a search: the query of its ids (one column, `id`), and per case
    either the set of those ids (few of them, or gathered by the scan) or a test of the case."""

    ids_sql: str
    params: list[Any]
    test_sql: str | None  # a test of one case `c`; None: there is none (the scan is needed)
    test_params: list[Any]
    identity: bool = False
    column_test: bool = False  # the test reads the case's own columns: no index to ask
    table: str | None = None  # the full-text index asked, if any


@dataclass
class _Found:
    """What the probe of one source found: its first hits, whether there are more, and how
    densely the hits lie among the newest case ids (the share of cases that match). `density`
    is later replaced by the share among the cases the walk comes to first (`_sample`), which
    is what the walk meets; `overall` keeps the probe's share, which is what gathering every hit
    costs."""

    ids: list[int]
    more: bool
    density: float
    overall: float = 0.0

    @property
    def hits_share(self) -> float:
        """The share of all cases the scan gathers: the probe's, or the sample's where the probe's
        is lower (ids come in ranges per device with gaps between, so it can be far too low)."""
        return max(self.overall, self.density)


def page(
    db: Database,
    *,
    match: str | None,
    identity: IdentitySearch | None,
    status: str | None,
    region: str | None,
    assigned_to: str | None,
    after: tuple[str, str] | None,
    limit: int,
    include_notes: bool,
    sort: str,
    descending: bool,
    reference: str | None = None,
    plan: str | None = None,
    walk_most: int = WALK_MOST,
) -> tuple[list[CaseRow], list[int]]:
    """One page of the list, and the ids of its rows found through the identity index.

    `match` is the full-text expression of a search (None: no search); `reference` is the search
    text when it looks like a case reference or its start (`search_index.reference_start`): a
    case with exactly that reference is the one answer, cases whose reference starts with it are
    the answer when there are any (read from the reference index), else the text is searched as
    words. The identity index is searched either way. `after` is the (sort value, reference) of
    the last row already shown: keyset paging, so page 500 costs what page 1 costs.

    A search runs one of three plans, all with the same answer (tests/unit/test_search_plan.py):
    "few" (start from the hits), "walk" (walk the list's order testing each case) and "scan"
    (gather the hits, then walk testing membership). `plan` forces one, for tests and
    measurements; otherwise a probe of each index, at most `FEW_HITS` + 1 ids, chooses."""
    if sort not in SORT_KEYS:
        raise ValueError(f"not a sortable column: {sort}")
    if plan is not None and plan not in PLANS:
        raise ValueError(f"not a search plan: {plan}")
    key = SORT_KEYS[sort]
    where: list[str] = []
    params: list[Any] = []
    if status:
        where.append("c.status = ?")
        params.append(status)
    if region:
        where.append("c.region = ?")
        params.append(region)
    if assigned_to:
        where.append("u.username = ?")
        params.append(assigned_to)
    list_order = _ListOrder(db, sort, key, descending, where, params)
    if match is None and reference is None:
        return list_order.walk(after, limit, "", [], "0", [])
    sources = _sources(db, match, identity, include_notes, reference)
    if sources is None:
        return [], []
    if plan == "few" or plan is None:
        found = [_probe(db, source, None if plan else FEW_HITS) for source in sources]
        if plan == "few" or not any(f.more for f in found):
            return _few(list_order, sources, found, after, limit)
    else:
        found = [_Found([], True, 0.0) for _ in sources]
    # Many hits: a source with few of them is tested against its hits, the others by their test.
    tests = [
        _Source(s.ids_sql, s.params, *_id_set(f.ids), identity=s.identity, column_test=True)
        if not f.more
        else s
        for s, f in zip(sources, found, strict=True)
    ]
    costs = [_question_cost(db, test) for test in tests] if plan is None else []
    window = _walk_window(tests, found, limit, list_order.cases, costs) if plan is None else walk_most
    if plan is None and window and not all(test.column_test for test in tests):
        # The walk may pay: measure the share where the walk goes, and decide again.
        sample = _sample(list_order, after, limit)
        for test, one in zip(tests, found, strict=True):
            if not test.column_test:
                one.density = _density(db, test, sample)
        window = _walk_window(tests, found, limit, list_order.cases, costs)
    if plan == "scan" or window is None or any(t.test_sql is None for t in tests):
        return _scan(list_order, tests, after, limit)
    if plan is None:
        tests = _gather_identity(db, tests, found, window, costs, list_order.cases)
    return _walk(list_order, tests, after, limit, window)


class _ListOrder:
    """The list's own order with its filters: the statements every plan is made of."""

    def __init__(
        self, db: Database, sort: str, key: str, descending: bool, where: list[str], params: list[Any]
    ) -> None:
        self.db, self.sort, self.key = db, sort, key
        self.where, self.params = where, params
        self.compare = "<" if descending else ">"
        direction = "DESC" if descending else "ASC"
        # References are unique: sorted by reference, there is no tie to break (and a second
        # term SQLite cannot see is the same would make it sort the page again).
        tie = "" if key == "c.reference" else f", c.reference {direction}"
        self.order = f" ORDER BY {key} {direction}{tie}"
        self.source = _SOURCES.get(sort, _CASES_THEN_USERS)
        if sort == "reference" and not where:
            self.source = _BY_REFERENCE
        self._cases: int | None = None

    @property
    def cases(self) -> int:
        """About how many cases there are: the serials given so far (deleted cases included),
        read from a handful of rows, where counting the cases would read a whole index."""
        if self._cases is None:
            self._cases = int(self.db.scalar("SELECT coalesce(sum(last), 0) FROM reference_serial"))
        return self._cases

    def first_ids(self, after: tuple[str, str] | None, count: int) -> list[int]:
        """The ids of the first `count` cases along the walk, read from the walk's index alone."""
        conditions, params = self._conditions(after, None, "", [])
        sql = f"SELECT c.id FROM {self.source}{conditions}{self.order} LIMIT ?"  # nosec B608 - built from constants; values are parameters
        return [int(row[0]) for row in self.db.all(sql, [*params, count])]

    def _conditions(
        self,
        after: tuple[str, str] | None,
        until: tuple[str, str] | None,
        member: str,
        member_params: list[Any],
    ) -> tuple[str, list[Any]]:
        where, params = list(self.where), list(self.params)
        if after is not None:
            where.append(f"({self.key}, c.reference) {self.compare} (?, ?)")
            params.extend(after)
        if until is not None:  # the walk's window, its last case included
            where.append(f"NOT (({self.key}, c.reference) {self.compare} (?, ?))")
            params.extend(until)
        if member:
            where.append(member)
            params.extend(member_params)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def walk(
        self,
        after: tuple[str, str] | None,
        limit: int,
        member: str,
        member_params: list[Any],
        by_identity: str,
        by_identity_params: list[Any],
        *,
        prefix: str = "",
        prefix_params: Sequence[Any] = (),
        until: tuple[str, str] | None = None,
    ) -> tuple[list[CaseRow], list[int]]:
        """Walk the list's index in order, keeping the cases that pass `member`; the last column
        (`by_identity`) says whether the row matched through the identity index."""
        conditions, params = self._conditions(after, until, member, member_params)
        sql = prefix + _LIST_SQL.format(by_identity=by_identity, source=self.source) + conditions
        sql += self.order + " LIMIT ?"
        found = self.db.all(sql, [*prefix_params, *by_identity_params, *params, limit])
        rows = [CaseRow(*row[:-1]) for row in found]
        return rows, [row.id for row, flag in zip(rows, found, strict=True) if flag[-1]]

    def bound(self, after: tuple[str, str] | None, offset: int) -> tuple[str, str] | None:
        """The (key, reference) of the case `offset` places along the walk, or None when the
        walk ends before it: cheap, the walk's index read without asking any search index."""
        conditions, params = self._conditions(after, None, "", [])
        sql = f"SELECT {self.key}, c.reference FROM {self.source}{conditions}{self.order} LIMIT 1 OFFSET ?"  # nosec B608 - constants; values are parameters
        row = self.db.one(sql, [*params, offset])
        return None if row is None else (str(row[0]), str(row[1]))

    def from_hits(self, ids: Sequence[int], after: tuple[str, str] | None, limit: int) -> list[CaseRow]:
        """These cases, read by key, filtered and sorted: the few-hits plan."""
        conditions, params = self._conditions(after, None, "", [])
        sql = _LIST_SQL.format(by_identity="0", source=_FROM_HITS) + conditions + self.order + " LIMIT ?"
        found = self.db.all(sql, [json.dumps(ids), *params, limit])
        return [CaseRow(*row[:-1]) for row in found]


def _sources(
    db: Database,
    match: str | None,
    identity: IdentitySearch | None,
    include_notes: bool,
    reference: str | None,
) -> list[_Source] | None:
    """The ways a case can match this search (None: nothing can)."""
    sources: list[_Source] = []
    if reference is not None:
        by_reference = _reference_source(db, reference)
        if by_reference is not None:
            sources.append(by_reference)
    if not sources and match is not None:
        for table in ("case_search", "note_search") if include_notes else ("case_search",):
            ids = f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?"  # nosec B608 - constant names
            # The same search with every long word written as the index words it starts, when it
            # can be: then no query below makes FTS5 merge every such word's list first.
            expression = row_expression(db, table, match)
            probe = f"EXISTS (SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = c.id)"  # nosec B608
            if expression is None:
                sources.append(_Source(ids, [match], None, [], table=table))
            else:
                sources.append(_Source(ids, [expression], probe, [expression], table=table))
    if identity is not None:
        ident_sql, ident_params = _identity_sql(identity)
        test = "EXISTS (SELECT 1 FROM identity_search WHERE identity_search MATCH ? AND rowid = c.id)"
        test_params: list[Any] = [identity.expression]
        if identity.assignee is not None:
            test = f"({test} AND c.assigned_to = ?)"
            test_params.append(identity.assignee)
        sources.append(
            _Source(ident_sql, ident_params, test, test_params, identity=True, table="identity_search")
        )
    return sources or None


def _reference_source(db: Database, reference: str) -> _Source | None:
    """The case with exactly this reference, else the cases whose reference starts with it (a
    range of the reference index), else None (the text is then searched as words)."""
    if db.one("SELECT 1 FROM cases WHERE reference = ?", (reference,)) is not None:
        exact = [reference]
        return _Source(
            "SELECT id FROM cases WHERE reference = ?", exact, "+c.reference = ?", exact, column_test=True
        )
    end = reference[:-1] + chr(ord(reference[-1]) + 1)
    if db.one("SELECT 1 FROM cases WHERE reference >= ? AND reference < ? LIMIT 1", (reference, end)) is None:
        return None
    bounds = [reference, end]
    return _Source(
        "SELECT id FROM cases WHERE reference >= ? AND reference < ?",
        bounds,
        "+c.reference >= ? AND +c.reference < ?",
        bounds,
        column_test=True,
    )


def _probe(db: Database, source: _Source, most: int | None) -> _Found:
    """The source's first hits, at most `most` + 1 of them (None: all)."""
    limit = "" if most is None else " LIMIT ?"
    sql = f"{source.ids_sql}{limit}"
    ids = [int(row[0]) for row in db.all(sql, [*source.params, *([] if most is None else [most + 1])])]
    more = most is not None and len(ids) > most
    if more:
        ids.pop()
    # A first guess of the share of cases that match: these hits among the ids they span. Ids
    # come in ranges per device with gaps between, so it can only be too low (then the scan,
    # which was the only plan before, is chosen without asking more).
    span = ids[-1] - ids[0] + 1 if more and not source.column_test else 0
    density = len(ids) / span if span > 0 else 0.0
    return _Found(ids, more, density, density)


def _sample(order: _ListOrder, after: tuple[str, str] | None, limit: int) -> list[int]:
    """Cases the walk comes to first, `SAMPLES` of them spread over its first two pages: the
    share of these that match is the share the walk will meet. (The newest cases, say, hold less
    text than older ones: a share counted over all cases, or around these ids, misleads.)"""
    ids = order.first_ids(after, 2 * limit)
    step = max(1, len(ids) // SAMPLES)
    return ids[::step][:SAMPLES]


def _density(db: Database, source: _Source, sample: list[int]) -> float:
    """The share of the sample that matches the source, each case asked as the walk asks it."""
    if not sample or source.test_sql is None:
        return 0.0
    sql = f"SELECT count(*) FROM json_each(?) h CROSS JOIN cases c ON c.id = h.value WHERE {source.test_sql}"  # nosec B608 - test_sql is built from constants
    return int(db.scalar(sql, [json.dumps(sample), *source.test_params])) / len(sample)


def _id_set(ids: Sequence[int]) -> tuple[str, list[Any]]:
    return "+c.id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


def _few(
    order: _ListOrder, sources: list[_Source], found: list[_Found], after: tuple[str, str] | None, limit: int
) -> tuple[list[CaseRow], list[int]]:
    hits: set[int] = set()
    by_identity: set[int] = set()
    for source, one in zip(sources, found, strict=True):
        hits.update(one.ids)
        if source.identity:
            by_identity.update(one.ids)
    if not hits:
        return [], []
    rows = order.from_hits(sorted(hits), after, limit)
    return rows, [row.id for row in rows if row.id in by_identity]


#: The identity index's hits are gathered for the walk when they are expected to be fewer than
#: this share of what its questions would cost (`_gather_identity`).
GATHER_SHARE = 0.25


def _gather_identity(
    db: Database, tests: list[_Source], found: list[_Found], window: int, costs: list[float], cases: int
) -> list[_Source]:
    """The walk's tests, with the identity index tested against its gathered hits where that is
    cheaper than asking it about each case. The densest index sets how far the walk goes, and
    the walk asks the identity index twice per case (does it match, and is it a match by
    identity); but names are few beside words: `she` has 17,000 identity hits at 1,000,000 cases,
    gathered in 8 ms, against 3,000 questions (about 30 ms). Gathered only when the expected hits
    are under `GATHER_SHARE` of what its questions cost (hits gathered are dearer than the model's
    unit, measured), and given up, the questions kept, past that many: a density guessed too low
    (it is read from 40 cases) costs at most that much more."""
    chosen = list(tests)
    for n, (test, one, cost) in enumerate(zip(tests, found, costs, strict=True)):
        if not test.identity or test.column_test or not cost:
            continue
        most = int(window * cost * 2 * GATHER_SHARE)
        if one.hits_share * cases >= most:
            continue
        hits = _probe(db, test, most)
        if not hits.more:
            ids_test = _id_set(hits.ids)
            chosen[n] = _Source(test.ids_sql, test.params, *ids_test, identity=True, column_test=True)
    return chosen


def _question_cost(db: Database, source: _Source) -> float:
    """What asking the source's index about one case costs, in hits gathered (`PROBE_COST`)."""
    if source.column_test or source.table is None:
        return 0.0
    return PROBE_COST * max(FEWEST_SEGMENTS, search_index.segments(db, source.table))


def _walk_window(
    tests: list[_Source], found: list[_Found], limit: int, cases: int, costs: list[float]
) -> int | None:
    """How far the walk should go before the scan takes over (0: all the way), or None when the
    scan is cheaper from the start. The indexes' densities say how many cases the walk passes per
    page, each asking every index that has no cheaper test (at its `costs`); and how many hits
    the scan gathers."""
    asked = [one for test, one in zip(tests, found, strict=True) if not test.column_test]
    if not asked:
        return 0
    # The cases that match are at least as many as those of the densest index.
    expected = limit / max(*(one.density for one in asked), 1e-9)
    gathered = sum(one.hits_share for one in asked) * cases
    # Each case passed asks every such index (a case that matches, the identity index once more,
    # for the "matched by identity" column).
    question = sum(
        cost * (1 + test.identity) for test, cost in zip(tests, costs, strict=True) if not test.column_test
    )
    if expected > WALK_MOST or expected * question > gathered:
        return None
    return min(WALK_MOST, max(2 * limit, math.ceil(3 * expected)))


def _membership(
    tests: list[_Source], *, gather: bool
) -> tuple[str, list[Any], str, list[Any], str, list[Any]]:
    """The test of a case against every source: (test, params, identity column, its params, WITH
    prefix, its params). `gather`: a source without a set or column test gathers its hits first
    (the scan); else each case asks its index (the walk)."""
    parts: list[str] = []
    params: list[Any] = []
    flag, flag_params, prefix, prefix_params = "0", [], "", []
    for source in tests:
        if source.column_test or not gather:
            if source.test_sql is None:
                raise ValueError("a walk needs a test of one case for every index")
            sql, sql_params = source.test_sql, list(source.test_params)
        elif source.identity:
            # Materialized once: it feeds both the filter and the "matched by identity" column.
            prefix, prefix_params = f"WITH ident(id) AS MATERIALIZED ({source.ids_sql}) ", list(source.params)
            sql, sql_params = "+c.id IN ident", []
        else:
            # "+c.id": walk the list's own index in order and test membership, instead of fetching
            # and sorting every matching case to keep a page of them.
            sql, sql_params = f"+c.id IN ({source.ids_sql})", list(source.params)
        if source.identity:
            flag, flag_params = sql, sql_params
        parts.append(sql)
        params.extend(sql_params)
    return "(" + " OR ".join(parts) + ")", params, flag, flag_params, prefix, prefix_params


def _scan(
    order: _ListOrder, tests: list[_Source], after: tuple[str, str] | None, limit: int
) -> tuple[list[CaseRow], list[int]]:
    member, params, flag, flag_params, prefix, prefix_params = _membership(tests, gather=True)
    return order.walk(
        after, limit, member, params, flag, flag_params, prefix=prefix, prefix_params=prefix_params
    )


def _walk(
    order: _ListOrder, tests: list[_Source], after: tuple[str, str] | None, limit: int, window: int
) -> tuple[list[CaseRow], list[int]]:
    """Walk the list's order testing each case, at most `window` cases (0: no bound); what is
    still missing then comes from the scan of the cases after them."""
    member, params, flag, flag_params, _prefix, _prefix_params = _membership(tests, gather=False)
    until = order.bound(after, window - 1) if window else None
    rows, matched = order.walk(after, limit, member, params, flag, flag_params, until=until)
    if len(rows) >= limit or until is None:
        return rows, matched
    more, more_matched = _scan(order, tests, until, limit - len(rows))
    return rows + more, matched + more_matched


def _identity_sql(identity: IdentitySearch) -> tuple[str, list[Any]]:
    """The query for the cases whose vault values match."""
    if identity.assignee is None:
        return "SELECT rowid AS id FROM identity_search WHERE identity_search MATCH ?", [identity.expression]
    return (
        "SELECT s.rowid AS id FROM identity_search s JOIN cases m ON m.id = s.rowid"
        " WHERE identity_search MATCH ? AND m.assigned_to = ?",
        [identity.expression, identity.assignee],
    )


def uuids(db: Database, case_ids: Sequence[int]) -> list[str]:
    """The uuids of these cases, in id order."""
    marks = ",".join("?" * len(case_ids))
    sql = f"SELECT uuid FROM cases WHERE id IN ({marks}) ORDER BY id"  # nosec B608 - placeholders only
    return [str(r[0]) for r in db.all(sql, list(case_ids))]
