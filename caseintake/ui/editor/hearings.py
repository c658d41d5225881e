"""The Hearings tab: court dates. Lawyers and supervisors change them; social workers see them.

Times are entered in Manila time (DESIGN §3: the default zone) and stored with their offset, so
a hearing keeps its moment whatever zone the laptop is set to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from caseintake.domain.records import Hearing
from caseintake.interchange.schema import parse_hearing
from caseintake.services.hearings import MANILA
from caseintake.services.users import UserInfo
from caseintake.ui.editor.dialogs import RecordDialog, drop_empty, line
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_watch import GuardedTextField, TermsSource
from caseintake.ui.editor.records_tab import RecordsTab, Row
from caseintake.ui.editor.widgets import Column, code_combo, select_code
from caseintake.ui.state import AppState


def shown_time(value: str | None) -> str:
    """An ISO moment as Manila wall time, the way the court calendar reads."""
    if not value:
        return ""
    return datetime.fromisoformat(value).astimezone(MANILA).strftime("%Y-%m-%d %H:%M")


def next_morning() -> datetime:
    """A sensible default: the next weekday at 08:30 Manila time."""
    day = datetime.now(MANILA) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=8, minute=30, second=0, microsecond=0)


class HearingDialog(RecordDialog):
    def __init__(
        self,
        data: dict[str, Any] | None,
        staff: Sequence[UserInfo],
        terms: TermsSource,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a court date") if data is None else self.tr("Court date")
        super().__init__(title, "hearingDialog", lambda d: parse_hearing(d, "hearing"), parent)
        data = data or {}
        self.court = line(data.get("court", ""), "courtEdit", self.tr("e.g. RTC Branch 12, Cebu City"))
        self.branch = line(data.get("branch", ""), "branchEdit")
        self.docket = line(data.get("docket", ""), "docketEdit", self.tr("criminal case number"))
        self.kind = code_combo("hearing_kind", object_name="hearingKindCombo")
        select_code(self.kind, data.get("kind"))
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("startsAtEdit")
        self.starts_at.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.starts_at.setCalendarPopup(True)
        when = (
            datetime.fromisoformat(data["starts_at"]).astimezone(MANILA)
            if "starts_at" in data
            else next_morning()
        )
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
        self.location = line(data.get("location", ""), "locationEdit")
        self.lawyer = QComboBox()
        self.lawyer.setObjectName("lawyerCombo")
        self.lawyer.addItem(self.tr("Not assigned"), None)
        lawyers = [u for u in staff if u.active and u.role == "lawyer"]
        current = data.get("lawyer")
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
        select_code(self.status, data.get("status"))
        self.outcome = GuardedTextField("outcomeEdit", terms)
        self.outcome.edit.setPlainText(data.get("outcome", ""))
        self.outcome.edit.setFixedHeight(64)
        self.notes = GuardedTextField("hearingNotesEdit", terms)
        self.notes.edit.setPlainText(data.get("notes", ""))
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

    def record(self) -> dict[str, Any]:
        qt = self.starts_at.dateTime()
        day, clock = qt.date(), qt.time()
        moment = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=MANILA)
        return drop_empty(
            {
                "court": self.court.text().strip(),
                "branch": self.branch.text().strip(),
                "docket": self.docket.text().strip(),
                "kind": self.kind.currentData(),
                "starts_at": moment.isoformat(timespec="seconds"),
                "location": self.location.text().strip(),
                "lawyer": self.lawyer.currentData(),
                "status": self.status.currentData(),
                "outcome": self.outcome.edit.toPlainText().strip(),
                "notes": self.notes.edit.toPlainText().strip(),
            }
        )


class HearingsTab(RecordsTab):
    kind = "hearings"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        self.staff: Sequence[UserInfo] = ()
        columns = [
            Column(self.tr("Date and time"), lambda r: shown_time(r.data.get("starts_at")), 130),
            Column(self.tr("Kind"), lambda r: label("hearing_kind", r.data.get("kind")), 140),
            Column(
                self.tr("Court"),
                lambda r: ", ".join(p for p in (r.data.get("court"), r.data.get("branch")) if p),
                200,
                stretch=True,
            ),
            Column(self.tr("Docket"), lambda r: r.data.get("docket", ""), 140),
            Column(self.tr("Lawyer"), lambda r: r.data.get("lawyer", ""), 90),
            Column(self.tr("Status"), lambda r: label("hearing_status", r.data.get("status")), 90),
        ]
        super().__init__(
            state,
            terms,
            object_name="hearingsTab",
            columns=columns,
            add_text=self.tr("&Add court date…"),
            add_name="addHearingButton",
            parent=parent,
        )

    def read_only_reason(self) -> str:
        return self.tr("Court dates are kept by the case lawyer; social workers see them here.")

    def as_data(self, record: Hearing) -> dict[str, Any]:
        return drop_empty(
            {
                "court": record.court,
                "branch": record.branch,
                "docket": record.docket,
                "kind": record.kind,
                "starts_at": record.starts_at.isoformat(timespec="seconds"),
                "location": record.location,
                "lawyer": record.lawyer,
                "status": record.status,
                "outcome": record.outcome,
                "notes": record.notes,
            }
        )

    def make_dialog(self, row: Row | None) -> RecordDialog:
        return HearingDialog(None if row is None else row.data, self.staff, self.terms, self.window())
