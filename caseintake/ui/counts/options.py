"""The choices of the counts dialog: up to four dimensions in order, K, the period, the consent rule,
and the language the PDF is printed in (remembered on this machine, as the GUI's own language is).

Choices the service would refuse are made hard to pick where that is cheap (K cannot go below
3, a dimension list cannot be empty); the remaining rules (one period dimension, each dimension
once, an empty period) stay with `services.counts`, whose sentence the dialog shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from caseintake.domain.counts import DEFAULT_MIN_CELL, DIMENSIONS, MAX_DIMENSIONS, SMALLEST_MIN_CELL
from caseintake.domain.report_language import LANGUAGE_NAMES
from caseintake.services.counts import DEFAULT_DIMENSIONS
from caseintake.ui.admin import settings as prefs
from caseintake.ui.counts.model import dimension_label
from caseintake.ui.counts.preview import CountsOptions

LARGEST_MIN_CELL = 99


def _month(day: QDate) -> str:
    return f"{day.year():04d}-{day.month():02d}"


def _hint(text: str) -> QLabel:
    """Muted text beside a field; greyed further when the form is disabled (a style sheet would not)."""
    hint = QLabel(text)
    hint.setWordWrap(True)  # a narrow screen (display scale 2) wraps it rather than cut the form
    palette = hint.palette()
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, muted)
    hint.setPalette(palette)
    return hint


class CountsOptionsForm(QWidget):
    changed = Signal()  # any choice changed; the dialog refreshes its preview after a pause

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsOptions")
        today = today or date.today()
        this_month = QDate(today.year, today.month, 1)

        self.dimension_combos: list[QComboBox] = []
        by_row = QHBoxLayout()
        for position in range(MAX_DIMENSIONS):
            combo = QComboBox()
            combo.setObjectName(f"dimension{position + 1}")
            combo.setAccessibleName(self.tr("Count by, level %1").replace("%1", str(position + 1)))
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("x" * 10))  # four fit at scale 2
            if position:
                combo.addItem(self.tr("—"), "")
                by_row.addWidget(QLabel(self.tr("then")))
            for name in DIMENSIONS:
                combo.addItem(dimension_label(name), name)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.dimension_combos.append(combo)
            by_row.addWidget(combo)
        by_row.addStretch(1)
        self.dimension_combos[0].setToolTip(self.tr("The chart shows the totals of this first dimension."))
        self.set_dimensions(DEFAULT_DIMENSIONS)

        self.from_check = QCheckBox(self.tr("&From"))
        self.from_check.setObjectName("fromCheck")
        self.from_check.setAccessibleName(self.tr("Count from a month"))
        self.from_month = self._month_edit("fromMonth", QDate(today.year, 1, 1), today)
        self.from_month.setAccessibleName(self.tr("From month"))
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_check.setObjectName("toCheck")
        self.to_check.setAccessibleName(self.tr("Count up to a month"))
        self.to_month = self._month_edit("toMonth", this_month, today)
        self.to_month.setAccessibleName(self.tr("To month"))
        period_row = QHBoxLayout()
        for check, edit in ((self.from_check, self.from_month), (self.to_check, self.to_month)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            period_row.addWidget(check)
            period_row.addWidget(edit)
            period_row.addSpacing(10)
        period_hint = QLabel(
            self.tr("Unticked: from January of the first year with cases, up to this month.")
        )
        period_hint.setStyleSheet("color: palette(placeholder-text);")
        period_hint.setWordWrap(True)
        period_row.addWidget(period_hint, 1)

        self.min_cell = QSpinBox()
        self.min_cell.setObjectName("minCell")
        self.min_cell.setAccessibleName(self.tr("Threshold K"))
        self.min_cell.setAccessibleDescription(self.tr("Counts smaller than K are shown as x"))
        self.min_cell.setRange(SMALLEST_MIN_CELL, LARGEST_MIN_CELL)
        self.min_cell.setValue(DEFAULT_MIN_CELL)
        self.min_cell.setToolTip(
            self.tr("Smaller thresholds can identify a child; %1 is the least allowed.").replace(
                "%1", str(SMALLEST_MIN_CELL)
            )
        )
        self.min_cell.valueChanged.connect(lambda _v: self._threshold_changed())
        self.threshold_hint = _hint("")
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.min_cell)
        threshold_row.addWidget(self.threshold_hint, 1)
        self._threshold_changed(emit=False)

        self.all_cases = QCheckBox(self.tr("Count all cases, not only those with consent"))
        self.all_cases.setObjectName("allCases")
        self.all_cases.setToolTip(
            self.tr(
                "By default only cases whose consent to statistics is yes are counted; the file says which."
            )
        )
        self.all_cases.toggled.connect(lambda _on: self.changed.emit())

        # Each language by its own name, as in Preferences. Only the PDF changes, so the preview
        # is not asked again; the choice is kept for the next time.
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.counts_language()), 0))
        self.language.setToolTip(
            self.tr("The language the PDF is printed in. The CSV and its metadata stay in English.")
        )
        self.language.currentIndexChanged.connect(
            lambda _i: prefs.set_counts_language(str(self.language.currentData()))
        )
        language_hint = _hint(self.tr("PDF only; a CSV is always in English"))
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(language_hint, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Count by:"), by_row)
        form.addRow(self.tr("Period:"), period_row)
        k_label = QLabel(self.tr("Threshold &K:"))
        k_label.setBuddy(self.min_cell)
        form.addRow(k_label, threshold_row)
        form.addRow("", self.all_cases)
        language_label = QLabel(self.tr("PDF &language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, language_row)

    def _month_edit(self, name: str, start: QDate, today: date) -> QDateEdit:
        edit = QDateEdit(start)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM")
        edit.setDateRange(QDate(2000, 1, 1), QDate(today.year + 1, 12, 31))
        edit.setEnabled(False)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def _threshold_changed(self, *, emit: bool = True) -> None:
        k = self.min_cell.value()
        self.threshold_hint.setText(
            self.tr("counts from 1 to %1 are hidden, and so are cells that would reveal them").replace(
                "%1", str(k - 1)
            )
        )
        if emit:
            self.changed.emit()

    def set_dimensions(self, dims: tuple[str, ...] | list[str]) -> None:
        for position, combo in enumerate(self.dimension_combos):
            name = dims[position] if position < len(dims) else ""
            combo.setCurrentIndex(max(combo.findData(name), 0))

    def dimensions(self) -> tuple[str, ...]:
        return tuple(str(c.currentData()) for c in self.dimension_combos if c.currentData())

    def options(self) -> CountsOptions:
        return CountsOptions(
            dims=self.dimensions(),
            min_cell=self.min_cell.value(),
            start=_month(self.from_month.date()) if self.from_check.isChecked() else None,
            end=_month(self.to_month.date()) if self.to_check.isChecked() else None,
            all_cases=self.all_cases.isChecked(),
            language=str(self.language.currentData()),
        )
