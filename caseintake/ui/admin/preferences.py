"""Preferences: machine settings kept in QSettings (never case data).

The idle-lock time, applied at once, and the GUI's language, applied at the next start
(`caseintake.ui.language` installs it before any window is built).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseintake.ui import language
from caseintake.ui.admin import settings as prefs
from caseintake.ui.dialog_keys import make_default
from caseintake.ui.screen_fit import keep_on_screen

#: Each language by its own name, untranslated, so it can be found whatever the GUI shows now.
LANGUAGE_NAMES = {language.ENGLISH: "English", "fil": "Filipino", "ceb": "Cebuano (Bisaya)"}


class PreferencesDialog(QDialog):
    idle_lock_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings if settings is not None else prefs.app_settings()

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(prefs.IDLE_LOCK_MIN, prefs.IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(prefs.idle_lock_minutes(self.settings))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        system = LANGUAGE_NAMES[language.system_language()]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), language.SYSTEM)
        for code in (language.ENGLISH, *language.TRANSLATED):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(language.chosen(self.settings)))
        language_note = QLabel(self.tr("A new language is used from the next time caseintake starts."))
        language_note.setObjectName("languageNote")
        language_note.setWordWrap(True)

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
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", language_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(stored)
        layout.addStretch(1)
        layout.addWidget(buttons)
        make_default(buttons, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.setMinimumWidth(440)

    def restore_defaults(self) -> None:
        self.idle_minutes.setValue(prefs.IDLE_LOCK_DEFAULT)
        self.language.setCurrentIndex(self.language.findData(language.SYSTEM))

    def accept(self) -> None:
        minutes = self.idle_minutes.value()
        prefs.set_idle_lock_minutes(minutes, self.settings)
        language.set_chosen(str(self.language.currentData()), self.settings)
        self.idle_lock_minutes_changed.emit(minutes)
        super().accept()
