"""Keys, end to end: every wrong key is refused with exit 3 (a damaged key file with 4), the
database file is not touched and nothing is recreated; the failed-unlock delay grows and survives
restarts; the recovery key gives access back. (A kill during a passphrase change is covered by
test_crash_durability: exactly one of the old and new passphrase works after every kill.)"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.reliability.support import (
    FIRST_PASSPHRASES,
    SUPERVISOR,
    create_database,
    folder_state,
    one_line_failure,
    run_cli,
)


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("keys")
    ours = root / "ours" / "data" / "cases.db"
    theirs = root / "theirs" / "data" / "cases.db"
    recovery = create_database(ours)
    other_recovery = create_database(theirs)
    done = run_cli(theirs, "passwd", extra_env={"CASEINTAKE_NEW_PASSPHRASE": "their own passphrase"})
    assert done.returncode == 0, done.describe()
    return {"ours": ours, "theirs": theirs, "recovery": recovery, "other_recovery": other_recovery}


@pytest.fixture
def db(databases: dict[str, object], tmp_path: Path) -> Path:
    source = databases["ours"]
    assert isinstance(source, Path)
    shutil.copytree(source.parent, tmp_path / "data")
    return tmp_path / "data" / "cases.db"


def _refused(db: Path, status: int, *args: str, **options: object) -> str:
    before = folder_state(db.parent)
    keys_before = _keys_without_counters(db)
    line = one_line_failure(run_cli(db, *args, **options), status)  # type: ignore[arg-type]
    after = folder_state(db.parent)
    # The failed-unlock counters live in the key file; everything else in it must stay as it was.
    key_file = "cases.db.keys"
    before.pop(key_file, None)
    after.pop(key_file, None)
    assert after == before, "a refused key changed or created a file"
    assert _keys_without_counters(db) == keys_before, "a refused key changed the key slots"
    return line


def _keys_without_counters(db: Path) -> object:
    try:
        data = json.loads(db.with_name("cases.db.keys").read_bytes())
    except (OSError, ValueError):
        return None
    if isinstance(data, dict):
        data.pop("unlock", None)
        data.pop("checksum", None)
    return data


GOOD = FIRST_PASSPHRASES[SUPERVISOR]


@pytest.mark.parametrize(
    "passphrase",
    ["wrong passphrase entirely", "", GOOD[:-1], GOOD + " ", GOOD.upper(), "their own passphrase"],
    ids=["wrong", "empty", "truncated", "extended", "case-changed", "other-database"],
)
def test_wrong_passphrase_is_refused(db: Path, passphrase: str) -> None:
    line = _refused(db, 3, "cases", passphrase=passphrase)
    assert "passphrase" in line.lower()


def test_unknown_user_is_refused(db: Path) -> None:
    _refused(db, 3, "cases", user="nobody", passphrase=GOOD)


@pytest.mark.parametrize("which", ["wrong", "empty", "truncated", "other-database", "garbage"])
def test_wrong_recovery_key_is_refused(db: Path, databases: dict[str, object], which: str) -> None:
    real = str(databases["recovery"])
    key = {
        "wrong": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
        "empty": "",
        "truncated": real[:-5],
        "other-database": str(databases["other_recovery"]),
        "garbage": "not a key at all 0189",
    }[which]
    key_file = db.parent.parent / "key.txt"
    key_file.write_text(key + "\n")
    _refused(
        db,
        3,
        "recover",
        "--recovery-key-file",
        str(key_file),
        extra_env={"CASEINTAKE_NEW_PASSPHRASE": "a brand new passphrase"},
    )


def test_key_file_of_another_database_is_refused(db: Path, databases: dict[str, object]) -> None:
    theirs = databases["theirs"]
    assert isinstance(theirs, Path)
    shutil.copy(theirs.with_name("cases.db.keys"), db.with_name("cases.db.keys"))
    # Our passphrase does not open their slot: an authentication failure.
    _refused(db, 3, "cases")
    # Their passphrase unwraps their key, which does not decrypt our file: an integrity problem.
    line = _refused(db, 4, "cases", passphrase="their own passphrase")
    assert "cases.db" in line


def test_tampered_key_file_is_an_integrity_problem(db: Path) -> None:
    keys = db.with_name("cases.db.keys")
    keys.write_bytes(keys.read_bytes().replace(b'"slots"', b'"slotz"'))
    line = _refused(db, 4, "cases")
    assert "cases.db.keys" in line


def test_failed_unlock_delay_grows_and_survives_restarts(db: Path) -> None:
    """Each command is a new process: the count lives in cases.db.unlock beside the database."""
    waits = []
    for _ in range(5):
        done = run_cli(db, "cases", passphrase="wrong passphrase entirely")
        assert done.returncode == 3, done.describe()
        waits.append([int(s) for s in re.findall(r"waiting (\d+) seconds", done.stderr)])
    assert waits == [[], [], [], [1], [2]]
    done = run_cli(db, "cases")
    assert done.returncode == 0 and "waiting 4 seconds" in done.stderr, done.describe()
    done = run_cli(db, "cases")
    assert done.returncode == 0 and done.stderr == "", done.describe()


def test_recovery_key_gives_access_back(db: Path, databases: dict[str, object]) -> None:
    key_file = db.parent.parent / "key.txt"
    key_file.write_text(f"  {str(databases['recovery']).lower()}  \n")  # as typed from paper
    done = run_cli(
        db,
        "recover",
        "--recovery-key-file",
        str(key_file),
        passphrase="forgotten",
        extra_env={"CASEINTAKE_NEW_PASSPHRASE": "the new passphrase after recovery"},
    )
    assert done.returncode == 0, done.describe()
    assert run_cli(db, "cases", passphrase="the new passphrase after recovery").returncode == 0
    assert run_cli(db, "cases").returncode == 3
    assert run_cli(db, "check", passphrase="the new passphrase after recovery").returncode == 0
