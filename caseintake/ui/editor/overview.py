"""The Overview tab: the case's own fields, each edit an undoable step.

A field's edit is committed to the undo stack when it is finished (editing finished, a choice
made, a box ticked), not on every keystroke: Ctrl+Z undoes "Change province", not one letter.
The widgets hold the live values; `values()` reads them, so a save never misses a field that was
typed but not yet committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseintake.services.users import UserInfo
from caseintake.ui.editor.checklist import CheckList
from caseintake.ui.editor.field_edits import Binding, FieldEdit, combo_binding, line_binding
from caseintake.ui.editor.labels import choices
from caseintake.ui.editor.leak_watch import GuardedTextField, TermsSource
from caseintake.ui.editor.widgets import (
    DATE_FORMAT,
    OptionalDateEdit,
    code_combo,
    date_value,
    form_layout,
    hint_label,
    set_date,
)


class OverviewTab(QScrollArea):
    changed = Signal()
    field_shown = Signal()  # an undo or redo changed a field: the editor brings this tab forward
    refused = Signal(str)

    def __init__(self, undo_stack: QUndoStack, terms: TermsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.undo_stack = undo_stack
        self._applying = False
        self.committed: dict[str, Any] = {}
        self.may_reassign = False  # set by the editor from the signed-in role

        self.read_only_hint = hint_label(
            self.tr("You can read this case. Only social workers and supervisors change its details."),
            "overviewReadOnly",
        )
        self.status = code_combo("status", object_name="statusCombo")
        self.status.setAccessibleName(self.tr("Status"))
        self.opened_on = QDateEdit()
        self.opened_on.setObjectName("openedOnEdit")
        self.opened_on.setAccessibleName(self.tr("Opened on"))
        self.opened_on.setDisplayFormat(DATE_FORMAT)
        self.opened_on.setCalendarPopup(True)
        self.closed_on = OptionalDateEdit(self.tr("Closed on"))
        self.closed_on.setObjectName("closedOnEdit")
        self.closed_on.check.setAccessibleName(self.tr("Case closed"))
        self.closed_on.date.setAccessibleName(self.tr("Closed on"))
        self.region = code_combo("region", none_label=self.tr("Choose a region…"), object_name="regionCombo")
        self.region.setAccessibleName(self.tr("Region"))
        self.province = QLineEdit()
        self.province.setObjectName("provinceEdit")
        self.province.setAccessibleName(self.tr("Province"))
        self.source_kind = code_combo("source", none_label=self.tr("Not recorded"), object_name="sourceCombo")
        self.source_kind.setAccessibleName(self.tr("Reached us through"))
        self.source_reference = QLineEdit()
        self.source_reference.setObjectName("sourceReferenceEdit")
        self.source_reference.setAccessibleName(self.tr("Outside reference"))
        self.source_reference.setPlaceholderText(self.tr("e.g. the CyberTipline report number"))
        self.assigned_to = QComboBox()
        self.assigned_to.setObjectName("assignedCombo")
        self.assigned_to.setAccessibleName(self.tr("Assigned worker"))
        self.consent = code_combo("consent", object_name="consentCombo")
        self.consent.setAccessibleName(self.tr("Statistics consent"))
        self.consent.setAccessibleDescription(self.tr("May the case be counted in statistics"))
        self.offenses = CheckList(choices("offense"), "offenseList")
        self.accommodations = CheckList(choices("accommodation"), "accommodationList")
        self.summary_field = GuardedTextField("summaryEdit", terms)
        self.summary = self.summary_field.edit
        self.summary.setAccessibleName(self.tr("Case summary"))
        self.summary.setAccessibleDescription(self.tr("Use pseudonyms; a protected name is flagged"))
        self.summary.setPlaceholderText(
            self.tr("What happened and what is being done, using pseudonyms (AAA, XXX) only.")
        )
        self.summary.setMinimumHeight(140)
        self.summary.refused.connect(self.refused)

        self.bindings: dict[str, Binding] = {
            "status": combo_binding(self.tr("status"), self.status),
            "opened_on": Binding(
                self.tr("opening date"),
                lambda: date_value(self.opened_on),
                lambda v: set_date(self.opened_on, v),
            ),
            "closed_on": Binding(self.tr("closing date"), self.closed_on.value, self.closed_on.set_value),
            "region": combo_binding(self.tr("region"), self.region, empty=""),
            "province": line_binding(self.tr("province"), self.province),
            "offenses": Binding(self.tr("offenses"), self.offenses.checked, self.offenses.set_checked),
            "source_kind": combo_binding(self.tr("source"), self.source_kind),
            "source_reference": line_binding(self.tr("outside reference"), self.source_reference),
            "summary": Binding(self.tr("summary"), self.summary.toPlainText, self._set_summary),
            "assigned_to": combo_binding(self.tr("assigned worker"), self.assigned_to),
            "consent_statistics": combo_binding(self.tr("statistics consent"), self.consent),
            "accommodations": Binding(
                self.tr("accommodations"), self.accommodations.checked, self.accommodations.set_checked
            ),
        }
        self._connect_commits()
        self.setWidget(self._layout())
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are the stops

    # -- bindings ---------------------------------------------------------------------------------

    def _set_summary(self, text: str) -> None:
        self.summary.reset_text(text)

    def _connect_commits(self) -> None:
        for name, combo in (
            ("status", self.status),
            ("region", self.region),
            ("source_kind", self.source_kind),
            ("assigned_to", self.assigned_to),
            ("consent_statistics", self.consent),
        ):
            combo.currentIndexChanged.connect(lambda _i, n=name: self.commit(n))
        self.opened_on.editingFinished.connect(lambda: self.commit("opened_on"))
        self.opened_on.calendarWidget().clicked.connect(lambda _d: self.commit("opened_on"))
        self.closed_on.check.toggled.connect(lambda _c: self.commit("closed_on"))
        self.closed_on.date.editingFinished.connect(lambda: self.commit("closed_on"))
        self.province.editingFinished.connect(lambda: self.commit("province"))
        self.source_reference.editingFinished.connect(lambda: self.commit("source_reference"))
        self.offenses.toggled.connect(lambda: self.commit("offenses"))
        self.accommodations.toggled.connect(lambda: self.commit("accommodations"))
        self.summary.editing_finished.connect(lambda: self.commit("summary"))
        self.summary.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._applying:
            self.changed.emit()

    # -- layout -----------------------------------------------------------------------------------

    def _layout(self) -> QWidget:
        left = form_layout()
        left.addRow(self.tr("&Status:"), self.status)
        left.addRow(self.tr("Opene&d on:"), self.opened_on)
        left.addRow("", self.closed_on)
        left.addRow(self.tr("Region:"), self.region)
        left.addRow(self.tr("Province:"), self.province)
        left.addRow(self.tr("Reached us through:"), self.source_kind)
        left.addRow(self.tr("Outside reference:"), self.source_reference)
        left.addRow(self.tr("Assigned &worker:"), self.assigned_to)
        left.addRow(self.tr("Statistics &consent:"), self.consent)
        offenses = QGroupBox(self.tr("Offenses"))
        QVBoxLayout(offenses).addWidget(self.offenses)
        accommodations = QGroupBox(self.tr("Child-witness accommodations"))
        QVBoxLayout(accommodations).addWidget(self.accommodations)
        right = QVBoxLayout()
        right.addWidget(offenses)
        right.addWidget(accommodations)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        summary_label = QLabel(self.tr("Su&mmary (victim-safe: pseudonyms only):"))
        summary_label.setBuddy(self.summary)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.read_only_hint)
        layout.addLayout(columns)
        layout.addSpacing(8)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_field, 1)
        return page

    # -- state ------------------------------------------------------------------------------------

    def set_staff(self, staff: Sequence[UserInfo], assigned: str) -> None:
        self._applying = True
        self.assigned_to.clear()
        names = [u for u in staff if u.active and u.role in ("social_worker", "supervisor")]
        if assigned and all(u.username != assigned for u in names):
            names += [u for u in staff if u.username == assigned] or [UserInfo(assigned, assigned, "", False)]
        for user in names:
            shown = (
                user.username
                if user.display_name in ("", user.username)
                else (f"{user.display_name} ({user.username})")
            )
            self.assigned_to.addItem(shown, user.username)
        self._applying = False

    def load(self, form: dict[str, Any], staff: Sequence[UserInfo], editable: bool) -> None:
        self.set_staff(staff, form["assigned_to"])
        self._applying = True
        try:
            for name, binding in self.bindings.items():
                binding.set(form[name])
        finally:
            self._applying = False
        self.committed = dict(form)
        self.set_editable(editable)

    def set_editable(self, editable: bool) -> None:
        self.read_only_hint.setVisible(not editable)
        for widget in (
            self.status,
            self.opened_on,
            self.closed_on,
            self.region,
            self.source_kind,
            self.consent,
            self.offenses,
            self.accommodations,
        ):
            widget.setEnabled(editable)
        # Only supervisors reassign (the service refuses anyone else): others are not offered it.
        self.assigned_to.setEnabled(editable and self.may_reassign)
        for edit in (self.province, self.source_reference):
            edit.setReadOnly(not editable)
        self.summary.setReadOnly(not editable)

    def values(self) -> dict[str, Any]:
        return {name: binding.get() for name, binding in self.bindings.items()}

    def commit(self, name: str) -> None:
        if self._applying or name not in self.committed:
            return
        new = self.bindings[name].get()
        old = self.committed[name]
        if new != old:
            self.undo_stack.push(FieldEdit(self, name, old, new))

    def commit_all(self) -> None:
        """Record every finished-but-uncommitted edit (before a save), so undo covers it."""
        self.summary.finish_editing()
        for name in self.bindings:
            self.commit(name)

    def apply(self, name: str, value: Any, *, reveal: bool) -> None:
        binding = self.bindings[name]
        if binding.get() != value:
            self._applying = True
            try:
                binding.set(value)
            finally:
                self._applying = False
        self.committed[name] = value
        self.changed.emit()
        if reveal:
            self.field_shown.emit()

    def focus_field(self, name: str) -> None:
        """Bring a field into view and give it focus (a failed save names it)."""
        widget = {
            "status": self.status,
            "opened_on": self.opened_on,
            "closed_on": self.closed_on.check,
            "region": self.region,
            "province": self.province,
            "offenses": self.offenses,
            "source_kind": self.source_kind,
            "source_reference": self.source_reference,
            "summary": self.summary,
            "assigned_to": self.assigned_to,
            "consent_statistics": self.consent,
            "accommodations": self.accommodations,
        }.get(name)
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()

    def clear(self) -> None:
        self._applying = True
        try:
            self.summary_field.watch.reset()
            self.summary.reset_text("")
            self.province.clear()
            self.source_reference.clear()
            self.assigned_to.clear()
            self.offenses.set_checked(())
            self.accommodations.set_checked(())
            self.closed_on.set_value(None)
        finally:
            self._applying = False
        self.committed = {}
