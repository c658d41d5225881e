"""Key policy: who gets which keys when accounts come and go, and rotating the database key.

A new account gets its key pairs at once (and the office reveal key if it is a lawyer or a
supervisor). A disabled account loses its slot, its case keys and its office grant, and the
database key is rotated so that a copy of the old key file opens nothing. A reset through the
recovery key issues new key pairs (the old ones are behind the forgotten passphrase) and shares
with them what the account may open.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError, PermissionDenied, WrongPassphrase
from caseintake.domain.roles import Action
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage import case_keys, rotation, vault
from caseintake.storage.audit import now_utc
from caseintake.storage.database import Database
from caseintake.storage.keyslots import HolderKeys, KeySlots, OpenedSlot, new_recovery_key, sidecar_path
from caseintake.storage.records import users
from caseintake.storage.unlock_delay import FailedUnlocks
from caseintake.storage.vault import UnlockDelayed

log = logging.getLogger(__name__)


def _office(db: Database) -> bytes:
    office = case_keys.office_private(db)
    if office is None:
        raise PermissionDenied(
            "Only a supervisor (or the recovery key) may issue keys for an account.",
            code="issue_keys_not_supervisor",
        )
    return office


def issue_keys(db: Database, user_id: int, username: str, role: str, passphrase: str) -> None:
    """New key pairs for an account and its slot; call inside the transaction that adds or
    resets the account (the holder of `db` must have the office key)."""
    office = _office(db)
    keys = HolderKeys.generate()
    old_ids = case_keys.key_ids_of(db, username)
    key_id = case_keys.register_holder(db, username, keys, now_utc())
    users.set_key(db, user_id, key_id)
    case_keys.drop_grants(db, old_ids)
    if role in ("lawyer", "supervisor"):
        case_keys.grant_office(db, office, key_id)
    else:
        case_keys.share_assigned(db, user_id, office)
    vault.set_passphrase(db, username, passphrase, keys)


def withdraw_keys(db: Database, username: str) -> None:
    """A disabled account: no slot, no case keys, no office grant. Call inside its transaction."""
    case_keys.drop_holder(db, username, now_utc())
    vault.remove_passphrase(db, username)


def follow_role(db: Database, user_id: int, username: str, role: str) -> None:
    """The keys of an account whose role changed; call inside that transaction, after the
    account's row says the new role (`case_keys.share_assigned` reads it)."""
    office = _office(db)
    key_id = case_keys.current_key_id(db, username)
    if key_id is None:  # no key pairs yet (from before they existed): given by role at its next unlock
        return
    case_keys.drop_grants(db, [key_id])
    if role in ("lawyer", "supervisor"):
        case_keys.grant_office(db, office, key_id)
    else:
        case_keys.share_assigned(db, user_id, office)


def change_own_passphrase(db: Database, username: str, opened: OpenedSlot, new: str) -> None:
    """Same key pairs (from the slot the current passphrase `opened`), under the new passphrase."""
    keys = opened.holder
    ring = case_keys.ring_of(db)
    if keys is None and ring is not None:
        keys = ring.keys
    if keys is None:
        raise CaseintakeError(
            "This account's keys are not unlocked; unlock again and retry.", code="keys_locked"
        )
    vault.set_passphrase(db, username, new, keys)


def rotate_keys(session: Session, progress: Task | None = None) -> int:
    """Re-encrypt the database under a new key (supervisors). Returns the new key epoch."""
    session.require(Action.MANAGE_USERS)
    return _rotate(session, progress)


def _rotate(session: Session, progress: Task | None) -> int:
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.step(done, total)

    session.db = rotation.rotate(session.db, progress=report)
    vault.settle(session.db)
    epoch = vault.db_epoch(session.db)
    with session.db.atomic():
        session.audit(AuditAction.KEYS_ROTATE, "database", session.setting("database_id"), {"epoch": epoch})
    log.info("keys rotated user=%s epoch=%d", session.user.id, epoch)
    return epoch


def rotate_after_disable(session: Session, progress: Task | None = None) -> bool:
    """Rotation that follows disabling an account; False (with a log line) when it cannot run
    yet, so the account is still closed and the supervisor is told to rotate later."""
    try:
        _rotate(session, progress)
    except CaseintakeError as exc:
        log.warning("rotation after disabling an account did not run: %s", type(exc).__name__)
        return False
    return True


def reauthenticate(session: Session, passphrase: str) -> OpenedSlot:
    """Check the signed-in user's passphrase again before a change that outlasts the session.

    Someone at an unlocked, unattended laptop gets no more guesses than at the unlock dialog: a
    wrong passphrase counts as a failed unlock, and the delay that follows applies here too."""
    slots = KeySlots.load(sidecar_path(session.db.path))
    failed = FailedUnlocks(slots, slots.slot_id(session.username))
    if failed.seconds_to_wait(time.time()) > 0:
        raise UnlockDelayed(failed.seconds_to_wait(time.time()))
    try:
        opened = vault.verify_passphrase(session.db, session.username, passphrase)
    except WrongPassphrase:
        failed.record(time.time())
        raise
    failed.clear()
    return opened


@dataclass(frozen=True)
class NewRecoveryKey:
    """A recovery key just made: shown once, then gone; `rotated` says whether the database key
    was replaced too (so a copy of the old key file opens nothing with the old recovery key)."""

    key: str = field(repr=False)
    rotated: bool
    office: str = ""  # the office's name, printed on the recovery sheet


def replace_recovery_key(session: Session, passphrase: str, progress: Task | None = None) -> NewRecoveryKey:
    """A new recovery key for a lost or exposed recovery sheet (supervisors).

    The recovery key is shown only once and never stored (its slot is a lock it opens), so a
    lost sheet cannot be printed again; this makes a new one. The supervisor's passphrase is asked
    again, like a passphrase change, so an unlocked laptop left alone cannot hand anyone a key
    that opens the database for good. The old recovery key's slot, key pairs and office grant go;
    then the database key is rotated, as when an account is disabled."""
    session.require(Action.MANAGE_USERS)
    db = session.db
    reauthenticate(session, passphrase)
    office = _office(db)
    recovery_key = new_recovery_key()
    holder = HolderKeys.generate()
    with db.atomic():
        old = case_keys.key_ids_of(db, case_keys.RECOVERY_HOLDER)
        key_id = case_keys.register_holder(db, case_keys.RECOVERY_HOLDER, holder, now_utc())
        case_keys.drop_grants(db, old)
        case_keys.grant_office(db, office, key_id)
        session.audit(AuditAction.RECOVERY_KEY_REPLACE, "database", session.setting("database_id"), {})
        vault.set_recovery_key(db, recovery_key, holder)
    vault.settle(db)
    log.info("recovery key replaced user=%s", session.user.id)
    rotated = rotate_after_disable(session, progress)
    return NewRecoveryKey(recovery_key, rotated, session.setting("office_name"))
