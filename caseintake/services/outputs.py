"""Files the application writes or checks, offered to both faces (DESIGN §5, §8).

The command line and the GUI do not reach into `storage.safe_output` or `reports` themselves:
where a file may be written, the no-media check of a PDF, and how a written document names its
hearing are decided once, here, so the two faces cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from caseintake.reports.labels import HEARING_KINDS, full_date, label, manila
from caseintake.reports.pdf_safety import PdfFinding, verify_pdf_file
from caseintake.storage import safe_output
from caseintake.storage.safe_output import OutputRefused, OutputTarget

__all__ = [
    "OutputRefused",
    "OutputTarget",
    "PdfFinding",
    "check_destination",
    "hearing_in_words",
    "verify_pdf",
    "write_file",
]


def check_destination(
    path: Path, database: Path | None, *, force: bool = False, replaces_backup: bool = False
) -> OutputTarget:
    """Refuse a destination before any work is done (and before a passphrase is asked).

    Never the database's folder, a link, a backup (unless `replaces_backup`, the backup
    command's rotation) or an existing file without `force`; one sentence when refused.
    """
    return safe_output.check_output(path, database, force=force, replaces_backup=replaces_backup)


def write_file(path: Path, data: bytes, database: Path | None, *, force: bool = False) -> Path:
    """Check `path` again and write `data` there atomically; returns the path written."""
    return safe_output.write_output(path, data, database, force=force)


def verify_pdf(path: Path) -> list[PdfFinding]:
    """The no-media check on any PDF on disk; an unreadable file is a finding of kind `unreadable`."""
    return verify_pdf_file(path)


def hearing_in_words(kind: str, starts_at: datetime) -> str:
    """'inquest, March 3, 2026': how a message names the hearing a document was written for.

    The words are the printed document's own (its kind labels, its Manila date), so what the
    user is told matches what is on the paper.
    """
    return f"{label(HEARING_KINDS, kind).lower()}, {full_date(manila(starts_at).date())}"
