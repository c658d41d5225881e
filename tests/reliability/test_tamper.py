"""Tamper detection: damaged pages, write-ahead log and key file are reported, never repaired.

`caseintake check` must exit 4 with one sentence naming what is damaged and leave every file
exactly as it found it; a write to a damaged database is refused and points to restore.

The write-ahead log needs its own check (caseintake/storage/wal_check.py): SQLite stops reading
the log at the first frame whose checksum fails and silently ignores every frame after it, before
SQLCipher's page HMACs are ever consulted. `test_sqlite_alone_drops_committed_frames_silently`
shows that risk on the engine itself.
"""

from __future__ import annotations

import json
import random
import shutil
import struct
from pathlib import Path

import pytest

from caseintake.storage import wal_check
from caseintake.storage.engine import sqlite
from tests.reliability.support import (
    FIRST_PASSPHRASES,
    SUPERVISOR,
    Templates,
    cheap_kdf,
    document,
    flip,
    folder_state,
    generated_case,
    one_line_failure,
    run_cli,
)

PAGE = 4096
FRAME = wal_check.FRAME_HEADER + PAGE


def _copy(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "work" / "data"
    shutil.copytree(template.parent, target)
    return target / template.name


def _wal(db: Path) -> Path:
    return Path(f"{db}-wal")


def _frames(db: Path) -> int:
    return (_wal(db).stat().st_size - wal_check.WAL_HEADER) // FRAME


def _frame_offset(number: int) -> int:
    """Where the page data of 1-based frame `number` starts."""
    return wal_check.WAL_HEADER + (number - 1) * FRAME + wal_check.FRAME_HEADER


def _check_fails_and_changes_nothing(db: Path, *needles: str) -> str:
    before = folder_state(db.parent)
    line = one_line_failure(run_cli(db, "check"), 4)
    for needle in needles:
        assert needle in line, line
    assert folder_state(db.parent) == before, "check changed the files it was checking"
    return line


# -- sanity: intact files pass, including a log left by a crash and a reused log --------------------


@pytest.mark.parametrize("which", ["clean", "crashed", "reused"])
def test_intact_files_pass_the_check(templates: Templates, tmp_path: Path, which: str) -> None:
    db = _copy(getattr(templates, which), tmp_path)
    if which != "clean":
        assert _frames(db) > 1 and not wal_check.inspect_wal(db).damaged
    run = run_cli(db, "check")
    assert run.returncode == 0, run.describe()
    expected = {"clean": 60, "crashed": 90, "reused": 91}[which]
    assert f"cases: {expected}" in run.stdout


def test_reused_log_ends_its_current_generation_early(templates: Templates) -> None:
    """After a restart, older frames follow the current ones: recovery stops there, rightly."""
    report = wal_check.inspect_wal(templates.reused)
    assert report.header_ok and not report.damaged
    assert 0 < report.recovered_frames < report.frames
    assert report.first_bad_frame == report.recovered_frames + 1


def test_damage_to_an_old_generation_frame_is_harmless(templates: Templates, tmp_path: Path) -> None:
    db = _copy(templates.reused, tmp_path)
    flip(_wal(db), _frame_offset(_frames(db) - 1) + 500)
    assert not wal_check.inspect_wal(db).damaged
    assert run_cli(db, "check").returncode == 0


# -- the database file -----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_damaged_database_page_is_named_and_left_alone(
    templates: Templates, tmp_path: Path, where: str
) -> None:
    db = _copy(templates.clean, tmp_path)
    pages = db.stat().st_size // PAGE
    number = {"first": 1, "middle": pages // 2, "last": pages}[where]
    flip(db, (number - 1) * PAGE + 1000)
    needle = "first page" if where == "first" else f"page {number}"
    _check_fails_and_changes_nothing(db, "cases.db", needle)
    _check_fails_and_changes_nothing(db, "cases.db", needle)  # still there: nothing was repaired


@pytest.mark.parametrize("where", ["first", "last"])
def test_write_to_a_damaged_database_is_refused(templates: Templates, tmp_path: Path, where: str) -> None:
    """A write that must read a damaged page is refused, changes nothing and points to restore.
    (A write that touches only intact pages cannot know about damage elsewhere without reading
    the whole file; `check` finds that. See docs/RELIABILITY.md.)"""
    db = _copy(templates.clean, tmp_path)
    pages = db.stat().st_size // PAGE
    flip(db, ((1 if where == "first" else pages) - 1) * PAGE + 1000)
    source = tmp_path / "one.json"
    source.write_text(
        json.dumps(document(generated_case(random.Random(1), "KX-2026-999", "new", SUPERVISOR)))
    )
    before = folder_state(db.parent)
    line = one_line_failure(run_cli(db, "import", source), 4)
    assert "damaged" in line and ("restore" in line.lower() or "backup" in line.lower()), line
    assert folder_state(db.parent) == before


# -- the write-ahead log ---------------------------------------------------------------------------


def test_sqlite_alone_drops_committed_frames_silently(templates: Templates, tmp_path: Path) -> None:
    """The risk wal_check exists for, shown on the engine itself (bypassing caseintake): one
    flipped byte in a middle frame and SQLCipher opens the file without an error, its integrity
    checks pass, and the later commits are gone. wal_check predicts exactly where SQLite stops."""
    from caseintake.storage.keyslots import KeySlots, sidecar_path

    db = _copy(templates.crashed, tmp_path)
    middle = _frames(db) // 2
    flip(_wal(db), _frame_offset(middle) + 100)
    report = wal_check.inspect_wal(db)
    assert report.damaged and report.first_bad_frame == middle
    with cheap_kdf():
        key = KeySlots.load(sidecar_path(db)).unwrap_user(SUPERVISOR, FIRST_PASSPHRASES[SUPERVISOR])
    conn = sqlite.connect(str(db), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        assert cases < 90, "SQLite read past the damaged frame"
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        _, log_frames, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert log_frames == report.recovered_frames
    finally:
        conn.close()


def _rechain(wal: Path, first: int) -> None:
    """Recompute frame checksums from frame `first` on, as an attacker who knows the format could."""
    raw = bytearray(wal.read_bytes())
    big_endian = bool(struct.unpack_from(">I", raw, 0)[0] & 1)
    previous = struct.unpack_from(">II", raw, 16 + (first - 2) * FRAME + wal_check.WAL_HEADER)
    if first == 1:
        previous = struct.unpack_from(">II", raw, 24)
    for number in range(first, (len(raw) - wal_check.WAL_HEADER) // FRAME + 1):
        start = wal_check.WAL_HEADER + (number - 1) * FRAME
        seed = wal_check._checksum(bytes(raw[start : start + 8]), big_endian, *previous)
        previous = wal_check._checksum(bytes(raw[start + 24 : start + FRAME]), big_endian, *seed)
        struct.pack_into(">II", raw, start + 16, *previous)
    wal.write_bytes(bytes(raw))


@pytest.mark.parametrize("where", ["first frame", "middle frame", "last frame", "deleted"])
def test_damaged_write_ahead_log_is_named_and_left_alone(
    templates: Templates, tmp_path: Path, where: str
) -> None:
    db = _copy(templates.crashed, tmp_path)
    frames = _frames(db)
    if where == "deleted":
        _wal(db).unlink()
    else:
        number = {"first frame": 1, "middle frame": frames // 2, "last frame": frames}[where]
        flip(_wal(db), _frame_offset(number) + 2000)
    state = "is missing" if where == "deleted" else "is damaged"
    _check_fails_and_changes_nothing(db, "write-ahead log cases.db-wal", state)


@pytest.mark.parametrize("shm", [True, False], ids=["with-shm", "without-shm"])
@pytest.mark.parametrize(
    ("offset", "field"),
    [
        (3, "magic"),
        (5, "version"),
        (10, "page size"),
        (13, "checkpoint"),
        (17, "salt 1"),
        (22, "salt 2"),
        (25, "checksum 1"),
        (30, "checksum 2"),
    ],
)
def test_damaged_log_header_is_named(
    templates: Templates, tmp_path: Path, offset: int, field: str, shm: bool
) -> None:
    """A bad header makes SQLite ignore the whole log: every change since the last checkpoint."""
    db = _copy(templates.crashed, tmp_path)
    if not shm:
        db.with_name("cases.db-shm").unlink()
    flip(_wal(db), offset, 0x01)
    _check_fails_and_changes_nothing(db, "write-ahead log cases.db-wal", "is damaged")


def test_altered_log_frame_with_valid_checksums_fails_its_page_hmac(
    templates: Templates, tmp_path: Path
) -> None:
    """Someone who rewrites the checksums gets past SQLite's log scan and wal_check; SQLCipher's
    page HMAC then fails. The check reports it and repairs nothing. (Closing folds the valid log
    into the database file, as every close does, so the altered page moves there and the next
    check names it: a known limit, see docs/RELIABILITY.md.)"""
    db = _copy(templates.crashed, tmp_path)
    raw = _wal(db).read_bytes()
    pages = [struct.unpack_from(">I", raw, wal_check.WAL_HEADER + i * FRAME)[0] for i in range(_frames(db))]
    # The middle-most frame holding the newest copy of its page (older copies are never read).
    number = next(
        n
        for n in sorted(range(1, len(pages) + 1), key=lambda n: abs(n - len(pages) // 2))
        if pages[n - 1] > 1 and pages[n - 1] not in pages[n:]
    )
    flip(_wal(db), _frame_offset(number) + 2000)
    _rechain(_wal(db), number)
    assert not wal_check.inspect_wal(db).damaged
    line = one_line_failure(run_cli(db, "check"), 4)
    assert "cases.db" in line and "write-ahead log" in line, line
    line = one_line_failure(run_cli(db, "check"), 4)
    assert f"page {pages[number - 1]}" in line, line


def test_write_with_a_damaged_log_is_refused(templates: Templates, tmp_path: Path) -> None:
    db = _copy(templates.crashed, tmp_path)
    flip(_wal(db), _frame_offset(_frames(db) // 2) + 100)
    before = folder_state(db.parent)
    line = one_line_failure(run_cli(db, "users", "add", "newbie", "--role", "lawyer"), 4)
    assert "write-ahead log" in line and "backup" in line, line
    assert folder_state(db.parent) == before


# -- the key-slot sidecar --------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["start", "middle", "end", "truncated", "empty"])
def test_damaged_key_file_is_named_and_left_alone(templates: Templates, tmp_path: Path, where: str) -> None:
    db = _copy(templates.clean, tmp_path)
    keys = db.with_name("cases.db.keys")
    raw = keys.read_bytes()
    if where == "truncated":
        keys.write_bytes(raw[: len(raw) // 2])
    elif where == "empty":
        keys.write_bytes(b"")
    else:
        flip(keys, {"start": 2, "middle": len(raw) // 2, "end": len(raw) - 3}[where], 0x01)
    _check_fails_and_changes_nothing(db, "cases.db.keys")
