"""Team sync end to end in the services: a hub, laptops enrolled from it, bundles both ways."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import IntegrityProblem, PermissionDenied
from caseintake.services import sync, team
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.services.session import Session, open_session
from caseintake.storage import team_store, writes
from tests.conftest import PASSPHRASES, import_cases, sample_case


def _laptop(store: dict[str, Any], tmp_path: Path, user: str, name: str) -> Path:
    path = tmp_path / name / "cases.db"
    team.enrol(store["sup"], name, user, path)
    return path


def _open(path: Path, user: str) -> Session:
    return open_session(path, user, PASSPHRASES[user])


def _edit(session: Session, reference: str, **fields: Any) -> None:
    case = load_case(session, reference)
    update_case(session, reference, dataclasses.replace(case, **fields), list(fields))


def test_a_field_edit_reaches_the_hub_and_the_hub_edit_reaches_the_laptop(
    store: dict[str, Any], tmp_path: Path
) -> None:
    mine, theirs = import_cases(store["sup"], sample_case(), sample_case(assigned_to="other"))
    team.start_hub(store["sup"])
    path = _laptop(store, tmp_path, "worker", "field-1")
    laptop = _open(path, "worker")
    try:
        refs = {c[0] for c in laptop.db.all("SELECT reference FROM cases")}
        assert refs == {mine}  # only her case travelled
        _edit(laptop, mine, province="Bohol")
        assert team.status(laptop).pending > 0
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
        got = sync.import_bundle(store["sup"], out)
        assert got.applied > 0 and got.conflicts == 0
        assert load_case(store["sup"], mine).province == "Bohol"
        # applying it again changes nothing
        again = sync.import_bundle(store["sup"], out)
        assert again.applied == 0
        _edit(store["sup"], mine, summary="Changed at the office.")
        back = tmp_path / "to-laptop.bundle"
        sync.export_bundle(store["sup"], back, device="field-1")
        sync.import_bundle(laptop, back)
        case = load_case(laptop, mine)
        assert case.summary == "Changed at the office." and case.province == "Bohol"
        assert team.status(laptop).pending == 0
    finally:
        laptop.close()
    assert theirs


def test_the_same_field_changed_on_both_sides_is_a_conflict(store: dict[str, Any], tmp_path: Path) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(laptop, ref, province="Bohol", region="VII")
        _edit(store["sup"], ref, province="Negros Oriental")
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
        got = sync.import_bundle(store["sup"], out)
        assert got.conflicts == 1
        assert load_case(store["sup"], ref).province == "Negros Oriental"
        (conflict,) = team.conflicts(store["sup"])
        assert (conflict.column, conflict.was, conflict.office, conflict.field) == (
            "province",
            "Cebu",
            "Negros Oriental",
            "Bohol",
        )
        back = tmp_path / "to-laptop.bundle"
        sync.export_bundle(store["sup"], back, device="field-1")
        sync.import_bundle(laptop, back)
        assert load_case(laptop, ref).province == "Negros Oriental"
        assert len(team.conflicts(laptop)) == 1
        team.resolve_conflict(store["sup"], conflict.id, "field")
        assert load_case(store["sup"], ref).province == "Bohol"
        back2 = tmp_path / "to-laptop-2.bundle"
        sync.export_bundle(store["sup"], back2, device="field-1")
        sync.import_bundle(laptop, back2)
        assert load_case(laptop, ref).province == "Bohol"
        assert team.conflicts(laptop) == []
    finally:
        laptop.close()


def test_a_revoked_laptop_is_refused_and_its_bundle_kept(store: dict[str, Any], tmp_path: Path) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(laptop, ref, province="Bohol")
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    held = team.revoke(store["sup"], "field-1")
    assert [h[0] for h in held] == [ref]
    with pytest.raises(PermissionDenied) as refused:
        sync.import_bundle(store["sup"], out)
    assert refused.value.code == "bundle_revoked_device"
    assert load_case(store["sup"], ref).province == "Cebu"
    assert len(team_store.quarantined(store["sup"].db)) > 0


def test_a_tampered_bundle_is_refused(store: dict[str, Any], tmp_path: Path) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(laptop, ref, province="Bohol")
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    data = bytearray(out.read_bytes())
    data[-10] ^= 1
    out.write_bytes(bytes(data))
    with pytest.raises(IntegrityProblem):
        sync.import_bundle(store["sup"], out)
    assert load_case(store["sup"], ref).province == "Cebu"


def test_a_change_outside_the_laptops_scope_is_quarantined(store: dict[str, Any], tmp_path: Path) -> None:
    mine, theirs = import_cases(
        store["sup"], sample_case(), sample_case(assigned_to="other", summary="Other case.")
    )
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        # A modified program on the laptop writes a change to a case it never held.
        other_id = store["sup"].db.scalar("SELECT id FROM cases WHERE reference = ?", (theirs,))
        laptop.db.execute(
            "INSERT INTO change_journal (origin, origin_seq, at, tbl, row_key, case_id, op, fields)"
            " VALUES (NULL, NULL, '2026-12-04T00:00:00Z', 'case_text', ?, ?, 'update', ?)",
            (f"[{other_id}]", other_id, '{"summary": ["Other case.", "Rewritten."]}'),
        )
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    got = sync.import_bundle(store["sup"], out)
    assert got.quarantined == 1 and got.applied == 0
    assert load_case(store["sup"], theirs).summary == "Other case."
    (refused,) = team_store.quarantined(store["sup"].db)
    assert refused[2] == "case outside the laptop's scope"
    assert mine


def test_a_change_the_role_may_not_make_is_quarantined(store: dict[str, Any], tmp_path: Path) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "lawyer", "court-1"), "lawyer")
    try:
        assert [r[0] for r in laptop.db.all("SELECT reference FROM cases")] == [ref]  # his hearing's case
        case_id = laptop.db.scalar("SELECT id FROM cases WHERE reference = ?", (ref,))
        with laptop.db.atomic():  # past the service's own refusal, as a modified program would
            writes.update(laptop.db, "cases", {"province": "Bohol"}, {"id": case_id})
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    got = sync.import_bundle(store["sup"], out)
    assert got.quarantined >= 1
    assert load_case(store["sup"], ref).province == "Cebu"
    assert any("lawyer may not" in r[2] for r in team_store.quarantined(store["sup"].db))


def test_a_laptop_put_back_from_an_older_copy_is_detected(store: dict[str, Any], tmp_path: Path) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    path = _laptop(store, tmp_path, "worker", "field-1")
    saved = tmp_path / "old-copy"
    saved.mkdir()
    for file in path.parent.iterdir():
        shutil.copy2(file, saved / file.name)
    laptop = _open(path, "worker")
    try:
        _edit(laptop, ref, province="Bohol")
        first = tmp_path / "first.bundle"
        sync.export_bundle(laptop, first)
    finally:
        laptop.close()
    sync.import_bundle(store["sup"], first)
    for file in saved.iterdir():  # the laptop's files are put back from the older copy
        shutil.copy2(file, path.parent / file.name)
    laptop = _open(path, "worker")
    try:
        _edit(laptop, ref, province="Leyte")
        second = tmp_path / "second.bundle"
        sync.export_bundle(laptop, second)
    finally:
        laptop.close()
    with pytest.raises(IntegrityProblem) as refused:
        sync.import_bundle(store["sup"], second)
    assert refused.value.code == "bundle_audit_rewritten"
    assert load_case(store["sup"], ref).province == "Bohol"
    assert team_store.device_audit_problems(store["sup"].db) == []


def test_cases_created_offline_take_references_from_the_laptops_own_block(
    store: dict[str, Any], tmp_path: Path
) -> None:
    import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        (field_ref,) = import_cases(laptop, sample_case(hearings=[]))
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    (office_ref,) = import_cases(store["sup"], sample_case(hearings=[]))
    assert field_ref != office_ref
    got = sync.import_bundle(store["sup"], out)
    assert got.conflicts == 0 and got.quarantined == 0
    refs = {r[0] for r in store["sup"].db.all("SELECT reference FROM cases")}
    assert {field_ref, office_ref} <= refs


def test_check_at_the_hub_verifies_every_laptops_chain(store: dict[str, Any], tmp_path: Path) -> None:
    from caseintake.services.maintenance import inspect

    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(laptop, ref, province="Bohol")
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    sync.import_bundle(store["sup"], out)
    report = inspect(store["sup"].db)
    assert report.ok and report.facts["team_role"] == "hub" and report.facts["team_laptops"] == 1
    db = store["sup"].db
    with db.atomic():  # someone edits a laptop's chain as the hub holds it
        db.execute("UPDATE team_audit SET username = 'someone' WHERE seq = (SELECT max(seq) FROM team_audit)")
    report = inspect(db)
    assert any("of laptop field-1 was altered" in p for p in report.problems)


def test_an_office_value_that_went_away_and_came_back_still_conflicts(
    store: dict[str, Any], tmp_path: Path
) -> None:
    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(store["sup"], ref, province="Bohol")
        _edit(laptop, ref, province="Samar")  # made without knowing of Bohol
        _edit(store["sup"], ref, province="Cebu")  # the office goes back to the first value
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    got = sync.import_bundle(store["sup"], out)
    assert (
        got.conflicts == 1
    )  # values alone (Cebu then, Cebu now) would let Samar overwrite the office's save
    assert load_case(store["sup"], ref).province == "Cebu"
    (conflict,) = team.conflicts(store["sup"])
    assert (conflict.office, conflict.field) == ("Cebu", "Samar")


def test_two_new_people_with_the_same_initials_are_a_conflict_settled_without_loss(
    store: dict[str, Any], tmp_path: Path
) -> None:
    from caseintake.domain.records import Identity, Person
    from caseintake.services.people import add_person, reveal_identity

    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        sibling = Person(role="victim", sex="M", age=9, identity=Identity(legal_name="Paolo Field Sibling"))
        field_one = add_person(laptop, ref, sibling)
        office_one = add_person(
            store["sup"],
            ref,
            Person(role="victim", sex="F", age=7, identity=Identity(legal_name="Office Sibling")),
        )
        assert field_one.pseudonym == office_one.pseudonym == "BBB"
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    got = sync.import_bundle(store["sup"], out)
    assert got.conflicts >= 1
    (conflict,) = [c for c in team.conflicts(store["sup"]) if c.table == "person"]
    team.resolve_conflict(store["sup"], conflict.id, "field")
    people = {p.pseudonym: p for p in load_case(store["sup"], ref).persons}
    assert {"BBB", "CCC"} <= set(people)
    assert reveal_identity(store["sup"], people["CCC"].id).legal_name == "Paolo Field Sibling"


def test_an_audit_event_its_author_did_not_sign_is_refused(store: dict[str, Any], tmp_path: Path) -> None:
    from caseintake.storage import audit, case_keys

    (ref,) = import_cases(store["sup"], sample_case())
    team.start_hub(store["sup"])
    laptop = _open(_laptop(store, tmp_path, "worker", "field-1"), "worker")
    try:
        _edit(laptop, ref, province="Bohol")
        ring = case_keys.ring_of(laptop.db)
        case_keys.detach(laptop.db)  # a program writing to the file without the author's key
        with laptop.db.atomic():
            audit.append(laptop.db, "worker", "case.edit", "case", "made-up", {})
        assert ring is not None
        case_keys.attach(laptop.db, ring)
        out = tmp_path / "to-hub.bundle"
        sync.export_bundle(laptop, out)
    finally:
        laptop.close()
    with pytest.raises(IntegrityProblem) as refused:
        sync.import_bundle(store["sup"], out)
    assert refused.value.code == "bundle_audit_rewritten"
    assert load_case(store["sup"], ref).province == "Cebu"


def test_every_journaled_table_has_a_role_rule_and_a_place_in_a_whole_case() -> None:
    from caseintake.storage import team_apply

    assert set(sync.TABLE_ACTIONS) == set(writes.JOURNAL_LINKS)
    assert {table for table, _where in team_apply.CASE_TABLES} == set(writes.JOURNAL_LINKS)
