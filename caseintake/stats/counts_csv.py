"""The counts table as a long-format CSV, and the facts every counts document states.

One row per combination: the dimension values, ``count`` and ``suppressed`` (``true`` or
``false``). A suppressed row leaves ``count`` empty, so its value is not in the file at all; a
``*`` in a dimension column marks a total over that dimension. ``#`` lines on top say how the
table was made. They hold no comma and no quote, so a spreadsheet shows each as one cell, and
the file is plain ASCII with CRLF line ends (RFC 4180) that Excel, LibreOffice and Python's
``csv`` module all read the same way.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from caseintake import __version__
from caseintake.stats.counts import CountsTable
from caseintake.stats.suppression import TOTAL

CONSENT_ONLY = "only cases whose consent to statistics is yes"
CONSENT_ALL = "all cases whatever their consent to statistics (chosen by the supervisor)"

_PLURALS = {
    "offense": "offenses",
    "victim_sex": "victims",
    "victim_age": "victims",
    "referral": "referral kinds",
    "accused_relationship": "accused",
    "accused_nationality": "accused",
}


def consent_rule(all_cases: bool) -> str:
    return CONSENT_ALL if all_cases else CONSENT_ONLY


def counting_rule(table: CountsTable) -> str:
    """The sentence the issue asks every file to carry about cases with several values."""
    several = list(dict.fromkeys(_PLURALS[d] for d in table.multi_valued))
    if not several:
        return "cases with several values count once per value; in this table each case counts once"
    return (
        f"cases with several values count once per value (a case with several {' or '.join(several)}"
        " counts once for each) so totals over those dimensions can exceed the number of cases"
    )


def header_facts(table: CountsTable, generated: date) -> list[tuple[str, str]]:
    """(label, statement) pairs shown on top of the CSV and the PDF alike."""
    k = table.min_cell
    return [
        ("period", f"cases opened from {table.period.start} to {table.period.end} (month of opening)"),
        ("dimensions", " x ".join(table.dims)),
        (
            "threshold K",
            f"{k} (counts from 1 to {k - 1} are suppressed; further cells are suppressed so that no"
            " suppressed count can be worked out from the published ones; zeros are published)",
        ),
        ("consent rule", consent_rule(table.all_cases)),
        ("counting", counting_rule(table)),
        ("totals", f"{TOTAL} in a dimension column marks a total over that dimension"),
        ("generated", f"{generated.year:04d}-{generated.month:02d}"),
        ("software", f"caseintake {__version__}"),
    ]


def _comment(label: str, statement: str) -> str:
    text = f"# {label}: {statement}"
    # A comma or quote would split or quote the line in a spreadsheet; the statements are ours.
    assert "," not in text and '"' not in text and text.isascii(), text
    return text


def counts_csv(table: CountsTable, *, generated: date) -> str:
    """The whole file as text (ASCII, CRLF line ends)."""
    buffer = io.StringIO(newline="")
    buffer.write("# Anonymized case counts\r\n")
    for label, statement in header_facts(table, generated):
        buffer.write(_comment(label, statement) + "\r\n")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*table.dims, "count", "suppressed"])
    for cell in table.cells:
        published = cell.published_count
        writer.writerow([*cell.key, "" if published is None else published, str(cell.suppressed).lower()])
    return buffer.getvalue()
