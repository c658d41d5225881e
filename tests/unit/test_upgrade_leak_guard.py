"""Schema upgrade 2 indexes the vault already in a database, so an old office is guarded at once."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from caseintake.domain.errors import IdentityLeak
from caseintake.services import leak_guard
from caseintake.services.session import Session
from caseintake.storage import migrations
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.upgrades import v2_leak_guard
from caseintake.storage.vault import UserRow

_CASE = (
    "INSERT INTO cases (id, uuid, reference, status, opened_on, region, assigned_to, consent_statistics,"
    " updated_at) VALUES (?, ?, ?, 'active', '2025-03-01', 'VII', 1, 'yes', '2025-03-01T00:00:00Z')"
)
_PERSON = (
    "INSERT INTO person (id, uuid, case_id, position, role, pseudonym, sex, age, protected)"
    " VALUES (?, ?, ?, 0, 'victim', 'AAA', 'F', 13, 1)"
)
_IDENTITY = (
    "INSERT INTO identity (person_id, legal_name, aliases, birth_date, address, school, contact)"
    " VALUES (?, ?, '[\"Inday Ling\"]', '2012-02-29', 'Purok 2, Brgy. Kalunasan, Cebu City',"
    " 'Kalunasan Elementary School', '0918 765 4321')"
)
_SHELTER = (
    "INSERT INTO referral (id, uuid, case_id, agency, kind, referred_on, status, note)"
    " VALUES (?, ?, ?, 'Balay Pasilungan shelter', 'shelter', '2025-03-02', 'accepted', 'Sitio Buhisan')"
)


def _version_one_database(path: Path) -> Database:
    """A database as schema 1 left it, with plaintext vault rows, as a laptop of that day had."""
    db = Database(open_connection(path, secrets.token_bytes(32), create=True), path, b"")
    with db.atomic():
        migrations.UPGRADES[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO users (id, username, display_name, role, created_at)"
            " VALUES (1, 'sup', 'Ana', 'supervisor', '2025-01-01T00:00:00Z'),"
            " (2, 'worker', 'Ben', 'social_worker', '2025-01-01T00:00:00Z')"
        )
        for number in (1, 2):
            db.execute(_CASE, (number, f"case-{number}", f"CI-2025-0000{number}"))
            db.execute(_PERSON, (number, f"person-{number}", number))
        db.execute(_IDENTITY, (1, "Rosalind Quiamco Tabotabo"))
        db.execute(_IDENTITY, (2, "Jerome Villacastin"))
        db.execute(_SHELTER, (1, "referral-1", 1))
    return db


def test_an_existing_vault_is_indexed_by_the_upgrade(tmp_path: Path) -> None:
    db = _version_one_database(tmp_path / "old.db")
    try:
        with db.atomic():
            v2_leak_guard.upgrade(db)
        supervisor = Session(db, UserRow(1, "sup", "Ana", "supervisor", True))
        worker = Session(db, UserRow(2, "worker", "Ben", "social_worker", True))
        for text, field in [
            ("Tabotabo", "legal name"),
            ("INDAY LING", "alias"),
            ("29 Feb 2012", "birth date"),
            ("Brgy. Kalunasan", "address"),
            ("Kalunasan ES", "address"),
            ("+63 918 765 4321", "contact"),
            ("Pasilungan", "placement"),
            ("Sitio Buhisan", "placement"),
        ]:
            with pytest.raises(IdentityLeak) as leak:
                leak_guard.check_output(supervisor, f"Seen: {text}.", [2], what="document")
            assert field in str(leak.value), text
            assert "CI-2025-00001" in str(leak.value)  # another case than the one printed
            with pytest.raises(IdentityLeak) as hidden:
                leak_guard.check_output(worker, f"Seen: {text}.", [2], what="document")
            assert "another case" in str(hidden.value) and "CI-2025-00001" not in str(hidden.value)
        leak_guard.check_output(
            supervisor, "AAA attended with her guardian in Cebu City.", [1], what="document"
        )
    finally:
        db.close()
