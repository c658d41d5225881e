"""The next seven days of court dates, shown once right after unlock.

A lawyer sees their own hearings, everyone else the office's. Nothing to show means no dialog
at all: a reminder that interrupts to say "nothing" teaches people to dismiss it unread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.codes import Role
from caseintake.services import agenda as rules
from caseintake.ui.agenda.model import LAWYER, STATUS, AgendaModel
from caseintake.ui.agenda.window import qdate
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted

DAYS = 7


class UpcomingDialog(QDialog):
    case_requested = Signal(str)
    agenda_requested = Signal()
    loaded = Signal(int)  # hearings found; the dialog is only worth showing when > 0

    def __init__(self, state: AppState, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("upcomingDialog")
        self.setWindowTitle(self.tr("Court dates in the next 7 days"))
        self.state = state
        self.mine = state.role == Role.LAWYER
        self.first, self.last = rules.upcoming_period(today or date.today(), DAYS)
        self.model = AgendaModel(self, with_year=False)

        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("upcomingHeading")
        self.heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("upcomingTable")
        self.table.setAccessibleName(self.tr("Upcoming hearings"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnHidden(STATUS, True)
        self.table.setColumnHidden(LAWYER, self.mine)
        for column, width in enumerate((160, 120, 160, 220, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_agenda = buttons.addButton(self.tr("Open &agenda"), QDialogButtonBox.ButtonRole.ActionRole)
        open_agenda.setObjectName("openAgendaButton")
        open_agenda.clicked.connect(self._open_agenda)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(780, 320)

    def load(self) -> None:
        """Ask for the week; `loaded` follows (possibly at once, if the answer was quick)."""
        self.state.call(
            rules.agenda_page,
            self._show,
            self._failed,
            self.first,
            self.last,
            lawyer=self.state.username if self.mine else None,
        )

    def _show(self, found: rules.AgendaPage) -> None:
        active = [i for i in found.items if i.status != "cancelled"]
        self.model.set_items(active)
        locale = QLocale()
        first, last = (
            locale.toString(qdate(self.first), "d MMM"),
            locale.toString(qdate(self.last), "d MMM yyyy"),
        )
        span = f"{first} – {last}"
        whose = self.tr("Your hearings") if self.mine else self.tr("The office's hearings")
        count = counted(len(active), self.tr("%1 hearing"), self.tr("%1 hearings"))
        text = f"{whose}, {span}: {count}."
        clashes = self.model.clash_count()
        if clashes:
            text += " " + counted(
                clashes,
                self.tr("The one marked ⚠ may clash with another hearing of the same lawyer."),
                self.tr("The %1 marked ⚠ may clash with another hearing of the same lawyer."),
            )
        if found.through is not None:  # a very large office: the agenda window has the rest
            listed = self.tr("Listed up to %1; the agenda has the rest.")
            text += " " + listed.replace("%1", locale.toString(qdate(found.through), "d MMM"))
        self.heading.setText(text)
        self.table.resizeRowsToContents()
        self._fit_rows(len(active))
        self.loaded.emit(len(active))

    def _fit_rows(self, rows: int) -> None:
        """A compact list: tall enough for what there is (up to a dozen rows), no empty acre."""
        shown = min(max(rows, 3), 12)
        row_height = self.table.verticalHeader().defaultSectionSize()
        if rows:
            row_height = self.table.rowHeight(0)
        frame = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        # The wanted height goes into the window's size, only a floor into the table's minimum:
        # a widget never shrinks below its minimum, so a minimum taller than the window's room
        # drew the table over the buttons (the wrapped heading takes more room than measured).
        self.table.setMinimumHeight(frame + 2 * row_height)
        layout = self.layout()
        layout.activate()
        width = max(self.width(), 780)
        if layout.hasHeightForWidth():
            natural = layout.totalHeightForWidth(width)
        else:
            natural = layout.totalSizeHint().height()
        wanted = natural - self.table.sizeHint().height() + frame + shown * row_height
        self.resize(width, max(wanted, self.minimumSizeHint().height()))

    def _failed(self, exc: Exception) -> None:
        self.heading.setText(failure_message(exc))
        self.loaded.emit(0)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.case_requested.emit(item.reference)
            self.accept()

    def _open_agenda(self) -> None:
        self.agenda_requested.emit()
        self.accept()


def show_upcoming(
    state: AppState, parent: QWidget | None = None, *, today: date | None = None
) -> UpcomingDialog:
    """Load the next 7 days and open the dialog only if there is something to show.

    Returns the dialog at once so the caller can connect `case_requested` / `agenda_requested`;
    it deletes itself when closed or when there is nothing to show.
    """
    dialog = UpcomingDialog(state, parent, today=today)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def loaded(count: int) -> None:
        if count:
            dialog.open()
        else:
            dialog.deleteLater()

    dialog.loaded.connect(loaded)
    # Loading starts from the event loop, after the caller has connected its own slots.
    QTimer.singleShot(0, dialog.load)
    return dialog
