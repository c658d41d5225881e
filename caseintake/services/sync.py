"""Sealed bundles between the laptops and the office hub (issue 15; the hub: `services/team.py`).

`export_bundle` writes what the other side has not acknowledged: on a laptop, its own changes;
at the hub, a laptop's return bundle (the office's changes to its cases, cases that entered its
scope whole, cases to let go, the open conflicts on its cases, the staff list and fresh blocks of
case-reference serials). `import_bundle` verifies, decrypts in memory and applies one bundle in
one transaction. Each side counts what it has applied, so a bundle applied twice, late or out of
order changes nothing more, and a lost one is covered by the next.

At the hub a laptop's change is merged field by field (`storage/team_apply.py`); a change for a
case outside the laptop's scope, or of a kind its user's role may not make, is quarantined
whole. The laptop's audit chain must continue the head the hub saw last.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError, IntegrityProblem, InvalidInput, PermissionDenied
from caseintake.domain.roles import Action, may
from caseintake.interchange import bundle
from caseintake.services.progress import NO_TASK, Task
from caseintake.services.session import Session
from caseintake.services.team import not_in_team, office_prefix, serial_years
from caseintake.storage import case_removal, journal, team_apply, team_copy, team_store, writes
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database
from caseintake.storage.ids import device_range
from caseintake.storage.safe_output import check_output, write_output

log = logging.getLogger(__name__)

#: A bundle file larger than this is not read (the payload limit is the bundle module's).
MAX_BUNDLE_FILE = 512 * 1024 * 1024
#: Which role may make a change to which table (DESIGN §3): checked again at the hub, whatever a
#: laptop's program claims.
_CASE_TABLES = ("cases", "case_text", "case_offense", "case_accommodation", "person", "identity", "referral")
_COURT_TABLES = ("hearing", "hearing_witness", "motion", "exhibit", "case_court", "criminal_case", "charge")
TABLE_ACTIONS: dict[str, Action] = {
    **dict.fromkeys((*_CASE_TABLES, "case_key"), Action.EDIT_CASE),
    **dict.fromkeys(("note", "note_version", "evidence"), Action.EDIT_NOTES),
    **dict.fromkeys((*_COURT_TABLES, "detention", "child_measure"), Action.EDIT_HEARINGS),
    "leak_allowance": Action.ALLOW_LEAK_WORD,
}


@dataclass(frozen=True)
class Sent:
    path: Path
    changes: int
    cases_whole: int
    cases_dropped: int
    size: int


@dataclass
class Received:
    sender: int
    number: int
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    quarantined: int = 0
    cases_whole: int = 0
    cases_dropped: int = 0
    stale: bool = False


# -- writing ---------------------------------------------------------------------------------------


def _header(db: Database, receiver: int, number: int) -> bundle.Header:
    return bundle.Header(
        format=bundle.FORMAT,
        office=team_store.get(db, team_store.OFFICE),
        sender=writes.device_number(db),
        receiver=receiver,
        number=number,
        created_at=now_utc(),
    )


def _seal(db: Database, payload: dict[str, Any], receiver: int, number: int, public: bytes) -> bytes:
    return bundle.seal(
        payload,
        _header(db, receiver, number),
        signing_seed=bytes.fromhex(team_store.get(db, team_store.SIGN_SEED)),
        recipient_public=public,
    )


def export_bundle(
    session: Session, path: Path, *, device: str | None = None, force: bool = False, task: Task = NO_TASK
) -> Sent:
    """Write a bundle: on a laptop, its changes for the hub; at the hub, `device`'s return bundle."""
    role = team_store.role(session.db)
    if role == journal.HUB:
        if not device:
            raise InvalidInput.at("device", "name the laptop this bundle is for", code="device_required")
        task.step(0, 1)
        return _export_for_device(session, path, device, force)
    if role != journal.DEVICE:
        raise not_in_team(role, journal.DEVICE)
    task.step(0, 1)
    return _export_to_hub(session, path, force)


def _export_to_hub(session: Session, path: Path, force: bool) -> Sent:
    db = session.db
    check_output(path, db.path, force=force)
    # The number is taken (and the export audited) before the file is written: a kill between
    # the two leaves a number unused, never two different bundles under one number.
    hub = int(team_store.get(db, team_store.HUB_NUMBER))
    with db.atomic():
        number = team_store.get_int(db, team_store.BUNDLES_WRITTEN) + 1
        team_store.put(db, {team_store.BUNDLES_WRITTEN: number, team_store.LAST_EXPORT: now_utc()})
        changes = team_apply.local_changes(db, team_store.get_int(db, team_store.ACKED))
        session.audit(
            AuditAction.SYNC_EXPORT, "device", str(hub), {"changes": len(changes), "bundle": number}
        )
    guarded = sorted(team_apply.touched_by([c for _, c in changes], team_apply.GUARDED))
    payload = {
        "kind": "device",
        "ack": team_store.get_int(db, team_store.HUB_RECEIVED),
        "bundle_ack": team_store.get_int(db, team_store.HUB_BUNDLE),
        "changes": [c.as_list() for _, c in changes],
        "guard": team_store.guard_rows(db, guarded),
        # The hub recomputes each event's hash (and checks it continues the chain it holds):
        # the hashes themselves would be most of a bundle's size.
        "audit": [
            [*e[:7], *e[9:]]
            for e in team_store.audit_events_from(db, team_store.get_int(db, team_store.AUDIT_ACKED) + 1)
        ],
        "serials": {str(y): list(b) for y, b in team_store.serial_blocks(db, office_prefix(db)).items()},
    }
    data = _seal(db, payload, hub, number, bytes.fromhex(team_store.get(db, team_store.HUB_BOX_PUBLIC)))
    written = write_output(path, data, db.path, force=force)
    log.info("bundle written for the hub changes=%d bytes=%d", len(changes), len(data))
    return Sent(written, len(changes), 0, 0, len(data))


def _export_for_device(session: Session, path: Path, name: str, force: bool) -> Sent:
    session.require(Action.MANAGE_TEAM)
    db = session.db
    target = team_store.device_named(db, name)
    if target is None:
        raise InvalidInput.at(
            "device", f"no laptop named {name} is enrolled", code="device_unknown", params={"device": name}
        )
    if target.revoked_at is not None:
        raise PermissionDenied(
            f"The laptop {name} was revoked; nothing more is written for it.",
            code="device_revoked",
            params={"device": name},
        )
    check_output(path, db.path, force=force)
    number = target.bundles_out + 1
    now = now_utc()
    hub = writes.device_number(db)
    with db.atomic():
        # The scope follows the assignments: new cases go whole, cases reassigned away are let go.
        role = team_store.user_role(db, target.username) or ""
        wanted = {c[0]: c for c in team_copy.scope_for(db, target.username, role)} if role else {}
        current = team_store.scope(db, target.number)
        team_store.add_scope(
            db, target.number, [wanted[c] for c in sorted(set(wanted) - current)], now, number
        )
        team_store.end_scope(db, target.number, sorted(current - set(wanted)), now, number)
        whole, dropped = team_store.unsent_scope(db, target.number, target.bundle_acked)
        in_scope = sorted(team_store.scope(db, target.number))
        changes = team_apply.changes_for(db, target.acked, target.number, in_scope)
        snapshots = [c.as_list() for case_id in whole for c in team_apply.snapshot(db, case_id, hub, now)]
        touched = sorted(team_apply.touched_by([c for _, c in changes], team_apply.GUARDED) | set(whole))
        payload = {
            "kind": "hub",
            "head": team_store.journal_head(db),
            "ack": target.received,
            "audit_ack": target.audit_seq,
            "whole": snapshots,
            "drop": dropped,
            "changes": [[seq, *c.as_list()] for seq, c in changes],
            "guard": team_store.guard_rows(db, touched),
            "conflicts": [_conflict_list(c) for c in team_store.conflicts(db, case_ids=in_scope)],
            "staff": team_store.staff_rows(db),
            "serials": _top_up_serials(db, target),
        }
        team_store.update_device(db, target.number, {"bundles_out": number, "last_export_at": now})
        session.audit(
            AuditAction.SYNC_EXPORT,
            "device",
            str(target.number),
            {"changes": len(changes), "whole": len(whole), "dropped": len(dropped), "bundle": number},
        )
    # Written after the commit: a kill between the two leaves this number unused, never two
    # different bundles under one number (a laptop takes only a number above the last it applied).
    data = _seal(db, payload, target.number, number, target.box_public)
    written = write_output(path, data, db.path, force=force)
    log.info("bundle written for device=%d changes=%d bytes=%d", target.number, len(changes), len(data))
    return Sent(written, len(changes), len(whole), len(dropped), len(data))


def _top_up_serials(db: Database, target: team_store.Device) -> dict[str, list[int]]:
    """The blocks of case serials a laptop should hold: the last given, and a new one for a year
    whose block its last report shows four-fifths used."""
    given: dict[str, list[int]] = json.loads(target.serials or "{}")
    used: dict[str, list[int]] = json.loads(target.serials_used or "{}")
    changed = False
    for year in map(str, serial_years()):
        block, report = given.get(year), used.get(year)
        low = (
            block is not None
            and report is not None
            and report[1] == block[1]
            and block[1] - report[0] < team_store.SERIAL_BLOCK // 5
        )
        if block is None or low:
            given[year] = list(team_store.reserve_serials(db, office_prefix(db), int(year)))
            changed = True
    if changed:
        team_store.update_device(db, target.number, {"serials": json.dumps(given)})
    return given


def _conflict_list(c: team_store.Conflict) -> list[Any]:
    return [
        c.id,
        c.table,
        c.row_key,
        c.column,
        c.case_id,
        c.was,
        c.office,
        c.field,
        c.device,
        c.origin_seq,
        c.changed_at,
        c.raised_at,
    ]


# -- reading ---------------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_FILE:
            raise IntegrityProblem(
                f"{path.name} is too large to be a bundle; nothing was applied.",
                code="bundle_file_too_large",
                params={"file": path.name},
            )
        return path.read_bytes()
    except OSError:
        raise CaseintakeError(
            f"The bundle {path.name} cannot be read.", code="bundle_unreadable", params={"file": path.name}
        ) from None


def import_bundle(session: Session, path: Path, *, task: Task = NO_TASK) -> Received:
    """Verify, decrypt in memory and apply one bundle, in one transaction."""
    db = session.db
    role = team_store.role(db)
    if role is None:
        raise not_in_team(role, journal.HUB)
    data = _read(path)
    own = writes.device_number(db)
    private = bytes.fromhex(team_store.get(db, team_store.BOX_PRIVATE))
    office = team_store.get(db, team_store.OFFICE)
    if role == journal.HUB:
        session.require(Action.MANAGE_TEAM)
        sender = team_store.device(db, bundle.peek(data).sender)
        header, payload = bundle.open_sealed(
            data,
            office=office,
            receiver=own,
            private_key=private,
            verify_key_of=lambda n: sender.verify_key if sender is not None and n == sender.number else None,
        )
        if sender is None:  # pragma: no cover - open_sealed refuses an unknown sender
            raise PermissionDenied(
                f"This bundle comes from device {header.sender}, which is not enrolled here or was revoked;"
                " nothing was applied.",
                code="bundle_unknown_sender",
                params={"sender": header.sender},
            )
        if sender.revoked_at is not None:
            _quarantine_all(session, sender, payload, "revoked device")
            raise PermissionDenied(
                f"This bundle comes from the revoked laptop {sender.name}; it was quarantined and nothing"
                " was applied.",
                code="bundle_revoked_device",
                params={"device": sender.name},
            )
        return _apply_at_hub(session, sender, header, payload, task)
    hub = int(team_store.get(db, team_store.HUB_NUMBER))
    hub_key = bytes.fromhex(team_store.get(db, team_store.HUB_VERIFY_KEY))
    header, payload = bundle.open_sealed(
        data,
        office=office,
        receiver=own,
        private_key=private,
        verify_key_of=lambda n: hub_key if n == hub else None,
    )
    return _apply_at_device(session, header, payload, task)


def addressed_here(session: Session, path: Path) -> bool:
    """Whether a file in a shared sync folder is a bundle written for this copy (read from its
    header alone, without applying anything); False for anything else."""
    db = session.db
    if team_store.role(db) is None:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        header = bundle.peek(head)
    except (OSError, CaseintakeError):
        return False
    return header.office == team_store.get(db, team_store.OFFICE) and header.receiver == writes.device_number(
        db
    )


def _malformed() -> IntegrityProblem:
    return IntegrityProblem(
        "The bundle's changes are malformed; nothing was applied.", code="bundle_malformed"
    )


def _changes(
    payload: dict[str, Any], key: str, *, numbered: bool = False
) -> list[tuple[int, team_apply.Change]]:
    out = []
    items = payload.get(key, [])
    if not isinstance(items, list):
        raise _malformed()
    try:
        for item in items:
            if numbered:
                out.append((int(item[0]), team_apply.Change.from_list(item[1:])))
            else:
                change = team_apply.Change.from_list(item)
                out.append((change.origin_seq, change))
    except (TypeError, ValueError, KeyError, IndexError):
        raise _malformed() from None
    return out


def _quarantine_all(
    session: Session, sender: team_store.Device, payload: dict[str, Any], reason: str
) -> None:
    now = now_utc()
    try:
        changes = _changes(payload, "changes")
    except IntegrityProblem:
        changes = []
    with session.db.atomic():
        rows = [(sender.number, seq, reason, json.dumps(c.as_list()), now) for seq, c in changes]
        team_store.quarantine(session.db, rows)
        session.audit(
            AuditAction.SYNC_REFUSED, "device", str(sender.number), {"reason": reason, "changes": len(rows)}
        )


def _apply_at_hub(
    session: Session, sender: team_store.Device, header: bundle.Header, payload: dict[str, Any], task: Task
) -> Received:
    db = session.db
    if payload.get("kind") != "device":
        raise _malformed()
    changes = _changes(payload, "changes")
    role = team_store.user_role(db, sender.username) or ""
    low, high = device_range(sender.number)
    now = now_utc()
    try:
        with db.atomic():
            got = _merge_at_hub(session, sender, header, payload, changes, role, (low, high), now, task)
    except team_store.ChainBroken:
        with db.atomic():
            session.audit(AuditAction.SYNC_REFUSED, "device", str(sender.number), {"reason": "audit chain"})
        raise IntegrityProblem(
            f"The audit history of laptop {sender.name} does not continue what the office saw last: it was"
            " rolled back or rewritten. Nothing was applied.",
            code="bundle_audit_rewritten",
            params={"device": sender.name},
        ) from None
    log.info(
        "bundle applied from device=%d applied=%d conflicts=%d quarantined=%d",
        sender.number,
        got.applied,
        got.conflicts,
        got.quarantined,
    )
    return got


def _merge_at_hub(
    session: Session,
    sender: team_store.Device,
    header: bundle.Header,
    payload: dict[str, Any],
    changes: list[tuple[int, team_apply.Change]],
    role: str,
    device_ids: tuple[int, int],
    now: str,
    task: Task,
) -> Received:
    db = session.db
    got = Received(sender.number, header.number)
    low, high = device_ids
    audit_head = team_store.record_device_audit(db, sender.number, payload.get("audit"))
    scope = team_store.ever_held(db, sender.number)
    received = sender.received
    touched: set[int] = set()
    applied: list[team_apply.Change] = []
    conflicts: list[tuple[Any, ...]] = []
    refused: list[tuple[int, int, str, str, str]] = []
    new_cases: list[tuple[int, str, bool]] = []
    for done, (seq, change) in enumerate(changes):
        if done % 200 == 0:
            task.step(done, len(changes))
        if seq <= received:
            got.skipped += 1
            continue
        received = seq
        new_case = change.table == "cases" and change.op == "insert" and _in_range(change, low, high)
        try:
            case_id = int(journal.decode(change.row_key[0])) if new_case else team_apply.case_of(db, change)
        except (ValueError, TypeError):
            case_id = None
        reason = None
        if case_id is None and change.case_id in scope:
            reason = team_store.NOT_FITTING  # its parent row is not here (yet): held, not lost
        elif case_id is None or (case_id not in scope and not new_case):
            reason = "case outside the laptop's scope"
        elif not may(role, _action_of(change)):
            reason = f"a {role.replace('_', ' ') or 'disabled user'} may not make this change"
        if reason is not None or case_id is None:
            refused.append((sender.number, seq, reason or "no case", json.dumps(change.as_list()), now))
            if case_id is not None and case_id in scope:  # the laptop is sent the row as the office holds it
                journal.reassert(db, change.table, change.row_key, case_id, {})
            continue
        try:
            moved = team_apply.moved_since(db, dataclasses.replace(change, case_id=case_id), sender.number)
            with journal.applying(db, sender.number, seq):
                clashes = team_apply.apply_change(db, change, merge=True, moved=moved)
        except (ValueError, team_apply.RowRefused):
            refused.append(
                (
                    sender.number,
                    seq,
                    team_store.NOT_FITTING,
                    json.dumps(change.as_list()),
                    now,
                )
            )
            if case_id in scope:
                journal.reassert(db, change.table, change.row_key, case_id, {})
            continue
        if new_case and case_id not in scope:
            scope.add(case_id)
            reference = team_store.reference_of(db, case_id)
            if reference is not None:
                new_cases.append((case_id, reference, True))
        touched.add(case_id)
        applied.append(dataclasses.replace(change, case_id=case_id))
        conflicts.extend(
            (
                change.table,
                change.row_key,
                c.column,
                case_id,
                c.was,
                c.office,
                c.field,
                sender.number,
                seq,
                change.at,
                now,
            )
            for c in clashes
            if not c.quiet
        )
        if clashes:  # the laptop keeps its value until told the office's
            reasserted = {c.column: [c.field, c.office] for c in clashes}
            journal.reassert(db, change.table, change.row_key, case_id, reasserted)
        got.applied += 1
    team_store.add_conflicts(db, conflicts)
    got.conflicts = len(conflicts)
    got.quarantined = team_store.quarantine(db, refused)
    team_store.add_scope(db, sender.number, new_cases, now, 0)
    guard = payload.get("guard", {})
    guarded = team_apply.touched_by(applied, team_apply.GUARDED)
    given = team_store.replace_guard_rows(db, guard if isinstance(guard, dict) else {}, guarded)
    team_apply.refresh_derived(db, applied, guard_changed=given > 0)
    team_store.update_device(
        db,
        sender.number,
        {
            "received": received,
            "acked": max(sender.acked, min(_int(payload.get("ack")), team_store.journal_head(db))),
            "bundle_acked": max(
                sender.bundle_acked, min(_int(payload.get("bundle_ack")), sender.bundles_out)
            ),
            "bundles_in": max(sender.bundles_in, header.number),
            "last_import_at": now,
            "audit_seq": audit_head[0],
            "audit_hash": audit_head[1],
            "serials_used": json.dumps(_serial_report(payload.get("serials"))),
        },
    )
    session.audit(
        AuditAction.SYNC_IMPORT,
        "device",
        str(sender.number),
        {
            "applied": got.applied,
            "conflicts": got.conflicts,
            "quarantined": got.quarantined,
            "bundle": header.number,
        },
    )
    return got


def _action_of(change: team_apply.Change) -> Action:
    """What a change does, in the terms of the roles table: a case's own fields are case edits,
    except its last-changed stamp alone, which every saved note or evidence entry moves too."""
    if change.table == "cases" and change.op == "update" and set(change.fields) <= {"updated_at"}:
        return Action.EDIT_NOTES
    return TABLE_ACTIONS[change.table]


def _in_range(change: team_apply.Change, low: int, high: int) -> bool:
    try:
        return low <= int(journal.decode(change.row_key[0])) <= high
    except (TypeError, ValueError, IndexError):
        return False


def _serial_report(value: Any) -> dict[str, list[int]]:
    if not isinstance(value, dict):
        return {}
    try:
        return {str(int(y)): [int(b[0]), int(b[1])] for y, b in value.items()}
    except (TypeError, ValueError, IndexError, KeyError):
        return {}


def _int(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def _apply_at_device(
    session: Session, header: bundle.Header, payload: dict[str, Any], task: Task
) -> Received:
    db = session.db
    got = Received(header.sender, header.number)
    if payload.get("kind") != "hub":
        raise _malformed()
    if header.number <= team_store.get_int(db, team_store.HUB_BUNDLE):
        got.stale = True  # a later bundle already carried everything in this one
        return got
    whole = _changes(payload, "whole")
    changes = _changes(payload, "changes", numbered=True)
    applied_to = team_store.get_int(db, team_store.HUB_RECEIVED)
    applied: list[team_apply.Change] = []
    prefix = office_prefix(db)
    try:
        dropped = [int(c) for c in payload.get("drop", [])]
        with db.atomic(), journal.applying(db, None, None):
            team_store.apply_staff_rows(db, payload.get("staff", {}))
            # This laptop's changes the hub has not merged yet stay as they are: the hub merges
            # them when they arrive, and its answer comes back in a later bundle.
            unmerged = team_apply.unmerged_columns(db, _int(payload.get("ack")))
            total = len(whole) + len(changes)
            for part, items in (("whole", whole), ("changes", changes)):
                for _seq, change in items:
                    if got.applied % 200 == 0:
                        task.step(got.applied, total)
                    keep = unmerged.get((change.table, json.dumps(change.row_key)), frozenset())
                    if team_apply.WHOLE_ROW in keep:
                        continue
                    team_apply.apply_change(db, change, merge=False, keep=keep)
                    applied.append(change)
                    got.applied += part == "changes"
            got.cases_whole = len({c.case_id for _, c in whole})
            present = team_store.present_cases(db, dropped)
            case_removal.remove_cases(db, present)
            got.cases_dropped = len(present)
            applied = [c for c in applied if c.case_id not in present]
            guard = payload.get("guard", {})
            guarded = team_apply.touched_by(applied, team_apply.GUARDED) | {c.case_id or 0 for _, c in whole}
            given = team_store.replace_guard_rows(
                db, guard if isinstance(guard, dict) else {}, guarded - set(present)
            )
            team_apply.refresh_derived(db, applied, guard_changed=given > 0)
            rows = [_conflict_row(item) for item in payload.get("conflicts", [])]
            team_store.replace_conflicts(db, rows)
            got.conflicts = len(rows)
            held = team_store.serial_blocks(db, prefix)
            for year, block in _serial_report(payload.get("serials")).items():
                if block[1] > held.get(int(year), (0, 0))[1]:
                    team_store.take_block(db, prefix, int(year), block[0], block[1])
            team_store.put(
                db,
                {
                    team_store.HUB_RECEIVED: max(applied_to, _int(payload.get("head"))),
                    team_store.HUB_BUNDLE: header.number,
                    team_store.ACKED: max(team_store.get_int(db, team_store.ACKED), _int(payload.get("ack"))),
                    team_store.AUDIT_ACKED: max(
                        team_store.get_int(db, team_store.AUDIT_ACKED), _int(payload.get("audit_ack"))
                    ),
                    team_store.LAST_IMPORT: now_utc(),
                },
            )
            session.audit(
                AuditAction.SYNC_IMPORT,
                "device",
                str(header.sender),
                {
                    "applied": got.applied,
                    "whole": got.cases_whole,
                    "dropped": got.cases_dropped,
                    "bundle": header.number,
                },
            )
    except (ValueError, KeyError, TypeError, IndexError, team_apply.RowRefused):
        raise IntegrityProblem(
            "The office's bundle does not fit this laptop's records; nothing was applied. Ask the office to"
            " enrol this laptop again.",
            code="bundle_does_not_fit",
        ) from None
    log.info("bundle applied from the hub applied=%d whole=%d", got.applied, got.cases_whole)
    return got


def _conflict_row(item: Sequence[Any]) -> team_store.Conflict:
    (
        cid,
        table,
        row_key,
        column,
        case_id,
        was,
        office,
        field_value,
        device,
        origin_seq,
        changed_at,
        raised_at,
    ) = item
    return team_store.Conflict(
        int(cid),
        str(table),
        list(row_key),
        str(column),
        case_id,
        was,
        office,
        field_value,
        int(device),
        int(origin_seq),
        str(changed_at),
        str(raised_at),
        None,
        None,
    )


# -- a shared folder -----------------------------------------------------------------------------

BUNDLE_SUFFIX = ".cibundle"


def _file_part(name: str) -> str:
    """A laptop's name as part of a file name: letters, digits, dot, dash and underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return cleaned or "laptop"


def to_office_name(laptop: str) -> str:
    """The file a laptop writes into a shared folder (replaced each time)."""
    return f"{_file_part(laptop)}-to-office{BUNDLE_SUFFIX}"


def from_office_name(laptop: str) -> str:
    """The file the hub writes into a shared folder for one laptop (replaced each time)."""
    return f"office-to-{_file_part(laptop)}{BUNDLE_SUFFIX}"


def waiting_in(folder: Path) -> list[Path]:
    """Files of a shared folder that may be bundles, oldest first: hidden and temporary files (a
    sync tool's or a killed write's half-written copies) are left alone."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        if path.name.startswith((".", "~")) or path.name.endswith((".tmp", ".part")):
            continue
        try:
            if path.is_symlink() or not path.is_file():
                continue
            found.append((path.stat().st_mtime_ns, path.name, path))
        except OSError:
            continue
    return [path for _m, _n, path in sorted(found)]


@dataclass
class FolderSync:
    sent: list[Sent] = field(default_factory=list)
    received: list[tuple[str, Received]] = field(default_factory=list)
    refused: list[tuple[str, CaseintakeError]] = field(default_factory=list)


def sync_folder(session: Session, folder: Path, *, task: Task = NO_TASK) -> FolderSync:
    """One round through a shared folder: apply every bundle there written for this copy, then
    write this copy's own (a laptop's for the office; at the hub, one for each laptop in use).
    A refused bundle is reported and the round goes on; the folder's other files are left."""
    db = session.db
    role = team_store.role(db)
    if role is None:
        raise not_in_team(role, journal.DEVICE)
    if not folder.is_dir():
        raise CaseintakeError(
            f"The folder {folder} does not exist.", code="output_no_folder", params={"folder": folder}
        )
    done = FolderSync()
    waiting = [p for p in waiting_in(folder) if addressed_here(session, p)]
    for n, path in enumerate(waiting):
        task.step(n, len(waiting) + 1)
        try:
            done.received.append((path.name, import_bundle(session, path)))
        except CaseintakeError as exc:
            log.warning("bundle in the shared folder refused: %s", exc.code)
            done.refused.append((path.name, exc))
    if role == journal.DEVICE:
        name = team_store.get(db, team_store.DEVICE_NAME)
        done.sent.append(export_bundle(session, folder / to_office_name(name), force=True))
    else:
        session.require(Action.MANAGE_TEAM)
        for laptop in team_store.devices(db):
            if laptop.revoked_at is None:
                done.sent.append(
                    export_bundle(
                        session, folder / from_office_name(laptop.name), device=laptop.name, force=True
                    )
                )
    task.step(1, 1)
    return done
