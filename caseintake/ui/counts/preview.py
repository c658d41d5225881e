"""What the counts dialog asks for and what it is given back, with no hidden count in it.

`build_counts` returns a `CountsTable` whose cells still carry the true count of every suppressed
cell (the suppression code needs them). The dialog never receives that table: the work run on
the database thread copies each cell's *published* count into a `CountsPreview` and drops the
rest, so no widget, model or chart can show a hidden value by mistake. Exports likewise hand
back only a summary. No Qt import here, so these rules are tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseintake.domain.counts import DEFAULT_MIN_CELL, TOTAL
from caseintake.domain.report_language import DEFAULT_LANGUAGE
from caseintake.services.counts import DEFAULT_DIMENSIONS, CountsTable, build_counts, export_counts
from caseintake.services.session import Session


@dataclass(frozen=True)
class CountsOptions:
    """The choices of the dialog, in the words of `services.counts`."""

    dims: tuple[str, ...] = DEFAULT_DIMENSIONS
    min_cell: int = DEFAULT_MIN_CELL
    start: str | None = None  # YYYY-MM, None: from January of the first counted case's year
    end: str | None = None  # YYYY-MM, None: up to this month
    all_cases: bool = False
    #: The PDF's language ("en" or "fil"); the preview and a CSV are the same in either.
    language: str = DEFAULT_LANGUAGE

    def file_stem(self) -> str:
        """A suggested file name: what the table is by, never anything about a case."""
        return "counts-" + "-".join(self.dims).replace("_", "-")


@dataclass(frozen=True)
class PreviewRow:
    key: tuple[str, ...]  # one value per dimension, TOTAL where the row sums over it
    count: int | None  # the published count; None when suppressed

    @property
    def suppressed(self) -> bool:
        return self.count is None

    @property
    def is_total(self) -> bool:
        return TOTAL in self.key


@dataclass(frozen=True)
class CountsPreview:
    dims: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    start: str
    end: str
    min_cell: int
    all_cases: bool
    multi_valued: tuple[str, ...]  # dimensions in which one case can count more than once
    #: Earlier exports this table was protected together with, described (date, what, period).
    constrained_by: tuple[str, ...] = ()

    @classmethod
    def from_table(cls, table: CountsTable) -> CountsPreview:
        rows = tuple(PreviewRow(cell.key, cell.published_count) for cell in table.cells)
        return cls(
            table.dims,
            rows,
            table.period.start,
            table.period.end,
            table.min_cell,
            table.all_cases,
            table.multi_valued,
            tuple(text for _, text in table.constrained_by),
        )

    @property
    def suppressed(self) -> int:
        return sum(row.suppressed for row in self.rows)

    def first_margin(self) -> list[PreviewRow]:
        """The first dimension's totals (summed over the others), in the table's order: the chart."""
        return [
            row for row in self.rows if row.key[0] != TOTAL and all(value == TOTAL for value in row.key[1:])
        ]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    kind: str  # counts_csv or counts_pdf
    document_id: str
    rows: int
    suppressed: int


def preview_counts(session: Session, options: CountsOptions) -> CountsPreview:
    """Run on the database thread; supervisors only (checked by `build_counts`)."""
    table = build_counts(
        session,
        options.dims,
        min_cell=options.min_cell,
        start=options.start,
        end=options.end,
        all_cases=options.all_cases,
    )
    return CountsPreview.from_table(table)


def export_file(session: Session, out: Path, options: CountsOptions, *, force: bool = False) -> ExportSummary:
    """Write the CSV or PDF (by ``out``'s suffix) through `export_counts`; register and audit it.

    ``force`` replaces an existing file (the user agreed in the save dialog)."""
    done = export_counts(
        session,
        out,
        options.dims,
        min_cell=options.min_cell,
        start=options.start,
        end=options.end,
        all_cases=options.all_cases,
        force=force,
        language=options.language,
    )
    return ExportSummary(done.path, done.kind, done.document_id, done.rows, done.suppressed)
