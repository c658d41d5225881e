"""Staff accounts and their passphrases. Only supervisors manage accounts (DESIGN §3)."""

from __future__ import annotations

import logging
from pathlib import Path

from caseintake.domain import validation as v
from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.codes import Role
from caseintake.domain.errors import InvalidInput, NotFound
from caseintake.domain.roles import Action
from caseintake.services import keys
from caseintake.services.progress import Task
from caseintake.services.session import Session
from caseintake.storage import audit, case_keys, vault
from caseintake.storage.records import users
from caseintake.storage.records.users import UserInfo, UserRow
from caseintake.storage.vault import Waiter

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
        raise InvalidInput(
            f"A user named {username!r} already exists.", code="user_exists", params={"username": username}
        )
    with db.atomic():
        user_id = users.insert(db, username, display, role, audit.now_utc())
        session.audit(AuditAction.USER_ADD, "user", str(user_id), {"role": role})
        # The key slot is written last, inside the transaction: if it fails, the row rolls back.
        keys.issue_keys(db, user_id, username, role, passphrase)
    vault.settle(db)
    log.info("user added id=%s", user_id)


def _account(session: Session, username: str) -> UserRow:
    user = users.find(session.db, username)
    if user is None:
        raise NotFound(
            f"There is no user named {username!r}.", code="user_not_found", params={"username": username}
        )
    return user


def _keep_a_supervisor(session: Session, user: UserRow) -> None:
    """An office always keeps one active supervisor: nobody else can manage accounts or restore."""
    last = users.active_supervisors(session.db) == [user.username]
    if user.active and user.role == Role.SUPERVISOR and last:
        raise InvalidInput(
            f"{user.username} is the last active supervisor; make another account a supervisor first.",
            code="last_supervisor",
            params={"username": user.username},
        )


def disable_user(session: Session, username: str, progress: Task | None = None) -> bool:
    """Close an account: its key slot, case keys and office grant are removed, then the database
    key is rotated, so neither its passphrase nor an old copy of the key file opens anything.
    Returns False when the rotation could not run yet (see `keys.rotate_after_disable`)."""
    session.require(Action.MANAGE_USERS)
    db = session.db
    user = _account(session, username)
    _keep_a_supervisor(session, user)
    if username == session.username:
        raise InvalidInput("You cannot disable your own account.", code="own_account_disable")
    if not user.active:
        raise InvalidInput(
            f"The account {username!r} is already disabled.",
            code="already_disabled",
            params={"username": username},
        )
    with db.atomic():
        users.disable(db, user.id)
        session.audit(AuditAction.USER_DISABLE, "user", str(user.id), {})
        keys.withdraw_keys(db, username)
    vault.settle(db)
    return keys.rotate_after_disable(session, progress)


def enable_user(session: Session, username: str, passphrase: str) -> None:
    """Open a disabled account again, with a new passphrase: disabling removed its key slot and
    rotated the database key, so its old passphrase opens nothing and cannot be given back.
    New key pairs are issued, and the cases its role may reveal are shared with them."""
    session.require(Action.MANAGE_USERS)
    db = session.db
    user = _account(session, username)
    if user.active:
        raise InvalidInput(
            f"The account {username!r} is already active.", code="active", params={"username": username}
        )
    v.new_passphrase(passphrase, username)
    with db.atomic():
        users.enable(db, user.id)
        session.audit(AuditAction.USER_ENABLE, "user", str(user.id), {"role": user.role})
        keys.issue_keys(db, user.id, username, user.role, passphrase)
    vault.settle(db)
    log.info("user enabled id=%s", user.id)


def change_role(session: Session, username: str, role: str) -> None:
    """Make an account a social worker, lawyer or supervisor; its keys follow the role.

    Promoted to lawyer or supervisor, the account is granted the office reveal key (and drops its
    own copies of case keys, which it no longer needs); made a social worker, its office grant is
    removed and only the keys of the cases assigned to it are shared. Until the account unlocks
    again, an open session of it keeps what it had unlocked."""
    session.require(Action.MANAGE_USERS)
    v.code(role, "role", Role)
    db = session.db
    user = _account(session, username)
    if not user.active:
        raise InvalidInput(
            f"The account {username!r} is disabled; re-enable it first.",
            code="disabled",
            params={"username": username},
        )
    if user.role == role:
        raise InvalidInput(
            f"{username} is already a {role.replace('_', ' ')}.",
            code="same_role",
            params={"username": username, "role": role},
        )
    if role != Role.SUPERVISOR:
        _keep_a_supervisor(session, user)
    if username == session.username:
        raise InvalidInput("You cannot change your own role.", code="own_account")
    with db.atomic():
        users.set_role(db, user.id, role)
        session.audit(AuditAction.USER_ROLE_CHANGE, "user", str(user.id), {"from": user.role, "to": role})
        keys.follow_role(db, user.id, username, role)
    log.info("user role changed id=%s", user.id)


def change_passphrase(session: Session, current: str, new: str) -> None:
    """The user's own passphrase; re-checks the current one so an unlocked, unattended laptop
    cannot have its owner locked out."""
    v.new_passphrase(new, session.username)
    opened = keys.reauthenticate(session, current)
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
            raise NotFound(
                f"There is no user named {username!r}.", code="user_not_found", params={"username": username}
            )
        if not user.active:
            raise InvalidInput(
                f"The account {username!r} is disabled; its access cannot be recovered.",
                code="disabled_no_recovery",
                params={"username": username},
            )
        with db.atomic():
            audit.append(db, "recovery-key", "user.recover", "user", str(user.id), {})
            keys.issue_keys(db, user.id, username, user.role, new)
        vault.settle(db)
        vault.record_audit_head(db)
    finally:
        case_keys.detach(db)
        db.close()
    log.info("passphrase recovered user=%s", user.id)
