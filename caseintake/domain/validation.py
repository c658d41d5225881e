"""Field checks shared by the importer, the services and the GUI forms.

Every check names the field it rejects (`path`), so an error reads like
``case 3: persons[1].identity.birth_date: not a date (expected YYYY-MM-DD)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum

from caseintake.domain.codes import values
from caseintake.domain.countries import is_country
from caseintake.domain.errors import InvalidInput

SHORT_TEXT_MAX = 300
SUMMARY_MAX = 20_000
NOTE_MAX = 200_000

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,31}")
_REFERENCE = re.compile(r"[A-Z][A-Z0-9]{0,9}-\d{4}-\d{1,9}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # JSON can spell them ("\\ud800"); UTF-8 cannot hold them


def _fail(path: str, problem: str, code: str, params: Mapping[str, object] | None = None) -> InvalidInput:
    return InvalidInput.at(path, problem, code, params)


def text(value: object, path: str, *, limit: int = SHORT_TEXT_MAX, required: bool = True) -> str | None:
    """Plain text: a string, not blank when required, within `limit`, no control characters."""
    if value is None:
        if required:
            raise _fail(path, "is required", "required")
        return None
    if not isinstance(value, str):
        raise _fail(path, "must be text", "type")
    stripped = value.strip()
    if not stripped:
        if required:
            raise _fail(path, "must not be empty", "required")
        return None
    if len(value) > limit:
        raise _fail(path, f"is {len(value):,} characters long; the limit is {limit:,}", "too_long")
    if _CONTROL.search(value):
        raise _fail(path, "contains control characters; only plain text is accepted", "control_character")
    if _SURROGATE.search(value):
        raise _fail(
            path, "contains an invalid character (half of a UTF-16 surrogate pair)", "control_character"
        )
    if limit <= SHORT_TEXT_MAX:
        if "\n" in value or "\r" in value:
            raise _fail(path, "must be a single line", "multiline")
        return stripped
    return value.rstrip()


def required_text(value: object, path: str, *, limit: int = SHORT_TEXT_MAX) -> str:
    result = text(value, path, limit=limit)
    if result is None:  # `text` raises for a missing required value; this keeps mypy informed
        raise _fail(path, "is required", "required")
    return result


def code(value: object, path: str, vocabulary: type[StrEnum]) -> str:
    if not isinstance(value, str):
        raise _fail(path, "must be text", "type")
    allowed = values(vocabulary)
    if value not in allowed:
        shown = ", ".join(sorted(allowed, key=str))
        given = repr(value) if len(value) <= 40 else repr(value[:40]) + "..."  # one readable line
        raise _fail(path, f"unknown code {given} (expected one of: {shown})", "unknown_code")
    return value


def day(value: object, path: str) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _fail(path, "not a date (expected YYYY-MM-DD)", "date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(path, f"{value!r} is not a real calendar date", "date") from None


def moment(value: object, path: str) -> datetime:
    """An ISO 8601 date and time that carries its UTC offset."""
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        raise _fail(
            path, "not a date and time with an offset (expected e.g. 2026-03-02T08:30:00+08:00)", "moment"
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _fail(path, f"{value!r} is not a real date and time", "moment") from None


def integer(value: object, path: str, *, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(path, "must be a whole number", "type")
    if not low <= value <= high:
        raise _fail(path, f"must be between {low} and {high}", "range", {"low": low, "high": high})
    return value


def sha256_hex(value: object, path: str) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise _fail(path, "must be a SHA-256 hash of 64 hexadecimal characters", "sha256")
    return value.lower()


def country(value: object, path: str) -> str:
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise _fail(path, "must be a two-letter country code such as PH or US", "format")
    if not is_country(value):
        raise _fail(path, f"unknown country code {value!r} (not in the ISO 3166 list)", "unknown_code")
    return value


def username(value: object, path: str = "username") -> str:
    if not isinstance(value, str) or not _USERNAME.fullmatch(value):
        raise _fail(
            path,
            "a user name is 2 to 32 characters: lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter",
            "username_format",
        )
    return value


def reference(value: object, path: str) -> str:
    if not isinstance(value, str) or not _REFERENCE.fullmatch(value):
        raise _fail(path, "must look like CI-2026-00042 (prefix, year, serial)", "reference_format")
    return value


def office_prefix(value: str) -> str:
    if not re.fullmatch(r"[A-Z][A-Z0-9]{0,9}", value):
        raise InvalidInput(
            "The office prefix must be 1 to 10 capital letters or digits, such as CI.", code="office_prefix"
        )
    return value


PASSPHRASE_MIN = 12  # the strength rule's own minimum (caseintake.domain.passphrases.MIN_LENGTH)


def new_passphrase(value: str, username: str = "") -> str:
    """A new passphrase: strong enough that Argon2id's cost per guess actually protects it."""
    from caseintake.domain.passphrases import require_strong

    return require_strong(value, username)
