"""Issue 16, item 4 on the command line: `init --demo`, `demo` only on a demo database,
`users enable` and `users role`, and the last active supervisor kept.

The contract's shape holds for each: exit 0 with one sentence on stdout, or the contract's exit
status with one line on stderr, no traceback, and the database unchanged.
"""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import (
    LAWYER,
    OTHER_SOCIAL_WORKER,
    PASSPHRASES,
    SOCIAL_WORKER,
    SUPERVISOR,
    Cli,
    initialise,
    new_cli,
    sha256_file,
)

NEW = "lantern pebble monsoon walnut"


def test_demo_fills_a_demo_database_or_one_without_cases(cli: Cli, tmp_path: Path) -> None:
    """DESIGN §6: `init` then `demo` works as it always has (the empty database becomes a demo
    database); a database holding a real case never takes demo cases."""
    assert cli.cases_json()  # the fixture's database holds real cases
    before = sha256_file(cli.db)
    line = cli.fails(5, "demo", "--cases", "10", "--seed", "1")
    assert line == (
        "caseintake: This database holds real cases, so it takes no demo cases; "
        "create a separate one with 'caseintake init --demo' to try the application."
    )
    assert sha256_file(cli.db) == before
    demo = new_cli(tmp_path / "demo")
    created = demo.ok("init", "--demo")
    assert "It is a demo database" in created.stdout and "Recovery key:" in created.stdout
    demo.ok("demo", "--cases", "12", "--seed", "1")
    assert len(demo.cases_json()) == 12
    plain = new_cli(tmp_path / "plain")
    initialise(plain)
    plain.ok("demo", "--cases", "7", "--seed", "1")
    assert len(plain.cases_json()) == 7
    plain.ok("demo", "--cases", "2", "--seed", "3")  # it is a demo database now
    assert len(plain.cases_json()) == 9


def test_a_demo_database_can_be_counted(tmp_path: Path) -> None:
    """Counts of a demo database are counts of synthetic cases: what a counts training needs."""
    demo = new_cli(tmp_path / "demo")
    initialise(demo, demo=True)
    demo.ok("demo", "--cases", "40", "--seed", "2")
    demo.ok("counts", "--out", tmp_path / "counts.csv")
    assert (tmp_path / "counts.csv").read_text(encoding="utf-8").strip()


def test_only_a_supervisor_loads_demo_cases(tmp_path: Path) -> None:
    demo = new_cli(tmp_path / "demo")
    initialise(demo, demo=True)
    demo.ok("users", "add", LAWYER, "--role", "lawyer", new_passphrase=PASSPHRASES[LAWYER])
    line = demo.fails(5, "demo", "--cases", "5", user=LAWYER)
    assert line == "caseintake: A lawyer may not load or remove demo cases."


def test_a_disabled_account_is_enabled_again_with_a_new_passphrase(cli: Cli) -> None:
    cli.ok("users", "disable", OTHER_SOCIAL_WORKER)
    cli.fails(3, "cases", user=OTHER_SOCIAL_WORKER)
    line = cli.fails(1, "users", "enable", OTHER_SOCIAL_WORKER, new_passphrase="short")
    assert "passphrase" in line.lower()
    done = cli.ok("users", "enable", OTHER_SOCIAL_WORKER, new_passphrase=NEW)
    assert done.stdout.strip() == f"Re-enabled {OTHER_SOCIAL_WORKER}; they sign in with the new passphrase."
    cli.fails(3, "cases", user=OTHER_SOCIAL_WORKER)  # the old passphrase stays dead
    cases = cli.ok("cases", "--json", user=OTHER_SOCIAL_WORKER, passphrase=NEW).json()
    assert len(cases) == 2  # a social worker lists the office's cases; the keys were issued anew
    listed = {u["username"]: u["active"] for u in cli.ok("users", "list", "--json").json()}
    assert listed[OTHER_SOCIAL_WORKER] is True
    line = cli.fails(1, "users", "enable", SOCIAL_WORKER, new_passphrase=NEW)
    assert line == f"caseintake: The account '{SOCIAL_WORKER}' is already active."
    cli.ok("check")


def test_a_role_is_changed_and_the_last_supervisor_kept(cli: Cli) -> None:
    done = cli.ok("users", "role", SOCIAL_WORKER, "lawyer")
    assert done.stdout.strip() == f"{SOCIAL_WORKER} is now a lawyer."
    roles = {u["username"]: u["role"] for u in cli.ok("users", "list", "--json").json()}
    assert roles[SOCIAL_WORKER] == "lawyer"
    before = sha256_file(cli.db)
    last = f"caseintake: {SUPERVISOR} is the last active supervisor; make another account a supervisor first."
    assert cli.fails(1, "users", "role", SUPERVISOR, "lawyer") == last
    assert cli.fails(1, "users", "disable", SUPERVISOR) == last
    assert sha256_file(cli.db) == before
    assert cli.fails(5, "users", "role", SOCIAL_WORKER, "social_worker", user=LAWYER) == (
        "caseintake: A lawyer may not manage users and reset access."
    )
    assert cli.fails(2, "users", "role", SOCIAL_WORKER, "judge").startswith("caseintake: ")
    cli.ok("users", "role", LAWYER, "supervisor")
    cli.ok("users", "role", SUPERVISOR, "lawyer", user=LAWYER)  # another supervisor remains
    cli.ok("check", user=LAWYER)
