"""The edge of the command line: parse, run one command, turn every failure into one line.

Every failure ends in one sentence on stderr and the exit status of its error class:
0 done, 1 error, 2 usage, 3 authentication, 4 integrity, 5 refused by policy.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence

from caseintake.cli.parser import COMMANDS, build_parser
from caseintake.domain.errors import CaseintakeError
from caseintake.logging_setup import configure_logging

log = logging.getLogger(__name__)


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


def gui_main() -> int:
    """The windowed launcher (`caseintake-gui`): always the desktop application, as in the bundle.

    Global options (--db, --user) still apply; a windowed program has no terminal to print on."""
    return main(["gui", *sys.argv[1:]])
