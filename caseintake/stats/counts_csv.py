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
from caseintake.domain.report_language import DEFAULT_LANGUAGE, joined, phrase
from caseintake.domain.report_words_en import ENGLISH
from caseintake.stats.counts import PERIOD_DIMENSIONS, UNIT_WORDS, CountsTable
from caseintake.stats.counts_names import GLOSSARY_DIMENSIONS, value_name
from caseintake.stats.suppression import TOTAL

META_SUFFIX = ".meta.json"
#: The files' English sentences, kept importable under their old names.
CONSENT_ONLY = ENGLISH["fact.consent.only"]
CONSENT_ALL = ENGLISH["fact.consent.all"]
ZERO_RULE = ENGLISH["fact.zeros.text"]


def meta_path(csv_path: Path) -> Path:
    """``counts.csv`` → ``counts.meta.json``."""
    return csv_path.with_name(csv_path.stem + META_SUFFIX)


def consent_rule(all_cases: bool, language: str = DEFAULT_LANGUAGE) -> str:
    return phrase(language, "fact.consent.all" if all_cases else "fact.consent.only")


def unit_statement(table: CountsTable, language: str = DEFAULT_LANGUAGE) -> str:
    """What one count is, said out loud."""
    base = phrase(language, f"unit.words.{table.unit}")
    several = list(dict.fromkeys(phrase(language, f"mentions.{d}") for d in table.multi_valued))
    if not several:
        return phrase(language, "fact.unit.one", units=base)
    return phrase(language, "fact.unit.several", units=base, mentions=joined(language, several, "and"))


def counting_rule(table: CountsTable, language: str = DEFAULT_LANGUAGE) -> str:
    """The sentence the issue asks every file to carry about cases with several values."""
    units = phrase(language, f"unit.words.{table.unit}")
    several = list(dict.fromkeys(phrase(language, f"plural.{d}") for d in table.multi_valued))
    if not several:
        return phrase(language, "fact.counting.one", units=units)
    return phrase(language, "fact.counting.several", units=units, plurals=joined(language, several, "or"))


def left_out_statement(table: CountsTable, language: str = DEFAULT_LANGUAGE) -> str:
    """The cases the consent rule left out, rounded to tens so it adds nothing exact."""
    if table.all_cases:
        return phrase(language, "fact.left_out.all_cases")
    n = table.left_out
    if n == 0:
        return phrase(language, "fact.left_out.none")
    if n < 10:
        return phrase(language, "fact.left_out.few")
    return phrase(language, "fact.left_out.about", cases=f"{round(n, -1):,}")


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


def rule_text(k: int, language: str = DEFAULT_LANGUAGE) -> str:
    return phrase(language, "fact.threshold.rule", below=k - 1)


def header_facts(
    table: CountsTable, generated: date, language: str = DEFAULT_LANGUAGE
) -> list[tuple[str, str]]:
    """(label, statement) pairs shown in the metadata file and on the PDF's first page alike.

    The labels are the metadata file's keys, English in every language (the PDF prints
    ``fact_label`` of each); the statements are in ``language``."""
    partial = table.partial_periods()
    facts = [
        ("period", phrase(language, "fact.period.text", start=table.period.start, end=table.period.end)),
        ("unit", unit_statement(table, language)),
        ("dimensions", " x ".join(phrase(language, f"dimension.fact.{d}") for d in table.dims)),
        (
            "threshold K",
            phrase(
                language, "fact.threshold.text", k=table.min_cell, rule=rule_text(table.min_cell, language)
            ),
        ),
        ("zeros", phrase(language, "fact.zeros.text")),
        ("consent rule", consent_rule(table.all_cases, language)),
        ("left out by consent", left_out_statement(table, language)),
        ("counting", counting_rule(table, language)),
    ]
    if partial:
        facts.append(("partial", phrase(language, "fact.partial.text", periods=", ".join(partial))))
    facts += [
        ("totals", phrase(language, "fact.totals.text", total=TOTAL)),
        ("generated", f"{generated.year:04d}-{generated.month:02d}"),
        ("software", f"caseintake {__version__}"),
    ]
    return facts


def fact_label(label: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A fact's label as the PDF prints it: "Threshold K", "Hangganang K"."""
    return phrase(language, "fact." + label.replace(" ", "_"))


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
