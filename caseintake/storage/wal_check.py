"""Checking the write-ahead log before SQLite reads it.

SQLite treats the first WAL frame whose checksum or salt does not match as the end of the log:
that frame and every frame after it are ignored without an error, and the next writer overwrites
them. SQLCipher's page HMACs never see those frames, so a flipped byte in the middle of the log
would make committed changes vanish silently. This module re-does SQLite's recovery scan on the
raw files (file formats: https://www.sqlite.org/fileformat2.html#walformat) and reports committed
data that recovery would drop:

* a commit frame of the log's current generation (same salts) that verifies on its own but lies
  after the point where recovery stops, or
* a wal-index (`-shm`) left by a crashed writer that records more committed frames than recovery
  would find (this catches a damaged last transaction, or a deleted log).

An incomplete transaction at the very end of the log (a crash before its commit was acknowledged)
is normal and reported as harmless. Nothing here writes to any file.
"""

from __future__ import annotations

import logging
import struct
import sys
import time
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from caseintake.domain.errors import IntegrityProblem

log = logging.getLogger(__name__)

WAL_MAGIC = 0x377F0682
WAL_VERSION = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
_SHM_HEADER = 48
_SHM_NBACKFILL = 96
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    """What recovery would do with a write-ahead log, and what it would lose."""

    frames: int = 0
    recovered_frames: int = 0  # the last commit frame recovery reaches (SQLite's mxFrame)
    first_bad_frame: int = 0  # 1-based; 0 when the current generation verifies to its end
    lost_commit_frame: int = 0  # the last committed frame that recovery would drop; 0 if none
    header_ok: bool = True

    @property
    def damaged(self) -> bool:
        return self.lost_commit_frame > self.recovered_frames


def _checksum(data: bytes | memoryview, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum: Fibonacci-weighted sums of 32-bit words, two at a time."""
    words = array("I")
    words.frombytes(data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    it = iter(words)
    for x0 in it:
        x1 = next(it)
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1


@dataclass(frozen=True)
class _ShmHeader:
    max_frame: int
    backfilled: int
    salts: bytes


def _read_shm(shm: Path) -> _ShmHeader | None:
    """The wal-index header a writer left behind, if both copies agree and its checksum holds."""
    try:
        with shm.open("rb") as handle:
            raw = handle.read(_SHM_NBACKFILL + 4)
    except OSError:
        return None
    if len(raw) < _SHM_NBACKFILL + 4 or raw[:_SHM_HEADER] != raw[_SHM_HEADER : 2 * _SHM_HEADER]:
        return None
    order = "<" if sys.byteorder == "little" else ">"
    version, _, _, is_init = struct.unpack_from(f"{order}IIIB", raw, 0)
    if version != WAL_VERSION or is_init != 1:
        return None
    stored = struct.unpack_from(f"{order}II", raw, 40)
    if _checksum(raw[:40], sys.byteorder == "big", 0, 0) != stored:
        return None
    (max_frame,) = struct.unpack_from(f"{order}I", raw, 16)
    (backfilled,) = struct.unpack_from(f"{order}I", raw, _SHM_NBACKFILL)
    return _ShmHeader(max_frame, backfilled, bytes(raw[32:40]))


def inspect_wal(database: Path) -> WalReport:
    """Scan `database`'s -wal (and -shm) the way SQLite's recovery would, without opening it."""
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    index = _read_shm(shm)  # before the log: a live writer updates the index after the log
    try:
        handle = wal.open("rb")
    except FileNotFoundError:
        handle = None
    if handle is None:
        header = b""
    else:
        with handle:
            header = handle.read(WAL_HEADER)
            if len(header) == WAL_HEADER:
                report = _scan_frames(handle, header, index, bool(header[3] & 1))
                if not report.header_ok:
                    # SQLite ignores the whole log. Which byte order and salts did its frames use?
                    # The header's own may be the damaged bytes: try both orders, frame 1's salts.
                    handle.seek(WAL_HEADER)
                    other = _scan_frames(handle, header, index, not header[3] & 1)
                    report = max(report, other, key=lambda r: r.lost_commit_frame)
                return report
    if index is not None and index.max_frame > index.backfilled:
        # Committed frames not yet copied into the database, and no log holding them.
        return WalReport(header_ok=False, lost_commit_frame=index.max_frame)
    return WalReport(header_ok=not header)


def _scan_frames(handle: BinaryIO, header: bytes, index: _ShmHeader | None, big_endian: bool) -> WalReport:
    magic, version, page_size = struct.unpack_from(">III", header, 0)
    salts = header[16:24]
    stored_header = struct.unpack_from(">II", header, 24)
    size_ok = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    header_ok = (
        magic & 0xFFFFFFFE == WAL_MAGIC
        and big_endian == bool(magic & 1)
        and version == WAL_VERSION
        and size_ok
        and _checksum(header[:24], big_endian, 0, 0) == stored_header
    )
    if not size_ok:
        page_size = 4096  # a damaged size field: look for frames of SQLCipher's page size
    if not header_ok:
        first = handle.read(FRAME_HEADER)
        salts = first[8:16] if len(first) == FRAME_HEADER else salts
        handle.seek(WAL_HEADER)
    frames = recovered = first_bad = lost = 0
    in_prefix = header_ok
    previous = stored_header
    while len(frame_header := handle.read(FRAME_HEADER)) == FRAME_HEADER:
        page_number, commit = struct.unpack_from(">II", frame_header, 0)
        stored = struct.unpack_from(">II", frame_header, 16)
        valid = False
        if page_number and frame_header[8:16] == salts:
            page = handle.read(page_size)
            if len(page) < page_size:
                break
            # Checked against the stored checksum of the frame before, so a frame after a
            # damaged one still verifies on its own.
            seed = _checksum(frame_header[:8], big_endian, *previous)
            valid = _checksum(page, big_endian, *seed) == stored
        else:
            handle.seek(page_size, 1)  # an older generation's frame: its header is enough
        frames += 1
        if in_prefix and valid:
            recovered = frames if commit else recovered
        elif in_prefix:
            in_prefix = False
            first_bad = frames
        elif valid and commit:
            lost = frames
        previous = stored
    if not header_ok and frames:
        first_bad = 1
    if index is not None and index.salts == salts and index.max_frame > max(recovered, lost):
        lost = index.max_frame
    return WalReport(frames, recovered, first_bad, lost, header_ok)


def verify_wal(database: Path) -> None:
    """Refuse to open a database whose log would silently drop committed changes.

    A second look after a short pause rules out reading the log while another program was
    rewriting it; only damage seen twice is reported.
    """
    report = inspect_wal(database)
    if report.damaged:
        time.sleep(0.1)
        report = inspect_wal(database)
    if report.damaged:
        log.warning(
            "write-ahead log damaged: recovery stops at frame %d, committed frames reach %d",
            report.recovered_frames,
            report.lost_commit_frame,
        )
        wal = f"{database.name}-wal"
        present = Path(f"{database}-wal").exists()
        state = "is damaged or was altered" if present else "is missing"
        raise IntegrityProblem(
            f"The write-ahead log {wal} {state}: changes saved after frame {report.recovered_frames} "
            "would be lost, so the database was not opened and nothing was changed. "
            "Restore it from a backup.",
            code="wal_damaged" if present else "wal_missing",
            params={"file": wal, "frame": report.recovered_frames},
        )
