"""Reading an interchange file (DESIGN §7) for the faces, which then add the cases all or nothing.

The command line and the GUI call this rather than `interchange` directly. Reading needs no
session, so a file that is not valid is refused before a passphrase is asked; the cases are then
added with `services.intake.add_cases`.
"""

from __future__ import annotations

from pathlib import Path

from caseintake.domain.records import Case
from caseintake.interchange.importer import read_cases


def read_import_file(path: Path) -> list[Case]:
    """The validated cases of an interchange file; every problem is one `InvalidInput` sentence."""
    return read_cases(path)
