"""Hearings as a Qt table: Manila time, plain labels, and a visible warning on clashes.

The model only presents what it is given; which hearings clash is decided by
`services.agenda.clashes`, so the rule is tested without a display.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from caseintake.services.agenda import Clash, clashes, local
from caseintake.services.hearings import AgendaItem
from caseintake.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CLASH_ROLE = Qt.ItemDataRole.UserRole + 2

#: Column keys; their headers are the `agenda_column` labels of `caseintake.ui.labels`.
COLUMNS = ["when", "case", "kind", "court", "lawyer", "status"]
WHEN, CASE, KIND, COURT, LAWYER, STATUS = range(len(COLUMNS))

#: Amber with transparency reads as a warning on both light and dark palettes.
CLASH_BACKGROUND = QColor(255, 176, 32, 70)


def kind_label(kind: str) -> str:
    return label("hearing_kind", kind)


def status_label(status: str) -> str:
    return label("hearing_status", status)


def when_text(item: AgendaItem, *, with_year: bool = True) -> str:
    """Date and time as the court announced it, in Manila time, in the user's language."""
    moment = local(item.starts_at)
    day = QDate(moment.year, moment.month, moment.day)
    pattern = "ddd d MMM yyyy" if with_year else "ddd d MMM"
    return f"{QLocale().toString(day, pattern)}, {moment:%H:%M}"


def court_text(item: AgendaItem) -> str:
    return ", ".join(p for p in (item.court, item.branch) if p)


def clash_text(item: AgendaItem, found: list[Clash]) -> str:
    """Why the row is marked: which other hearing, when; names no person, only references."""
    others = "; ".join(
        QCoreApplication.translate("AgendaModel", "%1 (%2) at %3")
        .replace("%1", c.other.reference)
        .replace("%2", kind_label(c.other.kind))
        .replace("%3", f"{local(c.other.starts_at):%H:%M}")
        for c in found
    )
    return (
        QCoreApplication.translate(
            "AgendaModel", "Possible clash: %1 has another hearing within two hours on the same day: %2."
        )
        .replace("%1", item.lawyer or "")
        .replace("%2", others)
    )


class AgendaModel(QAbstractTableModel):
    """Rows are `AgendaItem`s; clashes are worked out over `context` (whole days), not just rows."""

    def __init__(self, parent: Any = None, *, with_year: bool = True) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.clashes: dict[str, list[Clash]] = {}
        self.with_year = with_year

    def set_items(self, items: list[AgendaItem], context: list[AgendaItem] | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.clashes = clashes(context if context is not None else items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def clash_count(self) -> int:
        return sum(1 for item in self.items if item.id in self.clashes)

    def item_at(self, row: int) -> AgendaItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label("agenda_column", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        found = self.clashes.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == WHEN and found:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return clash_text(item, found) if found else None
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return CLASH_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and item.status in ("cancelled", "postponed"):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and found:
            return clash_text(item, found)
        if role == ITEM_ROLE:
            return item
        if role == CLASH_ROLE:
            return bool(found)
        return None

    def _display(self, item: AgendaItem, column: int) -> str:
        if column == WHEN:
            return when_text(item, with_year=self.with_year)
        if column == CASE:
            return item.reference
        if column == KIND:
            return kind_label(item.kind)
        if column == COURT:
            return court_text(item)
        if column == LAWYER:
            return item.lawyer or QCoreApplication.translate("AgendaModel", "—")
        return status_label(item.status)
