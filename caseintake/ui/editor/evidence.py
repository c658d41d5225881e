"""The Evidence tab: a register of what exists and who holds it, never the thing itself.

DESIGN §2.2: evidence is a description, a custodian and a SHA-256 hash. The hash field takes
exactly 64 hexadecimal characters (pasted from the custodian's hashing tool), nothing else.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from caseintake.domain.checks import check_evidence
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Evidence
from caseintake.domain.roles import Action
from caseintake.ui.editor.dialogs import RecordDialog, line, text_or_none
from caseintake.ui.editor.leak_watch import TermsSource
from caseintake.ui.editor.records_tab import RecordsTab, Row
from caseintake.ui.editor.widgets import Column, OptionalDateEdit, shown_day
from caseintake.ui.state import AppState

HASH_PATTERN = QRegularExpression("[0-9A-Fa-f]{0,64}")


class EvidenceDialog(RecordDialog):
    def __init__(self, item: Evidence | None, parent: QWidget | None = None) -> None:
        title = self.tr("Register evidence") if item is None else self.tr("Evidence")
        super().__init__(title, "evidenceDialog", lambda e: check_evidence(e, "evidence"), parent)
        self.base = item
        shown = item or Evidence(description="")
        self.description = line(
            shown.description,
            "evidenceDescriptionEdit",
            self.tr("e.g. Mobile phone seized at the house"),
        )
        self.description.setAccessibleName(self.tr("Description"))
        self.custodian = line(shown.custodian or "", "custodianEdit", self.tr("e.g. NBI-CCD"))
        self.custodian.setAccessibleName(self.tr("Custodian"))
        self.reference = line(shown.reference or "", "evidenceReferenceEdit", self.tr("e.g. EV-001"))
        self.reference.setAccessibleName(self.tr("Evidence reference"))
        self.sha256 = line(shown.sha256 or "", "sha256Edit", self.tr("64 hexadecimal characters"))
        self.sha256.setValidator(QRegularExpressionValidator(HASH_PATTERN, self.sha256))
        self.sha256.setMaxLength(64)
        self.sha256.setAccessibleName(self.tr("SHA-256"))
        self.sha256.setAccessibleDescription(self.tr("The file's digest, 64 hexadecimal characters"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.sha256.setFont(mono)
        self.sha256.setMinimumWidth(self.sha256.fontMetrics().horizontalAdvance("0" * 66))
        self.received_on = OptionalDateEdit(self.tr("Received on"))
        self.received_on.setObjectName("receivedOnEdit")
        self.received_on.date.setAccessibleName(self.tr("Received on"))
        self.received_on.set_value(shown.received_on)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Custodian:"), self.custodian)
        self.form.addRow(self.tr("&Reference:"), self.reference)
        self.form.addRow(self.tr("&SHA-256:"), self.sha256)
        self.form.addRow("", self.received_on)
        self.field_widgets = {
            "description": self.description,
            "custodian": self.custodian,
            "reference": self.reference,
            "sha256": self.sha256,
            "received_on": self.received_on.check,
        }

    def build(self) -> Evidence:
        values = {
            "description": self.description.text().strip(),
            "custodian": text_or_none(self.custodian),
            "reference": text_or_none(self.reference),
            "sha256": (text_or_none(self.sha256) or "").lower() or None,
            "received_on": self.received_on.value(),
        }
        return Evidence(**values) if self.base is None else replace(self.base, **values)

    def required_fields(self) -> dict[str, QWidget]:
        return {"evidence.description": self.description}

    def problems(self) -> list[InvalidInput]:
        problems = super().problems()
        digits = len(self.sha256.text().strip())
        if digits not in (0, 64):
            problem = self.tr("has %1 of the 64 hexadecimal characters of a SHA-256 hash")
            problems.append(
                InvalidInput.at("evidence.sha256", problem.replace("%1", str(digits)), "sha256_digits")
            )
        return problems


class EvidenceTab(RecordsTab):
    kind = "evidence"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Description"), lambda r: r.record.description, 230, stretch=True),
            Column(self.tr("Custodian"), lambda r: r.record.custodian or "", 110),
            Column(self.tr("Reference"), lambda r: r.record.reference or "", 90),
            Column(self.tr("SHA-256"), lambda r: r.record.sha256 or "", 160),
            Column(self.tr("Received"), lambda r: shown_day(r.record.received_on), 90),
        ]
        super().__init__(
            state,
            terms,
            object_name="evidenceTab",
            columns=columns,
            add_text=self.tr("Regi&ster evidence…"),
            add_name="addEvidenceButton",
            parent=parent,
        )
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a hash reads by both ends

    def read_only_reason(self) -> str:
        if self.state.may(Action.EDIT_NOTES):
            return self.tr("A registered item cannot be changed; register a corrected entry instead.")
        return self.tr("Your role cannot register evidence.")

    def may_edit_row(self, row: Row) -> bool:
        # The service has no way to change a saved entry: the register only grows.
        return self.editable and row.key is not None

    def make_dialog(self, row: Row | None) -> RecordDialog:
        return EvidenceDialog(None if row is None else row.record, self.window())
