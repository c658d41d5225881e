"""The case list panel: search as you type, filters, and the table.

A key starts the search after a short wait that grows when searches are slow (`search_delay`);
a newer search stops the older one (`CaseListModel`). When new rows replace the old ones, the
selected case stays selected if it is still in the list, without telling anyone that the
selection moved (it did not: the editor keeps the case it shows). `results_shown` says when the
answer to a search is on screen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.codes import CaseStatus, Region
from caseintake.ui.cases.model import CaseListModel
from caseintake.ui.cases.search_delay import SearchDelay
from caseintake.ui.labels import label
from caseintake.ui.state import AppState
from caseintake.ui.text import counted


class CaseTable(QTableView):
    """The list's table; says when it has painted, so the panel knows results are on screen."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class CaseListPanel(QWidget):
    case_activated = Signal(str)  # a reference
    #: The answer to a search (its text) is on screen: the table has painted the new rows, or
    #: had nothing to repaint. For timing keystroke to results (`benchmarks/gui_probe.py`).
    results_shown = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPanel")
        self.state = state
        self.model = CaseListModel(state, self)
        self.search_delay = SearchDelay()
        self._kept_reference: str | None = None  # the selected case while rows are replaced
        self._unpainted: str | None = None  # a search whose new rows are not painted yet

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setAccessibleDescription(self.tr("Reference, pseudonym, summary or note text"))
        self.search.setPlaceholderText(self.tr("Search reference, pseudonym, summary, notes…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show cases with status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(label("status", status), status.value)
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("regionFilter")
        self.region_filter.setAccessibleName(self.tr("Show cases in region"))
        self.region_filter.addItem(self.tr("Any region"), None)
        for region in Region:
            self.region_filter.addItem(region.value, region.value)
        self.assigned_filter = QComboBox()
        self.assigned_filter.setObjectName("assignedFilter")
        self.assigned_filter.setAccessibleName(self.tr("Show cases assigned to"))
        self.assigned_filter.addItem(self.tr("Anyone"), None)

        self.table = CaseTable()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected case in the editor"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the editor; arrows move in the list
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((118, 74, 88, 76, 124, 104)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)

        self.summary = QLabel()
        self.summary.setObjectName("caseListStatus")

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.assigned_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.search_delay.ms)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.region_filter, self.assigned_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.page_read.connect(self._read_took)
        self.model.replacing.connect(self._hold_selection)
        self.model.replaced.connect(self._restore_selection)
        self.model.first_page_shown.connect(self._first_page_shown)
        self.table.painted.connect(self._painted)
        self.model.loading_changed.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.model.rowsRemoved.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.model.failed.connect(self.summary.setText)

    def set_users(self, usernames: list[str]) -> None:
        current = self.assigned_filter.currentData()
        self.assigned_filter.blockSignals(True)
        while self.assigned_filter.count() > 1:
            self.assigned_filter.removeItem(1)
        for name in usernames:
            self.assigned_filter.addItem(name, name)
        index = self.assigned_filter.findData(current)
        self.assigned_filter.setCurrentIndex(max(0, index))
        self.assigned_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(
            replace(
                self.model.query,
                search=self.search.text().strip(),
                status=self.status_filter.currentData(),
                region=self.region_filter.currentData(),
                assigned_to=self.assigned_filter.currentData(),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_reference(self, reference: str) -> None:
        for row, item in enumerate(self.model.rows):
            if item.reference == reference:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.summary.clear()

    def _hold_selection(self) -> None:
        """Rows are about to be replaced: remember the selected case, and keep the selection's
        moves to ourselves (a removed current row would otherwise hand the selection, and the
        editor, to its neighbour)."""
        selection = self.table.selectionModel()
        self._kept_reference = self.model.reference_at(selection.currentIndex().row())
        selection.blockSignals(True)

    def _restore_selection(self) -> None:
        """The selected case stays selected where it now is; if it left the list, nothing is."""
        selection = self.table.selectionModel()
        reference, self._kept_reference = self._kept_reference, None
        row = next((n for n, item in enumerate(self.model.rows) if item.reference == reference), -1)
        try:
            if row < 0:
                selection.clear()
            elif selection.currentIndex().row() != row or not selection.isRowSelected(row):
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            selection.blockSignals(False)
        if row < 0:
            self.table.scrollToTop()
        else:
            self.table.scrollTo(self.model.index(row, 0))
        self.table.viewport().update()  # the view heard none of the selection's moves

    def _first_page_shown(self, search: str, changed: bool) -> None:
        self._show_count()
        if changed and self.table.isVisible():
            self._unpainted = search  # shown once the table has painted it
        else:
            self._unpainted = None  # on screen as it is
            self.results_shown.emit(search)

    def _painted(self) -> None:
        if self._unpainted is not None:
            search, self._unpainted = self._unpainted, None
            self.results_shown.emit(search)

    def _read_took(self, seconds: float) -> None:
        self._debounce.setInterval(self.search_delay.observe(seconds))

    def _activated(self, index: object) -> None:
        reference = self.model.reference_at(self.table.currentIndex().row())
        if reference:
            self.case_activated.emit(reference)

    def _show_count(self, *args: object) -> None:
        count = len(self.model.rows)
        more = self.tr(" · scroll for more") if self.model.canFetchMore() else ""
        if self.model.loading and not count:
            self.summary.setText(self.tr("Searching…") if self.model.query.search else self.tr("Loading…"))
        elif not count:
            self.summary.setText(
                self.tr("No cases match.") if self.model.query.search else self.tr("No cases yet.")
            )
        else:
            self.summary.setText(counted(count, self.tr("%1 case shown"), self.tr("%1 cases shown")) + more)
