"""Outputs never destroy data (issue 12, item 5): the one check every writer goes through."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import CaseintakeError, PermissionDenied
from caseintake.services.agenda import export_calendar
from caseintake.services.counts import export_counts
from caseintake.services.maintenance import make_backup
from caseintake.storage import safe_output
from caseintake.storage.backup import MAGIC
from caseintake.storage.safe_output import OutputRefused, check_output, write_output


@pytest.fixture
def database(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "cases.db"
    for path in safe_output.database_files(db)[:5]:
        path.write_bytes(b"precious")
    return db


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "name", ["cases.db", "cases.db-wal", "cases.db-shm", "cases.db.keys", "cases.db.unlock"]
)
def test_the_database_files_are_refused_even_with_force(database: Path, name: str) -> None:
    before = snapshot(database.parent)
    with pytest.raises(OutputRefused, match="database's own folder"):
        write_output(database.parent / name, b"summary", database, force=True)
    assert snapshot(database.parent) == before


def test_any_file_in_the_database_folder_is_refused(database: Path) -> None:
    with pytest.raises(OutputRefused, match="own folder"):
        write_output(database.parent / "new-report.pdf", b"x", database)
    assert not (database.parent / "new-report.pdf").exists()


def test_a_hard_link_to_the_key_file_is_refused(database: Path, tmp_path: Path) -> None:
    alias = tmp_path / "innocent.csv"
    os.link(database.with_name("cases.db.keys"), alias)
    with pytest.raises(OutputRefused, match="same file"):
        write_output(alias, b"x", database, force=True)
    assert database.with_name("cases.db.keys").read_bytes() == b"precious"


def test_a_symbolic_link_is_never_followed(database: Path, tmp_path: Path) -> None:
    link = tmp_path / "calendar.ics"
    link.symlink_to(database.with_name("cases.db.keys"))
    for force in (False, True):
        with pytest.raises(OutputRefused, match="symbolic link"):
            write_output(link, b"x", database, force=force)
    dangling = tmp_path / "dangling.ics"
    dangling.symlink_to(tmp_path / "elsewhere" / "nothing.ics")
    with pytest.raises(OutputRefused, match="symbolic link"):
        write_output(dangling, b"x", database, force=True)
    assert link.is_symlink() and database.with_name("cases.db.keys").read_bytes() == b"precious"


def test_a_backup_is_never_replaced_by_an_output(database: Path, tmp_path: Path) -> None:
    backup = tmp_path / "monday.pdf"  # the name does not matter: the content says it is a backup
    backup.write_bytes(MAGIC + b"rest of the backup")
    with pytest.raises(OutputRefused, match="caseintake backup"):
        write_output(backup, b"x", database, force=True)
    assert backup.read_bytes().startswith(MAGIC)
    # Only a new backup may replace an older one, and only when forced.
    check_output(backup, database, force=True, replaces_backup=True)
    with pytest.raises(OutputRefused, match="--force"):
        check_output(backup, database, replaces_backup=True)


def test_an_existing_file_needs_force(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"yesterday")
    with pytest.raises(OutputRefused, match="already exists; use --force"):
        write_output(target, b"today", database)
    assert target.read_bytes() == b"yesterday"
    write_output(target, b"today", database, force=True)
    assert target.read_bytes() == b"today"


def test_a_new_file_is_written_whole_with_no_leftovers(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    written = write_output(out / "counts.csv", b"a,b\n" * 10_000, database)
    assert written == out.resolve() / "counts.csv"
    assert [p.name for p in out.iterdir()] == ["counts.csv"]
    assert (out / "counts.csv").read_bytes() == b"a,b\n" * 10_000


def test_a_name_taken_between_check_and_write_is_not_overwritten(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "race.ics"
    real_check = safe_output.check_output

    def check_then_someone_creates_it(*args: Any, **kwargs: Any) -> Any:
        checked = real_check(*args, **kwargs)
        target.write_bytes(b"created meanwhile")
        return checked

    monkeypatch.setattr(safe_output, "check_output", check_then_someone_creates_it)
    with pytest.raises(OutputRefused, match="already exists"):
        write_output(target, b"x", database)
    assert target.read_bytes() == b"created meanwhile"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_folders_and_missing_folders_are_plain_errors(database: Path, tmp_path: Path) -> None:
    with pytest.raises(CaseintakeError, match="is a folder") as caught:
        write_output(tmp_path, b"x", database, force=True)
    assert not isinstance(caught.value, PermissionDenied)
    with pytest.raises(CaseintakeError, match="does not exist"):
        write_output(tmp_path / "missing" / "x.pdf", b"x", database)


def test_every_service_writer_uses_the_check(store: dict[str, Any], tmp_path: Path) -> None:
    """Calendar, counts and backup refuse the key file and an existing file; nothing is registered."""
    sup = store["sup"]
    keys = sup.db.path.with_name(sup.db.path.name + ".keys")
    keys_before = keys.read_bytes()
    documents = sup.db.scalar("SELECT count(*) FROM document")
    with pytest.raises(OutputRefused):
        export_calendar(sup, [], keys)
    with pytest.raises(OutputRefused):
        export_counts(sup, sup.db.path.with_name("counts.csv"))
    with pytest.raises(OutputRefused):
        make_backup(sup, keys, force=True)
    existing = tmp_path / "existing.csv"
    existing.write_text("keep me")
    with pytest.raises(OutputRefused, match="--force"):
        export_counts(sup, existing)
    assert existing.read_text() == "keep me"
    assert keys.read_bytes() == keys_before
    assert sup.db.scalar("SELECT count(*) FROM document") == documents
    export_counts(sup, existing, force=True)
    assert existing.read_text() != "keep me"
