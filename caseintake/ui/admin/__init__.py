"""Accounts and the application itself: users, my passphrase, preferences, about.

The dialogs load on first use (PEP 562): the unlock dialog, the first thing a user sees, needs
only `admin.settings`, and importing every dialog with it (the passphrase meter, the licence
texts) cost about a fifth of a second of start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseintake.ui.admin.about import AboutDialog
    from caseintake.ui.admin.passphrase import ChangePassphraseDialog
    from caseintake.ui.admin.preferences import PreferencesDialog
    from caseintake.ui.admin.users import UsersDialog, open_users_dialog

__all__ = ["AboutDialog", "ChangePassphraseDialog", "PreferencesDialog", "UsersDialog", "open_users_dialog"]

_HOMES = {
    "AboutDialog": "about",
    "ChangePassphraseDialog": "passphrase",
    "PreferencesDialog": "preferences",
    "UsersDialog": "users",
    "open_users_dialog": "users",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
