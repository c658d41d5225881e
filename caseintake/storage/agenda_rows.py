"""The agenda's own table, `hearing_agenda` (schema upgrade 15): whether its triggers are there,
and whether it still says what the hearings say.

The table is derived data kept by triggers (`upgrades/v15_agenda_rows.py`). The agenda reads it
only while every trigger is in the database as the upgrade made it; otherwise it reads the
hearings themselves, slower but right. `check` compares the table with the hearings: the same
number of rows, and samples compared row by row both ways.
"""

from __future__ import annotations

from datetime import date, timedelta

from caseintake.domain.errors import CaseintakeError
from caseintake.storage import upgrades
from caseintake.storage.database import Database
from caseintake.storage.ids import device_of, device_range
from caseintake.storage.upgrades.v15_agenda_rows import COPIED, TABLE, trigger_sql

#: Samples compared row by row by `problems`, each way: days of the table at even steps from the
#: first hearing's to the last's (at most `DAY_ROWS` rows of each), and runs of `RUN` hearings at
#: even steps over the ids of each device's range (at most `MAX_RANGES` ranges).
SAMPLES = 24
RUN = 100
DAY_ROWS = 1000
MAX_RANGES = 64
#: The schema upgrade that made the table (`PRAGMA user_version`).
UPGRADE = 15


def missing_triggers(db: Database) -> list[str]:
    """The triggers of upgrade 15 that are not in the database as it made them."""
    return upgrades.missing_triggers(db, trigger_sql())


def _table_there(db: Database) -> bool:
    return bool(db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)))


def in_use(db: Database) -> bool:
    """Whether the agenda may read `hearing_agenda`: the table is there with all its triggers."""
    return not missing_triggers(db) and _table_there(db)


_FROM_HEARINGS = (
    f"SELECT h.starts_utc, h.id, c.reference, {', '.join('h.' + c for c in COPIED)}"  # nosec B608 - constants
    " FROM hearing h JOIN cases c ON c.id = h.case_id"
)
_FROM_TABLE = f"SELECT starts_utc, hearing_id, reference, {', '.join(COPIED)} FROM {TABLE}"  # nosec B608 - constants


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:  # not a date: only what a hand edit or a tampered bundle could write
        return None


def _sample_days(db: Database) -> list[tuple[str, str]]:
    """(from, before) text bounds of `SAMPLES` days at even steps from the first hearing's day to
    the last's, both included. Text bounds (`day` to `day~`, as `~` sorts after the time part),
    so that no date arithmetic can overflow at the end of the calendar; a first or last value
    that is no date is sampled on its own."""
    first = db.scalar(f"SELECT min(starts_utc) FROM {TABLE}")  # nosec B608 - one index lookup each
    last = db.scalar(f"SELECT max(starts_utc) FROM {TABLE}")  # nosec B608 - constant name
    if first is None or last is None:
        return []
    start, end = _day(first), _day(last)
    if start is None or end is None:
        days = {str(first)[:10], str(last)[:10]}
    else:
        span = (end - start).days
        days = {(start + timedelta(days=span * n // (SAMPLES - 1))).isoformat() for n in range(SAMPLES)}
    return [(day, day + "~") for day in sorted(days)]


def _days_differ(db: Database) -> int:
    """Days of the sample whose rows in the table (at most `DAY_ROWS` of each) are not their
    hearings as they are now: a row left behind by a hearing moved or removed, or one altered."""
    wrong = 0
    for bounds in _sample_days(db):
        held = db.all(
            f"{_FROM_TABLE} WHERE starts_utc >= ? AND starts_utc < ? ORDER BY 1, 2 LIMIT {DAY_ROWS}",  # nosec B608
            bounds,
        )
        ids = [row[1] for row in held]
        now = []
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            now += db.all(f"{_FROM_HEARINGS} WHERE h.id IN ({','.join('?' * len(chunk))})", chunk)  # nosec B608
        wrong += held != sorted(now)
    return wrong


def _id_ranges(db: Database) -> list[tuple[int, int]]:
    """(first, last) hearing id in each device's range that holds hearings (a laptop's own, the
    hub's): ids of different devices are far apart, so steps over min..max would land in gaps."""
    ranges: list[tuple[int, int]] = []
    low = db.scalar("SELECT min(id) FROM hearing")
    while low is not None and len(ranges) < MAX_RANGES:
        _first, range_end = device_range(device_of(int(low)))
        high = db.scalar("SELECT max(id) FROM hearing WHERE id <= ?", (range_end,))
        ranges.append((int(low), int(high)))
        low = db.scalar("SELECT min(id) FROM hearing WHERE id > ?", (range_end,))
    return ranges


def _hearings_differ(db: Database) -> int:
    """Runs of `RUN` hearings, at even steps over the ids of each device's range, whose rows are
    missing from the table or differ there: a hearing written while a trigger was gone."""
    ranges = _id_ranges(db)
    if not ranges:
        return 0
    per_range = max(2, SAMPLES // len(ranges))
    wrong, seen = 0, set()
    for low, high in ranges:
        for n in range(per_range):
            start = low + (high - low) * n // (per_range - 1)
            hearings = db.all(
                f"{_FROM_HEARINGS} WHERE h.id >= ? AND h.id <= ? ORDER BY h.id LIMIT {RUN}",  # nosec B608
                (start, high),
            )
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
    if not _table_there(db):
        if int(db.scalar("PRAGMA user_version")) >= UPGRADE:
            return [
                "the agenda's table is missing: the agenda reads without it, and hearings cannot be saved"
            ]
        return []  # a database from before upgrade 15 (only while it is being upgraded)
    found = []
    missing = missing_triggers(db)
    if missing:
        found.append(
            f"{len(missing)} trigger(s) of the agenda's table are missing; the agenda reads without it"
        )
    try:
        hearings = int(db.scalar("SELECT count(*) FROM hearing"))
        rows = int(db.scalar(f"SELECT count(*) FROM {TABLE}"))  # nosec B608 - constant name
        if rows != hearings:
            found.append(f"the agenda's table holds {rows} row(s) for {hearings} hearing(s)")
        days, runs = _days_differ(db), _hearings_differ(db)
    except CaseintakeError:  # its columns altered by hand: the check says so and goes on
        return [*found, "the agenda's table is not as upgrade 15 made it"]
    if days or runs:
        found.append(f"the agenda's table differs from the hearings in {days + runs} of the samples compared")
    return found
