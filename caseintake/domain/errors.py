"""Typed errors raised by the core and turned into one clear sentence at the edge.

Each error carries the command-line exit status of DESIGN §6, so the command line and the GUI
map failures the same way. Messages never contain identity-vault values or case text.
"""

from __future__ import annotations


class CaseintakeError(Exception):
    """Base class: the message is one sentence fit to show a user."""

    exit_status = 1


class InvalidInput(CaseintakeError):
    """Input was rejected by validation; nothing was changed.

    `field` is the path of the rejected field ("hearings[0].starts_at", "" for the input as a
    whole) and `code` says what is wrong with it ("required", "unknown_code", ...), so a form can
    point at the field and a test can check the reason without reading the sentence."""

    def __init__(self, message: str, *, field: str = "", code: str = "invalid") -> None:
        super().__init__(message)
        self.field = field
        self.code = code

    @classmethod
    def at(cls, field: str, problem: str, code: str = "invalid") -> InvalidInput:
        """The usual shape: "field: problem"."""
        return cls(f"{field}: {problem}" if field else problem, field=field, code=code)

    def within(self, prefix: str, label: str) -> InvalidInput:
        """The same error one level up: the field under `prefix` ("cases[2]"), the sentence
        starting with `label` ("case 2")."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return InvalidInput(f"{label}: {self}", field=field, code=self.code)


class NotFound(CaseintakeError):
    """The record, user or file asked for does not exist."""


class DatabaseMissing(CaseintakeError):
    """There is no database at the given path."""


class NotADatabase(CaseintakeError):
    """The file exists but is not a caseintake database."""


class KeyFileMissing(NotADatabase):
    """The database file is there but its key file is not (`check` reports it as damage)."""


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
