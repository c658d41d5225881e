"""The agenda's own table, `hearing_agenda` (schema upgrade 15): whether its triggers are there,
and whether it still says what the hearings say.

The table is derived data kept by triggers (`upgrades/v15_agenda_rows.py`). The agenda reads it
only while every trigger is in the database as the upgrade made it; otherwise it reads the
hearings themselves, slower but right. `check` compares the table with the hearings: the same
number of rows, and every hearing of a sample of days the same in both.
"""

from __future__ import annotations

from datetime import date, timedelta

from caseintake.storage.database import Database
from caseintake.storage.upgrades.v15_agenda_rows import COPIED, TABLE, trigger_sql

#: Days compared row by row by `problems`, at even steps from the first hearing's to the last's.
SAMPLE_DAYS = 24


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


def _sample_days(db: Database) -> list[tuple[str, str]]:
    """(start, end) bounds of `SAMPLE_DAYS` UTC days at even steps from the first hearing's day to
    the last's, both included."""
    row = db.one(f"SELECT min(starts_utc), max(starts_utc) FROM {TABLE}")  # nosec B608 - constant name
    if row is None or row[0] is None:
        return []
    first, last = row
    start, end = date.fromisoformat(str(first)[:10]), date.fromisoformat(str(last)[:10])
    span = (end - start).days
    days = sorted({start + timedelta(days=span * n // (SAMPLE_DAYS - 1)) for n in range(SAMPLE_DAYS)})
    return [(day.isoformat(), (day + timedelta(days=1)).isoformat()) for day in days]


def problems(db: Database) -> list[str]:
    """What `check` says of the table: its triggers, its row count, a sample of days row by row."""
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
    wrong = 0
    for bounds in _sample_days(db):
        where = " WHERE {0}starts_utc >= ? AND {0}starts_utc < ? ORDER BY 1, 2"
        expected = db.all(_FROM_HEARINGS + where.format("h."), bounds)
        held = db.all(_FROM_TABLE + where.format(""), bounds)  # nosec B608 - constant names
        wrong += expected != held
    if wrong:
        found.append(f"the agenda's table differs from the hearings on {wrong} day(s) of those compared")
    return found
