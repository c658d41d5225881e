"""The home of staff accounts: the `users` table.

Ids come from this device's range (`writes.row_ids`); the key pair an account signs with is in
`user_key` (see `storage/case_keys.py`), linked by `users.key_id`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from caseintake.storage import writes
from caseintake.storage.database import Database

TABLE = "users"
COLUMNS = ("id", "username", "display_name", "role", "active", "created_at", "key_id")


@dataclass(frozen=True)
class UserRow:
    """An account as the session holds it."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class UserInfo:
    """An account as pickers and the account list show it."""

    username: str
    display_name: str
    role: str
    active: bool


class Staff(NamedTuple):
    """An active account as the demo generator and importers need it."""

    id: int
    username: str
    role: str


def _row(r: Sequence[Any]) -> UserRow:
    return UserRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]))


def find(db: Database, username: str) -> UserRow | None:
    """The account named `username`, active or not; None when there is none."""
    r = db.one("SELECT id, username, display_name, role, active FROM users WHERE username = ?", (username,))
    return None if r is None else _row(r)


def get(db: Database, user_id: int) -> UserRow | None:
    r = db.one("SELECT id, username, display_name, role, active FROM users WHERE id = ?", (user_id,))
    return None if r is None else _row(r)


def id_of(db: Database, username: str) -> int | None:
    """The id of the account named `username`, or None."""
    value = db.scalar("SELECT id FROM users WHERE username = ?", (username,))
    return None if value is None else int(value)


def username_of(db: Database, user_id: int) -> str | None:
    value = db.scalar("SELECT username FROM users WHERE id = ?", (user_id,))
    return None if value is None else str(value)


def exists(db: Database, username: str) -> bool:
    return id_of(db, username) is not None


def user_ids(db: Database) -> dict[str, int]:
    """Every account's id by user name, disabled ones included."""
    return {str(r[0]): int(r[1]) for r in db.all("SELECT username, id FROM users")}


def display_names(db: Database) -> dict[str, str]:
    """Every account's display name by user name, disabled ones included."""
    return {str(r[0]): str(r[1]) for r in db.all("SELECT username, display_name FROM users")}


def all_users(db: Database) -> list[UserInfo]:
    """Every account, disabled ones included, by user name."""
    return [
        UserInfo(str(r[0]), str(r[1]), str(r[2]), bool(r[3]))
        for r in db.all("SELECT username, display_name, role, active FROM users ORDER BY username")
    ]


def active_users(db: Database) -> list[UserInfo]:
    """The active accounts, by user name."""
    return [
        UserInfo(str(r[0]), str(r[1]), str(r[2]), True)
        for r in db.all("SELECT username, display_name, role FROM users WHERE active = 1 ORDER BY username")
    ]


def active_staff(db: Database) -> list[Staff]:
    """The active accounts' ids, names and roles, by user name."""
    return [
        Staff(int(r[0]), str(r[1]), str(r[2]))
        for r in db.all("SELECT id, username, role FROM users WHERE active = 1 ORDER BY username")
    ]


def active_supervisors(db: Database) -> list[str]:
    """The user names of the active supervisors: an office keeps at least one."""
    rows = db.all("SELECT username FROM users WHERE active = 1 AND role = 'supervisor' ORDER BY username")
    return [str(r[0]) for r in rows]


def insert(
    db: Database,
    username: str,
    display_name: str,
    role: str,
    created_at: str,
    key_id: int | None = None,
) -> int:
    """Add an active account; returns its new id (from this device's range)."""
    user_id = writes.row_ids(db).take(TABLE)
    writes.insert(db, TABLE, COLUMNS, [(user_id, username, display_name, role, 1, created_at, key_id)])
    return user_id


def disable(db: Database, user_id: int) -> int:
    return writes.update(db, TABLE, {"active": 0}, {"id": user_id})


def enable(db: Database, user_id: int) -> int:
    return writes.update(db, TABLE, {"active": 1}, {"id": user_id})


def set_role(db: Database, user_id: int, role: str) -> int:
    return writes.update(db, TABLE, {"role": role}, {"id": user_id})


def set_key(db: Database, user_id: int, key_id: int) -> int:
    """Link the account to the key pair it signs with now."""
    return writes.update(db, TABLE, {"key_id": key_id}, {"id": user_id})
