"""The counts preview as a Qt table, and the words people read for dimensions and their values.

The model shows a `CountsPreview`, which holds published counts only: a suppressed row reads
"x", greyed, with a tooltip saying why; there is no hidden number it could show instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from caseintake.domain.counts import DIMENSIONS
from caseintake.ui.counts.preview import CountsPreview, PreviewRow
from caseintake.ui.labels import LABELS, label

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CountsDialog"
SUPPRESSED_ROLE = Qt.ItemDataRole.UserRole + 1
SUPPRESSED_MARK = "x"

#: The editor's vocabulary for each coded dimension; the rest (periods, age bands,
#: nationality codes) are shown as published.
_VOCABULARY = {
    "region": "region",
    "offense": "offense",
    "victim_sex": "sex",
    "status": "status",
    "source": "source",
    "referral": "referral_kind",
    "accused_relationship": "relationship",
}


def suppressed_tip() -> str:
    return QCoreApplication.translate("CountsDialog", "suppressed to protect small counts")


def dimension_label(dim: str) -> str:
    return label("count_dimension", dim) if dim in LABELS["count_dimension"] else DIMENSIONS[dim].title


def value_label(dim: str, value: str, *, short: bool = False) -> str:
    """A published value as people read it; ``short`` keeps region codes bare for chart labels."""
    if value in LABELS["count_value"]:
        return label("count_value", value)
    if short and dim == "region":
        return value
    vocabulary = _VOCABULARY.get(dim)
    return label(vocabulary, value) if vocabulary else value


def count_text(count: int | None) -> str:
    return SUPPRESSED_MARK if count is None else f"{count:,}"


class CountsModel(QAbstractTableModel):
    """Long format: one column per dimension, then the count; one row per published cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.dims: tuple[str, ...] = ()
        self.rows: tuple[PreviewRow, ...] = ()

    def set_preview(self, preview: CountsPreview | None) -> None:
        self.beginResetModel()
        self.dims = preview.dims if preview else ()
        self.rows = preview.rows if preview else ()
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview(None)

    @property
    def count_column(self) -> int:
        return len(self.dims)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or not self.dims else len(self.dims) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.dims):
            return dimension_label(self.dims[section])
        return QCoreApplication.translate("CountsDialog", "Count")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        is_count = column == self.count_column
        if role == Qt.ItemDataRole.DisplayRole:
            return count_text(row.count) if is_count else value_label(self.dims[column], row.key[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and is_count:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return suppressed_tip() if is_count and row.suppressed else None
        if role == Qt.ItemDataRole.ForegroundRole and is_count and row.suppressed:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == SUPPRESSED_ROLE:
            return row.suppressed
        return None
