"""Schema upgrade 11: the counts cache, by month and day, and the triggers that keep it true.

Every count an export reads is a sum over days: each child, accused or offense counted belongs to
one case and each case to one day (its ``opened_on``). So a table over a period is the sum of the
same grouped query over its months, a month the sum over its days, and a day nothing was written
to since it was last counted need not be counted again (``storage/counts_cache.py``).

What was written to is kept by the database itself, whatever program wrote: a trigger on each
table the counts read (``storage/counts_query.py``: ``cases``, ``person``, ``case_offense``,
``referral``) raises the generation of the opening day of each row it inserts, deletes or
changes in a column the counts read (both days when a case moves; a child row's is its case's
day). Record homes, imports, the demo, case removal and any later write path are covered
without knowing about it. A restore brings back a file whose cache and generations were kept
by the same triggers. The cache holds counts by codes and opening day, no more than the cases
tables say, inside the encrypted file; an export adds them up to whole months.

A column the counts start reading later needs a new upgrade that recreates these triggers:
``tests/unit/test_counts_cache.py`` compares ``WATCHED`` with the columns the counts' SQL names.
"""

from __future__ import annotations

from caseintake.storage.database import Database

#: The columns of each table the counts read; an update of any other column counts nothing new.
WATCHED = {
    "cases": ("id", "opened_on", "consent_statistics", "region", "status", "source_kind"),
    "person": ("id", "case_id", "role", "sex", "age", "birth_year", "nationality", "relationship"),
    "case_offense": ("case_id", "offense"),
    "referral": ("id", "case_id", "kind"),
}

_TABLES = (
    # The generation of each day cases were opened on (a month's is the sum of its days').
    """CREATE TABLE counts_gen (
    day TEXT PRIMARY KEY,
    gen INTEGER NOT NULL
) WITHOUT ROWID""",
    # One row per counts query (its SQL and parameters, bar the period's bounds) and month or
    # day: its groups and counts as a JSON list, counted at generation ``gen`` of the month or day.
    """CREATE TABLE counts_cache (
    query TEXT NOT NULL,
    bucket TEXT NOT NULL,
    gen INTEGER NOT NULL,
    cells TEXT NOT NULL,
    PRIMARY KEY (query, bucket)
) WITHOUT ROWID""",
    """CREATE TABLE counts_cache_query (
    query TEXT PRIMARY KEY,
    sql TEXT NOT NULL,
    params TEXT NOT NULL,
    used_on TEXT NOT NULL
) WITHOUT ROWID""",
)


def _bump(opened_on: str) -> str:
    return (
        f"INSERT INTO counts_gen (day, gen) VALUES (substr({opened_on}, 1, 10), 1)"  # nosec B608 - a column name
        " ON CONFLICT (day) DO UPDATE SET gen = gen + 1;"
    )


def _bump_case(case_id: str) -> str:
    # Nothing when the case is gone (a cascade from its deletion, which bumped its day itself).
    return (
        "INSERT INTO counts_gen (day, gen)"
        f" SELECT substr(opened_on, 1, 10), 1 FROM cases WHERE id = {case_id}"  # nosec B608 - a column name
        " ON CONFLICT (day) DO UPDATE SET gen = gen + 1;"
    )


def _changed(table: str) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED[table])


#: The tables `_TABLES` creates.
_TABLE_NAMES = ("counts_gen", "counts_cache", "counts_cache_query")


def trigger_sql() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every trigger; ``check`` looks for each name."""
    out = [
        ("counts_cases_insert", f"AFTER INSERT ON cases BEGIN {_bump('NEW.opened_on')} END"),
        ("counts_cases_delete", f"AFTER DELETE ON cases BEGIN {_bump('OLD.opened_on')} END"),
        (
            "counts_cases_update",
            f"AFTER UPDATE ON cases WHEN {_changed('cases')}"
            f" BEGIN {_bump('OLD.opened_on')} {_bump('NEW.opened_on')} END",
        ),
    ]
    for table in ("person", "case_offense", "referral"):
        out += [
            (f"counts_{table}_insert", f"AFTER INSERT ON {table} BEGIN {_bump_case('NEW.case_id')} END"),
            (f"counts_{table}_delete", f"AFTER DELETE ON {table} BEGIN {_bump_case('OLD.case_id')} END"),
            (
                f"counts_{table}_update",
                f"AFTER UPDATE ON {table} WHEN {_changed(table)}"
                f" BEGIN {_bump_case('OLD.case_id')} {_bump_case('NEW.case_id')} END",
            ),
        ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in out]


def upgrade(db: Database) -> None:
    """Empty tables and fresh triggers. Run again (a database wound back to an older schema),
    it starts over: the cache holds only what a recount can rebuild."""
    triggers = trigger_sql()
    for name, _statement in triggers:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in _TABLE_NAMES:
        db.execute(f"DROP TABLE IF EXISTS {table}")  # nosec B608 - constant names
    for statement in _TABLES:
        db.execute(statement)
    for _name, statement in triggers:
        db.execute(statement)
