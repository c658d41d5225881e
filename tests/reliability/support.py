"""Shared by the reliability tests and the processes they start: generated cases, databases with
cheap key slots, the acknowledgement log, and raw-byte scans."""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseintake.storage import keyslots

ROOT = Path(__file__).resolve().parents[2]
SUPERVISOR = "sup"
WORKER = "worker"
FIRST_PASSPHRASES = {SUPERVISOR: "supervisor passphrase 0", WORKER: "worker passphrase 0"}
CHEAP_KDF = keyslots.Argon2Params(1, 1024, 1)


def long_run() -> bool:
    """The long runs (thousands of kills, many more examples) are behind CASEINTAKE_LONG=1."""
    return os.environ.get("CASEINTAKE_LONG", "") not in ("", "0")


def use_cheap_kdf() -> None:
    """Small Argon2id parameters for new slots; they are stored per slot, so unlocking still
    follows the real path (as in tests/conftest.py)."""
    keyslots.DEFAULT_KDF = CHEAP_KDF


@contextmanager
def cheap_kdf() -> Iterator[None]:
    """`use_cheap_kdf` for a block only, so a test process's global state is left as found."""
    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = CHEAP_KDF
    try:
        yield
    finally:
        keyslots.DEFAULT_KDF = saved


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python process that imports caseintake and these tests."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def kill_writer(script: Path, arguments: list[str], rng: random.Random, most: float) -> str:
    """Start a writer script (it prints "ready" once unlocked, then works in a loop), let it work
    a random while of up to `most` seconds, SIGKILL it; returns what it printed."""
    process = subprocess.Popen(
        [sys.executable, str(script), *arguments],
        env=child_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        ready, _, _ = select.select([process.stdout], [], [], 30.0)
        assert ready, "the writer did not start"
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, most))
        assert process.poll() is None, process.communicate()[1][-2000:]
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return out


def create_database(path: Path) -> str:
    """A database with a supervisor and a social worker; returns the recovery key."""
    from caseintake.services import users
    from caseintake.services.session import create_session

    with cheap_kdf():
        session, recovery_key = create_session(
            path, SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR], display_name="Reliability Supervisor"
        )
        try:
            users.add_user(session, WORKER, "social_worker", FIRST_PASSPHRASES[WORKER])
        finally:
            session.close()
    return recovery_key


def generated_case(rng: random.Random, reference: str, marker: str, assigned_to: str) -> dict[str, Any]:
    """One case of the interchange format whose every text carries `marker`."""
    persons: list[dict[str, Any]] = [
        {
            "role": "victim",
            "sex": rng.choice(["F", "M"]),
            "age": rng.randint(3, 17),
            "nationality": "PH",
            "identity": {
                "legal_name": f"Ombudsan {marker}",
                "aliases": [f"Alias {marker}"],
                "birth_date": f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                "address": f"Purok {rng.randint(1, 9)}, Barangay {marker}",
                "school": f"School {marker}",
                "contact": f"0917{rng.randint(1000000, 9999999)}",
            },
        }
    ]
    for _ in range(rng.randint(0, 2)):
        persons.append(
            {
                "role": "accused",
                "relationship": rng.choice(["parent", "relative", "household"]),
                "sex": "F",
                "identity": {"legal_name": f"Dagatan {marker}"},
            }
        )
    if rng.random() < 0.5:
        persons.append(
            {"role": "accused", "relationship": "foreign_online", "sex": "M", "name": f"Online {marker}"}
        )
    return {
        "reference": reference,
        "status": rng.choice(["intake", "active", "in_court"]),
        "opened_on": f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "region": rng.choice(["VII", "NCR", "IV-A", "BARMM"]),
        "offenses": rng.sample(["osaec_livestream", "grooming", "sextortion", "trafficking_sexual"], 2),
        "summary": f"Summary {marker}",
        "assigned_to": assigned_to,
        "consent_statistics": "yes",
        "persons": persons,
        "referrals": [
            {
                "agency": "DSWD",
                "kind": "shelter",
                "referred_on": "2026-02-03",
                "status": "pending",
                "note": f"Referral {marker}",
            }
        ],
        "notes": [
            {"kind": "intake", "written_at": "2026-02-03T10:15:00+08:00", "text": f"Intake {marker}"}
            for _ in range(rng.randint(0, 2))
        ],
        "hearings": [
            {
                "court": "RTC Branch 12",
                "kind": "arraignment",
                "starts_at": "2026-12-02T08:30:00+08:00",
                "status": "scheduled",
                "notes": f"Hearing {marker}",
            }
        ],
        "evidence": [{"description": f"Evidence {marker}", "custodian": "NBI", "sha256": "ab" * 32}],
    }


def document(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caseintake/1", "cases": list(cases)}


@dataclass(frozen=True)
class Templates:
    """Database folders for the tamper tests (built by the `templates` fixture in conftest.py)."""

    clean: Path  # checkpointed and closed: no -wal
    crashed: Path  # copied while open with autocheckpoint off: -wal with many commits, and -shm
    reused: Path  # a log restarted after a full checkpoint: older frames follow the current ones


# -- the acknowledgement log ---------------------------------------------------------------------


class AckLog:
    """Append-only JSON lines; each line is fsynced before the call that follows it."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, **entry: Any) -> None:
        os.write(self._fd, (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8"))
        os.fsync(self._fd)


def read_log(path: Path) -> list[dict[str, Any]]:
    """Complete lines only; a line cut short by the kill is dropped from the file too, so the
    next writer starts on a fresh line."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    end = raw.rfind(b"\n") + 1
    if end != len(raw):
        with path.open("r+b") as handle:
            handle.truncate(end)
    return [json.loads(line) for line in raw[:end].splitlines() if line.strip()]


# -- files ----------------------------------------------------------------------------------------


def copy_folder(source: Path, target: Path) -> None:
    """Copy the database folder as a crash left it (the -wal and -shm included)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.is_file())


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le")]


def find_in_files(needles: Iterable[str], *roots: Path) -> dict[str, list[str]]:
    """{needle: [files whose raw bytes hold it in UTF-8 or UTF-16-LE]}, only needles found."""
    wanted = {n: encodings(n) for n in needles}
    found: dict[str, list[str]] = {}
    for path in files_under(*roots):
        raw = path.read_bytes()
        for needle, forms in wanted.items():
            if any(form in raw for form in forms):
                found.setdefault(needle, []).append(str(path))
    return found


# -- the command line -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CliRun:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    def describe(self) -> str:
        return f"{' '.join(self.args)} -> {self.returncode}\nstdout: {self.stdout!r}\nstderr: {self.stderr!r}"


def run_cli(
    db: Path,
    *args: str | Path,
    user: str | None = SUPERVISOR,
    passphrase: str | None = None,
    logs: Path | None = None,
    extra_env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> CliRun:
    """`python -m caseintake ARGS` against `db`, with a clean environment."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "HOME": str(db.parent.parent / "home"),
        "CASEINTAKE_DB": str(db),
        "CASEINTAKE_LOG_DIR": str(logs or db.parent.parent / "logs"),
    }
    if user is not None:
        env["CASEINTAKE_USER"] = user
        env["CASEINTAKE_PASSPHRASE"] = passphrase if passphrase is not None else FIRST_PASSPHRASES[user]
    env.update(extra_env or {})
    argv = tuple(str(a) for a in args)
    done = subprocess.run(
        [sys.executable, "-m", "caseintake", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        cwd=cwd or db.parent.parent,
        check=False,
    )
    return CliRun(argv, done.returncode, done.stdout, done.stderr)


def one_line_failure(run: CliRun, status: int) -> str:
    """The contract's failure shape: the exit status, one line on stderr, no traceback."""
    assert run.returncode == status, run.describe()
    assert len(run.error_lines) == 1, run.describe()
    assert "Traceback" not in run.stdout + run.stderr, run.describe()
    return run.error_lines[0]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its SHA-256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def flip(path: Path, offset: int, mask: int = 0x55) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= mask
    path.write_bytes(bytes(raw))
