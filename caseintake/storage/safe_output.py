"""Where an output may be written, and writing it so that nothing else is ever destroyed.

Every file the application writes at a user's request (a hearing summary, a calendar, a counts
file, a backup; from the command line or a save dialog) goes through `write_output`. An insider,
or a slip of the hand, once pointed `--out` at the database's own key file, after which nothing
could open the database, not even the recovery key. So an output is refused when it would land:

- in the database's folder at all (the database, its write-ahead log and shared memory, its key
  file, its unlock-delay file, a restore in progress, kept replaced files all live there);
- on the same file as any of those by another name (a hard link);
- on a caseintake backup, wherever it is;
- on a symbolic link (the final name is opened with O_NOFOLLOW; a link is never followed);
- on anything that is not a regular file (a folder, a device, a pipe);
- on an existing file, unless the caller says `force` (the command line's `--force`, a save
  dialog after the user agreed to replace it).

The data goes to a temporary file in the same folder, is flushed to disk, then renamed into
place and the folder synced: a crash leaves the old file or the new one, never half of one. A
rename replaces a name and never writes through a link, and a new file is linked into place only
if its name is still free, so a link or file that appears between the check and the write is
refused rather than followed or overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from caseintake.domain.errors import CaseintakeError, PermissionDenied
from caseintake.storage.files import WriteFailed, fsync_directory

BACKUP_MAGIC_PREFIX = b"caseintake-backup/"
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the check


class OutputRefused(PermissionDenied):
    """The chosen output file would destroy or expose something; nothing was written (exit 5)."""


def database_files(database: Path) -> list[Path]:
    """The names that belong to a database and that no output may ever take."""
    name = database.name
    return [
        database,
        *(database.with_name(name + suffix) for suffix in ("-wal", "-shm", "-journal")),
        *(database.with_name(name + suffix) for suffix in (".keys", ".unlock", ".restoring")),
    ]


@dataclass(frozen=True)
class OutputTarget:
    """A checked destination: `path` has a resolved folder and the name the user gave."""

    path: Path
    exists: bool


def _folder(path: Path) -> Path:
    if path.name in ("", ".", ".."):
        raise CaseintakeError(
            f"{path} is a folder; give a file name to write to.",
            code="output_is_folder",
            params={"path": path},
        )
    try:
        folder = path.parent.resolve(strict=True)
    except (OSError, RuntimeError):
        raise CaseintakeError(
            f"The folder {path.parent} does not exist.",
            code="output_no_folder",
            params={"folder": path.parent},
        ) from None
    if not folder.is_dir():
        raise CaseintakeError(
            f"The folder {path.parent} does not exist.",
            code="output_no_folder",
            params={"folder": path.parent},
        )
    return folder


def _identities(paths: list[Path]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for p in paths:
        with contextlib.suppress(OSError):
            st = os.stat(p, follow_symlinks=False)
            found.add((st.st_dev, st.st_ino))
    return found


def check_output(
    path: Path, database: Path | None, *, force: bool = False, replaces_backup: bool = False
) -> OutputTarget:
    """Check a destination before any work is done; raises `OutputRefused` with one sentence.

    `database` is the database in use (None when there is none, e.g. a command that opened none).
    `replaces_backup` is for the backup command alone: a new backup may replace an older one
    (a rotation of backup files), and only with `force`.
    """
    folder = _folder(path)
    target = folder / path.name
    if database is not None:
        db_folder = database.parent.resolve()
        if folder == db_folder:
            raise OutputRefused(
                f"{path.name} would be written into the database's own folder ({folder}); "
                "choose a file in another folder.",
                code="output_in_database_folder",
                params={"file": path.name, "folder": folder},
            )
        protected = database_files(db_folder / database.name)
    else:
        protected = []
    try:
        fd = os.open(target, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK)
    except FileNotFoundError:
        return OutputTarget(target, exists=False)
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(target):
            raise OutputRefused(
                f"{path} is a symbolic link; outputs never follow links, so choose another file name.",
                code="output_is_link",
                params={"path": path},
            ) from None
        if exc.errno == errno.EISDIR or target.is_dir():
            raise CaseintakeError(
                f"{path} is a folder; give a file name to write to.",
                code="output_is_folder",
                params={"path": path},
            ) from None
        raise WriteFailed(target, exc) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise CaseintakeError(
                f"{path} is a folder; give a file name to write to.",
                code="output_is_folder",
                params={"path": path},
            )
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(
                f"{path} is not a regular file; choose another file name.",
                code="output_not_regular",
                params={"path": path},
            )
        if (st.st_dev, st.st_ino) in _identities(protected):
            raise OutputRefused(
                f"{path} is the same file as one of the database's own files; choose another file name.",
                code="output_is_database_file",
                params={"path": path},
            )
        if os.read(fd, len(BACKUP_MAGIC_PREFIX)) == BACKUP_MAGIC_PREFIX and not replaces_backup:
            raise OutputRefused(
                f"{path} is a caseintake backup; outputs never replace a backup, so choose another"
                " file name.",
                code="output_is_backup",
                params={"path": path},
            )
    finally:
        os.close(fd)
    if not force:
        raise OutputRefused(
            f"{path} already exists; use --force to replace it.", code="output_exists", params={"path": path}
        )
    return OutputTarget(target, exists=True)


@contextmanager
def _temporary_beside(target: Path) -> Iterator[tuple[int, Path]]:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(name)
    try:
        yield fd, temp
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()


def _remove_leftovers(target: Path) -> None:
    """The hidden part-files an earlier write of this same file left when it was killed."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        if leftover.is_file() and not leftover.is_symlink():
            with contextlib.suppress(OSError):
                leftover.unlink()


def write_output(path: Path, data: bytes, database: Path | None, *, force: bool = False) -> Path:
    """Check `path` and write `data` there atomically; returns the path written."""
    checked = check_output(path, database, force=force)
    target = checked.path
    _remove_leftovers(target)
    try:
        with _temporary_beside(target) as (fd, temp):
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            _place(temp, target, force=force)
    except OSError as exc:
        if isinstance(exc, CaseintakeError):
            raise
        raise WriteFailed(target, exc) from None
    fsync_directory(target.parent)
    return target


def place_file(
    temp: Path, path: Path, database: Path | None, *, force: bool = False, replaces_backup: bool = False
) -> Path:
    """Move a finished, synced temporary file (in the same folder) to `path`, checked like
    `write_output`; for writers that stream their output (backups)."""
    target = check_output(path, database, force=force, replaces_backup=replaces_backup).path
    try:
        _place(temp, target, force=force)
    except OSError as exc:
        if isinstance(exc, CaseintakeError):
            raise
        raise WriteFailed(target, exc) from None
    fsync_directory(target.parent)
    return target


def _place(temp: Path, target: Path, *, force: bool) -> None:
    if force:
        # The check just passed; a link or folder that appeared since is replaced, not followed.
        if os.path.islink(target):
            raise OutputRefused(
                f"{target} became a symbolic link while writing; nothing was written.",
                code="output_became_link",
                params={"path": target},
            )
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # only if the name is still free: never overwrites
    except FileExistsError:
        raise OutputRefused(
            f"{target} already exists; use --force to replace it.",
            code="output_exists",
            params={"path": target},
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links (FAT on a USB stick): a final look, then rename.
        if os.path.lexists(target):
            raise OutputRefused(
                f"{target} already exists; use --force to replace it.",
                code="output_exists",
                params={"path": target},
            ) from None
        os.replace(temp, target)
    else:
        os.unlink(temp)
