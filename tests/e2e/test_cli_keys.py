"""Keys through the command line: rotate-keys, rollback detection, the same answer for an unknown
user and a wrong passphrase, a per-user failed-unlock delay that deleting a file does not reset,
and identity search that is audited and works without a plaintext index."""

from __future__ import annotations

import shutil

from tests.e2e.conftest import (
    FIRST_VICTIM_NAME,
    LAWYER,
    OTHER_SOCIAL_WORKER,
    PASSPHRASES,
    SOCIAL_WORKER,
    SUPERVISOR,
    Cli,
)


def _keys(cli: Cli) -> str:
    return str(cli.db) + ".keys"


def test_rotate_keys_leaves_an_old_key_file_useless(cli: Cli) -> None:
    old_keys = cli.root / "old.keys"
    shutil.copy2(_keys(cli), old_keys)
    done = cli.ok("rotate-keys")
    assert "key epoch" in done.stdout
    for user in (SUPERVISOR, SOCIAL_WORKER, LAWYER):
        cli.ok("cases", "--json", user=user)
    shutil.copy2(old_keys, _keys(cli))
    line = cli.fails(4, "cases")
    assert "older" in line or "damaged" in line, line


def test_only_a_supervisor_rotates(cli: Cli) -> None:
    cli.fails(5, "rotate-keys", user=LAWYER)


def test_disabling_rotates_the_key(cli: Cli) -> None:
    old_keys = cli.root / "old.keys"
    shutil.copy2(_keys(cli), old_keys)
    done = cli.ok("users", "disable", OTHER_SOCIAL_WORKER)
    assert "rotated" in done.stdout
    shutil.copy2(old_keys, _keys(cli))
    cli.fails(4, "cases", user=OTHER_SOCIAL_WORKER)


def test_an_older_key_file_after_a_passphrase_change_is_refused(cli: Cli) -> None:
    old_keys = cli.root / "old.keys"
    shutil.copy2(_keys(cli), old_keys)
    cli.ok("passwd", user=SOCIAL_WORKER, new_passphrase="a fresh social worker phrase 9")
    shutil.copy2(old_keys, _keys(cli))
    line = cli.fails(4, "cases", user=SOCIAL_WORKER)
    assert "older than the database" in line, line


def test_unknown_user_and_wrong_passphrase_read_the_same(cli: Cli) -> None:
    unknown = cli.fails(3, "cases", user="nobody", passphrase="whatever passphrase")
    wrong = cli.fails(3, "cases", user=SOCIAL_WORKER, passphrase="not the passphrase")
    assert unknown == wrong
    assert "nobody" not in unknown


def test_the_delay_is_per_user_and_survives_deleting_the_old_counter_file(cli: Cli) -> None:
    for _ in range(4):
        cli.run("cases", user=SOCIAL_WORKER, passphrase="wrong guess")
    (cli.db.parent / "cases.db.unlock").unlink(missing_ok=True)
    started = cli.run("cases", "--json", user=SOCIAL_WORKER)
    assert started.returncode == 0, started.describe()
    assert "wait" in started.stderr.lower(), started.describe()
    # Another account is not slowed down by someone else's failures.
    other = cli.ok("cases", "--json", user=LAWYER)
    assert "wait" not in other.stderr.lower()


def test_check_shows_epoch_signatures_and_head(cli: Cli) -> None:
    out = cli.ok("check").stdout
    assert "key_epoch:" in out
    assert "audit_signed:" in out
    assert "audit_head_in_key_file:" in out


def test_identity_search_works_and_is_audited(cli: Cli) -> None:
    surname = FIRST_VICTIM_NAME.split()[-1]
    found = cli.references("--search", surname[:4], user=LAWYER)
    assert found
    assert cli.references("--search", surname, user=OTHER_SOCIAL_WORKER) == set()
    raw = cli.db.read_bytes()
    assert surname.encode() not in raw
    assert PASSPHRASES[LAWYER]
