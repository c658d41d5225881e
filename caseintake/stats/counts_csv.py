"""The counts table as a long-format CSV, its companion metadata file, and the facts both state.

The CSV is only the table, so ``pandas.read_csv(path)``, LibreOffice and Excel open it with
their defaults: one header row, then one row per combination. For each dimension, its code and
beside it a ``_name`` column in words (a period's name says "(partial)" while it is not over);
then ``count`` and ``suppressed`` (``true`` or ``false``). A suppressed row leaves ``count``
empty, so its value is not in the file at all; ``*`` in a code column (``Total`` in the name)
marks a total over that dimension; the last row is the grand total. ASCII, CRLF line ends
(RFC 4180).

Everything a reader needs to interpret it (rule, K, consent rule and the cases it left out,
unit, how much was hidden, partial periods, earlier exports that constrained this one, a
glossary) is in ``FILE.meta.json`` beside it: plain JSON, written and leak-checked with the CSV.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from caseintake import __version__
from caseintake.stats.counts import PERIOD_DIMENSIONS, UNIT_WORDS, CountsTable
from caseintake.stats.counts_names import GLOSSARY_DIMENSIONS, value_name
from caseintake.stats.suppression import TOTAL

CONSENT_ONLY = "only cases whose consent to statistics is yes"
CONSENT_ALL = "all cases whatever their consent to statistics (chosen by the supervisor)"
META_SUFFIX = ".meta.json"

_PLURALS = {
    "offense": "offenses",
    "victim_sex": "victims",
    "victim_age": "victims",
    "referral": "referral kinds",
    "accused_relationship": "accused",
    "accused_nationality": "accused",
}
_MENTIONS = {
    "offense": "offense mentions",
    "victim_sex": "victim mentions",
    "victim_age": "victim mentions",
    "referral": "referral mentions",
    "accused_relationship": "accused mentions",
    "accused_nationality": "accused mentions",
}


def meta_path(csv_path: Path) -> Path:
    """``counts.csv`` → ``counts.meta.json``."""
    return csv_path.with_name(csv_path.stem + META_SUFFIX)


def consent_rule(all_cases: bool) -> str:
    return CONSENT_ALL if all_cases else CONSENT_ONLY


def unit_statement(table: CountsTable) -> str:
    """What one count is, said out loud."""
    base = UNIT_WORDS[table.unit]
    several = list(dict.fromkeys(_MENTIONS[d] for d in table.multi_valued))
    if not several:
        return f"each count is a number of {base}"
    return f"each count is a number of {base} per value: {' and '.join(several)}, not distinct {base}"


def counting_rule(table: CountsTable) -> str:
    """The sentence the issue asks every file to carry about cases with several values."""
    several = list(dict.fromkeys(_PLURALS[d] for d in table.multi_valued))
    if not several:
        return f"each of the {UNIT_WORDS[table.unit]} counts once in this table"
    return (
        f"{UNIT_WORDS[table.unit]} with several values count once per value (with several"
        f" {' or '.join(several)} once for each) so totals over those dimensions can exceed the number"
        f" of {UNIT_WORDS[table.unit]}"
    )


def left_out_statement(table: CountsTable) -> str:
    """The cases the consent rule left out, rounded to tens so it adds nothing exact."""
    if table.all_cases:
        return "none: every case is counted"
    n = table.left_out
    if n == 0:
        return "none: every case opened in the period consented"
    if n < 10:
        return "fewer than 10 cases opened in the period (consent to statistics not given)"
    return (
        f"about {round(n, -1):,} cases opened in the period (consent to statistics not given;"
        " rounded to tens)"
    )


def suppression_summary(table: CountsTable) -> dict[str, Any]:
    cells = len(table.cells)
    hidden = table.suppressed_cells
    summary: dict[str, Any] = {
        "cells": cells,
        "suppressed_cells": hidden,
        "suppressed_cells_holding_cases": table.suppressed_nonzero,
        "suppressed_zero_cells": hidden - table.suppressed_nonzero,
        "share_of_cells_suppressed": round(hidden / cells, 3) if cells else 0.0,
    }
    grand = table.grand_total
    if not grand.suppressed:
        hidden_sum = sum(c.count for c in table.interior if c.suppressed)
        # The grand total is published, so this is already the total less the published cells.
        summary[f"{table.unit}_in_suppressed_cells"] = hidden_sum
        summary["share_of_count_suppressed"] = round(hidden_sum / grand.count, 3) if grand.count else 0.0
    else:
        summary[f"{table.unit}_in_suppressed_cells"] = "not stated: the grand total is suppressed"
    return summary


def rule_text(k: int) -> str:
    return (
        f"counts from 1 to {k - 1} are suppressed; further cells are suppressed so that no suppressed"
        " count can be worked out, narrowed below K or told apart from 0, from this table together"
        " with every earlier export recorded by this office"
    )


ZERO_RULE = (
    "a suppressed cell may hold 0: zeros on any row or column through a suppressed cell are suppressed"
    " too, and every suppressed cell could be 0 and could be K or more given all published numbers"
)


def header_facts(table: CountsTable, generated: date) -> list[tuple[str, str]]:
    """(label, statement) pairs shown in the metadata file and on the PDF's first page alike."""
    partial = table.partial_periods()
    facts = [
        ("period", f"cases opened from {table.period.start} to {table.period.end} (month of opening)"),
        ("unit", unit_statement(table)),
        ("dimensions", " x ".join(table.dims)),
        ("threshold K", f"{table.min_cell} ({rule_text(table.min_cell)})"),
        ("zeros", ZERO_RULE),
        ("consent rule", consent_rule(table.all_cases)),
        ("left out by consent", left_out_statement(table)),
        ("counting", counting_rule(table)),
    ]
    if partial:
        facts.append(("partial", f"{', '.join(partial)} was not over when the table was made"))
    facts += [
        ("totals", f"{TOTAL} in a dimension column marks a total over that dimension"),
        ("generated", f"{generated.year:04d}-{generated.month:02d}"),
        ("software", f"caseintake {__version__}"),
    ]
    return facts


def _name(table: CountsTable, dim: str, value: str, partial: set[str]) -> str:
    name = value_name(dim, value)
    if dim in PERIOD_DIMENSIONS and value in partial:
        name += " (partial)"
    return name


def counts_csv(table: CountsTable, *, generated: date) -> str:
    """The whole table as text (ASCII, CRLF line ends), with no line but the header and rows."""
    del generated  # the month made is in the metadata file; kept for a stable signature
    partial = set(table.partial_periods())
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    header: list[str] = []
    for dim in table.dims:
        header += [dim, f"{dim}_name"]
    writer.writerow([*header, "count", "suppressed"])
    for cell in table.cells:
        published = cell.published_count
        labels: list[str] = []
        for dim, value in zip(table.dims, cell.key, strict=True):
            labels += [value, _name(table, dim, value, partial)]
        writer.writerow([*labels, "" if published is None else published, str(cell.suppressed).lower()])
    return buffer.getvalue()


def counts_meta(table: CountsTable, *, generated: date, csv_name: str = "") -> str:
    """The companion ``.meta.json``: every fact, the suppression figures and a glossary."""
    glossary = {dim: GLOSSARY_DIMENSIONS[dim] for dim in table.dims}
    glossary.update(
        {
            "<dimension>_name": "the code of the column before it, in words",
            "count": f"number of {UNIT_WORDS[table.unit]}; empty when suppressed",
            "suppressed": "true: the count is hidden to protect small numbers (it may be 0)",
            TOTAL: "total over that dimension",
            "(partial)": "the period was not over when the table was made; its count will grow",
        }
    )
    document: dict[str, Any] = {
        "title": "Anonymized case counts",
        "table_file": csv_name,
        "facts": dict(header_facts(table, generated)),
        "unit": table.unit,
        "period": {"from": table.period.start, "to": table.period.end, "partial": table.partial_periods()},
        "dimensions": list(table.dims),
        "threshold_k": table.min_cell,
        "all_cases": table.all_cases,
        "suppression": suppression_summary(table),
        # Described, not by register id: an id is random letters the leak guard could mistake for a name.
        "constrained_by_earlier_exports": [text for _, text in table.constrained_by],
        "glossary": glossary,
    }
    return json.dumps(document, indent=2, ensure_ascii=True) + "\n"
