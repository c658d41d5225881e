"""The interchange format: strict, all or nothing, and every error names case, field and problem."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.interchange.case_json import case_json
from caseintake.interchange.importer import parse_document, read_cases
from caseintake.services.cases import list_cases, load_case
from caseintake.services.intake import add_cases
from tests.conftest import import_cases, sample_case


def _doc(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caseintake/1", "cases": list(cases)}


def test_a_full_case_round_trips(store: dict[str, Any]) -> None:
    ref = import_cases(store["sup"], sample_case(reference="CI-2026-00042"))[0]
    assert ref == "CI-2026-00042"
    shown = case_json(load_case(store["sup"], ref))
    assert [p["pseudonym"] for p in shown["persons"][:2]] == ["AAA", "XXX"]
    assert shown["persons"][2]["name"] == "John Doe"
    assert "identity" not in json.dumps(shown)
    assert "Bautista" not in json.dumps(shown)
    assert shown["hearings"][0]["starts_at"] == "2026-12-02T08:30:00+08:00"
    assert shown["source"] == {"kind": "cybertipline", "reference": "CT-2026-0001234"}


def test_references_are_generated_per_year_and_never_collide(store: dict[str, Any]) -> None:
    refs = import_cases(
        store["sup"],
        sample_case(),
        sample_case(reference="CI-2026-00007"),
        sample_case(opened_on="2025-05-01"),
        sample_case(),
    )
    assert refs == ["CI-2026-00008", "CI-2026-00007", "CI-2025-00001", "CI-2026-00009"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c.update(colour="red"), "case 1: colour: unknown field"),
        (
            lambda c: c["persons"][0].update(pseudonym="AAA"),
            "case 1: persons[0].pseudonym: unknown field (pseudonyms",
        ),
        (lambda c: c.update(opened_on="03/02/2026"), "case 1: opened_on: not a date (expected YYYY-MM-DD)"),
        (
            lambda c: c.update(opened_on="2026-02-30"),
            "case 1: opened_on: '2026-02-30' is not a real calendar date",
        ),
        (
            lambda c: c["hearings"][0].update(starts_at="2026-03-02T08:30:00"),
            "case 1: hearings[0].starts_at: not a date and time with an offset",
        ),
        (lambda c: c.update(offenses=["piracy"]), "case 1: offenses[0]: unknown code 'piracy'"),
        (lambda c: c.update(offenses=[]), "case 1: offenses: at least one offense code is required"),
        (lambda c: c.update(region="VII-B"), "case 1: region: unknown code"),
        (lambda c: c.pop("summary"), "case 1: summary: is required"),
        (lambda c: c["persons"][0].pop("identity"), "case 1: persons[0].identity: a protected victim needs"),
        (lambda c: c["persons"][1].pop("relationship"), "case 1: persons[1].relationship: is required"),
        (lambda c: c["evidence"][0].update(sha256="abc"), "case 1: evidence[0].sha256: must be a SHA-256"),
        (lambda c: c["persons"][0].update(age="13"), "case 1: persons[0].age: must be a whole number"),
        (
            lambda c: c["notes"][0].update(text="x" * 10_485_760),
            "case 1: notes[0].text: is 10,485,760 characters long; the limit is 200,000",
        ),
        (
            lambda c: c["notes"][0].update(text="bell\x07"),
            "case 1: notes[0].text: contains control characters",
        ),
        (lambda c: c.update(closed_on="2026-01-01"), "case 1: closed_on: is before opened_on"),
    ],
)
def test_bad_records_are_named(mutate: Any, message: str) -> None:
    bad = sample_case()
    mutate(bad)
    with pytest.raises(InvalidInput) as error:
        parse_document(_doc(sample_case(), bad))
    assert str(error.value).startswith(message)


def test_unknown_user_is_named(store: dict[str, Any]) -> None:
    bad = sample_case()
    bad["hearings"][0]["lawyer"] = "ghost"
    with pytest.raises(InvalidInput, match=r"case 1: hearings\[0\].lawyer: no user named 'ghost'"):
        import_cases(store["sup"], sample_case(), bad)


def test_duplicate_references_are_refused(store: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput, match="case 1: reference: CI-2026-00001 is also used by case 0"):
        import_cases(
            store["sup"], sample_case(reference="CI-2026-00001"), sample_case(reference="CI-2026-00001")
        )
    import_cases(store["sup"], sample_case(reference="CI-2026-00001"))
    with pytest.raises(InvalidInput, match="case 0: reference: CI-2026-00001 already exists"):
        import_cases(store["sup"], sample_case(reference="CI-2026-00001"))


def test_a_bad_file_changes_nothing(store: dict[str, Any]) -> None:
    import_cases(store["sup"], sample_case())
    db = store["sup"].db
    counts = {
        t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("cases", "person", "identity", "note", "audit")
    }
    cases = [sample_case() for _ in range(5)]
    cases[4]["hearings"][0]["lawyer"] = "ghost"
    with pytest.raises(InvalidInput):
        import_cases(store["sup"], *cases)
    assert {t: db.scalar(f"SELECT count(*) FROM {t}") for t in counts} == counts
    assert len(list_cases(store["sup"])) == 1


def test_a_failure_mid_insert_rolls_back(store: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from caseintake.storage import case_store

    def explode(*args: Any) -> None:
        raise RuntimeError("power cut")

    cases = parse_document(_doc(sample_case(), sample_case()))
    monkeypatch.setattr(case_store.search_index, "index_new_cases", explode)
    with pytest.raises(RuntimeError):
        add_cases(store["sup"], cases)
    assert store["sup"].db.scalar("SELECT count(*) FROM cases") == 0
    assert store["sup"].db.scalar("SELECT count(*) FROM reference_serial") == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"format": "caseintake/1", "cases": [',
            "is not valid JSON (Expecting value at line 1, column 38)",
        ),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"format": "caseintake/2", "cases": []}', "format: must be 'caseintake/1'"),
        (b'{"format": "caseintake/1", "cases": {}}', "cases: must be a list"),
        (b'{"format": "caseintake/1", "cases": [], "x": 1}', "x: unknown field at the top of the file"),
        (b"[]", "must hold a JSON object"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        read_cases(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="There is no file"):
        read_cases(tmp_path / "absent.json")


# -- issue 12: provenance of imported records -------------------------------------------------------


def test_every_imported_record_names_the_importer_and_the_time(store: dict[str, Any]) -> None:
    """A file may not make a note look as if a colleague wrote it in the application."""
    sup, db = store["sup"], store["sup"].db
    ref = import_cases(sup, sample_case())[0]
    case_id, imported_by, imported_at = db.one(
        "SELECT id, imported_by, imported_at FROM cases WHERE reference = ?", (ref,)
    )
    assert imported_by == sup.user.id and imported_at
    for table in ("person", "referral", "note", "hearing", "evidence"):
        rows = db.all(f"SELECT imported_by, imported_at FROM {table} WHERE case_id = ?", (case_id,))
        assert rows and set(rows) == {(sup.user.id, imported_at)}, table
    # The file said "worker" wrote the note: kept only as stated; the importer is its author here.
    author, stated, written_at = db.one(
        "SELECT u.username, n.stated_author, n.written_at FROM note n JOIN users u ON u.id = n.author"
        " WHERE n.case_id = ?",
        (case_id,),
    )
    assert (author, stated, written_at) == ("sup", "worker", "2026-02-03T10:15:00+08:00")


def test_an_imported_note_is_shown_with_its_stated_author(store: dict[str, Any]) -> None:
    from datetime import UTC, datetime

    from caseintake.cli.case_text import case_as_text
    from caseintake.domain.records import Note
    from caseintake.services.notes import add_note

    ref = import_cases(store["sup"], sample_case())[0]
    add_note(
        store["worker"],
        ref,
        Note(kind="general", written_at=datetime.now(UTC), text="Written in the application."),
    )
    case = load_case(store["sup"], ref)
    imported, written_here = sorted(case.notes, key=lambda n: n.imported_by is None)
    day = imported.imported_at[:10] if imported.imported_at else ""
    assert imported.byline == f"stated author: worker, imported by sup on {day}"
    assert written_here.byline == "worker" and written_here.imported_by is None
    shown = case_json(case)["notes"]
    assert {n.get("stated_author") for n in shown} == {"worker", None}
    assert [n["byline"] for n in shown if "byline" in n] == [imported.byline]
    assert f"(stated author: worker, imported by sup on {day})" in case_as_text(case)


def test_a_case_opened_from_the_form_is_not_marked_as_imported(store: dict[str, Any]) -> None:
    from caseintake.services.intake import open_case

    [case] = parse_document(_doc(sample_case(hearings=[])))
    ref = open_case(store["worker"], case)
    assert store["sup"].db.one("SELECT imported_by, imported_at FROM cases WHERE reference = ?", (ref,)) == (
        None,
        None,
    )


def test_upgrade_4_converts_earlier_imports_from_the_audit_log(tmp_path: Path) -> None:
    """A database from before provenance, holding real rows, is converted in place."""
    import secrets

    from caseintake.storage.database import Database
    from caseintake.storage.engine import open_connection
    from caseintake.storage.migrations import UPGRADES
    from caseintake.storage.upgrades import v4_provenance

    path = tmp_path / "old.db"
    key = secrets.token_bytes(32)
    db = Database(open_connection(path, key, create=True), path, key)
    try:
        with db.atomic():
            UPGRADES[0](db)  # the tables every later upgrade builds on, as version 1 made them
            db.executemany(
                "INSERT INTO users (id, username, display_name, role, created_at) VALUES (?, ?, ?, ?, '')",
                [(1, "boss", "Boss", "supervisor"), (2, "jdelacruz", "Juan", "social_worker")],
            )
            for case_id, uuid in ((1, "imported-case"), (2, "typed-case")):
                db.execute(
                    "INSERT INTO cases (id, uuid, reference, status, opened_on, region, assigned_to,"
                    " consent_statistics, updated_at) VALUES (?, ?, ?, 'intake', '2026-01-05', 'VII', 2,"
                    " 'yes', '2026-01-05T00:00:00+00:00')",
                    (case_id, uuid, f"CI-2026-0000{case_id}"),
                )
            notes = [  # (id, case, author, first saved): the import was at 2026-01-05T10:00
                (1, 1, 2, "2026-01-05T09:59:59.000000+00:00"),  # came with the file, "by jdelacruz"
                (2, 1, 2, "2026-01-06T08:00:00.000000+00:00"),  # written in the app the next day
                (3, 2, 2, "2026-01-05T09:00:00.000000+00:00"),  # a case typed in, never imported
            ]
            db.executemany(
                "INSERT INTO note (id, uuid, case_id, kind, author, saved_by, written_at, text, updated_at)"
                " VALUES (?, 'n' || ?, ?, 'general', ?, ?, '2025-12-01T09:00:00+08:00', 'text', ?)",
                [(n, n, c, a, a, at) for n, c, a, at in notes],
            )
            db.execute(
                "INSERT INTO audit (seq, at, username, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES (1, '2026-01-05T10:00:00.000000+00:00', 'boss', 'case.import', 'case',"
                " 'imported-case', '{}', '', '')"
            )
            v4_provenance.upgrade(db)
        assert db.all("SELECT id, imported_by, imported_at FROM cases ORDER BY id") == [
            (1, 1, "2026-01-05T10:00:00.000000+00:00"),
            (2, None, None),
        ]
        assert db.all("SELECT id, author, stated_author, imported_by FROM note ORDER BY id") == [
            (1, 1, "jdelacruz", 1),
            (2, 2, None, None),
            (3, 2, None, None),
        ]
        assert db.scalar("SELECT written_at FROM note WHERE id = 1") == "2025-12-01T09:00:00+08:00"
    finally:
        db.close()


@pytest.mark.parametrize("field", ["offenses", "accommodations"])
@pytest.mark.parametrize("value", [0, "osaec_livestream", {"code": "x"}])
def test_a_list_field_given_something_else_is_refused_by_name(field: str, value: Any) -> None:
    # Found by the import fuzz test: a number where a list belongs raised TypeError, not a refusal.
    case = sample_case()
    case[field] = value
    with pytest.raises(InvalidInput) as refused:
        parse_document({"format": "caseintake/1", "cases": [case]})
    assert refused.value.field == f"cases[0].{field}"
    assert refused.value.code == "type"
