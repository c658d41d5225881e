"""Crash-safe file replacement: write beside, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path

from caseintake.domain.errors import CaseintakeError

#: The reasons a user can act on, by the word an error's params carry for them (`reason_param`).
OS_REASONS = {"disk_full": "the disk is full", "read_only": "the folder or file is read-only"}


def reason_param(exc: OSError) -> str:
    """Why a write failed, for an error's params: a key of `OS_REASONS` (the GUI words it), else
    the system's own words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk_full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    return exc.strerror or "the write failed"


def os_reason(exc: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    reason = reason_param(exc)
    return OS_REASONS.get(reason, reason)


class WriteFailed(CaseintakeError, OSError):
    """A file could not be written (a full disk, a read-only folder); nothing was written.

    Still an OSError, so callers that handle OSError themselves keep working."""

    default_code = "write_failed"

    def __init__(self, path: Path, cause: OSError) -> None:
        self.sentence = f"Cannot write {path.name} in {path.parent}: {os_reason(cause)}; nothing was written."
        params = {"file": path.name, "folder": path.parent, "reason": reason_param(cause)}
        CaseintakeError.__init__(self, self.sentence, code="write_failed", params=params)
        OSError.__init__(self, cause.errno, cause.strerror, str(path))

    def __str__(self) -> str:
        return self.sentence


def fsync_directory(folder: Path) -> None:
    """Make a rename durable; not every platform can open a directory."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file, never half."""
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteFailed(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise WriteFailed(path, exc) from None
        raise
    fsync_directory(folder)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
