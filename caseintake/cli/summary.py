"""`caseintake summary REF --out FILE.pdf [--hearing ID] [--paper long|a4|letter]
[--layout court|working-copy] [--note ID ...] [--without-note-text]` (DESIGN §6, §8).

`cli.parser` adds the parser and maps the command:

    add_summary_parser(sub, common)      # in build_parser()
    "summary": run_summary,              # in COMMANDS

Failures are typed errors from the core (permission and leak guard: exit 5; unknown case or
hearing: exit 1), turned into one sentence on stderr by `cli.run.main`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseintake.cli.context import database, open_session
from caseintake.cli.io import output_file

__all__ = ["add_summary_parser", "run_summary"]

_HELP = "print the court-ready hearing summary of a case to a PDF (lawyers and supervisors)"


def add_summary_parser(subparsers: Any, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the `summary` command to the sub-command set of `cli.parser.build_parser`."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "summary", parents=[common_parent], help=_HELP, description=_HELP
    )
    p.add_argument("reference", metavar="REF", help="case reference, e.g. CI-2026-00042")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument(
        "--hearing",
        metavar="ID",
        help="hearing id, or its last characters (default: the next scheduled hearing from today, "
        "else the latest hearing)",
    )
    p.add_argument(
        "--paper",
        type=str.lower,
        choices=("long", "a4", "letter"),
        default="long",
        help="paper size: long (8.5 x 13 in long bond, the default for court filing), a4 or letter",
    )
    p.add_argument(
        "--layout",
        type=str.lower,
        choices=("court", "working-copy"),
        default="court",
        help="court: 14-point body and the margins of A.M. No. 11-9-4-SC (default); "
        "working-copy: compact 11-point copy for the lawyer, marked as such",
    )
    p.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="ID",
        help="include this case note (its id or last characters; repeat for more); "
        "no working note is printed unless chosen",
    )
    p.add_argument("--force", action="store_true", help="replace the PDF if it exists")
    p.add_argument(
        "--without-note-text",
        action="store_true",
        help="list the chosen notes by date, kind and author only, without their text",
    )
    return p


def run_summary(args: argparse.Namespace) -> int:
    from caseintake.services.outputs import check_destination, hearing_in_words
    from caseintake.services.summaries import write_hearing_summary

    out = output_file(args.out)
    check_destination(out, database(args), force=args.force)  # refused before the passphrase is asked
    with open_session(args) as session:
        written = write_hearing_summary(
            session,
            args.reference,
            out,
            hearing_id=args.hearing,
            paper=args.paper,
            layout=args.layout,
            note_ids=args.note,
            include_note_text=not args.without_note_text,
            force=args.force,
        )
    hearing = hearing_in_words(written.hearing_kind, written.hearing_starts_at)
    pages = f"{written.pages} page" + ("" if written.pages == 1 else "s")
    print(f"Wrote the hearing summary of {written.reference} ({hearing}) to {out}: {pages}.")
    print(f"Document ID {written.document_id}; SHA-256 {written.sha256}.")
    return 0
