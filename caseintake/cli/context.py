"""What every command shares: who is asking, which database, and one way to unlock it.

`open_session` is the only place the command line unlocks a database. It asks for the
passphrase (DESIGN §6: terminal, else `--passphrase-file`, else `$CASEINTAKE_PASSPHRASE`),
writes nothing on unlock (each command audits what it changes, and a command that fails changes
nothing at all), and closes the session however the command ends.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from caseintake.cli.io import UsageError, read_new_secret, read_secret, wait_out

if TYPE_CHECKING:
    from caseintake.services.session import Session


def default_database() -> Path:
    env = os.environ.get("CASEINTAKE_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("caseintake", appauthor=False)) / "cases.db"


def user_name(args: argparse.Namespace) -> str:
    """`--user`, else `$CASEINTAKE_USER`; a usage error when neither is given."""
    user = args.user or os.environ.get("CASEINTAKE_USER")
    if not user:
        raise UsageError("No user given: use --user NAME or set CASEINTAKE_USER.")
    return str(user)


def database(args: argparse.Namespace) -> Path:
    """`--db`, else `$CASEINTAKE_DB`, else `cases.db` in the user data folder."""
    return Path(args.db) if args.db else default_database()


def passphrase(args: argparse.Namespace, user: str) -> str:
    return read_secret(
        args.passphrase_file, "CASEINTAKE_PASSPHRASE", f"Passphrase for {user}: ", "passphrase"
    )


def new_passphrase(args: argparse.Namespace) -> str:
    return read_new_secret(args.new_passphrase_file, "CASEINTAKE_NEW_PASSPHRASE", "passphrase")


@contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Session]:
    """Unlock for one command and close again when the `with` block ends, even on an error."""
    from caseintake.services.session import open_session as unlock

    user = user_name(args)
    session = unlock(database(args), user, passphrase(args, user), wait=wait_out, record=False)
    try:
        yield session
    finally:
        session.close()


def print_table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
