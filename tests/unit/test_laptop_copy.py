"""A laptop's database written at the hub holds its own cases and nothing of the others.

A laptop holding a few of the hub's cases gets a file built from those cases' rows; one holding
most of them gets the hub's pages with the rest pruned. Both must give the same database, and
neither may carry another case's rows, its leak-guard digests or other laptops' audit chains.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseintake.domain.errors import CaseintakeError, IntegrityProblem, NotADatabase, PermissionDenied
from caseintake.services import maintenance, sync, team
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.services.leak_guard import allow_word_in_case
from caseintake.services.notes import edit_note
from caseintake.services.session import Session, open_session
from caseintake.storage import case_keys, case_removal, engine, guard_index, identity_store, team_copy
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.vault import related_files
from tests.conftest import PASSPHRASES, import_cases, sample_case
from tests.unit.test_court_record import rich_case

#: Tables that differ by design between the two ways: the counts cache is filled again on
#: demand, and the full-text indexes are compared through their terms instead.
_NOT_COMPARED = {"counts_gen", "counts_cache", "counts_cache_query"}
_SETTINGS: dict[str, str | int] = {"device_number": 4242}


#: Words that appear nowhere else: each starts differently, so that a full-text index, which
#: stores a term as what it adds to the term before it, still holds the tail whole.
_THEIRS = ("jqwombatlime", "kxvheronplum", "yzqotterfig", "wvjmarmotkiwi", "qzkbadgerlychee", "xjvcranedate")
_MINE = "vkpfalconmint"


def _other_case(n: int) -> dict[str, Any]:
    case = sample_case(assigned_to="other", province="Bohol", summary=f"Another worker's case {_THEIRS[n]}.")
    visit = {"kind": "general", "written_at": "2026-03-01T09:00:00+08:00", "author": "other"}
    case["notes"] = [{**visit, "text": f"Home visit {n}. " + f"Follow-up {n} {k}. " * 3000} for k in range(3)]
    case["persons"][0]["identity"] = {
        "legal_name": f"Analyn Dimaculangan {n}",
        "school": f"Tagbilaran School {n}",
    }
    return case


@pytest.fixture
def hub(store: dict[str, Any]) -> dict[str, Any]:
    """A hub holding the worker's rich case (court record, an edited note, an allowed word) and
    a plain one, and six cases of another worker."""
    sup: Session = store["sup"]
    rich, plain = import_cases(sup, rich_case(), sample_case(summary=f"The worker's own case {_MINE}."))
    others = import_cases(sup, *[_other_case(n) for n in range(6)])
    note = sup.db.scalar(
        "SELECT uuid FROM note WHERE case_id = (SELECT id FROM cases WHERE reference = ?)", (rich,)
    )
    edit_note(sup, str(note), "Edited once at the office.")
    allow_word_in_case(sup, others[0], "AAA", "Tagbilaran")
    allow_word_in_case(sup, plain, "AAA", "Cordova")
    team.start_hub(sup)
    return {**store, "mine": [rich, plain], "others": others}


def _kept(hub: dict[str, Any]) -> list[int]:
    return [c[0] for c in team_copy.scope_for(hub["sup"].db, "worker", "social_worker")]


def _copy(hub: dict[str, Any], path: Path, *, built: bool, monkeypatch: pytest.MonkeyPatch) -> Database:
    """One laptop copy for the worker, made the one way or the other, pruned, open."""
    monkeypatch.setattr(team_copy, "BUILD_UP_TO", 1.0 if built else 0.0)
    db: Database = hub["sup"].db
    keep = _kept(hub)
    path.parent.mkdir(parents=True)
    team_copy.write_copy(db, path, db.key, keep, None)
    laptop = Database(open_connection(path, db.key), path, db.key)
    if built:  # before `prune`, which would quietly take away anything the build let through
        assert sorted(int(r[0]) for r in laptop.all("SELECT id FROM cases")) == sorted(keep)
        for table in ("person", "note", "hearing", "guard_term", "case_key"):
            held = {int(r[0]) for r in laptop.all(f"SELECT DISTINCT case_id FROM {table}")}
            assert held <= set(keep), table
        assert laptop.scalar("SELECT count(*) FROM meta WHERE key LIKE 'team_%'") == 0
    team_copy.prune(laptop, set(keep), _SETTINGS)
    return laptop


def _rows(db: Database, table: str) -> list[tuple[Any, ...]]:
    # the guard's reload counter moves with every removal: only its change matters
    skip = " WHERE key <> 'guard_version'" if table == "meta" else ""
    return sorted((tuple(r) for r in db.all(f"SELECT * FROM {table}{skip}")), key=repr)


def _terms(db: Database, index: str) -> list[tuple[Any, ...]]:
    db.execute(f"CREATE VIRTUAL TABLE temp.{index}_seen USING fts5vocab(main, {index}, instance)")
    try:
        return sorted(tuple(r) for r in db.all(f"SELECT term, doc FROM temp.{index}_seen"))
    finally:
        db.execute(f"DROP TABLE temp.{index}_seen")


def test_a_built_copy_holds_exactly_what_a_pruned_copy_holds(
    hub: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _copy(hub, tmp_path / "built" / "cases.db", built=True, monkeypatch=monkeypatch)
    pruned = _copy(hub, tmp_path / "pruned" / "cases.db", built=False, monkeypatch=monkeypatch)
    try:
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        assert sorted(built.all(schema)) == sorted(pruned.all(schema))
        assert built.scalar("PRAGMA user_version") == pruned.scalar("PRAGMA user_version")
        indexes = ("case_search", "note_search", "identity_search")
        listed = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        shadows = tuple(f"{i}_" for i in indexes)
        tables = [str(r[0]) for r in built.all(listed) if not str(r[0]).startswith(shadows)]
        assert "hearing_witness" in tables and "guard_term" in tables
        for table in sorted(set(tables) - _NOT_COMPARED):
            assert _rows(built, table) == _rows(pruned, table), table
        for index in indexes:
            assert _terms(built, index) == _terms(pruned, index), index
        # the rich case really brought its court record and the rest with it
        for table in ("charge", "hearing_witness", "motion", "exhibit", "note_version", "leak_allowance"):
            assert built.scalar(f"SELECT count(*) FROM {table}") > 0, table
        assert built.scalar("SELECT count(*) FROM counts_cache") == 0
        assert built.all("PRAGMA foreign_key_check") == []
    finally:
        built.close()
        pruned.close()


def test_a_social_workers_laptop_holds_nothing_of_another_workers_cases(
    hub: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "laptop" / "cases.db"
    team.enrol(hub["sup"], "field-1", "worker", path)
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    hub_db: Database = hub["sup"].db
    try:
        db = laptop.db
        kept = {int(r[0]) for r in db.all("SELECT id FROM cases")}
        assert {str(r[0]) for r in db.all("SELECT reference FROM cases")} == set(hub["mine"])
        for table in ("person", "referral", "note", "hearing", "evidence", "case_key", "guard_term"):
            held = {int(r[0]) for r in db.all(f"SELECT DISTINCT case_id FROM {table}")}
            assert held <= kept, table
        assert db.scalar("SELECT count(*) FROM identity WHERE person_id NOT IN (SELECT id FROM person)") == 0
        # no digest of another case's people: the guard loads them all, and the copy's holder
        # could test guesses of their names against them
        others = {
            bytes(d)
            for (d,) in hub_db.all(
                "SELECT digest FROM guard_term WHERE case_id NOT IN (SELECT value FROM json_each(?))",
                (str(sorted(kept)),),
            )
        }
        mine = {bytes(d) for (d,) in db.all("SELECT digest FROM guard_term")}
        held_digests = {bytes(d) for (d,) in db.all("SELECT digest FROM guard_digest")}
        assert held_digests == mine
        assert not (held_digests & (others - mine))
        # the word allowed for another case's child stays at the office
        assert {str(r[0]) for r in db.all("SELECT word FROM leak_allowance")} == {"cordova"}
        for table in ("team_audit", "team_device", "team_scope", "change_journal"):
            assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table
        # the search finds the laptop's own people, and not another worker's
        assert [c.reference for c in _search(laptop, "Bautista")] != []
        assert _search(laptop, "Dimaculangan") == []
        # and the copy passes every check: pages, structure, search indexes, agenda, audit, keys
        report = maintenance.check(laptop)
        assert report.problems == [] and set(report.checks) == set(maintenance.CHECKS)
    finally:
        laptop.close()


def _search(session: Session, text: str) -> list[Any]:
    from caseintake.services.cases import list_cases

    return list(list_cases(session, search=text, limit=50))


def test_a_copy_of_a_few_cases_is_built_and_one_of_most_is_pruned_and_shrunk(
    hub: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[str] = []
    for name in ("_build", "_page_copy"):
        original = getattr(team_copy, name)

        def spy(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            chosen.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(team_copy, name, spy)
    team.enrol(hub["sup"], "field-1", "worker", tmp_path / "worker" / "cases.db")
    team.enrol(hub["sup"], "office-laptop", "sup", tmp_path / "sup" / "cases.db")
    assert chosen == ["_build", "_page_copy"]
    # forced the other way, the worker's copy drops six of eight cases and is rebuilt smaller
    monkeypatch.setattr(team_copy, "BUILD_UP_TO", 0.0)
    path = tmp_path / "worker-pruned" / "cases.db"
    team.enrol(hub["sup"], "field-2", "worker", path)
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    try:
        assert laptop.db.scalar("PRAGMA freelist_count") == 0
        assert {str(r[0]) for r in laptop.db.all("SELECT reference FROM cases")} == set(hub["mine"])
    finally:
        laptop.close()


def test_a_case_key_the_enrolling_account_cannot_open_falls_back_to_the_page_copy(
    hub: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(_db: Database, _case_id: int) -> bytes:
        raise PermissionDenied("The identity key of this case was not shared with this account.")

    monkeypatch.setattr(team_copy.case_keys, "case_key", locked)
    built: list[bool] = []
    monkeypatch.setattr(team_copy, "_build", lambda *a, **k: built.append(True))
    path = tmp_path / "laptop" / "cases.db"
    team.enrol(hub["sup"], "field-1", "worker", path)
    assert built == []
    monkeypatch.undo()
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    try:
        assert {str(r[0]) for r in laptop.db.all("SELECT reference FROM cases")} == set(hub["mine"])
        assert _search(laptop, "Bautista") != []
    finally:
        laptop.close()


def test_a_table_the_copy_has_no_rule_for_stops_the_enrolment(hub: dict[str, Any], tmp_path: Path) -> None:
    hub["sup"].db.execute("CREATE TABLE case_secret (case_id INTEGER, secret TEXT)")
    path = tmp_path / "laptop" / "cases.db"
    with pytest.raises(CaseintakeError) as caught:
        team.enrol(hub["sup"], "field-1", "worker", path)
    assert caught.value.code == "laptop_copy_unknown_table"
    assert "case_secret" in str(caught.value) and str(caught.value).count(".") == 1
    assert [p for p in related_files(path) if p.exists()] == []
    assert team.devices(hub["sup"]) == []


def test_removed_cases_take_their_own_guard_digests_and_leave_shared_ones(store: dict[str, Any]) -> None:
    sup: Session = store["sup"]
    refs = import_cases(sup, sample_case(), *[_other_case(n) for n in range(5)])
    db = sup.db
    ids = {ref: int(db.scalar("SELECT id FROM cases WHERE reference = ?", (ref,))) for ref in refs}
    terms = {ref: {bytes(t[0]) for t in guard_index.case_terms(db, ids[ref])} for ref in refs}
    # one of six cases goes by look-ups, then two of the five left in one pass over the table
    for gone, scan in (([refs[1]], False), (refs[2:4], True)):
        assert (len(gone) * case_removal.SCAN_SHARE >= int(db.scalar("SELECT count(*) FROM cases"))) is scan
        with db.atomic():
            case_removal.remove_cases(db, [ids[r] for r in gone])
        left = [
            r
            for r in refs
            if r in ids and int(db.scalar("SELECT count(*) FROM cases WHERE id = ?", (ids[r],)))
        ]
        kept_terms = set().union(*(terms[r] for r in left))
        held = {bytes(d) for (d,) in db.all("SELECT digest FROM guard_digest")}
        assert kept_terms <= held
        assert not (held & (set().union(*(terms[r] for r in gone)) - kept_terms))
        assert (
            db.scalar(
                "SELECT count(*) FROM guard_term WHERE case_id IN (SELECT value FROM json_each(?))",
                (str([ids[r] for r in gone]),),
            )
            == 0
        )


def test_attach_keyed_opens_only_an_existing_database_under_its_key(
    store: dict[str, Any], tmp_path: Path
) -> None:
    db: Database = store["sup"].db
    target = tmp_path / "target.db"
    conn = open_connection(target, db.key, create=True)
    try:
        missing = tmp_path / "missing.db"
        with pytest.raises(NotADatabase):
            engine.attach_keyed(conn, missing, db.key, "hub")
        assert not missing.exists()
        with pytest.raises(IntegrityProblem):
            engine.attach_keyed(conn, db.path, bytes(32), "hub")
        assert [r[1] for r in conn.execute("PRAGMA database_list")] == ["main"]
        engine.attach_keyed(conn, db.path, db.key, "hub")
        assert conn.execute("SELECT count(*) FROM hub.users").fetchone()[0] == 4
        conn.execute("DETACH DATABASE hub")
        quoted = tmp_path / "o'hara's folder" / "other.db"  # the name goes into the statement
        quoted.parent.mkdir()
        open_connection(quoted, db.key, create=True).close()
        engine.attach_keyed(conn, quoted, db.key, "other")
        conn.execute("DETACH DATABASE other")
        # the guard is back: a plain ATTACH, even of an in-memory database, is refused
        with pytest.raises(engine.DatabaseError, match="not authorized"):
            conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(tmp_path / "plain.db"),))
        with pytest.raises(engine.DatabaseError, match="not authorized"):
            conn.execute("ATTACH DATABASE '' AS scratch")
        engine.vacuum(conn)
        with pytest.raises(engine.DatabaseError, match="not authorized"):
            conn.execute("ATTACH DATABASE '' AS scratch")
    finally:
        conn.close()
    assert not (tmp_path / "plain.db").exists()


# -- the file itself, read as someone holding the laptop's key would read it ---------------------

_PAGE, _RESERVE = 4096, 80  # SQLCipher 4's defaults, which the engine keeps


def _plain_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file and of its write-ahead log, decrypted (free pages included)."""
    out = []
    for part, header, frame in ((path, 0, 0), (Path(f"{path}-wal"), 32, 24)):
        if not part.exists():
            continue
        data = part.read_bytes()[header:]
        for at in range(frame, len(data) - _PAGE + 1, _PAGE + frame):
            page = data[at : at + _PAGE]
            first = part == path and at == 0
            iv = page[_PAGE - _RESERVE : _PAGE - _RESERVE + 16]
            body = page[16 if first else 0 : _PAGE - _RESERVE]
            decrypt = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
            out.append(decrypt.update(body) + decrypt.finalize())
    return b"".join(out)


def _traces(session: Session, path: Path, kept: set[str]) -> dict[str, list[str]]:
    """What of the hub's other cases is anywhere in the laptop's file: their words (a full-text
    tail, or a row), and the tails of their children's identity-index tokens."""
    db = session.db
    key = identity_store.search_key(db)
    held = [
        int(r[0])
        for r in db.all("SELECT DISTINCT p.case_id FROM person p JOIN identity i ON i.person_id = p.id")
    ]
    own = {t for c in held for t in identity_store.case_body(db, case_keys.case_key(db, c), c).split()}
    gone = [n for n in range(len(_THEIRS)) if f"case {_THEIRS[n]}" not in kept]
    theirs = identity_store.terms_body(key, ["Analyn Dimaculangan 3", "Tagbilaran School 3"]).split()
    tokens = [t for t in theirs if t not in own]  # a prefix such as "a" is also a word of her own
    assert len(tokens) > 10
    database_key = bytes(session.db.key)
    session.close()  # its last connection checkpoints the log into the file
    plain = _plain_pages(path, database_key)
    assert _MINE[3:].encode() in plain, "the probe cannot read the file"
    return {
        "words": [_THEIRS[n] for n in gone if _THEIRS[n][3:].encode() in plain],
        "identity tokens": [t for t in tokens if t[3:].encode() in plain] if 3 in gone else [],
    }


@pytest.mark.parametrize("built", [True, False], ids=["built", "pruned"])
def test_no_trace_of_another_workers_case_is_anywhere_in_the_laptops_file(
    hub: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: bool
) -> None:
    monkeypatch.setattr(team_copy, "BUILD_UP_TO", 1.0 if built else 0.0)
    path = tmp_path / "laptop" / "cases.db"
    team.enrol(hub["sup"], "field-1", "worker", path)
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    assert _traces(laptop, path, set()) == {"words": [], "identity tokens": []}


def test_a_case_given_to_another_worker_leaves_no_trace_on_the_laptop(
    hub: dict[str, Any], tmp_path: Path
) -> None:
    sup: Session = hub["sup"]
    # the worker's for now: the same words and child as another worker's case on the hub
    (given,) = import_cases(sup, {**_other_case(3), "assigned_to": "worker"})
    path = tmp_path / "laptop" / "cases.db"
    team.enrol(sup, "field-1", "worker", path)
    laptop = open_session(path, "worker", PASSPHRASES["worker"])
    assert given in {str(r[0]) for r in laptop.db.all("SELECT reference FROM cases")}
    assert [c.reference for c in _search(laptop, "Dimaculangan")] == [given]
    case = load_case(sup, given)
    update_case(sup, given, dataclasses.replace(case, assigned_to="other"), ["assigned_to"])
    back = tmp_path / "to-laptop.bundle"
    sync.export_bundle(sup, back, device="field-1")
    got = sync.import_bundle(laptop, back)
    assert got.cases_dropped == 1
    assert _traces(laptop, path, set()) == {"words": [], "identity tokens": []}
