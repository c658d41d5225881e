"""The paper vocabulary now lives in ``domain/labels.py`` (stats and the GUI use it too).

Kept so the report modules' ``from caseintake.reports import labels`` reads on unchanged.
"""

from __future__ import annotations

from caseintake.domain.labels import *  # noqa: F403
