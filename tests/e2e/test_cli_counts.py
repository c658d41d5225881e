"""``caseintake counts`` as a user or a script sees it (DESIGN §6, §8; issue 5).

The template database holds two cases: the first with consent to statistics, the second with
consent unknown. Both are far below any threshold, so every non-zero count is suppressed.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.e2e.conftest import LAWYER, OTHER_SOCIAL_WORKER, SOCIAL_WORKER, VAULT_STRINGS, Cli, Template


def _rows(path: Path) -> tuple[dict[str, str], list[dict[str, str]]]:
    """(the metadata file's facts, the CSV's rows): the CSV itself has nothing but the table."""
    text = path.read_text("ascii")
    assert not any(line.startswith("#") for line in text.splitlines())
    facts = json.loads(path.with_name(path.stem + ".meta.json").read_text("ascii"))["facts"]
    return facts, list(csv.DictReader(io.StringIO(text)))


def test_supervisor_writes_a_csv_with_totals_and_the_metadata(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "counts.csv"
    run = cli.ok("counts", "--out", out, "--by", "year,region", "--from", "2025-01", "--to", "2026-12")
    assert str(out) in run.stdout and "counts.meta.json" in run.stdout
    facts, rows = _rows(out)
    assert facts["period"].startswith("cases opened from 2025-01 to 2026-12")
    assert facts["consent rule"] == "only cases whose consent to statistics is yes"
    assert facts["threshold K"].startswith("5 ")
    assert facts["unit"] == "each count is a number of cases"
    grand = rows[-1]
    assert (grand["year"], grand["region"], grand["count"], grand["suppressed"]) == ("*", "*", "", "true")
    assert grand["region_name"] == "Total"
    assert {r["year"] for r in rows} == {"2025", "2026", "*"}
    assert all(r["count"] == "" or int(r["count"]) == 0 for r in rows)


def test_all_cases_counts_the_case_without_consent_and_says_so(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    cli.ok("counts", "--out", out, "--by", "region", "--min-cell", "3", "--all-cases", "--from", "2025-01")
    facts, rows = _rows(out)
    assert facts["consent rule"].startswith("all cases")
    by_region = {r["region"]: r for r in rows}
    assert by_region["NCR"]["suppressed"] == by_region["VII"]["suppressed"] == "true"
    assert by_region["NCR"]["count"] == ""


def test_children_unit_and_the_second_export_names_the_first(cli: Cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    cli.ok("counts", "--out", first, "--by", "victim_sex", "--unit", "children", "--from", "2025-01")
    run = cli.ok("counts", "--out", second, "--by", "victim_age", "--unit", "children", "--from", "2025-01")
    facts, _ = _rows(second)
    assert facts["unit"].startswith("each count is a number of children (victims)")
    assert "earlier export" not in run.stdout  # victim_sex and victim_age are different units
    third = tmp_path / "c.csv"
    run = cli.ok(
        "counts", "--out", third, "--by", "year,victim_sex", "--unit", "children", "--from", "2025-01"
    )
    assert "Protected together with 1 earlier export" in run.stdout
    meta = json.loads(third.with_name("c.meta.json").read_text("ascii"))
    assert len(meta["constrained_by_earlier_exports"]) == 1


def test_donor_report_is_one_pdf_that_passes_verify_pdf(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "donor.pdf"
    cli.ok("counts", "--out", out, "--report", "donor", "--from", "2025-01", "--to", "2026-06")
    assert "clean" in cli.ok("verify-pdf", out).stdout
    bad = cli.run("counts", "--out", tmp_path / "donor.csv", "--report", "donor")
    assert bad.returncode == 2 and not (tmp_path / "donor.csv").exists()


def test_pdf_out_writes_a_report_that_passes_verify_pdf(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "counts.pdf"
    cli.ok("counts", "--out", out, "--by", "quarter,offense", "--from", "2025-10", "--to", "2026-06")
    assert out.read_bytes().startswith(b"%PDF")
    assert "clean" in cli.ok("verify-pdf", out).stdout


def test_language_fil_writes_a_filipino_pdf_and_leaves_the_csv_english(cli: Cli, tmp_path: Path) -> None:
    from caseintake.reports.counts_pdf import pdf_text

    out = tmp_path / "bilang.pdf"
    cli.ok("counts", "--out", out, "--by", "year,offense", "--from", "2025-01", "--language", "fil")
    assert "clean" in cli.ok("verify-pdf", out).stdout
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Bilang ng mga kaso (walang pangalan)" in text and "Talahanayan" in text
    assert "Anonymized case counts" not in text and "Page 1 of" not in text
    donor = tmp_path / "donor.pdf"
    cli.ok("counts", "--out", donor, "--report", "donor", "--from", "2025-01", "--language", "fil")
    assert "ulat para sa mga donor" in " ".join(pdf_text(donor.read_bytes()).split())

    english, filipino = tmp_path / "en.csv", tmp_path / "fil.csv"
    cli.ok("counts", "--out", english, "--by", "region", "--from", "2025-01")
    run = cli.ok("counts", "--out", filipino, "--by", "region", "--from", "2025-01", "--language", "fil")
    assert "stay in English" in run.stderr
    assert filipino.read_bytes() == english.read_bytes()
    assert cli.run("counts", "--out", tmp_path / "x.pdf", "--language", "es").returncode == 2
    assert not (tmp_path / "x.pdf").exists()


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
