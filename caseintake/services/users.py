"""Staff accounts and their passphrases. Only supervisors manage accounts (DESIGN §3)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from caseintake.domain import validation as v
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.codes import Role
from caseintake.domain.errors import InvalidInput, NotFound, WrongPassphrase
from caseintake.domain.roles import Action
from caseintake.services import keys
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage import audit, case_keys, vault
from caseintake.storage.keyslots import KeySlots, sidecar_path
from caseintake.storage.records import users
from caseintake.storage.records.users import UserInfo
from caseintake.storage.unlock_delay import FailedUnlocks
from caseintake.storage.vault import UnlockDelayed, Waiter

log = logging.getLogger(__name__)


def list_users(session: Session) -> list[UserInfo]:
    """Every account, disabled ones included: the supervisor's account management view."""
    session.require(Action.LIST_USERS)
    return users.all_users(session.db)


def colleagues(session: Session) -> list[UserInfo]:
    """The active accounts, for everyone's pickers (assigned worker, hearing lawyer, filters).

    Names already show on the cases each user sees; what stays with supervisors is the account
    list itself, with disabled accounts and their state (`list_users`)."""
    return users.active_users(session.db)


def add_user(
    session: Session, username: str, role: str, passphrase: str, *, display_name: str | None = None
) -> None:
    session.require(Action.MANAGE_USERS)
    v.username(username)
    v.code(role, "role", Role)
    v.new_passphrase(passphrase, username)
    display = v.text(display_name, "display name", required=False) or username
    db = session.db
    if users.exists(db, username):
        raise InvalidInput(f"A user named {username!r} already exists.")
    with db.atomic():
        user_id = users.insert(db, username, display, role, audit.now_utc())
        session.audit(AuditAction.USER_ADD, "user", str(user_id), {"role": role})
        # The key slot is written last, inside the transaction: if it fails, the row rolls back.
        keys.issue_keys(db, user_id, username, role, passphrase)
    vault.settle(db)
    log.info("user added id=%s", user_id)


def disable_user(session: Session, username: str, progress: Task | None = None) -> bool:
    """Close an account: its key slot, case keys and office grant are removed, then the database
    key is rotated, so neither its passphrase nor an old copy of the key file opens anything.
    Returns False when the rotation could not run yet (see `keys.rotate_after_disable`)."""
    session.require(Action.MANAGE_USERS)
    db = session.db
    user = users.find(db, username)
    if user is None:
        raise NotFound(f"There is no user named {username!r}.")
    if username == session.username:
        raise InvalidInput("You cannot disable your own account.")
    if not user.active:
        raise InvalidInput(f"The account {username!r} is already disabled.")
    with db.atomic():
        users.disable(db, user.id)
        session.audit(AuditAction.USER_DISABLE, "user", str(user.id), {})
        keys.withdraw_keys(db, username)
    vault.settle(db)
    return keys.rotate_after_disable(session, progress)


def change_passphrase(session: Session, current: str, new: str) -> None:
    """The user's own passphrase; re-checks the current one so an unlocked, unattended laptop
    cannot have its owner locked out."""
    v.new_passphrase(new, session.username)
    slots = KeySlots.load(sidecar_path(session.db.path))
    failed = FailedUnlocks(slots, slots.slot_id(session.username))
    if failed.seconds_to_wait(time.time()) > 0:
        raise UnlockDelayed(failed.seconds_to_wait(time.time()))
    try:
        opened = vault.verify_passphrase(session.db, session.username, current)
    except WrongPassphrase:
        # Someone at an unlocked, unattended laptop gets no more guesses than at the unlock dialog.
        failed.record(time.time())
        raise
    failed.clear()
    with session.db.atomic():
        session.audit(AuditAction.USER_CREDENTIAL_CHANGE, "user", str(session.user.id), {})
        keys.change_own_passphrase(session.db, session.username, opened, new)
    vault.settle(session.db)


def recover(path: Path, recovery_key: str, username: str, new: str, *, wait: Waiter | None = None) -> None:
    """Set a new passphrase for `username` with the recovery key (a forgotten passphrase)."""
    v.new_passphrase(new, username)
    db, _ = vault.unlock_with_recovery_key(path, recovery_key, wait=wait)
    try:
        user = users.find(db, username)
        if user is None:
            raise NotFound(f"There is no user named {username!r}.")
        if not user.active:
            raise InvalidInput(f"The account {username!r} is disabled; its access cannot be recovered.")
        with db.atomic():
            audit.append(db, "recovery-key", "user.recover", "user", str(user.id), {})
            keys.issue_keys(db, user.id, username, user.role, new)
        vault.settle(db)
        vault.record_audit_head(db)
    finally:
        case_keys.detach(db)
        db.close()
    log.info("passphrase recovered user=%s", user.id)
