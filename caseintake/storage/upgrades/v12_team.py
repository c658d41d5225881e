"""Schema upgrade 12: the team tables (issue 15, DESIGN §10).

- `change_journal`: every change to a case's records, field by field with the value it replaced,
  written by `storage/writes.py` in the transaction that made the change, once the database has
  joined a team (`meta.team_role` is `hub` or `device`). `origin` is NULL for a change made here
  and the device number of the laptop that made it for a change the hub applied from a bundle;
  `origin_seq` is then that laptop's own `seq`. On a laptop, `base` is the last hub journal
  entry the laptop had applied when it made the change: the hub asks whether the office changed
  the same field after it, which a comparison of values alone misses when the office's value
  went away and came back.
- `team_device` (hub only): the enrolled laptops, their public keys, what each has acknowledged,
  and revocation.
- `team_scope` (hub only): the cases each laptop holds, kept after revocation for the breach
  notification; `since_seq` and `until_seq` are the numbers of the hub's bundles for that laptop
  that first carried the case whole or told it to let the case go.
- `team_conflict`: the same field changed on two sides; the office value stays until a person
  chooses, and the other value is kept here.
- `team_audit` (hub only): each laptop's audit chain as the hub received it, so a laptop whose
  history was rolled back or rewritten shows at its next sync, and `check` verifies every chain.
- `team_quarantine` (hub only): changes refused (revoked device, case outside its scope, a role
  not allowed to make the change), kept whole so nothing is lost.
"""

from __future__ import annotations

from caseintake.storage.database import Database

STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS change_journal (
        seq INTEGER PRIMARY KEY,
        origin INTEGER,
        origin_seq INTEGER,
        at TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_key TEXT NOT NULL,
        case_id INTEGER,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        fields TEXT NOT NULL,
        base INTEGER
    )""",
    "CREATE INDEX IF NOT EXISTS change_journal_by_case ON change_journal(case_id, seq)",
    """CREATE TABLE IF NOT EXISTS team_device (
        number INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL,
        box_public BLOB NOT NULL,
        verify_key BLOB NOT NULL,
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        received INTEGER NOT NULL DEFAULT 0,
        acked INTEGER NOT NULL DEFAULT 0,
        bundle_acked INTEGER NOT NULL DEFAULT 0,
        bundles_in INTEGER NOT NULL DEFAULT 0,
        bundles_out INTEGER NOT NULL DEFAULT 0,
        last_import_at TEXT,
        last_export_at TEXT,
        audit_seq INTEGER NOT NULL DEFAULT 0,
        audit_hash TEXT NOT NULL DEFAULT '',
        serials TEXT NOT NULL DEFAULT '{}',
        serials_used TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE IF NOT EXISTS team_scope (
        device INTEGER NOT NULL REFERENCES team_device(number),
        case_id INTEGER NOT NULL,
        reference TEXT NOT NULL,
        identities INTEGER NOT NULL,
        since TEXT NOT NULL,
        since_seq INTEGER NOT NULL,
        until TEXT,
        until_seq INTEGER,
        PRIMARY KEY (device, case_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS team_conflict (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        row_key TEXT NOT NULL,
        col TEXT NOT NULL,
        case_id INTEGER,
        was TEXT NOT NULL,
        office TEXT NOT NULL,
        field TEXT NOT NULL,
        device INTEGER NOT NULL,
        origin_seq INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        chosen TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS team_conflict_open ON team_conflict(resolved_at, case_id)",
    """CREATE TABLE IF NOT EXISTS team_audit (
        device INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        username TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        key_id INTEGER,
        signature BLOB,
        PRIMARY KEY (device, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS team_quarantine (
        id INTEGER PRIMARY KEY,
        device INTEGER NOT NULL,
        origin_seq INTEGER NOT NULL,
        reason TEXT NOT NULL,
        change TEXT NOT NULL,
        at TEXT NOT NULL,
        released_at TEXT
    )""",
)


def upgrade(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
