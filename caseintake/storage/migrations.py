"""Numbered schema upgrades on `PRAGMA user_version`, each in one transaction.

Append a function to `UPGRADES` for every change; never edit a released one. A database with a
higher version than this build knows is refused rather than opened, so an older laptop cannot
damage data written by a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from caseintake.domain.errors import IntegrityProblem, NewerSchema
from caseintake.storage.database import Database
from caseintake.storage.upgrades import (
    v2_leak_guard,
    v3_case_keys,
    v4_provenance,
    v5_count_releases,
    v6_court_record,
    v7_device_ids,
    v8_case_versions,
    v9_list_indexes,
    v10_search_plan,
    v11_counts_cache,
    v12_team,
    v13_sorted_list_covering,
    v14_id_marks,
    v15_agenda_rows,
)

# Contentless (the text is already in the tables) and without positions (searches AND words, never
# phrases): a third of the size and time of a default FTS5 table.
_FTS = "content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2'"

_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'lawyer', 'supervisor')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    region TEXT NOT NULL,
    province TEXT,
    source_kind TEXT,
    source_reference TEXT,
    assigned_to INTEGER NOT NULL REFERENCES users(id),
    consent_statistics TEXT NOT NULL,
    parties TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_by_opened ON cases(opened_on, reference);
CREATE INDEX cases_reference_by_id ON cases(id, reference);
CREATE INDEX cases_by_status ON cases(status, opened_on, reference);
CREATE INDEX cases_by_region ON cases(region, opened_on, reference);
CREATE INDEX cases_by_assigned ON cases(assigned_to, opened_on, reference);
-- Covering indexes for the anonymized counts: an export reads only these.
CREATE INDEX cases_for_counts ON cases(opened_on, consent_statistics, region, status, source_kind);

CREATE TABLE case_text (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    summary TEXT NOT NULL
);

CREATE TABLE case_offense (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    offense TEXT NOT NULL,
    PRIMARY KEY (case_id, offense)
) WITHOUT ROWID;

CREATE TABLE case_accommodation (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    accommodation TEXT NOT NULL,
    PRIMARY KEY (case_id, accommodation)
) WITHOUT ROWID;

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    pseudonym TEXT,
    sex TEXT,
    age INTEGER,
    birth_year INTEGER,
    nationality TEXT,
    relationship TEXT,
    protected INTEGER NOT NULL,
    name TEXT,
    UNIQUE (case_id, pseudonym)
);

CREATE INDEX person_for_counts ON person(case_id, role, sex, age, birth_year, nationality, relationship);

CREATE TABLE identity (
    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    legal_name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    birth_date TEXT,
    address TEXT,
    school TEXT,
    contact TEXT
);

CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    agency TEXT NOT NULL,
    kind TEXT NOT NULL,
    referred_on TEXT NOT NULL,
    status TEXT NOT NULL,
    follow_up_on TEXT,
    note TEXT
);
CREATE INDEX referral_by_case ON referral(case_id, kind);
CREATE INDEX referral_by_follow_up ON referral(follow_up_on) WHERE follow_up_on IS NOT NULL;

CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    author INTEGER NOT NULL REFERENCES users(id),
    saved_by INTEGER NOT NULL REFERENCES users(id),
    written_at TEXT NOT NULL,
    text TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
CREATE INDEX note_by_case ON note(case_id, written_at);

-- Earlier versions only; the current text lives in note.
CREATE TABLE note_version (
    note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    author INTEGER NOT NULL REFERENCES users(id),
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (note_id, version)
) WITHOUT ROWID;

CREATE TABLE hearing (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    court TEXT NOT NULL,
    branch TEXT,
    docket TEXT,
    kind TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    starts_utc TEXT NOT NULL,
    location TEXT,
    lawyer INTEGER REFERENCES users(id),
    status TEXT NOT NULL,
    outcome TEXT,
    notes TEXT
);
CREATE INDEX hearing_by_case ON hearing(case_id, starts_utc);
-- Covers the agenda: a month of hearings is read from this index alone.
CREATE INDEX hearing_by_time ON hearing(starts_utc, case_id, uuid, kind, starts_at, court, branch, docket,
                                        lawyer, status);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    custodian TEXT,
    reference TEXT,
    sha256 TEXT,
    received_on TEXT
);
CREATE INDEX evidence_by_case ON evidence(case_id);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_entity ON audit(entity_id);

CREATE TABLE document (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id),
    sha256 TEXT NOT NULL,
    username TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE leak_allowance (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    allowed_by TEXT NOT NULL,
    allowed_at TEXT NOT NULL,
    PRIMARY KEY (person_id, word)
) WITHOUT ROWID;

CREATE TABLE reference_serial (
    prefix TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE case_search USING fts5(body, {_FTS}, prefix = '1 2 3 4');
CREATE VIRTUAL TABLE note_search USING fts5(body, {_FTS}, prefix = '1 2 3 4');
CREATE VIRTUAL TABLE identity_search USING fts5(body, {_FTS}, prefix = '2 3 4');
"""


def _v1(db: Database) -> None:
    for statement in _V1.split(";\n"):
        if statement.strip():
            db.execute(statement)


UPGRADES: list[Callable[[Database], None]] = [
    _v1,
    v2_leak_guard.upgrade,
    v3_case_keys.upgrade,
    v4_provenance.upgrade,
    v5_count_releases.upgrade,
    v6_court_record.upgrade,
    v7_device_ids.upgrade,
    v8_case_versions.upgrade,
    v9_list_indexes.upgrade,
    v10_search_plan.upgrade,
    v11_counts_cache.upgrade,
    v12_team.upgrade,
    v13_sorted_list_covering.upgrade,
    v14_id_marks.upgrade,
    v15_agenda_rows.upgrade,
]
SCHEMA_VERSION = len(UPGRADES)


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def upgrade(db: Database) -> int:
    """Bring the schema up to date; returns the number of upgrades applied."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NewerSchema(
            f"This database was written by a newer caseintake (schema {current}, this program "
            f"knows {SCHEMA_VERSION}); install the newer version to open it.",
            code="newer_schema",
            params={"schema": current, "known": SCHEMA_VERSION},
        )
    applied = 0
    for number in range(current + 1, SCHEMA_VERSION + 1):
        step = UPGRADES[number - 1]
        keys_off = getattr(step, "foreign_keys_off", False)
        if keys_off:  # a bulk renumbering: keys are checked once, before the commit
            db.execute("PRAGMA foreign_keys = OFF")
        try:
            with db.atomic():
                step(db)
                if keys_off and db.all("PRAGMA foreign_key_check"):
                    raise IntegrityProblem(
                        f"Schema upgrade {number} left a broken reference between records;"
                        " nothing was changed.",
                        code="upgrade_broken_reference",
                        params={"number": number},
                    )
                db.execute(f"PRAGMA user_version = {number}")
        finally:
            if keys_off:
                db.execute("PRAGMA foreign_keys = ON")
        applied += 1
    if applied:
        # An upgrade can rewrite most of the file (upgrade 7 does): fold the log back into the
        # database now, or every later open and read goes through a log as large as the file.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return applied
