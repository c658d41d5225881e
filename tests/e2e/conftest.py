"""Black-box harness for the command line (DESIGN §6 and §7).

Every test drives `python -m caseintake` in a subprocess with a clean environment, so what is
checked is what a user or a script sees: exit status, stdout, stderr and the files on disk.

One template database (a supervisor, a social worker assigned to the first case, a second social
worker assigned to the second case, a lawyer, and a realistic two-case import) is built once per
session. Read-only tests share one copy of it (`readonly_cli`); tests that write get their own
copy of the whole database folder (`cli`), since `cases.db` has companion files.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SUPERVISOR = "boss"
SOCIAL_WORKER = "jdelacruz"  # assigned to the first case
OTHER_SOCIAL_WORKER = "asantos"  # assigned to the second case only
LAWYER = "mreyes"

PASSPHRASES = {
    SUPERVISOR: "supervisor passphrase 1",
    SOCIAL_WORKER: "social worker passphrase 2",
    OTHER_SOCIAL_WORKER: "other worker passphrase 3",
    LAWYER: "lawyer passphrase 4",
}

GIVEN_REFERENCE = "CI-2026-00042"
SECOND_OPENED_YEAR = 2025

# Identity-vault values of the realistic import: none may ever reach stdout, a calendar or a file.
FIRST_VICTIM_NAME = "Marisol Dagohoy Cabahug"
SECOND_VICTIM_NAME = "Renato Pacquing Ybanez"
VAULT_STRINGS = [
    FIRST_VICTIM_NAME,
    "Dagohoy",
    "Cabahug",
    "Marisol",
    "Solenn Cabahug",
    "2012-07-19",
    "Purok 3, Barangay Tisa, Labangon, Cebu City",
    "Barangay Tisa",
    "Labangon National High School",
    "+63 917 555 0143",
    "917 555 0143",
    "Jomari Dagohoy Cabahug",
    "Jomari",
    "Rosalinda Dagohoy Cabahug",
    "Rosalinda",
    "Teresita Ompad Villaflor",
    "Villaflor",
    SECOND_VICTIM_NAME,
    "Pacquing",
    "Ybanez",
    "2009-03-14",
    "123 Dagupan Street, Tondo, Manila",
    "Dagupan Street",
    "Tondo High School",
    "renato.py@example.ph",
    "Ernesto Lumbad Saguisag",
    "Saguisag",
]


def realistic_document() -> dict[str, Any]:
    """Two cases using every field of the interchange format; the second has no reference."""
    first = {
        "reference": GIVEN_REFERENCE,
        "status": "in_court",
        "opened_on": "2026-02-03",
        "region": "VII",
        "province": "Cebu",
        "offenses": ["osaec_livestream", "trafficking_sexual"],
        "source": {"kind": "cybertipline", "reference": "CT-2026-0001234"},
        "summary": (
            "Referred by police after a foreign referral; AAA rescued with two siblings "
            "from a livestreaming den."
        ),
        "assigned_to": SOCIAL_WORKER,
        "consent_statistics": "yes",
        "accommodations": ["guardian_ad_litem", "live_link"],
        "persons": [
            {
                "role": "victim",
                "sex": "F",
                "age": 13,
                "nationality": "PH",
                "identity": {
                    "legal_name": FIRST_VICTIM_NAME,
                    "aliases": ["Solenn Cabahug"],
                    "birth_date": "2012-07-19",
                    "address": "Purok 3, Barangay Tisa, Labangon, Cebu City",
                    "school": "Labangon National High School",
                    "contact": "+63 917 555 0143",
                },
            },
            {
                "role": "victim",
                "sex": "M",
                "age": 9,
                "birth_year": 2016,
                "nationality": "PH",
                "identity": {"legal_name": "Jomari Dagohoy Cabahug"},
            },
            {
                "role": "accused",
                "relationship": "parent",
                "sex": "F",
                "nationality": "PH",
                "identity": {"legal_name": "Rosalinda Dagohoy Cabahug"},
            },
            {
                "role": "accused",
                "relationship": "foreign_online",
                "sex": "M",
                "nationality": "US",
                "name": "Gerald Whitcombe",
            },
            {
                "role": "guardian",
                "sex": "F",
                "nationality": "PH",
                "identity": {"legal_name": "Teresita Ompad Villaflor"},
            },
        ],
        "referrals": [
            {
                "agency": "DSWD Region VII",
                "kind": "shelter",
                "referred_on": "2026-02-03",
                "status": "accepted",
                "follow_up_on": "2026-02-17",
                "note": "Placed at the regional haven with her brother.",
            }
        ],
        "notes": [
            {
                "kind": "intake",
                "written_at": "2026-02-03T10:15:00+08:00",
                "author": SOCIAL_WORKER,
                "text": "Intake at the barangay hall; AAA calm, BBB asked for his grandmother.",
            }
        ],
        "hearings": [
            {
                "court": "MTC Cebu City",
                "kind": "inquest",
                "starts_at": "2026-02-27T10:00:00+08:00",
                "status": "held",
                "outcome": "Filed for preliminary investigation.",
            },
            {
                "court": "RTC Branch 12, Cebu City",
                "branch": "Branch 12",
                "docket": "R-CEB-26-00123-CR",
                "kind": "arraignment",
                "starts_at": "2026-03-02T08:30:00+08:00",
                "location": "Hall of Justice, Cebu City",
                "status": "scheduled",
                "lawyer": LAWYER,
                "notes": "Prepare live-link room; GAL confirmed.",
            },
            {
                "court": "RTC Branch 12, Cebu City",
                "docket": "R-CEB-26-00123-CR",
                "kind": "pre_trial",
                "starts_at": "2026-04-15T09:00:00+08:00",
                "status": "scheduled",
                "lawyer": LAWYER,
            },
        ],
        "evidence": [
            {
                "description": "Mobile phone seized at the house",
                "custodian": "NBI-CCD",
                "reference": "EV-001",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "received_on": "2026-02-04",
            }
        ],
    }
    second = {
        "status": "active",
        "opened_on": f"{SECOND_OPENED_YEAR}-11-20",
        "closed_on": None,
        "region": "NCR",
        "province": "Metro Manila",
        "offenses": ["sextortion"],
        "source": {"kind": "hotline"},
        "summary": "Hotline call from a teacher about sextortion of a student by a household member.",
        "assigned_to": OTHER_SOCIAL_WORKER,
        "consent_statistics": "unknown",
        "persons": [
            {
                "role": "victim",
                "sex": "M",
                "age": 16,
                "nationality": "PH",
                "identity": {
                    "legal_name": SECOND_VICTIM_NAME,
                    "birth_date": "2009-03-14",
                    "address": "123 Dagupan Street, Tondo, Manila",
                    "school": "Tondo High School",
                    "contact": "renato.py@example.ph",
                },
            },
            {
                "role": "accused",
                "relationship": "household",
                "sex": "M",
                "nationality": "PH",
                "identity": {"legal_name": "Ernesto Lumbad Saguisag"},
            },
        ],
        "referrals": [
            {
                "agency": "PNP-WCPC",
                "kind": "law_enforcement",
                "referred_on": "2025-11-21",
                "status": "pending",
            }
        ],
        "notes": [
            {
                "kind": "home_visit",
                "written_at": "2025-11-22T15:00:00+08:00",
                "text": "Home visit with the mother; safety plan agreed.",
            }
        ],
        "hearings": [
            {
                "court": "Office of the City Prosecutor, Manila",
                "kind": "preliminary_investigation",
                "starts_at": "2026-03-01T07:30:00+08:00",
                "status": "scheduled",
                "lawyer": LAWYER,
            },
            {
                "court": "RTC Branch 25, Manila",
                "branch": "Branch 25",
                "kind": "trial",
                "starts_at": "2026-03-31T16:00:00+08:00",
                "status": "postponed",
            },
        ],
        "evidence": [{"description": "Screenshots of the chat, described by the complainant"}],
    }
    return {"format": "caseintake/1", "cases": [first, second]}


def minimal_case(**overrides: Any) -> dict[str, Any]:
    """The smallest valid case of the interchange format, with overrides."""
    case: dict[str, Any] = {
        "status": "intake",
        "opened_on": "2026-05-04",
        "region": "VI",
        "offenses": ["grooming"],
        "summary": "Walk-in report of online grooming.",
        "assigned_to": SOCIAL_WORKER,
        "consent_statistics": "no",
        "persons": [{"role": "victim", "sex": "F", "age": 12, "identity": {"legal_name": "Lara Imperial"}}],
    }
    case.update(overrides)
    return case


def document(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caseintake/1", "cases": [copy.deepcopy(c) for c in cases]}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def stderr_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def describe(self) -> str:
        return f"{' '.join(self.args)} -> {self.returncode}\nstdout: {self.stdout!r}\nstderr: {self.stderr!r}"


def assert_failure(run: Run, status: int) -> str:
    """A failure of the contract's shape: the exit status, one line on stderr, no traceback."""
    assert run.returncode == status, run.describe()
    assert len(run.stderr_lines) == 1, run.describe()
    assert "Traceback" not in run.stdout + run.stderr, run.describe()
    return run.stderr_lines[0]


_DEFAULT = object()


@dataclass
class Cli:
    """Runs `python -m caseintake` against one database folder with a clean environment."""

    root: Path
    db: Path
    history: list[Run] = field(default_factory=list)

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def home(self) -> Path:
        return self.root / "home"

    def env(
        self,
        *,
        user: str | None = SUPERVISOR,
        passphrase: Any = _DEFAULT,
        new_passphrase: str | None = None,
        env_db: bool = True,
        extra: dict[str, str] | None = None,
    ) -> dict[str, str]:
        self.home.mkdir(parents=True, exist_ok=True)
        env = {"HOME": str(self.home), "CASEINTAKE_LOG_DIR": str(self.logs)}
        for name in ("PATH", "SYSTEMROOT"):
            if name in os.environ:
                env[name] = os.environ[name]
        if env_db:
            env["CASEINTAKE_DB"] = str(self.db)
        if user is not None:
            env["CASEINTAKE_USER"] = user
        if passphrase is _DEFAULT:
            passphrase = PASSPHRASES.get(user or "")
        if passphrase is not None:
            env["CASEINTAKE_PASSPHRASE"] = passphrase
        if new_passphrase is not None:
            env["CASEINTAKE_NEW_PASSPHRASE"] = new_passphrase
        env.update(extra or {})
        return env

    def run(self, *args: str | Path, **options: Any) -> Run:
        argv = tuple(str(a) for a in args)
        done = subprocess.run(
            [sys.executable, "-m", "caseintake", *argv],
            env=self.env(**options),
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
            cwd=self.root,
            check=False,
        )
        result = Run(argv, done.returncode, done.stdout, done.stderr)
        self.history.append(result)
        return result

    def ok(self, *args: str | Path, **options: Any) -> Run:
        result = self.run(*args, **options)
        assert result.returncode == 0, result.describe()
        assert "Traceback" not in result.stdout + result.stderr, result.describe()
        return result

    def fails(self, status: int, *args: str | Path, **options: Any) -> str:
        """Run, expect a contract-shaped failure, return the stderr line."""
        return assert_failure(self.run(*args, **options), status)

    def cases_json(self, *args: str, user: str = SUPERVISOR) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = self.ok("cases", "--json", *args, user=user).json()
        return rows

    def references(self, *args: str, user: str = SUPERVISOR) -> set[str]:
        return {row["reference"] for row in self.cases_json(*args, user=user)}


@dataclass(frozen=True)
class Template:
    root: Path
    recovery_key: str
    generated_reference: str

    @property
    def db_folder(self) -> Path:
        return self.root / "db"


def new_cli(root: Path) -> Cli:
    root.mkdir(parents=True, exist_ok=True)
    return Cli(root=root, db=root / "db" / "cases.db")


def initialise(cli: Cli, *, demo: bool = False) -> str:
    """A new database whose first supervisor is SUPERVISOR; returns the recovery key.

    `demo`: a demo database (`init --demo`), the only kind `demo` fills with synthetic cases."""
    key: str = cli.ok("init", "--json", *(["--demo"] if demo else [])).json()["recovery_key"]
    return key


def copy_database(template: Template, root: Path) -> Cli:
    cli = new_cli(root)
    shutil.copytree(template.db_folder, cli.db.parent)
    return cli


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    cli = new_cli(tmp_path_factory.mktemp("template"))
    recovery_key = initialise(cli)
    for name, role in (
        (SOCIAL_WORKER, "social_worker"),
        (OTHER_SOCIAL_WORKER, "social_worker"),
        (LAWYER, "lawyer"),
    ):
        cli.ok("users", "add", name, "--role", role, new_passphrase=PASSPHRASES[name])
    source = write_json(cli.root / "realistic.json", realistic_document())
    cli.ok("import", source)
    generated = cli.references() - {GIVEN_REFERENCE}
    assert len(generated) == 1, generated
    return Template(cli.root, recovery_key, generated.pop())


@pytest.fixture(scope="session")
def readonly_cli(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """One shared copy for tests that only read."""
    return copy_database(template, tmp_path_factory.mktemp("readonly"))


@pytest.fixture
def cli(template: Template, tmp_path: Path) -> Cli:
    """A private copy of the template database, for tests that write."""
    return copy_database(template, tmp_path / "work")


@pytest.fixture
def fresh_cli(tmp_path: Path) -> Iterator[Cli]:
    """No database yet: for init and demo."""
    yield new_cli(tmp_path / "fresh")
