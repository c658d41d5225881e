"""The case editor: one case in tabs, loaded and saved in the background.

Nothing here touches the database: loads, saves and reveals go through `AppState.call` to the
database thread and come back as callbacks. Every callback carries the generation it was asked
in; one that arrives after the editor moved on (another case, a lock) is dropped, so a slow
answer can never show one case's data in another's form, or after a lock.

A case changed elsewhere (another window, another computer) while it is open is never
overwritten unseen: a save expects the version the editor loaded, and a refused save, or the
watch noticing the change first, brings up the conflict banner with the typing kept
(`conflicts.py`). An editor without unsaved changes simply shows the new version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from caseintake.domain.errors import EditConflict, InvalidInput
from caseintake.domain.roles import Action
from caseintake.services.leak_guard import CaseTerms
from caseintake.services.users import UserInfo
from caseintake.ui.editor import leak_spans
from caseintake.ui.editor.conflicts import CaseWatcher, ConflictBar
from caseintake.ui.editor.draft import CaseDraft, SavePlan, SeenVersion, blank_form, form_of
from caseintake.ui.editor.header import EditorHeader, Placeholder
from caseintake.ui.editor.jobs import CaseBundle, SaveResult, apply_save, load_bundle, load_staff
from caseintake.ui.editor.tabs import CaseTabs
from caseintake.ui.editor.widgets import MessageBar
from caseintake.ui.form_errors import readable
from caseintake.ui.lock_drafts import DraftPlace
from caseintake.ui.screen_fit import ScrollingForm
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


def _after_earlier_work(_session: object) -> None:
    """Nothing: queued on the database thread, its callback runs after the work before it."""


class CaseEditor(QWidget):
    saved = Signal(str)  # the reference, after a successful save
    status_message = Signal(str)  # one sentence for the status bar
    dirty_changed = Signal(bool)  # for the window title's "unsaved" mark
    kept = Signal(str)  # the user chose to stay on this case (the list should select it again)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.state = state
        self.undo_stack = QUndoStack(self)
        self.draft: CaseDraft | None = None
        self.staff: tuple[UserInfo, ...] = ()
        self.loaded_terms: CaseTerms | None = None
        self.terms: CaseTerms | None = None
        self._generation = 0
        self._saving: SavePlan | None = None
        self._save_again = False
        self._after_save: list[Callable[[], None]] = []
        self._was_dirty = False
        #: A newer version of the open case known to be on disk (a refused save or the watch
        #: found it); None while the editor holds the latest.
        self._stale: int | None = None
        self._reloading = False
        #: Run once the case being opened is shown (forms reopened after an unlock).
        self._after_load: list[Callable[[], None]] = []
        #: Told the reference (and new record ids) of the save a lock started; see save_for_lock.
        self._lock_listener: Callable[[str, dict[str, str]], None] | None = None

        self.header = EditorHeader()
        self.header.save_button.clicked.connect(self.save)
        self.message = MessageBar()
        self.conflict = ConflictBar()
        self.conflict.show_theirs.connect(self.show_their_version)
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.keep_editing.connect(self.keep_editing)
        self.tabs = CaseTabs(state, self.undo_stack, self._current_terms)
        self.tabs.court.changed.connect(self._update_dirty)
        self.tabs.court.saved.connect(self._update_dirty)
        self.tabs.court.conflict.connect(self._court_refused)
        self.tabs.court.seen_version = self._seen_version
        self.watcher = CaseWatcher(state, self)
        self.watcher.paused = lambda: self._saving is not None or self._reloading
        self.watcher.changed.connect(self._changed_elsewhere)
        self.overview, self.people, self.notes = self.tabs.overview, self.tabs.people, self.tabs.notes
        self.referrals, self.hearings, self.evidence = (
            self.tabs.referrals,
            self.tabs.hearings,
            self.tabs.evidence,
        )
        self.history = self.tabs.history
        self.placeholder = Placeholder()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.conflict)
        # The tabs scroll on a small screen (display scale 2) under the header, so Save stays in view.
        layout.addWidget(ScrollingForm(self.pages, "editorPages", sideways=True), 1)

        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(150)
        self._dirty_timer.timeout.connect(self._update_dirty)
        self.tabs.changed.connect(self._dirty_timer.start)
        self.tabs.notice.connect(self._notice)
        self.tabs.people_changed.connect(self._rebuild_terms)
        self.undo_stack.indexChanged.connect(self._dirty_timer.start)
        self.clear()

    # -- the public API -------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        if self.draft is None or not self.overview.committed:
            return False
        return (
            self.draft.dirty(self.overview.values()) or self.notes.editor_dirty() or self.tabs.court.dirty()
        )

    def open_case(self, reference: str) -> None:
        """Load a case in the background, after asking what to do with unsaved changes.

        The case already open is left as it is: the list re-selecting it after a save must not
        reload the form under the user's hands."""
        if self.draft is not None and self.draft.reference == reference.strip().upper():
            return
        self._leave_then(lambda: self._load(reference))

    def new_case(self) -> None:
        if not self.state.may(Action.EDIT_CASE):
            self._notice(self.tr("Your role cannot open new cases."))
            return
        self._leave_then(self._start_new)

    def save(self) -> None:
        draft = self.draft
        if draft is None or not self.overview.committed:
            return
        if self._saving is not None:
            self._save_again = True
            return
        self.overview.commit_all()
        self.notes.commit_editor()
        try:
            plan = draft.plan(self.overview.values(), self.state.username)
        except InvalidInput as exc:
            self._save_failed(exc, self._generation)
            return
        court = self.tabs.court
        court_pending = court.dirty()
        if court_pending:
            # The court record is saved in its own transaction, queued before the case's on the
            # one database thread, so whatever waits for this save runs after both.
            court.save()
        if plan.empty:
            if court_pending:
                self.state.call(_after_earlier_work, lambda _result: self._run_after_save())
            else:
                self.status_message.emit(self.tr("Nothing to save."))
                self._run_after_save()
            return
        self._saving = plan
        self._save_again = False
        self.header.show_saving(True)
        generation = self._generation
        self.state.call(
            apply_save,
            lambda result: self._saved(result, plan, generation),
            lambda exc: self._save_failed(exc, generation),
            plan,
        )

    def save_for_lock(self, stored: Callable[[str, dict[str, str]], None]) -> None:
        """The lock's save: `save`, and `stored(reference, created)` once it is answered, though
        the editor is cleared at once (forms kept through the lock find a new case by it)."""
        self._lock_listener = stored
        self.save()
        if self._saving is None:  # nothing was sent to be saved
            self._lock_listener = None

    def open_then(self, reference: str | None, then: Callable[[], None]) -> None:
        """Open a case (None: a new one), then call `then` once it is shown; clearing (a lock,
        another case) drops `then`."""
        if reference is None:
            self.new_case()
        elif self.draft is not None and self.draft.reference == reference.strip().upper():
            then()  # shown already
            return
        else:
            self.open_case(reference)
        self._after_load = [then]

    def reopen_form(self, place: DraftPlace, values: dict[str, Any]) -> bool:
        """Open again, on its tab, a record form that was open at a lock, with its values."""
        tab = self.tabs.record_tab(place.form)
        if tab is None or self.draft is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return tab.reopen(place, values)

    def clear(self) -> None:
        """Drop everything the editor shows or holds (on lock): fields, revealed values, undo."""
        self._generation += 1
        self._saving = None
        self._save_again = False
        self._after_save = []
        self._after_load = []
        self._stale = None
        self._reloading = False
        self.watcher.stop()
        self.conflict.hide()
        self.tabs.clear()
        self.undo_stack.clear()
        self.draft = None
        self.loaded_terms = self.terms = None
        self.staff = ()
        self.message.dismiss()
        self.header.clear()
        self.placeholder.show_text(self.tr("Select a case in the list, or press Ctrl+N to open a new one."))
        self.pages.setCurrentWidget(self.placeholder)
        self._update_dirty()

    # -- leaving, loading ---------------------------------------------------------------------------

    def _leave_then(self, proceed: Callable[[], None]) -> None:
        if not self.has_unsaved_changes():
            proceed()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved yet. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self._after_save = [proceed]
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            proceed()
        elif self.draft is not None and self.draft.reference:
            self.kept.emit(self.draft.reference)

    def _load(self, reference: str, tab: int = 0) -> None:
        self.clear()
        self.placeholder.show_text(self.tr("Opening %1…").replace("%1", reference))
        generation = self._generation
        self.state.call(
            load_bundle,
            lambda bundle: self._loaded(bundle, generation, tab),
            lambda exc: self._load_failed(exc, generation),
            reference,
        )

    def _loaded(self, bundle: CaseBundle, generation: int, tab: int = 0) -> None:
        if generation != self._generation:
            return
        self.draft = CaseDraft(bundle.case, form_of(bundle.case), bundle.version)
        self._show(bundle.staff, bundle.terms)
        self.tabs.setCurrentIndex(tab)
        self.watcher.start(bundle.case.reference or "", self.draft.seen)
        self._run_after_load()

    def _run_after_load(self) -> None:
        pending, self._after_load = self._after_load, []
        for then in pending:
            then()

    def _load_failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self.placeholder.show_text("")
            self.message.show_message(failure_message(exc))

    def _start_new(self) -> None:
        self.clear()
        self.placeholder.show_text(self.tr("Preparing a new case…"))
        generation = self._generation

        def ready(staff: tuple[UserInfo, ...]) -> None:
            if generation != self._generation:
                return
            self.draft = CaseDraft(None, blank_form(self.state.username, date.today()))
            self._show(staff, None)
            self.tabs.setCurrentWidget(self.overview)
            self.overview.status.setFocus()
            self._run_after_load()

        self.state.call(load_staff, ready, lambda exc: self._load_failed(exc, generation))

    def _show(
        self, staff: tuple[UserInfo, ...], terms: CaseTerms | None, created: dict[str, str] | None = None
    ) -> None:
        """Fill every tab from the draft; after a save (`created`), what was typed meanwhile stays."""
        draft = self.draft
        assert draft is not None
        self.staff = staff
        self.loaded_terms = terms
        self.overview.may_reassign = self.state.may(Action.REASSIGN_CASE)
        self.tabs.show_draft(draft, staff, created)
        self.header.show_case(draft.case)
        self.pages.setCurrentWidget(self.tabs)
        self._rebuild_terms()
        self._update_dirty()

    # -- saving ---------------------------------------------------------------------------------

    def _saved(self, result: SaveResult, plan: SavePlan, generation: int) -> None:
        listener, self._lock_listener = self._lock_listener, None
        if listener is not None:  # asked before the editor was cleared, so before the check
            listener(result.bundle.case.reference or "", dict(result.created))
        if generation != self._generation or self.draft is None:
            return
        self._saving = None
        self.header.show_saving(False)
        typed = self.overview.values()
        self.draft.saved(plan, result.bundle.case, result.created)
        for name, value in plan.form.items():  # fields not touched during the save take the stored value
            if typed[name] == value:
                self.overview.apply(name, self.draft.baseline[name], reveal=False)
        self.message.dismiss()
        self._stale = None  # the save expected the version on disk: this is the latest now
        self.conflict.hide()
        self._show(result.bundle.staff, result.bundle.terms, result.created)
        reference = result.bundle.case.reference or ""
        if plan.reference is None:  # a new case: from now on another window may change it too
            self.watcher.start(reference, self.draft.seen)
        self.status_message.emit(self.tr("Saved %1.").replace("%1", reference))
        self.saved.emit(reference)
        if self._save_again:
            self.save()
        else:
            self._run_after_save()

    def _save_failed(self, exc: Exception, generation: int) -> None:
        self._lock_listener = None
        if generation != self._generation:
            return
        self._saving = None
        self._after_save = []
        self.header.show_saving(False)
        if isinstance(exc, EditConflict):
            self._conflict_found(exc.current, refused=True)
            return
        sentence = (readable(exc) if isinstance(exc, InvalidInput) else failure_message(exc)).rstrip(".")
        self.message.show_message(
            self.tr("Not saved: %1. Everything you typed is still here.").replace("%1", sentence)
        )
        self.status_message.emit(self.tr("The case was not saved."))
        if isinstance(exc, InvalidInput):
            self.tabs.go_to_field(exc.field)
        self._update_dirty()

    def _run_after_save(self) -> None:
        if self._after_save and self.tabs.court.dirty():
            # The court record was not saved (its tab says why): stay, with what was typed.
            self._after_save = []
            if self.draft is not None and self.draft.reference:
                self.kept.emit(self.draft.reference)
            return
        pending, self._after_save = self._after_save, []
        for proceed in pending:
            proceed()

    # -- changed elsewhere ----------------------------------------------------------------------

    def show_their_version(self) -> None:
        """Load the case as it is saved now, after confirming that unsaved changes go."""
        draft = self.draft
        if draft is None or not draft.reference:
            return
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Show their version"),
                self.tr(
                    "Show the case as it was saved elsewhere? The changes you made here and did not "
                    "save will be lost."
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._load(draft.reference, self.tabs.currentIndex())
        self.status_message.emit(self.tr("Showing the case as it was saved elsewhere."))

    def keep_mine(self) -> None:
        """Save what was changed here over the other change (only the fields and records changed
        here are written; the rest keeps the other change)."""
        draft, newer = self.draft, self._stale
        if draft is None or newer is None:
            return
        self.conflict.hide()
        self._stale = None
        if not self.has_unsaved_changes():  # nothing of mine left to keep: show theirs
            self._reload_quietly()
            return
        draft.seen.value = newer
        self.save()

    def keep_editing(self) -> None:
        """Close the banner; the case stays marked as changed elsewhere, and a save asks again."""
        self.conflict.hide()
        self._update_dirty()

    def _conflict_found(self, newer: int | None, *, refused: bool) -> None:
        self._stale = -1 if newer is None else newer
        self.conflict.show_conflict(refused=refused)
        if refused:
            self.status_message.emit(
                self.tr("Not saved: the case was changed elsewhere. Everything you typed is still here.")
            )
        else:
            self.status_message.emit(self.tr("This case was changed elsewhere since you opened it."))
        self._update_dirty()

    def _court_refused(self, exc: EditConflict) -> None:
        self._conflict_found(exc.current, refused=True)

    def _changed_elsewhere(self, newer: int) -> None:
        """The watch found a newer version: show it if nothing here is unsaved, else ask."""
        if self.draft is None or self._saving is not None or newer == self._stale:
            return
        if self.has_unsaved_changes():
            self._conflict_found(newer, refused=False)
        else:
            self._reload_quietly()

    def _reload_quietly(self) -> None:
        """Show the saved case in place (same tab, no placeholder): nothing here was unsaved."""
        draft = self.draft
        if draft is None or not draft.reference or self._reloading:
            return
        self._reloading = True
        generation = self._generation
        self.state.call(
            load_bundle,
            lambda bundle: self._reloaded(bundle, generation),
            lambda exc: self._reload_failed(exc, generation),
            draft.reference,
        )

    def _reloaded(self, bundle: CaseBundle, generation: int) -> None:
        if generation != self._generation or self.draft is None:
            return
        self._reloading = False
        if self._saving is not None:
            return  # the save in progress settles it: refused if the case moved on
        if self.has_unsaved_changes():  # typed while the case was read: ask instead
            if bundle.version != self.draft.version:
                self._conflict_found(bundle.version, refused=False)
            return
        tab = self.tabs.currentIndex()
        self._stale = None
        self.conflict.hide()
        self.undo_stack.clear()
        self.draft = CaseDraft(bundle.case, form_of(bundle.case), bundle.version)
        self._show(bundle.staff, bundle.terms)
        self.tabs.setCurrentIndex(tab)
        self.watcher.start(bundle.case.reference or "", self.draft.seen)
        self.status_message.emit(self.tr("This case was changed elsewhere; it now shows the saved version."))

    def _reload_failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self._reloading = False
            self.message.show_message(failure_message(exc))

    def _seen_version(self) -> SeenVersion:
        return self.draft.seen if self.draft is not None else SeenVersion()

    # -- small reactions ------------------------------------------------------------------------

    def _current_terms(self) -> CaseTerms | None:
        return self.terms

    def _rebuild_terms(self) -> None:
        """Loaded vault terms plus identities typed into this draft (the typist knows them)."""
        extra = leak_spans.typed_identities(self.draft) if self.draft is not None else []
        self.terms = leak_spans.combined(self.loaded_terms, extra)
        self.tabs.rescan()

    def _notice(self, text: str) -> None:
        self.message.show_message(text)
        self.status_message.emit(text)

    def _update_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        stale = self._stale is not None
        saving = self._saving is not None
        self.header.show_dirty(dirty, saving=saving, can_save=self.draft is not None, stale=stale)
        if stale and not dirty and not saving:  # nothing unsaved left here: show the saved case
            self._reload_quietly()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
