"""Keys and backups → Check integrity: the check runs on the database thread with progress and
cancel, then its report is shown in plain words and can be saved as text or printed.

The report holds no case data (`check_report`), so saving it is an ordinary output: checked
like every other (never into the database's folder, never over a backup or through a link).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseintake.services import maintenance
from caseintake.services.maintenance import CHECKS, PROGRESS_TOTAL, CheckReport, check_at
from caseintake.services.outputs import write_file
from caseintake.services.progress import Cancelled
from caseintake.ui.admin.forms import FormMessage
from caseintake.ui.colours import error_style
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.labels import label
from caseintake.ui.maintenance.check_report import report_text, summary
from caseintake.ui.maintenance.printing import ask_printer, print_document
from caseintake.ui.save_target import choose_save_target
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.state import AppState
from caseintake.ui.tasks import failure_message


class IntegrityCheckDialog(QDialog):
    """Starts the check when created; `checked` carries the report once it is in."""

    checked = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("integrityCheckDialog")
        self.setWindowTitle(self.tr("Check integrity"))
        self.state = state
        self.report: CheckReport | None = None
        self.text = ""
        self.running = False

        self.heading = QLabel(self.tr("Checking the database…"))
        self.heading.setObjectName("checkSummary")
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.progress.setRange(0, PROGRESS_TOTAL)
        self.view = QPlainTextEdit()
        self.view.setObjectName("integrityReport")
        self.view.setAccessibleName(self.tr("Integrity report"))
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.view.setFont(mono)
        self.view.hide()
        self.message = FormMessage("checkMessage")

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save as text…"))
        self.save_button.setObjectName("saveReportButton")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printReportButton")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeCheckButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_text)
        self.print_button.clicked.connect(self.print_report)
        self.buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        # While the report is hidden (running, cancelled), the heading and bar stay at the top.
        self._filler = layout.count()
        layout.addStretch(1)
        self._layout = layout
        layout.addWidget(self.buttons)
        make_default(self.buttons, self.close_button)
        self.resize(820, 560)
        self.task = state.runner.task(self._progressed)
        self.start()

    # -- the check ------------------------------------------------------------------------------

    def start(self) -> None:
        self.running = True
        self.state.call(maintenance.check, self._checked, self._failed, self.task)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        if done < total and not self.task.cancelled:
            name = check_at(done)
            self.heading.setText(
                self.tr("Checking (%1 of %2): %3")
                .replace("%1", str(CHECKS.index(name) + 1))
                .replace("%2", str(len(CHECKS)))
                .replace("%3", label("integrity_check", name))
            )

    def _checked(self, report: CheckReport) -> None:
        self.running = False
        self.close_button.setEnabled(True)
        self.report = report
        self.text = report_text(
            report,
            database=self.state.db_path.name,
            checked_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip(),
            checked_by=self.state.username,
        )
        self.progress.hide()
        self.heading.setText(f"<b>{summary(report)}</b>")
        self.heading.setStyleSheet("" if report.ok else error_style(self.heading))
        self.view.setPlainText(self.text)
        self.view.show()
        self._layout.setStretch(self._filler, 0)  # the report takes the room
        self.close_button.setText(self.tr("Close"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.checked.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.close_button.setEnabled(True)
        self.progress.hide()
        self.close_button.setText(self.tr("Close"))
        if isinstance(exc, Cancelled):
            self.heading.setText(
                self.tr(
                    "<b>The check was cancelled before it finished</b>, so it says nothing about whether"
                    " the database is intact; nothing was changed. Run it again to know."
                )
            )
        else:
            self.heading.setText(self.tr("The check could not run."))
            self.message.error(failure_message(exc))

    def reject(self) -> None:
        """Cancel (or Esc) while the check runs stops it and keeps the dialog open to say so."""
        if self.running:
            self.task.cancel()  # the check stops part-way and reports Cancelled (`_failed`)
            self.heading.setText(self.tr("Cancelling the check…"))
            self.close_button.setEnabled(False)
            return
        super().reject()

    # -- save and print -------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return f"integrity-check-{datetime.now().strftime('%Y-%m-%d')}.txt"

    def save_text(self) -> None:
        target = choose_save_target(
            self,
            self.tr("Save the integrity report"),
            self.suggested_name(),
            self.tr("Text files (*.txt)"),
            self.state.db_path,
            kind="backup",  # kept with the backups: both are the supervisor's maintenance papers
            suffix=".txt",
        )
        if target is None:
            return
        data, database = self.text.encode("utf-8"), self.state.db_path
        self.state.runner.run(
            lambda: write_file(target.path, data, database, force=target.replace),
            lambda path: self.message.info(self.tr("Report saved to %1.").replace("%1", str(path))),
            lambda exc: self.message.error(failure_message(exc)),
        )

    def report_document(self) -> QTextDocument:
        document = QTextDocument()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        document.setDefaultFont(font)
        document.setPlainText(self.text)
        return document

    def print_report(self) -> None:
        printer = ask_printer(self, self.tr("Print the integrity report"))
        if printer is None:
            return
        print_document(printer, self.report_document())
        self.message.info(self.tr("The report was sent to the printer."))
