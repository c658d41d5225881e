"""A signed-in user on an unlocked database: what every service call receives.

Permissions are checked here, in the core, so the GUI and the command line cannot differ.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseintake.domain.audit_actions import AuditAction
from caseintake.domain.errors import CaseintakeError, PermissionDenied
from caseintake.domain.roles import Action, may
from caseintake.storage import audit, case_keys, vault
from caseintake.storage.database import Database
from caseintake.storage.records.users import UserRow
from caseintake.storage.vault import Waiter

log = logging.getLogger(__name__)


def denied_code(action: Action) -> str:
    """The code of "a <role> may not <action>": "permission_denied.edit_case"."""
    return f"permission_denied.{action.name.lower()}"


@dataclass
class Session:
    db: Database
    user: UserRow

    @property
    def username(self) -> str:
        return self.user.username

    @property
    def role(self) -> str:
        return self.user.role

    def require(self, action: Action) -> None:
        if not may(self.role, action):
            self.refuse(action)

    def refuse(self, action: Action, why: str = "", code: str = "") -> None:
        """Refuse `action`; a refusal with a `why` names its own `code`."""
        log.info("refused user=%s action=%s", self.user.id, action.name)
        suffix = f" {why}" if why else ""
        raise PermissionDenied(
            f"A {self.role.replace('_', ' ')} may not {action.value}.{suffix}".rstrip(),
            code=code or denied_code(action),
            params={"role": self.role},
        )

    def audit(
        self, action: AuditAction, entity: str, entity_id: str, details: dict[str, Any] | None = None
    ) -> None:
        """Record one event; an action not in `AuditAction` raises ValueError before anything is written."""
        audit.append(self.db, self.username, AuditAction(action), entity, entity_id, details)

    def setting(self, key: str, default: str = "") -> str:
        return vault.setting(self.db, key, default)

    def close(self) -> None:
        """Record the audit head in the key file (signed), forget the keys, close."""
        try:
            vault.record_audit_head(self.db)
        except (CaseintakeError, OSError):
            log.warning("audit head not recorded in the key file")
        finally:
            case_keys.detach(self.db)
            self.db.close()


def open_session(
    path: Path, username: str, passphrase: str, *, wait: Waiter | None = None, record: bool = True
) -> Session:
    """Unlock as `username`. `record=False` writes nothing (for checking a damaged file)."""
    db, user = vault.unlock(path, username, passphrase, wait=wait)
    session = Session(db, user)
    if not record:
        return session
    try:
        with db.atomic():
            session.audit(AuditAction.SESSION_UNLOCK, "user", str(user.id))
    except BaseException:
        db.close()
        raise
    log.info("unlocked user=%s", user.id)
    return session


def create_session(
    path: Path,
    username: str,
    passphrase: str,
    *,
    display_name: str = "",
    office_prefix: str = "CI",
    office_name: str = "",
    demo: bool = False,
) -> tuple[Session, str]:
    """Create a new database; returns the first supervisor's session and the recovery key.

    `demo` makes it a demo database (synthetic cases only; see `services.demo_database`)."""
    from caseintake.domain.validation import new_passphrase, text
    from caseintake.domain.validation import office_prefix as check_prefix
    from caseintake.domain.validation import username as check_username

    check_username(username)
    new_passphrase(passphrase, username)  # the GUI's first run and `init` share the one rule
    check_prefix(office_prefix)
    display = text(display_name, "display name", required=False) or username
    db, recovery_key = vault.create_database(
        path, username, display, passphrase, office_prefix=office_prefix, office_name=office_name, demo=demo
    )
    return Session(db, vault.load_user(db, username)), recovery_key
