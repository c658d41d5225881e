"""Team → Conflicts: the same field changed at the office and on a laptop, shown side by side.

Each row says which case, which record and field, what it was before either change, what the
office holds now and what the laptop set, which laptop (and whose) and when. Until a person
decides, the office value stays and the laptop's is kept here. At the hub a supervisor keeps
the office value or takes the field value (asked once more: it changes the case); the choice
travels to the laptops as an ordinary change. On a laptop the list is read-only: conflicts are
resolved at the office, and the laptop learns the outcome from the next bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.roles import Action
from caseintake.services import team
from caseintake.ui.admin.forms import FormMessage
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.team.reads import ConflictList, load_conflicts
from caseintake.ui.team.tables import read_only_table
from caseintake.ui.team.words import cell, choice_text, conflict_values, moment, record_field

CASE, FIELD, WAS, OFFICE, LAPTOP_VALUE, LAPTOP, CHANGED, DECISION = range(8)


class ConflictsDialog(QDialog):
    """`resolved` fires after each decision (the status line counts again); `case_requested`
    asks the main window to open a case."""

    resolved = Signal()
    case_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.state = state
        self.data: ConflictList | None = None
        self.rows: list[Any] = []
        self.closed = False
        self.finished.connect(lambda _result: setattr(self, "closed", True))

        self.intro = QLabel()
        self.intro.setObjectName("conflictsIntro")
        self.intro.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("Case"),
                self.tr("Record · Field"),
                self.tr("Was"),
                self.tr("Office now"),
                self.tr("Field value"),
                self.tr("Laptop"),
                self.tr("Changed at"),
                self.tr("Decision"),
            ],
            "conflictsTable",
            self.tr("Conflicts"),
        )
        for column, width in enumerate((120, 140, 190, 190, 190, 170, 125, 120)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._selected)

        self.details = QLabel()
        self.details.setObjectName("conflictDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(72)

        self.keep_button = QPushButton(self.tr("&Keep office value"))
        self.keep_button.setObjectName("keepOfficeButton")
        self.keep_button.setToolTip(self.tr("The office value stays; the laptop's value is set aside"))
        self.take_button = QPushButton(self.tr("&Take field value…"))
        self.take_button.setObjectName("takeFieldButton")
        self.take_button.setToolTip(self.tr("The laptop's value replaces the office value in the case"))
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.setObjectName("openConflictCaseButton")
        self.resolved_box = QCheckBox(self.tr("Show &resolved conflicts"))
        self.resolved_box.setObjectName("showResolvedBox")
        self.keep_button.clicked.connect(lambda: self.resolve("office"))
        self.take_button.clicked.connect(lambda: self.resolve("field"))
        self.open_button.clicked.connect(self._open_case)
        self.resolved_box.toggled.connect(lambda _on: self.reload())
        actions = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.resolved_box)

        self.message = FormMessage("conflictsMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        make_default(close, close.button(QDialogButtonBox.StandardButton.Close))
        self.resize(1180, 520)
        self.deciding = False
        self._update_buttons()
        self.reload()

    # -- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.state.call(load_conflicts, self._show, self._failed, open_only=not self.resolved_box.isChecked())

    def may_decide(self) -> bool:
        return self.data is not None and self.data.at_hub and self.state.may(Action.MANAGE_TEAM)

    def _show(self, data: ConflictList) -> None:
        if self.closed:
            return
        keep = self.current()
        self.data = data
        self.rows = data.conflicts
        if data.at_hub:
            self.intro.setText(
                self.tr(
                    "The same field was changed at the office and on a laptop. Until you decide, the "
                    "office value stays in the case and the laptop's value is kept here. Taking the "
                    "field value changes the case, and every laptop holding it learns the choice at "
                    "its next sync."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Resolved at the office: these fields were changed both here and at the office. "
                    "Until a supervisor decides, the office value stays, also on this laptop; your "
                    "value is kept at the office and comes back if it is chosen."
                )
            )
        self.resolved_box.setVisible(data.at_hub)
        self.table.setColumnHidden(DECISION, not self.resolved_box.isChecked())
        self.table.setRowCount(len(self.rows))
        for row, conflict in enumerate(self.rows):
            for column, text in enumerate(self._cells(conflict)):
                item = QTableWidgetItem(cell(text))
                if text != cell(text):
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        if not self.rows:
            self.details.setText(
                self.tr("No conflicts: every change merged.")
                if not self.resolved_box.isChecked()
                else self.tr("No conflicts yet.")
            )
        target = 0 if self.rows else None
        for row, conflict in enumerate(self.rows):
            if keep is not None and conflict.id == keep.id:
                target = row
        if target is not None:
            self.table.selectRow(target)
        self._selected()

    def _staff(self) -> dict[int, str]:
        return self.data.staff if self.data is not None else {}

    def _cells(self, conflict: Any) -> list[str]:
        was, office, field = conflict_values(
            conflict.table, conflict.column, conflict.was, conflict.office, conflict.field, self._staff()
        )
        return [
            self.reference(conflict),
            record_field(conflict.table, conflict.column),
            was,
            office,
            field,
            self.laptop(conflict.device),
            moment(conflict.changed_at),
            choice_text(conflict.chosen),
        ]

    def case_reference(self, conflict: Any) -> str:
        """The reference of the conflict's case; "" if it is not known here."""
        data = self.data
        if data is None or conflict.case_id is None:
            return ""
        return data.references.get(int(conflict.case_id), "")

    def reference(self, conflict: Any) -> str:
        return self.case_reference(conflict) or self.tr("(a case not held here)")

    def laptop(self, number: int) -> str:
        data = self.data
        if data is None:
            return str(number)
        found = data.laptops.get(number)
        if found is not None and number == data.own_device and not data.at_hub:
            return self.tr("this laptop (%1)").replace("%1", found.name)
        if found is not None:
            return found.shown()
        return self.tr("laptop %1").replace("%1", str(number))

    def current(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selected(self) -> None:
        conflict = self.current()
        if conflict is not None:
            was, office, field = conflict_values(
                conflict.table, conflict.column, conflict.was, conflict.office, conflict.field, self._staff()
            )
            self.details.setText(
                self.tr("%1 · %2, changed on %3 at %4.\nWas: %5\nOffice now: %6\nField value: %7")
                .replace("%1", self.reference(conflict))
                .replace("%2", record_field(conflict.table, conflict.column))
                .replace("%3", self.laptop(conflict.device))
                .replace("%4", moment(conflict.changed_at))
                .replace("%5", was)
                .replace("%6", office)
                .replace("%7", field)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.current()
        open_one = conflict is not None and conflict.resolved_at is None
        decide = self.may_decide() and open_one and not self.deciding
        self.keep_button.setEnabled(decide)
        self.take_button.setEnabled(decide)
        self.open_button.setEnabled(conflict is not None and bool(self.case_reference(conflict)))
        if self.data is not None and not self.data.at_hub:
            why = self.tr("Resolved at the office")
        elif self.data is not None and not self.state.may(Action.MANAGE_TEAM):
            why = self.tr("A supervisor resolves conflicts")
        else:
            why = ""
        for button in (self.keep_button, self.take_button):
            button.setToolTip(why or button.toolTip())
            button.setVisible(self.data is None or self.data.at_hub)
        if why and self.data is not None and not self.data.at_hub and not self.message.text():
            self.message.info(why + ".")

    # -- deciding ---------------------------------------------------------------------------------

    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None or not self.may_decide() or conflict.resolved_at is not None:
            return
        if choice == "field":
            _was, office, field = conflict_values(
                conflict.table, conflict.column, conflict.was, conflict.office, conflict.field, self._staff()
            )
            answer = QMessageBox.question(
                self,
                self.tr("Take the field value"),
                self.tr(
                    "Replace the office value of %1 in %2 with the laptop's?\n\n"
                    "Office now: %3\nField value: %4"
                )
                .replace("%1", record_field(conflict.table, conflict.column))
                .replace("%2", self.reference(conflict))
                .replace("%3", office)
                .replace("%4", field),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.deciding = True
        self._update_buttons()
        reference = self.reference(conflict)
        self.state.call(
            team.resolve_conflict,
            lambda _none: self._decided(choice, reference),
            self._failed,
            conflict.id,
            choice,
        )

    def _decided(self, choice: str, reference: str) -> None:
        self.deciding = False
        self.resolved.emit()
        if self.closed:
            return
        self.message.info(
            (
                self.tr("%1: the office value stays.")
                if choice == "office"
                else self.tr("%1: the field value is now in the case.")
            ).replace("%1", reference)
        )
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.deciding = False
        if self.closed:
            return
        self.message.error(failure_message(exc))
        self._update_buttons()

    def _open_case(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        reference = self.case_reference(conflict)
        if reference:
            self.case_requested.emit(reference)
