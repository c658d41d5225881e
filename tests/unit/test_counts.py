"""Anonymized counts (issue 5): what the CSV and the PDF publish, and what they must never publish.

The attacker tests read the CSV back as a recipient would and hand what it publishes to the
independent integer searches of ``test_suppression``; the true values of the hidden cells come
from the table in memory, only so the attacker's verdict can be checked against them.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, PermissionDenied
from caseintake.reports.counts_pdf import counts_pdf, pdf_text
from caseintake.reports.pdf_safety import verify_pdf_bytes
from caseintake.services.counts import build_counts, export_counts
from caseintake.services.demo import fill_with_demo_cases
from caseintake.stats.counts import AGE_LABELS, DIMENSIONS, CountsTable
from caseintake.stats.counts_csv import counts_csv
from caseintake.stats.suppression import TOTAL, Cell, age_band
from tests.conftest import import_cases, sample_case
from tests.unit.test_suppression import assert_no_small_cell_recoverable

try:
    import scipy  # noqa: F401 - only to know whether the integer-programming attacker can run
except ImportError:
    HAVE_SCIPY = False
else:
    HAVE_SCIPY = True

TODAY = date(2026, 5, 15)
Store = dict[str, Any]


def case(opened_on: str, region: str = "VII", **overrides: Any) -> dict[str, Any]:
    """A sample case without the parts counts never read, opened on a given day in a region."""
    return sample_case(opened_on=opened_on, region=region, hearings=[], notes=[], evidence=[], **overrides)


@pytest.fixture
def demo(store: Store) -> Store:
    fill_with_demo_cases(store["sup"], 400, seed=5, today=TODAY, parallel=False)
    return store


def parse_csv(text: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """(comment lines, header without the ``_name`` columns, rows) as a csv reader sees them."""
    lines = text.splitlines()
    comments = [line for line in lines if line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = list(reader)
    return comments, [f for f in reader.fieldnames or [] if not f.endswith("_name")], rows


def published_cells(text: str, truth: CountsTable) -> list[Cell]:
    """Cells rebuilt from the CSV; a hidden cell gets its true value only for the attacker's check."""
    _, header, rows = parse_csv(text)
    dims = header[:-2]
    true = {c.key: c.count for c in truth.cells}
    cells = []
    for row in rows:
        key = tuple(row[d] for d in dims)
        hidden = row["suppressed"] == "true"
        cells.append(Cell(key, true[key] if hidden else int(row["count"]), hidden))
    return cells


def lines(cells: list[Cell], ndim: int) -> Iterator[list[Cell]]:
    """Every row, column and pillar of the table, margins included: one coordinate varies."""
    by_key = {c.key: c for c in cells}
    values = [list(dict.fromkeys(c.key[k] for c in cells)) for k in range(ndim)]
    for k in range(ndim):
        others = [values[j] for j in range(ndim) if j != k]
        for fixed in itertools.product(*others):
            yield [by_key[(*fixed[:k], v, *fixed[k:])] for v in values[k]]


# --- what the CSV publishes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dims", "k"),
    [("year,region", 5), ("quarter,offense", 3), ("region,victim_sex,victim_age", 5), ("status,referral", 8)],
)
def test_no_published_count_is_small_and_count_matches_suppressed(demo: Store, dims: str, k: int) -> None:
    text = counts_csv(build_counts(demo["sup"], dims, min_cell=k, today=TODAY), generated=TODAY)
    comments, header, rows = parse_csv(text)
    assert comments == []
    assert header == [*dims.split(","), "count", "suppressed"]
    assert rows and any(r["suppressed"] == "true" for r in rows)
    for row in rows:
        assert row["suppressed"] in ("true", "false")
        if row["suppressed"] == "true":
            assert row["count"] == ""
        else:
            count = int(row["count"])
            assert count == 0 or count >= k, row


def test_every_line_with_a_hidden_cell_has_another(demo: Store) -> None:
    """A single hidden cell in a row would be its total minus the rest."""
    table = build_counts(demo["sup"], "year,region,offense", today=TODAY)
    cells = published_cells(counts_csv(table, generated=TODAY), table)
    for line in lines(cells, 3):
        assert sum(c.suppressed for c in line) != 1, [c.key for c in line]


def test_single_small_cell_in_a_row_gets_a_complementary_one(store: Store) -> None:
    sup = store["sup"]
    import_cases(
        sup,
        *[case("2025-03-01", "VII") for _ in range(6)],
        case("2026-03-01", "VII"),
        *[case("2025-04-01", "NCR") for _ in range(7)],
        *[case("2026-04-01", "NCR") for _ in range(8)],
    )
    table = build_counts(sup, "year,region", start="2025-01", end="2026-12", today=TODAY)
    cells = {c.key: c for c in published_cells(counts_csv(table, generated=TODAY), table)}
    assert cells[("2026", "VII")].suppressed  # the 1
    row = [cells[(year, "VII")] for year in ("2025", "2026", TOTAL)]
    column = [cells[("2026", region)] for region in ("NCR", "VII", TOTAL)]
    assert sum(c.suppressed for c in row) >= 2
    assert sum(c.suppressed for c in column) >= 2


def test_attacker_solving_the_csv_exactly_recovers_nothing(store: Store) -> None:
    """A small table the exhaustive search can settle, read from the file as published."""
    sup = store["sup"]
    import_cases(
        sup,
        *[case("2025-02-01", "VII") for _ in range(9)],
        *[case("2025-05-01", "VII") for _ in range(2)],
        *[case("2025-06-01", "NCR") for _ in range(6)],
        case("2025-08-01", "NCR"),
        *[case("2025-11-01", "VI") for _ in range(3)],
        *[case("2025-12-01", "VII") for _ in range(5)],
    )
    table = build_counts(sup, "quarter,region", start="2025-01", end="2025-12", today=TODAY)
    cells = published_cells(counts_csv(table, generated=TODAY), table)
    assert 2 <= sum(c.suppressed and c.count and TOTAL not in c.key for c in cells) <= 12
    # The zeros hidden beside them make too many unknowns for the exhaustive search.
    assert_no_small_cell_recoverable(cells, 5, solver="milp" if HAVE_SCIPY else "search")


@pytest.mark.skipif(not HAVE_SCIPY, reason="scipy is not installed")
@pytest.mark.parametrize("dims", ["year,region", "quarter,status", "year,source,status"])
def test_attacker_with_integer_programming_recovers_nothing_from_demo_csv(demo: Store, dims: str) -> None:
    table = build_counts(demo["sup"], dims, today=TODAY)
    cells = published_cells(counts_csv(table, generated=TODAY), table)
    assert any(c.suppressed for c in cells)
    assert_no_small_cell_recoverable(cells, 5, solver="milp")


def test_csv_reads_back_with_the_right_types(demo: Store) -> None:
    table = build_counts(demo["sup"], "quarter,victim_age", today=TODAY)
    text = counts_csv(table, generated=TODAY)
    assert text.isascii() and "\r\n" in text and "\n" not in text.replace("\r\n", "")
    comments, header, rows = parse_csv(text)
    assert len(rows) == len(table.cells)
    for row, cell in zip(rows, table.cells, strict=True):
        assert tuple(row[d] for d in header[:-2]) == cell.key
        assert (None if row["count"] == "" else int(row["count"])) == cell.published_count
        assert (row["suppressed"] == "true") is cell.suppressed
    values = {v for row in rows for v in row.values()}
    # Spreadsheets run formulas and turn "6-11" into a date: no value may start like one.
    assert not any(v[:1] in "=+-@" for v in values if v)
    assert not any(re.fullmatch(r"\d{1,2}-\d{1,2}", v) for v in values)
    assert comments == []


def test_csv_opens_in_pandas_without_options(demo: Store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    table = build_counts(demo["sup"], "quarter,region,offense", start="2025-01", end="2025-12", today=TODAY)
    path = tmp_path / "counts.csv"
    path.write_text(counts_csv(table, generated=TODAY), encoding="ascii", newline="")
    frame = pd.read_csv(path)
    assert list(frame.columns) == [
        "quarter", "quarter_name", "region", "region_name", "offense", "offense_name", "count", "suppressed",
    ]  # fmt: skip
    assert len(frame) == len(table.cells)
    assert frame["suppressed"].dtype == bool
    assert frame.loc[~frame["suppressed"], "count"].notna().all()
    assert frame.loc[frame["suppressed"], "count"].isna().all()
    grand = frame[(frame["quarter"] == "*") & (frame["region"] == "*") & (frame["offense"] == "*")]
    assert grand["region_name"].tolist() == ["Total"]
    names = dict(zip(frame["region"], frame["region_name"], strict=False))
    assert names["BARMM"] == "Bangsamoro Autonomous Region in Muslim Mindanao"
    assert names["VII"] == "Central Visayas"


def test_metadata_states_period_threshold_consent_unit_figures_and_glossary(demo: Store) -> None:
    from caseintake import __version__
    from caseintake.stats.counts_csv import counts_meta

    table = build_counts(demo["sup"], "year,offense", min_cell=7, start="2025-02", end="2026-05", today=TODAY)
    meta = json.loads(counts_meta(table, generated=TODAY, csv_name="c.csv"))
    facts = meta["facts"]
    assert "2025-02 to 2026-05" in facts["period"]
    assert facts["threshold K"].startswith("7 (counts from 1 to 6 are suppressed")
    assert facts["consent rule"] == "only cases whose consent to statistics is yes"
    assert "offense mentions" in facts["unit"]
    assert "once for each" in facts["counting"]
    assert facts["generated"] == "2026-05"
    assert facts["software"] == f"caseintake {__version__}"
    assert "could be 0" in facts["zeros"]
    assert meta["period"]["partial"] == ["2026"]  # the year of 2026-05 is not over
    assert "(partial)" in counts_csv(table, generated=TODAY)
    summary = meta["suppression"]
    assert summary["cells"] == len(table.cells)
    assert summary["suppressed_cells"] == sum(c.suppressed for c in table.cells)
    assert {"count", "suppressed", "*", "offense"} <= set(meta["glossary"])
    assert "cases opened in the period" in facts["left out by consent"] or facts[
        "left out by consent"
    ].startswith("none")


def test_nothing_finer_than_a_month_and_no_identifier_or_free_text(store: Store) -> None:
    sup = store["sup"]
    refs = import_cases(sup, *[case(f"2026-0{m}-1{m}") for m in range(1, 8)])
    words = ["Referred", "siblings", "regional", "Cebu", "CT-2026-0001234", "Maria", "Bautista", "Neneng"]
    uuids = [str(r[0]) for r in sup.db.all("SELECT uuid FROM cases UNION ALL SELECT uuid FROM person")]
    for dims in (
        "month,region,offense",
        "quarter,source,referral",
        "year,accused_relationship,accused_nationality",
    ):
        table = build_counts(sup, dims, min_cell=3, all_cases=True, today=TODAY)
        for text in (counts_csv(table, generated=TODAY), pdf_text(counts_pdf(table, generated=TODAY))):
            assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}", text)
            for secret in [*refs, *words, *uuids]:
                assert secret.lower() not in text.lower(), secret


# --- who and what is counted ------------------------------------------------------------------


def test_consent_rule_excludes_no_and_unknown_unless_all_cases(store: Store) -> None:
    sup = store["sup"]
    import_cases(
        sup,
        *[case("2026-01-05", consent_statistics="yes") for _ in range(6)],
        *[case("2026-01-06", consent_statistics="no") for _ in range(7)],
        *[case("2026-01-07", consent_statistics="unknown") for _ in range(5)],
    )
    only = build_counts(sup, "year", start="2026-01", end="2026-01", today=TODAY)
    every = build_counts(sup, "year", start="2026-01", end="2026-01", all_cases=True, today=TODAY)
    assert only.cells[-1].published_count == 6
    assert every.cells[-1].published_count == 18
    from caseintake.stats.counts_csv import counts_meta

    only_meta = json.loads(counts_meta(only, generated=TODAY))["facts"]
    assert only_meta["consent rule"] == "only cases whose consent to statistics is yes"
    assert only_meta["left out by consent"].startswith("about 10 cases")  # 12 left out, rounded
    every_meta = json.loads(counts_meta(every, generated=TODAY))["facts"]
    assert every_meta["consent rule"].startswith("all cases whatever their consent")


def test_period_filter_counts_whole_months_and_lists_each(store: Store) -> None:
    sup = store["sup"]
    import_cases(
        sup,
        *[case("2025-12-31") for _ in range(3)],
        *[case("2026-01-01") for _ in range(4)],
        *[case("2026-03-31") for _ in range(5)],
        *[case("2026-04-01") for _ in range(6)],
    )
    table = build_counts(sup, "month", min_cell=3, start="2026-01", end="2026-03", today=TODAY)
    assert [(c.key, c.published_count) for c in table.cells] == [
        (("2026-01",), 4),
        (("2026-02",), 0),
        (("2026-03",), 5),
        ((TOTAL,), 9),
    ]
    with pytest.raises(InvalidInput, match="empty"):
        build_counts(sup, "month", start="2026-03", end="2026-01", today=TODAY)
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        build_counts(sup, "month", start="2026-01-15", today=TODAY)


def test_several_values_count_once_each_and_victim_dimensions_pair_up(store: Store) -> None:
    sup = store["sup"]
    two_victims = {
        "persons": [
            {"role": "victim", "sex": "F", "age": 13, "identity": {"legal_name": "Ana Reyes"}},
            {"role": "victim", "sex": "F", "age": 12, "identity": {"legal_name": "Bea Reyes"}},
            {"role": "victim", "sex": "M", "birth_year": 2017, "identity": {"legal_name": "Carlo Reyes"}},
        ]
    }
    import_cases(sup, case("2026-02-02", **two_victims))
    table = build_counts(sup, "victim_sex,victim_age", min_cell=3, today=TODAY)
    true = {c.key: c.count for c in table.cells}
    assert true[("F", "12 to 14")] == 1  # two girls of 12 and 13: one case, counted once
    assert true[("M", "6 to 11")] == 1  # born 2017, opened 2026: 9
    assert true[("F", "6 to 11")] == 0  # never a girl's sex with the boy's age
    offenses = build_counts(sup, "offense", min_cell=3, today=TODAY)
    assert {c.key[0]: c.count for c in offenses.cells}["osaec_livestream"] == 1
    assert offenses.cells[-1].count == 2  # one case, two offenses
    from caseintake.stats.counts_csv import counts_meta

    assert "once for each" in json.loads(counts_meta(offenses, generated=TODAY))["facts"]["counting"]


@pytest.mark.parametrize("age", [0, 5, 6, 11, 12, 14, 15, 17, 18, 40, None])
def test_age_bands_in_sql_match_age_band(store: Store, age: int | None) -> None:
    victim: dict[str, Any] = {"role": "victim", "sex": "F", "identity": {"legal_name": "Ana Reyes"}}
    if age is not None:
        victim["age"] = age
    import_cases(store["sup"], case("2026-02-02", persons=[victim]))
    table = build_counts(store["sup"], "victim_age", min_cell=3, today=TODAY)
    assert {c.key[0] for c in table.cells if c.count} == {AGE_LABELS[age_band(age)], TOTAL}


def test_rare_nationality_is_pooled_and_never_named(store: Store) -> None:
    def accused(nationality: str) -> dict[str, Any]:
        return {
            "persons": [
                {"role": "victim", "sex": "F", "age": 12, "identity": {"legal_name": "Ana Reyes"}},
                {
                    "role": "accused",
                    "relationship": "foreign_online",
                    "nationality": nationality,
                    "name": "X Y",
                },
            ]
        }

    import_cases(
        store["sup"],
        *[case("2026-01-02", **accused("US")) for _ in range(5)],
        case("2026-01-03", **accused("IS")),
    )
    table = build_counts(store["sup"], "accused_nationality", today=TODAY)
    assert table.domains[0] == ("PH", "US", "other", "unknown", "none")
    rows = parse_csv(counts_csv(table, generated=TODAY))[2]
    assert [r["accused_nationality"] for r in rows] == ["PH", "US", "other", "unknown", "none", TOTAL]


# --- refusals, the file, the register -----------------------------------------------------------


@pytest.mark.parametrize("role", ["worker", "lawyer"])
def test_only_supervisors_count(store: Store, tmp_path: Path, role: str) -> None:
    out = tmp_path / "counts.csv"
    with pytest.raises(PermissionDenied):
        export_counts(store[role], out)
    with pytest.raises(PermissionDenied):
        build_counts(store[role])
    assert not out.exists()
    assert store["sup"].db.scalar("SELECT COUNT(*) FROM document") == 0


@pytest.mark.parametrize("k", [2, 1, 0, -5])
def test_threshold_below_three_is_refused(store: Store, tmp_path: Path, k: int) -> None:
    with pytest.raises(InvalidInput, match="at least 3"):
        export_counts(store["sup"], tmp_path / "c.csv", min_cell=k)
    assert not (tmp_path / "c.csv").exists()


@pytest.mark.parametrize(
    ("dims", "message"),
    [
        ("year,colour", "Unknown dimension"),
        ("year,region,offense,status,source", "at most 4"),
        ("region,region", "only once"),
        ("month,year", "one period"),
        ("", "at least one"),
    ],
)
def test_bad_dimensions_are_refused(store: Store, dims: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        build_counts(store["sup"], dims)


def test_every_dimension_of_the_design_is_known() -> None:
    assert list(DIMENSIONS) == [
        "month", "quarter", "year", "region", "offense", "victim_sex", "victim_age", "status",
        "source", "referral", "accused_relationship", "accused_nationality",
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_export_writes_registers_and_audits_without_values(demo: Store, tmp_path: Path, suffix: str) -> None:
    import hashlib

    sup = demo["sup"]
    out = tmp_path / f"counts{suffix}"
    done = export_counts(sup, out, "year,region,status", min_cell=6, today=TODAY)
    data = out.read_bytes()
    assert done.sha256 == hashlib.sha256(data).hexdigest()
    kind, case_id, digest = sup.db.one(
        "SELECT kind, case_id, sha256 FROM document WHERE id = ?", (done.document_id,)
    )
    assert (kind, case_id, digest) == (f"counts_{suffix[1:]}", None, done.sha256)
    details = json.loads(sup.db.scalar("SELECT details FROM audit WHERE action = 'counts.export'"))
    assert details == {
        "dims": ["year", "region", "status"],
        "min_cell": 6,
        "from": done.table.period.start,
        "to": "2026-05",
        "all_cases": False,
        "unit": "cases",
        "format": kind,
        "constrained_by": [],
    }
    if suffix == ".csv":
        assert json.loads(done.meta.read_text())["table_file"] == "counts.csv"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match=r"\.csv or \.pdf"):
        export_counts(sup, tmp_path / "counts.xlsx", today=TODAY)


# --- the PDF ----------------------------------------------------------------------------------


def test_pdf_passes_the_no_media_check_and_marks_suppressed_cells(demo: Store) -> None:
    table = build_counts(demo["sup"], "quarter,region", today=TODAY)
    data = counts_pdf(table, generated=TODAY, office="Legal Aid Office")
    assert verify_pdf_bytes(data) == []
    text = pdf_text(data)
    assert "Anonymized case counts" in text and "suppressed" in text
    assert data == counts_pdf(table, generated=TODAY, office="Legal Aid Office")  # no timestamp inside


@pytest.mark.parametrize("dims", ["year,region", "month,offense", "region,victim_age,status"])
def test_pdf_never_prints_a_suppressed_value(demo: Store, dims: str) -> None:
    """Give every hidden cell an impossible value: if any reached the page, text or chart axis,
    it would show."""
    table = build_counts(demo["sup"], dims, today=TODAY)
    assert any(c.suppressed for c in table.cells)
    marked = [Cell(c.key, 987_654 if c.suppressed else c.count, c.suppressed) for c in table.cells]
    rigged = CountsTable(table.dims, table.domains, tuple(marked), table.period, table.min_cell, False)
    text = pdf_text(counts_pdf(rigged, generated=TODAY))
    assert "987" not in text and "654" not in text
    # An axis scaled on a hidden value would reach hundreds of thousands; years stop at 2100.
    largest = max(int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text))
    assert largest < max(10 * max(c.count for c in table.cells if not c.suppressed) + 10, 2100)
