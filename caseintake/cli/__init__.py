"""The command line (DESIGN §6): a thin face over the services, and the GUI's launcher.

`caseintake.cli:main` is the console entry point. Inside the package the imports run one way:
`run` → `parser` → the command modules (`commands_*`, `counts`, `summary`) → `context` → `io`,
and the commands reach the core only through `caseintake.services` and `caseintake.domain`.
"""

from __future__ import annotations

from caseintake.cli.run import main

__all__ = ["main"]
