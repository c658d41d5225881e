"""Preferences: machine settings kept in QSettings (never case data).

Only the idle-lock time is offered. A language choice appears once translations ship; a menu
that offers languages the application cannot show would be a promise it breaks.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseintake.ui.admin import settings as prefs
from caseintake.ui.dialog_keys import make_default


class PreferencesDialog(QDialog):
    idle_lock_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings if settings is not None else prefs.app_settings()

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(prefs.IDLE_LOCK_MIN, prefs.IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(prefs.idle_lock_minutes(self.settings))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))

        explain = QLabel(
            self.tr(
                "caseintake locks itself after this many minutes without keyboard or mouse use, "
                "closing the database until someone signs in again. Ctrl+L locks at once."
            )
        )
        explain.setWordWrap(True)
        stored = QLabel(
            self.tr(
                "Preferences are kept for your account on this computer, outside the encrypted "
                "database. They never contain case data."
            )
        )
        stored.setWordWrap(True)
        stored.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Lock after:"), self.idle_minutes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.idle_minutes.setValue(prefs.IDLE_LOCK_DEFAULT))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(stored)
        layout.addStretch(1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.setMinimumWidth(440)

    def accept(self) -> None:
        minutes = self.idle_minutes.value()
        prefs.set_idle_lock_minutes(minutes, self.settings)
        self.idle_lock_minutes_changed.emit(minutes)
        super().accept()
