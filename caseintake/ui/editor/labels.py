"""The editor's name for the GUI's one vocabulary, which lives in `caseintake.ui.labels`.

Kept so the editor's modules import as before; new code imports `caseintake.ui.labels`.
"""

from __future__ import annotations

from caseintake.ui.labels import CONTEXT, LABELS, choices, label

__all__ = ["CONTEXT", "LABELS", "choices", "label"]
