"""Small widgets the editor's tabs share: the message bar, optional dates, code pickers, tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QWidget,
)

from caseintake.ui.editor.labels import choices

Index = QModelIndex | QPersistentModelIndex
DATE_FORMAT = "yyyy-MM-dd"

_BAR_STYLES = {
    "error": "QFrame#%s { background: rgba(179, 38, 30, 0.10); border: 1px solid rgba(179, 38, 30, 0.45);"
    " border-radius: 4px; }",
    "warning": "QFrame#%s { background: rgba(214, 150, 0, 0.14); border: 1px solid rgba(214, 150, 0, 0.55);"
    " border-radius: 4px; }",
    "info": "QFrame#%s { background: rgba(40, 100, 180, 0.08); border: 1px solid rgba(40, 100, 180, 0.35);"
    " border-radius: 4px; }",
}


def style_bar(frame: QFrame, kind: str) -> None:
    frame.setStyleSheet(_BAR_STYLES[kind] % frame.objectName())


class MessageBar(QFrame):
    """One sentence inside the editor (a failed save, a refused reveal) that stays until closed,
    so it is read, unlike a status-bar message that disappears."""

    def __init__(self, object_name: str = "editorMessage", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel()
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton()
        close.setObjectName(f"{object_name}Close")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        style_bar(self, kind)
        self.label.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class OptionalDateEdit(QWidget):
    """A date that may be absent (closed on, follow-up, received on): a check box enables it."""

    changed = Signal()

    def __init__(self, check_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_label)
        self.date = QDateEdit()
        self.date.setAccessibleName(check_label.replace("&", ""))
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.date.setVisible(False)  # an unticked date shows nothing, not a date that means nothing
        policy = self.date.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.date.setSizePolicy(policy)
        self.check.toggled.connect(self.date.setVisible)
        self.check.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)

    def value(self) -> date | None:
        return date_value(self.date) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        set_date(self.date, value)


def shown_day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def local_time(value: str | None) -> str:
    """A stored UTC timestamp as the laptop's local time, to the minute."""
    if not value:
        return ""
    return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")


def form_layout() -> QFormLayout:
    """Labels right-aligned against fields that grow: the calm, aligned look of a good form."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def date_value(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate.currentDate() if value is None else QDate(value.year, value.month, value.day))


def code_combo(vocabulary: str, *, none_label: str | None = None, object_name: str = "") -> QComboBox:
    """A combo box of labelled codes; `none_label` adds a first entry meaning "not recorded"."""
    combo = QComboBox()
    if object_name:
        combo.setObjectName(object_name)
    if none_label is not None:
        combo.addItem(none_label, None)
    for code, text in choices(vocabulary):
        combo.addItem(text, code)
    return combo


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(0, index))


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], str]
    width: int = 120
    stretch: bool = False  # takes the spare width (else the last column does)


class RecordTableModel(QAbstractTableModel):
    """Rows of records shown through column getters; rows not saved yet are shown in italics."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.pending: list[bool] = []
        self.pending_hint = ""

    def set_rows(self, rows: Sequence[Any], pending: Sequence[bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.pending = list(pending) if pending is not None else [False] * len(self.rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()].value(row)
            if role == Qt.ItemDataRole.ToolTipRole and self.pending[index.row()]:
                return self.pending_hint
            return text
        if role == Qt.ItemDataRole.FontRole and self.pending[index.row()]:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def record_table(model: RecordTableModel, object_name: str) -> QTableView:
    """A read-only, row-selecting table with fixed starting widths (never ResizeToContents, which
    measures every row and stalls on long lists)."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in the table
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(not any(c.stretch for c in model.columns))
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, spec in enumerate(model.columns):
        table.setColumnWidth(column, spec.width)
        if spec.stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def hint_label(text: str, object_name: str = "") -> QLabel:
    """A quiet explanatory line (why a button is disabled, what a tab holds)."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
