"""The Referrals tab: where the child and family were referred, and what came of it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDateEdit, QWidget

from caseintake.domain.checks import check_referral
from caseintake.domain.records import Referral
from caseintake.ui.editor.dialogs import RecordDialog, line
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
    shown_day,
)
from caseintake.ui.state import AppState


class ReferralDialog(RecordDialog):
    def __init__(self, referral: Referral | None, terms: TermsSource, parent: QWidget | None = None) -> None:
        title = self.tr("Add a referral") if referral is None else self.tr("Referral")
        super().__init__(title, "referralDialog", lambda r: check_referral(r, "referral"), parent)
        self.base = referral
        self.agency = line(referral.agency if referral else "", "agencyEdit", self.tr("e.g. DSWD Region VII"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.kind = code_combo("referral_kind", object_name="referralKindCombo")
        self.kind.setAccessibleName(self.tr("Kind of referral"))
        select_code(self.kind, referral.kind if referral else None)
        self.referred_on = QDateEdit()
        self.referred_on.setObjectName("referredOnEdit")
        self.referred_on.setAccessibleName(self.tr("Referred on"))
        self.referred_on.setDisplayFormat(DATE_FORMAT)
        self.referred_on.setCalendarPopup(True)
        set_date(self.referred_on, referral.referred_on if referral else None)
        self.status = code_combo("referral_status", object_name="referralStatusCombo")
        self.status.setAccessibleName(self.tr("Referral status"))
        select_code(self.status, referral.status if referral else None)
        self.follow_up = OptionalDateEdit(self.tr("Follow up on"))
        self.follow_up.setObjectName("followUpEdit")
        self.follow_up.date.setAccessibleName(self.tr("Follow up on"))
        self.follow_up.set_value(referral.follow_up_on if referral else None)
        self.note_field = GuardedTextField("referralNoteEdit", terms)
        self.note_field.edit.setAccessibleName(self.tr("Referral note"))
        self.note_field.edit.setPlainText((referral.note if referral else None) or "")
        self.note_field.edit.refused.connect(self.show_error)
        self.note_field.edit.setFixedHeight(96)
        self.form.addRow(self.tr("&Agency:"), self.agency)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Referred on:"), self.referred_on)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow("", self.follow_up)
        self.form.addRow(self.tr("&Note:"), self.note_field)
        self.field_widgets = {
            "agency": self.agency,
            "kind": self.kind,
            "referred_on": self.referred_on,
            "status": self.status,
            "follow_up_on": self.follow_up.check,
            "note": self.note_field.edit,
        }

    def required_fields(self) -> dict[str, QWidget]:
        return {"referral.agency": self.agency}

    def build(self) -> Referral:
        values = {
            "agency": self.agency.text().strip(),
            "kind": self.kind.currentData(),
            "referred_on": date_value(self.referred_on),
            "status": self.status.currentData(),
            "follow_up_on": self.follow_up.value(),
            "note": self.note_field.edit.toPlainText().strip() or None,
        }
        if self.base is None:
            return Referral(**values)
        return replace(self.base, **values)


class ReferralsTab(RecordsTab):
    kind = "referrals"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Agency"), lambda r: r.record.agency, 200),
            Column(self.tr("Kind"), lambda r: label("referral_kind", r.record.kind), 120),
            Column(self.tr("Referred"), lambda r: shown_day(r.record.referred_on), 95),
            Column(self.tr("Status"), lambda r: label("referral_status", r.record.status), 95),
            Column(self.tr("Follow-up"), lambda r: shown_day(r.record.follow_up_on), 95),
            Column(self.tr("Note"), lambda r: " ".join((r.record.note or "").split()), 200),
        ]
        super().__init__(
            state,
            terms,
            object_name="referralsTab",
            columns=columns,
            add_text=self.tr("Add referra&l…"),
            add_name="addReferralButton",
            parent=parent,
        )
        self.table.setAccessibleName(self.tr("Referrals"))

    def read_only_reason(self) -> str:
        return self.tr("Only social workers and supervisors record referrals.")

    def make_dialog(self, row: Row | None) -> RecordDialog:
        return ReferralDialog(None if row is None else row.record, self.terms, self.window())
