"""The command line's grammar (DESIGN §6) and which function runs each command.

Only argparse lives here; the commands are in `commands_*.py`, `counts.py` and `summary.py`,
which share `context.py` and never import this module back.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from caseintake import __version__
from caseintake.cli.commands_accounts import cmd_init, cmd_passwd, cmd_recover, cmd_users
from caseintake.cli.commands_cases import (
    cmd_allow_word,
    cmd_case,
    cmd_cases,
    cmd_demo,
    cmd_hearings,
    cmd_import,
)
from caseintake.cli.commands_database import (
    cmd_backup,
    cmd_check,
    cmd_restore,
    cmd_rotate_keys,
    cmd_verify_pdf,
)
from caseintake.cli.commands_gui import cmd_gui
from caseintake.cli.commands_team import add_team_parsers, cmd_conflicts, cmd_hub, cmd_sync
from caseintake.cli.counts import add_counts_parser, run_counts
from caseintake.cli.io import UsageError
from caseintake.cli.summary import add_summary_parser, run_summary
from caseintake.domain.codes import CaseStatus, Region, Role, values


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
    p.add_argument(
        "--demo",
        action="store_true",
        help="a demo database, for synthetic cases only: the only kind 'demo' fills",
    )

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
    u = users.add_parser("enable", parents=[common], help="re-enable a disabled account (a new passphrase)")
    u.add_argument("name")
    u = users.add_parser("role", parents=[common], help="change an account's role")
    u.add_argument("name")
    u.add_argument("role", choices=sorted(values(Role)))

    add("passwd", "change your passphrase")
    add("recover", "set a new passphrase for --user with the recovery key")
    p = add("import", "import cases from an interchange file (all or nothing)")
    p.add_argument("file", type=Path)
    p = add("demo", "fill a demo database (made with 'init --demo') with synthetic cases")
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p = add("cases", "list cases, newest first")
    p.add_argument("--search")
    p.add_argument("--status", choices=sorted(values(CaseStatus)))
    p.add_argument("--region", choices=sorted(values(Region)))
    p.add_argument("--assigned", help="only cases assigned to this user")
    how_many = p.add_mutually_exclusive_group()
    how_many.add_argument("--limit", type=int, metavar="N", help="list at most N cases (default 100)")
    how_many.add_argument("--all", action="store_true", help="list every case")
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
    add_team_parsers(add, common, _Parser)
    return parser


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
    "hub": cmd_hub,
    "sync": cmd_sync,
    "conflicts": cmd_conflicts,
}
