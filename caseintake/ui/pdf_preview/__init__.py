"""A written PDF on screen before it goes to paper: pages, zoom, print, open, show in folder."""

from caseintake.ui.pdf_preview.window import PdfPreview

__all__ = ["PdfPreview"]
