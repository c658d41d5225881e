"""`gui`, the default command: start the desktop application on the chosen database."""

from __future__ import annotations

import argparse
import importlib
import os

from caseintake.cli.context import database
from caseintake.domain.errors import CaseintakeError


def cmd_gui(args: argparse.Namespace) -> int:
    """Qt is imported only here, so every other command runs without PySide6 installed."""
    try:
        app = importlib.import_module("caseintake.app")
    except ImportError as exc:
        raise CaseintakeError(f"The desktop application cannot start: {exc.name} is missing.") from None
    return int(app.run(database(args), args.user or os.environ.get("CASEINTAKE_USER")))
