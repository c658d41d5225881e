"""Typed errors raised by the core and turned into one clear sentence at the edge.

Each error carries the command-line exit status of DESIGN §6, so the command line and the GUI
map failures the same way. Messages never contain identity-vault values or case text.

Each error also carries a `code` naming its sentence ("case_not_found") and the `params` the
sentence was made from ({"reference": "CI-2026-00042"}): the command line prints the English
sentence, the GUI words the code in the user's language (`ui/error_texts.py`).
`tests/unit/test_error_codes.py` fails on a raise in the core without a code, and on a code
without a GUI wording.
"""

from __future__ import annotations

from collections.abc import Mapping


class CaseintakeError(Exception):
    """Base class: the message is one sentence fit to show a user.

    `params` are strings (a reference, a file name, a number), never identity-vault values."""

    exit_status = 1
    #: The code of an error of this class raised without one; None: every raise names its own.
    default_code: str | None = None

    def __init__(
        self, message: str, *, code: str | None = None, params: Mapping[str, object] | None = None
    ) -> None:
        # Exception's own __init__, not super(): `WriteFailed` is also an OSError, whose
        # __init__ would take the sentence for an errno.
        Exception.__init__(self, message)
        self.code: str = code or self.default_code or "error"
        self.params: dict[str, str] = {key: str(value) for key, value in (params or {}).items()}


class InvalidInput(CaseintakeError):
    """Input was rejected by validation; nothing was changed.

    `field` is the path of the rejected field ("hearings[0].starts_at", "" for the input as a
    whole) and `code` says what is wrong with it ("required", "unknown_code", ...), so a form can
    point at the field and a test can check the reason without reading the sentence."""

    def __init__(
        self,
        message: str,
        *,
        field: str = "",
        code: str = "invalid",
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.field = field

    @classmethod
    def at(
        cls, field: str, problem: str, code: str = "invalid", params: Mapping[str, object] | None = None
    ) -> InvalidInput:
        """The usual shape: "field: problem". With a field, `code` names the problem alone
        ("required"): the GUI words the field by its label and the problem by the code."""
        return cls(f"{field}: {problem}" if field else problem, field=field, code=code, params=params)

    def within(self, prefix: str, label: str) -> InvalidInput:
        """The same error one level up: the field under `prefix` ("cases[2]"), the sentence
        starting with `label` ("case 2"); code and params stay."""
        field = f"{prefix}.{self.field}" if self.field else prefix
        return InvalidInput(f"{label}: {self}", field=field, code=self.code, params=self.params)


class NotFound(CaseintakeError):
    """The record, user or file asked for does not exist."""


class EditConflict(CaseintakeError):
    """The case changed (in another window or on another computer) since it was loaded for
    editing; the save was refused and nothing was changed.

    `current` is the case's version now, so a user who chooses to save over the other change
    can say which version they are saving over."""

    default_code = "edit_conflict"

    def __init__(self, message: str = "", *, current: int | None = None, code: str | None = None) -> None:
        super().__init__(
            message
            or "This case was changed elsewhere (another window or computer) since you opened it;"
            " nothing was saved.",
            code=code,
        )
        self.current = current


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

    def __init__(
        self,
        message: str,
        hits: list[tuple[str, str]] | None = None,
        *,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        #: (pseudonym, field) pairs; never the secret value itself.
        self.hits = hits or []
