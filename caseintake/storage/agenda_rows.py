"""The agenda's own table, `hearing_agenda` (schema upgrade 15): whether its triggers are there,
and whether it still says what the hearings say.

The table is derived data kept by triggers (`upgrades/v15_agenda_rows.py`). The agenda reads it
only while every trigger is in the database as the upgrade made it; otherwise it reads the
hearings themselves, slower but right. `check` compares the table with the hearings: the same
number of rows, and samples compared row by row both ways.
"""

from __future__ import annotations

from datetime import date, timedelta

from caseintake.storage.database import Database
from caseintake.storage.upgrades.v15_agenda_rows import COPIED, TABLE, trigger_sql

#: Samples compared row by row by `problems`, each way: days of the table at even steps from the
#: first hearing's to the last's, and runs of `RUN` hearings at even steps over their ids.
SAMPLES = 24
RUN = 100


def missing_triggers(db: Database) -> list[str]:
    """The triggers of upgrade 15 that are not in the database as it made them."""
    found = {
        str(name): str(sql)
        for name, sql in db.all(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agenda%'"
        )
    }
    return [name for name, sql in trigger_sql() if found.get(name) != sql]


def in_use(db: Database) -> bool:
    """Whether the agenda may read `hearing_agenda`: the table is there with all its triggers."""
    return not missing_triggers(db) and bool(
        db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,))
    )


_FROM_HEARINGS = (
    f"SELECT h.starts_utc, h.id, c.reference, {', '.join('h.' + c for c in COPIED)}"  # nosec B608 - constants
    " FROM hearing h JOIN cases c ON c.id = h.case_id"
)
_FROM_TABLE = f"SELECT starts_utc, hearing_id, reference, {', '.join(COPIED)} FROM {TABLE}"  # nosec B608 - constants


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _sample_days(db: Database) -> list[tuple[str, str]]:
    """(start, end) bounds of `SAMPLES` UTC days at even steps from the first hearing's day to the
    last's, both included."""
    row = db.one(f"SELECT min(starts_utc), max(starts_utc) FROM {TABLE}")  # nosec B608 - constant name
    if row is None or row[0] is None:
        return []
    start, end = date.fromisoformat(str(row[0])[:10]), date.fromisoformat(str(row[1])[:10])
    span = (end - start).days
    days = sorted({start + timedelta(days=span * n // (SAMPLES - 1)) for n in range(SAMPLES)})
    return [(day.isoformat(), (day + timedelta(days=1)).isoformat()) for day in days]


def _days_differ(db: Database) -> int:
    """Days of the sample whose rows in the table are not their hearings as they are now: a row
    left behind by a hearing moved or removed, or one that was altered."""
    wrong = 0
    for bounds in _sample_days(db):
        held = db.all(f"{_FROM_TABLE} WHERE starts_utc >= ? AND starts_utc < ? ORDER BY 1, 2", bounds)  # nosec B608
        ids = [row[1] for row in held]
        now = []
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            now += db.all(f"{_FROM_HEARINGS} WHERE h.id IN ({_marks(len(chunk))})", chunk)  # nosec B608
        wrong += held != sorted(now)
    return wrong


def _hearings_differ(db: Database) -> int:
    """Runs of `RUN` hearings, at even steps over their ids, whose rows are missing from the table
    or differ there: a hearing written while a trigger was gone."""
    row = db.one("SELECT min(id), max(id) FROM hearing")
    if row is None or row[0] is None:
        return 0
    low, high = int(row[0]), int(row[1])
    wrong, seen = 0, set()
    for n in range(SAMPLES):
        start = low + (high - low) * n // (SAMPLES - 1)
        hearings = db.all(f"{_FROM_HEARINGS} WHERE h.id >= ? ORDER BY h.id LIMIT {RUN}", (start,))  # nosec B608
        if not hearings or hearings[0][1] in seen:
            continue
        seen.add(hearings[0][1])
        keys = [value for hearing in hearings for value in hearing[:2]]
        pairs = ",".join("(?, ?)" for _ in hearings)
        held = db.all(f"{_FROM_TABLE} WHERE (starts_utc, hearing_id) IN (VALUES {pairs})", keys)  # nosec B608
        wrong += sorted(held) != sorted(hearings)
    return wrong


def problems(db: Database) -> list[str]:
    """What `check` says of the table: its triggers, its row count, and samples compared row by
    row both ways (days of the table against the hearings, runs of hearings against the table)."""
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)):
        return []  # a database from before upgrade 15 (only while it is being upgraded)
    found = []
    missing = missing_triggers(db)
    if missing:
        found.append(
            f"{len(missing)} trigger(s) of the agenda's table are missing; the agenda reads without it"
        )
    hearings = int(db.scalar("SELECT count(*) FROM hearing"))
    rows = int(db.scalar(f"SELECT count(*) FROM {TABLE}"))  # nosec B608 - constant name
    if rows != hearings:
        found.append(f"the agenda's table holds {rows} row(s) for {hearings} hearing(s)")
    days, runs = _days_differ(db), _hearings_differ(db)
    if days or runs:
        found.append(f"the agenda's table differs from the hearings in {days + runs} of the samples compared")
    return found
