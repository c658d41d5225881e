"""Anonymized counts for supervisors: validate, count, suppress, check, write, register (DESIGN §8).

The GUI dialog and ``caseintake counts`` both come here. ``build_counts`` gives the table for a
preview; ``export_counts`` writes the CSV or PDF. Only a supervisor may do either: a preview
shows the same numbers a file would.

What stays out of every output: identifiers, free text and any date finer than a month (the
table is built from codes and months only), and the identity-vault values (the leak guard scans
the output's text, as it does every output).

Protection across exports: every export is recorded in the encrypted database (the release
register, ``storage/count_releases.py``) with its request and the cells as published, and a new
table, preview or file, is protected jointly with every earlier release it overlaps
(``stats/releases.py``). The preview and the file are the same table: nothing is recorded until
a file is written, so previews never constrain anything.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.counts import Period, Release
from caseintake.domain.errors import InvalidInput
from caseintake.domain.report_language import DEFAULT_LANGUAGE, check_language
from caseintake.domain.roles import Action
from caseintake.services import leak_guard
from caseintake.services.documents import new_document_id, register_document
from caseintake.services.session import Session
from caseintake.stats.counts import (
    DIMENSIONS,
    PERIOD_DIMENSIONS,
    UNITS,
    CountsTable,
    default_period,
    table_domains,
    tally,
)
from caseintake.stats.counts_csv import counts_csv, counts_meta, meta_path
from caseintake.stats.releases import EXPORT_SECONDS, ProtectionTooSlow, cells_from, family, protect_jointly
from caseintake.stats.suppression import DEFAULT_MIN_CELL, MAX_DIMENSIONS, SMALLEST_MIN_CELL, UnprotectedCell
from caseintake.storage import count_releases, counts_query
from caseintake.storage.audit import now_utc
from caseintake.storage.safe_output import check_output, write_output

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
    meta: Path | None = None  # the CSV's companion metadata file

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
        raise InvalidInput(
            f"Name at least one dimension, e.g. {','.join(DEFAULT_DIMENSIONS)}.",
            code="counts_no_dimension",
            params={"example": ",".join(DEFAULT_DIMENSIONS)},
        )
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown:
        raise InvalidInput(
            f"Unknown dimension {unknown[0]!r}; choose from {', '.join(DIMENSIONS)}.",
            code="counts_unknown_dimension",
            params={"dimension": unknown[0], "choices": ", ".join(DIMENSIONS)},
        )
    if len(set(names)) != len(names):
        raise InvalidInput("Name each dimension only once.", code="counts_dimension_twice")
    if len(names) > MAX_DIMENSIONS:
        raise InvalidInput(
            f"A counts table has at most {MAX_DIMENSIONS} dimensions; {len(names)} were named.",
            code="counts_too_many_dimensions",
            params={"most": MAX_DIMENSIONS, "named": len(names)},
        )
    if sum(n in PERIOD_DIMENSIONS for n in names) > 1:
        raise InvalidInput("Choose one period dimension: month, quarter or year.", code="counts_two_periods")
    return tuple(names)


def parse_month(text: str, what: str, bound: str = "month") -> str:
    """``YYYY-MM``; a day is refused rather than dropped, since counts never go below a month.

    `what` names the month in the English sentence; `bound` ("from", "to" or "month") in the
    error's params, for the GUI's wording."""
    parts = text.strip().split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or len(parts[1]) != 2 or not "".join(parts).isdigit():
        raise InvalidInput(
            f"{what} must be a month written YYYY-MM, e.g. 2026-01; got {text!r}.",
            code="month_format",
            params={"bound": bound, "given": text},
        )
    if not 1 <= int(parts[1]) <= 12 or int(parts[0]) < 1900:
        raise InvalidInput(
            f"{what} is not a real month: {text!r}.",
            code="month_unreal",
            params={"bound": bound, "given": text},
        )
    return f"{parts[0]}-{parts[1]}"


def check_min_cell(min_cell: int) -> int:
    if isinstance(min_cell, bool) or not isinstance(min_cell, int):
        raise InvalidInput("The minimum cell size must be a whole number.", code="min_cell_type")
    if min_cell < SMALLEST_MIN_CELL:
        raise InvalidInput(
            f"The minimum cell size must be at least {SMALLEST_MIN_CELL} (got {min_cell}): smaller"
            " counts can identify a child.",
            code="min_cell_small",
            params={"least": SMALLEST_MIN_CELL, "given": min_cell},
        )
    return min_cell


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise InvalidInput(
            f"Unknown unit {unit!r}; choose from {', '.join(UNITS)}.",
            code="counts_unknown_unit",
            params={"unit": unit, "choices": ", ".join(UNITS)},
        )
    return unit


def _tabulate(
    session: Session, names: tuple[str, ...], *, min_cell: int, period: Period, all_cases: bool, unit: str
) -> tuple[dict[tuple[str, ...], int], list[tuple[str, ...]]]:
    """The interior counts of the table and each dimension's listed values, before suppression."""
    nationalities = (
        counts_query.frequent_nationalities(session.db, period, all_cases, min_cell)
        if "accused_nationality" in names
        else []
    )
    domains = table_domains(names, period, nationalities)
    rows = counts_query.interior_counts(
        session.db, names, period, all_cases=all_cases, unit=unit, nationalities=nationalities
    )
    return tally(names, rows, domains), domains


def build_counts(
    session: Session,
    dims: str | Sequence[str] = DEFAULT_DIMENSIONS,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: str | None = None,
    end: str | None = None,
    all_cases: bool = False,
    today: date | None = None,
    unit: str = "cases",
    pending: Sequence[Release] = (),
) -> CountsTable:
    """The suppressed table, for a preview or an export; supervisors only.

    Protected together with every earlier recorded export it overlaps; the table says which.
    """
    session.require(Action.COUNTS_EXPORT)
    names = parse_dimensions(dims)
    check_min_cell(min_cell)
    check_unit(unit)
    first = parse_month(start, "The first month (--from)", "from") if start else None
    last = parse_month(end, "The last month (--to)", "to") if end else None
    if first and last and first > last:
        raise InvalidInput(
            f"The period is empty: {first} comes after {last}.",
            code="counts_empty_period",
            params={"first": first, "last": last},
        )
    today = today or date.today()
    period = default_period(counts_query.opened_range(session.db, all_cases), first, last, today)
    counts, domains = _tabulate(
        session, names, min_cell=min_cell, period=period, all_cases=all_cases, unit=unit
    )
    request = Release(
        document_id="",
        created_at="",
        dims=names,
        domains=tuple(domains),
        start=period.start,
        end=period.end,
        all_cases=all_cases,
        min_cell=min_cell,
        unit=unit,
        cells=(),
    )
    # ``pending``: tables of the same document built just before this one, not yet recorded.
    mine = family(unit, names)
    earlier = [
        *count_releases.releases_of_unit(session.db, unit, lambda d: family(unit, d) == mine),
        *(r for r in pending if family(r.unit, r.dims) == mine),
    ]
    try:
        # The fine cells are read only if the joint check needs them.
        cells, related = protect_jointly(
            request, counts, earlier, partial(counts_query.fine_counts, session.db)
        )
    except ProtectionTooSlow:
        raise InvalidInput(
            f"Checking this table beside the {len(earlier)} earlier export(s) of {unit} took longer than"
            f" {EXPORT_SECONDS:.0f} seconds, so it was not published: choose fewer dimensions or values,"
            " or a period that matches an earlier export.",
            code="counts_check_too_long",
            params={"earlier": len(earlier), "unit": unit, "seconds": f"{EXPORT_SECONDS:.0f}"},
        ) from None
    except UnprotectedCell:
        raise InvalidInput(
            f"This table cannot be published safely beside the {len(earlier)} earlier export(s) of"
            f" {unit}: choose other dimensions, a period that matches an earlier export, or fewer values.",
            code="counts_unsafe_beside_earlier",
            params={"earlier": len(earlier), "unit": unit},
        ) from None
    return CountsTable(
        names,
        tuple(domains),
        tuple(cells),
        period,
        min_cell,
        all_cases,
        unit,
        left_out=0 if all_cases else counts_query.cases_left_out(session.db, period),
        as_of=f"{today.year:04d}-{today.month:02d}",
        constrained_by=tuple((r.document_id, r.describe()) for r in related),
    )


_COUNT = re.compile(r"(?<![\w./-])\d[\d,]*(?![\w./-])")


def without_counts(text: str) -> str:
    """The text with its bare numbers (counts, axis ticks) blanked: they are sums this code made,
    and a run of them read together can pass for a birth date in the leak guard's eyes."""
    return _COUNT.sub(" ", text)


def render_counts(
    session: Session,
    table: CountsTable,
    kind: str,
    *,
    generated: date,
    document_id: str = "",
    name: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> tuple[bytes, bytes | None]:
    """The file's bytes (and for a CSV its metadata file's), after the leak guard read their text.

    ``language`` ("en" or "fil") is the PDF's; a CSV and its metadata file are English in every
    language, since programs read their names and facts."""
    meta: bytes | None = None
    if kind == "counts_pdf":
        from caseintake.reports.counts_pdf import counts_pdf, pdf_text

        office = session.setting("office_name")
        data = counts_pdf(
            table, generated=generated, office=office, document_id=document_id, language=language
        )
        text = without_counts(pdf_text(data))
    else:
        text = counts_csv(table, generated=generated)
        data = text.encode("ascii")
        meta_text = counts_meta(table, generated=generated, csv_name=name)
        meta = meta_text.encode("ascii")
        # Every field that holds words, once each. Tens of thousands of rows repeat the same few
        # labels (scanning them all took seconds), and the counts are integers this code added up,
        # never text from a record, while neighbouring counts read together can pass for a date.
        fields = {field for row in csv.reader(io.StringIO(text)) for field in row if not field.isdigit()}
        text = "\n".join(sorted(fields)) + "\n" + meta_text
    # No case is involved, so no vault terms apply; the rule is still that every output is scanned.
    leak_guard.check_output(session, text, [], what="counts export", code="identity_leak.counts_export")
    return data, meta


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
    unit: str = "cases",
    force: bool = False,
    language: str = DEFAULT_LANGUAGE,
) -> CountsExport:
    """Write the counts to ``out`` (``.csv`` or ``.pdf``), register and audit it; all or nothing.

    ``out`` is checked like every output (``safe_output``); ``force`` replaces an existing file.
    ``language`` ("en" or "fil") is the PDF's; a CSV is the same in either."""
    session.require(Action.COUNTS_EXPORT)
    check_language(language)
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise InvalidInput(
            f"The counts file must end in .csv or .pdf; got {out.name!r}.",
            code="counts_file_suffix",
            params={"file": out.name},
        )
    check_output(out, session.db.path, force=force)
    if kind == "counts_csv":
        check_output(meta_path(out), session.db.path, force=force)
    today = today or date.today()
    # One transaction from the counting to the file: the counts cache the counting fills
    # (storage/counts_cache.py) is kept only with the file, so a failed export leaves the
    # database exactly as it was.
    with session.db.atomic():
        table = build_counts(
            session,
            dims,
            min_cell=min_cell,
            start=start,
            end=end,
            all_cases=all_cases,
            today=today,
            unit=unit,
        )
        # The PDF prints its register id (as the hearing summary does); the CSV carries no id at all.
        document_id = new_document_id()
        data, meta = render_counts(
            session, table, kind, generated=today, document_id=document_id, name=out.name, language=language
        )
        digest = hashlib.sha256(data).hexdigest()
        release = _release_of(table, document_id, now_utc())
        with session.db.atomic():
            register_document(session, kind, None, digest, document_id)
            count_releases.insert_release(session.db, release, session.username)
            session.audit(
                AuditAction.COUNTS_EXPORT,
                "document",
                document_id,
                {
                    "dims": list(table.dims),
                    "min_cell": table.min_cell,
                    "from": table.period.start,
                    "to": table.period.end,
                    "all_cases": table.all_cases,
                    "unit": table.unit,
                    "format": kind,
                    "constrained_by": [d for d, _ in table.constrained_by],
                },
            )
            # Last, so a failed write rolls the register back; a crash leaves the old file or the new.
            # The metadata goes first: a table on disk always has its explanation beside it.
            if meta is not None:
                write_output(meta_path(out), meta, session.db.path, force=force)
            write_output(out, data, session.db.path, force=force)
    log.info("counts exported document=%s cells=%d", document_id, len(table.cells))
    return CountsExport(out, kind, document_id, digest, table, meta_path(out) if meta is not None else None)


#: The standard donor report: (dimensions, unit), one section each, protected together.
DONOR_TABLES: tuple[tuple[str, str], ...] = (
    ("year", "cases"),
    ("quarter", "cases"),
    ("region", "cases"),
    ("offense", "cases"),
    ("victim_age,victim_sex", "children"),
)


def _release_of(table: CountsTable, document_id: str, created_at: str) -> Release:
    return Release(
        document_id=document_id,
        created_at=created_at,
        dims=table.dims,
        domains=table.domains,
        start=table.period.start,
        end=table.period.end,
        all_cases=table.all_cases,
        min_cell=table.min_cell,
        unit=table.unit,
        cells=cells_from(table.cells),
    )


def build_donor_tables(
    session: Session,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: str | None = None,
    end: str | None = None,
    all_cases: bool = False,
    today: date | None = None,
    document_id: str = "",
) -> list[CountsTable]:
    """The donor report's tables, each protected with the earlier exports and the ones before it."""
    pending: list[Release] = []
    tables: list[CountsTable] = []
    created_at = now_utc()
    for dims, unit in DONOR_TABLES:
        table = build_counts(
            session,
            dims,
            min_cell=min_cell,
            start=start,
            end=end,
            all_cases=all_cases,
            today=today,
            unit=unit,
            pending=pending,
        )
        tables.append(table)
        pending.append(_release_of(table, document_id, created_at))
    return tables


def export_donor_report(
    session: Session,
    out: Path,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    start: str | None = None,
    end: str | None = None,
    all_cases: bool = False,
    today: date | None = None,
    force: bool = False,
    language: str = DEFAULT_LANGUAGE,
) -> CountsExport:
    """Write the donor report PDF, in English or Filipino (``language``), and record each of its
    tables as a release; all or nothing."""
    from caseintake.reports.counts_pdf import donor_report_pdf, pdf_text

    session.require(Action.COUNTS_EXPORT)
    check_language(language)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(
            f"The donor report is a PDF; got {out.name!r}.",
            code="donor_report_suffix",
            params={"file": out.name},
        )
    check_output(out, session.db.path, force=force)
    today = today or date.today()
    document_id = new_document_id()
    # As in export_counts: the counts cache is kept only with the file.
    with session.db.atomic():
        tables = build_donor_tables(
            session,
            min_cell=min_cell,
            start=start,
            end=end,
            all_cases=all_cases,
            today=today,
            document_id=document_id,
        )
        data = donor_report_pdf(
            tables,
            generated=today,
            office=session.setting("office_name"),
            document_id=document_id,
            language=language,
        )
        leak_guard.check_output(
            session,
            without_counts(pdf_text(data)),
            [],
            what="counts export",
            code="identity_leak.counts_export",
        )
        digest = hashlib.sha256(data).hexdigest()
        created_at = now_utc()
        with session.db.atomic():
            register_document(session, "counts_pdf", None, digest, document_id)
            for part, table in enumerate(tables):
                count_releases.insert_release(
                    session.db, _release_of(table, document_id, created_at), session.username, part
                )
            session.audit(
                AuditAction.COUNTS_EXPORT,
                "document",
                document_id,
                {
                    "report": "donor",
                    "tables": [",".join(t.dims) + f" ({t.unit})" for t in tables],
                    "min_cell": min_cell,
                    "from": tables[0].period.start,
                    "to": tables[0].period.end,
                    "all_cases": all_cases,
                    "format": "counts_pdf",
                },
            )
            write_output(out, data, session.db.path, force=force)
    log.info("counts donor report exported document=%s tables=%d", document_id, len(tables))
    return CountsExport(out, "counts_pdf", document_id, digest, tables[0])
