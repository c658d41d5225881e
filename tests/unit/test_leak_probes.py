"""The probe corpus through the real outputs (issue 11, item 8; DESIGN §2.3–2.4).

Every covered probe must be blocked in every output that prints its field (the hearing summary
and, for hearing court and branch, the calendar), with a message that names the pseudonym and
the field and never the value. Negative controls, clean cases and placement cases must print.
The database (one case per probe) is built and every output produced once per module; each test
then reads one result, so a failure names the probe.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseintake.domain.errors import IdentityLeak
from caseintake.services.counts import export_counts
from tests.leak_probes import harness
from tests.leak_probes.corpus import (
    CATEGORIES,
    FAMILIES,
    FIELDS,
    MINORS,
    PLACEMENTS,
    PROBES,
    Probe,
    secrets_of,
)

#: Words of which at least one must name the field in a block message, by kind of value.
FIELD_WORDS = {
    "name": ("name", "alias"),
    "birth date": ("birth",),
    "contact": ("contact", "phone", "mobile", "landline", "e-mail", "email", "number"),
    "address": ("address",),
    "school": ("school",),
    "placement": ("placement", "shelter", "residential", "address", "place"),
}
COVERED = [p for p in PROBES if p.covered and p.expect_block]
CONTROLS = [p for p in PROBES if not p.expect_block]


@pytest.fixture(scope="module")
def run(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path]]:
    root = tmp_path_factory.mktemp("leak-probes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEINTAKE_LOG_DIR", str(root / "logs"))
        db = harness.build(root / "db" / "cases.db")
        out = root / "out"
        out.mkdir()
        try:
            results = {r.probe.id: r for r in harness.run_all(db, out)}
            yield db, results, out
        finally:
            db.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def all_secrets() -> list[str]:
    """Every vault value of the office and its distinctive parts."""
    values: list[str] = []
    for family in FAMILIES.values():
        for person in family.persons:
            assert person.identity is not None
            ident = person.identity
            for key in ("legal_name", "birth_date", "address", "school", "contact"):
                if ident.get(key):
                    values.append(str(ident[key]))
            values.extend(ident.get("aliases", []))
    for minor in MINORS.values():
        assert minor.name is not None
        values.append(minor.name)
    for place in PLACEMENTS.values():
        values += [place["agency"], place["note"]]
    probe = Probe("all", "", "", tuple(values), "", "")
    return secrets_of(probe)


def leaked(text: str, secrets: list[str]) -> list[str]:
    folded = " ".join(text.casefold().split())
    return [s for s in secrets if " ".join(s.casefold().split()) in folded]


# --- the corpus itself ----------------------------------------------------------------------


def test_the_corpus_is_large_and_covers_every_category_and_field() -> None:
    assert len(PROBES) >= 300
    assert {p.category for p in PROBES} == set(CATEGORIES)
    assert {p.field for p in COVERED} == set(FIELDS)
    for p in PROBES:
        assert p.covered == (not p.reason), p.id  # every exclusion says why
        assert p.expect_block == bool(p.values), p.id
    for category in CATEGORIES:
        assert sum(p.category == category and p.covered for p in PROBES) >= 10, category


# --- every covered probe is blocked ---------------------------------------------------------


@pytest.mark.parametrize("probe", COVERED, ids=lambda p: p.id)
def test_probe_is_blocked(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path], probe: Probe
) -> None:
    _db, results, _out = run
    result = results[probe.id]
    reached = [o.output for o in result.leaked]
    assert not reached, f"{probe.id} ({probe.field}) was printed by the {', '.join(reached)}: {probe.text!r}"
    secrets = secrets_of(probe)
    for outcome in result.outcomes:
        if not outcome.blocked:
            continue  # an output that does not print this field
        message = outcome.message
        assert not leaked(message, secrets), f"the block message repeats the value: {message!r}"
        if outcome.output == "import":
            continue  # refused at input: the importer's message names the field path
        folded = message.casefold()
        words = FIELD_WORDS[probe.kind] + (("name",) if any("@" in v for v in probe.values) else ())
        assert any(word in folded for word in words), (
            f"the block message does not name the field ({probe.kind}): {message!r}"
        )
        person = _owner(probe)
        if person is not None and probe.category != "office-wide":
            assert person in message, f"the block message does not name {person}: {message!r}"


def _owner(probe: Probe) -> str | None:
    if not probe.owner or probe.owner.split(".")[0] not in FAMILIES:
        return None
    family, who = probe.owner.split(".")
    return FAMILIES[family].person(who).pseudonym


# --- what must still print ------------------------------------------------------------------


def test_the_outputs_print_the_fields_they_should(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path],
) -> None:
    """The harness finds what each output prints; a sentinel word names no one, so never blocks."""
    db, _results, _out = run
    assert not db.sentinel_blocks
    summaries = [fields for output, fields in db.prints.items() if output.startswith("hearing summary")]
    assert summaries and all(
        {"summary", "hearing court", "docket", "evidence description"} <= f for f in summaries
    )
    assert {"hearing court"} <= db.prints["calendar"]


@pytest.mark.parametrize("probe", CONTROLS, ids=lambda p: p.id)
def test_negative_control_prints(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path], probe: Probe
) -> None:
    _db, results, _out = run
    blocked = [o for o in results[probe.id].outcomes if o.blocked]
    assert not blocked, f"{probe.id} names no one but was blocked: {blocked[0].message!r} ({probe.text!r})"


@pytest.mark.parametrize("family", [*FAMILIES, *MINORS])
def test_a_clean_case_prints_and_names_no_one(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path], family: str
) -> None:
    db, _results, out = run
    label = f"clean-{family}"
    if label in db.refused:
        assert family in MINORS, db.refused[label]  # a plain-name child refused at input: fine
        return
    summary = harness.print_summary(db, label, out)
    assert not summary.blocked, summary.message
    assert summary.written is not None
    text = pdf_text(summary.written)
    assert not leaked(text, all_secrets())
    if family in FAMILIES:  # the victim and the accused appear by their court initials
        for person in FAMILIES[family].persons:
            if person.role in ("victim", "accused"):
                assert person.pseudonym and person.pseudonym in text
    calendar = harness.export_calendar(db, label)
    assert not calendar.blocked, calendar.message


@pytest.mark.parametrize("key", list(PLACEMENTS))
def test_a_case_in_a_shelter_prints_without_naming_the_shelter(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path], key: str
) -> None:
    """DESIGN §2.4: a document says "in residential care (DSWD)", never the facility or its place."""
    db, _results, out = run
    summary = harness.print_summary(db, f"placement-{key}", out)
    assert not summary.blocked, summary.message
    assert summary.written is not None
    assert not leaked(pdf_text(summary.written), all_secrets())


def test_the_counts_csv_carries_no_vault_value(
    run: tuple[harness.ProbeDatabase, dict[str, harness.ProbeResult], Path], tmp_path: Path
) -> None:
    """No free text reaches the counts CSV; every dimension is a code, a band or a month."""
    db, _results, _out = run
    for dims in (
        "month,region,offense",
        "year,victim_sex,victim_age,status",
        "quarter,source,referral",
        "year,accused_relationship,accused_nationality",
    ):
        out = tmp_path / f"{dims.replace(',', '-')}.csv"
        try:
            export_counts(db.supervisor, out, dims, min_cell=3, all_cases=True)
        except IdentityLeak as exc:
            pytest.fail(f"the counts export by {dims} was blocked: {exc}")
        assert not leaked(out.read_text(encoding="utf-8"), all_secrets())
