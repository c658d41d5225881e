"""Anonymized counts for supervisors: choose, preview the suppressed table and a chart, export.

The preview is the table the file would hold (DESIGN §8): built by `services.counts` on the
database thread and handed back with published counts only (`preview.CountsPreview`). Changing a
choice refreshes it after a short pause; a generation number drops answers to questions no
longer asked. The service checks the permission; the dialog also refuses up front, so someone
who is not a supervisor sees the service's sentence rather than a form that cannot work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.roles import Action
from caseintake.ui.admin.forms import FormMessage, refusal
from caseintake.ui.counts.chart import ChartBar, CountsChart
from caseintake.ui.counts.model import CountsModel, dimension_label, value_label
from caseintake.ui.counts.options import CountsOptionsForm
from caseintake.ui.counts.preview import CountsPreview, ExportSummary, export_file, preview_counts
from caseintake.ui.labels import label
from caseintake.ui.save_target import choose_save_target
from caseintake.ui.screen_fit import ScrollingForm, keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message
from caseintake.ui.text import counted

REFRESH_DELAY_MS = 400


class CountsDialog(QDialog):
    refreshed = Signal(int)  # rows now shown in the preview
    exported = Signal(object)  # the ExportSummary of a file written

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("countsDialog")
        self.setWindowTitle(self.tr("Anonymized counts"))
        self.state = state
        self.preview: CountsPreview | None = None
        self._generation = 0
        self._closed = False

        intro = QLabel(
            self.tr(
                "Counts of cases for donors and partners. Small counts are hidden (x), and so are "
                "counts that would let them be worked out; what you see here is what the file will hold."
            )
        )
        intro.setWordWrap(True)
        self.form = CountsOptionsForm(self)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.form.changed.connect(self._choices_changed)

        self.facts = QLabel()
        self.facts.setObjectName("countsFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Which earlier exports constrain this one (issue 13): they decide some hidden cells.
        self.constraints = QLabel()
        self.constraints.setObjectName("countsConstraints")
        self.constraints.setWordWrap(True)
        self.constraints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = CountsModel(self)
        self.table = QTableView()
        self.table.setObjectName("countsTable")
        self.table.setAccessibleName(self.tr("Counts"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move here
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)

        self.chart = CountsChart()
        chart_area = QScrollArea()
        chart_area.setObjectName("countsChartArea")
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_area)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([430, 430])

        self.message = FormMessage("countsMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for widget in (self.preview_button, self.csv_button, self.pdf_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(close)

        upper = QVBoxLayout()  # scrolls on a small screen; the message and buttons stay in view
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(intro)
        upper.addWidget(self.form)
        upper.addWidget(self.facts)
        upper.addWidget(self.constraints)
        upper.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingForm(upper, "countsBody"), 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(940, 640)

        self.allowed = state.may(Action.COUNTS_EXPORT)
        self._set_exports_enabled(False)
        if not self.allowed:
            self.form.setEnabled(False)
            self.preview_button.setEnabled(False)
            self.chart.clear()
            self.message.error(refusal(state.role, Action.COUNTS_EXPORT))
            return
        self.chart.clear(self.tr("Loading…"))
        self.refresh()

    # -- preview ------------------------------------------------------------------------------

    def _choices_changed(self) -> None:
        """The table shown no longer matches the choices: no export of it; ask again after a pause."""
        self._generation += 1
        self._set_exports_enabled(False)
        self.timer.start()

    def refresh(self) -> None:
        self.timer.stop()
        if not self.allowed:
            return
        self._generation += 1
        generation = self._generation
        self.message.info(self.tr("Counting…"))
        self.state.call(
            preview_counts,
            lambda preview: self._show(generation, preview),
            lambda exc: self._failed(generation, exc),
            self.form.options(),
        )

    def _show(self, generation: int, preview: CountsPreview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self.model.set_preview(preview)
        first = preview.dims[0]
        bars = [
            ChartBar(value_label(first, row.key[0], short=True), row.count) for row in preview.first_margin()
        ]
        self.chart.set_bars(self.tr("Cases by %1").replace("%1", dimension_label(first).lower()), bars)
        self.facts.setText(self._facts(preview))
        self.constraints.setText(self.constraint_text(preview))
        self.message.info("")
        self._set_exports_enabled(True)
        self.refreshed.emit(len(preview.rows))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.preview = None
        self._set_exports_enabled(False)
        self.model.clear()
        self.chart.clear()
        self.facts.clear()
        self.constraints.clear()
        self.message.error(failure_message(exc))

    def constraint_text(self, preview: CountsPreview) -> str:
        if not preview.constrained_by:
            return self.tr("No earlier export overlaps this table: it is protected on its own.")
        head = self.tr(
            "Protected together with %n earlier export(s) that overlap it: cells they published stay"
            " published, cells they hid stay hidden, and more may be hidden so that nothing can be"
            " worked out by setting the files side by side.",
            "",
            len(preview.constrained_by),
        )
        return head + "\n" + "\n".join(f"• {text}" for text in preview.constrained_by)

    def _facts(self, preview: CountsPreview) -> str:
        k = preview.min_cell
        lines = [
            self.tr(
                "Cases opened %1 to %2 (month of opening) · threshold K = %3: counts from 1 to %4 are hidden"
            )
            .replace("%1", preview.start)
            .replace("%2", preview.end)
            .replace("%3", str(k))
            .replace("%4", str(k - 1)),
            self.tr("All cases, whatever their consent to statistics (your choice)")
            if preview.all_cases
            else self.tr("Only cases whose consent to statistics is yes"),
        ]
        rows = counted(len(preview.rows), self.tr("%1 row"), self.tr("%1 rows"))
        hidden = counted(preview.suppressed, self.tr("%1 suppressed"), self.tr("%1 suppressed"))
        lines[1] += f" · {rows}, {hidden}"
        if preview.multi_valued:
            names = ", ".join(dimension_label(d).lower() for d in preview.multi_valued)
            lines.append(
                self.tr("A case with several values (%1) counts once for each.").replace("%1", names)
            )
        return "\n".join(lines)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 260))

    # -- export -------------------------------------------------------------------------------

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(enabled and self.allowed)

    def export(self, suffix: str) -> None:
        if not self.allowed:
            return
        options = self.form.options()
        target = choose_save_target(
            self,
            self.tr("Export anonymized counts"),
            f"{options.file_stem()}{suffix}",
            label("file_filter", suffix),
            self.state.db_path,
            kind="counts",
            suffix=suffix,
        )
        if target is None:
            return
        path = target.path
        self._set_exports_enabled(False)
        self.message.info(self.tr("Checking and writing %1…").replace("%1", path.name))
        self.state.call(export_file, self._exported, self._export_failed, path, options, force=target.replace)

    def _exported(self, done: ExportSummary) -> None:
        if self._closed:
            return
        self._set_exports_enabled(self.preview is not None)
        rows = counted(done.rows, self.tr("Wrote %1 row"), self.tr("Wrote %1 rows"))
        self.message.info(
            self.tr("%1 (%2 suppressed) to %3.")
            .replace("%1", rows)
            .replace("%2", f"{done.suppressed:,}")
            .replace("%3", done.path.name)
        )
        self.exported.emit(done)

    def _export_failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self._set_exports_enabled(self.preview is not None)
        self.message.error(failure_message(exc))

    def done(self, result: int) -> None:
        """Closing (or locking): stop asking and ignore answers still on their way."""
        self.timer.stop()
        self._generation += 1
        self._closed = True
        super().done(result)


def open_counts_dialog(state: AppState, parent: QWidget | None = None) -> CountsDialog | None:
    """Open the counts dialog for a supervisor; anyone else gets the refusal and no dialog."""
    if not state.may(Action.COUNTS_EXPORT):
        title = QCoreApplication.translate("CountsDialog", "Anonymized counts")
        QMessageBox.warning(parent, title, refusal(state.role, Action.COUNTS_EXPORT))
        return None
    dialog = CountsDialog(state, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
