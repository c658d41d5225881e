"""Typed errors raised by the core and turned into one clear sentence at the edge.

Each error carries the command-line exit status of DESIGN §6, so the command line and the GUI
map failures the same way. Messages never contain identity-vault values or case text.
"""

from __future__ import annotations


class CaseintakeError(Exception):
    """Base class: the message is one sentence fit to show a user."""

    exit_status = 1


class InvalidInput(CaseintakeError):
    """Input was rejected by validation; nothing was changed."""


class NotFound(CaseintakeError):
    """The record, user or file asked for does not exist."""


class DatabaseMissing(CaseintakeError):
    """There is no database at the given path."""


class NotADatabase(CaseintakeError):
    """The file exists but is not a caseintake database."""


class NewerSchema(CaseintakeError):
    """The database was written by a newer caseintake; opening it could lose data."""


class UnsupportedEngine(CaseintakeError):
    """The SQLite build is not SQLCipher 4 with FTS5; refusing to run on it."""


class AuthenticationFailed(CaseintakeError):
    """Wrong user name, wrong passphrase, wrong recovery key or a disabled account."""

    exit_status = 3


class WrongPassphrase(AuthenticationFailed):
    """The passphrase (or recovery key) does not open the key slot."""


class IntegrityProblem(CaseintakeError):
    """The database, its write-ahead log, the key slots or the audit chain are damaged or tampered."""

    exit_status = 4


class PermissionDenied(CaseintakeError):
    """The user's role does not allow this action."""

    exit_status = 5


class IdentityLeak(CaseintakeError):
    """An output contains an identity-vault value; it was blocked."""

    exit_status = 5

    def __init__(self, message: str, hits: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        #: (pseudonym, field) pairs; never the secret value itself.
        self.hits = hits or []
