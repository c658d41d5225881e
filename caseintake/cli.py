"""The command line (DESIGN §6): a thin face over the services, and the GUI's launcher.

Every failure ends in one sentence on stderr and the exit status of its error class:
0 done, 1 error, 2 usage, 3 authentication, 4 integrity, 5 refused by policy.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

import platformdirs

from caseintake import __version__
from caseintake.cli_counts import add_counts_parser, run_counts
from caseintake.cli_io import (
    Progress,
    UsageError,
    output_file,
    plural,
    read_new_secret,
    read_secret,
    wait_out,
)
from caseintake.cli_summary import add_summary_parser, run_summary
from caseintake.domain.codes import CaseStatus, Region, Role, values
from caseintake.domain.errors import CaseintakeError
from caseintake.logging_setup import configure_logging

log = logging.getLogger(__name__)


def default_database() -> Path:
    env = os.environ.get("CASEINTAKE_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("caseintake", appauthor=False)) / "cases.db"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def _global_options(*, suppress: bool) -> _Parser:
    """The global options, accepted before or after the command.

    After the command their default is SUPPRESS, so a sub-command does not reset a value
    given before it.
    """
    common = _Parser(add_help=False)
    default: Any = argparse.SUPPRESS if suppress else None
    common.add_argument(
        "--db",
        type=Path,
        default=default,
        help="database file (default: $CASEINTAKE_DB or the user data folder)",
    )
    common.add_argument("--user", default=default, help="who you are (default: $CASEINTAKE_USER)")
    common.add_argument(
        "--passphrase-file", default=default, help="read your passphrase from the first line of this file"
    )
    common.add_argument(
        "--new-passphrase-file",
        default=default,
        help="read a new passphrase from the first line of this file",
    )
    common.add_argument(
        "--recovery-key-file", default=default, help="read the recovery key from the first line of this file"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _global_options(suppress=True)
    parser = _Parser(
        prog="caseintake",
        parents=[_global_options(suppress=False)],
        description="Encrypted, offline case intake for legal-aid teams.",
    )
    parser.add_argument("--version", action="version", version=f"caseintake {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    add("gui", "open the desktop application (the default)")
    p = add("init", "create a database; --user becomes its first supervisor")
    p.add_argument("--office-prefix", default="CI", help="prefix of case references (default CI)")
    p.add_argument("--office-name", default="", help="office name printed on documents")
    p.add_argument("--display-name", default="", help="the first supervisor's full name")
    p.add_argument("--json", action="store_true", help='print {"recovery_key": ...} as JSON')

    p = add("users", "manage staff accounts (supervisors)")
    users = p.add_subparsers(dest="users_command", parser_class=_Parser, required=True)
    u = users.add_parser("add", parents=[common], help="add an account")
    u.add_argument("name")
    u.add_argument("--role", required=True, choices=sorted(values(Role)))
    u.add_argument("--display-name", default=None)
    u = users.add_parser("list", parents=[common], help="list accounts")
    u.add_argument("--json", action="store_true")
    u = users.add_parser("disable", parents=[common], help="disable an account")
    u.add_argument("name")

    add("passwd", "change your passphrase")
    add("recover", "set a new passphrase for --user with the recovery key")
    p = add("import", "import cases from an interchange file (all or nothing)")
    p.add_argument("file", type=Path)
    p = add("demo", "fill the database with synthetic cases")
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p = add("cases", "list cases, newest first")
    p.add_argument("--search")
    p.add_argument("--status", choices=sorted(values(CaseStatus)))
    p.add_argument("--region", choices=sorted(values(Region)))
    p.add_argument("--assigned", help="only cases assigned to this user")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p = add("case", "one case")
    case = p.add_subparsers(dest="case_command", parser_class=_Parser, required=True)
    c = case.add_parser("show", parents=[common], help="show a case by reference")
    c.add_argument("reference")
    c.add_argument("--json", action="store_true")
    p = add("hearings", "court dates in a period")
    p.add_argument("--from", dest="start", type=_day, help="first day (default today)")
    p.add_argument("--to", dest="end", type=_day, help="last day (default 90 days on)")
    p.add_argument("--lawyer")
    p.add_argument("--ics", type=Path, help="also write them to this calendar file")
    p.add_argument("--force", action="store_true", help="replace the calendar file if it exists")
    p.add_argument("--json", action="store_true")
    p = add("backup", "write an encrypted backup file (supervisors)")
    p.add_argument("file", type=Path)
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (an older backup)")
    p = add("restore", "replace the database with a backup (supervisors)")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--force",
        action="store_true",
        help="restore even a backup older than the database, or over a database that cannot be opened",
    )
    add("check", "verify integrity, tampering and the audit chain")
    add("rotate-keys", "re-encrypt the database under a new key; old key files open nothing (supervisors)")
    p = add("allow-word", "let one ordinary word pass the leak guard for one person (lawyers, supervisors)")
    p.add_argument("reference", help="the case, e.g. CI-2026-00042")
    p.add_argument("pseudonym", help="the person's court initials in that case, e.g. AAA")
    p.add_argument("word", help="the word the guard blocked, which is also an ordinary word")
    add_summary_parser(sub, common)
    add_counts_parser(sub, common)
    p = add("verify-pdf", "check that a PDF holds no images, files, links, scripts or forms")
    p.add_argument("file", type=Path)
    return parser


# -- helpers --------------------------------------------------------------------------------------


def _user(args: argparse.Namespace) -> str:
    user = args.user or os.environ.get("CASEINTAKE_USER")
    if not user:
        raise UsageError("No user given: use --user NAME or set CASEINTAKE_USER.")
    return str(user)


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_database()


def _passphrase(args: argparse.Namespace, user: str) -> str:
    return read_secret(
        args.passphrase_file, "CASEINTAKE_PASSPHRASE", f"Passphrase for {user}: ", "passphrase"
    )


def _new_passphrase(args: argparse.Namespace) -> str:
    return read_new_secret(args.new_passphrase_file, "CASEINTAKE_NEW_PASSPHRASE", "passphrase")


def _session(args: argparse.Namespace) -> Any:
    """Unlock for one command. Nothing is written on unlock: each command audits what it changes,
    and a command that fails changes nothing at all."""
    from caseintake.services.session import open_session

    user = _user(args)
    return open_session(_db(args), user, _passphrase(args, user), wait=wait_out, record=False)


def _print_table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


# -- commands -------------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    import importlib

    try:
        app = importlib.import_module("caseintake.app")
    except ImportError as exc:
        raise CaseintakeError(f"The desktop application cannot start: {exc.name} is missing.") from None
    return int(app.run(_db(args), args.user or os.environ.get("CASEINTAKE_USER")))


def cmd_init(args: argparse.Namespace) -> int:
    from caseintake.domain.validation import new_passphrase
    from caseintake.services.session import create_session

    user = _user(args)
    path = _db(args)
    if path.exists():
        raise CaseintakeError(f"A database already exists at {path}; refusing to overwrite it.")
    passphrase = read_new_secret(args.passphrase_file, "CASEINTAKE_PASSPHRASE", "passphrase")
    new_passphrase(passphrase, user)
    session, recovery_key = create_session(
        path,
        user,
        passphrase,
        display_name=args.display_name,
        office_prefix=args.office_prefix,
        office_name=args.office_name,
    )
    session.close()
    if args.json:
        print(json.dumps({"recovery_key": recovery_key}))
    else:
        print(f"Created {path} with {user} as its first supervisor.")
        print()
        print(f"Recovery key: {recovery_key}")
        print()
        print("Write this key down or print it now and keep it locked away from the laptop.")
        print("It is shown only once. With it a supervisor can set a new passphrase for anyone.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from caseintake.services import users

    session = _session(args)
    try:
        if args.users_command == "add":
            new = _new_passphrase(args)
            users.add_user(session, args.name, args.role, new, display_name=args.display_name)
            print(f"Added {args.name} ({args.role}).")
        elif args.users_command == "disable":
            from caseintake.services.progress import Task

            if users.disable_user(session, args.name, Task(Progress("Re-encrypting"))):
                print(f"Disabled {args.name}; the database key was rotated, so nothing of theirs opens it.")
            else:
                print(f"Disabled {args.name}; their passphrase no longer opens this database.")
                print(
                    "warning: the database key could not be rotated yet; run 'caseintake rotate-keys' "
                    "once every account has unlocked since the upgrade.",
                    file=sys.stderr,
                )
        else:
            listed = users.list_users(session)
            if args.json:
                print(json.dumps([u.__dict__ for u in listed], indent=2))
            else:
                _print_table(
                    [
                        (u.username, u.role, "active" if u.active else "disabled", u.display_name)
                        for u in listed
                    ],
                    ("USER", "ROLE", "STATE", "NAME"),
                )
    finally:
        session.close()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from caseintake.services import users

    session = _session(args)
    try:
        current = _passphrase(args, session.username)
        users.change_passphrase(session, current, _new_passphrase(args))
    finally:
        session.close()
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from caseintake.services import users

    user = _user(args)
    key = read_secret(args.recovery_key_file, "CASEINTAKE_RECOVERY_KEY", "Recovery key: ", "recovery key")
    users.recover(_db(args), key, user, _new_passphrase(args), wait=wait_out)
    print(f"A new passphrase is set for {user}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from caseintake.interchange.importer import read_cases
    from caseintake.services.intake import add_cases
    from caseintake.services.progress import Task

    cases = read_cases(args.file)
    session = _session(args)
    try:
        refs = add_cases(session, cases, task=Task(Progress("Importing")))
    finally:
        session.close()
    print(f"Imported {plural(len(refs), 'case')}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from caseintake.services.demo import fill_with_demo_cases
    from caseintake.services.progress import Task

    if args.cases < 1 or args.cases > 1_000_000:
        raise UsageError("--cases must be between 1 and 1,000,000.")
    session = _session(args)
    try:
        first, last = fill_with_demo_cases(
            session, args.cases, seed=args.seed, task=Task(Progress("Generating"))
        )
    finally:
        session.close()
    print(f"Added {plural(args.cases, 'synthetic case')} ({first} to {last}).")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from caseintake.services.cases import list_cases

    session = _session(args)
    try:
        rows = list_cases(
            session,
            search=args.search,
            status=args.status,
            region=args.region,
            assigned_to=args.assigned,
            limit=max(1, args.limit),
        )
    finally:
        session.close()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
    else:
        _print_table(
            [(r.reference, r.status, r.opened_on, r.region, r.assigned_to, r.parties) for r in rows],
            ("REFERENCE", "STATUS", "OPENED", "REGION", "ASSIGNED", "VICTIMS"),
        )
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    from caseintake.cli_io import case_as_text
    from caseintake.services.cases import case_json, load_case

    session = _session(args)
    try:
        case = load_case(session, args.reference)
        with session.db.atomic():
            session.audit("case.view", "case", case.id or "", {"via": "cli"})
    finally:
        session.close()
    if args.json:
        from caseintake.services.court_record import with_court_json

        print(json.dumps(with_court_json(case_json(case), case), ensure_ascii=False, indent=2))
    else:
        print(case_as_text(case))
    return 0


def cmd_hearings(args: argparse.Namespace) -> int:
    from caseintake.services import hearings
    from caseintake.services.documents import register_document
    from caseintake.storage.safe_output import check_output, write_output

    start = args.start or date.today()
    end = args.end or start + timedelta(days=90)
    if args.ics:
        check_output(output_file(args.ics), _db(args), force=args.force)
    session = _session(args)
    try:
        items = hearings.agenda(session, start, end, lawyer=args.lawyer)
        if args.ics:
            text = hearings.agenda_ics(session, items).encode("utf-8")
            write_output(args.ics, text, session.db.path, force=args.force)
            import hashlib

            register_document(session, "calendar", None, hashlib.sha256(text).hexdigest())
    finally:
        session.close()
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
        _print_table(
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


def cmd_backup(args: argparse.Namespace) -> int:
    from caseintake.services.maintenance import make_backup
    from caseintake.storage.safe_output import check_output

    check_output(output_file(args.file), _db(args), force=args.force, replaces_backup=True)
    session = _session(args)
    try:
        digest = make_backup(session, args.file, force=args.force)
    finally:
        session.close()
    print(f"Backup written to {args.file} (SHA-256 {digest}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseintake.services.maintenance import restore

    user = _user(args)
    kept = restore(_db(args), args.file, user, _passphrase(args, user), wait=wait_out, force=args.force)
    print(f"Restored {_db(args)} from {args.file}.")
    if kept:
        print(f"The replaced files are kept, still encrypted, in {kept}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from caseintake.domain.errors import IntegrityProblem
    from caseintake.services.maintenance import check

    session = _session(args)
    try:
        report = check(session)
    finally:
        session.close()
    for key, value in report.facts.items():
        print(f"{key}: {value}")
    if not report.ok:
        for problem in report.problems:
            print(f"problem: {problem}")
        raise IntegrityProblem(f"{len(report.problems)} problem(s) found: {report.problems[0]}.")
    print("No problems found.")
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    from caseintake.services.keys import rotate_keys
    from caseintake.services.progress import Task

    session = _session(args)
    try:
        epoch = rotate_keys(session, Task(Progress("Re-encrypting")))
    finally:
        session.close()
    print(f"The database key was replaced (key epoch {epoch}); earlier copies of the key file open nothing.")
    return 0


def cmd_allow_word(args: argparse.Namespace) -> int:
    from caseintake.services import leak_guard

    session = _session(args)
    try:
        leak_guard.allow_word_in_case(session, args.reference, args.pseudonym, args.word)
    finally:
        session.close()
    who = f"{args.pseudonym.strip().upper()} of {args.reference.strip().upper()}"
    print(f"The guard now lets that word pass for {who}; the allowance is in the case history.")
    return 0


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    from caseintake.domain.errors import PermissionDenied
    from caseintake.reports.pdf_safety import verify_pdf_file

    if not args.file.is_file():
        raise CaseintakeError(f"There is no file at {args.file}.")
    findings = verify_pdf_file(args.file)
    if findings and all(f.kind == "unreadable" for f in findings):
        raise CaseintakeError(f"{args.file.name} is not a readable PDF.")
    if not findings:
        print(f"{args.file.name}: clean (no images, files, links, scripts, forms or annotations).")
        return 0
    for finding in findings:
        print(f"{finding.kind}: {finding.where}: {finding.detail}")
    kinds = sorted({f.kind for f in findings})
    raise PermissionDenied(f"{args.file.name} failed the no-media check: {', '.join(kinds)}.")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "users": cmd_users,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "import": cmd_import,
    "demo": cmd_demo,
    "cases": cmd_cases,
    "case": cmd_case,
    "hearings": cmd_hearings,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "rotate-keys": cmd_rotate_keys,
    "allow-word": cmd_allow_word,
    "verify-pdf": cmd_verify_pdf,
    "summary": run_summary,
    "counts": run_counts,
}


def main(argv: Sequence[str] | None = None) -> int:
    from caseintake.core_dumps import disable_core_dumps

    disable_core_dumps()  # before anything is decrypted: a crash must not write names to a core file
    log_file = configure_logging()
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command or "gui"](args)
    except CaseintakeError as exc:
        print(f"caseintake: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("caseintake: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: never a traceback on the terminal
        frames = "".join(traceback.format_tb(exc.__traceback__))
        log.error("unexpected %s\n%s", type(exc).__name__, frames)
        where = f"; details are in {log_file}" if log_file else ""
        print(f"caseintake: unexpected error ({type(exc).__name__}){where}.", file=sys.stderr)
        return 1
