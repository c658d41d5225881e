"""The "Keys and backups" menu: integrity check, backup and restore, recovery sheet, demo cases."""

from __future__ import annotations

from caseintake.ui.maintenance.menu import MaintenanceMenu

__all__ = ["MaintenanceMenu"]
