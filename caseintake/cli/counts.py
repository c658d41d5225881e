"""``caseintake counts``: anonymized counts to a CSV or PDF file (DESIGN §6, §8; supervisors only).

``cli.parser`` adds the parser with ``add_counts_parser`` and dispatches to ``run_counts``.
Errors are typed and reach ``cli.run.main``, which prints one sentence and exits with the
error's status (5 for a user who is not a supervisor).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseintake.cli.context import database, open_session
from caseintake.cli.io import UsageError, output_file, plural
from caseintake.domain.report_language import DEFAULT_LANGUAGE, LANGUAGES

_DIMENSION_HELP = (
    "comma-separated, at most 4 of: month, quarter, year, region, offense, victim_sex, victim_age,"
    " status, source, referral, accused_relationship, accused_nationality (default: year,region)"
)


def _month(text: str) -> str:
    """``--from``/``--to``: a month, so a day-level date is refused at the door."""
    from caseintake.domain.errors import InvalidInput
    from caseintake.services.counts import parse_month

    try:
        return parse_month(text, "the month")
    except InvalidInput:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (expected YYYY-MM)") from None


def add_counts_parser(subparsers: Any, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add ``counts`` to the command line's sub-commands; ``common_parent`` gives the global options."""
    help_text = "export anonymized counts to a CSV or PDF file (supervisors)"
    p: argparse.ArgumentParser = subparsers.add_parser(
        "counts", parents=[common_parent], help=help_text, description=help_text
    )
    p.add_argument("--out", type=Path, required=True, help="the file to write: .csv, or .pdf for the report")
    p.add_argument("--by", dest="dims", default="year,region", metavar="DIMS", help=_DIMENSION_HELP)
    p.add_argument(
        "--min-cell",
        type=int,
        default=5,
        metavar="K",
        help="suppress counts from 1 to K-1, and what would reveal them (default 5, at least 3)",
    )
    p.add_argument("--from", dest="start", type=_month, metavar="YYYY-MM", help="first month of opening")
    p.add_argument("--to", dest="end", type=_month, metavar="YYYY-MM", help="last month of opening")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument(
        "--unit",
        choices=("cases", "children", "accused"),
        default="cases",
        help="what a count counts: cases (default), children (victims) or accused persons",
    )
    p.add_argument(
        "--report",
        choices=("donor",),
        help="donor: the standard donor report PDF (by year, quarter, region, offense, age and sex)",
    )
    p.add_argument(
        "--all-cases",
        action="store_true",
        help="count every case, not only those whose consent to statistics is yes",
    )
    p.add_argument(
        "--language",
        choices=tuple(LANGUAGES),
        default=DEFAULT_LANGUAGE,
        help="the language of the PDF: en (English, the default) or fil (Filipino); a CSV and its"
        " metadata stay in English, since programs read their names",
    )
    return p


def run_counts(args: argparse.Namespace) -> int:
    from caseintake.services.counts import FORMATS, export_counts, export_donor_report
    from caseintake.services.outputs import check_destination

    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"--out must name a .csv or .pdf file; got {out.name!r}.")
    if args.report and out.suffix.lower() != ".pdf":
        raise UsageError(f"--report donor writes a PDF; --out must end in .pdf, not {out.name!r}.")
    output_file(out)
    check_destination(out, database(args), force=args.force)  # refused before the passphrase is asked
    if args.language != DEFAULT_LANGUAGE and out.suffix.lower() == ".csv":
        print(
            "Note: --language changes the PDF only; the CSV and its metadata stay in English.",
            file=sys.stderr,
        )
    if args.report:
        with open_session(args) as session:
            report = export_donor_report(
                session,
                out.resolve(),
                min_cell=args.min_cell,
                start=args.start,
                end=args.end,
                all_cases=args.all_cases,
                force=args.force,
                language=args.language,
            )
        print(
            f"Wrote the donor report for {report.table.period.start} to {report.table.period.end} to {out}."
        )
        return 0
    with open_session(args) as session:
        done = export_counts(
            session,
            out.resolve(),
            args.dims,
            min_cell=args.min_cell,
            start=args.start,
            end=args.end,
            all_cases=args.all_cases,
            force=args.force,
            unit=args.unit,
            language=args.language,
        )
    table = done.table
    print(
        f"Wrote {plural(done.rows, 'row')} ({done.suppressed:,} suppressed) of {table.unit} by"
        f" {', '.join(table.dims)} for {table.period.start} to {table.period.end} to {out}."
    )
    if done.meta is not None:
        print(f"The rule, units and glossary are in {done.meta.name} beside it.")
    if table.constrained_by:
        print(f"Protected together with {plural(len(table.constrained_by), 'earlier export')}.")
    return 0
