"""The hearings agenda: calendar and list, clash warnings, calendar export, the week ahead."""

from __future__ import annotations

from caseintake.ui.agenda.upcoming import UpcomingDialog, show_upcoming
from caseintake.ui.agenda.window import AgendaWindow

__all__ = ["AgendaWindow", "UpcomingDialog", "show_upcoming"]
