"""The Team menu: the office hub, its laptops, sealed bundles both ways, and conflicts."""

from __future__ import annotations

from caseintake.ui.team.menu import TeamMenu

__all__ = ["TeamMenu"]
