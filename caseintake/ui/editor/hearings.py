"""The Hearings tab: court dates. Lawyers and supervisors change them; social workers see them.

Times are entered in Manila time (DESIGN §3: the default zone) and stored with their offset, so
a hearing keeps its moment whatever zone the laptop is set to.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from caseintake.domain.checks import check_hearing
from caseintake.domain.records import Hearing
from caseintake.services.hearings import MANILA
from caseintake.services.users import UserInfo
from caseintake.ui.editor.dialogs import RecordDialog, line, text_or_none
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_watch import GuardedTextField, TermsSource
from caseintake.ui.editor.records_tab import RecordsTab, Row
from caseintake.ui.editor.widgets import Column, code_combo, select_code
from caseintake.ui.state import AppState


def shown_time(value: datetime | None) -> str:
    """A moment as Manila wall time, the way the court calendar reads."""
    if value is None:
        return ""
    return value.astimezone(MANILA).strftime("%Y-%m-%d %H:%M")


def next_morning() -> datetime:
    """A sensible default: the next weekday at 08:30 Manila time."""
    day = datetime.now(MANILA) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=8, minute=30, second=0, microsecond=0)


class HearingDialog(RecordDialog):
    def __init__(
        self,
        hearing: Hearing | None,
        staff: Sequence[UserInfo],
        terms: TermsSource,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a court date") if hearing is None else self.tr("Court date")
        super().__init__(title, "hearingDialog", lambda h: check_hearing(h, "hearing"), parent)
        self.base = hearing
        shown = hearing or Hearing(court="", kind="", starts_at=next_morning(), status="")
        self.court = line(shown.court, "courtEdit", self.tr("e.g. RTC Branch 12, Cebu City"))
        self.court.setAccessibleName(self.tr("Court"))
        self.branch = line(shown.branch or "", "branchEdit")
        self.branch.setAccessibleName(self.tr("Branch"))
        self.docket = line(shown.docket or "", "docketEdit", self.tr("criminal case number"))
        self.docket.setAccessibleName(self.tr("Docket"))
        self.kind = code_combo("hearing_kind", object_name="hearingKindCombo")
        self.kind.setAccessibleName(self.tr("Kind of hearing"))
        select_code(self.kind, shown.kind)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("startsAtEdit")
        self.starts_at.setAccessibleName(self.tr("Date and time, Manila time"))
        self.starts_at.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.starts_at.setCalendarPopup(True)
        when = shown.starts_at.astimezone(MANILA)
        self.starts_at.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        zone = QLabel(self.tr("Manila time (UTC+8)"))
        zone.setStyleSheet("color: palette(placeholder-text);")
        when_row = QWidget()  # a widget, not a layout, so the row's label can name its buddy
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.starts_at, 1)
        when_layout.addWidget(zone)
        self.location = line(shown.location or "", "locationEdit")
        self.location.setAccessibleName(self.tr("Location"))
        self.lawyer = QComboBox()
        self.lawyer.setObjectName("lawyerCombo")
        self.lawyer.setAccessibleName(self.tr("Lawyer"))
        self.lawyer.addItem(self.tr("Not assigned"), None)
        lawyers = [u for u in staff if u.active and u.role == "lawyer"]
        current = shown.lawyer
        if current and all(u.username != current for u in lawyers):
            lawyers += [u for u in staff if u.username == current] or [UserInfo(current, current, "", False)]
        for user in lawyers:
            self.lawyer.addItem(
                user.display_name
                if user.display_name == user.username
                else f"{user.display_name} ({user.username})",
                user.username,
            )
        select_code(self.lawyer, current)
        self.status = code_combo("hearing_status", object_name="hearingStatusCombo")
        self.status.setAccessibleName(self.tr("Hearing status"))
        select_code(self.status, shown.status)
        self.outcome = GuardedTextField("outcomeEdit", terms)
        self.outcome.edit.setAccessibleName(self.tr("Outcome"))
        self.outcome.edit.setPlainText(shown.outcome or "")
        self.outcome.edit.setFixedHeight(64)
        self.notes = GuardedTextField("hearingNotesEdit", terms)
        self.notes.edit.setAccessibleName(self.tr("Hearing notes"))
        self.notes.edit.setPlainText(shown.notes or "")
        self.notes.edit.setFixedHeight(96)
        for field in (self.outcome, self.notes):
            field.edit.refused.connect(self.show_error)
        self.form.addRow(self.tr("&Court:"), self.court)
        self.form.addRow(self.tr("&Branch:"), self.branch)
        self.form.addRow(self.tr("&Docket:"), self.docket)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Date and time:"), when_row)
        label_for = self.form.labelForField(when_row)
        if isinstance(label_for, QLabel):
            label_for.setBuddy(self.starts_at)
        self.form.addRow(self.tr("&Location:"), self.location)
        self.form.addRow(self.tr("La&wyer:"), self.lawyer)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.field_widgets = {
            "court": self.court,
            "branch": self.branch,
            "docket": self.docket,
            "kind": self.kind,
            "starts_at": self.starts_at,
            "location": self.location,
            "lawyer": self.lawyer,
            "status": self.status,
            "outcome": self.outcome.edit,
            "notes": self.notes.edit,
        }

    def required_fields(self) -> dict[str, QWidget]:
        return {"hearing.court": self.court}

    def build(self) -> Hearing:
        qt = self.starts_at.dateTime()
        day, clock = qt.date(), qt.time()
        moment = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=MANILA)
        # A copy of the hearing as loaded keeps what this dialog does not show (its id, the
        # witnesses and motions of the Court tab).
        hearing = copy.deepcopy(self.base) if self.base is not None else Hearing("", "", moment, "")
        hearing.court = self.court.text().strip()
        hearing.branch = text_or_none(self.branch)
        hearing.docket = text_or_none(self.docket)
        hearing.kind = self.kind.currentData()
        hearing.starts_at = moment
        hearing.location = text_or_none(self.location)
        hearing.lawyer = self.lawyer.currentData()
        hearing.status = self.status.currentData()
        hearing.outcome = self.outcome.edit.toPlainText().strip() or None
        hearing.notes = self.notes.edit.toPlainText().strip() or None
        return hearing


class HearingsTab(RecordsTab):
    kind = "hearings"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        self.staff: Sequence[UserInfo] = ()
        columns = [
            Column(self.tr("Date and time"), lambda r: shown_time(r.record.starts_at), 130),
            Column(self.tr("Kind"), lambda r: label("hearing_kind", r.record.kind), 140),
            Column(
                self.tr("Court"),
                lambda r: ", ".join(p for p in (r.record.court, r.record.branch) if p),
                200,
                stretch=True,
            ),
            Column(self.tr("Docket"), lambda r: r.record.docket or "", 140),
            Column(self.tr("Lawyer"), lambda r: r.record.lawyer or "", 90),
            Column(self.tr("Status"), lambda r: label("hearing_status", r.record.status), 90),
        ]
        super().__init__(
            state,
            terms,
            object_name="hearingsTab",
            columns=columns,
            add_text=self.tr("Add &court date…"),
            add_name="addHearingButton",
            parent=parent,
        )
        self.table.setAccessibleName(self.tr("Court dates"))

    def read_only_reason(self) -> str:
        return self.tr("Court dates are kept by the case lawyer; social workers see them here.")

    def make_dialog(self, row: Row | None) -> RecordDialog:
        return HearingDialog(None if row is None else row.record, self.staff, self.terms, self.window())
