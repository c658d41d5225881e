"""The Court tab: what a lawyer keeps for court — charges, prosecutor, disposition, detention of
each accused, each child's A.M. No. 00-4-07-SC measures, witnesses and motions per hearing, and
exhibits.

The tab is thin: rows come from and go back through `court_rows` (no Qt there, tested without a
display), and the record is saved whole by `services.court_record` on the database thread, with
its own Save button, since it is the lawyer's part of the case and needs the hearing permission.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.errors import CaseintakeError, EditConflict, InvalidInput
from caseintake.domain.records import Case, Person
from caseintake.ui import labels
from caseintake.ui.editor.court_rows import Column, CourtRows, Words, apply_rows, columns, rows_of
from caseintake.ui.editor.draft import SeenVersion
from caseintake.ui.editor.jobs import save_court
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message

_TABLES = ("charges", "detention", "measures", "witnesses", "motions", "exhibits")


def _combo(choices: tuple[tuple[str, str], ...], value: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for shown, stored in choices:
        combo.addItem(shown, stored)
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
    return combo


class CourtTable(QTableWidget):
    """Rows of text cells; a column with choices shows a combo box holding the stored code."""

    edited = Signal()

    def __init__(self, name: str, cols: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(0, len(cols), parent)
        self.setObjectName(name)
        self.cols = cols
        self.setHorizontalHeaderLabels([c.title for c in cols])
        for i, col in enumerate(cols):
            self.setColumnWidth(i, col.width)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.filling = False  # rows being made: their cells are not all there yet
        self.cellChanged.connect(self._cell_changed)
        self.fit_height()

    def _cell_changed(self, _row: int, _column: int) -> None:
        if not self.filling:
            self.edited.emit()

    def fit_height(self) -> None:
        """Tall enough to show its rows (up to eight) inside the tab's scroll area."""
        shown = sum(self.rowHeight(r) for r in range(min(self.rowCount(), 8)))
        spare = 34 if self.rowCount() < 8 else 0  # room to see where a new row goes
        self.setMinimumHeight(
            self.horizontalHeader().sizeHint().height() + shown + spare + 2 * self.frameWidth()
        )

    def set_columns(self, cols: list[Column]) -> None:
        """New choices (the case's children, hearings, evidence) for rows made from now on."""
        self.setRowCount(0)
        self.cols = cols

    def add_row(self, values: list[str] | None = None, *, quiet: bool = False) -> None:
        """Append a row, every cell made before anyone reads it; `quiet` while loading."""
        row = self.rowCount()
        self.filling = True
        try:
            self.insertRow(row)
            values = values or [""] * len(self.cols)
            for column, (col, value) in enumerate(zip(self.cols, values, strict=True)):
                if col.choices:
                    combo = _combo(col.choices, value, f"{self.objectName()}Choice")
                    combo.setAccessibleName(col.title)
                    combo.currentIndexChanged.connect(self._choice_changed)
                    self.setCellWidget(row, column, combo)
                else:
                    self.setItem(row, column, QTableWidgetItem(value))
        finally:
            self.filling = False
        self.resizeRowToContents(row)
        self.fit_height()
        if not quiet:
            self.edited.emit()

    def _choice_changed(self, _index: int) -> None:
        if not self.filling:
            self.edited.emit()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(0)
        for values in rows:
            self.add_row(values, quiet=True)
        self.fit_height()

    def value(self, row: int, column: int) -> str:
        """A cell's stored value: the code a combo box holds, or the text typed."""
        if self.cols[column].choices:
            widget = self.cellWidget(row, column)
            return str(widget.currentData() or "") if isinstance(widget, QComboBox) else ""
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def rows(self) -> list[list[str]]:
        return [[self.value(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]

    def set_value(self, row: int, column: int, value: str) -> None:
        """Type into a cell or choose in its combo box (by stored code), as a user would."""
        if self.cols[column].choices:
            widget = self.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
        else:
            item = self.item(row, column)
            if item is not None:
                item.setText(value)  # emits cellChanged, as typing does
            else:
                self.setItem(row, column, QTableWidgetItem(value))

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.fit_height()


class CourtTab(QWidget):
    changed = Signal()
    notice = Signal(str)
    saved = Signal()
    conflict = Signal(object)  # EditConflict: the case changed elsewhere; nothing was saved

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courtTab")
        #: The version of the case the editor holds; a save expects it (set by the editor).
        self.seen_version: Callable[[], SeenVersion] = SeenVersion
        self.state = state
        self.case: Case | None = None
        self.rows = CourtRows()
        self.words = Words(label=labels.label, choices=labels.choices, person=self.person_name)
        self.tables: dict[str, CourtTable] = {}
        self.prosecutor = QLineEdit()
        self.prosecutor.setObjectName("prosecutorEdit")
        self.prosecutor.setAccessibleName(self.tr("Public prosecutor"))
        self.prosecutor.setPlaceholderText(
            self.tr("e.g. Asst. City Prosecutor, Office of the City Prosecutor")
        )
        self.disposition = QComboBox()
        self.disposition.setObjectName("dispositionCombo")
        self.disposition.setAccessibleName(self.tr("Disposition"))
        self.disposition_on = QLineEdit()
        self.disposition_on.setObjectName("dispositionDateEdit")
        self.disposition_on.setAccessibleName(self.tr("Disposition date"))
        self.disposition_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.court_fields = [QLineEdit() for _ in range(4)]
        for edit, name, hint in zip(
            self.court_fields,
            ("courtNameEdit", "judicialRegionEdit", "branchEdit", "stationEdit"),
            (self.tr("Regional Trial Court"), self.tr("7"), self.tr("12"), self.tr("Cebu City")),
            strict=True,
        ):
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
        self.hint = QLabel()
        self.hint.setObjectName("courtHint")
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save court record"))
        self.save_button.setObjectName("courtSaveButton")
        self.save_button.clicked.connect(self.save)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        form = QFormLayout()
        form.addRow(self.tr("Pu&blic prosecutor:"), self.prosecutor)
        court_row = QHBoxLayout()
        for label, edit in zip(
            (self.tr("Court"), self.tr("Judicial region"), self.tr("Branch"), self.tr("Station")),
            self.court_fields,
            strict=True,
        ):
            court_row.addWidget(QLabel(label))
            edit.setAccessibleName(label)
            court_row.addWidget(edit, 1)
        form.addRow(self.tr("Court of the cases:"), court_row)
        disposition_row = QHBoxLayout()
        disposition_row.addWidget(self.disposition, 1)
        disposition_row.addWidget(QLabel(self.tr("on")))
        disposition_row.addWidget(self.disposition_on)
        form.addRow(self.tr("Disposition:"), disposition_row)
        self.body_layout.addLayout(form)
        self.group_titles = {
            "charges": self.tr("Criminal cases and charges (one row per charge)"),
            "detention": self.tr("Detention of each accused"),
            "measures": self.tr("Child-witness measures (A.M. No. 00-4-07-SC)"),
            "witnesses": self.tr("Witnesses per hearing and their judicial affidavits"),
            "motions": self.tr("Motions per hearing"),
            "exhibits": self.tr("Exhibits as marked"),
        }
        self.row_buttons: list[QPushButton] = []
        empty = columns(CourtRows(), self.words)
        for key in _TABLES:
            group = QGroupBox(self.group_titles[key])
            layout = QVBoxLayout(group)
            table = CourtTable(f"court{key.capitalize()}Table", empty[key])
            table.setAccessibleName(self.group_titles[key])
            self.tables[key] = table
            layout.addWidget(table)
            if key != "detention":  # one row per accused, fixed
                row_buttons = QHBoxLayout()
                add = QPushButton(self.tr("Add row"))
                add.setObjectName(f"court{key.capitalize()}Add")
                add.clicked.connect(lambda _checked=False, t=table: t.add_row())
                remove = QPushButton(self.tr("Remove row"))
                remove.setObjectName(f"court{key.capitalize()}Remove")
                remove.clicked.connect(lambda _checked=False, t=table: t.remove_current())
                row_buttons.addWidget(add)
                row_buttons.addWidget(remove)
                row_buttons.addStretch(1)
                layout.addLayout(row_buttons)
                self.row_buttons += [add, remove]
            self.body_layout.addWidget(group)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addLayout(buttons)
        outer.addWidget(scroll, 1)
        self.editable = False
        self.prosecutor.textEdited.connect(self._edited)
        self.disposition_on.textEdited.connect(self._edited)
        self.disposition.activated.connect(self._edited)
        for edit in self.court_fields:
            edit.textEdited.connect(self._edited)
        for table in self.tables.values():
            table.edited.connect(self._edited)
        self.show_case(None, False)

    def show_case(self, case: Case | None, editable: bool) -> None:
        """Fill the tab from a loaded case; a case not saved yet has no court record to edit."""
        self.case = case
        self.editable = editable
        self.rows = rows_of(case, self.words) if case is not None else CourtRows()
        self.prosecutor.setText(self.rows.prosecutor)
        self.disposition.clear()
        self.disposition.addItem(self.tr("(none)"), "")
        for code, shown in labels.choices("disposition"):
            self.disposition.addItem(shown, code)
        self.disposition.setCurrentIndex(max(self.disposition.findData(self.rows.disposition), 0))
        self.disposition_on.setText(self.rows.disposition_on)
        for edit, value in zip(self.court_fields, self.rows.court, strict=True):
            edit.setText(value)
        specs = columns(self.rows, self.words)
        for key, table in self.tables.items():
            table.set_columns(specs[key])
            table.set_rows(getattr(self.rows, key))
        self.tables["detention"].setVerticalHeaderLabels([shown for shown, _id in self.rows.accused])
        for button in self.row_buttons:
            button.setEnabled(editable)
        self.body.setEnabled(case is not None)
        self.body_layout.invalidate()  # the tables' heights changed with their rows
        for widget in [self.prosecutor, self.disposition, self.disposition_on, *self.court_fields,
                       *self.tables.values()]:  # fmt: skip
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable and case is not None)
        self._show_hint()

    def person_name(self, person: Person) -> str:
        """Court initials for a protected person, the recorded name for anyone else (as on paper)."""
        if person.protected or person.identity is not None:
            return person.pseudonym or self.tr("(initials not assigned)")
        unnamed = self.tr("Unnamed %1").replace("%1", labels.label("role", person.role).lower())
        return person.name or person.pseudonym or unnamed

    def dirty(self) -> bool:
        """Whether what the tab shows differs from the court record last loaded or saved."""
        return self.case is not None and self.collected() != self.rows

    def _edited(self, *_args: object) -> None:
        self._show_hint()
        self.changed.emit()

    def _show_hint(self) -> None:
        case, editable = self.case, self.editable
        if case is not None and editable and self.dirty():
            self.hint.setText(self.tr("Not saved yet: press Save court record."))
        elif case is None:
            self.hint.setText(self.tr("Save the case first; then its court record can be kept here."))
        elif not editable:
            self.hint.setText(self.tr("Only lawyers and supervisors change the court record."))
        else:
            self.hint.setText(
                self.tr("Dates as YYYY-MM-DD. Saved with its own button, or with the case (Ctrl+S).")
            )

    def collected(self) -> CourtRows:
        rows = copy.copy(self.rows)
        rows.prosecutor = self.prosecutor.text()
        rows.disposition = str(self.disposition.currentData() or "")
        rows.disposition_on = self.disposition_on.text()
        court = [edit.text() for edit in self.court_fields]
        rows.court = (court[0], court[1], court[2], court[3])
        for key, table in self.tables.items():
            setattr(rows, key, table.rows())
        return rows

    def save(self) -> None:
        case = self.case
        if case is None:
            return
        rows = self.collected()
        changed = copy.deepcopy(case)
        try:
            apply_rows(changed, rows)
        except InvalidInput as exc:
            self.notice.emit(str(exc))
            return
        self.save_button.setEnabled(False)
        seen = self.seen_version()
        self.state.call(save_court, lambda _v: self._saved(changed), self._failed, changed, seen)

    def _saved(self, changed: Case) -> None:
        case = self.case
        if case is not None:
            # The other tabs hold the same loaded case: bring its court record up to date in place.
            case.prosecutor, case.disposition = changed.prosecutor, changed.disposition
            case.criminal_cases, case.exhibits = changed.criminal_cases, changed.exhibits
            for mine, theirs in zip(case.persons, changed.persons, strict=True):
                mine.detention, mine.measures = theirs.detention, theirs.measures
            for hearing, other in zip(case.hearings, changed.hearings, strict=True):
                hearing.witnesses, hearing.motions = other.witnesses, other.motions
        self.show_case(case, self.editable)  # the rows as stored, in their stored order
        self.notice.emit(self.tr("Court record saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.case is not None)
        if isinstance(exc, EditConflict):  # the editor shows what to do about it
            self.conflict.emit(exc)
            return
        message = (
            failure_message(exc)
            if isinstance(exc, CaseintakeError)
            else self.tr("The court record was not saved.")
        )
        self.notice.emit(message)

    def clear(self) -> None:
        self.show_case(None, False)


__all__ = ["CourtTab", "CourtTable"]
