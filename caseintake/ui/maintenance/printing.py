"""Printing a short text document (the integrity report, the recovery sheet) on paper.

Printing "to a file" is switched off in the dialog: a file written there would escape the save
checks (`storage.safe_output`), and a recovery sheet must never become a file at all. A printer
that still writes PDF (a "print to PDF" queue) is refused for the recovery sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask_printer(parent: QWidget | None, title: str, *, paper_only: bool = False) -> QPrinter | None:
    """The printer the user chose, or None (cancelled, or a file where only paper will do)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("maintenancePrintDialog")
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if paper_only and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Printing",
                "This printer writes a file; the recovery sheet is printed on paper only. Choose a "
                "real printer, or write the key down by hand.",
            ),
        )
        return None
    return printer


def print_document(printer: QPrinter, document: QTextDocument) -> None:
    document.print_(printer)
