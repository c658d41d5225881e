"""The streaming import: one pass over the file, flat memory, and still every case or none."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import CaseintakeError, InvalidInput
from caseintake.interchange import importer
from caseintake.interchange.importer import CaseStream, parse_document, read_cases
from caseintake.services import imports
from caseintake.services.imports import check_import_file, import_file
from caseintake.services.progress import Cancelled, Task
from caseintake.storage import case_store
from caseintake.storage.database import Database
from tests.conftest import import_cases, sample_case

SUMMARY = "Referred by the barangay council after a report from the school; AAA was interviewed. " * 18


def small_case(number: int, **overrides: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "status": "intake",
        "opened_on": "2026-02-03",
        "region": "VII",
        "offenses": ["grooming"],
        "summary": f"{SUMMARY}Case {number}.",
        "assigned_to": "sup",
        "consent_statistics": "yes",
    }
    case.update(overrides)
    return case


def write_file(path: Path, cases: list[dict[str, Any]], *, format_last: bool = False) -> Path:
    """One case a line, as export tools write big files."""
    body = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    if format_last:
        path.write_text('{"cases": [\n' + body + '\n], "format": "caseintake/1"}\n', encoding="utf-8")
    else:
        path.write_text('{"format": "caseintake/1", "cases": [\n' + body + "\n]}\n", encoding="utf-8")
    return path


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (full-text shadow tables included), for "exactly as before"."""
    tables = [
        r[0]
        for r in db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: sorted(db.all(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def test_an_invalid_last_case_leaves_the_database_exactly_as_before(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = store["sup"]
    import_cases(session, sample_case(assigned_to="sup"))
    before = snapshot(session.db)
    monkeypatch.setattr(imports, "BATCH", 100)
    written: list[int] = []
    insert = case_store.insert_cases
    monkeypatch.setattr(
        case_store,
        "insert_cases",
        lambda db, cases, *a, **k: written.append(len(cases)) or insert(db, cases, *a, **k),
    )
    cases = [small_case(n) for n in range(349)] + [small_case(349, opened_on="2026-02-30")]
    with pytest.raises(InvalidInput) as error:
        import_file(session, write_file(tmp_path / "cases.json", cases))
    assert str(error.value).startswith("case 349: opened_on: '2026-02-30' is not a real calendar date")
    assert error.value.field == "cases[349].opened_on"
    assert written == [100, 100, 100], "the first batches were written before the bad case was read"
    assert snapshot(session.db) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) - 200],
        lambda text: text.replace('"intake", "opened_on"', '"intake",, "opened_on"', 1),
        lambda text: text[:-900] + "\x00garbled" + text[-900:],
        lambda text: text.rstrip() + ' {"more": 1}',
    ],
    ids=["truncated", "garbled-first-case", "garbled-last-case", "extra-data"],
)
def test_a_damaged_file_is_refused_in_one_sentence_and_changes_nothing(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    session = store["sup"]
    monkeypatch.setattr(imports, "BATCH", 100)
    path = write_file(tmp_path / "cases.json", [small_case(n) for n in range(300)])
    text = damage(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(text)
    where = f"at line {whole.value.lineno}, column {whole.value.colno}"
    expected = f"cases.json is not valid JSON ({whole.value.msg} {where})."
    before = snapshot(session.db)
    with pytest.raises(InvalidInput) as error:
        import_file(session, path)
    assert str(error.value) == expected  # one sentence, where a whole-file reading puts it
    with pytest.raises(InvalidInput) as checked:
        check_import_file(path)  # the command line's check before the passphrase says the same
    assert str(checked.value) == expected
    assert snapshot(session.db) == before


def test_memory_stays_flat_as_the_file_grows(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """5,000 cases (8.6 MB) imported holding less than half the file's size in Python memory.

    What is held is one batch (250 cases here) and one read of the file; the whole-document reader
    held the bytes, the text and every case at once: 20 MB to read this file before writing any."""
    monkeypatch.setattr(imports, "BATCH", 250)
    path = write_file(tmp_path / "cases.json", [small_case(n) for n in range(5000)])
    size = path.stat().st_size
    assert size > 8_000_000
    tracemalloc.start()
    try:
        references = import_file(store["sup"], path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(references) == 5000
    assert peak < size / 2, f"peak {peak:,} bytes for a file of {size:,}"


def test_the_format_may_follow_the_cases(store: dict[str, Any], tmp_path: Path) -> None:
    path = write_file(tmp_path / "cases.json", [small_case(0), small_case(1)], format_last=True)
    assert len(import_file(store["sup"], path)) == 2
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        path.read_text(encoding="utf-8").replace("caseintake/1", "caseintake/2"), encoding="utf-8"
    )
    with pytest.raises(InvalidInput, match="format: must be 'caseintake/1'"):
        import_file(store["sup"], wrong)
    assert store["sup"].db.scalar("SELECT count(*) FROM cases") == 2


def test_a_top_level_array_is_refused_without_reading_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "CHUNK_BYTES", 4096)
    path = tmp_path / "list.json"
    path.write_text(json.dumps([small_case(n) for n in range(200)]), encoding="utf-8")
    stream = CaseStream(path)
    with pytest.raises(InvalidInput, match="must hold a JSON object with 'format' and 'cases'"):
        list(stream)


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf8", "escaped"])
@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_values_cut_by_the_reading_read_as_whole_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, ascii_only: bool
) -> None:
    """Strings, escapes (surrogate pairs too), numbers and multi-byte characters split between two
    reads, after a byte-order mark."""
    case = sample_case(summary='Niño \\ "quoted" \u00e9\u4e2d\U0001f600 tab\t end', province="Cebu\u00a0City")
    case["persons"][0]["age"] = 12
    document = {"format": "caseintake/1", "cases": [case, small_case(1), case]}
    text = json.dumps(document, ensure_ascii=ascii_only, indent=2)
    path = tmp_path / "cases.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    monkeypatch.setattr(importer, "CHUNK_BYTES", chunk)
    assert read_cases(path) == parse_document(json.loads(text))


def test_progress_counts_cases_and_cancel_undoes_everything(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports, "BATCH", 50)
    path = write_file(tmp_path / "cases.json", [small_case(n) for n in range(120)])
    seen: list[tuple[int, int]] = []
    assert (
        len(import_file(store["sup"], path, task=Task(lambda done, total: seen.append((done, total))))) == 120
    )
    assert seen[0][0] == 0 and seen[-1] == (120, 120)
    assert all(done <= total for done, total in seen)
    before = snapshot(store["sup"].db)
    task = Task(lambda done, total: task.cancel() if done else None)
    with pytest.raises(Cancelled):
        import_file(
            store["sup"], write_file(tmp_path / "more.json", [small_case(n) for n in range(120)]), task=task
        )
    assert snapshot(store["sup"].db) == before


def test_a_disk_without_room_for_the_file_itself_is_refused_before_anything_is_read(
    store: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = store["sup"]
    path = write_file(tmp_path / "field.json", [small_case(n) for n in range(3)])
    before = snapshot(session.db)
    size = path.stat().st_size
    real = imports.shutil.disk_usage

    def disk_with(free: int) -> Any:
        def usage(folder: Any) -> Any:
            assert Path(folder) == session.db.path.parent  # the database's disk, not the file's
            return real(folder)._replace(free=free)

        return usage

    monkeypatch.setattr(imports.shutil, "disk_usage", disk_with(size - 1))
    with pytest.raises(CaseintakeError) as refused:
        import_file(session, path)
    assert refused.value.code == "import_no_space"
    assert "less than the file field.json itself" in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert snapshot(session.db) == before
    monkeypatch.setattr(imports.shutil, "disk_usage", disk_with(size))
    assert len(import_file(session, path)) == 3
