"""The court record's paper vocabulary now lives in ``domain/court_labels.py``.

Kept so the report modules' ``from caseintake.reports import court_labels`` reads on unchanged.
"""

from __future__ import annotations

from caseintake.domain.court_labels import *  # noqa: F403
