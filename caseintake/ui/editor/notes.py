"""The Notes tab: the case notes by date, and a plain-text editor for one note at a time.

Editing a saved note never overwrites it: the service keeps every saved text as a numbered
version, and "Earlier versions" shows them. The editor's text is committed to the draft when the
user moves to another note or saves, so switching notes never loses what was typed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.records import Note
from caseintake.ui.editor.draft import CaseDraft
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_watch import GuardedTextField, TermsSource
from caseintake.ui.editor.note_versions import NoteVersionsDialog
from caseintake.ui.editor.records_tab import Row
from caseintake.ui.editor.widgets import (
    Column,
    RecordTableModel,
    code_combo,
    hint_label,
    record_table,
    select_code,
    selected_row,
)
from caseintake.ui.state import AppState


def _byline(row: Row) -> str:
    """An imported note reads "stated author: X, imported by Y on DATE", never as X's own note
    (the words of `Note.byline`, in the GUI's language)."""
    note = row.saved
    if not isinstance(note, Note) or note.imported_by is None:
        return row.record.author or ""
    translate = QCoreApplication.translate
    day = (note.imported_at or "")[:10]
    if day:
        imported = _filled(translate("NotesTab", "imported by %1 on %2"), note.imported_by, day)
    else:
        imported = _filled(translate("NotesTab", "imported by %1"), note.imported_by)
    if not note.stated_author:
        return imported
    return _filled(translate("NotesTab", "stated author: %1, %2"), note.stated_author, imported)


def _filled(text: str, *values: str) -> str:
    """%1, %2… replaced in one pass, so a value that holds "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def _written(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class NotesTab(QWidget):
    changed = Signal()
    notice = Signal(str)

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTab")
        self.state = state
        self.draft: CaseDraft | None = None
        self.editable = False
        self.rows: list[Row] = []
        self.current: Row | None = None
        self.versions_dialog: NoteVersionsDialog | None = None
        self._selecting = False
        self.model = RecordTableModel(
            [
                Column(self.tr("Written"), lambda r: _written(r.record.written_at), 130),
                Column(self.tr("Kind"), lambda r: label("note_kind", r.record.kind), 130),
                Column(self.tr("Author"), _byline, 110),
                Column(self.tr("Version"), self._version, 80),
                Column(self.tr("Text"), lambda r: " ".join(r.record.text[:300].split()), 200),
            ],
            self,
        )
        self.model.pending_hint = self.tr("Not saved yet: press Save (Ctrl+S).")
        self.table = record_table(self.model, "notesTable")
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("A&dd note"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.clicked.connect(self.add_note)
        self.versions_button = QPushButton(self.tr("Ear&lier versions…"))
        self.versions_button.setObjectName("noteVersionsButton")
        self.versions_button.clicked.connect(self.show_versions)
        self.kind = code_combo("note_kind", object_name="noteKindCombo")
        self.kind.setAccessibleName(self.tr("Note kind"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.about = QLabel()
        self.about.setObjectName("noteAbout")
        self.about.setStyleSheet("color: palette(placeholder-text);")
        self.about.setWordWrap(True)  # a long byline wraps rather than widen the window
        self.field = GuardedTextField("noteEdit", terms)
        self.editor = self.field.edit
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setAccessibleDescription(self.tr("Use pseudonyms; a protected name is flagged"))
        self.editor.setPlaceholderText(self.tr("Select a note to read it, or add a new one."))
        self.editor.textChanged.connect(self._typed)
        self.editor.refused.connect(self.notice)
        self.hint = hint_label("")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.versions_button)
        buttons.addWidget(self.hint, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        meta = QHBoxLayout()
        meta.addWidget(QLabel(self.tr("Kind:")))
        meta.addWidget(self.kind)
        meta.addSpacing(12)
        meta.addWidget(self.about, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(meta)
        bottom_layout.addWidget(self.field, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([200, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._show_current()

    def _version(self, row: Row) -> str:
        if row.saved is None:
            return self.tr("new")
        if row.pending:
            return self.tr("%1, edited").replace("%1", str(row.saved.version))
        return str(row.saved.version)

    # -- rows -------------------------------------------------------------------------------------

    def _build_rows(self) -> list[Row]:
        draft = self.draft
        if draft is None:
            return []
        rows = []
        for note in draft.case.notes if draft.case else []:
            change = draft.change_for("notes", note.id or "")
            shown = note if change is None else change.record
            rows.append(Row(shown, target=note.id, pending=change is not None, saved=note))
        for item in draft.additions("notes"):
            rows.append(Row(item.record, key=item.key, pending=True))
        return rows

    def show_draft(self, draft: CaseDraft, editable: bool, created: dict[str, str] | None = None) -> None:
        """Show a loaded case; after a save (`created` given) the open note stays open as typed."""
        wanted: str | None = None
        if created is not None and self.current is not None:
            now = self.current
            wanted = now.target or created.get(now.key or "") or now.key
        self.draft = draft
        self.editable = editable
        self.add_button.setEnabled(editable)
        self.hint.setText("" if editable else self.tr("Your role cannot write notes."))
        self.editor.setReadOnly(not editable)
        self.kind.setEnabled(editable)
        self._refresh_rows()
        if wanted is not None:
            index = next((i for i, r in enumerate(self.rows) if wanted in (r.target, r.key)), -1)
            self._select(index, load=False)
        else:
            self._select(len(self.rows) - 1, load=True)

    def _refresh_rows(self) -> None:
        self.rows = self._build_rows()
        self.model.set_rows(self.rows, [r.pending for r in self.rows])

    def _select(self, index: int, *, load: bool) -> None:
        self._selecting = True
        try:
            if 0 <= index < len(self.rows):
                self.table.selectRow(index)
                self.current = self.rows[index]
            else:
                self.table.clearSelection()
                self.current = None
        finally:
            self._selecting = False
        if load:
            self._load_current()
        self._show_current()

    def _selection_changed(self, *args: Any) -> None:
        if self._selecting:
            return
        self.commit_editor()
        index = selected_row(self.table)
        self._refresh_rows()
        self._select(index, load=True)

    def _load_current(self) -> None:
        row = self.current
        self.editor.reset_text("" if row is None else row.record.text)
        self.kind.blockSignals(True)
        select_code(self.kind, None if row is None else row.record.kind)
        self.kind.blockSignals(False)

    def _show_current(self) -> None:
        row = self.current
        self.editor.setEnabled(row is not None)
        self.kind.setEnabled(row is not None and self.editable)
        self.versions_button.setEnabled(row is not None and row.saved is not None)
        if row is None:
            self.about.clear()
        elif row.saved is None:
            self.about.setText(self.tr("New note, saved with the case (Ctrl+S)."))
        else:
            imported = isinstance(row.saved, Note) and row.saved.imported_by is not None
            about = self.tr("Dated %1 (%2); version %3.")
            if not imported:
                about = self.tr("Written %1 by %2; version %3.")
            self.about.setText(
                about.replace("%1", _written(row.record.written_at))
                .replace("%2", _byline(row))
                .replace("%3", str(row.saved.version))
            )

    # -- editing ----------------------------------------------------------------------------------

    def add_note(self) -> None:
        if self.draft is None or not self.editable:
            return
        self.commit_editor()
        kind = "intake" if self.draft.case is None and not self.draft.additions("notes") else "general"
        written = datetime.now().astimezone().replace(microsecond=0)
        self.draft.put("notes", Note(kind=kind, written_at=written, text="", author=self.state.username))
        self._refresh_rows()
        self._select(len(self.rows) - 1, load=True)
        self.editor.setFocus()
        self.changed.emit()

    def _typed(self) -> None:
        if self.editor.document().isModified():
            self.changed.emit()

    def _kind_changed(self) -> None:
        if self.current is not None:
            self.editor.document().setModified(True)
            self.commit_editor()
            self.changed.emit()

    def editor_dirty(self) -> bool:
        return self.current is not None and self.editor.document().isModified()

    def commit_editor(self) -> None:
        """Move the editor's text into the draft (as an addition or as a change)."""
        row, draft = self.current, self.draft
        if row is None or draft is None or not self.editor.document().isModified():
            return
        text, kind = self.editor.toPlainText(), self.kind.currentData()
        if row.key is not None:
            added = draft.find(row.key)
            if added is not None:
                added.record = replace(added.record, text=text, kind=kind)
        elif row.saved is not None:
            change = draft.change_for("notes", row.saved.id or "")
            if text == row.saved.text and kind == row.saved.kind:
                if change is not None:
                    draft.drop(change)
            else:
                draft.put("notes", replace(row.saved, text=text, kind=kind), row.saved.id)
        self.editor.document().setModified(False)
        row.record = replace(row.record, text=text, kind=kind)

    def show_versions(self) -> None:
        row = self.current
        if row is None or row.saved is None or row.saved.id is None:
            return
        self.close_versions()
        self.versions_dialog = NoteVersionsDialog(self.state, row.saved.id, self.window())
        self.versions_dialog.finished.connect(lambda _r: self._versions_closed())
        self.versions_dialog.open()

    def _versions_closed(self) -> None:
        dialog, self.versions_dialog = self.versions_dialog, None
        if dialog is not None:
            dialog.wipe()
            dialog.setParent(None)
            dialog.deleteLater()

    def close_versions(self) -> None:
        if self.versions_dialog is not None:
            self.versions_dialog.reject()
        self._versions_closed()

    def clear(self) -> None:
        self.close_versions()
        self.field.watch.reset()
        self.draft = None
        self.rows = []
        self.current = None
        self.model.clear()
        self.editor.reset_text("")
        self._show_current()
