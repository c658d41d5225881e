"""``caseintake counts`` as a user or a script sees it (DESIGN §6, §8; issue 5).

The template database holds two cases: the first with consent to statistics, the second with
consent unknown. Both are far below any threshold, so every non-zero count is suppressed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.e2e.conftest import LAWYER, OTHER_SOCIAL_WORKER, SOCIAL_WORKER, VAULT_STRINGS, Cli, Template


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    text = path.read_text("ascii")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return comments, list(csv.DictReader(io.StringIO(body)))


def test_supervisor_writes_a_csv_with_totals_and_the_header(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "counts.csv"
    run = cli.ok("counts", "--out", out, "--by", "year,region", "--from", "2025-01", "--to", "2026-12")
    assert str(out) in run.stdout
    comments, rows = _rows(out)
    assert any(c.startswith("# period: cases opened from 2025-01 to 2026-12") for c in comments)
    assert "# consent rule: only cases whose consent to statistics is yes" in comments
    assert "# threshold K: 5" in "\n".join(comments)
    grand = rows[-1]
    assert (grand["year"], grand["region"], grand["count"], grand["suppressed"]) == ("*", "*", "", "true")
    assert {r["year"] for r in rows} == {"2025", "2026", "*"}
    assert all(r["count"] == "" or int(r["count"]) == 0 for r in rows)


def test_all_cases_counts_the_case_without_consent_and_says_so(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    cli.ok("counts", "--out", out, "--by", "region", "--min-cell", "3", "--all-cases", "--from", "2025-01")
    comments, rows = _rows(out)
    assert any(c.startswith("# consent rule: all cases") for c in comments)
    by_region = {r["region"]: r for r in rows}
    assert by_region["NCR"]["suppressed"] == by_region["VII"]["suppressed"] == "true"
    assert by_region["NCR"]["count"] == ""


def test_pdf_out_writes_a_report_that_passes_verify_pdf(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "counts.pdf"
    cli.ok("counts", "--out", out, "--by", "quarter,offense", "--from", "2025-10", "--to", "2026-06")
    assert out.read_bytes().startswith(b"%PDF")
    assert "clean" in cli.ok("verify-pdf", out).stdout


def test_outputs_hold_no_vault_value_reference_or_day(cli: Cli, template: Template, tmp_path: Path) -> None:
    for name, dims in (("a.csv", "month,offense,victim_age"), ("b.pdf", "year,accused_nationality")):
        out = tmp_path / name
        cli.ok("counts", "--out", out, "--by", dims, "--all-cases", "--min-cell", "3", "--from", "2025-06")
        data = out.read_bytes()
        for secret in [*VAULT_STRINGS, "CI-2026-00042", template.generated_reference, "2026-02-03"]:
            assert secret.encode() not in data, secret


@pytest.mark.parametrize("user", [SOCIAL_WORKER, OTHER_SOCIAL_WORKER, LAWYER])
def test_anyone_but_a_supervisor_is_refused_with_status_5(cli: Cli, tmp_path: Path, user: str) -> None:
    out = tmp_path / "counts.csv"
    line = cli.fails(5, "counts", "--out", out, user=user)
    assert "may not export anonymized counts" in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["--min-cell", "2"], 1, "at least 3"),
        (["--by", "year,colour"], 1, "Unknown dimension"),
        (["--by", "year,region,offense,status,source"], 1, "at most 4"),
        (["--from", "2026-01-15"], 2, "YYYY-MM"),
        (["--from", "2026-04", "--to", "2026-01"], 1, "empty"),
    ],
)
def test_bad_options_fail_with_one_line_and_no_file(
    cli: Cli, tmp_path: Path, args: list[str], status: int, words: str
) -> None:
    out = tmp_path / "counts.csv"
    assert words in cli.fails(status, "counts", "--out", out, *args)
    assert not out.exists()


def test_out_must_be_csv_or_pdf(cli: Cli, tmp_path: Path) -> None:
    assert ".csv or .pdf" in cli.fails(2, "counts", "--out", tmp_path / "counts.xlsx")
    assert "--out" in cli.fails(2, "counts")
