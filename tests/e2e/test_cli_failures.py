"""Every failure of the command line: the right exit status, one line on stderr, no traceback,
and nothing changed (DESIGN §2 rule 6 and §6)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import (
    GIVEN_REFERENCE,
    LAWYER,
    PASSPHRASES,
    SOCIAL_WORKER,
    SUPERVISOR,
    Cli,
    assert_failure,
    document,
    initialise,
    minimal_case,
    new_cli,
    realistic_document,
    sha256_file,
    write_json,
)

PAGE = 4096


def _flip(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


# -- authentication and usage ----------------------------------------------------------------------


def test_wrong_passphrase_is_refused(cli: Cli) -> None:
    before = sha256_file(cli.db)
    line = cli.fails(3, "cases", "--json", passphrase="not the right passphrase")
    assert "not the right passphrase" not in line
    assert sha256_file(cli.db) == before


def test_wrong_passphrase_from_a_file_is_refused(cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "wrong.txt"
    secret.write_text("not the right passphrase\n", encoding="utf-8")
    cli.fails(3, "cases", "--passphrase-file", secret, passphrase=None)


def test_unknown_user_is_refused(cli: Cli) -> None:
    before = sha256_file(cli.db)
    cli.fails(3, "cases", "--json", user="nobody", passphrase="some long passphrase")
    assert sha256_file(cli.db) == before


def test_a_user_with_another_users_passphrase_is_refused(cli: Cli) -> None:
    cli.fails(3, "cases", user=LAWYER, passphrase=PASSPHRASES[SUPERVISOR])


def test_no_user_given_is_a_usage_error(cli: Cli) -> None:
    before = sha256_file(cli.db)
    line = cli.fails(2, "cases", user=None, passphrase=PASSPHRASES[SUPERVISOR])
    assert "--user" in line
    assert sha256_file(cli.db) == before


def test_no_passphrase_given_is_a_usage_error(cli: Cli) -> None:
    cli.fails(2, "cases", passphrase=None)


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["cases", "--colour", "red"],
        ["cases", "--status", "pending"],
        ["--no-such-option", "cases"],
        ["users"],
        ["users", "add", "someone"],
        ["hearings", "--from", "03/01/2026"],
        ["demo", "--cases", "many"],
        ["demo", "--cases", "0"],
    ],
    ids=" ".join,
)
def test_bad_command_line_is_a_usage_error(cli: Cli, args: list[str]) -> None:
    before = sha256_file(cli.db)
    cli.fails(2, *args)
    assert sha256_file(cli.db) == before


# -- not a database --------------------------------------------------------------------------------


def test_missing_database_file(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "cases.db"
    line = cli.fails(1, "--db", missing, "cases", env_db=False)
    assert "init" in line
    assert not missing.parent.exists()


def test_text_file_given_as_database(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("shopping list: rice, eggs\n" * 100, encoding="utf-8")
    before = sha256_file(text)
    cli.fails(1, "cases", "--db", text, env_db=False)
    assert sha256_file(text) == before


def test_plain_sqlite_file_given_as_database(cli: Cli, tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE cases (reference TEXT)")
        conn.execute("INSERT INTO cases VALUES ('CI-2026-00001')")
    conn.close()
    before = sha256_file(plain)
    line = cli.fails(1, "cases", "--db", plain, env_db=False)
    assert "unencrypted" in line or "not a caseintake database" in line
    assert sha256_file(plain) == before


def test_plain_sqlite_cannot_read_the_encrypted_database(readonly_cli: Cli) -> None:
    assert not readonly_cli.db.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(f"file:{readonly_cli.db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


# -- import: bad files change nothing ------------------------------------------------------------


def _import_fails(
    cli: Cli,
    tmp_path: Path,
    data: Any,
    status: int = 1,
    *,
    user: str = SUPERVISOR,
    unlocks: bool = False,
) -> str:
    """Import `data` (a JSON value, or raw text), expect a failure, and check nothing changed.

    A file refused before unlocking leaves the database file byte-identical; one refused after
    unlocking (`unlocks=True`) leaves at most the audit trail of the unlock, so the case list is
    compared instead.
    """
    source = tmp_path / "bad.json"
    if isinstance(data, str):
        source.write_text(data, encoding="utf-8")
    else:
        write_json(source, data)
    before = cli.ok("cases", "--json").stdout
    digest = sha256_file(cli.db)
    line = cli.fails(status, "import", source, user=user)
    if not unlocks:
        assert sha256_file(cli.db) == digest
    assert cli.ok("cases", "--json").stdout == before
    return line


def test_import_of_malformed_json_names_line_and_column(cli: Cli, tmp_path: Path) -> None:
    text = '{\n  "format": "caseintake/1",\n  "cases": [\n    {"status": "intake",,}\n  ]\n}\n'
    before = sha256_file(cli.db)
    line = cli.fails(1, "import", write_text(tmp_path / "broken.json", text))
    assert "line 4" in line
    assert "column" in line
    assert sha256_file(cli.db) == before


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_of_an_unknown_case_field_names_case_and_field(cli: Cli, tmp_path: Path) -> None:
    data = document(minimal_case(), minimal_case(colour="blue"))
    line = _import_fails(cli, tmp_path, data)
    assert "case 1" in line
    assert "colour" in line


def test_import_of_an_unknown_nested_field_names_its_path(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case()
    case["persons"][0]["identity"]["nickname"] = "Lala"
    line = _import_fails(cli, tmp_path, document(case))
    assert "case 0" in line
    assert "nickname" in line
    assert "Lala" not in line


def test_import_refuses_a_pseudonym(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case()
    case["persons"][0]["pseudonym"] = "AAA"
    line = _import_fails(cli, tmp_path, document(case))
    assert "pseudonym" in line


@pytest.mark.parametrize("bad", ["2026-02-30", "03/02/2026", "2026-2-3", "yesterday"])
def test_import_of_a_bad_date(cli: Cli, tmp_path: Path, bad: str) -> None:
    line = _import_fails(cli, tmp_path, document(minimal_case(), minimal_case(opened_on=bad)))
    assert "case 1" in line
    assert "opened_on" in line


def test_import_of_a_time_without_offset(cli: Cli, tmp_path: Path) -> None:
    note = {"kind": "general", "written_at": "2026-05-04T09:00:00", "text": "Follow-up call."}
    line = _import_fails(cli, tmp_path, document(minimal_case(notes=[note])))
    assert "case 0" in line
    assert "written_at" in line


def test_import_of_an_unknown_offense_code(cli: Cli, tmp_path: Path) -> None:
    line = _import_fails(cli, tmp_path, document(minimal_case(offenses=["grooming", "cyberstalking"])))
    assert "case 0" in line
    assert "offenses" in line
    assert "cyberstalking" in line


def test_import_of_a_duplicate_reference_within_the_file(cli: Cli, tmp_path: Path) -> None:
    data = document(minimal_case(reference="CI-2026-00500"), minimal_case(reference="CI-2026-00500"))
    line = _import_fails(cli, tmp_path, data, unlocks=True)
    assert "CI-2026-00500" in line
    assert "case 1" in line


def test_import_of_a_reference_already_in_the_database(cli: Cli, tmp_path: Path) -> None:
    data = document(minimal_case(reference="CI-2026-00501"), minimal_case(reference=GIVEN_REFERENCE))
    line = _import_fails(cli, tmp_path, data, unlocks=True)
    assert GIVEN_REFERENCE in line
    assert "case 1" in line


def test_import_of_the_same_file_twice_is_refused(cli: Cli, tmp_path: Path) -> None:
    line = _import_fails(cli, tmp_path, realistic_document(), unlocks=True)
    assert GIVEN_REFERENCE in line


def test_import_of_a_ten_megabyte_note_names_the_limit(cli: Cli, tmp_path: Path) -> None:
    huge = ("The child said nothing more. " * 400_000)[: 10 * 1024 * 1024]
    note = {"kind": "interview", "written_at": "2026-05-04T09:00:00+08:00", "text": huge}
    line = _import_fails(cli, tmp_path, document(minimal_case(notes=[note])))
    assert "limit" in line.lower()
    assert "notes[0].text" in line
    assert len(line) < 500


def test_import_with_an_unknown_assigned_user(cli: Cli, tmp_path: Path) -> None:
    line = _import_fails(
        cli, tmp_path, document(minimal_case(), minimal_case(assigned_to="nobody")), unlocks=True
    )
    assert "case 1" in line
    assert "assigned_to" in line
    assert "nobody" in line


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"cases": []},
        {"format": "caseintake/2", "cases": []},
        {"format": "caseintake/1", "cases": {}},
        {"format": "caseintake/1", "cases": [], "extra": 1},
        {"format": "caseintake/1", "cases": ["not an object"]},
    ],
    ids=["list", "no-format", "format-2", "cases-object", "top-extra", "case-string"],
)
def test_import_of_a_bad_document_shape(cli: Cli, tmp_path: Path, data: Any) -> None:
    _import_fails(cli, tmp_path, data)


def test_import_of_a_protected_person_without_identity(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case(persons=[{"role": "accused", "relationship": "parent", "name": "Rodel Imperial"}])
    line = _import_fails(cli, tmp_path, document(case))
    assert "persons[0]" in line
    assert "Rodel" not in line


def test_import_of_a_missing_file(cli: Cli, tmp_path: Path) -> None:
    cli.fails(1, "import", tmp_path / "absent.json")


def test_import_of_a_non_utf8_file(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "latin1.json"
    text = json.dumps(document(minimal_case(summary="Niño found")), ensure_ascii=False)
    source.write_bytes(text.encode("latin-1"))
    cli.fails(1, "import", source)


def test_several_bad_imports_leave_the_case_list_unchanged(cli: Cli, tmp_path: Path) -> None:
    before = cli.ok("cases", "--json").stdout
    bad_files = [
        document(minimal_case(), minimal_case(region="XX")),
        document(minimal_case(reference="CI-2026-00900"), minimal_case(assigned_to="ghost")),
        document(minimal_case(reference="CI-2026-00901"), minimal_case(reference=GIVEN_REFERENCE)),
    ]
    for index, data in enumerate(bad_files):
        source = write_json(tmp_path / f"bad{index}.json", data)
        cli.fails(1, "import", source)
    assert cli.ok("cases", "--json").stdout == before
    # The references of the refused files stay free.
    cli.ok("import", write_json(tmp_path / "good.json", document(minimal_case(reference="CI-2026-00900"))))


# -- policy ----------------------------------------------------------------------------------------


def test_social_worker_may_not_add_users(cli: Cli) -> None:
    before = cli.ok("users", "list", "--json").stdout
    cli.fails(
        5, "users", "add", "intruder", "--role", "supervisor", user=SOCIAL_WORKER, new_passphrase="x" * 12
    )
    assert cli.ok("users", "list", "--json").stdout == before


def test_lawyer_may_not_disable_users(cli: Cli) -> None:
    cli.fails(5, "users", "disable", SOCIAL_WORKER, user=LAWYER)
    cli.ok("cases", user=SOCIAL_WORKER)


def test_lawyer_may_not_import_cases(cli: Cli, tmp_path: Path) -> None:
    _import_fails(cli, tmp_path, document(minimal_case()), 5, user=LAWYER, unlocks=True)


def test_social_worker_may_not_import_hearings(cli: Cli, tmp_path: Path) -> None:
    hearing = {
        "court": "RTC Branch 3, Iloilo City",
        "kind": "arraignment",
        "starts_at": "2026-06-10T09:00:00+08:00",
        "status": "scheduled",
    }
    _import_fails(
        cli, tmp_path, document(minimal_case(hearings=[hearing])), 5, user=SOCIAL_WORKER, unlocks=True
    )


def test_social_worker_may_not_restore(cli: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    before = sha256_file(cli.db)
    cli.fails(5, "restore", backup, user=SOCIAL_WORKER)
    assert sha256_file(cli.db) == before


def test_supervisor_may_not_disable_themself(cli: Cli) -> None:
    cli.fails(1, "users", "disable", SUPERVISOR)
    cli.ok("cases")


# -- integrity and tampering -----------------------------------------------------------------------


def test_tampered_database_page_is_detected_by_check(cli: Cli) -> None:
    cli.ok("check")
    wal = cli.db.with_name("cases.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    pages = cli.db.stat().st_size // PAGE
    assert pages >= 8
    _flip(cli.db, (pages // 2) * PAGE + 1500)
    line = cli.fails(4, "check")
    assert "cases.db" in line


def test_tampered_first_page_is_an_integrity_problem(cli: Cli) -> None:
    cli.ok("check")
    _flip(cli.db, 100)
    cli.fails(4, "cases")


def test_damaged_key_file_is_detected(cli: Cli) -> None:
    keys = cli.db.with_name("cases.db.keys")
    raw = bytearray(keys.read_bytes())
    middle = len(raw) // 2
    while not chr(raw[middle]).isalnum():
        middle += 1
    raw[middle] = ord("B") if raw[middle] != ord("B") else ord("C")
    keys.write_bytes(bytes(raw))
    before = sha256_file(cli.db)
    line = cli.fails(4, "cases")
    assert "cases.db.keys" in line
    assert sha256_file(cli.db) == before


def test_key_file_of_another_database_is_detected(cli: Cli, fresh_cli: Cli) -> None:
    fresh_cli.ok("init", "--json")
    cli.db.with_name("cases.db.keys").write_bytes(fresh_cli.db.with_name("cases.db.keys").read_bytes())
    before = sha256_file(cli.db)
    cli.fails(4, "cases")
    assert sha256_file(cli.db) == before


def test_missing_key_file_is_not_a_database(cli: Cli) -> None:
    cli.db.with_name("cases.db.keys").unlink()
    cli.fails(1, "cases")


def test_check_reports_a_missing_key_file_as_damage(cli: Cli) -> None:
    cli.db.with_name("cases.db.keys").unlink()
    before = sha256_file(cli.db)
    line = cli.fails(4, "check")
    assert "key file" in line and "missing" in line
    assert sha256_file(cli.db) == before


def test_restore_with_a_wrong_passphrase_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    before = sha256_file(cli.db)
    cli.fails(3, "restore", backup, passphrase="not the right passphrase")
    # Only the failed attempt is counted (restore now unlocks the live database first).
    assert sha256_file(cli.db) == before
    assert not list(cli.db.parent.glob("*.replaced-*"))


def test_restore_of_a_corrupted_backup_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    _flip(backup, backup.stat().st_size // 2, 4)
    fresh = tmp_path / "restored" / "cases.db"
    cli.fails(4, "restore", backup, "--db", fresh, env_db=False)
    assert not fresh.exists()
    before = {p.name: sha256_file(p) for p in cli.db.parent.iterdir()}
    cli.fails(4, "restore", backup)
    assert {p.name: sha256_file(p) for p in cli.db.parent.iterdir()} == before


def test_restore_of_a_truncated_backup(cli: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    backup.write_bytes(backup.read_bytes()[:-5000])
    cli.fails(4, "restore", backup, "--db", tmp_path / "restored" / "cases.db", env_db=False)


def test_restore_of_a_file_that_is_not_a_backup(cli: Cli, tmp_path: Path) -> None:
    cli.fails(
        4, "restore", write_text(tmp_path / "x.cib", "hello\n" * 50), "--db", tmp_path / "r.db", env_db=False
    )


def test_verify_pdf_on_a_file_that_is_not_a_pdf(cli: Cli, tmp_path: Path) -> None:
    fake = write_text(tmp_path / "summary.pdf", "This is not a PDF at all.\n")
    run = cli.run("verify-pdf", fake)
    assert run.returncode != 0
    assert_failure(run, run.returncode)


def test_tampered_page_stays_detected_after_check(cli: Cli) -> None:
    """`check` reports damage and never silently repairs it."""
    cli.ok("check")
    pages = cli.db.stat().st_size // PAGE
    _flip(cli.db, (pages // 2) * PAGE + 1500)
    cli.fails(4, "check")
    cli.fails(4, "check")


# -- identity-leak guard ---------------------------------------------------------------------------


def test_calendar_naming_a_victim_is_blocked(cli: Cli, tmp_path: Path) -> None:
    hearing = {
        "court": "RTC Branch 3, Iloilo City",
        "branch": "Judge Imperial's sala",
        "kind": "arraignment",
        "starts_at": "2026-06-10T09:00:00+08:00",
        "status": "scheduled",
    }
    cli.ok("import", write_json(tmp_path / "leak.json", document(minimal_case(hearings=[hearing]))))
    target = tmp_path / "leak.ics"
    target.write_bytes(b"earlier calendar\r\n")
    line = cli.fails(5, "hearings", "--from", "2026-06-01", "--to", "2026-06-30", "--ics", target, "--force")
    assert "AAA" in line
    assert "legal name" in line
    assert "Imperial" not in line
    assert target.read_bytes() == b"earlier calendar\r\n"


# -- failed-unlock delay ---------------------------------------------------------------------------


def test_failed_unlocks_slow_down_across_restarts(cli: Cli) -> None:
    """DESIGN §4: after three failures the command line waits, says so on stderr, then tries."""
    for _ in range(3):
        cli.fails(3, "cases", passphrase="not the right passphrase")
    delayed = cli.run("cases", passphrase="not the right passphrase")
    assert delayed.returncode == 3, delayed.describe()
    assert "Traceback" not in delayed.stderr
    *notices, last = delayed.stderr_lines
    assert "Wrong user name or passphrase" in last
    assert all("wait" in notice for notice in notices), delayed.describe()
    assert notices, "the delay was not announced"
    waited = cli.ok("cases", "--json")
    assert len(waited.json()) == 2
    assert all("wait" in line for line in waited.stderr_lines)
    assert cli.ok("cases").stderr == ""


# -- crash -----------------------------------------------------------------------------------------


def test_import_killed_mid_transaction_changes_nothing(tmp_path: Path) -> None:
    cli = new_cli(tmp_path / "demo")  # synthetic cases go only into a demo database
    initialise(cli, demo=True)
    cli.ok("demo", "--cases", "20", "--seed", "1")
    before = cli.ok("cases", "--json").stdout
    wal = cli.db.with_name("cases.db-wal")
    process = subprocess.Popen(
        [sys.executable, "-m", "caseintake", "demo", "--cases", "8000", "--seed", "3"],
        env=cli.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=cli.root,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if wal.exists() and wal.stat().st_size > 2_000_000:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the demo finished before it could be interrupted"
        process.kill()
    finally:
        process.wait(timeout=30)
    cli.ok("check")
    assert cli.ok("cases", "--json").stdout == before


# -- product bugs found by these tests -------------------------------------------------------------


def test_import_of_an_oversized_integer_names_the_problem(cli: Cli, tmp_path: Path) -> None:
    text = json.dumps(document(minimal_case(persons=[{"role": "witness", "name": "W", "age": 12345}])))
    line = _import_fails(cli, tmp_path, text.replace("12345", "9" * 5000))
    assert "unexpected" not in line
    assert "age" in line or "line 1" in line


def test_import_of_a_repeated_field_is_refused(cli: Cli, tmp_path: Path) -> None:
    text = json.dumps(document(minimal_case()))
    repeated = text.replace(
        '"identity": {"legal_name": "Lara Imperial"}',
        '"identity": {"legal_name": "Lara Imperial"}, "identity": {"legal_name": "Lara Sison"}',
    )
    assert repeated != text
    line = _import_fails(cli, tmp_path, repeated)
    assert "identity" in line


@pytest.mark.parametrize("command", ["backup", "hearings --ics"])
def test_output_path_that_is_a_folder_is_a_clear_error(cli: Cli, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    line = cli.fails(1, *command.split(), folder)
    assert "unexpected" not in line
    assert folder.is_dir()
    assert list(folder.iterdir()) == []


def test_init_below_a_plain_file_is_a_clear_error(fresh_cli: Cli, tmp_path: Path) -> None:
    blocker = write_text(tmp_path / "blocker", "a file, not a folder\n")
    line = fresh_cli.fails(1, "init", "--json", "--db", blocker / "cases.db", env_db=False)
    assert "unexpected" not in line
