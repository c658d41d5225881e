"""Plaintext canary scan: unique strings in every kind of field, every command-line feature run
(errors on purpose included), then the raw bytes of every file scanned in UTF-8 and UTF-16-LE.

Identity canaries may appear nowhere outside the encrypted database: not in any file, not on
stdout or stderr, not in the text of a PDF. Other case text may appear only in outputs meant to
hold it (`case show`, the hearing summary PDF); the calendar holds reference, kind and court only;
the counts CSV holds no text at all; logs, backups, the key file and temp files hold none.
"""

from __future__ import annotations

import json
import secrets
import string
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.support import CliRun, find_in_files, run_cli


def _token(label: str) -> str:
    """A unique word (letters only, so the leak guard treats it as a name part too)."""
    return "Zq" + label + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))


IDENTITY = {
    field: _token(field)
    for field in ("legal", "surname", "alias", "address", "school", "email", "relative", "guardian")
}
BIRTH_DATE = "2011-04-27"
PHONE = "0918 " + str(secrets.randbelow(900) + 100) + " " + str(secrets.randbelow(9000) + 1000)
CASE_TEXT = {
    field: _token(field)
    for field in (
        "summary",
        "note",
        "editednote",
        "referral",
        "hearingnote",
        "outcome",
        "evidence",
        "online",
        "province",
        "leakedcase",
    )
}
COURT = _token("court")
DISPLAY_NAMES = {"supervisor": _token("supname"), "worker": _token("workername")}
OFFICE = _token("office")
MISPLACED = _token("misplaced")
FIRST_BOSS = "boss passphrase for the scan"


def _case(reference: str, victim: str, hearing_notes: str, court: str, day: str) -> dict[str, Any]:
    return {
        "reference": reference,
        "status": "in_court",
        "opened_on": "2026-02-03",
        "region": "VII",
        "province": CASE_TEXT["province"],
        "offenses": ["osaec_livestream"],
        "source": {"kind": "cybertipline", "reference": "CT-2026-77"},
        "summary": f"Summary {CASE_TEXT['summary']} about AAA.",
        "assigned_to": "worker",
        "consent_statistics": "yes",
        "accommodations": ["live_link"],
        "persons": [
            {
                "role": "victim",
                "sex": "F",
                "age": 14,
                "identity": {
                    "legal_name": victim,
                    "aliases": [IDENTITY["alias"]],
                    "birth_date": BIRTH_DATE,
                    "address": f"Purok 7, Barangay {IDENTITY['address']}",
                    "school": f"{IDENTITY['school']} National High School",
                    "contact": PHONE,
                },
            },
            {
                "role": "accused",
                "relationship": "parent",
                "identity": {"legal_name": f"{IDENTITY['relative']} Santos"},
            },
            {"role": "guardian", "identity": {"legal_name": f"{IDENTITY['guardian']} Reyes"}},
            {"role": "accused", "relationship": "foreign_online", "name": f"{CASE_TEXT['online']} Smith"},
        ],
        "referrals": [
            {
                "agency": "DSWD",
                "kind": "shelter",
                "referred_on": "2026-02-03",
                "status": "accepted",
                "note": f"Referral {CASE_TEXT['referral']}.",
            }
        ],
        "notes": [
            {
                "kind": "intake",
                "written_at": "2026-02-03T10:15:00+08:00",
                "text": f"Note {CASE_TEXT['note']}.",
            }
        ],
        "hearings": [
            {
                "court": court,
                "kind": "pre_trial",
                "starts_at": f"{day}T09:00:00+08:00",
                "status": "scheduled",
                "lawyer": "boss",
                "notes": hearing_notes,
                "outcome": f"Outcome {CASE_TEXT['outcome']}.",
            }
        ],
        "evidence": [
            {"description": f"Phone {CASE_TEXT['evidence']}", "custodian": "NBI", "sha256": "cd" * 32}
        ],
    }


@pytest.fixture(scope="module")
def exercised(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run every command-line feature once (and several failures) against one database."""
    root = tmp_path_factory.mktemp("canary")
    db = root / "db" / "cases.db"
    inputs, work, temp = root / "inputs", root / "work", root / "tmp"
    for folder in (inputs, work, temp):
        folder.mkdir()
    runs: list[CliRun] = []
    passphrases = {"boss": FIRST_BOSS, "worker": "worker passphrase for scan"}

    def cli(*args: str | Path, user: str = "boss", passphrase: str | None = None, **env: str) -> CliRun:
        env.update({"TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)})
        done = run_cli(
            db,
            *args,
            user=user,
            passphrase=passphrases[user] if passphrase is None else passphrase,
            logs=root / "logs",
            extra_env=env,
            cwd=work,
        )
        runs.append(done)
        return done

    def ok(*args: str | Path, **options: str) -> CliRun:
        done = cli(*args, **options)
        assert done.returncode == 0, done.describe()
        return done

    def fails(status: int, *args: str | Path, **options: str) -> CliRun:
        done = cli(*args, **options)
        assert done.returncode == status, done.describe()
        return done

    recovery = json.loads(
        ok("init", "--json", "--display-name", DISPLAY_NAMES["supervisor"], "--office-name", OFFICE).stdout
    )["recovery_key"]
    ok(
        "users",
        "add",
        "worker",
        "--role",
        "social_worker",
        "--display-name",
        DISPLAY_NAMES["worker"],
        CASEINTAKE_NEW_PASSPHRASE=passphrases["worker"],
    )
    victim = f"{IDENTITY['legal']} {IDENTITY['surname']}"
    leaking_victim = f"{IDENTITY['legal']}b {IDENTITY['surname']}b"
    source = inputs / "cases.json"
    source.write_text(
        json.dumps(
            {
                "format": "caseintake/1",
                "cases": [
                    _case(
                        "CI-2026-00001", victim, f"Hearing {CASE_TEXT['hearingnote']}.", COURT, "2027-03-10"
                    ),
                    _case(
                        "CI-2026-00002",
                        leaking_victim,
                        f"Ask {leaking_victim} to wait; {CASE_TEXT['leakedcase']}.",
                        f"RTC {IDENTITY['surname']}b Hall",
                        "2027-03-20",
                    ),
                ],
            }
        ),
        encoding="utf-8",
    )
    ok("import", source)
    ok("users", "list")
    ok("users", "list", "--json")
    found = ok("cases", "--search", IDENTITY["surname"], "--json")
    assert {c["reference"] for c in json.loads(found.stdout)} >= {"CI-2026-00001"}
    ok("cases", "--search", CASE_TEXT["note"])
    ok("cases", "--search", CASE_TEXT["summary"][:6], user="worker")
    ok("case", "show", "CI-2026-00001")
    ok("case", "show", "CI-2026-00001", "--json")
    ok("hearings", "--from", "2027-03-01", "--to", "2027-03-15", "--ics", work / "calendar.ics")
    fails(5, "hearings", "--from", "2027-03-01", "--to", "2027-03-31", "--ics", work / "leak.ics")
    ok("summary", "CI-2026-00001", "--out", work / "summary.pdf")
    fails(5, "summary", "CI-2026-00002", "--out", work / "blocked.pdf")
    ok("counts", "--out", work / "counts.csv", "--by", "year,region", "--all-cases")
    fails(5, "counts", "--out", work / "denied.csv", user="worker")
    ok("backup", work / "office.cib")
    ok("check")
    # Errors on purpose.
    fails(3, "cases", passphrase="not the passphrase at all")
    fails(1, "case", "show", "CI-2026-99999")
    bad = inputs / "bad.json"
    bad_case = _case("CI-2026-00003", victim, "x", COURT, "2027-04-01")
    bad_case["persons"][0]["identity"]["birth_date"] = victim
    bad.write_text(json.dumps({"format": "caseintake/1", "cases": [bad_case]}), encoding="utf-8")
    fails(1, "import", bad)
    bad_case["persons"][0]["identity"]["birth_date"] = BIRTH_DATE
    bad_case["persons"][0]["sex"] = MISPLACED  # a name typed into the wrong field
    bad.write_text(json.dumps({"format": "caseintake/1", "cases": [bad_case]}), encoding="utf-8")
    fails(1, "import", bad)
    fails(3, "restore", work / "office.cib", passphrase="not the passphrase at all")
    # Over the live database (the replaced files are kept aside): a supervisor of the live
    # database whose passphrase also opens the backup; the backup is older, hence --force.
    ok("restore", work / "office.cib", "--force", passphrase=FIRST_BOSS)
    ok("passwd", CASEINTAKE_NEW_PASSPHRASE="boss passphrase changed now")
    passphrases["boss"] = "boss passphrase changed now"
    key_file = inputs / "recovery.txt"
    key_file.write_text(recovery + "\n")
    ok(
        "recover",
        "--recovery-key-file",
        key_file,
        user="worker",
        CASEINTAKE_NEW_PASSPHRASE="worker passphrase recovered",
    )
    passphrases["worker"] = "worker passphrase recovered"
    restored = root / "restored" / "cases.db"
    done = run_cli(
        restored,
        "restore",
        work / "office.cib",
        user="boss",
        passphrase=FIRST_BOSS,
        logs=root / "logs",
        extra_env={"TMPDIR": str(temp)},
        cwd=work,
    )
    runs.append(done)
    assert done.returncode == 0, done.describe()
    ok("cases")
    files = sum(1 for p in root.rglob("*") if p.is_file() and inputs not in p.parents)
    print(f"\ncanary scan: {len(runs)} command runs, {files} files scanned")
    return {"root": root, "inputs": inputs, "work": work, "temp": temp, "runs": runs, "db": db}


def _everywhere_but_inputs(exercised: dict[str, Any]) -> list[Path]:
    root: Path = exercised["root"]
    return [p for p in root.iterdir() if p != exercised["inputs"]]


def test_every_kind_of_file_was_written(exercised: dict[str, Any]) -> None:
    """The scan covers what it claims to: database, log, key file, counter, backup, outputs."""
    root: Path = exercised["root"]
    names = {p.name for p in root.rglob("*") if p.is_file()}
    for expected in ("cases.db", "cases.db.keys", "office.cib", "summary.pdf", "counts.csv", "calendar.ics"):
        assert expected in names, sorted(names)
    assert any(p.suffix == ".log" for p in (root / "logs").iterdir())
    assert any(p.name.startswith("cases.db.replaced-") for p in (root / "db").iterdir())
    assert not (exercised["work"] / "leak.ics").exists()
    assert not (exercised["work"] / "blocked.pdf").exists()
    assert not (exercised["work"] / "denied.csv").exists()


def test_identity_canaries_are_nowhere_outside_the_database(exercised: dict[str, Any]) -> None:
    needles = [*IDENTITY.values(), PHONE]
    assert find_in_files(needles, *_everywhere_but_inputs(exercised)) == {}
    for done in exercised["runs"]:
        for needle in needles:
            assert needle not in done.stdout + done.stderr, done.describe()


def test_case_text_is_only_in_outputs_meant_to_hold_it(exercised: dict[str, Any]) -> None:
    needles = [*CASE_TEXT.values(), *DISPLAY_NAMES.values(), COURT, OFFICE, MISPLACED]
    found = find_in_files(needles, *_everywhere_but_inputs(exercised))
    allowed = {"summary.pdf", "calendar.ics"}
    leaks = {n: [f for f in files if Path(f).name not in allowed] for n, files in found.items()}
    assert {n: f for n, f in leaks.items() if f} == {}


def test_calendar_holds_reference_kind_and_court_only(exercised: dict[str, Any]) -> None:
    text = (exercised["work"] / "calendar.ics").read_text("utf-8")
    assert text.count("BEGIN:VEVENT") == 1
    assert "CI-2026-00001" in text and "pre trial" in text and COURT in text
    found = find_in_files(
        [*CASE_TEXT.values(), *DISPLAY_NAMES.values(), OFFICE], exercised["work"] / "calendar.ics"
    )
    assert found == {}


def test_the_hearing_summary_text_holds_no_identity(exercised: dict[str, Any]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(exercised["work"] / "summary.pdf")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "CI-2026-00001" in text and "AAA" in text
    for needle in IDENTITY.values():
        assert needle not in text
    assert CASE_TEXT["summary"] in text  # meant to be there: the check above is not vacuous


def test_logs_and_temp_files_hold_no_canary(exercised: dict[str, Any]) -> None:
    everything = [
        *IDENTITY.values(),
        PHONE,
        *CASE_TEXT.values(),
        *DISPLAY_NAMES.values(),
        COURT,
        OFFICE,
        MISPLACED,
    ]
    root: Path = exercised["root"]
    assert find_in_files(everything, root / "logs", exercised["temp"], root / "home") == {}
    assert [p.name for p in exercised["temp"].rglob("*")] == []


def test_stderr_of_failures_names_no_case_text(exercised: dict[str, Any]) -> None:
    """One sentence each, without case text. (An unknown code is echoed back so a typo can be
    found: a name typed into a code field reaches stderr, never a file; see RELIABILITY.md.)"""
    for done in exercised["runs"]:
        if done.returncode:
            assert len(done.error_lines) == 1, done.describe()
            for needle in (*CASE_TEXT.values(), *DISPLAY_NAMES.values()):
                assert needle not in done.stderr, done.describe()
