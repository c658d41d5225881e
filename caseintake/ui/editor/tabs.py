"""The eight tabs of a case, filled from one draft and emptied together.

Kept apart from the editor so the editor is about loading and saving, and this is about what
each role may do on each tab: social workers and supervisors change the case and its people,
lawyers keep court dates, everyone writes notes and registers evidence.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from caseintake.domain.roles import Action
from caseintake.services.users import UserInfo
from caseintake.ui.editor.court import CourtTab
from caseintake.ui.editor.draft import CaseDraft
from caseintake.ui.editor.evidence import EvidenceTab
from caseintake.ui.editor.hearings import HearingsTab
from caseintake.ui.editor.history import HistoryTab
from caseintake.ui.editor.leak_watch import TermsSource
from caseintake.ui.editor.notes import NotesTab
from caseintake.ui.editor.overview import OverviewTab
from caseintake.ui.editor.people import PeopleTab
from caseintake.ui.editor.records_tab import RecordsTab
from caseintake.ui.editor.referrals import ReferralsTab
from caseintake.ui.state import AppState

#: Where the first segment of an error's field path lives: a tab, or an Overview field.
_PATH_TABS = {
    "persons": "people",
    "person": "people",
    "identity": "people",
    "referrals": "referrals",
    "referral": "referrals",
    "notes": "notes",
    "note": "notes",
    "text": "notes",
    "author": "notes",
    "hearings": "hearings",
    "hearing": "hearings",
    "evidence": "evidence",
}


class CaseTabs(QTabWidget):
    changed = Signal()  # something the user changed: the editor re-checks "unsaved"
    notice = Signal(str)  # one sentence for the editor's message bar
    people_changed = Signal()  # typed identities change what the leak watch looks for

    def __init__(
        self, state: AppState, undo_stack: QUndoStack, terms: TermsSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseTabs")
        self.setDocumentMode(True)
        self.state = state
        self.overview = OverviewTab(undo_stack, terms)
        self.people = PeopleTab(state, terms)
        self.referrals = ReferralsTab(state, terms)
        self.notes = NotesTab(state, terms)
        self.hearings = HearingsTab(state, terms)
        self.evidence = EvidenceTab(state, terms)
        self.court = CourtTab(state)
        self.history = HistoryTab(state)
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.people, self.tr("&People"))
        self.addTab(self.referrals, self.tr("&Referrals"))
        self.addTab(self.notes, self.tr("&Notes"))
        self.addTab(self.hearings, self.tr("Hearin&gs"))
        self.addTab(self.evidence, self.tr("Ev&idence"))
        self.addTab(self.court, self.tr("Co&urt"))
        self.court.notice.connect(self.notice)
        self.addTab(self.history, self.tr("His&tory"))
        for tab in (self.overview, self.people, self.referrals, self.notes, self.hearings, self.evidence):
            tab.changed.connect(self.changed)
        for tab in (self.people, self.referrals, self.notes, self.hearings, self.evidence):
            tab.notice.connect(self.notice)
        self.overview.refused.connect(self.notice)
        self.overview.field_shown.connect(lambda: self.setCurrentWidget(self.overview))
        self.people.changed.connect(self.people_changed)
        self.currentChanged.connect(self._current_changed)

    def show_draft(
        self, draft: CaseDraft, staff: tuple[UserInfo, ...], created: dict[str, str] | None
    ) -> None:
        """Fill every tab; after a save (`created` given) the Overview keeps what is typed in it."""
        may = self.state.may
        if created is None:
            self.overview.load(draft.baseline, staff, may(Action.EDIT_CASE))
        self.people.show_draft(draft, may(Action.EDIT_CASE))
        self.referrals.show_draft(draft, may(Action.EDIT_CASE))
        self.notes.show_draft(draft, may(Action.EDIT_NOTES), created)
        self.hearings.staff = staff
        self.hearings.show_draft(draft, may(Action.EDIT_HEARINGS))
        self.evidence.show_draft(draft, may(Action.EDIT_NOTES))
        self.court.show_case(draft.case, may(Action.EDIT_HEARINGS))
        self.history.show_case(draft.case)
        self._current_changed()

    def rescan(self) -> None:
        """Look again for vault values now (the terms changed)."""
        self.overview.summary_field.watch.scan()
        self.notes.field.watch.scan()

    def go_to_field(self, path: str) -> None:
        """Show where an error's field path (`InvalidInput.field`, e.g. "hearing.starts_at") points."""
        first = path.split(".", 1)[0].split("[", 1)[0]
        if first == "source":  # "source.kind", "source.reference": the Overview's two source fields
            first = "source_" + (path.split(".", 1)[1] if "." in path else "kind")
        tab = _PATH_TABS.get(first)
        if tab is not None:
            self.setCurrentWidget(getattr(self, tab))
        elif first in self.overview.bindings:
            self.setCurrentWidget(self.overview)
            self.overview.focus_field(first)

    def _current_changed(self, _index: int = -1) -> None:
        if self.currentWidget() is self.history:
            self.history.ensure_loaded()

    def record_tab(self, kind: str) -> RecordsTab | None:
        """The tab whose records are of `kind` (`RecordsTab.kind`: "persons", "hearings"...)."""
        tabs: tuple[RecordsTab, ...] = (self.people, self.referrals, self.hearings, self.evidence)
        return next((tab for tab in tabs if tab.kind == kind), None)

    def clear(self) -> None:
        for tab in (
            self.overview,
            self.people,
            self.referrals,
            self.notes,
            self.hearings,
            self.evidence,
            self.court,
            self.history,
        ):
            tab.clear()
