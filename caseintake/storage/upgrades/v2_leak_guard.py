"""Schema upgrade: the leak guard's hashed term index, filled from the vault as it stands."""

from __future__ import annotations

from caseintake.storage import guard_index
from caseintake.storage.database import Database

_BATCH = 2000


def upgrade(db: Database) -> None:
    for statement in guard_index.SCHEMA:
        db.execute(statement)
    guard_index.create_key(db)
    digest = guard_index.digester(db)
    identities = db.all(
        "SELECT i.person_id, p.case_id, i.legal_name, i.aliases, i.birth_date, i.address, i.school,"
        " i.contact FROM identity i JOIN person p ON p.id = i.person_id"
    )
    for start in range(0, len(identities), _BATCH):
        guard_index.index_identities(db, identities[start : start + _BATCH], digest)
    placements = db.all("SELECT id, case_id, kind, agency, note FROM referral WHERE kind = 'shelter'")
    guard_index.index_placements(db, placements, digest)
