"""The counts report in English or Filipino (issue 16, item 2): one catalogue, two languages.

Court documents stay in English; the counts PDF and the donor report can be printed in Filipino.
Its words come from ``domain/report_words_en.py`` and ``report_words_fil.py`` (no Qt below the
GUI). The CSV and its metadata file stay English in both languages.
"""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.codes import CaseStatus, Offense, ReferralKind, Region, Relationship, SourceKind
from caseintake.domain.counts import AGE_LABELS, DIMENSIONS, NONE, OTHER, TOTAL, UNKNOWN
from caseintake.domain.errors import InvalidInput
from caseintake.domain.report_language import LANGUAGES, check_language, joined, phrase, value_name
from caseintake.domain.report_words_en import ENGLISH
from caseintake.domain.report_words_fil import FILIPINO
from caseintake.reports.counts_pdf import counts_pdf, donor_report_pdf, pdf_text
from caseintake.reports.pdf_safety import verify_pdf_bytes
from caseintake.services.counts import build_counts, build_donor_tables, export_counts, export_donor_report
from caseintake.services.demo import fill_with_demo_cases
from caseintake.stats.counts import CountsTable
from caseintake.stats.counts_csv import counts_csv, counts_meta, header_facts
from caseintake.stats.suppression import Cell

TODAY = date(2026, 5, 15)
Store = dict[str, Any]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- the catalogue ----------------------------------------------------------------------------


def test_every_phrase_has_both_languages_and_the_same_placeholders() -> None:
    assert set(LANGUAGES) == {"en", "fil"}
    assert set(ENGLISH) == set(FILIPINO), sorted(set(ENGLISH) ^ set(FILIPINO))
    for key, english in ENGLISH.items():
        filipino = FILIPINO[key]
        assert english.strip() and filipino.strip(), key
        assert placeholders(english) == placeholders(filipino), key


def test_only_placeholders_and_signs_read_the_same_in_both() -> None:
    """A phrase left in English in the Filipino catalogue is caught here, before any PDF."""
    same = {key for key, english in ENGLISH.items() if FILIPINO[key] == english}
    assert same == {"footer.label", "fact.threshold.text"}  # "{title} · {footer}", "{k} ({rule})"


def test_every_phrase_can_be_filled() -> None:
    """A stray brace (``{0}``, ``{``) would only fail when that phrase is printed."""
    for language, words in LANGUAGES.items():
        for key, template in words.items():
            filled = phrase(language, key, **dict.fromkeys(placeholders(template), "V"))
            assert "{" not in filled and "}" not in filled, (language, key)


def _printed_before(dim: str, value: str) -> str:
    """How the counts PDF printed a code before it had a language: kept as the English contract."""
    if value == TOTAL:
        return "Total"
    if dim == "victim_sex":
        return {"F": "female", "M": "male", "U": "unknown"}.get(value, value)
    return value.replace("_", " ")


DOMAINS = {
    "region": [*Region, UNKNOWN],
    "offense": list(Offense),
    "victim_sex": ["F", "M", "U", NONE],
    "victim_age": [*AGE_LABELS.values(), NONE],
    "status": [*CaseStatus, UNKNOWN],
    "source": [*SourceKind, UNKNOWN],
    "referral": [*ReferralKind, NONE],
    "accused_relationship": [*Relationship, UNKNOWN, NONE],
    "accused_nationality": ["PH", "US", OTHER, UNKNOWN, NONE],
    "quarter": ["2026-Q1"],
}


@pytest.mark.parametrize("dim", list(DOMAINS))
def test_english_values_read_as_they_always_did_and_filipino_names_every_word(dim: str) -> None:
    for value in [*DOMAINS[dim], TOTAL]:
        assert value_name("en", dim, value) == _printed_before(dim, value)
        english, filipino = value_name("en", dim, value), value_name("fil", dim, value)
        # A code that is a word gets a Filipino word; a code that is a code (VII, PH, 18+) stays.
        if re.search(r"[a-z]{3,}", english):
            assert filipino != english, (dim, value)


def test_english_dimension_and_fact_words_come_from_the_one_vocabulary() -> None:
    for name, dimension in DIMENSIONS.items():
        assert ENGLISH[f"dimension.title.{name}"] == dimension.title
        assert ENGLISH[f"dimension.fact.{name}"] == name
    for label, _ in header_facts_of_some_table():
        assert phrase("en", "fact." + label.replace(" ", "_")) == label[0].upper() + label[1:]


def header_facts_of_some_table() -> list[tuple[str, str]]:
    from caseintake.domain.counts import Period

    table = CountsTable(
        ("year", "offense"), (("2026",), ("grooming",)), (), Period("2026-01", "2026-05"), 5, False,
        as_of="2026-05",
    )  # fmt: skip
    return header_facts(table, TODAY)


def test_joined_and_unknown_languages() -> None:
    assert joined("en", ["a", "b", "c"], "and") == "a and b and c"
    assert joined("fil", ["a", "b"], "or") == "a o b"
    assert check_language("fil") == "fil"
    with pytest.raises(InvalidInput) as refused:
        check_language("es")
    assert refused.value.code == "counts_unknown_language" and refused.value.params["language"] == "es"


# --- the Filipino PDF -------------------------------------------------------------------------


@pytest.fixture
def demo(store: Store) -> Store:
    fill_with_demo_cases(store["sup"], 400, seed=5, today=TODAY, parallel=False)
    return store


def flat(text: str) -> str:
    return " ".join(text.split())


#: English words a Filipino reader uses as they are, so the Filipino report prints them too.
LOANWORDS = {"hotline", "grooming", "legal", "referral"}


def english_leftovers(text: str) -> list[str]:
    """Fixed English words of the catalogue found in a Filipino document's text.

    Each English phrase is cut at its placeholders; a piece is looked for when it has a word of
    three letters or more and is not a loanword."""
    found = []
    for key, english in ENGLISH.items():
        for part in re.split(r"\{[^}]*\}", english):
            piece = flat(part).strip(" ·,:;.")
            if not re.search(r"[A-Za-z]{3,}", piece) or piece in LOANWORDS:
                continue
            if re.search(rf"(?<![A-Za-z]){re.escape(piece)}(?![A-Za-z])", text):
                found.append(f"{key}: {piece!r}")
    return found


FILIPINO_WORDS = [
    FILIPINO["title"],
    FILIPINO["banner.headline"],
    "Talahanayan",
    "Pahina 1 ng",
    "ID ng dokumento",
    "Tuntunin sa pahintulot",
    "nakatago",
    "Kabuuan",
]


@pytest.mark.parametrize(
    ("dims", "unit"),
    [
        ("year,offense,victim_sex", "children"),
        ("quarter,region", "accused"),
        ("month,source", "cases"),
        ("status,referral,accused_relationship", "cases"),
    ],
)
def test_the_filipino_pdf_speaks_filipino_and_leaves_no_english(demo: Store, dims: str, unit: str) -> None:
    table = build_counts(demo["sup"], dims, today=TODAY, unit=unit)
    data = counts_pdf(table, generated=TODAY, office="Tanggapan ng Tulong-Legal", language="fil")
    assert verify_pdf_bytes(data) == []
    text = flat(pdf_text(data))
    for words in FILIPINO_WORDS:
        assert words in text, words
    assert english_leftovers(text) == []
    # The same table in English is what it always was, and is found out by the same check.
    english = flat(pdf_text(counts_pdf(table, generated=TODAY, office="Tanggapan ng Tulong-Legal")))
    assert "Anonymized case counts" in english and "Page 1 of" in english
    assert english_leftovers(english)


def test_the_filipino_donor_report(demo: Store) -> None:
    tables = build_donor_tables(demo["sup"], today=TODAY, start="2024-01")
    data = donor_report_pdf(tables, generated=TODAY, document_id="ABC123", language="fil")
    assert verify_pdf_bytes(data) == []
    text = flat(pdf_text(data))
    for words in [
        FILIPINO["donor.title"],
        FILIPINO["donor.offense"],
        FILIPINO["donor.victim_age,victim_sex"],
    ]:
        assert words in text, words
    assert "ID ng dokumento ABC123" in text
    assert english_leftovers(text) == []


def test_the_filipino_pdf_never_prints_a_suppressed_value(demo: Store) -> None:
    table = build_counts(demo["sup"], "region,victim_age,status", today=TODAY)
    marked = [Cell(c.key, 987_654 if c.suppressed else c.count, c.suppressed) for c in table.cells]
    rigged = CountsTable(table.dims, table.domains, tuple(marked), table.period, table.min_cell, False)
    text = pdf_text(counts_pdf(rigged, generated=TODAY, language="fil"))
    assert "987" not in text and "654" not in text


def test_the_csv_and_its_metadata_stay_english(demo: Store, tmp_path: Path) -> None:
    sup = demo["sup"]
    table = build_counts(sup, "year,offense", today=TODAY)
    english_facts = header_facts(table, TODAY)
    filipino_facts = header_facts(table, TODAY, "fil")
    assert [label for label, _ in filipino_facts] == [label for label, _ in english_facts]
    assert dict(filipino_facts)["consent rule"] == FILIPINO["fact.consent.only"]
    # The first export, so the file holds exactly this table (no earlier export constrains it).
    done = export_counts(sup, tmp_path / "fil.csv", "year,offense", today=TODAY, language="fil")
    assert done.path.read_bytes().decode("ascii") == counts_csv(table, generated=TODAY)
    meta = done.meta.read_text("ascii")  # type: ignore[union-attr]
    assert meta == counts_meta(table, generated=TODAY, csv_name="fil.csv")
    assert "pahintulot" not in meta and "Kabuuan" not in done.path.read_text("ascii")


def test_exports_write_the_filipino_pdf_and_refuse_an_unknown_language(demo: Store, tmp_path: Path) -> None:
    sup = demo["sup"]
    done = export_counts(sup, tmp_path / "fil.pdf", "year,region", today=TODAY, language="fil")
    assert FILIPINO["title"] in flat(pdf_text(done.path.read_bytes()))
    donor = export_donor_report(sup, tmp_path / "donor.pdf", today=TODAY, language="fil")
    assert FILIPINO["donor.title"] in flat(pdf_text(donor.path.read_bytes()))
    with pytest.raises(InvalidInput, match="report language"):
        export_counts(sup, tmp_path / "es.pdf", today=TODAY, language="es")
    with pytest.raises(InvalidInput, match="report language"):
        export_donor_report(sup, tmp_path / "es2.pdf", today=TODAY, language="es")
    assert not (tmp_path / "es.pdf").exists() and not (tmp_path / "es2.pdf").exists()
