"""`import`, `demo`, `cases`, `case show`, `hearings` and `allow-word`: the cases themselves."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from caseintake.cli.context import database, open_session, print_table
from caseintake.cli.io import Progress, UsageError, output_file, plural
from caseintake.domain.audit_actions import AuditAction

if TYPE_CHECKING:
    from caseintake.services.cases import CaseRow
    from caseintake.services.session import Session


#: How many cases `cases` lists without `--limit` or `--all`.
DEFAULT_LIMIT = 100


def cmd_import(args: argparse.Namespace) -> int:
    from caseintake.services.imports import check_import_file, import_file
    from caseintake.services.progress import Task

    check_import_file(args.file)  # a file that is not valid is refused before the passphrase
    with open_session(args) as session:
        refs = import_file(session, args.file, task=Task(Progress("Importing")))
    print(f"Imported {plural(len(refs), 'case')}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseintake.services.demo_database import load_demo_cases
    from caseintake.services.progress import Task

    if args.cases < 1 or args.cases > 1_000_000:
        raise UsageError("--cases must be between 1 and 1,000,000.")
    with open_session(args) as session:
        first, last = load_demo_cases(session, args.cases, seed=args.seed, task=Task(Progress("Generating")))
    print(f"Added {plural(args.cases, 'synthetic case')} ({first} to {last}).")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    """The first `--limit` cases (100 by default), or with `--all` every one, page by page.

    A list cut short says so on stderr, so a script reading stdout never takes the first page
    for the whole office."""
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more.")
    with open_session(args) as session:
        pages = _CasePages(session, args, limit=None if args.all else (args.limit or DEFAULT_LIMIT))
        if args.json:
            _print_json_list(r.as_json() for page in pages for r in page)
        else:
            print_table(
                [
                    (r.reference, r.status, r.opened_on, r.region, r.assigned_to, r.parties)
                    for page in pages
                    for r in page
                ],
                ("REFERENCE", "STATUS", "OPENED", "REGION", "ASSIGNED", "VICTIMS"),
            )
    if pages.cut_short:
        print(
            f"Showing the first {plural(pages.limit or 0, 'case')}; use --limit N or --all for more.",
            file=sys.stderr,
        )
    return 0


class _CasePages:
    """The list through the service's keyset paging: every page when `limit` is None, else the
    first `limit` rows, with `cut_short` set when more exist."""

    def __init__(self, session: Session, args: argparse.Namespace, limit: int | None) -> None:
        self.session = session
        self.args = args
        self.limit = limit
        self.cut_short = False

    def __iter__(self) -> Iterator[list[CaseRow]]:
        from caseintake.services.cases import PAGE, list_cases

        after: tuple[str, str] | None = None
        shown = 0
        while True:
            # One row beyond the limit tells whether the list goes on.
            size = PAGE if self.limit is None else min(PAGE, self.limit - shown + 1)
            rows = list_cases(
                self.session,
                search=self.args.search,
                status=self.args.status,
                region=self.args.region,
                assigned_to=self.args.assigned,
                after=after,
                limit=size,
            )
            if self.limit is not None and shown + len(rows) > self.limit:
                self.cut_short = True
                yield rows[: self.limit - shown]
                return
            if rows:
                yield rows
            shown += len(rows)
            if len(rows) < size:
                return
            after = (rows[-1].sort_value("opened_on"), rows[-1].reference)


def _print_json_list(items: Iterable[dict[str, Any]]) -> None:
    """Exactly `json.dumps(list(items), indent=2)`, written one item at a time."""
    opening = "["
    for item in items:
        sys.stdout.write(
            opening + "\n" + textwrap.indent(json.dumps(item, ensure_ascii=False, indent=2), "  ")
        )
        opening = ","
    sys.stdout.write("[]\n" if opening == "[" else "\n]\n")
    sys.stdout.flush()


def cmd_case(args: argparse.Namespace) -> int:
    from caseintake.cli.case_text import case_as_text
    from caseintake.services.cases import case_json, load_case

    with open_session(args) as session:
        case = load_case(session, args.reference)
        with session.db.atomic():
            session.audit(AuditAction.CASE_VIEW, "case", case.id or "", {"via": "cli"})
    if args.json:
        from caseintake.services.court_record import with_court_json

        print(json.dumps(with_court_json(case_json(case), case), ensure_ascii=False, indent=2))
    else:
        print(case_as_text(case))
    return 0


def cmd_hearings(args: argparse.Namespace) -> int:
    from caseintake.services import hearings
    from caseintake.services.agenda import export_calendar
    from caseintake.services.outputs import check_destination

    start = args.start or date.today()
    end = args.end or start + timedelta(days=90)
    if args.ics:
        check_destination(output_file(args.ics), database(args), force=args.force)
    with open_session(args) as session:
        items = hearings.agenda(session, start, end, lawyer=args.lawyer)
        if args.ics:
            # The GUI's export: leak guard first, atomic write, entry in the document register.
            export_calendar(session, items, args.ics, force=args.force, exact_name=True)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": i.id,
                        "reference": i.reference,
                        "kind": i.kind,
                        "starts_at": i.starts_at.isoformat(),
                        "court": i.court,
                        "branch": i.branch,
                        "docket": i.docket,
                        "lawyer": i.lawyer,
                        "status": i.status,
                    }
                    for i in items
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print_table(
            [
                (
                    i.starts_at.astimezone(hearings.MANILA).strftime("%Y-%m-%d %H:%M"),
                    i.reference,
                    i.kind,
                    i.status,
                    i.court,
                    i.docket or "",
                    i.lawyer or "",
                )
                for i in items
            ],
            ("WHEN (MANILA)", "CASE", "KIND", "STATUS", "COURT", "DOCKET", "LAWYER"),
        )
        if args.ics:
            print(f"Wrote {plural(len(items), 'hearing')} to {args.ics}.")
    return 0


def cmd_allow_word(args: argparse.Namespace) -> int:
    from caseintake.services import leak_guard

    with open_session(args) as session:
        leak_guard.allow_word_in_case(session, args.reference, args.pseudonym, args.word)
    who = f"{args.pseudonym.strip().upper()} of {args.reference.strip().upper()}"
    print(f"The guard now lets that word pass for {who}; the allowance is in the case history.")
    return 0
