"""The case list as a Qt model: keyset pages fetched in the background, newest first.

Nothing here blocks the main thread: a query goes to the database thread and its rows come back
through a callback. Every change of search, filter or sort bumps a generation number, so rows
from an older query that arrive late are dropped instead of mixed in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from caseintake.services.cases import PAGE, CaseRow, list_cases
from caseintake.ui.labels import label
from caseintake.ui.state import AppState

Index = QModelIndex | QPersistentModelIndex

#: Column keys; their headers are the `case_column` labels of `caseintake.ui.labels`.
COLUMNS = ["reference", "status", "opened_on", "region", "province", "assigned_to", "parties"]
SORTABLE = {"reference", "status", "opened_on", "region", "assigned_to"}


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    status: str | None = None
    region: str | None = None
    assigned_to: str | None = None
    sort: str = "opened_on"
    descending: bool = True


class CaseListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.query = ListQuery()
        self.rows: list[CaseRow] = []
        self._generation = 0
        self._exhausted = False
        self._loading = False

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label("case_column", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "status":
                return label("status", value)
            return value or ""
        if role == Qt.ItemDataRole.UserRole:
            return row.reference
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading and bool(self.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            last = self.rows[-1]
            self._load((last.sort_value(self.query.sort), last.reference))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        if key not in SORTABLE:
            return
        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    # -- loading --------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        self._load(None)

    def clear(self) -> None:
        """Forget every row (locking): nothing of the old session stays on screen."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._exhausted = True
        self.endResetModel()
        self._set_loading(False)

    def _load(self, after: tuple[str, str] | None) -> None:
        generation = self._generation
        query = self.query
        self._set_loading(True)
        self.state.call(
            list_cases,
            lambda rows: self._arrived(generation, rows),
            lambda exc: self._failed(generation, exc),
            search=query.search or None,
            status=query.status,
            region=query.region,
            assigned_to=query.assigned_to,
            after=after,
            limit=PAGE,
            sort=query.sort,
            descending=query.descending,
        )

    def _arrived(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = len(rows) < PAGE
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int, exc: Exception) -> None:
        from caseintake.ui.tasks import failure_message

        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True
        self.failed.emit(failure_message(exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def reference_at(self, row: int) -> str | None:
        return self.rows[row].reference if 0 <= row < len(self.rows) else None
