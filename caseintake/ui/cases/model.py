"""The case list as a Qt model: keyset pages fetched in the background, newest first.

Nothing here blocks the main thread: a query goes to the database thread and its rows come back
through a callback. Every change of search, filter or sort bumps a generation number, so rows
from an older query that arrive late are dropped instead of mixed in, and cancels the read still
under way: it stops part-way, or is dropped before it starts (`tasks.CancelToken`), so the
thread is free for the new one at once.

The rows shown stay until the new first page is there, which then replaces them by the smallest
change (rows kept where they are, others removed or inserted), not a reset: the table keeps its
place and the selected case, and an unchanged answer changes nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from caseintake.services.cases import PAGE, CaseRow, list_cases
from caseintake.ui.labels import label
from caseintake.ui.state import AppState
from caseintake.ui.tasks import CancelToken

Index = QModelIndex | QPersistentModelIndex

#: Column keys; their headers are the `case_column` labels of `caseintake.ui.labels`.
COLUMNS = ["reference", "status", "opened_on", "region", "province", "assigned_to", "parties"]
SORTABLE = {"reference", "status", "opened_on", "region", "assigned_to"}
#: Past this many rows shown (many pages scrolled), or this many separate runs of rows to
#: remove or insert (another sort order), a new first page resets the model: one reset is then
#: cheaper for the table than the run of small changes.
DIFF_ROWS = 2000
DIFF_RUNS = 40


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
    #: The seconds a page's read took on the database thread (stopped reads are not timed).
    page_read = Signal(float)
    #: The rows are about to be replaced by a new first page, and have been (neither is sent
    #: when the new page changes nothing).
    replacing = Signal()
    replaced = Signal()
    #: A new first page is in the model: its search text, and whether any row changed.
    first_page_shown = Signal(str, bool)

    def __init__(self, state: AppState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self.query = ListQuery()
        self.rows: list[CaseRow] = []
        self._generation = 0
        self._exhausted = False
        self._loading = False
        self._reading: CancelToken | None = None  # the read under way, if any

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
        """Ask again; the rows shown stay until the answer replaces them."""
        self._supersede()
        self._load(None)

    def clear(self) -> None:
        """Forget every row (locking): nothing of the old session stays on screen."""
        self._supersede()
        self.beginResetModel()
        self.rows = []
        self._exhausted = True
        self.endResetModel()
        self._set_loading(False)

    def _supersede(self) -> None:
        """Answers to what was asked so far are no longer wanted; the read under way stops."""
        self._generation += 1
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None

    def _load(self, after: tuple[str, str] | None) -> None:
        session = self.state.session
        if session is None:
            return
        generation = self._generation
        query = self.query
        token = self._reading = CancelToken()
        self._set_loading(True)

        def read() -> tuple[list[CaseRow], float]:
            started = time.perf_counter()
            with session.db.interruptible(token.is_cancelled):
                rows = list_cases(
                    session,
                    search=query.search or None,
                    status=query.status,
                    region=query.region,
                    assigned_to=query.assigned_to,
                    after=after,
                    limit=PAGE,
                    sort=query.sort,
                    descending=query.descending,
                )
            return rows, time.perf_counter() - started

        first_page = after is None
        self.state.runner.run(
            read,
            lambda answer: self._arrived(generation, first_page, *answer),
            lambda exc: self._failed(generation, first_page, exc),
            token=token,
        )

    def _arrived(self, generation: int, first_page: bool, rows: list[CaseRow], seconds: float) -> None:
        if generation != self._generation:
            return
        self._reading = None
        self.page_read.emit(seconds)
        self._set_loading(False)
        self._exhausted = len(rows) < PAGE
        if first_page:
            changed = self._replace_rows(rows)
            self.first_page_shown.emit(self.query.search, changed)
        elif rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _replace_rows(self, new: list[CaseRow]) -> bool:
        """Show `new` instead of the rows shown, by the smallest change the table can follow;
        False when they are the same rows."""
        old = list(self.rows)
        if old == new:
            return False
        self.replacing.emit()
        try:
            self._edit_rows(old, new)
        finally:
            self.replaced.emit()
        return True

    def _edit_rows(self, old: list[CaseRow], new: list[CaseRow]) -> None:
        runs: list[tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]] = []
        if len(old) <= DIFF_ROWS:
            edits = SequenceMatcher(
                None, [r.reference for r in old], [r.reference for r in new], autojunk=False
            )
            runs = edits.get_opcodes()
        if not runs or sum(tag != "equal" for tag, *_ in runs) > DIFF_RUNS:
            self.beginResetModel()
            self.rows = list(new)
            self.endResetModel()
            return
        last_column = len(COLUMNS) - 1
        for tag, i1, i2, j1, j2 in reversed(runs):  # from the end: earlier positions stay valid
            if tag == "equal":
                changed = [k for k in range(i2 - i1) if old[i1 + k] != new[j1 + k]]
                self.rows[i1:i2] = new[j1:j2]
                if changed:
                    top, bottom = i1 + changed[0], i1 + changed[-1]
                    self.dataChanged.emit(self.index(top, 0), self.index(bottom, last_column))
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self.rows[i1:i1] = new[j1:j2]
                self.endInsertRows()

    def _failed(self, generation: int, first_page: bool, exc: Exception) -> None:
        from caseintake.ui.tasks import failure_message

        if generation != self._generation:
            return
        self._reading = None
        self._set_loading(False)
        self._exhausted = True
        if first_page:  # the rows of the previous question are not its answer
            self._replace_rows([])
        self.failed.emit(failure_message(exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def reference_at(self, row: int) -> str | None:
        return self.rows[row].reference if 0 <= row < len(self.rows) else None
