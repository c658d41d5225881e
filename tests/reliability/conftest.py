"""Database folders the tamper and write-ahead-log tests start from, built once per session."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.reliability.support import (
    FIRST_PASSPHRASES,
    SUPERVISOR,
    Templates,
    cheap_kdf,
    create_database,
    document,
    generated_case,
)


def _import(session: object, rng: random.Random, start: int, count: int) -> None:
    from caseintake.interchange.importer import parse_document
    from caseintake.services.intake import add_cases

    cases = [
        generated_case(rng, f"KX-2026-{n}", f"tamper{n}", SUPERVISOR) for n in range(start, start + count)
    ]
    add_cases(session, parse_document(document(*cases)))  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    from caseintake.services.session import open_session

    root = tmp_path_factory.mktemp("tamper-templates")
    rng = random.Random(6)
    live = root / "live" / "cases.db"
    create_database(live)
    with cheap_kdf():
        session = open_session(live, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])

    def snapshot(name: str, files: tuple[str, ...]) -> Path:
        """Copy the files while the connection is open, as a crash would leave them."""
        folder = root / name / "data"
        folder.mkdir(parents=True)
        for file in files:
            shutil.copy(live.with_name(file), folder / file)
        return folder / "cases.db"

    _import(session, rng, 1, 60)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    clean = snapshot("clean", ("cases.db", "cases.db.keys"))
    session.db.execute("PRAGMA wal_autocheckpoint = 0")
    for batch in range(6):  # six commits, so damage in the middle leaves later commits behind
        _import(session, rng, 100 + batch * 5, 5)
    with_log = ("cases.db", "cases.db-wal", "cases.db-shm", "cases.db.keys")
    crashed = snapshot("crashed", with_log)
    session.db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # everything copied in, log kept
    _import(session, rng, 200, 1)  # the next writer restarts the log with new salts
    reused = snapshot("reused", with_log)
    session.close()
    return Templates(clean, crashed, reused)
