"""Anonymized counts for supervisors: choices, a preview table and chart, CSV and PDF export."""

from __future__ import annotations

from caseintake.ui.counts.dialog import CountsDialog, open_counts_dialog

__all__ = ["CountsDialog", "open_counts_dialog"]
