"""`backup`, `restore`, `check`, `rotate-keys` and `verify-pdf`: the database file and its outputs."""

from __future__ import annotations

import argparse

from caseintake.cli.context import database, open_session, passphrase, user_name
from caseintake.cli.io import Progress, output_file, wait_out
from caseintake.domain.errors import CaseintakeError


def cmd_backup(args: argparse.Namespace) -> int:
    from caseintake.services.maintenance import make_backup
    from caseintake.services.outputs import check_destination
    from caseintake.services.progress import Task

    check_destination(output_file(args.file), database(args), force=args.force, replaces_backup=True)
    with open_session(args) as session:
        # The progress line (thousandths done) shows only on a terminal's stderr, as for import.
        digest = make_backup(session, args.file, force=args.force, task=Task(Progress("Backing up")))
    print(f"Backup written to {args.file} (SHA-256 {digest}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseintake.services.maintenance import restore

    user = user_name(args)
    kept = restore(database(args), args.file, user, passphrase(args, user), wait=wait_out, force=args.force)
    print(f"Restored {database(args)} from {args.file}.")
    if kept:
        print(f"The replaced files are kept, still encrypted, in {kept}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from caseintake.domain.errors import IntegrityProblem, KeyFileMissing
    from caseintake.services.maintenance import check
    from caseintake.services.progress import Task

    try:
        with open_session(args) as session:
            report = check(session, Task(Progress("Checking")))
    except KeyFileMissing:
        # Elsewhere "not a database"; to the integrity check, a database without its key file is damaged.
        path = database(args)
        raise IntegrityProblem(
            f"The key file of {path.name} is missing, so the database cannot be opened or checked; "
            "put the key file back or restore a backup."
        ) from None
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

    with open_session(args) as session:
        epoch = rotate_keys(session, Task(Progress("Re-encrypting")))
    print(f"The database key was replaced (key epoch {epoch}); earlier copies of the key file open nothing.")
    return 0


def cmd_verify_pdf(args: argparse.Namespace) -> int:
    """Needs no database: any PDF, from anyone, can be checked."""
    from caseintake.domain.errors import PermissionDenied
    from caseintake.services.outputs import verify_pdf

    if not args.file.is_file():
        raise CaseintakeError(f"There is no file at {args.file}.")
    findings = verify_pdf(args.file)
    if findings and all(f.kind == "unreadable" for f in findings):
        raise CaseintakeError(f"{args.file.name} is not a readable PDF.")
    if not findings:
        print(f"{args.file.name}: clean (no images, files, links, scripts, forms or annotations).")
        return 0
    for finding in findings:
        print(f"{finding.kind}: {finding.where}: {finding.detail}")
    kinds = sorted({f.kind for f in findings})
    raise PermissionDenied(f"{args.file.name} failed the no-media check: {', '.join(kinds)}.")
