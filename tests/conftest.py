"""Shared fixtures: a fresh encrypted database per test, users of every role, cheap key slots.

Key derivation in unit tests uses small Argon2id parameters (stored in each slot, so unlocking
still follows the real path); the end-to-end tests run the real parameters.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseintake.services import users
from caseintake.services.session import Session, create_session, open_session
from caseintake.storage import keyslots

SUPERVISOR_PASS = "supervisor passphrase"
PASSPHRASES = {
    "sup": SUPERVISOR_PASS,
    "worker": "worker passphrase",
    "other": "other worker passphrase",
    "lawyer": "lawyer passphrase",
}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.Argon2Params(1, 1024, 1))
    monkeypatch.setenv("CASEINTAKE_LOG_DIR", str(tmp_path / "logs"))
    for name in ("CASEINTAKE_DB", "CASEINTAKE_USER", "CASEINTAKE_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[dict[str, Any]]:
    """A database with a supervisor, two social workers and a lawyer; yields their sessions."""
    sup, recovery_key = create_session(db_path, "sup", SUPERVISOR_PASS, display_name="Ana Supervisor")
    users.add_user(sup, "worker", "social_worker", PASSPHRASES["worker"])
    users.add_user(sup, "other", "social_worker", PASSPHRASES["other"])
    users.add_user(sup, "lawyer", "lawyer", PASSPHRASES["lawyer"])
    sessions: dict[str, Any] = {"sup": sup, "recovery_key": recovery_key, "path": db_path}
    for name in ("worker", "other", "lawyer"):
        sessions[name] = open_session(db_path, name, PASSPHRASES[name])
    yield sessions
    for name in ("sup", "worker", "other", "lawyer"):
        sessions[name].close()


def sample_case(**overrides: Any) -> dict[str, Any]:
    """One case in the interchange format, with vault values worth leaking."""
    case: dict[str, Any] = {
        "status": "in_court",
        "opened_on": "2026-02-03",
        "region": "VII",
        "province": "Cebu",
        "offenses": ["osaec_livestream", "trafficking_sexual"],
        "source": {"kind": "cybertipline", "reference": "CT-2026-0001234"},
        "summary": "Referred by police after a foreign referral; AAA rescued with two siblings.",
        "assigned_to": "worker",
        "consent_statistics": "yes",
        "accommodations": ["guardian_ad_litem", "live_link"],
        "persons": [
            {
                "role": "victim",
                "sex": "F",
                "age": 13,
                "nationality": "PH",
                "identity": {
                    "legal_name": "Maria Luz Bautista",
                    "aliases": ["Neneng"],
                    "birth_date": "2012-07-19",
                    "address": "Purok 3, Barangay Mabini, Cordova",
                    "school": "Mabini Elementary School",
                    "contact": "0917-123-4567",
                },
            },
            {
                "role": "accused",
                "relationship": "parent",
                "sex": "F",
                "nationality": "PH",
                "identity": {"legal_name": "Rosario Bautista"},
            },
            {
                "role": "accused",
                "relationship": "foreign_online",
                "sex": "M",
                "nationality": "US",
                "name": "John Doe",
            },
        ],
        "referrals": [
            {
                "agency": "DSWD Region VII",
                "kind": "shelter",
                "referred_on": "2026-02-03",
                "status": "accepted",
                "note": "Placed at the regional shelter.",
            }
        ],
        "notes": [
            {
                "kind": "intake",
                "written_at": "2026-02-03T10:15:00+08:00",
                "author": "worker",
                "text": "AAA was calm during the intake interview.",
            }
        ],
        "hearings": [
            {
                "court": "RTC Branch 12, Cebu City",
                "docket": "R-CEB-26-00123-CR",
                "kind": "arraignment",
                "starts_at": "2026-12-02T08:30:00+08:00",
                "status": "scheduled",
                "lawyer": "lawyer",
                "notes": "Prepare AAA.",
            }
        ],
        "evidence": [
            {
                "description": "Mobile phone seized at the house",
                "custodian": "NBI-CCD",
                "reference": "EV-001",
                "sha256": "ab" * 32,
                "received_on": "2026-02-04",
            }
        ],
    }
    case.update(overrides)
    return case


def import_cases(session: Session, *cases: dict[str, Any]) -> list[str]:
    from caseintake.interchange.importer import parse_document
    from caseintake.services.intake import add_cases

    return add_cases(session, parse_document({"format": "caseintake/1", "cases": list(cases)}))


def wind_back_device_ids(db: Any) -> None:
    """Move every row back out of its device range, as a database before schema 7 held it (for
    tests that wind a database back to an older schema and upgrade it again)."""
    from caseintake.storage.upgrades import v7_device_ids
    from caseintake.storage.writes import device_number

    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            v7_device_ids.shift_ids(db, -(device_number(db) << 32))
            db.execute("DELETE FROM meta WHERE key = 'device_number'")
            assert db.all("PRAGMA foreign_key_check") == []
    finally:
        db.execute("PRAGMA foreign_keys = ON")
