"""The History tab: who did what to the case and its records, from the audit log.

Events hold ids and field names only (never values), so this tab shows nothing the case view
does not; records are named by pseudonym or date where the loaded case can tell which one.
Loaded when the tab is shown, not with the case: opening a case stays fast.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseintake.domain.records import Case
from caseintake.services.history import AuditEvent, case_history
from caseintake.ui.editor.widgets import Column, RecordTableModel, local_time, record_table
from caseintake.ui.labels import action_label, label
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted


def details_text(details: dict[str, Any]) -> str:
    """The event's details minus the case id (the case is known); lists as comma lists."""
    parts = []
    for key, value in sorted(details.items()):
        if key == "case":
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def record_names(case: Case | None) -> dict[str, str]:
    """What each record id of the case is called in the table (pseudonym, kind and date)."""
    if case is None:
        return {}
    translate = QCoreApplication.translate
    names = {case.id or "": translate("CaseHistory", "Case %1").replace("%1", case.reference or "")}
    for person in case.persons:
        names[person.id or ""] = translate("CaseHistory", "Person %1").replace(
            "%1", person.pseudonym or label("role", person.role)
        )
    for referral in case.referrals:
        names[referral.id or ""] = translate("CaseHistory", "Referral to %1").replace("%1", referral.agency)
    for note in case.notes:
        names[note.id or ""] = translate("CaseHistory", "Note of %1").replace(
            "%1", note.written_at.strftime("%Y-%m-%d")
        )
    for hearing in case.hearings:
        names[hearing.id or ""] = (
            translate("CaseHistory", "%1 on %2")
            .replace("%1", label("hearing_kind", hearing.kind))
            .replace("%2", hearing.starts_at.strftime("%Y-%m-%d"))
        )
    for item in case.evidence:
        names[item.id or ""] = translate("CaseHistory", "Evidence %1").replace(
            "%1", item.reference or item.id or ""
        )
    return names


class HistoryTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.state = state
        self.case: Case | None = None
        self.names: dict[str, str] = {}
        self.loaded_for: str | None = None
        self._generation = 0
        self.model = RecordTableModel(
            [
                Column(self.tr("When"), lambda e: local_time(e.at), 130),
                Column(self.tr("Who"), lambda e: e.username, 90),
                Column(self.tr("What"), lambda e: action_label(e.action), 170),
                Column(self.tr("Record"), lambda e: self.names.get(e.entity_id, e.entity), 170),
                Column(self.tr("Details"), lambda e: details_text(e.details), 200),
            ],
            self,
        )
        self.table = record_table(self.model, "historyTable")
        self.table.setAccessibleName(self.tr("History of the case"))
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setStyleSheet("color: palette(placeholder-text);")
        refresh = QPushButton(self.tr("Refre&sh"))
        refresh.setObjectName("historyRefresh")
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_case(self, case: Case | None) -> None:
        """Remember the case; its events are fetched when the tab is looked at."""
        self.case = case
        self.names = record_names(case)
        self.loaded_for = None
        self._generation += 1
        self.model.clear()
        self.status.setText("" if case is None or case.reference is None else self.tr("Loading…"))

    def ensure_loaded(self) -> None:
        if self.case is not None and self.case.reference and self.loaded_for != self.case.reference:
            self.reload()

    def reload(self) -> None:
        if self.case is None or not self.case.reference:
            return
        reference = self.case.reference
        self.loaded_for = reference
        self._generation += 1
        generation = self._generation

        def loaded(events: list[AuditEvent]) -> None:
            if generation == self._generation:
                self.model.set_rows(events)
                if events:
                    self.status.setText(
                        counted(len(events), self.tr("One event."), self.tr("%1 events, newest first."))
                    )
                else:
                    self.status.setText(self.tr("No events are recorded for this case yet."))

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.status.setText(failure_message(exc))

        self.state.call(case_history, loaded, failed, reference)

    def clear(self) -> None:
        self.show_case(None)
