"""The permission table of DESIGN §3, as data the services consult before every action."""

from __future__ import annotations

from enum import StrEnum

from caseintake.domain.codes import Role


class Action(StrEnum):
    EDIT_CASE = "create or edit cases, people and referrals"
    EDIT_NOTES = "write notes and register evidence"
    REVEAL_IDENTITY = "reveal identities"
    EDIT_HEARINGS = "create or edit hearings"
    HEARING_SUMMARY = "print hearing summaries"
    COUNTS_EXPORT = "export anonymized counts"
    MANAGE_USERS = "manage users and reset access"
    ALLOW_LEAK_WORD = "allow a word past the identity-leak guard"
    IMPORT = "import case files"
    RESTORE = "restore a backup"
    BACKUP = "write a backup"
    LIST_USERS = "list staff accounts"
    REASSIGN_CASE = "reassign cases"
    MAINTAIN_DATABASE = "check and maintain the database"
    DEMO_DATA = "load or remove demo cases"
    MANAGE_TEAM = "enrol or revoke laptops and resolve sync conflicts"


_ALLOWED: dict[Action, frozenset[Role]] = {
    Action.EDIT_CASE: frozenset({Role.SOCIAL_WORKER, Role.SUPERVISOR}),
    Action.EDIT_NOTES: frozenset({Role.SOCIAL_WORKER, Role.LAWYER, Role.SUPERVISOR}),
    # Social workers: only on cases assigned to them (checked with the case in hand).
    Action.REVEAL_IDENTITY: frozenset({Role.SOCIAL_WORKER, Role.LAWYER, Role.SUPERVISOR}),
    Action.EDIT_HEARINGS: frozenset({Role.LAWYER, Role.SUPERVISOR}),
    Action.HEARING_SUMMARY: frozenset({Role.LAWYER, Role.SUPERVISOR}),
    Action.COUNTS_EXPORT: frozenset({Role.SUPERVISOR}),
    Action.MANAGE_USERS: frozenset({Role.SUPERVISOR}),
    Action.ALLOW_LEAK_WORD: frozenset({Role.LAWYER, Role.SUPERVISOR}),
    Action.IMPORT: frozenset({Role.SOCIAL_WORKER, Role.SUPERVISOR}),
    Action.RESTORE: frozenset({Role.SUPERVISOR}),
    # A backup holds every case and every key slot: as much as a restore puts back.
    Action.BACKUP: frozenset({Role.SUPERVISOR}),
    Action.LIST_USERS: frozenset({Role.SUPERVISOR}),
    Action.REASSIGN_CASE: frozenset({Role.SUPERVISOR}),
    # The integrity report of the GUI's "Keys and backups" menu; `caseintake check` stays open to all.
    Action.MAINTAIN_DATABASE: frozenset({Role.SUPERVISOR}),
    Action.DEMO_DATA: frozenset({Role.SUPERVISOR}),
    Action.MANAGE_TEAM: frozenset({Role.SUPERVISOR}),
}


def may(role: str, action: Action) -> bool:
    return any(role == allowed for allowed in _ALLOWED[action])


def may_reveal(role: str, *, assigned_to_self: bool) -> bool:
    """Lawyers and supervisors reveal on any case; social workers only on their own."""
    if role == Role.SOCIAL_WORKER:
        return assigned_to_self
    return may(role, Action.REVEAL_IDENTITY)
