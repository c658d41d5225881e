"""A hub and three laptops under random work and an unreliable courier (issue 15's simulation).

Hypothesis draws a run: edits, new cases, offense-list changes and notes on every copy,
reassignments at the hub, bundles written at any time and delivered late, twice, out of order or
never. Then the courier becomes reliable and everything is delivered until nothing moves. Checked:

- every laptop holds exactly its scope, and each row of each of its cases equals the hub's;
- every value a person saved survives: it is the hub's value, or kept in a conflict there;
- conflicts are exactly the same-field edits: each sets a province a person saved on a laptop
  against another the office kept, and nothing else raises one;
- no laptop's decrypted database holds a canary of a case outside its scope.

CASEINTAKE_LONG=1 draws 500 runs instead of 25.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseintake.domain.records import Note
from caseintake.services import sync, team, users
from caseintake.services.case_fields import update_case
from caseintake.services.cases import load_case
from caseintake.services.notes import add_note
from caseintake.services.session import Session, create_session, open_session
from caseintake.storage import journal, team_apply, team_store
from tests.conftest import PASSPHRASES, SUPERVISOR_PASS, import_cases, sample_case

LAPTOPS = {"field-worker": "worker", "field-other": "other", "court-lawyer": "lawyer"}
PROVINCES = ["Cebu", "Bohol", "Leyte", "Samar", "Iloilo"]
OFFENSES = ["grooming", "sextortion", "osaec_livestream", "child_abuse"]

step = st.tuples(
    st.sampled_from(
        ["edit", "hub_edit", "offenses", "note", "new_case", "reassign", "send", "send_hub", "deliver"]
    ),
    st.integers(0, 1000),
    st.integers(0, 1000),
)


def _canary(n: int) -> str:
    return f"Canary summary {n} zqx"


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.hub, _ = create_session(root / "hub" / "cases.db", "sup", SUPERVISOR_PASS)
        users.add_user(self.hub, "worker", "social_worker", PASSPHRASES["worker"])
        users.add_user(self.hub, "other", "social_worker", PASSPHRASES["other"])
        users.add_user(self.hub, "lawyer", "lawyer", PASSPHRASES["lawyer"])
        hearing = sample_case()["hearings"]
        self.refs = import_cases(
            self.hub,
            *(
                sample_case(assigned_to=who, summary=_canary(i), hearings=hearing if i % 2 == 0 else [])
                for i, who in enumerate(["worker", "other", "worker", "other"])
            ),
        )
        team.start_hub(self.hub)
        self.laptops: dict[str, Session] = {}
        for name, user in LAPTOPS.items():
            path = root / name / "cases.db"
            team.enrol(self.hub, name, user, path)
            self.laptops[name] = open_session(path, user, PASSPHRASES[user])
        self.queue: list[tuple[str, Path]] = []  # (receiver, bundle)
        self.saved: list[tuple[str, str, Any]] = []  # (reference, field, value) acknowledged saves
        self.count = 0

    def close(self) -> None:
        for session in [self.hub, *self.laptops.values()]:
            session.close()

    def _bundle(self) -> Path:
        self.count += 1
        return self.root / "stick" / f"{self.count}.bundle"

    def refs_on(self, session: Session) -> list[str]:
        return sorted(r[0] for r in session.db.all("SELECT reference FROM cases"))

    def edit(self, session: Session, a: int, b: int, *, hub: bool = False) -> None:
        refs = self.refs_on(session)
        if not refs or (session.role == "lawyer"):
            return
        ref = refs[a % len(refs)]
        value = PROVINCES[b % len(PROVINCES)]
        case = load_case(session, ref)
        if case.province == value:
            return  # saving the value already there changes nothing, on this copy or any other
        update_case(session, ref, dataclasses.replace(case, province=value), ["province"])
        self.saved.append((ref, "province", value))

    def offenses(self, session: Session, a: int, b: int) -> None:
        refs = self.refs_on(session)
        if not refs or session.role == "lawyer":
            return
        ref = refs[a % len(refs)]
        case = load_case(session, ref)
        chosen = sorted({OFFENSES[b % 4], OFFENSES[(b // 4) % 4]})
        update_case(session, ref, dataclasses.replace(case, offenses=chosen), ["offenses"])

    def note(self, session: Session, a: int, b: int) -> None:
        refs = self.refs_on(session)
        if not refs:
            return
        ref = refs[a % len(refs)]
        text = f"Note {b} by {session.username}"
        add_note(session, ref, Note(kind="general", written_at=datetime.now(UTC), text=text))
        self.saved.append((ref, "note", text))

    def new_case(self, session: Session, a: int) -> None:
        if session.role != "social_worker":
            return
        (ref,) = import_cases(
            session, sample_case(assigned_to=session.username, summary=f"Field case {a}", hearings=[])
        )
        self.saved.append((ref, "case", ref))

    def reassign(self, a: int, b: int) -> None:
        refs = self.refs_on(self.hub)
        ref = refs[a % len(refs)]
        case = load_case(self.hub, ref)
        update_case(
            self.hub, ref, dataclasses.replace(case, assigned_to=["worker", "other"][b % 2]), ["assigned_to"]
        )

    def send(self, name: str) -> None:
        path = self._bundle()
        sync.export_bundle(self.laptops[name], path)
        self.queue.append(("hub", path))

    def send_hub(self, name: str) -> None:
        path = self._bundle()
        sync.export_bundle(self.hub, path, device=name)
        self.queue.append((name, path))

    def deliver(self, a: int, b: int) -> None:
        if not self.queue:
            return
        receiver, path = self.queue[a % len(self.queue)]
        if b % 3 != 0:  # sometimes a copy stays on the stick and arrives again later
            self.queue.remove((receiver, path))
        sync.import_bundle(self.hub if receiver == "hub" else self.laptops[receiver], path)

    def settle(self) -> None:
        for _round in range(3):
            for name in LAPTOPS:
                self.send(name)
                sync.import_bundle(self.hub, self.queue.pop()[1])
            for name in LAPTOPS:
                self.send_hub(name)
                sync.import_bundle(self.laptops[name], self.queue.pop()[1])


def _rows(session: Session, case_ids: list[int]) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for case_id in case_ids:
        for change in team_apply.snapshot(session.db, case_id, 0, ""):
            out.setdefault(change.table, []).append(
                (tuple(map(str, change.row_key)), sorted((c, str(v[1])) for c, v in change.fields.items()))
            )
    return {t: sorted(rows) for t, rows in out.items()}


def _check(world: World) -> None:
    hub = world.hub
    for name, laptop in world.laptops.items():
        device = team_store.device_named(hub.db, name)
        assert device is not None
        scope = sorted(team_store.scope(hub.db, device.number))
        held = sorted(int(r[0]) for r in laptop.db.all("SELECT id FROM cases"))
        assert held == scope, name
        assert _rows(laptop, scope) == _rows(hub, scope), name
        assert team_store.pending_local(laptop.db) == 0
        # nothing of another case: scan every text column of the decrypted laptop database
        others = [
            i
            for i, ref in enumerate(world.refs)
            if team_store.reference_of(hub.db, _id(hub, ref)) and _id(hub, ref) not in scope
        ]
        texts = " ".join(
            str(v)
            for table in ("case_text", "note", "referral", "hearing", "evidence")
            for row in laptop.db.all(f"SELECT * FROM {table}")
            for v in row
        )
        for i in others:
            assert _canary(i) not in texts, name
    conflicts = team_store.conflicts(hub.db, open_only=False)
    # Conflicts are exactly the same-field edits: none about bookkeeping (stamps, lists, notes,
    # new rows), each one a province a person saved on a laptop against another the office kept;
    # and no saved value is missing (below), so none was merged away silently either.
    saved_provinces = {(_id(hub, ref), value) for ref, field, value in world.saved if field == "province"}
    for c in conflicts:
        assert c.office != c.field, c
        assert c.table == "cases" and c.column == "province", c
        assert (c.case_id, c.field) in saved_provinces and (c.case_id, c.office) in saved_provinces | {
            (c.case_id, "Cebu")
        }, c
    kept = {(c.case_id, c.column, journal.decode(c.field)) for c in conflicts}
    for ref, field, value in world.saved:
        case_id = _id(hub, ref)
        if field == "case":
            assert case_id is not None, ref
        elif field == "province":
            assert (
                load_case(hub, ref).province == value
                or (case_id, "province", value) in kept
                or _overwritten(world, ref, value)
            )
        else:
            texts = [r[0] for r in hub.db.all("SELECT text FROM note WHERE case_id = ?", (case_id,))]
            assert value in texts, (ref, value)


def _id(session: Session, ref: str) -> int:
    return int(session.db.scalar("SELECT id FROM cases WHERE reference = ?", (ref,)))


def _overwritten(world: World, ref: str, value: str) -> bool:
    """A later save of the same field replaced this value in the usual way (on one copy)."""
    later = [v for r, f, v in world.saved if r == ref and f == "province"]
    return later.index(value) < len(later) - 1 if value in later else False


@settings(
    max_examples=500 if os.environ.get("CASEINTAKE_LONG", "") not in ("", "0") else 25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(step, min_size=5, max_size=30))
def test_every_copy_converges_and_nothing_is_lost(steps: list[tuple[str, int, int]]) -> None:
    _play(steps)


def test_a_note_added_after_a_reassignment_reaches_the_hub() -> None:
    """Found by the test above: the laptop dropped the reassigned case with its own note still on
    the way, then gave its next note the dropped note's id, and the hub read it as the same note."""
    _play([("note", 0, 1), ("reassign", 2, 1), ("send_hub", 0, 0), ("deliver", 0, 0), ("note", 0, 0)])


def _play(steps: list[tuple[str, int, int]]) -> None:
    """Every step on a new team of a hub and three laptops, then sync until settled, then check."""
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        (world.root / "stick").mkdir()
        try:
            names = list(LAPTOPS)
            for op, a, b in steps:
                laptop = world.laptops[names[a % 3]]
                if op == "edit":
                    world.edit(laptop, b, a)
                elif op == "hub_edit":
                    world.edit(world.hub, a, b, hub=True)
                elif op == "offenses":
                    world.offenses(laptop if b % 2 else world.hub, a, b)
                elif op == "note":
                    world.note(laptop, b, a)
                elif op == "new_case":
                    world.new_case(laptop, b)
                elif op == "reassign":
                    world.reassign(a, b)
                elif op == "send":
                    world.send(names[a % 3])
                elif op == "send_hub":
                    world.send_hub(names[a % 3])
                else:
                    world.deliver(a, b)
            world.settle()
            _check(world)
        finally:
            world.close()
