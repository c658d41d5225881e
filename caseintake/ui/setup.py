"""First run: create the database and its first supervisor, show the recovery key once (with a
printable recovery sheet), and, for a demo database only, offer synthetic cases to try it on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseintake.domain.errors import InvalidInput
from caseintake.domain.passphrases import judge
from caseintake.domain.validation import PASSPHRASE_MIN
from caseintake.services.demo_database import load_demo_cases
from caseintake.services.session import Session, create_session
from caseintake.ui.admin.forms import PassphraseStrength
from caseintake.ui.colours import error_style
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.error_texts import coded_text
from caseintake.ui.form_errors import readable
from caseintake.ui.screen_fit import keep_on_screen
from caseintake.ui.tasks import TaskRunner, failure_message


class SetupDialog(QDialog):
    """Accepts with `self.session` set once the key is acknowledged (and demo data loaded)."""

    def __init__(self, db_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Set up caseintake"))
        self.db_path = db_path
        self.runner = runner
        self.session: Session | None = None
        self.recovery_key = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._account_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        make_default(self.create_buttons, self.create_button)
        self.setMinimumWidth(520)

    # -- page 1: the office and the first supervisor --------------------------------------------

    def _account_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "<b>Welcome.</b> This creates the encrypted case database on this computer and your "
                "supervisor account. Everything you record stays in this one encrypted file."
            )
        )
        intro.setWordWrap(True)
        self.office_edit = QLineEdit()
        self.office_edit.setObjectName("officeEdit")
        self.office_edit.setAccessibleName(self.tr("Office name"))
        self.office_edit.setPlaceholderText(self.tr("e.g. Cebu legal-aid office"))
        self.prefix_edit = QLineEdit("CI")
        self.prefix_edit.setObjectName("prefixEdit")
        self.prefix_edit.setAccessibleName(self.tr("Case reference prefix"))
        self.prefix_edit.setAccessibleDescription(self.tr("Begins every case reference, e.g. CI"))
        self.prefix_edit.setMaxLength(10)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setAccessibleName(self.tr("Your user name"))
        self.user_edit.setPlaceholderText(self.tr("lower-case, e.g. asantos"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("displayNameEdit")
        self.name_edit.setAccessibleName(self.tr("Your full name"))
        self.pass_edit = QLineEdit()
        self.pass_edit.setObjectName("passphraseEdit")
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(PASSPHRASE_MIN))
        )
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Office name:"), self.office_edit)
        form.addRow(self.tr("Case reference prefix:"), self.prefix_edit)
        form.addRow(self.tr("Your user name:"), self.user_edit)
        form.addRow(self.tr("Your full name:"), self.name_edit)
        form.addRow(self.tr("Passphrase:"), self.pass_edit)
        self.strength = PassphraseStrength(self.pass_edit, lambda: self.user_edit.text().strip())
        self.user_edit.textChanged.connect(self.strength.update_verdict)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat_edit)
        self.demo_database_box = QCheckBox(self.tr("This is a &demo database (synthetic cases only)"))
        self.demo_database_box.setObjectName("demoDatabaseCheck")
        self.demo_database_box.setToolTip(
            self.tr(
                "For training and trying the application: it can be filled with made-up cases, which "
                "are never counted in statistics. A real office's database never takes demo cases."
            )
        )
        form.addRow("", self.demo_database_box)
        self.error = QLabel()
        self.error.setObjectName("setupMessage")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self.error))
        self.create_buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("&Create database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createButton")
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def create(self) -> None:
        if self.pass_edit.text() != self.repeat_edit.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        verdict = judge(self.pass_edit.text(), self.user_edit.text().strip(), example=self.strength.example)
        if not verdict.ok:  # the service refuses it too; saying so here skips the slow key derivation
            self.error.setText(coded_text(verdict.code, verdict.params, verdict.reason))
            return
        args = (self.db_path, self.user_edit.text().strip(), self.pass_edit.text())
        options = {
            "display_name": self.name_edit.text(),
            "office_prefix": self.prefix_edit.text().strip(),
            "office_name": self.office_edit.text().strip(),
            "demo": self.demo_database_box.isChecked(),
        }
        self.create_button.setEnabled(False)
        self.error.setText(self.tr("Creating the encrypted database…"))
        self.runner.run(lambda: create_session(*args, **options), self._created, self._failed)

    def _created(self, result: tuple[Session, str]) -> None:
        self.session, self.recovery_key = result
        self.pass_edit.clear()
        self.repeat_edit.clear()
        self.key_label.setText(self.recovery_key)
        demo = self.demo_database_box.isChecked()
        self.demo_box.setVisible(demo)  # synthetic cases go only into a demo database
        self.demo_box.setChecked(demo)
        self.demo_count.setVisible(demo)
        self.pages.setCurrentIndex(1)
        make_default(self.finish_buttons, self.finish_button)

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self.error.setText(readable(exc) if isinstance(exc, InvalidInput) else failure_message(exc))

    # -- page 2: the recovery key, shown once ---------------------------------------------------

    def _key_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("<b>Your recovery key</b>"))
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid); border-radius: 4px;")
        explain = QLabel(
            self.tr(
                "Write this key on paper now and keep it locked away from this laptop. It is shown "
                "only once. If anyone forgets their passphrase, a supervisor uses this key to set a new "
                "one; without it, a forgotten passphrase cannot be recovered by anyone."
            )
        )
        explain.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setObjectName("printRecoverySheetButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.printed_note = QLabel()
        self.printed_note.setObjectName("printedNote")
        self.confirm = QCheckBox(self.tr("I have written down the recovery key and stored it safely"))
        self.confirm.setObjectName("recoveryKeyConfirm")
        self.demo_box = QCheckBox(self.tr("Load synthetic demo cases to try the application"))
        self.demo_box.setObjectName("demoCheck")
        self.demo_count = QSpinBox()
        self.demo_count.setObjectName("demoCount")
        self.demo_count.setAccessibleName(self.tr("Number of demo cases"))
        self.demo_count.setRange(10, 100_000)
        self.demo_count.setValue(500)
        self.demo_count.setSuffix(self.tr(" cases"))
        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.finish_buttons = buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            self.tr("&Start using caseintake"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setEnabled(False)
        self.confirm.toggled.connect(self.finish_button.setEnabled)
        buttons.accepted.connect(self.finish)
        demo_row = QFormLayout()
        demo_row.addRow(self.demo_box, self.demo_count)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.key_label)
        layout.addWidget(explain)
        layout.addWidget(self.print_button)
        layout.addWidget(self.printed_note)
        layout.addWidget(self.confirm)
        layout.addSpacing(12)
        layout.addLayout(demo_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def print_sheet(self) -> None:
        from caseintake.ui.maintenance.recovery_sheet import print_sheet

        office = self.office_edit.text().strip()
        if print_sheet(self, self.recovery_key, office=office, database=self.db_path):
            self.printed_note.setText(self.tr("The recovery sheet was sent to the printer."))

    def finish(self) -> None:
        if not self.confirm.isChecked() or self.session is None:
            return
        if not (self.demo_database_box.isChecked() and self.demo_box.isChecked()):
            self.accept()
            return
        self.finish_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, self.demo_count.value())
        self.status.setText(self.tr("Generating synthetic cases…"))
        task = self.runner.task(lambda done, total: self.progress.setValue(done))
        session, count = self.session, self.demo_count.value()
        self.runner.run(
            lambda: load_demo_cases(session, count, seed=1, task=task),
            lambda _refs: self.accept(),
            self._demo_failed,
        )

    def _demo_failed(self, exc: Exception) -> None:
        self.finish_button.setEnabled(True)
        self.progress.hide()
        self.status.setText(failure_message(exc))

    def reject(self) -> None:
        if self.session is not None:  # the database exists now: leave only through the key page
            return
        super().reject()
