"""Accounts and the application itself: users, my passphrase, preferences, about."""

from __future__ import annotations

from caseintake.ui.admin.about import AboutDialog
from caseintake.ui.admin.passphrase import ChangePassphraseDialog
from caseintake.ui.admin.preferences import PreferencesDialog
from caseintake.ui.admin.users import UsersDialog, open_users_dialog

__all__ = ["AboutDialog", "ChangePassphraseDialog", "PreferencesDialog", "UsersDialog", "open_users_dialog"]
