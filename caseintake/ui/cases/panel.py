"""The case list panel: search as you type, filters, and the table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
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
from caseintake.ui.labels import label
from caseintake.ui.state import AppState
from caseintake.ui.text import counted

SEARCH_DELAY_MS = 150


class CaseListPanel(QWidget):
    case_activated = Signal(str)  # a reference

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPanel")
        self.state = state
        self.model = CaseListModel(state, self)

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

        self.table = QTableView()
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
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.region_filter, self.assigned_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.loading_changed.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
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
