"""Schema upgrade 15: the agenda reads a month of hearings, with each case's reference, from one
table kept in time order.

The agenda window lists up to 2,000 hearings of a period in time order, each with its case's
reference. The hearings came from a covering index, but each reference was one lookup in
`cases_reference_by_id`: at 1,000,000 cases the 2,000 hearings of a month belong to 2,000 cases
spread over the whole index, so about as many pages were read and, encrypted, decrypted and
checked. That was 37 ms cold against 16 ms unkeyed (2.25×; the target is 1.3×).

`hearing_agenda` holds what the agenda shows of each hearing, its case's reference included, in
the order it is read: a month's first 2,000 hearings are a few dozen neighbouring pages. It is
derived data, like the full-text indexes and the counts cache: never synced, never written by
the program, kept by the triggers below on every write to `hearing` and on a change of a case's
reference, and compared with the hearings by `check` (`storage/agenda_rows.py`). It replaces the
agenda's covering index `hearing_by_time`, which the upgrade drops once the table is filled from
it: every new hearing would otherwise land at random in two time-ordered trees instead of one,
which cost an import into a million-case hub about 270 µs a case. The triggers
fire however a hearing is written: the editor, an import, the demo, team sync, and a case's
removal (its hearings go through `ON DELETE CASCADE`, which fires the delete trigger).
"""

from __future__ import annotations

from caseintake.storage.database import Database

TABLE = "hearing_agenda"

#: The hearing's columns the agenda shows, copied as they are (`reference` comes from `cases`).
COPIED = ("case_id", "uuid", "kind", "starts_at", "court", "branch", "docket", "lawyer", "status")

_CREATE = f"""CREATE TABLE {TABLE} (
    starts_utc TEXT NOT NULL,
    hearing_id INTEGER NOT NULL,
    reference TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    court TEXT NOT NULL,
    branch TEXT,
    docket TEXT,
    lawyer INTEGER,
    status TEXT NOT NULL,
    PRIMARY KEY (starts_utc, hearing_id)
) WITHOUT ROWID"""


#: OR REPLACE: a row left behind (a table edited by hand) must not make a hearing's save fail.
_INSERT = f"INSERT OR REPLACE INTO {TABLE} (starts_utc, hearing_id, reference, {', '.join(COPIED)})"  # nosec B608


def _selected(row: str) -> str:
    """The agenda row of the hearing `row` (NEW in a trigger, `h` in the fill), beside `c`, its case."""
    return ", ".join((f"{row}.starts_utc", f"{row}.id", "c.reference", *(f"{row}.{c}" for c in COPIED)))


#: Insert the agenda row of the hearing just written (in a trigger).
_INSERT_NEW = f"{_INSERT} SELECT {_selected('NEW')} FROM cases c WHERE c.id = NEW.case_id"  # nosec B608
#: Fill the table from every hearing, in the table's own order, so that the fill appends.
#: Each reference comes from the narrow index `cases_reference_by_id`, which stays in the
#: page cache, not from the wide case rows: 2.4 million lookups at a million cases.
FILL = (
    f"{_INSERT} SELECT {_selected('h')}"  # nosec B608 - constants
    " FROM hearing h JOIN cases c INDEXED BY cases_reference_by_id ON c.id = h.case_id"
    " ORDER BY h.starts_utc, h.id"
)

_DELETE_OLD = f"DELETE FROM {TABLE} WHERE starts_utc = OLD.starts_utc AND hearing_id = OLD.id"  # nosec B608


def trigger_sql() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every trigger; `check` looks for each as made here."""
    shown = ", ".join(("starts_utc", "id", *COPIED))
    out = [
        ("agenda_hearing_insert", f"AFTER INSERT ON hearing BEGIN {_INSERT_NEW}; END"),
        ("agenda_hearing_delete", f"AFTER DELETE ON hearing BEGIN {_DELETE_OLD}; END"),
        (
            "agenda_hearing_update",
            f"AFTER UPDATE OF {shown} ON hearing BEGIN {_DELETE_OLD}; {_INSERT_NEW}; END",
        ),
        (
            "agenda_case_reference",
            f"AFTER UPDATE OF reference ON cases BEGIN UPDATE {TABLE} SET reference = NEW.reference"  # nosec B608
            " WHERE (starts_utc, hearing_id) IN"
            " (SELECT starts_utc, id FROM hearing WHERE case_id = NEW.id); END",
        ),
    ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in out]


def upgrade(db: Database) -> None:
    """The table filled from every hearing, then the triggers. Run again (a database wound back
    to an older schema), it starts over: the table holds only what the hearings say."""
    for name, _statement in trigger_sql():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")
    db.execute(_CREATE)
    db.execute(FILL)
    # The table is the agenda's index now; an import no longer pays for two of them.
    db.execute("DROP INDEX IF EXISTS hearing_by_time")
    for _name, statement in trigger_sql():
        db.execute(statement)
