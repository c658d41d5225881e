"""Proposed product changes for what the benchmark finds missed, measured ad hoc.

The schema belongs to `storage/migrations.py` and the queries to `services/`; the benchmark does
not change them. Each proposal is applied to both benchmark databases for the time of its
measurement (its indexes and tables are created and committed, then dropped again, also after a
crashed run), its query rewrite replaces the service's query, and it is measured cold with the
same inputs as the main table, whose figures from the same run are the "before". The SQL shown
in the report is the SQL that was measured.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from benchmarks.measure import run_one
from benchmarks.workload import MEASUREMENTS, PAGE, Measurement, Side

#: Every table and index a proposal creates is named so, and dropped again.
PREFIX = "bench_proposed_"

_LIST = """
SELECT c.id, c.reference, c.status, c.opened_on, c.region, c.province, u.username, c.parties
FROM cases c JOIN users u ON u.id = c.assigned_to
"""
_CASES = "SELECT rowid FROM case_search WHERE case_search MATCH :q"
_IDENTITIES = "SELECT rowid FROM identity_search WHERE identity_search MATCH :q"  # supervisor, lawyer
_NOTES = "SELECT n.case_id FROM note_search s JOIN note n ON n.id = s.rowid WHERE note_search MATCH :q"
_NOTES_BY_CASE = f"SELECT rowid FROM {PREFIX}case_note_search WHERE {PREFIX}case_note_search MATCH :q"
_ORDER = "ORDER BY c.opened_on DESC, c.reference DESC LIMIT :limit"


def _search_sql(*parts: str) -> str:
    """The rewrite: `+c.id IN (… UNION ALL …)`. The `+` keeps the planner from turning the match
    set into rowid lookups of every matching case followed by a sort of all of them; it walks
    the list's own ORDER BY index instead and stops after one page, testing membership on the
    index entry. UNION ALL: membership needs no de-duplicated, sorted union."""
    return f"{_LIST} WHERE +c.id IN ({' UNION ALL '.join(parts)}) {_ORDER}"


SEARCH_CASES_SQL = _search_sql(_CASES, _IDENTITIES)
SEARCH_NOTES_SQL = _search_sql(_CASES, _NOTES, _IDENTITIES)
SEARCH_NOTES_BY_CASE_SQL = _search_sql(_CASES, _NOTES_BY_CASE, _IDENTITIES)


def _rewritten(sql: str) -> Callable[[Side, Any], object]:
    def search(side: Side, text: str) -> object:
        from caseintake.storage.search_index import match_expression

        expression = match_expression(text)
        return side.session.db.all(sql, {"q": expression, "limit": PAGE}) if expression else []

    return search


_AGENDA_INDEX = (
    f"CREATE INDEX {PREFIX}hearing_agenda ON hearing(starts_utc, case_id, uuid, kind, starts_at,"
    " court, branch, docket, lawyer, status)"
)
AGENDA_SQL = f"""
SELECT h.uuid, c.id, c.reference, h.kind, h.starts_at, h.court, h.branch, h.docket, u.username, h.status
FROM hearing h JOIN cases c INDEXED BY {PREFIX}case_reference ON c.id = h.case_id
LEFT JOIN users u ON u.id = h.lawyer WHERE h.starts_utc >= ? AND h.starts_utc < ?
ORDER BY h.starts_utc, c.reference
"""


def _agenda_rewritten(side: Side, month: tuple[int, int]) -> object:
    """`hearings.agenda` for a month with the rewritten query; the same items, cut to whole days
    as the agenda window cuts them."""
    from datetime import UTC, datetime, timedelta

    from caseintake.services.agenda import WINDOW_ROWS, Span, period, whole_days
    from caseintake.services.hearings import AgendaItem, day_start

    first, last = period(datetime(month[0], month[1], 1).date(), Span.MONTH)
    bounds = (
        day_start(first).astimezone(UTC).isoformat(),
        day_start(last + timedelta(days=1)).astimezone(UTC).isoformat(),
    )
    items = [
        AgendaItem(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), r[5], r[6], r[7], r[8], r[9])
        for r in side.session.db.all(AGENDA_SQL, bounds)
    ]
    return whole_days(items, WINDOW_ROWS).items


@dataclass(frozen=True)
class Proposal:
    id: str
    measurement: str  # the measurement it is meant to fix
    cause: str
    change: str
    statements: Sequence[str] = ()  # DDL applied for the measurement (and dropped after)
    query: str = ""  # the rewritten query, when the change is one
    operation: Callable[[Side, Any], object] | None = None


PROPOSALS: tuple[Proposal, ...] = (
    Proposal(
        "search-list-rewrite",
        "search_cases",
        cause=(
            "`list_cases` with a search puts `c.id IN (SELECT … UNION SELECT …)`; the planner turns the"
            " match set into a rowid lookup of every matching case (59,000 for `shelter`, all 100,000 for"
            " `c`), then sorts them all by date to keep 100 (EXPLAIN: `SEARCH c USING INTEGER PRIMARY"
            " KEY`, `USE TEMP B-TREE FOR ORDER BY`). Every one of those case pages is read and decrypted,"
            " which is why the cold encrypted search costs twice the unkeyed one; the plain `UNION` also"
            " sorts and de-duplicates the match sets first."
        ),
        change=(
            "In `services/cases.py` `list_cases`: write the search condition as `+c.id IN (…)` and join"
            " the match subqueries (`_matching_ids_sql`) with `UNION ALL`. Results and paging are"
            " unchanged (same rows, same order); a search that matches fewer than a page of cases now"
            " walks the whole date index (about 9 ms cold at 100,000 cases) instead of almost nothing."
        ),
        query=SEARCH_CASES_SQL,
        operation=_rewritten(SEARCH_CASES_SQL),
    ),
    Proposal(
        "notes-index-and-rewrite",
        "search_notes",
        cause=(
            "Searching notes maps each matching note to its case with `JOIN note n ON n.id = s.rowid`:"
            " one lookup in the note table, whose rows carry the note text, per matching note (74,000"
            " for `shelter`, 271,000 for `c`). The note table is far larger than the 32 MB page cache, so"
            " even a warm search reads and decrypts thousands of pages: 3× the unkeyed time, warm or"
            " cold. `note_search` also has no prefix index, so a one-letter prefix merges every term's"
            " list."
        ),
        change=(
            "The smaller change: an index that maps note id to case id, which the join then reads"
            " instead of the note rows, plus the list rewrite above. Not enough alone for one- and"
            " two-letter prefixes (see the p95)."
        ),
        statements=(f"CREATE INDEX {PREFIX}note_case ON note(id, case_id)",),
        query=SEARCH_NOTES_SQL,
        operation=_rewritten(SEARCH_NOTES_SQL),
    ),
    Proposal(
        "notes-by-case-fts",
        "search_notes",
        cause="As above: the note→case join and the missing prefix index.",
        change=(
            "Index the notes per case: replace `note_search` (one row per note) by `case_note_search`,"
            " one row per case holding the text of all its notes, rowid = case id, with"
            " `prefix = '1 2 3 4'` as `case_search` has. No join is left; `refresh_note` becomes"
            " `DELETE … WHERE rowid = :case` + `INSERT … SELECT case_id, group_concat(text, ' ') FROM note"
            " WHERE case_id = :case` (a case has a handful of notes); the migration fills it with one"
            " `INSERT … SELECT … GROUP BY case_id` (timed below). Plus the list rewrite above. One change"
            " of meaning, the same as `case_search` already has: the words of a search may now be found"
            " in different notes of the same case, not only within one note."
        ),
        statements=(
            f"CREATE VIRTUAL TABLE {PREFIX}case_note_search USING fts5(body, content = '',"
            " contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2',"
            " prefix = '1 2 3 4')",
            f"INSERT INTO {PREFIX}case_note_search (rowid, body)"
            " SELECT case_id, group_concat(text, ' ') FROM note GROUP BY case_id",
        ),
        query=SEARCH_NOTES_BY_CASE_SQL,
        operation=_rewritten(SEARCH_NOTES_BY_CASE_SQL),
    ),
    Proposal(
        "agenda-covering-index",
        "agenda_month",
        cause=(
            "`agenda` finds a month's hearings through `hearing_by_time (starts_utc, case_id)` and then"
            " reads each hearing row (7,000 a month here, spread over the whole table, each row carrying"
            " notes and outcome text) and each case row for its reference."
        ),
        change=(
            "A covering index for the agenda in `storage/migrations.py`, so the hearing rows are not"
            " read. The case lookups for the reference remain (what is left of the ratio)."
        ),
        statements=(_AGENDA_INDEX,),
    ),
    Proposal(
        "agenda-indexes-and-hint",
        "agenda_month",
        cause=(
            "With the covering index, what is left is one lookup in the case table per hearing, for its"
            " reference: the planner always takes the table itself for `c.id = …`, whose rows are wide."
        ),
        change=(
            "The covering index above, an index `cases(id, reference)`, and in `services/hearings.py`"
            " `agenda` the join written `JOIN cases c INDEXED BY <that index> ON c.id = h.case_id`, so"
            " both lookups stay in narrow indexes."
        ),
        statements=(_AGENDA_INDEX, f"CREATE INDEX {PREFIX}case_reference ON cases(id, reference)"),
        query=AGENDA_SQL,
        operation=_agenda_rewritten,
    ),
    Proposal(
        "list-sort-indexes",
        "list_sorted",
        cause=(
            "Sorting the list by status or region orders by `(status, reference)` / `(region, reference)`;"
            " the existing indexes are `(status, opened_on, reference)` and `(region, opened_on,"
            " reference)`, so all 100,000 rows are read and sorted for one page (EXPLAIN: `USE TEMP"
            " B-TREE FOR ORDER BY`)."
        ),
        change="Two indexes in `storage/migrations.py` that match the sort keys the list pages on.",
        statements=(
            f"CREATE INDEX {PREFIX}cases_by_status_ref ON cases(status, reference)",
            f"CREATE INDEX {PREFIX}cases_by_region_ref ON cases(region, reference)",
        ),
    ),
)


def _ids(rows: Any) -> list[Any]:
    return [row.id if hasattr(row, "id") else row[0] for row in rows]


def compare_results(proposal: Proposal, base: Measurement, side: Side) -> dict[str, Any]:
    """Does the rewrite return what the service returns? Inputs whose first page differs."""
    if proposal.operation is None:
        return {"checked": 0, "different": []}
    inputs = list(base.inputs(side))
    different = [
        str(item)
        for item in inputs
        if _ids(proposal.operation(side, item)) != _ids(base.operation(side, item))
    ]
    return {"checked": len(inputs), "different": different}


def drop_leftovers(side: Side) -> None:
    db = side.session.db
    pattern = PREFIX + "%"
    tables = db.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? AND sql LIKE 'CREATE VIRTUAL%'",
        (pattern,),
    )
    for (name,) in tables:
        db.execute(f"DROP TABLE {name}")
    for (name,) in db.all("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ?", (pattern,)):
        db.execute(f"DROP INDEX {name}")


def _measurement(measurement_id: str) -> Measurement:
    return next(m for m in MEASUREMENTS if m.id == measurement_id)


def run_all(
    sides: dict[str, Side], repeat: int, baseline: list[dict[str, Any]], *, judge: bool
) -> list[dict[str, Any]]:
    """Measure every proposal whose measurement ran; `baseline` is the main table's results."""
    before_by_id = {r["id"]: r for r in baseline if "cold" in r}
    results = []
    for side in sides.values():
        drop_leftovers(side)
    for proposal in PROPOSALS:
        before = before_by_id.get(proposal.measurement)
        if before is None:
            continue
        print(f"  proposal {proposal.id} …", file=sys.stderr, flush=True)
        base = _measurement(proposal.measurement)
        changed = base if proposal.operation is None else replace(base, operation=proposal.operation)
        applied: dict[str, float] = {}
        try:
            for kind, side in sides.items():
                started = time.perf_counter()
                with side.session.db.atomic():
                    for statement in proposal.statements:
                        side.session.db.execute(statement)
                applied[kind] = round(time.perf_counter() - started, 2)
            after = run_one(changed, sides, repeat, judge=judge, modes=("cold",))
            same = compare_results(proposal, base, sides["encrypted"])
        finally:
            for side in sides.values():
                drop_leftovers(side)
        results.append(
            {
                "id": proposal.id,
                "measurement": proposal.measurement,
                "cause": proposal.cause,
                "change": proposal.change,
                "statements": list(proposal.statements),
                "query": proposal.query.strip(),
                "apply_s": applied if proposal.statements else None,
                "results_compared": same,
                "before": {k: before[k] for k in ("cold", "target_met", "ratio_met")},
                "after": {k: after[k] for k in ("cold", "target_met", "ratio_met", "by_input")},
            }
        )
    return results
