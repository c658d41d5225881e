"""Issue 16, item 4: the services behind the supervisors' tools.

Re-enabling an account and changing a role (with the keys following the role), the last active
supervisor kept, a new recovery key, demo databases (the only kind that takes synthetic cases,
never counted, removable), the integrity check's progress and per-check report, and the facts a
restore confirmation shows.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest

from caseintake.domain.errors import (
    AuthenticationFailed,
    IntegrityProblem,
    InvalidInput,
    NotFound,
    PermissionDenied,
    WrongPassphrase,
)
from caseintake.services import keys, maintenance, people, users
from caseintake.services.cases import list_cases
from caseintake.services.counts import build_counts
from caseintake.services.demo_database import (
    count_cases,
    is_demo_database,
    load_demo_cases,
    remove_demo_cases,
)
from caseintake.services.progress import Cancelled, Task
from caseintake.services.session import Session, create_session, open_session
from caseintake.storage.engine import open_connection
from caseintake.storage.keyslots import KeySlots, sidecar_path
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case

NEW = "a fresh passphrase for this account"
Store = dict[str, Any]


def _close_others(store: Store) -> None:
    """Rotation replaces the file: the other sessions would hold the old one."""
    for name in ("worker", "other", "lawyer"):
        store[name].close()
        store[name] = store["sup"]


def _victim(session: Session, reference: str) -> str:
    return str(
        session.db.scalar(
            "SELECT p.uuid FROM person p JOIN cases c ON c.id = p.case_id"
            " WHERE c.reference = ? AND p.pseudonym = 'AAA'",
            (reference,),
        )
    )


def _audit(session: Session, action: str) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in session.db.all(
            "SELECT entity_id, details FROM audit WHERE action = ? ORDER BY seq", (action,)
        )
    ]


# -- re-enabling an account -----------------------------------------------------------------------


def test_a_disabled_account_is_enabled_again_with_a_new_passphrase(store: Store) -> None:
    (mine,) = import_cases(store["sup"], sample_case(assigned_to="other"))
    _close_others(store)
    sup = store["sup"]
    users.disable_user(sup, "other")
    with pytest.raises(AuthenticationFailed):
        open_session(store["path"], "other", PASSPHRASES["other"])
    users.enable_user(sup, "other", NEW)
    assert {u.username: u.active for u in users.list_users(sup)}["other"] is True
    with pytest.raises(AuthenticationFailed):
        open_session(store["path"], "other", PASSPHRASES["other"])  # the old passphrase stays dead
    other = open_session(store["path"], "other", NEW)
    try:
        # Her new keys open the case assigned to her again, and only through the keys.
        assert people.reveal_identity(other, _victim(sup, mine)).legal_name == "Maria Luz Bautista"
    finally:
        other.close()
    events = _audit(sup, "user.enable")
    assert len(events) == 1 and NEW not in events[0][1] and "other" not in events[0][1]


def test_enabling_is_for_supervisors_and_only_for_disabled_accounts(store: Store) -> None:
    with pytest.raises(PermissionDenied, match="A lawyer may not manage users"):
        users.enable_user(store["lawyer"], "worker", NEW)
    with pytest.raises(InvalidInput) as refused:
        users.enable_user(store["sup"], "worker", NEW)
    assert refused.value.code == "active"
    with pytest.raises(NotFound):
        users.enable_user(store["sup"], "nobody", NEW)


# -- changing a role --------------------------------------------------------------------------------


def test_a_social_worker_made_a_lawyer_reveals_every_case(store: Store) -> None:
    _, theirs = import_cases(
        store["sup"], sample_case(assigned_to="worker"), sample_case(assigned_to="other")
    )
    victim = _victim(store["sup"], theirs)
    with pytest.raises(PermissionDenied):
        people.reveal_identity(store["worker"], victim)
    users.change_role(store["sup"], "worker", "lawyer")
    store["worker"].close()
    store["worker"] = open_session(store["path"], "worker", PASSPHRASES["worker"])
    assert store["worker"].role == "lawyer"
    assert people.reveal_identity(store["worker"], victim).legal_name == "Maria Luz Bautista"
    assert _audit(store["sup"], "user.role")[0][1] == '{"from":"social_worker","to":"lawyer"}'


def test_a_lawyer_made_a_social_worker_keeps_only_her_assigned_cases(store: Store) -> None:
    users.change_role(store["sup"], "lawyer", "social_worker")
    mine, theirs = import_cases(
        store["sup"], sample_case(assigned_to="lawyer", hearings=[]), sample_case(assigned_to="other")
    )
    store["lawyer"].close()
    store["lawyer"] = open_session(store["path"], "lawyer", PASSPHRASES["lawyer"])
    assert people.reveal_identity(store["lawyer"], _victim(store["sup"], mine)).legal_name
    with pytest.raises(PermissionDenied):
        people.reveal_identity(store["lawyer"], _victim(store["sup"], theirs))
    # Not even her keys open it: the office grant is gone.
    case_id = int(store["sup"].db.scalar("SELECT id FROM cases WHERE reference = ?", (theirs,)))
    from caseintake.storage import case_keys

    with pytest.raises(PermissionDenied):
        case_keys.case_key(store["lawyer"].db, case_id)


def test_a_role_change_is_refused_for_others_own_and_the_same_role(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        users.change_role(store["lawyer"], "worker", "lawyer")
    with pytest.raises(InvalidInput) as same:
        users.change_role(store["sup"], "lawyer", "lawyer")
    assert same.value.code == "same_role"
    with pytest.raises(InvalidInput, match="unknown code"):
        users.change_role(store["sup"], "lawyer", "judge")
    users.add_user(store["sup"], "boss2", "supervisor", NEW)
    with pytest.raises(InvalidInput) as own:
        users.change_role(store["sup"], "sup", "lawyer")
    assert own.value.code == "own_account"


def test_the_last_active_supervisor_is_neither_disabled_nor_demoted(store: Store) -> None:
    sup = store["sup"]
    for attempt in (lambda: users.disable_user(sup, "sup"), lambda: users.change_role(sup, "sup", "lawyer")):
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert refused.value.code == "last_supervisor"
        assert str(refused.value) == (
            "sup is the last active supervisor; make another account a supervisor first."
        )
    users.change_role(sup, "lawyer", "supervisor")  # now there are two
    users.change_role(sup, "lawyer", "social_worker")  # and one may be demoted again
    assert {u.username: u.role for u in users.list_users(sup)}["lawyer"] == "social_worker"


# -- a new recovery key ----------------------------------------------------------------------------


def test_a_new_recovery_key_replaces_the_old_one(store: Store, tmp_path: Path) -> None:
    _close_others(store)
    path, sup, old_key = store["path"], store["sup"], store["recovery_key"]
    with pytest.raises(WrongPassphrase):
        keys.replace_recovery_key(sup, "not my passphrase")
    users.recover(path, old_key, "worker", "still the old recovery key")  # unchanged by the refusal
    sup.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = KeySlots.load(sidecar_path(path))  # an old copy of the key file, with the old recovery slot
    new = keys.replace_recovery_key(sup, SUPERVISOR_PASS)
    assert new.rotated and new.key != old_key and new.key not in repr(new)
    with pytest.raises(AuthenticationFailed):
        users.recover(path, old_key, "worker", "the old key opens nothing")
    users.recover(path, new.key, "worker", "the new recovery key works")
    open_session(path, "worker", "the new recovery key works").close()
    with pytest.raises(IntegrityProblem):  # the rotation: the old file's key opens nothing now
        open_connection(path, kept.unwrap_recovery(old_key))
    assert len(_audit(sup, "keys.recovery_replace")) == 1
    with pytest.raises(PermissionDenied):
        keys.replace_recovery_key(open_session(path, "lawyer", PASSPHRASES["lawyer"]), PASSPHRASES["lawyer"])


# -- demo databases ---------------------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path: Path) -> Any:
    session, _ = create_session(tmp_path / "demo" / "cases.db", "sup", SUPERVISOR_PASS, demo=True)
    yield session
    session.close()


def test_demo_cases_go_only_into_a_demo_database_or_an_empty_one(store: Store, demo_db: Session) -> None:
    assert not is_demo_database(store["sup"]) and is_demo_database(demo_db)
    import_cases(store["sup"], sample_case())
    with pytest.raises(PermissionDenied, match="holds real cases"):
        load_demo_cases(store["sup"], 5, seed=1)
    assert len(list_cases(store["sup"])) == 1 and not is_demo_database(store["sup"])
    first, last = load_demo_cases(demo_db, 30, seed=1)
    assert first and last and len(list_cases(demo_db, limit=100)) == 30


def test_an_empty_database_becomes_a_demo_database_with_its_first_demo_cases(tmp_path: Path) -> None:
    session, _ = create_session(tmp_path / "plain" / "cases.db", "sup", SUPERVISOR_PASS)
    try:
        assert not is_demo_database(session)
        load_demo_cases(session, 6, seed=1)
        assert is_demo_database(session) and len(list_cases(session)) == 6
    finally:
        session.close()


def test_a_failed_fill_leaves_an_empty_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseintake.services import demo

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(demo, "fill_with_demo_cases", broken)
    session, _ = create_session(tmp_path / "plain" / "cases.db", "sup", SUPERVISOR_PASS)
    try:
        with pytest.raises(OSError):
            load_demo_cases(session, 6, seed=1)
        assert not is_demo_database(session) and list_cases(session) == []
    finally:
        session.close()


def test_a_demo_database_can_be_counted(demo_db: Session) -> None:
    load_demo_cases(demo_db, 30, seed=1)
    assert build_counts(demo_db).cells


def test_removing_demo_cases_empties_a_demo_database_cleanly(demo_db: Session) -> None:
    load_demo_cases(demo_db, 40, seed=2)
    assert count_cases(demo_db) == 40
    steps: list[tuple[int, int]] = []
    assert remove_demo_cases(demo_db, Task(lambda done, total: steps.append((done, total)))) == 40
    assert steps[-1] == (40, 40)
    assert list_cases(demo_db) == [] and list_cases(demo_db, search="osaec") == []
    for table in ("person", "identity", "note", "hearing", "case_key", "case_search", "guard_term"):
        assert demo_db.db.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert maintenance.check(demo_db).ok
    assert _audit(demo_db, "case.demo_remove")[0][1] == '{"cases":40}'
    load_demo_cases(demo_db, 5, seed=3)  # the training starts afresh
    assert count_cases(demo_db) == 5


def test_real_cases_are_never_removed(store: Store) -> None:
    import_cases(store["sup"], sample_case())
    with pytest.raises(PermissionDenied, match="its cases are real"):
        remove_demo_cases(store["sup"])
    with pytest.raises(PermissionDenied, match="A lawyer may not load or remove demo cases"):
        remove_demo_cases(store["lawyer"])
    assert len(list_cases(store["sup"])) == 1


def test_cancelling_a_removal_removes_nothing(demo_db: Session) -> None:
    load_demo_cases(demo_db, 20, seed=2)
    task = Task()
    task.cancel()
    with pytest.raises(Cancelled):
        remove_demo_cases(demo_db, task)
    assert count_cases(demo_db) == 20


# -- the integrity check ------------------------------------------------------------------------


def test_the_check_reports_each_check_and_its_progress(store: Store) -> None:
    steps: list[tuple[int, int]] = []
    report = maintenance.check(store["sup"], Task(lambda done, total: steps.append((done, total))))
    assert report.ok and list(report.checks) == list(maintenance.CHECKS)
    assert all(found == [] for found in report.checks.values())
    # Progress is in thousandths shared out by each check's usual time: it starts at nothing,
    # never goes back, passes the end of every check and ends at the whole.
    done = [d for d, _ in steps]
    assert {total for _, total in steps} == {maintenance.PROGRESS_TOTAL}
    assert done[0] == 0 and done[-1] == maintenance.PROGRESS_TOTAL and done == sorted(done)
    ends = list(itertools.accumulate(maintenance.CHECK_SHARES.values()))
    assert set(ends) <= set(done)
    task = Task()
    task.cancel()
    with pytest.raises(Cancelled):
        maintenance.check(store["sup"], task)


def test_a_damaged_audit_chain_is_reported_under_its_check(store: Store) -> None:
    db = store["sup"].db
    db.execute("UPDATE audit SET details = '{\"x\": 1}' WHERE seq = 2")
    report = maintenance.inspect(db)
    assert not report.ok and report.checks["audit"] and report.checks["pages"] == []


# -- what a restore confirmation shows ------------------------------------------------------------


def test_describe_backup_checks_everything_and_replaces_nothing(store: Store, tmp_path: Path) -> None:
    import_cases(store["sup"], sample_case())
    source = tmp_path / "office.cibackup"
    maintenance.make_backup(store["sup"], source)
    path = store["path"]
    before = path.read_bytes()
    facts = maintenance.describe_backup(path, source, "sup", SUPERVISOR_PASS)
    assert (facts.cases, facts.accounts, facts.same_database, facts.older) == (1, 4, True, False)
    assert facts.made.startswith("20")
    import_cases(store["sup"], sample_case())  # a change after the backup
    assert maintenance.describe_backup(path, source, "sup", SUPERVISOR_PASS).older
    with pytest.raises(PermissionDenied):
        maintenance.describe_backup(path, source, "lawyer", PASSPHRASES["lawyer"])
    with pytest.raises(WrongPassphrase):
        maintenance.describe_backup(path, source, "sup", "not the passphrase")
    copy = tmp_path / "elsewhere" / "cases.db"
    assert maintenance.describe_backup(copy, source, "sup", SUPERVISOR_PASS).live is None
    assert not copy.exists() and path.read_bytes()[:4096] == before[:4096]
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".restore")]
    assert leftovers == []
    shutil.rmtree(tmp_path / "elsewhere", ignore_errors=True)
