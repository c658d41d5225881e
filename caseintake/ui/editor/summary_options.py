"""Before a hearing summary is printed: which hearing, paper and layout, and which working notes.

The office's notes (forensic interviews, medical visits, shelter incidents) are read by the judge,
the prosecutor and the defence once printed, so none is ticked: the lawyer picks each one. Each
picked note still goes through the identity-leak guard with the rest of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain import labels as lb
from caseintake.domain.records import Case
from caseintake.ui import labels
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen


@dataclass(frozen=True)
class SummaryOptions:
    """The keyword arguments of `services.summaries.write_hearing_summary` the lawyer chose."""

    hearing_id: str | None
    paper: str = "long"
    layout: str = "court"
    note_ids: tuple[str, ...] = ()
    include_note_text: bool = True


def note_label(case: Case, index: int) -> str:
    note = case.notes[index]
    local = lb.manila(note.written_at)
    first = " ".join(note.text.split())[:70]
    kind = labels.label("note_kind", note.kind)
    return f"{lb.short_date(local.date())} · {kind} · {note.author or '—'}: {first}"


class SummaryOptionsDialog(QDialog):
    def __init__(self, case: Case, default_hearing: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("summaryOptionsDialog")
        self.setWindowTitle(self.tr("Hearing summary"))
        self.case = case
        self.hearing = QComboBox()
        self.hearing.setObjectName("summaryHearingCombo")
        self.hearing.setAccessibleName(self.tr("Hearing"))
        for h in sorted(case.hearings, key=lambda h: h.starts_at):
            local = lb.manila(h.starts_at)
            kind = labels.label("hearing_kind", h.kind)
            shown = f"{lb.short_date(local.date())} {lb.clock(local)} · {kind}"
            self.hearing.addItem(shown, h.id)
        self.hearing.setCurrentIndex(max(self.hearing.findData(default_hearing), 0))
        self.paper = QComboBox()
        self.paper.setObjectName("summaryPaperCombo")
        self.paper.setAccessibleName(self.tr("Paper"))
        for shown, code in (
            (self.tr("Long bond, 8.5 × 13 in"), "long"),
            ("A4", "a4"),
            (self.tr("Letter"), "letter"),
        ):
            self.paper.addItem(shown, code)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("summaryLayoutCombo")
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.layout_choice.addItem(self.tr("Court filing (14 pt, A.M. No. 11-9-4-SC margins)"), "court")
        self.layout_choice.addItem(self.tr("Working copy (11 pt, marked as such)"), "working-copy")
        self.notes = QListWidget()
        self.notes.setObjectName("summaryNotesList")
        self.notes.setAccessibleName(self.tr("Notes to include"))
        self.notes.setAccessibleDescription(self.tr("Tick the notes the summary lists"))
        for i, note in enumerate(case.notes):
            item = QListWidgetItem(note_label(case, i))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        self.note_text = QCheckBox(
            self.tr("Print the text of the chosen notes (else date, kind and author only)")
        )
        self.note_text.setObjectName("summaryNoteTextCheck")
        self.note_text.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Hearing:"), self.hearing)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        explain = QLabel(
            self.tr(
                "Working notes to include. None is printed unless ticked: the judge, the prosecutor and "
                "the defence will read them."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("summaryOptionsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.note_text)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def options(self) -> SummaryOptions:
        chosen = tuple(
            str(self.notes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.notes.count())
            if self.notes.item(i).checkState() == Qt.CheckState.Checked
        )
        return SummaryOptions(
            hearing_id=self.hearing.currentData(),
            paper=str(self.paper.currentData()),
            layout=str(self.layout_choice.currentData()),
            note_ids=chosen,
            include_note_text=self.note_text.isChecked(),
        )
