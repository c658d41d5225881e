"""The main window: the case list beside the case editor, menus, shortcuts and locking."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from caseintake.domain import labels as lb
from caseintake.domain.roles import Action
from caseintake.services.session import Session
from caseintake.ui.cases.panel import CaseListPanel
from caseintake.ui.clipboard_guard import ClipboardGuard
from caseintake.ui.editor import CaseEditor
from caseintake.ui.editor.summary_options import SummaryOptionsDialog
from caseintake.ui.idle_lock import IdleLock
from caseintake.ui.lock_drafts import DraftKeeper, KeptForm, LockDrafts, place_of, show_restored
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.maintenance import MaintenanceMenu
from caseintake.ui.save_target import choose_save_target
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.search_tidy import SearchTidy
from caseintake.ui.state import AppState
from caseintake.ui.team import TeamMenu
from caseintake.ui.text import counted

if TYPE_CHECKING:
    from collections.abc import Callable

    from caseintake.services.summaries import WrittenSummary
    from caseintake.ui.admin import UsersDialog
    from caseintake.ui.pdf_preview import PdfPreview

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, settings: QSettings, idle: IdleLock) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = state
        self.settings = settings
        self.idle = idle
        self.setWindowTitle(self.tr("caseintake"))
        self.cases = CaseListPanel(state)
        self.editor = CaseEditor(state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.cases)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([600, 760])
        self.setCentralWidget(self.splitter)
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.cases.case_activated.connect(self.open_case)
        self.cases.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.saved.connect(self._saved)
        self.editor.kept.connect(self._reselect)
        self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.idle.lock_requested.connect(self.lock)
        self.search_tidy = SearchTidy(state, idle, self)  # merges the search indexes while idle
        self.clipboard_guard = ClipboardGuard(state, self._copy_blocked, self)
        self._build_menus()
        self.resize(1280, 800)
        keep_on_screen(self)  # this size, or the one restored below, cut to the screen it opens on
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter_state = settings.value("main/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.on_locked = None  # set by the application: shows the unlock dialog again
        self.lock_drafts = LockDrafts()  # forms open at the lock, in memory, for the same user
        self.summary_preview: PdfPreview | None = None  # the last hearing summary written

    # -- menus and shortcuts --------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_case_action = self._action(
            self.tr("&New case"), self.new_case, QKeySequence.StandardKey.New, "newCaseAction"
        )
        self.save_action = self._action(
            self.tr("&Save"), self.editor.save, QKeySequence.StandardKey.Save, "saveAction"
        )
        self.import_action = self._action(
            self.tr("&Import cases…"), self.import_file, "Ctrl+I", "importAction"
        )
        self.demo_action = self._action(self.tr("Load &demo data…"), self.load_demo, None, "demoAction")
        self.backup_action = self._action(self.tr("&Back up…"), self.backup, None, "backupAction")
        self.summary_action = self._action(
            self.tr("&Hearing summary PDF…"),
            self.hearing_summary,
            QKeySequence.StandardKey.Print,
            "summaryAction",
        )
        self.counts_action = self._action(
            self.tr("Anonymized &counts…"), self.show_counts, None, "countsAction"
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "lockAction")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction")
        for action in (
            self.new_case_action,
            self.save_action,
            None,
            self.summary_action,
            self.counts_action,
            None,
            self.import_action,
            self.demo_action,
            self.backup_action,
            None,
            self.lock_action,
            quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("&Find case"), self.cases.focus_search, QKeySequence.StandardKey.Find, "findAction"
            )
        )
        edit_menu.addAction(
            self._action(
                self.tr("Refresh &list"),
                self.cases.apply_filters,
                QKeySequence.StandardKey.Refresh,
                "refreshAction",
            )
        )
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("Court &agenda"), self.show_agenda, "Ctrl+G", "agendaAction")
        )
        admin_menu = bar.addMenu(self.tr("&Account"))
        self.users_action = self._action(self.tr("&Users…"), self.show_users, None, "usersAction")
        admin_menu.addAction(self.users_action)
        admin_menu.addAction(
            self._action(self.tr("&Change my passphrase…"), self.change_passphrase, None, "passphraseAction")
        )
        admin_menu.addAction(
            self._action(
                self.tr("&Preferences…"),
                self.show_preferences,
                QKeySequence.StandardKey.Preferences,
                "preferencesAction",
            )
        )
        self.maintenance = MaintenanceMenu(self)  # check, back up, restore, recovery sheet, demo cases
        bar.addMenu(self.maintenance.menu)
        self.team = TeamMenu(self)  # hub and laptops: sync, enrol, revoke, conflicts; the status line
        bar.addMenu(self.team.menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, None, "shortcutsAction"
        )
        help_key = QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1
        self.shortcuts_action.setShortcuts([help_key, QKeySequence("Ctrl+/")])
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("&About caseintake"), self.show_about, None, "aboutAction"))

    # -- signing in and locking ----------------------------------------------------------------

    def signed_in(self, session: Session) -> None:
        from caseintake.ui.labels import label

        self.state.sign_in(session)
        role = label("user_role", self.state.role)  # in the user's language, as in Account → Users
        self.user_label.setText(self.tr("%1 (%2)").replace("%1", self.state.display_name).replace("%2", role))
        self.users_action.setEnabled(self.state.may(Action.MANAGE_USERS))
        self.maintenance.signed_in()  # role-gated tools; demo data only on a demo database
        self.team.signed_in()  # what this database's place in a team offers; the status line
        self.import_action.setEnabled(self.state.may(Action.IMPORT))
        self.new_case_action.setEnabled(self.state.may(Action.EDIT_CASE))
        self.summary_action.setEnabled(self.state.may(Action.HEARING_SUMMARY))
        self.counts_action.setEnabled(self.state.may(Action.COUNTS_EXPORT))
        self._load_user_names()
        self.cases.apply_filters()
        self.idle.arm()
        self.search_tidy.start()
        self.clipboard_guard.refresh()  # loads the leak guard in the background, ahead of any output
        QTimer.singleShot(0, self.show_upcoming)
        forms = self.lock_drafts.take(session.username)  # anyone else: dropped
        if forms:
            QTimer.singleShot(0, lambda: self._reopen_forms(forms))

    def _load_user_names(self) -> None:
        from caseintake.services.users import colleagues

        self.state.call(
            colleagues, lambda users: self.cases.set_users([u.username for u in users if u.active])
        )

    def lock(self, after_close: Callable[[Callable[[], None]], None] | None = None) -> None:
        """Save what can be saved, close the connection, clear every window, ask to unlock.

        `after_close`, if given, runs once the connection is closed and is handed the step that
        asks to unlock, to call when it is done (a restore swaps the files in between)."""
        if self.state.session is None:
            return
        log.info("locking")
        self.idle.disarm()
        self.search_tidy.stop()
        self.clipboard_guard.forget()
        self.team.locked()
        restoring = callable(after_close)  # the files are swapped: nothing to come back to
        self.lock_drafts.keep(self.state.username, [] if restoring else self._open_forms())
        if self.editor.has_unsaved_changes():
            # Queued before the close below, on the same database thread; a new case's forms
            # learn its reference from the answer.
            self.editor.save_for_lock(self.lock_drafts.saved_as)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.objectName() != "unlockDialog":
                widget.close()
        self.editor.clear()
        self.cases.clear()
        self.user_label.clear()
        if callable(after_close):  # not the `checked` flag of the Lock action's signal
            self.state.sign_out(lambda _result: after_close(self._locked))
        else:
            self.state.sign_out(lambda _result: self._locked())

    def _locked(self) -> None:
        if self.on_locked is not None:
            self.on_locked()

    def _open_forms(self) -> list[KeptForm]:
        """What was typed into each form open now that can be opened again (`keep_on_lock`)."""
        draft = self.editor.draft
        reference = draft.reference if draft is not None else None
        kept: list[KeptForm] = []
        for widget in QApplication.topLevelWidgets():
            place = place_of(widget)
            if place is not None and widget.isVisible():
                case = reference if place.in_case else None
                kept.append(KeptForm(place, DraftKeeper.capture(widget), case))
        return kept

    def _reopen_forms(self, forms: list[KeptForm]) -> None:
        """After the same user unlocked: each form where it was, with what was typed in it."""
        if self.state.session is None:  # locked again meanwhile
            return
        in_case = [kept for kept in forms if kept.place.in_case]
        if in_case:

            def reopen() -> None:
                for kept in in_case:
                    self.editor.reopen_form(kept.place, kept.values)
                    kept.values.clear()

            self.editor.open_then(in_case[0].case, reopen)
        for kept in forms:
            if kept.place.form == "add_user":
                users = self.show_users()
                if users is not None:
                    users.add_user()
                    if users.child is not None:
                        DraftKeeper.restore(users.child, kept.values)
                        show_restored(users.child)
                kept.values.clear()

    # -- actions ----------------------------------------------------------------------------------

    def open_case(self, reference: str) -> None:
        self.editor.open_case(reference)

    def _row_changed(self, current: object, previous: object) -> None:
        row = self.cases.table.currentIndex().row()
        reference = self.cases.model.reference_at(row)
        if reference:
            self.editor.open_case(reference)

    def _reselect(self, reference: str) -> None:
        """The user cancelled leaving a case with unsaved changes: point the list back at it."""
        table = self.cases.table
        table.selectionModel().blockSignals(True)
        self.cases.select_reference(reference)
        table.selectionModel().blockSignals(False)

    def new_case(self) -> None:
        self.editor.new_case()

    def _saved(self, reference: str) -> None:
        self.statusBar().showMessage(self.tr("Saved %1.").replace("%1", reference), 5000)
        self.cases.apply_filters()
        self.clipboard_guard.refresh()  # a saved vault value is guarded on the clipboard at once

    def _copy_blocked(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copy blocked"), message, parent=self)
        box.setObjectName("copyBlockedMessage")
        box.open()

    def import_file(self) -> None:
        from caseintake.services.imports import import_file

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import cases"), "", self.tr("Case files (*.json)")
        )
        if not path or self.state.session is None:
            return
        session = self.state.session
        run_with_progress(
            self,
            self.state.runner,
            self.tr("Import"),
            self.tr("Importing cases…"),
            lambda task: import_file(session, Path(path), task=task),
            lambda refs: self._after_bulk(
                counted(len(refs), self.tr("Imported %1 case."), self.tr("Imported %1 cases."))
            ),
        )

    def load_demo(self) -> None:
        """Offered only on a demo database (`MaintenanceMenu`); the service refuses any other."""
        from caseintake.services.demo_database import load_demo_cases

        count, ok = QInputDialog.getInt(
            self, self.tr("Demo data"), self.tr("How many synthetic cases should be added?"), 500, 1, 200_000
        )
        if not ok or self.state.session is None:
            return
        session = self.state.session
        run_with_progress(
            self,
            self.state.runner,
            self.tr("Demo data"),
            self.tr("Generating synthetic cases…"),
            lambda task: load_demo_cases(session, count, seed=1, task=task),
            lambda _refs: self._after_bulk(
                counted(count, self.tr("Added %1 synthetic case."), self.tr("Added %1 synthetic cases."))
            ),
        )

    def _after_bulk(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.cases.apply_filters()

    def backup(self) -> None:
        from caseintake.ui.maintenance.backup_run import run_backup

        target = choose_save_target(
            self,
            self.tr("Back up the database"),
            "caseintake.cibackup",
            self.tr("caseintake backups (*.cibackup)"),
            self.state.db_path,
            kind="backup",
            settings=self.settings,
            replaces_backup=True,
        )
        if target is None:
            return
        run_backup(self, self.state, target.path, force=target.replace)  # with progress and cancel

    def hearing_summary(self) -> None:
        """The court-ready summary of a hearing of the open case, written in the background, then
        previewed with print, open and show-in-folder."""
        from caseintake.services.summaries import choose_hearing, write_hearing_summary

        draft = self.editor.draft
        reference = draft.reference if draft is not None else None
        if not reference or self.state.session is None:
            QMessageBox.information(self, self.tr("Hearing summary"), self.tr("Open a saved case first."))
            return
        if draft is None or draft.case is None or not draft.case.hearings:
            QMessageBox.information(
                self, self.tr("Hearing summary"), self.tr("This case has no hearings to summarise yet.")
            )
            return
        # Which hearing (the one the command line would print: the next scheduled, else the
        # latest), paper and layout, and which working notes (none unless ticked).
        today = lb.manila(datetime.now(UTC)).date()
        default = choose_hearing(draft.case.hearings, None, today, reference).id
        choices = SummaryOptionsDialog(draft.case, default, self)
        if choices.exec() != QDialog.DialogCode.Accepted:
            return
        options = choices.options()
        target = choose_save_target(
            self,
            self.tr("Save the hearing summary"),
            f"{reference}-hearing-summary.pdf",
            self.tr("PDF (*.pdf)"),
            self.state.db_path,
            kind="hearing_summary",
            settings=self.settings,
            suffix=".pdf",
        )
        if target is None:
            return
        session = self.state.session
        run_with_progress(
            self,
            self.state.runner,
            self.tr("Hearing summary"),
            self.tr("Preparing the hearing summary…"),
            lambda task: write_hearing_summary(
                session,
                reference,
                target.path,
                hearing_id=options.hearing_id,
                paper=options.paper,
                layout=options.layout,
                note_ids=options.note_ids,
                include_note_text=options.include_note_text,
                task=task,
                force=target.replace,
            ),
            self._summary_written,
        )

    def _summary_written(self, written: WrittenSummary) -> None:
        self.statusBar().showMessage(
            self.tr("Hearing summary written to %1 (%2 pages, document %3).")
            .replace("%1", str(written.path))
            .replace("%2", str(written.pages))
            .replace("%3", written.document_id[:8]),
            10000,
        )
        self.show_summary_preview(written)

    def show_summary_preview(self, written: WrittenSummary) -> None:
        """The written summary on screen, to check before printing it or opening it elsewhere."""
        from caseintake.ui.pdf_preview import PdfPreview

        earlier = self.summary_preview
        if earlier is not None and earlier.is_open():
            earlier.close()
        preview = PdfPreview(
            written.path,
            written.sha256,
            title=self.tr("Hearing summary — %1").replace("%1", written.path.name),
            database=self.state.db_path,
            parent=self,
        )
        self.summary_preview = preview
        preview.show()

    def show_counts(self) -> None:
        from caseintake.ui.counts import open_counts_dialog

        open_counts_dialog(self.state, self)

    def show_agenda(self) -> None:
        from caseintake.ui.agenda import AgendaWindow

        window = AgendaWindow(self.state, self)
        window.setWindowFlag(Qt.WindowType.Window)
        window.case_requested.connect(self._open_from_elsewhere)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def show_upcoming(self) -> None:
        from caseintake.ui.agenda import show_upcoming

        if self.state.session is None:
            return
        dialog = show_upcoming(self.state, self)
        dialog.case_requested.connect(self._open_from_elsewhere)
        dialog.agenda_requested.connect(self.show_agenda)

    def _open_from_elsewhere(self, reference: str) -> None:
        self.raise_()
        self.activateWindow()
        self.editor.open_case(reference)

    def show_users(self) -> UsersDialog | None:
        from caseintake.ui.admin import open_users_dialog

        dialog = open_users_dialog(self.state, self)
        if dialog is not None:
            dialog.finished.connect(lambda _code: self._load_user_names())
        return dialog

    def change_passphrase(self) -> None:
        from caseintake.ui.admin import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.state, self)
        dialog.changed.connect(
            lambda: self.statusBar().showMessage(self.tr("Your passphrase was changed."), 8000)
        )
        dialog.exec()

    def show_preferences(self) -> None:
        from caseintake.ui.admin import PreferencesDialog

        dialog = PreferencesDialog(self, settings=self.settings)
        dialog.idle_lock_minutes_changed.connect(lambda minutes: setattr(self.idle, "minutes", minutes))
        dialog.exec()

    def show_shortcuts(self) -> None:
        from caseintake.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self, self.editor.tabs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from caseintake.ui.admin import AboutDialog

        AboutDialog(self.state.db_path, self).exec()

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this case before quitting?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.editor.save()
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.lock_drafts.wipe()
        self.idle.disarm()
        self.editor.clear()
        self.cases.clear()
        self.state.sign_out()
        event.accept()
