"""A laptop's shared sync folder: a folder that Syncthing or a network share fills and empties.

caseintake itself opens no network connection (DESIGN §2.7): it only reads and writes files in
the folder. "Sync now" writes this laptop's bundle there (one file, replaced each time: the
latest bundle carries everything the office has not acknowledged) and applies every bundle in
the folder written for this laptop; while the folder is set, a QFileSystemWatcher applies each
new bundle as it appears. Only the folder's path is kept, in QSettings; which files were looked
at is kept in memory for the session (a file applied again would change nothing anyway).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer, Signal

from caseintake.domain.errors import CaseintakeError
from caseintake.services import sync, team
from caseintake.services.session import Session
from caseintake.services.sync import Received, Sent
from caseintake.ui.state import AppState
from caseintake.ui.team.files import SHARED_FOLDER

log = logging.getLogger(__name__)

#: A file seen in the folder: its name, size and modification time.
Seen = tuple[str, int, int]
#: Wait this long after the folder changes before reading it (a sync tool writes in steps).
SETTLE_MS = 1500


@dataclass
class Applied:
    file: str
    received: Received | None = None
    error: CaseintakeError | None = None


@dataclass
class FolderRun:
    """What one look at the folder did."""

    sent: Sent | None = None
    applied: list[Applied] = field(default_factory=list)
    seen: set[Seen] = field(default_factory=set)


def outgoing_name(laptop: str) -> str:
    return sync.to_office_name(laptop)


def candidates(folder: Path, seen: set[Seen]) -> list[tuple[Path, Seen]]:
    """Files in the folder not looked at yet, oldest first (`sync.waiting_in` leaves hidden and
    half-written files alone)."""
    found = []
    for path in sync.waiting_in(folder):
        try:
            info = path.stat()
        except OSError:
            continue
        key = (path.name, info.st_size, info.st_mtime_ns)
        if key not in seen:
            found.append((path, key))
    return found


def apply_folder(session: Session, folder: Path, seen: set[Seen]) -> FolderRun:
    """On the database thread: apply every bundle in `folder` written for this copy."""
    run = FolderRun()
    for path, key in candidates(folder, seen):
        run.seen.add(key)
        if not sync.addressed_here(session, path):
            continue
        try:
            run.applied.append(Applied(path.name, sync.import_bundle(session, path)))
        except CaseintakeError as exc:
            log.warning("bundle in the shared folder refused: %s", exc.code)
            run.applied.append(Applied(path.name, error=exc))
    return run


def sync_folder(session: Session, folder: Path, seen: set[Seen]) -> FolderRun:
    """On the database thread: write this laptop's bundle into `folder`, then apply what is
    there for it."""
    name = team.status(session).name
    sent = sync.export_bundle(session, folder / outgoing_name(name), force=True)
    run = apply_folder(session, folder, seen)
    run.sent = sent
    return run


class SharedFolder(QObject):
    """Watches the chosen folder while a laptop database is open; `ran` reports each look."""

    ran = Signal(object)  # FolderRun
    failed = Signal(object)  # an exception: the bundle could not be written
    changed = Signal()  # the folder was chosen, cleared, or started or stopped being watched

    def __init__(self, state: AppState, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.seen: set[Seen] = set()
        self.active = False
        self.busy = False
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.apply_new)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())

    def folder(self) -> Path | None:
        raw = self.settings.value(SHARED_FOLDER, "")
        return Path(str(raw)) if raw else None

    def available(self) -> bool:
        folder = self.folder()
        return folder is not None and folder.is_dir()

    def watching(self) -> bool:
        return bool(self.watcher.directories())

    def set_folder(self, folder: Path | None) -> None:
        if folder is None:
            self.settings.remove(SHARED_FOLDER)
        else:
            self.settings.setValue(SHARED_FOLDER, str(folder.absolute()))
        self.settings.sync()
        self.seen.clear()
        self._watch()
        if folder is not None and self.active:
            self.apply_new()

    def start(self) -> None:
        """A laptop database is open: watch the folder (if one is set) and look at it now."""
        self.active = True
        self._watch()
        if self.watching():
            self.apply_new()

    def stop(self) -> None:
        """Locked, or not a laptop: stop watching; forget what was seen."""
        self.active = False
        self.settle.stop()
        self.seen.clear()
        self._watch()

    def _watch(self) -> None:
        current = self.watcher.directories()
        if current:
            self.watcher.removePaths(current)
        folder = self.folder()
        if self.active and folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))
        self.changed.emit()

    def apply_new(self) -> None:
        folder = self.folder()
        if not self.active or self.busy or folder is None or self.state.session is None:
            return
        self.busy = True
        seen = set(self.seen)
        self.state.call(apply_folder, self._done, self._failed, folder, seen)

    def sync_now(self) -> bool:
        """Write this laptop's bundle into the folder and apply what is there; False if the
        folder is not there (a share not mounted) or a look is already under way."""
        folder = self.folder()
        if self.busy or folder is None or not folder.is_dir() or self.state.session is None:
            return False
        self.busy = True
        self.state.call(sync_folder, self._done, self._failed, folder, set(self.seen))
        return True

    def _done(self, run: FolderRun) -> None:
        self.busy = False
        self.seen |= run.seen
        self.ran.emit(run)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.failed.emit(exc)
