"""Anonymized counts for supervisors: validate, count, suppress, check, write, register (DESIGN §8).

The GUI dialog and ``caseintake counts`` both come here. ``build_counts`` gives the table for a
preview; ``export_counts`` writes the CSV or PDF. Only a supervisor may do either: a preview
shows the same numbers a file would.

What stays out of every output: identifiers, free text and any date finer than a month (the
table is built from codes and months only), and the identity-vault values (the leak guard scans
the output's text, as it does every output).

What suppression cannot see: it protects each table on its own. Someone holding two exports can
combine them: one month more (subtract), with and without ``--all-cases``, a lower K (which
publishes cells the higher one hid), or overlapping dimensions (``year,region`` and
``year,region,status`` share cells, each table may hide different complements). The audit log
records the dimensions, threshold, period and consent rule of every export so a reviewer can
spot such a series; sending one agreed set of tables per period is the safe practice.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caseintake.domain.errors import InvalidInput
from caseintake.domain.roles import Action
from caseintake.services import leak_guard
from caseintake.services.documents import new_document_id, register_document
from caseintake.services.session import Session
from caseintake.stats.counts import DIMENSIONS, PERIOD_DIMENSIONS, CountsTable, count_cases, default_period
from caseintake.stats.counts_csv import counts_csv
from caseintake.stats.suppression import DEFAULT_MIN_CELL, MAX_DIMENSIONS, SMALLEST_MIN_CELL
from caseintake.storage.files import atomic_write

log = logging.getLogger(__name__)

DEFAULT_DIMENSIONS = ("year", "region")
FORMATS = {".csv": "counts_csv", ".pdf": "counts_pdf"}


@dataclass(frozen=True)
class CountsExport:
    path: Path
    kind: str  # counts_csv or counts_pdf, as in the document register
    document_id: str
    sha256: str
    table: CountsTable

    @property
    def rows(self) -> int:
        return len(self.table.cells)

    @property
    def suppressed(self) -> int:
        return sum(c.suppressed for c in self.table.cells)


def parse_dimensions(text: str | Sequence[str]) -> tuple[str, ...]:
    """``"year,region"`` or a list of names, checked against DESIGN §8's list."""
    names = [n.strip() for n in text.split(",")] if isinstance(text, str) else [str(n).strip() for n in text]
    names = [n for n in names if n]
    if not names:
        raise InvalidInput(f"Name at least one dimension, e.g. {','.join(DEFAULT_DIMENSIONS)}.")
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown:
        raise InvalidInput(f"Unknown dimension {unknown[0]!r}; choose from {', '.join(DIMENSIONS)}.")
    if len(set(names)) != len(names):
        raise InvalidInput("Name each dimension only once.")
    if len(names) > MAX_DIMENSIONS:
        raise InvalidInput(
            f"A counts table has at most {MAX_DIMENSIONS} dimensions; {len(names)} were named."
        )
    if sum(n in PERIOD_DIMENSIONS for n in names) > 1:
        raise InvalidInput("Choose one period dimension: month, quarter or year.")
    return tuple(names)


def parse_month(text: str, what: str) -> str:
    """``YYYY-MM``; a day is refused rather than dropped, since counts never go below a month."""
    parts = text.strip().split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2 or not "".join(parts).isdigit():
        raise InvalidInput(f"{what} must be a month written YYYY-MM, e.g. 2026-01; got {text!r}.")
    if not 1 <= int(parts[1]) <= 12 or int(parts[0]) < 1900:
        raise InvalidInput(f"{what} is not a real month: {text!r}.")
    return f"{parts[0]}-{parts[1]}"


def check_min_cell(min_cell: int) -> int:
    if isinstance(min_cell, bool) or not isinstance(min_cell, int):
        raise InvalidInput("The minimum cell size must be a whole number.")
    if min_cell < SMALLEST_MIN_CELL:
        raise InvalidInput(
            f"The minimum cell size must be at least {SMALLEST_MIN_CELL} (got {min_cell}): smaller"
            " counts can identify a child."
        )
    return min_cell


def build_counts(
    session: Session,
    dims: str | Sequence[str] = DEFAULT_DIMENSIONS,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: str | None = None,
    end: str | None = None,
    all_cases: bool = False,
    today: date | None = None,
) -> CountsTable:
    """The suppressed table, for a preview or an export; supervisors only."""
    session.require(Action.COUNTS_EXPORT)
    names = parse_dimensions(dims)
    check_min_cell(min_cell)
    first = parse_month(start, "The first month (--from)") if start else None
    last = parse_month(end, "The last month (--to)") if end else None
    if first and last and first > last:
        raise InvalidInput(f"The period is empty: {first} comes after {last}.")
    period = default_period(session, all_cases, first, last, today or date.today())
    return count_cases(session, names, min_cell=min_cell, period=period, all_cases=all_cases)


def render_counts(
    session: Session, table: CountsTable, kind: str, *, generated: date, document_id: str = ""
) -> bytes:
    """The file's bytes, after the leak guard has read its text."""
    if kind == "counts_pdf":
        from caseintake.reports.counts_pdf import counts_pdf, pdf_text

        office = session.setting("office_name")
        data = counts_pdf(table, generated=generated, office=office, document_id=document_id)
        text = pdf_text(data)
    else:
        text = counts_csv(table, generated=generated)
        data = text.encode("ascii")
    # No case is involved, so no vault terms apply; the rule is still that every output is scanned.
    leak_guard.check_output(session, text, [], what="counts export")
    return data


def export_counts(
    session: Session,
    out: Path,
    dims: str | Sequence[str] = DEFAULT_DIMENSIONS,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: str | None = None,
    end: str | None = None,
    all_cases: bool = False,
    today: date | None = None,
) -> CountsExport:
    """Write the counts to ``out`` (``.csv`` or ``.pdf``), register and audit it; all or nothing."""
    session.require(Action.COUNTS_EXPORT)
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise InvalidInput(f"The counts file must end in .csv or .pdf; got {out.name!r}.")
    today = today or date.today()
    table = build_counts(
        session, dims, min_cell=min_cell, start=start, end=end, all_cases=all_cases, today=today
    )
    # The PDF prints its register id (as the hearing summary does); the CSV carries no id at all.
    document_id = new_document_id()
    data = render_counts(session, table, kind, generated=today, document_id=document_id)
    digest = hashlib.sha256(data).hexdigest()
    with session.db.atomic():
        register_document(session, kind, None, digest, document_id)
        session.audit(
            "counts.export",
            "document",
            document_id,
            {
                "dims": list(table.dims),
                "min_cell": table.min_cell,
                "from": table.period.start,
                "to": table.period.end,
                "all_cases": table.all_cases,
                "format": kind,
            },
        )
        # Last, so a failed write rolls the register back; a crash leaves the old file or the new.
        atomic_write(out, data)
    log.info("counts exported document=%s cells=%d", document_id, len(table.cells))
    return CountsExport(out, kind, document_id, digest, table)
