"""The shape shared by the People, Referrals, Hearings and Evidence tabs: a table of records,
"Add" and "Edit" buttons, and a dialog per record.

Rows are domain records: a saved record as loaded (or as changed, when a change waits in the
draft), then the records added but not saved yet, in italics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseintake.ui.editor.dialogs import RecordDialog
from caseintake.ui.editor.draft import CaseDraft
from caseintake.ui.editor.leak_watch import TermsSource
from caseintake.ui.editor.widgets import Column, RecordTableModel, hint_label, record_table, selected_row
from caseintake.ui.lock_drafts import DraftKeeper, DraftPlace, keep_on_lock, show_restored
from caseintake.ui.state import AppState


@dataclass
class Row:
    record: Any  # the record as the form shows it: changed, added, or as loaded
    target: str | None = None  # id of the saved record
    key: str | None = None  # draft key of a record not saved yet
    pending: bool = False
    saved: Any = None  # the loaded record, when there is one


class RecordsTab(QWidget):
    changed = Signal()
    notice = Signal(str)
    kind = ""

    def __init__(
        self,
        state: AppState,
        terms: TermsSource,
        *,
        object_name: str,
        columns: list[Column],
        add_text: str,
        add_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.state = state
        self.terms = terms
        self.draft: CaseDraft | None = None
        self.editable = False
        self.dialog: RecordDialog | None = None
        self.row_list: list[Row] = []
        self.model = RecordTableModel(columns, self)
        self.model.pending_hint = self.tr("Not saved yet: press Save (Ctrl+S).")
        self.table = record_table(self.model, f"{object_name}Table")
        self.table.doubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(add_name)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.setObjectName(f"{object_name}Edit")
        self.edit_button.clicked.connect(self.edit)
        self.hint = hint_label("", f"{object_name}Hint")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.hint, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self._selection_changed()

    # -- what a subclass says ---------------------------------------------------------------------

    def make_dialog(self, row: Row | None) -> RecordDialog:
        raise NotImplementedError

    def may_edit_row(self, row: Row) -> bool:
        return self.editable

    def read_only_reason(self) -> str:
        return ""

    # -- rows -------------------------------------------------------------------------------------

    def show_draft(self, draft: CaseDraft, editable: bool) -> None:
        self.draft = draft
        self.editable = editable
        self.add_button.setEnabled(editable)
        self.hint.setText("" if editable else self.read_only_reason())
        self.refresh()

    def build_rows(self) -> list[Row]:
        draft = self.draft
        if draft is None:
            return []
        rows = []
        for record in getattr(draft.case, self.kind, []) if draft.case else []:
            change = draft.change_for(self.kind, record.id)
            shown = change.record if change else record
            rows.append(Row(shown, target=record.id, pending=change is not None, saved=record))
        rows += [Row(r.record, key=r.key, pending=True) for r in draft.additions(self.kind)]
        return rows

    def refresh(self) -> None:
        current = selected_row(self.table)
        self.row_list = self.build_rows()
        self.model.set_rows(self.row_list, [r.pending for r in self.row_list])
        if 0 <= current < len(self.row_list):
            self.table.selectRow(current)
        self._selection_changed()

    def current(self) -> Row | None:
        index = selected_row(self.table)
        return self.row_list[index] if 0 <= index < len(self.row_list) else None

    def _selection_changed(self, *args: Any) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.edit_button.setText(
            self.tr("E&dit…") if row is not None and self.may_edit_row(row) else self.tr("Vie&w…")
        )

    # -- dialogs ----------------------------------------------------------------------------------

    def add(self) -> None:
        if self.draft is None or not self.editable:
            return
        self._open(self.make_dialog(None), None)

    def edit(self) -> None:
        row = self.current()
        if row is None or self.draft is None:
            return
        dialog = self.make_dialog(row)
        if not self.may_edit_row(row):
            dialog.set_read_only(self.read_only_reason())
        self._open(dialog, row)

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit()

    def reopen(self, place: DraftPlace, values: dict[str, Any]) -> bool:
        """Open the form that was open at a lock again, with what was typed into it; False
        when its record is gone or this role may no longer add one."""
        row = next((r for r in self.row_list if place.target is not None and r.target == place.target), None)
        if (place.target is None) != (row is None) or place.key is not None:
            return False
        if self.draft is None or (row is None and not self.editable):
            return False
        dialog = self.make_dialog(row)
        if row is not None and not self.may_edit_row(row):
            dialog.set_read_only(self.read_only_reason())
        DraftKeeper.restore(dialog, values)
        show_restored(dialog)
        self._open(dialog, row)
        return True

    def _open(self, dialog: RecordDialog, row: Row | None) -> None:
        self.close_dialog()
        self.dialog = dialog
        if row is None or self.may_edit_row(row):  # a form that only shows a record has no draft
            keep_on_lock(dialog, DraftPlace(self.kind, row.target if row else None, row.key if row else None))
        dialog.accepted.connect(lambda: self._accepted(dialog, row))
        dialog.finished.connect(lambda _result: self._finished(dialog))
        dialog.open()

    def _accepted(self, dialog: RecordDialog, row: Row | None) -> None:
        draft, record = self.draft, dialog.record
        if draft is None or record is None:
            return
        if row is None:
            draft.put(self.kind, record)
        elif row.key is not None:
            added = draft.find(row.key)
            if added is not None:
                added.record = record
        elif row.target is not None:
            if record == row.saved:
                change = draft.change_for(self.kind, row.target)
                if change is not None:
                    draft.drop(change)
            else:
                draft.put(self.kind, record, row.target)
        self.refresh()
        self.changed.emit()

    def _finished(self, dialog: RecordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.discard()

    def clear(self) -> None:
        self.close_dialog()
        self.draft = None
        self.row_list = []
        self.model.clear()
        self._selection_changed()
