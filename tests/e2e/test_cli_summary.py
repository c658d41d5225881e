"""`caseintake summary REF --out FILE.pdf [--hearing ID] [--paper long|a4|letter]
[--layout court|working-copy] [--note ID ...]` (DESIGN §6 and §8)."""

from __future__ import annotations

import json
import re
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.e2e.conftest import (
    GIVEN_REFERENCE,
    LAWYER,
    OTHER_SOCIAL_WORKER,
    SOCIAL_WORKER,
    SUPERVISOR,
    VAULT_STRINGS,
    Cli,
    document,
    minimal_case,
    sha256_file,
    write_json,
)

DOCUMENT_ID = re.compile(r"Document ID ([0-9a-f-]{36}); SHA-256 ([0-9a-f]{64})\.")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def hearing_ids(cli: Cli, reference: str = GIVEN_REFERENCE) -> dict[str, str]:
    shown: dict[str, Any] = cli.ok("case", "show", reference, "--json").json()
    return {h["kind"]: h["id"] for h in shown["hearings"]}


def test_lawyer_prints_a_clean_summary(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    arraignment = hearing_ids(cli)["arraignment"]
    run = cli.ok("summary", GIVEN_REFERENCE, "--out", out, "--hearing", arraignment, user=LAWYER)
    found = DOCUMENT_ID.search(run.stdout)
    assert found is not None, run.describe()
    assert found[2] == sha256_file(out)
    assert "arraignment, March 2, 2026" in run.stdout
    text = pdf_text(out)
    assert "AAA" in text and "GERALD WHITCOMBE" in text
    assert found[1] in text
    leaked = [s for s in VAULT_STRINGS if s.casefold() in text.casefold()]
    assert not leaked, leaked
    cli.ok("verify-pdf", out)


def test_default_hearing_is_the_next_scheduled_else_the_latest(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    run = cli.ok("summary", GIVEN_REFERENCE, "--out", out, user=SUPERVISOR)
    # Before March 2, 2026 the arraignment is next; after it the pre-trial (next, then latest).
    upcoming = date.today() <= date(2026, 3, 2)
    expected = "arraignment, March 2, 2026" if upcoming else "pre-trial, April 15, 2026"
    assert expected in run.stdout, run.describe()


def test_letter_paper(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    cli.ok("summary", GIVEN_REFERENCE, "--out", out, "--paper", "letter", user=LAWYER)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("user", [SOCIAL_WORKER, OTHER_SOCIAL_WORKER])
def test_social_workers_are_refused(readonly_cli: Cli, tmp_path: Path, user: str) -> None:
    out = tmp_path / "summary.pdf"
    line = readonly_cli.fails(5, "summary", GIVEN_REFERENCE, "--out", out, user=user)
    assert "may not print hearing summaries" in line
    assert not out.exists()


def test_leak_guard_blocks_and_names_pseudonym_and_field(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case(
        notes=[
            {"kind": "interview", "written_at": "2026-05-04T10:00:00+08:00", "text": "Lara Imperial spoke."}
        ],
        hearings=[
            {
                "court": "RTC Branch 3, Iloilo City",
                "kind": "arraignment",
                "starts_at": "2026-06-01T09:00:00+08:00",
                "status": "scheduled",
                "notes": "Bring Lara Imperial's birth certificate.",
            }
        ],
    )
    before = cli.references()
    cli.ok("import", write_json(tmp_path / "leaky.json", document(case)))
    [reference] = cli.references() - before
    out = tmp_path / "out" / "summary.pdf"
    out.parent.mkdir()
    line = cli.fails(5, "summary", reference, "--out", out, user=LAWYER)
    assert "AAA's legal name" in line
    assert "Lara" not in line and "Imperial" not in line
    assert list(out.parent.iterdir()) == []


def test_case_without_hearings(cli: Cli, tmp_path: Path) -> None:
    before = cli.references()
    cli.ok("import", write_json(tmp_path / "bare.json", document(minimal_case())))
    [reference] = cli.references() - before
    line = cli.fails(1, "summary", reference, "--out", tmp_path / "s.pdf", user=LAWYER)
    assert "has no hearings" in line
    assert not (tmp_path / "s.pdf").exists()


def test_unknown_case_and_unknown_hearing(readonly_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    assert "no case" in readonly_cli.fails(1, "summary", "CI-2026-99999", "--out", out, user=LAWYER)
    line = readonly_cli.fails(
        1, "summary", GIVEN_REFERENCE, "--out", out, "--hearing", "zzzzzzzz", user=LAWYER
    )
    assert "no hearing with id" in line
    assert not out.exists()


def test_output_in_a_missing_folder_or_a_folder(readonly_cli: Cli, tmp_path: Path) -> None:
    missing = readonly_cli.fails(
        1, "summary", GIVEN_REFERENCE, "--out", tmp_path / "nope" / "s.pdf", user=LAWYER
    )
    assert "does not exist" in missing
    folder = readonly_cli.fails(1, "summary", GIVEN_REFERENCE, "--out", tmp_path, user=LAWYER)
    assert "is a folder" in folder


def test_usage_errors(readonly_cli: Cli, tmp_path: Path) -> None:
    readonly_cli.fails(2, "summary", GIVEN_REFERENCE, user=LAWYER)  # --out is required
    readonly_cli.fails(
        2, "summary", GIVEN_REFERENCE, "--out", tmp_path / "s.pdf", "--paper", "legal", user=LAWYER
    )


RICH_CASE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rich-case.json"
RICH_REFERENCE = "CI-2026-00077"


def test_rich_sample_case_in_every_paper_and_layout(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", RICH_CASE)
    shown: dict[str, Any] = cli.ok("case", "show", RICH_REFERENCE, "--json", user=LAWYER).json()
    assert [c["number"] for c in shown["criminal_cases"]] == [
        "R-CEB-26-00123-CR",
        "R-CEB-26-00124-CR",
        "R-CEB-26-00125-CR",
    ]
    detention = shown["persons"][4]["detention"]
    assert detention == {
        "status": "detained",
        "since": "2026-01-13",
        "bail": "None recommended (qualified trafficking)",
    }
    assert shown["hearings"][2]["witnesses"][0]["person"] == shown["persons"][0]["id"]
    assert "identity" not in json.dumps(shown) and "Rosalinda" not in json.dumps(shown)
    trial = shown["hearings"][2]["id"]
    sizes = {"long": (612, 936), "a4": (595, 842), "letter": (612, 792)}
    for paper, size in sizes.items():
        for layout in ("court", "working-copy"):
            out = tmp_path / f"{paper}-{layout}.pdf"
            args = ["--hearing", trial, "--paper", paper, "--layout", layout]
            run = cli.ok("summary", RICH_REFERENCE, "--out", out, *args, user=LAWYER)
            assert "trial, April 13, 2026" in run.stdout, run.describe()
            box = PdfReader(out).pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == size
            text = pdf_text(out)
            assert "REGIONAL TRIAL COURT" in text and "7th JUDICIAL REGION" in text
            assert ("WORKING COPY" in text) == (layout == "working-copy")
            assert "Haven" not in text and "Lahug" not in text and "in residential care (DSWD)" in text
            cli.ok("verify-pdf", out)


def test_notes_only_when_chosen(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", RICH_CASE)
    shown: dict[str, Any] = cli.ok("case", "show", RICH_REFERENCE, "--json", user=LAWYER).json()
    conference = next(n for n in shown["notes"] if n["kind"] == "case_conference")
    plain, chosen = tmp_path / "plain.pdf", tmp_path / "chosen.pdf"
    cli.ok("summary", RICH_REFERENCE, "--out", plain, "--hearing", shown["hearings"][2]["id"], user=LAWYER)
    assert "Case conference" not in pdf_text(plain) and "nightmares" not in pdf_text(plain)
    cli.ok(
        "summary",
        RICH_REFERENCE,
        "--out",
        chosen,
        "--hearing",
        shown["hearings"][2]["id"],
        "--note",
        conference["id"][-8:],
        user=LAWYER,
    )
    text = pdf_text(chosen)
    assert "Case conference" in text and "videotaped deposition" in text
    assert "nightmares" not in text  # the shelter incident note was not chosen
    line = cli.fails(
        1, "summary", RICH_REFERENCE, "--out", tmp_path / "x.pdf", "--note", "zzzzzzzz", user=LAWYER
    )
    assert "no note with id" in line


def test_default_paper_is_long_bond(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    cli.ok("summary", GIVEN_REFERENCE, "--out", out, user=LAWYER)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 936)
