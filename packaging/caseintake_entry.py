"""The frozen application's entry point: one script behind both executables of the bundle.

`caseintake` (a console program on Windows) is the whole command line, and opens the desktop
application when given no command. `caseintake-gui` (windowed on Windows and macOS: no console
window) always opens the desktop application; it is what the Start menu, the Dock and the
desktop entry start. Both are the same code: the name of the executable decides.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def _arguments() -> list[str]:
    argv = sys.argv[1:]
    if Path(sys.executable).stem.lower().endswith("-gui"):
        # Finder on old macOS adds a process serial number; it means nothing to us.
        return ["gui", *(arg for arg in argv if not arg.startswith("-psn_"))]
    return argv


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the demo generator's "spawn" worker re-runs this executable
    from caseintake.cli import main

    sys.exit(main(_arguments()))
