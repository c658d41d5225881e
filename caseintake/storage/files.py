"""Crash-safe file replacement: write beside, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path

from caseintake.domain.errors import CaseintakeError


def os_reason(exc: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder or file is read-only"
    return exc.strerror or "the write failed"


class WriteFailed(CaseintakeError, OSError):
    """A file could not be written (a full disk, a read-only folder); nothing was written.

    Still an OSError, so callers that handle OSError themselves keep working."""

    def __init__(self, path: Path, cause: OSError) -> None:
        OSError.__init__(self, cause.errno, cause.strerror, str(path))
        self.sentence = f"Cannot write {path.name} in {path.parent}: {os_reason(cause)}; nothing was written."

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
