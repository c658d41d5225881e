"""The README's command-line examples run as written, and `docs/examples/cases.json` imports.

The ```sh blocks of the README's "Using the command line" section are run by bash, unchanged, in
a temporary folder laid out like the checkout after the README's first command: `.venv` there is
a stand-in whose `activate` puts this test's own `caseintake` on PATH (the README says so),
`docs/examples/cases.json` is a copy of the sample, and HOME is a temporary folder with
`Documents` in it. In the demo block, the line that opens the desktop application is left out
and `demo` makes fewer cases.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SAMPLE = ROOT / "docs" / "examples" / "cases.json"
#: Strong enough for `init` and `users add` (12+ characters, zxcvbn score 3, no name or date);
#: every account of the examples gets it, so one `$CASEINTAKE_PASSPHRASE` unlocks as anyone.
PASSPHRASE = "lantern pebble monsoon walnut"
#: A command line that opens the desktop application: `caseintake` or `caseintake gui`, nothing else.
GUI_LINE = re.compile(r"^(?:\S*/)?caseintake(?:\s+gui)?$")


def command_line_blocks() -> list[str]:
    """The ```sh blocks of the section "Using the command line", up to the next `## ` heading."""
    text = README.read_text("utf-8")
    start = text.index("\n## Using the command line\n")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else len(text)]
    return re.findall(r"^```sh\n(.*?)^```$", section, flags=re.M | re.S)


def _without_comment(line: str) -> str:
    return re.sub(r"(?:^|\s+)#.*$", "", line).strip()


def _workspace(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The checkout's stand-in (cwd) and the environment of a script run in it."""
    real_bin = Path(sys.executable).parent
    if not (real_bin / "caseintake").exists() or shutil.which("bash") is None:
        pytest.skip("needs bash and the `caseintake` script of an installed virtualenv")
    work = tmp_path / "checkout"
    venv_bin = work / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "activate").write_text(f'PATH="{real_bin}:$PATH"\nexport PATH\n', encoding="utf-8")
    (venv_bin / "caseintake").symlink_to(real_bin / "caseintake")
    (work / "docs" / "examples").mkdir(parents=True)
    shutil.copy(SAMPLE, work / "docs" / "examples" / "cases.json")
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    # PATH without this virtualenv, so a README that forgets to put `caseintake` on PATH fails here.
    path = os.pathsep.join(
        p
        for p in os.environ.get("PATH", "").split(os.pathsep)
        if p and Path(p).resolve() != real_bin.resolve()
    )
    env = {
        "PATH": path or "/usr/bin:/bin",
        "HOME": str(home),
        "CASEINTAKE_LOG_DIR": str(tmp_path / "logs"),
        # A command that forgot --db would land here, never in a real user data folder.
        "CASEINTAKE_DB": str(tmp_path / "no-such-folder" / "forgotten.db"),
        "CASEINTAKE_PASSPHRASE": PASSPHRASE,
        "CASEINTAKE_NEW_PASSPHRASE": PASSPHRASE,
    }
    return work, env


def _run_script(
    script: str, cwd: Path, env: dict[str, str], timeout: int
) -> subprocess.CompletedProcess[str]:
    # -e: the first failing example stops the run; -x: stderr shows which one it was.
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(
        [bash, "-e", "-u", "-x", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def _vault_values(document: dict[str, Any]) -> list[str]:
    """Every identity value of the sample, and each name's parts: none may reach the terminal."""
    found: list[str] = []
    for case in document["cases"]:
        for person in case.get("persons", []):
            identity = person.get("identity", {})
            for key, value in identity.items():
                if isinstance(value, str) and value:
                    found.append(value)
                    if key == "legal_name":
                        # The README's allow-word example names "Mabuhay", an ordinary word too.
                        found.extend(p for p in value.split() if len(p) >= 5 and p != "Mabuhay")
    return found


def test_the_readme_has_the_blocks_this_test_runs() -> None:
    blocks = command_line_blocks()
    assert len(blocks) == 2, "the command-line section should hold the examples and the demo block"
    first = [_without_comment(line) for line in blocks[0].splitlines() if _without_comment(line)]
    assert first[0] == ". .venv/bin/activate", "the examples must start by putting caseintake on PATH"
    assert any("import docs/examples/cases.json" in line for line in first)


def test_the_sample_names_only_accounts_the_readme_creates() -> None:
    block = command_line_blocks()[0]
    created = set(re.findall(r"--user (\S+) init\b", block)) | set(re.findall(r"users add (\S+)", block))
    named: set[str] = set()
    for case in json.loads(SAMPLE.read_text("utf-8"))["cases"]:
        named.add(case["assigned_to"])
        named.update(n["author"] for n in case.get("notes", []) if "author" in n)
        named.update(h["lawyer"] for h in case.get("hearings", []) if "lawyer" in h)
    assert named, "the sample should assign its cases and hearings to people"
    assert named <= created, named - created


def test_the_command_line_examples_run_verbatim(tmp_path: Path) -> None:
    work, env = _workspace(tmp_path)
    block = command_line_blocks()[0]
    done = _run_script(block, work, env, timeout=900)

    sample = json.loads(SAMPLE.read_text("utf-8"))
    assert "Imported 3 cases." in done.stdout
    for value in _vault_values(sample):
        assert value not in done.stdout + done.stderr, "an identity value of the sample was printed"
    documents = Path(env["HOME"]) / "Documents"
    for name in re.findall(r"~/Documents/(\S+)", block):
        assert (documents / name).is_file(), f"{name} was not written"
    assert "CI-2026-00042" in (documents / "december.ics").read_text("utf-8")
    assert (work / "office.db").is_file() and (work / "restored.db").is_file()

    # What the import added, read back: every case of the sample, the given references kept.
    listed = subprocess.run(
        [str(work / ".venv" / "bin" / "caseintake"), "--db", "office.db", "--user", "ana", "cases", "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=True,
    )
    rows = json.loads(listed.stdout)
    assert len(rows) == len(sample["cases"])
    given = {c["reference"] for c in sample["cases"] if "reference" in c}
    assert given <= {r["reference"] for r in rows}


def test_the_demo_example_runs_verbatim(tmp_path: Path) -> None:
    """Every line as written, but two: the last one, which opens the desktop application, is
    left out, and `demo` makes 500 cases instead of 100,000 (3 minutes saved; the count changes
    only how long it takes)."""
    work, env = _workspace(tmp_path)
    lines = command_line_blocks()[1].splitlines()
    kept = [line for line in lines if not GUI_LINE.match(_without_comment(line))]
    assert len(kept) == len(lines) - 1, "the demo block should end by opening the desktop application"
    smaller = [re.sub(r"--cases \d+", "--cases 500", line) for line in kept]
    assert sum(a != b for a, b in zip(kept, smaller, strict=True)) == 1, "one `demo --cases N` line"
    done = _run_script("\n".join(smaller), work, env, timeout=600)
    assert "Added 500 synthetic cases" in done.stdout
    assert "No problems found." in done.stdout
    assert (work / "demo.db").is_file()
