"""Typed access to the application's QSettings: preferences only, never case data.

Case data lives only in the encrypted database (DESIGN §2.1); this file is plaintext on disk,
so only harmless machine preferences belong here. Every reader clamps what it finds, because
the file can be edited by hand or left over from another version.

Every function takes an optional `QSettings` so tests (and `app.py`, which owns the store it
creates) pass theirs in; without one, the application's own user-scope store is used, the same
one `QSettings()` opens once `app.py` has named the organization and application.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from caseintake.domain.report_language import DEFAULT_LANGUAGE, LANGUAGES

ORGANIZATION = "caseintake"
APPLICATION = "caseintake"

IDLE_LOCK_KEY = "lock/idle_minutes"  # shared with app.py
IDLE_LOCK_DEFAULT = 5
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 60

COUNTS_LANGUAGE_KEY = "counts/language"  # the language of the counts PDF (issue 16)


def app_settings() -> QSettings:
    """The one settings store of the application (user scope, the platform's native format)."""
    return QSettings(ORGANIZATION, APPLICATION)


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    raw = settings.value(key, default)
    try:
        value = int(str(raw))
    except ValueError:
        return default
    return min(max(value, low), high)


def idle_lock_minutes(settings: QSettings | None = None) -> int:
    """Minutes without input before the application locks itself (1–60, default 5)."""
    store = settings if settings is not None else app_settings()
    return _int(store, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT, IDLE_LOCK_MIN, IDLE_LOCK_MAX)


def set_idle_lock_minutes(minutes: int, settings: QSettings | None = None) -> None:
    """Store the idle-lock time; out-of-range values are a programming error, not clamped."""
    if not IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX:
        raise ValueError(f"idle-lock minutes must be {IDLE_LOCK_MIN}–{IDLE_LOCK_MAX}, not {minutes}")
    store = settings if settings is not None else app_settings()
    store.setValue(IDLE_LOCK_KEY, minutes)
    store.sync()


def counts_language(settings: QSettings | None = None) -> str:
    """The language the counts PDF was last printed in ("en" or "fil"); English when unset or
    unknown. A machine preference, like the GUI's own language, and independent of it."""
    store = settings if settings is not None else app_settings()
    value = str(store.value(COUNTS_LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_counts_language(choice: str, settings: QSettings | None = None) -> None:
    if choice not in LANGUAGES:
        raise ValueError(f"unknown report language {choice!r}")
    store = settings if settings is not None else app_settings()
    store.setValue(COUNTS_LANGUAGE_KEY, choice)
    store.sync()
