"""``caseintake counts``: anonymized counts to a CSV or PDF file (DESIGN §6, §8; supervisors only).

Kept beside ``cli.py`` rather than in it; ``cli.py`` adds the parser with ``add_counts_parser``
and dispatches to ``run_counts``. Errors are typed and reach ``cli.main``, which prints one
sentence and exits with the error's status (5 for a user who is not a supervisor).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseintake.cli_io import UsageError, output_file, plural

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
    p.add_argument(
        "--all-cases",
        action="store_true",
        help="count every case, not only those whose consent to statistics is yes",
    )
    return p


def run_counts(args: argparse.Namespace) -> int:
    from caseintake.cli import _session
    from caseintake.services.counts import FORMATS, export_counts

    out: Path = args.out
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"--out must name a .csv or .pdf file; got {out.name!r}.")
    output_file(out)
    session = _session(args)
    try:
        done = export_counts(
            session,
            out.resolve(),
            args.dims,
            min_cell=args.min_cell,
            start=args.start,
            end=args.end,
            all_cases=args.all_cases,
        )
    finally:
        session.close()
    table = done.table
    print(
        f"Wrote {plural(done.rows, 'row')} ({done.suppressed:,} suppressed) by {', '.join(table.dims)}"
        f" for {table.period.start} to {table.period.end} to {out}."
    )
    return 0
