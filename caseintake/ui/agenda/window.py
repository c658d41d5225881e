"""The hearings agenda: a calendar, the hearings of the chosen period, clashes, .ics export.

Everything the database knows arrives through `AppState.call` on the database thread; this
widget only asks and shows. A generation number drops answers to questions no longer asked
(the user clicked on while an older period was loading).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.codes import Role
from caseintake.domain.errors import IdentityLeak
from caseintake.services import agenda as rules
from caseintake.services import hearings
from caseintake.services.hearings import AgendaItem
from caseintake.ui.agenda.model import CLASH_BACKGROUND, AgendaModel
from caseintake.ui.colours import caution_colour, error_style
from caseintake.ui.leak_block import show_leak_block
from caseintake.ui.long_work import run_with_progress
from caseintake.ui.save_target import choose_save_target
from caseintake.ui.screen_fit import centre_on_screen, keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted

#: The size the agenda opens at when the screen has room: calendar, six columns, a month of rows.
PREFERRED_SIZE = QSize(1180, 680)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AgendaWindow(QWidget):
    case_requested = Signal(str)  # a case reference
    refreshed = Signal(int)  # hearings now shown in the table

    def __init__(self, state: AppState, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("agendaWindow")
        self.setWindowTitle(self.tr("Hearings agenda"))
        self.state = state
        self.today = today or date.today()
        self.model = AgendaModel(self)
        self._generation = 0
        self._loaded_for = ""  # the user whose scope default was applied
        self._range = (self.today, self.today)
        self._cut: date | None = None  # the last day listed, when the period held too many hearings
        self._placed = False  # sized and centred on its screen at the first show as a window

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("agendaCalendar")
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setAccessibleDescription(self.tr("Choose a day; days with a possible clash are marked"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(qdate(self.today))
        self.calendar.setMinimumWidth(250)  # beside the hearings on a 683-pixel-wide screen (scale 2)
        # Qt paints weekends red by default; here colour means "possible clash", nothing else.
        plain = QTextCharFormat()
        plain.setForeground(self.palette().brush(QPalette.ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekend, plain)
        today_button = QPushButton(self.tr("&Today"))
        today_button.setObjectName("agendaToday")
        today_button.clicked.connect(self.go_to_today)
        legend = QLabel(self.tr("Bold days have hearings; orange days have a possible clash."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.calendar)
        left.addWidget(today_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(legend)
        left.addStretch(1)
        left_panel = QWidget()
        left_panel.setLayout(left)

        self.scope = QWidget()
        self.scope.setObjectName("agendaScope")
        self.mine_button = QPushButton(self.tr("&Mine"))
        self.mine_button.setObjectName("scopeMine")
        self.everyone_button = QPushButton(self.tr("&Everyone"))
        self.everyone_button.setObjectName("scopeEveryone")
        self.scope_group = QButtonGroup(self)
        scope_row = QHBoxLayout(self.scope)
        scope_row.setContentsMargins(0, 0, 0, 0)
        scope_row.setSpacing(0)
        for button in (self.mine_button, self.everyone_button):
            button.setCheckable(True)
            self.scope_group.addButton(button)
            scope_row.addWidget(button)
        self.mine_button.setToolTip(self.tr("Only hearings where you are the lawyer"))
        self.everyone_button.setChecked(True)

        self.span = QComboBox()
        self.span.setObjectName("agendaSpan")
        self.span.setAccessibleName(self.tr("Period shown"))
        for label, span in (
            (self.tr("Day"), rules.Span.DAY),
            (self.tr("Week"), rules.Span.WEEK),
            (self.tr("Month"), rules.Span.MONTH),
        ):
            self.span.addItem(label, span.value)
        self.span.setCurrentIndex(2)
        span_label = QLabel(self.tr("&Show:"))
        span_label.setBuddy(self.span)

        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setObjectName("exportIcsButton")
        self.export_button.setToolTip(
            self.tr(
                "Save the hearings of the period as a calendar file: case reference, kind and court only."
            )
        )
        self.export_button.setEnabled(False)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.scope)
        toolbar.addSpacing(12)
        toolbar.addWidget(span_label)
        toolbar.addWidget(self.span)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)

        self.heading = QLabel()
        self.heading.setObjectName("agendaHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Hearings"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 120, 170, 230, 90, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        self.message = QLabel()
        self.message.setObjectName("agendaMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(toolbar)
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addWidget(self.message)
        right_panel = QWidget()
        right_panel.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_panel)
        splitter.addWidget(right_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.calendar.selectionChanged.connect(self.refresh)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.scope_group.buttonClicked.connect(lambda _b: self.refresh())
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.export_ics)

    # -- asking -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.isWindow() and not self._placed:
            self._placed = True
            self.fit_to_screen()
        if self._loaded_for != self.state.username:
            self.refresh()

    def fit_to_screen(self) -> None:
        """Open at the preferred size, or smaller, in the middle of the main window's screen."""
        centre_on_screen(self, PREFERRED_SIZE, anchor=self.parentWidget())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isWindow() and event.matches(QKeySequence.StandardKey.Cancel):
            self.close()  # Escape closes the agenda window, as it does a dialog
            return
        super().keyPressEvent(event)

    def mine(self) -> bool:
        return self.mine_button.isChecked()

    def set_mine(self, mine: bool) -> None:
        (self.mine_button if mine else self.everyone_button).setChecked(True)
        self.refresh()

    def go_to_today(self) -> None:
        self.calendar.setSelectedDate(qdate(self.today))
        self.calendar.setCurrentPage(self.today.year, self.today.month)

    def refresh(self) -> None:
        """Ask for the visible month and the chosen period in one query (the union of both)."""
        if self.state.session is None:  # locked: nothing to ask, nothing to show
            self.clear()
            return
        if self._loaded_for != self.state.username:
            self._loaded_for = self.state.username
            (self.mine_button if self.state.role == Role.LAWYER else self.everyone_button).setChecked(True)
        anchor = pydate(self.calendar.selectedDate())
        self._range = rules.period(anchor, rules.Span(self.span.currentData()))
        page = rules.period(date(self.calendar.yearShown(), self.calendar.monthShown(), 1), rules.Span.MONTH)
        self._generation += 1
        generation = self._generation
        self.heading.setText(self._heading(None))
        lawyer = self.state.username if self.mine() else None
        self.state.call(
            rules.agenda_view,
            lambda found: self._show(generation, found, page),
            lambda exc: self._failed(generation, exc),
            self._range,
            page,
            lawyer=lawyer,
        )

    def clear(self) -> None:
        """Forget everything shown (the application is locking)."""
        self._generation += 1
        self._loaded_for = ""
        self._cut = None
        self.model.clear()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.heading.clear()
        self.message.clear()
        self.export_button.setEnabled(False)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, generation: int, found: rules.AgendaView, page: tuple[date, date]) -> None:
        if generation != self._generation:
            return
        shown = found.shown.items
        context = found.context()
        self._cut = found.shown.through
        self.model.set_items(shown, context=context)
        self._mark_days(context, page)
        self.export_button.setEnabled(bool(shown))
        self.heading.setText(self._heading(len(shown)))
        self._say(self._cut_text(found))
        self.refreshed.emit(len(shown))

    def _cut_text(self, found: rules.AgendaView) -> str:
        """Why the list, or the calendar's marks, stop before the end, and how to see the rest."""
        through = found.shown.through or found.month.through
        if through is None:
            return ""
        day = QLocale().toString(qdate(through), "d MMM yyyy")
        if found.shown.through is None:
            text = self.tr(
                "The calendar marks days up to %1 only: this month holds too many hearings to mark."
            )
        elif found.shown.whole_days:
            text = self.tr(
                "There are too many hearings to list at once: shown up to %1. Choose a week or a day, "
                "or Mine, to see the rest; Export .ics… writes the whole period."
            )
        else:
            text = self.tr(
                "There are too many hearings on %1 to list at once: the first %2 are shown. Choose Mine "
                "to see the rest; Export .ics… writes the whole period."
            )
        return text.replace("%1", day).replace("%2", QLocale().toString(len(found.shown.items)))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self.heading.setText(self._heading(0))
        self._say(failure_message(exc), error=True)

    def _mark_days(self, items: list[AgendaItem], page: tuple[date, date]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        clashing = {rules.local_day(i) for i in items if i.id in self.model.clashes}
        for day in rules.hearing_days(items):
            if not page[0] <= day <= page[1]:
                continue
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if day in clashing:
                fmt.setForeground(QBrush(caution_colour(self.calendar.palette(), CLASH_BACKGROUND)))
                fmt.setBackground(QBrush(CLASH_BACKGROUND))
                fmt.setToolTip(self.tr("Possible clash of hearings on this day"))
            self.calendar.setDateTextFormat(qdate(day), fmt)

    def _heading(self, count: int | None) -> str:
        first, last = self._range
        locale = QLocale()
        span = locale.toString(qdate(first), "d MMM yyyy")
        if last != first:
            span = f"{span} – {locale.toString(qdate(last), 'd MMM yyyy')}"
        who = self.tr("My hearings") if self.mine() else self.tr("All hearings")
        if count is None:
            return f"{who}, {span} · {self.tr('loading…')}"
        text = f"{who}, {span} · {counted(count, self.tr('%1 hearing'), self.tr('%1 hearings'))}"
        clashes = self.model.clash_count()
        if clashes:
            text += " · " + self.tr("%1 with a possible clash").replace("%1", str(clashes))
        return text

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style(self.message) if error else "")
        self.message.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.case_requested.emit(item.reference)

    # -- exporting ----------------------------------------------------------------------------

    def export_ics(self) -> None:
        items = list(self.model.items)
        if not items:
            return
        first, last = self._range
        lawyer = self.state.username if self.mine() else None
        cut = self._cut  # the list stops early: the export reads the whole period itself
        target = choose_save_target(
            self,
            self.tr("Export hearings as a calendar"),
            f"hearings-{first:%Y%m%d}-{last:%Y%m%d}.ics",
            self.tr("Calendar files (*.ics)"),
            self.state.db_path,
            kind="calendar",
            suffix=".ics",
        )
        if target is None:
            return
        session = self.state.session
        if session is None:
            return
        self._say(self.tr("Checking and writing the calendar…"))
        # Off the GUI thread with progress and cancel: a year of an office's hearings is long work.
        run_with_progress(
            self,
            self.state.runner,
            self.tr("Export hearings as a calendar"),
            self.tr("Checking the calendar for protected details and writing it…"),
            lambda task: rules.export_calendar(
                session,
                items if cut is None else hearings.agenda(session, first, last, lawyer=lawyer),
                target.path,
                force=target.replace,
                task=task,
            ),
            self._exported,
            self._export_failed,
        )

    def _exported(self, done: rules.CalendarExport) -> None:
        self.export_button.setEnabled(bool(self.model.items))
        what = counted(done.hearings, self.tr("Wrote %1 hearing to %2."), self.tr("Wrote %1 hearings to %2."))
        self._say(what.replace("%2", done.path.name))

    def _export_failed(self, exc: Exception) -> None:
        self._say(failure_message(exc), error=True)
        if isinstance(exc, IdentityLeak):
            self.leak_dialog = show_leak_block(self, self.state, exc, self.tr("Calendar blocked"))

    def selected_item(self) -> AgendaItem | None:
        return self.model.item_at(self.table.currentIndex().row())
