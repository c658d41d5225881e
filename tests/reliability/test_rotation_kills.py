"""Kills during key rotation: after every SIGKILL the database opens with either the old or the
new key set, never neither, for every account and the recovery key, with nothing lost.

A child process rotates the key in a loop; the parent kills it at a random moment (most kills land
inside a rotation: announcing the next key, copying, swapping the file, settling the key file),
copies the folder as the kill left it, and opens the copy. CASEINTAKE_LONG=1 runs many more kills.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.support import (
    FIRST_PASSPHRASES,
    SUPERVISOR,
    WORKER,
    cheap_kdf,
    copy_folder,
    create_database,
    document,
    generated_case,
    kill_writer,
    long_run,
)

WRITER = Path(__file__).with_name("rotation_writer.py")


def _fill(db: Path) -> int:
    from caseintake.interchange.importer import parse_document
    from caseintake.services.intake import add_cases
    from caseintake.services.session import open_session

    rng = random.Random(7)
    cases = [generated_case(rng, f"RK-2026-{n:05d}", f"rotation{n}", WORKER) for n in range(60)]
    for case in cases:
        case["hearings"] = []
    session = open_session(db, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])
    try:
        add_cases(session, parse_document(document(*cases)))
        return int(session.db.scalar("SELECT count(*) FROM identity"))
    finally:
        session.close()


def _kill_once(db: Path, rng: random.Random) -> int:
    """Start the writer, let it rotate a random while, SIGKILL it; returns rotations it finished."""
    out = kill_writer(WRITER, [str(db), FIRST_PASSPHRASES[SUPERVISOR]], rng, 0.6)
    return sum(1 for line in out.splitlines() if line.startswith("rotated"))


def _opens(copy: Path, identities: int, recovery_key: str) -> int:
    from caseintake.services import people, users
    from caseintake.services.maintenance import inspect
    from caseintake.services.session import open_session
    from caseintake.storage import vault

    with cheap_kdf():
        worker = open_session(copy, WORKER, FIRST_PASSPHRASES[WORKER])
        try:
            assert int(worker.db.scalar("SELECT count(*) FROM identity")) == identities
            victim = worker.db.scalar("SELECT uuid FROM person WHERE pseudonym = 'AAA' LIMIT 1")
            assert people.reveal_identity(worker, victim).legal_name
            epoch = vault.db_epoch(worker.db)
        finally:
            worker.close()
        sup = open_session(copy, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])
        try:
            report = inspect(sup.db)
            assert report.ok, report.problems
        finally:
            sup.close()
        users.recover(copy, recovery_key, WORKER, "a recovered worker passphrase")
    return epoch


def test_kills_during_rotation_leave_a_database_that_opens(tmp_path: Path) -> None:
    db = tmp_path / "data" / "cases.db"
    recovery_key = create_database(db)
    with cheap_kdf():
        identities = _fill(db)
    rng = random.Random(12)
    kills = 200 if long_run() else 8
    epochs: set[int] = set()
    finished = 0
    mid_rotation = 0  # kills that left the key file announcing a next key
    for cycle in range(kills):
        finished += _kill_once(db, rng)
        copy = tmp_path / f"after-kill-{cycle}"
        copy_folder(db.parent, copy)
        from caseintake.storage.keyslots import KeySlots, sidecar_path

        if KeySlots.load(sidecar_path(copy / db.name)).pending_epoch is not None:
            mid_rotation += 1
        try:
            epochs.add(_opens(copy / db.name, identities, recovery_key))
        except Exception as exc:
            pytest.fail(f"kill {cycle}: the database did not open after a kill during rotation: {exc!r}")
    print(f"kills={kills} mid_rotation={mid_rotation} rotations_finished={finished} epochs={len(epochs)}")
    assert finished > 0, "no rotation ever completed: the kills never landed after one"
    assert len(epochs) > 1
