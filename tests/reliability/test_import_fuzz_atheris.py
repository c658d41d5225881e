"""A short atheris run in CI (skipped when atheris is not installed); the long one is manual:
see fuzz_import_atheris.py and docs/RELIABILITY.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.support import child_env, long_run

pytest.importorskip("atheris")


def test_atheris_finds_no_importer_failure(tmp_path: Path) -> None:
    runs = 200_000 if long_run() else 5_000
    done = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("fuzz_import_atheris.py")),
            f"-runs={runs}",
            "-max_len=65536",
            "-seed=1",
            f"-artifact_prefix={tmp_path}/",
            f"--tally={tmp_path / 'tally.json'}",
        ],
        env=child_env(TMPDIR=str(tmp_path)),  # libFuzzer exits without cleaning up
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    tally = json.loads((tmp_path / "tally.json").read_text())
    print(f"\natheris: {runs} runs, {tally}")
    assert tally["imported"] > 0 and tally["refused"] > 0
    assert not list(tmp_path.glob("crash-*"))
