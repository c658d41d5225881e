"""What the team screens share: read-only tables (whole rows, one line each, Tab moves on), and
the panes that say what a window sent and received."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QTableWidget, QVBoxLayout


def read_only_table(columns: list[str], object_name: str, accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move here
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def result_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def result_panes(panes: list[tuple[str, QLabel]]) -> QHBoxLayout:
    """Side by side, each label in a titled box (what was sent, what was received)."""
    row = QHBoxLayout()
    for title, label in panes:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(label)
        inner.addStretch(1)
        row.addWidget(box, 1)
    return row
