"""The closed list of audit actions: what the audit log may say was done.

Every event the core writes names one of these, so a typo in a service cannot slip an action
into the signed log that no screen knows how to show, and the GUI's History tab can give each a
label (`caseintake.ui.labels`). The values are stored in the log and hashed into its chain:
never rename one, only add.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    # Sessions and users
    SESSION_UNLOCK = "session.unlock"
    USER_ADD = "user.add"
    USER_DISABLE = "user.disable"
    USER_CREDENTIAL_CHANGE = "user.passphrase"  # a new passphrase (named so for the linters)
    USER_RECOVER = "user.recover"
    USER_ENABLE = "user.enable"
    USER_ROLE_CHANGE = "user.role"
    # Cases
    CASE_CREATE = "case.create"
    CASE_IMPORT = "case.import"
    CASE_DEMO = "case.demo"
    CASE_DEMO_REMOVE = "case.demo_remove"
    CASE_EDIT = "case.edit"
    CASE_VIEW = "case.view"
    COURT_EDIT = "court.edit"
    # Records of a case
    PERSON_ADD = "person.add"
    PERSON_EDIT = "person.edit"
    IDENTITY_REVEAL = "identity.reveal"
    IDENTITY_SEARCH = "identity.search"
    LEAK_ALLOW_WORD = "leak.allow_word"
    REFERRAL_ADD = "referral.add"
    REFERRAL_EDIT = "referral.edit"
    NOTE_ADD = "note.add"
    NOTE_EDIT = "note.edit"
    HEARING_ADD = "hearing.add"
    HEARING_EDIT = "hearing.edit"
    EVIDENCE_ADD = "evidence.add"
    EVIDENCE_EDIT = "evidence.edit"
    # Documents and exports
    DOCUMENT_REGISTER = "document.register"
    SUMMARY_WRITE = "summary.write"
    COUNTS_EXPORT = "counts.export"
    # The database
    DATABASE_CREATE = "database.create"
    DATABASE_CHECK = "database.check"
    #: A system event (author `system`, unsigned) that a schema upgrade may write.
    DATABASE_UPGRADE = "database.upgrade"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    KEYS_ROTATE = "keys.rotate"
    RECOVERY_KEY_REPLACE = "keys.recovery_replace"
    # Working as a team (DESIGN §10)
    TEAM_HUB_START = "team.hub_start"
    TEAM_ENROL = "team.enrol"
    TEAM_REVOKE = "team.revoke"
    SYNC_EXPORT = "sync.export"
    SYNC_IMPORT = "sync.import"
    SYNC_REFUSED = "sync.refused"
    SYNC_RESOLVE = "sync.resolve"
