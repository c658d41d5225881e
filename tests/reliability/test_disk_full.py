"""Disk full and read-only: a clear one-sentence message, no corruption, and what was saved stays
readable (once there is room to open the file again).

Real conditions where the machine allows them (root: a 1-2 MB tmpfs, a read-only bind mount);
everywhere, fault injection: SQLite's own `max_page_count` for a database that cannot grow, and a
failing `fsync` for output files.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import CaseintakeError
from caseintake.domain.records import Note
from tests.conftest import import_cases, sample_case
from tests.reliability.support import (
    SUPERVISOR,
    create_database,
    document,
    folder_state,
    generated_case,
    one_line_failure,
    run_cli,
)

# -- fault injection, on any machine ---------------------------------------------------------------


def _fingerprint(session: Any) -> tuple[Any, ...]:
    db = session.db
    return (
        db.scalar("SELECT value FROM meta WHERE key = 'audit_head'"),
        *(db.scalar(f"SELECT count(*) FROM {t}") for t in ("cases", "person", "note", "audit")),
    )


def test_a_database_that_cannot_grow_refuses_the_save_and_keeps_the_rest(store: dict[str, Any]) -> None:
    from caseintake.services import maintenance
    from caseintake.services.notes import add_note

    def note(text: str) -> Note:
        return Note(kind="general", written_at=datetime.now(UTC), text=text)

    session = store["sup"]
    saved = import_cases(session, sample_case(), sample_case())
    pages = session.db.scalar("PRAGMA page_count")
    session.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    before = _fingerprint(session)
    with pytest.raises(CaseintakeError, match=r"disk holding cases\.db is full; nothing was saved"):
        import_cases(session, *[sample_case(summary="x" * 15_000) for _ in range(40)])
    assert _fingerprint(session) == before
    with pytest.raises(CaseintakeError, match="full"):
        add_note(session, saved[0], note("y" * 150_000))
    assert _fingerprint(session) == before
    assert maintenance.inspect(session.db).ok
    session.db.execute("PRAGMA max_page_count = 1073741823")
    add_note(session, saved[0], note("room again"))


@pytest.mark.parametrize("output", ["calendar", "counts", "backup", "key file"])
def test_an_output_that_cannot_be_written_is_a_clear_error(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    """fsync fails with ENOSPC (as on a full disk): one sentence, the old file untouched, no
    temporary file left behind, and the database unchanged."""
    from datetime import date

    from caseintake.services import counts, hearings, maintenance, users
    from caseintake.storage import files

    session = store["sup"]
    import_cases(session, sample_case())
    target = tmp_path / "out" / {"calendar": "h.ics", "counts": "c.csv", "backup": "b.cib"}.get(output, "x")
    target.parent.mkdir()
    target.write_bytes(b"the earlier file\n")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    before = _fingerprint(session)
    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    monkeypatch.setattr("caseintake.storage.backup.os.fsync", failing_fsync)
    with pytest.raises(CaseintakeError) as failure:
        if output == "calendar":
            items = hearings.agenda(session, date(2026, 1, 1), date(2027, 1, 1))
            files.atomic_write(target, hearings.agenda_ics(session, items).encode())
        elif output == "counts":
            counts.export_counts(session, target, "year,region", all_cases=True, force=True)
        elif output == "backup":
            maintenance.make_backup(session, target, force=True)
        else:
            users.change_passphrase(session, "supervisor passphrase", "a brand new passphrase")
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    message = str(failure.value)
    assert "full" in message and "\n" not in message, message
    if output != "key file":
        assert target.read_bytes() == b"the earlier file\n"
        assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    else:  # the passphrase did not change: the old one still opens the database
        from caseintake.services.session import open_session

        open_session(store["path"], "sup", "supervisor passphrase", record=False).close()
    assert _fingerprint(session) == before


# -- real conditions (root) ------------------------------------------------------------------------


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root); the fault-injection tests cover it")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """A read-only bind mount as root (permissions do not stop root); chmod otherwise."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False)
    if bound.returncode:
        pytest.skip("cannot bind-mount here; as root, permissions alone do not make a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True, capture_output=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` until about `leave` bytes are free."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        try:
            handle.write(b"\0" * max(0, free - leave))
            handle.flush()
        except OSError:
            pass
    return filler


def _import_file(path: Path, count: int, seed: int, size: int = 0) -> Path:
    rng = random.Random(seed)
    cases = [
        generated_case(rng, f"KX-2026-{seed}{n:04d}", f"full{seed}x{n}", SUPERVISOR) for n in range(count)
    ]
    for case in cases:
        case["summary"] += " " + "w" * size
    path.write_text(json.dumps(document(*cases)), encoding="utf-8")
    return path


def test_database_on_a_disk_that_fills_up(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        db = disk / "data" / "cases.db"
        create_database(db)
        logs = disk / "logs"
        assert run_cli(db, "import", _import_file(tmp_path / "a.json", 10, 1), logs=logs).returncode == 0
        filler = _fill(disk, 200_000)
        before = folder_state(db.parent)
        # Less free space than the file itself: refused before anything is written.
        big = _import_file(tmp_path / "b.json", 300, 2, size=5000)
        assert big.stat().st_size > shutil.disk_usage(disk).free
        line = one_line_failure(run_cli(db, "import", big, logs=logs), 1)
        assert "less than the file b.json itself" in line and "nothing was changed" in line, line
        assert folder_state(db.parent) == before
        # Room for the file but not for what the import writes: the disk fills up on the way.
        medium = _import_file(tmp_path / "c.json", 25, 3, size=5000)
        assert medium.stat().st_size < shutil.disk_usage(disk).free
        line = one_line_failure(run_cli(db, "import", medium, logs=logs), 1)
        assert "full" in line and "nothing was saved" in line, line
        assert folder_state(db.parent) == before
        filler.write_bytes(b"")
        filler = _fill(disk, 0)  # completely full: not even the -shm index fits
        line = one_line_failure(run_cli(db, "cases", logs=logs), 1)
        assert "full" in line and "cannot be opened" in line, line
        wrong = run_cli(db, "cases", passphrase="a wrong passphrase", logs=logs)
        assert (
            wrong.returncode in (1, 3)
            and "Traceback" not in wrong.stderr
            and "unexpected" not in wrong.stderr
        )
        filler.unlink()
        done = run_cli(db, "check", logs=logs)
        assert done.returncode == 0 and "cases: 10" in done.stdout, done


@pytest.mark.parametrize(
    "command",
    ["backup", "hearings --ics", "counts", "restore", "init"],
)
def test_output_to_a_full_disk_is_a_clear_error(tmp_path: Path, command: str) -> None:
    db = tmp_path / "data" / "cases.db"
    create_database(db)
    assert run_cli(db, "import", _import_file(tmp_path / "a.json", 30, 3)).returncode == 0
    assert run_cli(db, "backup", tmp_path / "ok.cib").returncode == 0
    before = folder_state(db.parent)
    with tmpfs(tmp_path / "disk", "1m") as disk:
        _fill(disk, 0)
        args: list[str | Path] = {
            "backup": ["backup", disk / "b.cib"],
            "hearings --ics": [
                "hearings",
                "--from",
                "2026-01-01",
                "--to",
                "2027-12-31",
                "--ics",
                disk / "h.ics",
            ],
            "counts": ["counts", "--out", disk / "c.csv", "--all-cases"],
            "restore": ["restore", tmp_path / "ok.cib", "--db", disk / "r" / "cases.db"],
            "init": ["init", "--db", disk / "new" / "cases.db"],
        }[command]
        line = one_line_failure(run_cli(db, *args), 1)
        assert "full" in line and "unexpected" not in line, line
        leftovers = [p for p in disk.rglob("*") if p.is_file() and p.name != "filler"]
        assert leftovers == []
    assert folder_state(db.parent) == before


@pytest.mark.parametrize("command", ["cases", "import", "check", "backup", "hearings --ics", "counts"])
def test_read_only_location_is_a_clear_error(tmp_path: Path, command: str) -> None:
    db = tmp_path / "data" / "cases.db"
    create_database(db)
    assert run_cli(db, "import", _import_file(tmp_path / "a.json", 5, 4)).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    before = folder_state(db.parent)
    database_read_only = command in ("cases", "import", "check")
    with read_only(db.parent if database_read_only else out):
        args: list[str | Path] = {
            "cases": ["cases"],
            "import": ["import", _import_file(tmp_path / "b.json", 2, 5)],
            "check": ["check"],
            "backup": ["backup", out / "b.cib"],
            "hearings --ics": [
                "hearings",
                "--from",
                "2026-01-01",
                "--to",
                "2027-12-31",
                "--ics",
                out / "h.ics",
            ],
            "counts": ["counts", "--out", out / "c.csv", "--all-cases"],
        }[command]
        line = one_line_failure(run_cli(db, *args, logs=tmp_path / "logs"), 1)
        assert "read-only" in line and "unexpected" not in line, line
        assert folder_state(db.parent) == before
        assert list(out.iterdir()) == []
    done = run_cli(db, "check", logs=tmp_path / "logs")
    assert done.returncode == 0 and "cases: 5" in done.stdout


def test_a_log_folder_on_a_full_disk_prints_no_traceback(tmp_path: Path) -> None:
    db = tmp_path / "data" / "cases.db"
    create_database(db)
    with tmpfs(tmp_path / "disk", "1m") as disk:
        _fill(disk, 0)
        (disk / "logs").mkdir(exist_ok=True)
        wrong = run_cli(db, "cases", passphrase="a wrong passphrase", logs=disk / "logs")
        assert wrong.returncode == 3, wrong.describe()
        assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr, wrong.describe()
        ok = run_cli(db, "cases", logs=disk / "logs")
        assert ok.returncode == 0 and ok.stderr == "", ok.describe()
