"""`import`, `demo`, `cases`, `case show`, `hearings` and `allow-word`: the cases themselves."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

from caseintake.cli.context import database, open_session, print_table
from caseintake.cli.io import Progress, UsageError, output_file, plural
from caseintake.domain.audit_actions import AuditAction


def cmd_import(args: argparse.Namespace) -> int:
    from caseintake.services.imports import read_import_file
    from caseintake.services.intake import add_cases
    from caseintake.services.progress import Task

    cases = read_import_file(args.file)  # a file that is not valid is refused before the passphrase
    with open_session(args) as session:
        refs = add_cases(session, cases, task=Task(Progress("Importing")))
    print(f"Imported {plural(len(refs), 'case')}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.progress import Task

    if args.cases < 1 or args.cases > 1_000_000:
        raise UsageError("--cases must be between 1 and 1,000,000.")
    with open_session(args) as session:
        first, last = fill_with_demo_cases(
            session, args.cases, seed=args.seed, task=Task(Progress("Generating"))
        )
    print(f"Added {plural(args.cases, 'synthetic case')} ({first} to {last}).")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from caseintake.services.cases import list_cases

    with open_session(args) as session:
        rows = list_cases(
            session,
            search=args.search,
            status=args.status,
            region=args.region,
            assigned_to=args.assigned,
            limit=max(1, args.limit),
        )
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
    else:
        print_table(
            [(r.reference, r.status, r.opened_on, r.region, r.assigned_to, r.parties) for r in rows],
            ("REFERENCE", "STATUS", "OPENED", "REGION", "ASSIGNED", "VICTIMS"),
        )
    return 0


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
