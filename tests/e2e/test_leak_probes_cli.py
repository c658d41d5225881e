"""A sample of the probe corpus through the command line (DESIGN §2.4 and §6).

`caseintake summary REF --out FILE.pdf` and `caseintake hearings --ics FILE` must refuse each
probe with exit status 5 and one line on stderr that names the pseudonym and the field but
never the value, and must leave no file behind. A case that names no one still prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    LAWYER,
    OTHER_SOCIAL_WORKER,
    PASSPHRASES,
    SOCIAL_WORKER,
    Cli,
    assert_failure,
    initialise,
    new_cli,
    write_json,
)
from tests.leak_probes.corpus import (
    FAMILIES,
    ICS_FIELDS,
    PROBES,
    PlannedCase,
    Probe,
    hearing_day,
    plan_cases,
    secrets_of,
)


def _find(category: str, fragment: str) -> Probe:
    """The first probe of `category` whose text holds `fragment` (ids shift when probes are added),
    outside the notes: the command line prints a working note only when it is chosen by id."""
    return next(
        p
        for p in PROBES
        if p.category == category and fragment in p.text and p.field not in ("note", "referral note")
    )


#: One or two of each category, in fields of every kind; the court and branch ones also go to .ics.
SAMPLE = [
    _find("names and aliases", "Tum\u200bulak"),  # zero-width space
    _find("names and aliases", "Ange\u00adlica"),  # soft hyphen
    _find("names and aliases", "DelaCruz"),  # compound surname joined
    _find("names and aliases", "the Uy family"),  # two-letter surname in a name context
    _find("birth dates", "ika-23 ng Hulyo 2012"),
    _find("birth dates", "23 July\n2012"),  # split across a line break
    _find("phones and e-mail", "0917\u2013123\u20134567"),  # en dashes
    _find("phones and e-mail", "O917 123 4567"),  # letter O for zero
    _find("addresses", "Bgy. Lahug"),
    _find("schools", "BSNHS"),  # the initials acronym
    _find("office-wide", "Bacalso"),  # a child of another case
    _find("under-18 of any role", "Kyla Mae"),  # a child witness
    _find("protected places", "Bahay Tuluyan "),  # a shelter's name
]
#: The first court or branch probe of each category: the calendar prints those two fields.
ICS_SAMPLE = list(
    {
        p.category: p for p in reversed(PROBES) if p.field in ICS_FIELDS and p.covered and p.expect_block
    }.values()
)[::-1]
CONTROLS = [
    _find("negative controls", "Go over the chat logs"),
    _find("negative controls", "The co-accused appeared"),
    _find("negative controls", "residential care (DSWD)"),
    _find("negative controls", "Cebu City"),
]


@dataclass(frozen=True)
class ProbeCli:
    cli: Cli
    references: dict[str, str]
    planned: dict[str, PlannedCase]


@pytest.fixture(scope="module")
def probe_cli(tmp_path_factory: pytest.TempPathFactory) -> ProbeCli:
    cli = new_cli(tmp_path_factory.mktemp("leak-probes-cli"))
    initialise(cli)
    for name, role in (
        (OTHER_SOCIAL_WORKER, "social_worker"),
        (LAWYER, "lawyer"),
        (SOCIAL_WORKER, "social_worker"),
    ):
        cli.ok("users", "add", name, "--role", role, new_passphrase=PASSPHRASES[name])
    probes: Sequence[Probe] = [*SAMPLE, *[p for p in ICS_SAMPLE if p not in SAMPLE], *CONTROLS]
    # with the clean cases: the other household (office-wide probes) and the shelters live there
    planned = list(plan_cases(probes, assigned_to=OTHER_SOCIAL_WORKER, lawyer=LAWYER))
    source = write_json(
        cli.root / "probes.json", {"format": "caseintake/1", "cases": [p.case for p in planned]}
    )
    cli.ok("import", source)
    rows = cli.cases_json()
    by_order = sorted(rows, key=lambda r: r["reference"])
    assert len(by_order) == len(planned)
    references = {p.label: row["reference"] for p, row in zip(planned, by_order, strict=True)}
    return ProbeCli(cli, references, {p.label: p for p in planned})


def _pseudonym(probe: Probe) -> str | None:
    family, _, who = probe.owner.partition(".")
    if family not in FAMILIES or probe.category == "office-wide":
        return None
    return FAMILIES[family].person(who).pseudonym


def _check_message(line: str, probe: Probe) -> None:
    folded = " ".join(line.casefold().split())
    for secret in secrets_of(probe):
        assert " ".join(secret.casefold().split()) not in folded, f"the message repeats the value: {line!r}"
    field_words = {
        "name": ("name", "alias"),
        "birth date": ("birth",),
        "contact": ("contact", "phone", "mobile", "landline", "number"),
        "address": ("address",),
        "school": ("school",),
        "placement": ("placement", "shelter", "residential", "address", "place"),
    }[probe.kind]
    assert any(word in folded for word in field_words), f"the message does not name the field: {line!r}"
    pseudonym = _pseudonym(probe)
    if pseudonym:
        assert pseudonym in line, f"the message does not name {pseudonym}: {line!r}"


def test_the_sample_spans_the_categories() -> None:
    assert len(ICS_SAMPLE) >= 6 and len({p.id for p in SAMPLE}) == len(SAMPLE)
    assert {p.category for p in SAMPLE} == {p.category for p in PROBES} - {"negative controls"}


@pytest.mark.parametrize("probe", SAMPLE, ids=lambda p: p.id)
def test_summary_refuses_the_probe(probe_cli: ProbeCli, probe: Probe, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    run = probe_cli.cli.run("summary", probe_cli.references[probe.id], "--out", out, user=LAWYER)
    line = assert_failure(run, 5)
    _check_message(line, probe)
    assert not out.exists()


@pytest.mark.parametrize("probe", ICS_SAMPLE, ids=lambda p: p.id)
def test_calendar_refuses_the_probe(probe_cli: ProbeCli, probe: Probe, tmp_path: Path) -> None:
    day = hearing_day(probe_cli.planned[probe.id].index).isoformat()
    out = tmp_path / "hearings.ics"
    run = probe_cli.cli.run("hearings", "--from", day, "--to", day, "--ics", out, user=LAWYER)
    line = assert_failure(run, 5)
    _check_message(line, probe)
    assert not out.exists()


@pytest.mark.parametrize("label", [p.id for p in CONTROLS])
def test_a_case_that_names_no_one_prints(probe_cli: ProbeCli, label: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    probe_cli.cli.ok("summary", probe_cli.references[label], "--out", out, user=LAWYER)
    assert out.read_bytes().startswith(b"%PDF")
    day = hearing_day(probe_cli.planned[label].index).isoformat()
    ics = tmp_path / "hearings.ics"
    probe_cli.cli.ok("hearings", "--from", day, "--to", day, "--ics", ics, user=LAWYER)
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text and probe_cli.references[label] in text
