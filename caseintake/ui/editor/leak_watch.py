"""Identity-leak warnings while typing: highlight vault values and offer the pseudonym instead.

The output guard blocks a document that names a child; this catches the name where it is
typed, long before any output. Scanning is debounced and runs on terms already in memory (no
database access while typing). Between scans, highlights move with the edits, so they do not
jump around while the user types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseintake.services.leak_guard import CaseTerms
from caseintake.ui.editor.labels import label
from caseintake.ui.editor.leak_spans import LeakSpan, find_spans, utf16_offsets
from caseintake.ui.editor.plain_text import PlainTextEdit
from caseintake.ui.editor.widgets import style_bar
from caseintake.ui.text import counted

SCAN_DELAY_MS = 250
TermsSource = Callable[[], CaseTerms | None]


def replacement(span: LeakSpan) -> str:
    """A name becomes the pseudonym; other details become "AAA's address" and the like."""
    if span.is_name:
        return span.pseudonym
    text = QCoreApplication.translate("LeakWatch", "%1's %2")
    return text.replace("%1", span.pseudonym).replace("%2", label("leak_field", span.field))


class LeakHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[LeakSpan] = []
        self.leak_format = QTextCharFormat()
        self.leak_format.setBackground(QColor(255, 176, 0, 90))
        self.leak_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.leak_format.setUnderlineColor(QColor(200, 40, 30))

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        for span in self.spans:
            if span.end <= start or span.start >= end:
                continue
            left = max(span.start, start) - start
            self.setFormat(left, min(span.end, end) - start - left, self.leak_format)


class LeakWarningBar(QFrame):
    """Says whose detail the text holds (never the detail) and offers the replacement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leakWarning")
        style_bar(self, "warning")
        self.label = QLabel()
        self.label.setObjectName("leakWarningText")
        self.label.setWordWrap(True)
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("leakReplaceButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_spans(self, spans: list[LeakSpan]) -> None:
        if not spans:
            self.label.clear()
            self.replace_button.setText("")
            self.hide()
            return
        first = spans[0]
        others = len({(s.pseudonym, s.field) for s in spans}) - 1
        text = self.tr("This text contains %1's %2, which must stay in the identity vault.")
        text = text.replace("%1", first.pseudonym).replace("%2", label("leak_field", first.field))
        if others > 0:
            text += " " + counted(
                others,
                self.tr("One more protected detail is highlighted."),
                self.tr("%1 more protected details are highlighted."),
            )
        self.label.setText(text)
        self.replace_button.setText(self.tr("Replace with %1").replace("%1", replacement(first)))
        self.show()


class LeakWatch(QObject):
    """Watches one text editor; `terms` is asked on every scan, so new terms apply at once."""

    def __init__(self, edit: PlainTextEdit, bar: LeakWarningBar, terms: TermsSource) -> None:
        super().__init__(edit)
        self.edit = edit
        self.bar = bar
        self.terms = terms
        self.spans: list[LeakSpan] = []  # plain-text positions, for replacing
        self._formatting = False
        # Connected before the highlighter exists, so spans move before it re-formats a block.
        edit.document().contentsChange.connect(self._move_spans)
        self.highlighter = LeakHighlighter(edit.document())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SCAN_DELAY_MS)
        self.timer.timeout.connect(self.scan)
        edit.textChanged.connect(self._text_changed)
        bar.replace_button.clicked.connect(self.replace_first)

    def _text_changed(self) -> None:
        if not self._formatting:
            self.timer.start()

    def _move_spans(self, position: int, removed: int, added: int) -> None:
        if removed == added == 0 or not self.highlighter.spans:
            return
        moved = []
        for span in self.highlighter.spans:
            if span.end <= position:
                moved.append(span)
            elif span.start >= position + removed:
                delta = added - removed
                moved.append(LeakSpan(span.start + delta, span.end + delta, span.pseudonym, span.field))
        self.highlighter.spans = moved

    def scan(self) -> None:
        """Find the spans now (also called directly before a replacement)."""
        self.timer.stop()
        terms = self.terms()
        text = self.edit.toPlainText()
        self.spans = find_spans(terms, text) if terms is not None else []
        self._apply(utf16_offsets(text, self.spans))

    def _apply(self, document_spans: list[LeakSpan]) -> None:
        had = bool(self.highlighter.spans)
        self.highlighter.spans = document_spans
        if had or document_spans:
            self._formatting = True
            try:
                self.highlighter.rehighlight()
            finally:
                self._formatting = False
        self.bar.show_spans(self.spans)

    def replace_first(self) -> None:
        """Replace every highlighted value of the first pseudonym shown; one undo step."""
        self.scan()
        if not self.spans:
            return
        pseudonym = self.spans[0].pseudonym
        text = self.edit.toPlainText()
        document_spans = utf16_offsets(text, self.spans)
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        for span, at in reversed(list(zip(self.spans, document_spans, strict=True))):
            if span.pseudonym != pseudonym:
                continue
            cursor.setPosition(at.start)
            cursor.setPosition(at.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement(span))
        cursor.endEditBlock()
        self.scan()

    def reset(self) -> None:
        """Forget every span (on clear and lock): nothing of the vault stays in the highlighter."""
        self.timer.stop()
        self.spans = []
        self._apply([])


class GuardedTextField(QWidget):
    """A plain-text editor with its leak-warning bar underneath."""

    def __init__(self, object_name: str, terms: TermsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PlainTextEdit()
        self.edit.setObjectName(object_name)
        self.bar = LeakWarningBar()
        self.watch = LeakWatch(self.edit, self.bar, terms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.bar)
