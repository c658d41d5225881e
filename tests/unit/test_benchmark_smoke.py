"""The benchmark's smoke run, so that `benchmarks/` cannot rot: every measurement, probe and
proposal runs on 1,000 cases. No timing is asserted (DESIGN §9: performance is measured by the
benchmark, never by timed tests); only that each figure was produced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_smoke_run_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "report"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CASEINTAKE_LOG_DIR"] = str(tmp_path / "logs")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--smoke",
            "--out",
            str(out),
            "--work",
            str(tmp_path / "work"),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]

    doc = json.loads((out / "performance.json").read_text(encoding="utf-8"))
    assert doc["mode"] == "smoke" and doc["cases"] == 1000
    for result in doc["results"]:
        if "skipped" in result:
            assert result["id"] in {"hearing_summary", "counts_export"}, result
            continue
        for kind in ("encrypted", "unkeyed"):
            assert result["cold"][kind]["n"] > 0, result["id"]
        assert result["target_met"] is None  # the smoke run judges nothing
    assert {r["id"] for r in doc["results"]} >= {"unlock", "list_first_page", "search_notes", "save_note"}
    assert doc["gui"]["launch"]["n"] > 0 and doc["gui"]["memory"]["peak_mb"] > 0
    for proposal in doc["proposals"]:
        assert proposal["after"]["cold"]["encrypted"]["n"] > 0, proposal["id"]

    text = (out / "PERFORMANCE.md").read_text(encoding="utf-8")
    assert "| Unlock" in text and "SQLCipher" in text

    # the benchmark's unkeyed copy really is plain SQLite, and the encrypted one is not
    folders = list((tmp_path / "work").glob("cases-1000-*"))
    assert len(folders) == 1
    assert (folders[0] / "unkeyed" / "cases.db").read_bytes()[:16] == b"SQLite format 3\x00"
    assert (folders[0] / "encrypted" / "cases.db").read_bytes()[:16] != b"SQLite format 3\x00"
