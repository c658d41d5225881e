"""The People tab: everyone in the case by pseudonym, and the vault identity behind a reveal.

Identity fields are masked until "Reveal", which asks the service (it checks the role and writes
the audit event) in the background. Revealed values live only in `revealed` and the detail
labels, and both are emptied on every load, clear and lock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseintake.domain.records import Identity, Person
from caseintake.services.people import reveal_identity
from caseintake.ui.editor.dialogs import RecordDialog
from caseintake.ui.editor.draft import CaseDraft
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_watch import TermsSource
from caseintake.ui.editor.person_dialog import PersonDialog
from caseintake.ui.editor.records_tab import RecordsTab, Row
from caseintake.ui.editor.widgets import Column, form_layout
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message

MASK = "••••••"
IDENTITY_FIELDS = ("legal_name", "aliases", "birth_date", "address", "school", "contact")


def shown_identity_value(identity: Identity, field: str) -> str:
    """One vault value as the identity panel shows it ("—" when not recorded)."""
    value = getattr(identity, field)
    if field == "aliases":
        return "; ".join(value) or "—"
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "—")


class PeopleTab(RecordsTab):
    kind = "persons"

    def __init__(self, state: AppState, terms: TermsSource, parent: QWidget | None = None) -> None:
        self.revealed: dict[str, Identity] = {}
        self.pseudonyms: dict[str, str | None] = {}
        self._generation = 0
        columns = [
            Column(self.tr("Pseudonym"), self._pseudonym, 95),
            Column(self.tr("Role"), lambda r: label("role", r.record.role), 80),
            Column(self.tr("Relationship"), lambda r: label("relationship", r.record.relationship), 150),
            Column(self.tr("Sex"), lambda r: label("sex", r.record.sex), 70),
            Column(self.tr("Age"), lambda r: "" if r.record.age is None else str(r.record.age), 45),
            Column(self.tr("Nationality"), lambda r: r.record.nationality or "", 80),
            Column(self.tr("Name"), self._name, 160),
        ]
        super().__init__(
            state,
            terms,
            object_name="peopleTab",
            columns=columns,
            add_text=self.tr("Add per&son…"),
            add_name="addPersonButton",
            parent=parent,
        )
        self.table.setAccessibleName(self.tr("People in the case"))
        self.details = QGroupBox(self.tr("Identity"))
        self.details.setObjectName("identityDetails")
        self.value_labels: dict[str, QLabel] = {}
        form = form_layout()
        captions = (
            self.tr("Legal name:"),
            self.tr("Aliases:"),
            self.tr("Birth date:"),
            self.tr("Address:"),
            self.tr("School:"),
            self.tr("Contact:"),
        )
        for field, caption in zip(IDENTITY_FIELDS, captions, strict=True):
            value = QLabel(MASK)
            value.setObjectName(f"identity_{field}")
            value.setWordWrap(True)
            self.value_labels[field] = value
            form.addRow(caption, value)
        self.reveal_button = QPushButton(self.tr("Revea&l"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(
            self.tr("Show the vault identity; the reveal is recorded in the audit log.")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.clicked.connect(self.hide_identity)
        self.details_hint = QLabel()
        self.details_hint.setObjectName("identityHint")
        self.details_hint.setWordWrap(True)
        self.details_hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QVBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        inner = QHBoxLayout()
        inner.addLayout(form, 1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self.details)
        outer.addWidget(self.details_hint)
        outer.addLayout(inner)
        self.layout_.addWidget(self.details)
        self._show_details()

    # -- rows -------------------------------------------------------------------------------------

    def _pseudonym(self, row: Row) -> str:
        if row.saved is not None:
            return row.saved.pseudonym or "—"
        name = self.pseudonyms.get(row.key or "")
        return self.tr("%1 (new)").replace("%1", name) if name else "—"

    def _name(self, row: Row) -> str:
        if row.record.name:
            return str(row.record.name)
        protected = (row.saved is not None and row.saved.pseudonym) or self.pseudonyms.get(row.key or "")
        return self.tr("in the identity vault") if protected else ""

    def read_only_reason(self) -> str:
        return self.tr("Only social workers and supervisors add or change people.")

    def show_draft(self, draft: CaseDraft, editable: bool) -> None:
        self._forget_revealed()
        super().show_draft(draft, editable)

    def refresh(self) -> None:
        self.pseudonyms = self.draft.provisional_pseudonyms() if self.draft else {}
        super().refresh()

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        if hasattr(self, "details"):
            self._show_details()

    def make_dialog(self, row: Row | None) -> RecordDialog:
        if row is None:
            return PersonDialog(None, saved=False, identity=None, identity_locked=False, parent=self.window())
        person: Person = row.record
        if row.saved is None:
            return PersonDialog(
                person,
                saved=False,
                identity=person.identity,
                identity_locked=False,
                parent=self.window(),
            )
        protected = bool(row.saved.pseudonym)
        identity = person.identity or self.revealed.get(row.target or "")
        return PersonDialog(
            person,
            saved=True,
            identity=identity,
            identity_locked=protected and identity is None,
            parent=self.window(),
        )

    def _accepted(self, dialog: RecordDialog, row: Row | None) -> None:
        person, revealed = dialog.record, self.revealed.get(row.target or "") if row else None
        if isinstance(person, Person) and revealed is not None and person.identity == revealed:
            person.identity = None  # the vault stays as it is
        super()._accepted(dialog, row)

    # -- the identity panel -----------------------------------------------------------------------

    def _show_details(self) -> None:
        row = self.current()
        saved = row is not None and row.saved is not None
        protected = row is not None and bool(
            (row.saved.pseudonym if saved and row else None) or self.pseudonyms.get(row.key or "")
        )
        self.details.setVisible(protected)
        if row is None or not protected:
            return
        pseudonym = row.saved.pseudonym if saved else self.pseudonyms.get(row.key or "")
        self.details.setTitle(self.tr("Identity of %1").replace("%1", pseudonym or ""))
        values = self.revealed.get(row.target or "") if saved else None
        for field, value_label in self.value_labels.items():
            value_label.setText(MASK if values is None else shown_identity_value(values, field))
        self.reveal_button.setEnabled(saved and values is None)
        self.hide_button.setEnabled(values is not None)
        if not saved:
            hint = self.tr("Not saved yet. The identity goes into the vault when you save the case.")
        elif values is None:
            hint = self.tr("Masked. Revealing is recorded in the case history.")
        else:
            hint = self.tr("Revealed to you; it will be masked again when you leave this case or lock.")
        self.details_hint.setText(hint)

    def reveal(self) -> None:
        row = self.current()
        if row is None or row.target is None:
            return
        person_id = row.target
        generation = self._generation
        self.reveal_button.setEnabled(False)

        def revealed(identity: Identity) -> None:
            if generation == self._generation:
                # As a dialog builds it, so an identity opened and left alone compares equal.
                self.revealed[person_id] = replace(identity, aliases=tuple(identity.aliases))
                self._show_details()

        def refused(exc: Exception) -> None:
            if generation == self._generation:
                self._show_details()
                self.notice.emit(failure_message(exc))

        self.state.call(reveal_identity, revealed, refused, person_id)

    def hide_identity(self) -> None:
        row = self.current()
        if row is not None and row.target is not None:
            self.revealed.pop(row.target, None)
        self._show_details()

    def _forget_revealed(self) -> None:
        self._generation += 1
        self.revealed.clear()
        for value_label in self.value_labels.values():
            value_label.setText(MASK)

    def clear(self) -> None:
        self._forget_revealed()
        super().clear()
        self.details.hide()
