"""Working as a team (DESIGN §10, issue 15): the office hub, its laptops, and conflicts.

- `start_hub` makes this database the office hub: it gets bundle keys, and from then on its
  change journal records every change (`storage/journal.py`).
- `enrol` writes a laptop's database at the hub: a copy under its own database key holding only
  the cases its user may hold, only that user's key slot (and the recovery slot), its own device
  number (so the ids it hands out never meet another copy's), its own bundle keys, and blocks
  of case-reference serials no other copy uses.
- `revoke` stops a lost laptop: its later bundles are quarantined, nothing more is written for
  it, and what it held is listed for the breach notification.
- `resolve_conflict` settles the same field changed on two sides; the choice is an ordinary
  change, so it reaches every laptop holding the case.

Bundles themselves are written and applied by `services/sync.py`.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError, InvalidInput
from caseintake.domain.pseudonyms import next_pseudonym
from caseintake.domain.roles import Action
from caseintake.interchange import bundle
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.storage import journal, team_apply, team_copy, team_store, writes
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database
from caseintake.storage.engine import open_connection
from caseintake.storage.files import fsync_directory
from caseintake.storage.ids import new_device_number
from caseintake.storage.keyslots import new_database_key, sidecar_path
from caseintake.storage.vault import load_slots, related_files

log = logging.getLogger(__name__)

Held = list[tuple[str, bool, str, str | None, str]]


def not_in_team(role: str | None, wanted: str) -> CaseintakeError:
    if role is None:
        return CaseintakeError(
            "This database is not part of a team: make it the office hub, or use a laptop database"
            " enrolled at the hub.",
            code="team_not_joined",
        )
    if wanted == journal.HUB:
        return CaseintakeError("This can only be done on the office hub.", code="team_only_hub")
    return CaseintakeError("This can only be done on an enrolled laptop.", code="team_only_device")


def require_role(session: Session, wanted: str) -> None:
    current = team_store.role(session.db)
    if current != wanted:
        raise not_in_team(current, wanted)


def _device_named(db: Database, name: str) -> team_store.Device:
    found = team_store.device_named(db, name)
    if found is None:
        raise InvalidInput.at(
            "device", f"no laptop named {name} is enrolled", code="device_unknown", params={"device": name}
        )
    return found


# -- the hub ---------------------------------------------------------------------------------------


def start_hub(session: Session) -> None:
    """Make this database the office hub (a supervisor, once)."""
    session.require(Action.MANAGE_TEAM)
    db = session.db
    if team_store.role(db) is not None:
        raise CaseintakeError("This database is already part of a team.", code="team_already_joined")
    box_private, box_public, sign_seed, verify_key = bundle.new_device_keys()
    number = writes.device_number(db)
    with db.atomic():
        team_store.put(
            db,
            {
                team_store.ROLE: journal.HUB,
                team_store.OFFICE: team_store.setting(db, "database_id"),
                team_store.HUB_NUMBER: number,
                team_store.HUB_BOX_PUBLIC: box_public.hex(),
                team_store.HUB_VERIFY_KEY: verify_key.hex(),
                team_store.BOX_PRIVATE: box_private.hex(),
                team_store.SIGN_SEED: sign_seed.hex(),
            },
        )
        session.audit(AuditAction.TEAM_HUB_START, "database", str(number))
    log.info("hub started device=%d", number)


@dataclass(frozen=True)
class Enrolment:
    device: int
    name: str
    username: str
    path: Path
    cases: int


def serial_years() -> list[int]:
    """The years a laptop holds case-reference serials for: this one and the next (a laptop
    that stays offline over New Year still opens cases)."""
    this_year = date.today().year
    return [this_year, this_year + 1]


def office_prefix(db: Database) -> str:
    return team_store.setting(db, "office_prefix", "CI") or "CI"


def enrol(
    session: Session,
    name: str,
    username: str,
    path: Path,
    *,
    task: Task = NO_TASK,
) -> Enrolment:
    """Write the database of a new laptop for `username` at `path` (with its key file beside it)."""
    session.require(Action.MANAGE_TEAM)
    require_role(session, journal.HUB)
    db = session.db
    name = name.strip()
    if not name or len(name) > 60 or not name.isprintable():
        raise InvalidInput.at(
            "device", "give the laptop a short name (up to 60 characters)", code="device_name"
        )
    if team_store.device_named(db, name) is not None:
        raise InvalidInput.at(
            "device",
            f"a laptop named {name} is already enrolled",
            code="device_name_taken",
            params={"device": name},
        )
    role = team_store.user_role(db, username)
    slots = load_slots(db)
    if role is None or not slots.has_user(username):
        raise InvalidInput.at(
            "user",
            f"there is no active user {username}",
            code="device_user_unknown",
            params={"user": username},
        )
    path = path.expanduser().resolve()
    if path == db.path.resolve() or any(p.exists() for p in related_files(path)):
        raise CaseintakeError(
            f"A database already exists at {path}; refusing to overwrite it.",
            code="database_exists",
            params={"path": path},
        )
    taken = {d.number for d in team_store.devices(db)} | {writes.device_number(db)}
    number = new_device_number()
    while number in taken:
        number = new_device_number()
    cases = team_copy.scope_for(db, username, role)
    box_private, box_public, sign_seed, verify_key = bundle.new_device_keys()
    key = new_database_key()
    prefix = office_prefix(db)
    now = now_utc()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with db.atomic():  # a block given to a laptop that never arrives is only a gap in the numbers
            blocks = {year: team_store.reserve_serials(db, prefix, year) for year in serial_years()}
        team_copy.write_copy(db, path, key, [c[0] for c in cases], task.step)
        laptop = Database(open_connection(path, key), path, key)
        try:
            head = team_copy.prune(
                laptop,
                {c[0] for c in cases},
                {
                    "device_number": number,
                    team_store.ROLE: journal.DEVICE,
                    team_store.OFFICE: team_store.get(db, team_store.OFFICE),
                    team_store.HUB_NUMBER: team_store.get(db, team_store.HUB_NUMBER),
                    team_store.HUB_BOX_PUBLIC: team_store.get(db, team_store.HUB_BOX_PUBLIC),
                    team_store.HUB_VERIFY_KEY: team_store.get(db, team_store.HUB_VERIFY_KEY),
                    team_store.DEVICE_NAME: name,
                    team_store.BOX_PRIVATE: box_private.hex(),
                    team_store.SIGN_SEED: sign_seed.hex(),
                    team_store.HUB_RECEIVED: team_store.journal_head(db),
                },
            )
            with laptop.atomic():
                team_store.put(laptop, {team_store.AUDIT_ACKED: int(head[0])})
                for year, (start, end) in blocks.items():
                    team_store.take_block(laptop, prefix, year, start, end)
        finally:
            laptop.close()
        slots.copy_for(sidecar_path(path), [username], key).save()
        fsync_directory(path.parent)
        with db.atomic():
            team_store.add_device(db, number, name, username, box_public, verify_key, now, session.username)
            team_store.add_scope(db, number, cases, now, 0)
            given = {str(y): list(b) for y, b in blocks.items()}
            team_store.update_device(
                db,
                number,
                {"audit_seq": int(head[0]), "audit_hash": str(head[-1]), "serials": json.dumps(given)},
            )
            team_store.start_device_audit(db, number, head)
            session.audit(AuditAction.TEAM_ENROL, "device", str(number), {"cases": len(cases), "role": role})
    except BaseException:
        for leftover in related_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    log.info("laptop enrolled device=%d cases=%d", number, len(cases))
    return Enrolment(number, name, username, path, len(cases))


def revoke(session: Session, name: str) -> Held:
    """Revoke a lost or retired laptop: its later bundles are quarantined, nothing more is
    written for it. Returns what it held (reference, identity keys, since, until, the initials
    of the people whose vault values were in it)."""
    session.require(Action.MANAGE_TEAM)
    require_role(session, journal.HUB)
    found = _device_named(session.db, name)
    if found.revoked_at is None:
        with session.db.atomic():
            team_store.update_device(
                session.db, found.number, {"revoked_at": now_utc(), "revoked_by": session.username}
            )
            held = team_store.held(session.db, found.number)
            session.audit(AuditAction.TEAM_REVOKE, "device", str(found.number), {"cases": len(held)})
    return team_store.held(session.db, found.number)


def devices(session: Session) -> list[team_store.Device]:
    session.require(Action.MANAGE_TEAM)
    require_role(session, journal.HUB)
    return team_store.devices(session.db)


def held_by(session: Session, name: str) -> Held:
    """Every case a laptop held, with whether it held the identity keys: for a breach notice."""
    session.require(Action.MANAGE_TEAM)
    require_role(session, journal.HUB)
    return team_store.held(session.db, _device_named(session.db, name).number)


# -- status ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    role: str | None
    device: int
    name: str
    pending: int  # a laptop's changes not yet acknowledged by the hub
    conflicts: int
    last_export_at: str
    last_import_at: str


def status(session: Session) -> Status:
    db = session.db
    role = team_store.role(db)
    if role is None:
        return Status(None, 0, "", 0, 0, "", "")
    return Status(
        role,
        writes.device_number(db),
        team_store.get(db, team_store.DEVICE_NAME) if role == journal.DEVICE else "hub",
        team_store.pending_local(db) if role == journal.DEVICE else 0,
        len(team_store.conflicts(db)),
        team_store.get(db, team_store.LAST_EXPORT),
        team_store.get(db, team_store.LAST_IMPORT),
    )


# -- conflicts -------------------------------------------------------------------------------------


def conflicts(session: Session, *, open_only: bool = True) -> list[team_store.Conflict]:
    if team_store.role(session.db) is None:
        raise not_in_team(None, journal.HUB)
    return team_store.conflicts(session.db, open_only=open_only)


def conflict_names(
    session: Session, found: list[team_store.Conflict]
) -> tuple[dict[int, str], dict[int, str]]:
    """What a list of conflicts refers to by number: case id -> reference, and staff account id
    -> name (an assignee, a note's author, a hearing's lawyer)."""
    if team_store.role(session.db) is None:
        raise not_in_team(None, journal.HUB)
    ids = [c.case_id for c in found if c.case_id is not None]
    return team_store.references(session.db, ids), team_store.staff_names(session.db)


def resolve_conflict(session: Session, conflict_id: int, choice: str) -> None:
    """Settle a conflict at the hub: keep the office value (`office`) or take the laptop's
    (`field`)."""
    session.require(Action.MANAGE_TEAM)
    require_role(session, journal.HUB)
    db = session.db
    found = team_store.conflict(db, conflict_id)
    if found is None or found.resolved_at is not None:
        raise InvalidInput.at(
            "conflict",
            f"there is no open conflict {conflict_id}",
            code="conflict_unknown",
            params={"conflict": conflict_id},
        )
    if choice not in ("office", "field"):
        raise InvalidInput.at("choice", "choose office or field", code="conflict_choice")
    with db.atomic():
        if choice == "field":
            _take_field(db, found)
        team_store.resolve(db, conflict_id, choice, session.username, now_utc())
        session.audit(
            AuditAction.SYNC_RESOLVE,
            "case",
            str(found.case_id or ""),
            {"conflict": conflict_id, "chosen": choice},
        )


def _release_held(db: Database, found: team_store.Conflict) -> None:
    """Apply the changes that were held back because they hung on the row just taken (a new
    person's vault values, detention, child-witness measures), as the laptop sent them."""
    key = journal.primary_key(db, found.table)
    if key != ("id",):
        return
    parent = journal.decode(found.row_key[0])
    for held_id, change in team_store.held_children(db, found.device, found.table, parent):
        team_apply.apply_change(db, change, merge=True)
        team_store.release(db, held_id, now_utc())


def _take_field(db: Database, found: team_store.Conflict) -> None:
    key = journal.primary_key(db, found.table)
    where = dict(zip(key, (journal.decode(v) for v in found.row_key), strict=True))
    if found.column == team_apply.WHOLE_ROW:
        if found.field is None:  # the laptop deleted a row the office had changed
            writes.delete(db, found.table, where)
            return
        values = {c: journal.decode(v) for c, v in dict(found.field).items()}
        if found.table == "person" and values.get("pseudonym") and values.get("case_id") is not None:
            # Two people given the same initials in one case: the laptop's takes the next free ones.
            taken = team_store.pseudonyms_taken(db, int(values["case_id"]))
            if values["pseudonym"] in taken:
                values["pseudonym"] = next_pseudonym(str(values.get("role")), taken)
        try:
            with team_apply.constrained(db):
                writes.insert(db, found.table, list(values), [tuple(values.values())])
        except team_apply.RowRefused:
            raise CaseintakeError(
                "The laptop's record cannot be added as it is (it repeats a pseudonym or reference the"
                " office already uses); change it at the office instead.",
                code="conflict_row_refused",
            ) from None
        _release_held(db, found)
        return
    if not writes.update(db, found.table, {found.column: journal.decode(found.field)}, where):
        raise CaseintakeError(
            "The record this conflict is about no longer exists at the office;"
            " keep the office value instead.",
            code="conflict_row_gone",
        )
