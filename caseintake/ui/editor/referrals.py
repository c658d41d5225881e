"""The Referrals tab: where the child and family were referred, and what came of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDateEdit, QWidget

from caseintake.domain.records import Referral
from caseintake.interchange.schema import parse_referral
from caseintake.ui.editor.dialogs import RecordDialog, drop_empty, line
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_watch import GuardedTextField, TermsSource
from caseintake.ui.editor.records_tab import RecordsTab, Row
from caseintake.ui.editor.widgets import (
    DATE_FORMAT,
    Column,
    OptionalDateEdit,
    code_combo,
    date_value,
    select_code,
    set_date,
)
from caseintake.ui.state import AppState


class ReferralDialog(RecordDialog):
    def __init__(
        self, data: dict[str, Any] | None, terms: TermsSource, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Add a referral") if data is None else self.tr("Referral")
        super().__init__(title, "referralDialog", lambda d: parse_referral(d, "referral"), parent)
        data = data or {}
        self.agency = line(data.get("agency", ""), "agencyEdit", self.tr("e.g. DSWD Region VII"))
        self.kind = code_combo("referral_kind", object_name="referralKindCombo")
        select_code(self.kind, data.get("kind"))
        self.referred_on = QDateEdit()
        self.referred_on.setObjectName("referredOnEdit")
        self.referred_on.setDisplayFormat(DATE_FORMAT)
        self.referred_on.setCalendarPopup(True)
        set_date(self.referred_on, data.get("referred_on"))
        self.status = code_combo("referral_status", object_name="referralStatusCombo")
        select_code(self.status, data.get("status"))
        self.follow_up = OptionalDateEdit(self.tr("Follow up on"))
        self.follow_up.setObjectName("followUpEdit")
        self.follow_up.set_value(data.get("follow_up_on"))
        self.note_field = GuardedTextField("referralNoteEdit", terms)
        self.note_field.edit.setPlainText(data.get("note", ""))
        self.note_field.edit.refused.connect(self.show_error)
        self.note_field.edit.setFixedHeight(96)
        self.form.addRow(self.tr("&Agency:"), self.agency)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Referred on:"), self.referred_on)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow("", self.follow_up)
        self.form.addRow(self.tr("&Note:"), self.note_field)

    def record(self) -> dict[str, Any]:
        return drop_empty(
            {
                "agency": self.agency.text().strip(),
                "kind": self.kind.currentData(),
                "referred_on": date_value(self.referred_on),
                "status": self.status.currentData(),
                "follow_up_on": self.follow_up.value(),
                "note": self.note_field.edit.toPlainText().strip(),
            }
        )


class ReferralsTab(RecordsTab):
    kind = "referrals"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Agency"), lambda r: r.data.get("agency", ""), 200),
            Column(self.tr("Kind"), lambda r: label("referral_kind", r.data.get("kind")), 120),
            Column(self.tr("Referred"), lambda r: r.data.get("referred_on", ""), 95),
            Column(self.tr("Status"), lambda r: label("referral_status", r.data.get("status")), 95),
            Column(self.tr("Follow-up"), lambda r: r.data.get("follow_up_on", ""), 95),
            Column(self.tr("Note"), lambda r: " ".join(r.data.get("note", "").split()), 200),
        ]
        super().__init__(
            state,
            terms,
            object_name="referralsTab",
            columns=columns,
            add_text=self.tr("&Add referral…"),
            add_name="addReferralButton",
            parent=parent,
        )

    def read_only_reason(self) -> str:
        return self.tr("Only social workers and supervisors record referrals.")

    def as_data(self, record: Referral) -> dict[str, Any]:
        return drop_empty(
            {
                "agency": record.agency,
                "kind": record.kind,
                "referred_on": record.referred_on.isoformat(),
                "status": record.status,
                "follow_up_on": record.follow_up_on.isoformat() if record.follow_up_on else None,
                "note": record.note,
            }
        )

    def make_dialog(self, row: Row | None) -> RecordDialog:
        return ReferralDialog(None if row is None else row.data, self.terms, self.window())
