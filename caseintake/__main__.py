"""`python -m caseintake`: the same as the `caseintake` command."""

from __future__ import annotations

import sys

from caseintake.cli import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the demo generator's worker process in a frozen build
    sys.exit(main())
