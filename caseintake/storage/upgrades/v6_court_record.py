"""Schema upgrade 6: the court record — criminal cases and charges, prosecutor and disposition,
detention of the accused, per-child measures, witnesses and motions per hearing, exhibits.

Every table hangs off a row that already exists (case, person, hearing, evidence) and is deleted
with it. An existing database is converted: each distinct docket number its hearings carry
becomes a criminal case of that case, so the caption of a summary printed after the upgrade
still names every number the office recorded.
"""

from __future__ import annotations

from caseintake.storage.database import Database

_TABLES = """
CREATE TABLE case_court (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    prosecutor TEXT,
    disposition TEXT,
    disposition_on TEXT
);

CREATE TABLE criminal_case (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    court TEXT,
    judicial_region INTEGER,
    branch TEXT,
    station TEXT,
    filed_on TEXT,
    UNIQUE (case_id, number)
);

CREATE TABLE charge (
    criminal_case_id INTEGER NOT NULL REFERENCES criminal_case(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    statute TEXT NOT NULL,
    section TEXT,
    counts INTEGER NOT NULL DEFAULT 1,
    description TEXT,
    PRIMARY KEY (criminal_case_id, position)
) WITHOUT ROWID;

CREATE TABLE detention (
    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    since TEXT,
    bail TEXT
);

CREATE TABLE child_measure (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    requested_on TEXT,
    ruled_on TEXT,
    language TEXT,
    PRIMARY KEY (person_id, measure)
) WITHOUT ROWID;

CREATE TABLE hearing_witness (
    hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
    name TEXT,
    affidavit_filed_on TEXT,
    PRIMARY KEY (hearing_id, position),
    CHECK ((person_id IS NULL) != (name IS NULL))
) WITHOUT ROWID;

CREATE TABLE motion (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    filed_by TEXT NOT NULL,
    filed_on TEXT,
    status TEXT NOT NULL,
    resolved_on TEXT
);
CREATE INDEX motion_by_hearing ON motion(hearing_id, position);

CREATE TABLE exhibit (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    marking TEXT NOT NULL,
    description TEXT NOT NULL,
    offered_by TEXT NOT NULL,
    evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    offered_on TEXT,
    ruling TEXT NOT NULL,
    ruled_on TEXT
);
CREATE INDEX exhibit_by_case ON exhibit(case_id, position);
CREATE INDEX exhibit_by_evidence ON exhibit(evidence_id) WHERE evidence_id IS NOT NULL
"""

# One criminal case per distinct docket of a case's hearings, in the order they were first heard.
_DOCKETS = """
INSERT INTO criminal_case (case_id, position, number)
SELECT case_id, row_number() OVER (PARTITION BY case_id ORDER BY first_heard, number) - 1, number
FROM (
    SELECT case_id, trim(docket) AS number, min(starts_utc) AS first_heard
    FROM hearing WHERE docket IS NOT NULL AND trim(docket) != ''
    GROUP BY case_id, trim(docket)
)
"""


def upgrade(db: Database) -> None:
    for statement in _TABLES.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(_DOCKETS)
