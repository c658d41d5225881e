"""Where logs go: one rotating file in the user's log folder, never the terminal.

Log lines carry ids and error codes only (STYLE rule 12); the file is plain text, so nothing of
case data may ever reach it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs


def log_folder() -> Path:
    override = os.environ.get("CASEINTAKE_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("caseintake", appauthor=False))


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send our logs to the file; returns its path, or None if the folder cannot be written."""
    root = logging.getLogger()
    if any(getattr(h, "_caseintake", False) for h in root.handlers):
        return None
    # A log line that cannot be written (a full disk) is dropped, not printed as a traceback.
    logging.raiseExceptions = False
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "caseintake.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
        path = None
    else:
        path = folder / "caseintake.log"
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._caseintake = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
