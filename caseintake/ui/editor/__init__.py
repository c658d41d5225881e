"""The case editor: one case in tabs beside the case list (see `editor.CaseEditor`)."""

from __future__ import annotations

from caseintake.ui.editor.editor import CaseEditor

__all__ = ["CaseEditor"]
