"""Insider attacks through the command line (issue 12): roles, outputs, passphrases, verify-pdf."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from caseintake.storage.backup import MAGIC
from tests.e2e.conftest import (
    GIVEN_REFERENCE,
    LAWYER,
    OTHER_SOCIAL_WORKER,
    SOCIAL_WORKER,
    SUPERVISOR,
    Cli,
    realistic_document,
    write_json,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def one_sentence(line: str) -> None:
    assert line.endswith(".") and "Traceback" not in line, line


# -- outputs never destroy data -------------------------------------------------------------------

OUTPUTS = {
    "summary": lambda target: ("summary", GIVEN_REFERENCE, "--out", target),
    "hearings --ics": lambda target: (
        "hearings",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--ics",
        target,
    ),
    "counts": lambda target: ("counts", "--out", target, "--all-cases", "--min-cell", "3"),
    "backup": lambda target: ("backup", target),
}


@pytest.mark.parametrize("command", sorted(OUTPUTS))
@pytest.mark.parametrize("victim", ["cases.db.keys", "cases.db", "cases.db-wal", "notes.csv"])
def test_no_output_lands_in_the_database_folder(cli: Cli, command: str, victim: str) -> None:
    """`--out` pointed at the key file once left a database no key could open."""
    target = cli.db.parent / victim
    if command == "counts" and not target.name.endswith(".csv"):
        target = target.with_name(target.name + ".csv")
    before = folder_state(cli.db.parent)
    line = cli.fails(5, *OUTPUTS[command](target), "--force")
    assert "database's own folder" in line
    one_sentence(line)
    assert folder_state(cli.db.parent) == before
    cli.ok("check")


@pytest.mark.parametrize("command", ["summary", "hearings --ics", "counts"])
def test_outputs_never_follow_a_symbolic_link(cli: Cli, tmp_path: Path, command: str) -> None:
    secret = tmp_path / "elsewhere" / "important.csv"
    secret.parent.mkdir()
    secret.write_text("keep me\n")
    link = tmp_path / "report.csv"
    link.symlink_to(secret)
    for force in ((), ("--force",)):
        line = cli.fails(5, *OUTPUTS[command](link), *force)
        assert "symbolic link" in line
    assert secret.read_text() == "keep me\n" and link.is_symlink()


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_an_existing_file_is_replaced_only_with_force(cli: Cli, tmp_path: Path, command: str) -> None:
    target = tmp_path / ("existing.csv" if command == "counts" else "existing.out")
    target.write_text("yesterday\n")
    line = cli.fails(5, *OUTPUTS[command](target))
    assert line == f"caseintake: {target} already exists; use --force to replace it."
    assert target.read_text() == "yesterday\n"
    cli.ok(*OUTPUTS[command](target), "--force")
    assert target.read_bytes() != b"yesterday\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left over


@pytest.mark.parametrize("command", ["summary", "hearings --ics", "counts"])
def test_an_output_never_replaces_a_backup(cli: Cli, tmp_path: Path, command: str) -> None:
    backup = tmp_path / "monday.csv"
    cli.ok("backup", backup)
    before = digest(backup)
    line = cli.fails(5, *OUTPUTS[command](backup), "--force")
    assert "caseintake backup" in line
    assert digest(backup) == before
    cli.fails(5, "backup", backup)  # a newer backup replaces an older one only when forced
    cli.ok("backup", backup, "--force")
    assert backup.read_bytes().startswith(MAGIC)


# -- roles ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("user", [SOCIAL_WORKER, LAWYER])
def test_users_list_and_backup_are_for_supervisors(readonly_cli: Cli, tmp_path: Path, user: str) -> None:
    assert "list staff accounts" in readonly_cli.fails(5, "users", "list", user=user)
    assert "write a backup" in readonly_cli.fails(5, "backup", tmp_path / "b.cib", user=user)
    assert not (tmp_path / "b.cib").exists()
    assert SOCIAL_WORKER in readonly_cli.ok("users", "list", user=SUPERVISOR).stdout


def test_a_social_worker_cannot_import_cases_for_someone_else(cli: Cli, tmp_path: Path) -> None:
    document = realistic_document()
    document["cases"] = [
        dict(case, assigned_to=OTHER_SOCIAL_WORKER, reference=None) for case in document["cases"]
    ]
    for case in document["cases"]:
        del case["reference"]
        case["hearings"] = []
    before = cli.references()
    line = cli.fails(5, "import", write_json(tmp_path / "theirs.json", document), user=SOCIAL_WORKER)
    assert "case 0: assigned_to: only a supervisor" in line
    assert cli.references() == before


def test_a_disabled_supervisor_cannot_restore_an_old_backup(cli: Cli, tmp_path: Path) -> None:
    """Once, restore checked the role in the backup: a disabled supervisor came back to life."""
    cli.ok("users", "add", "boss2", "--role", "supervisor", new_passphrase="second supervisor passphrase")
    old = tmp_path / "old.cib"
    cli.ok("backup", old)
    cli.ok("users", "disable", "boss2")
    before = digest(cli.db)
    for force in ((), ("--force",)):
        cli.fails(3, "restore", old, *force, user="boss2", passphrase="second supervisor passphrase")
    assert digest(cli.db) == before
    assert cli.fails(3, "cases", user="boss2", passphrase="second supervisor passphrase")


def test_restore_refuses_an_older_backup_unless_forced(cli: Cli, tmp_path: Path) -> None:
    old = tmp_path / "old.cib"
    cli.ok("backup", old)
    cli.ok("users", "add", "newcomer", "--role", "lawyer", new_passphrase="brand new lawyer passphrase")
    before = digest(cli.db)
    line = cli.fails(5, "restore", old)
    assert "older than the database" in line and "--force" in line
    one_sentence(line)
    assert digest(cli.db) == before
    cli.ok("restore", old, "--force")
    assert "newcomer" not in cli.ok("users", "list").stdout


# -- passphrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weak", "why"),
    [
        ("password12", "at least 12 characters"),
        ("1234567890123", "long run of digits"),
        ("09171234567", "phone number"),
        ("boss 2026-01-05 boss", "date"),
        ("qwertyuiopas", "too easy to guess"),
    ],
)
def test_init_refuses_a_weak_passphrase(fresh_cli: Cli, weak: str, why: str) -> None:
    line = fresh_cli.fails(1, "init", passphrase=weak)
    assert why in line and "four random words" in line and weak not in line
    assert not fresh_cli.db.exists()


def test_users_add_passwd_and_recover_share_the_rule(cli: Cli, template_key: str) -> None:
    assert "phone number" in cli.fails(
        1, "users", "add", "newbie", "--role", "lawyer", new_passphrase="+63 917 123 4567"
    )
    assert "user name" in cli.fails(1, "passwd", user=LAWYER, new_passphrase="mreyes2026mreyes")
    assert "date" in cli.fails(
        1,
        "recover",
        user=SOCIAL_WORKER,
        new_passphrase="lantern 19/07/2012 river",
        extra={"CASEINTAKE_RECOVERY_KEY": template_key},
    )
    cli.ok("cases", user=LAWYER)  # the old passphrases still work: nothing was changed


@pytest.fixture
def template_key(template: object) -> str:
    return str(template.recovery_key)  # type: ignore[attr-defined]


# -- imported notes keep their stated author ------------------------------------------------------


def test_case_show_says_who_imported_a_note_and_who_the_file_named(readonly_cli: Cli) -> None:
    shown = readonly_cli.ok("case", "show", GIVEN_REFERENCE, "--json").json()
    note = shown["notes"][0]
    assert note["stated_author"] == SOCIAL_WORKER
    assert note["author"] == note["imported_by"] == SUPERVISOR
    assert note["byline"].startswith(f"stated author: {SOCIAL_WORKER}, imported by {SUPERVISOR} on 20")
    text = readonly_cli.ok("case", "show", GIVEN_REFERENCE).stdout
    assert f"(stated author: {SOCIAL_WORKER}, imported by {SUPERVISOR} on" in text


# -- verify-pdf: pictures without images, fonts without embedding -----------------------------------


def test_verify_pdf_refuses_a_font_that_is_not_embedded(readonly_cli: Cli, tmp_path: Path) -> None:
    buffer = BytesIO()
    c = canvas.Canvas(buffer, invariant=1)  # Helvetica, named but never embedded
    c.drawString(72, 720, "AAA v. XXX")
    c.showPage()
    c.save()
    pdf = tmp_path / "helvetica.pdf"
    pdf.write_bytes(buffer.getvalue())
    run = readonly_cli.run("verify-pdf", pdf)
    assert run.returncode == 5 and "font_not_embedded" in run.stderr


def test_the_hearing_summary_still_passes_verify_pdf(readonly_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    readonly_cli.ok("summary", GIVEN_REFERENCE, "--out", out, user=LAWYER)
    assert "clean" in readonly_cli.ok("verify-pdf", out).stdout


# -- core dumps -------------------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl are Linux here")
def test_the_command_line_disables_core_dumps_before_anything_else(tmp_path: Path) -> None:
    probe = (
        "import resource, sys\n"
        "from caseintake import cli\n"
        "from caseintake.core_dumps import dumpable\n"
        "cli.main(['verify-pdf', sys.argv[1]])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())\n"
    )
    env = dict(os.environ, CASEINTAKE_LOG_DIR=str(tmp_path / "logs"))
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "missing.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "(0, 0) False"
