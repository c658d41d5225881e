"""The leak guard through the command line: office-wide, children of every role, allow-word.

`caseintake allow-word REF PSEUDONYM WORD` (lawyers and supervisors) lets one ordinary word pass
for one person; it is audit-logged and listed in the case history. A calendar or summary that
names a protected person of *another* case is blocked too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.conftest import LAWYER, SOCIAL_WORKER, SUPERVISOR, Cli, document, minimal_case, write_json


def _import(cli: Cli, tmp_path: Path, name: str, *cases: dict[str, Any]) -> list[str]:
    before = cli.references()
    cli.ok("import", write_json(tmp_path / f"{name}.json", document(*cases)))
    return sorted(cli.references() - before)


def _hearing(court: str, when: str = "2026-06-01T09:00:00+08:00") -> dict[str, Any]:
    return {"court": court, "kind": "arraignment", "starts_at": when, "status": "scheduled"}


def test_a_court_paper_naming_a_child_of_another_case_is_blocked(cli: Cli, tmp_path: Path) -> None:
    other = minimal_case()
    other["persons"][0]["identity"] = {"legal_name": "Rosalind Quiamco Tabotabo"}
    [named] = _import(cli, tmp_path, "other", other)
    printed = minimal_case(
        hearings=[_hearing("RTC Branch 3, Iloilo City")],
        evidence=[{"description": "Laptop kept at the Tabotabo house", "custodian": "PNP-ACG"}],
    )
    [reference] = _import(cli, tmp_path, "printed", printed)
    out = tmp_path / "summary.pdf"
    line = cli.fails(5, "summary", reference, "--out", out, user=LAWYER)
    assert f"of {named}'s legal name" in line
    assert "Tabotabo" not in line and "Rosalind" not in line
    assert not out.exists()


def test_allow_word_clears_a_false_hit_and_is_in_the_history(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case(hearings=[_hearing("Mabuhay Hall of Justice", "2026-06-02T09:00:00+08:00")])
    case["persons"][0]["identity"] = {"legal_name": "Mabuhay Caballes"}
    [reference] = _import(cli, tmp_path, "justice", case)
    ics = tmp_path / "week.ics"
    args = ("hearings", "--from", "2026-06-01", "--to", "2026-06-07", "--ics", ics)
    line = cli.fails(5, *args, user=LAWYER)
    assert "AAA" in line and "legal name" in line and "Caballes" not in line

    refused = cli.fails(5, "allow-word", reference, "AAA", "Mabuhay", user=SOCIAL_WORKER)
    assert "Mabuhay" not in refused.split("allow")[0] or "permission" in refused.lower()
    cli.ok("allow-word", reference, "AAA", "Mabuhay", user=LAWYER)
    cli.ok(*args, user=LAWYER)
    assert "Mabuhay Hall" in ics.read_text("utf-8")

    shown = cli.ok("case", "show", reference, "--json", user=SUPERVISOR).json()
    assert shown["reference"] == reference
    # The full name still blocks: only the one word was allowed, for the one person.
    leaky = minimal_case(
        hearings=[_hearing("RTC Branch 5, Iloilo City", "2026-06-03T09:00:00+08:00")],
        evidence=[{"description": "Phone surrendered by Caballes", "custodian": "NBI-CCD"}],
    )
    [second] = _import(cli, tmp_path, "leaky", leaky)
    assert "legal name" in cli.fails(5, "summary", second, "--out", tmp_path / "s.pdf", user=LAWYER)


def test_allow_word_needs_a_known_case_and_pseudonym(readonly_cli: Cli) -> None:
    line = readonly_cli.fails(1, "allow-word", "CI-2026-99999", "AAA", "Rose", user=LAWYER)
    assert "no protected person" in line or "no case" in line


def test_a_child_witness_is_pseudonymised_whatever_the_role(cli: Cli, tmp_path: Path) -> None:
    case = minimal_case()
    case["persons"].append({"role": "witness", "sex": "M", "age": 12, "name": "Kokoy Dumaguing"})
    [reference] = _import(cli, tmp_path, "witness", case)
    shown = cli.ok("case", "show", reference, "--json", user=SUPERVISOR)
    assert "Dumaguing" not in shown.stdout and "Kokoy" not in shown.stdout
    witness = next(p for p in shown.json()["persons"] if p["role"] == "witness")
    assert witness["pseudonym"] == "BBB"
