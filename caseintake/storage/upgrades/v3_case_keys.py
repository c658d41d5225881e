"""Schema upgrade: per-case identity keys, epochs and signed audit.

Adds the public-key tables (`user_key`, `reveal_grant`, `case_key`), the audit signature
columns, and rebuilds `identity_search` over keyed-hash terms. On a database holding rows (it
runs after v2, inside some user's unlock) it also encrypts the vault in place: an office reveal
key pair is created, each case gets an identity key sealed to it, each identity value becomes
AES-GCM ciphertext. No one has key pairs yet at this point, so the office private key waits in
`meta` wrapped under the database key ("escrow"); `vault` gives each account its key pairs at
its next unlock (and the recovery key at its next use), grants lawyers, supervisors and the
recovery key the office key, seals assigned cases to social workers, and deletes the escrow when
no old-style slot is left. Until then every holder of the database key can still reach the
identities, as before the upgrade; `check` says so.
"""

from __future__ import annotations

from collections import defaultdict

from caseintake.storage import case_keys, identity_store
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database

_SCHEMA = """
CREATE TABLE user_key (
    id INTEGER PRIMARY KEY,
    holder TEXT NOT NULL,
    box_public BLOB NOT NULL,
    sign_public BLOB,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE INDEX user_key_by_holder ON user_key(holder, retired_at);
CREATE TABLE reveal_grant (
    holder INTEGER PRIMARY KEY REFERENCES user_key(id),
    sealed BLOB NOT NULL
);
CREATE TABLE case_key (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    holder INTEGER NOT NULL REFERENCES user_key(id),
    sealed BLOB NOT NULL,
    PRIMARY KEY (case_id, holder)
) WITHOUT ROWID;
CREATE INDEX case_key_by_holder ON case_key(holder);
ALTER TABLE users ADD COLUMN key_id INTEGER REFERENCES user_key(id);
ALTER TABLE audit ADD COLUMN key_id INTEGER;
ALTER TABLE audit ADD COLUMN signature BLOB;
DROP TABLE identity_search;
CREATE VIRTUAL TABLE identity_search USING fts5(body, content = '', contentless_delete = 1,
    detail = none, tokenize = 'unicode61')
"""


def upgrade(db: Database) -> None:
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)
    now = now_utc()
    next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM audit"))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_signed_from', ?)", (str(next_seq),))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_epoch', '0')")
    case_keys.create_office_key(db, now)
    _encrypt_vault(db)


def _encrypt_vault(db: Database) -> None:
    """Give every case with vault values its key, and encrypt those values in place."""
    rows = db.all(
        "SELECT p.case_id, i.person_id, p.uuid, i.legal_name, i.aliases, i.birth_date, i.address,"
        " i.school, i.contact FROM identity i JOIN person p ON p.id = i.person_id ORDER BY p.case_id"
    )
    if not rows:
        return
    by_case: dict[int, list[tuple[int, str, tuple[str | None, ...]]]] = defaultdict(list)
    for row in rows:
        by_case[int(row[0])].append((int(row[1]), str(row[2]), tuple(row[3:])))
    search_key = identity_store.search_key(db)
    keys = case_keys.seal_new_case_keys(db, [(case_id, -1) for case_id in by_case])
    updates = []
    bodies: dict[int, str] = {}
    for case_id, people in by_case.items():
        key = keys[case_id]
        texts: list[str | None] = []
        for person_id, person_uuid, values in people:
            updates.append((*identity_store.encrypt_values(key, person_uuid, values), person_id))
            texts.extend(identity_store.searchable(values))
        bodies[case_id] = identity_store.terms_body(search_key, texts)
    db.executemany(
        "UPDATE identity SET legal_name = ?, aliases = ?, birth_date = ?, address = ?, school = ?,"
        " contact = ? WHERE person_id = ?",
        updates,
    )
    identity_store.index_cases(db, bodies)
