"""The documents into a PDF (QPdfWriter) or to a printer (QPrinter, QPrintDialog)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from kneecoach import APP_NAME
from kneecoach.core.paper.paper import PaperSize, paper_for
from kneecoach.core.paper.report import ProgressReport
from kneecoach.core.paper.sheet import ProgrammeSheet
from kneecoach.ui.paper.canvas import Canvas

Document = ProgrammeSheet | ProgressReport
PDF_RESOLUTION = 1200  # dots per inch of the PDF's coordinates: text and lines placed finely
PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.LETTER: QPageSize.PageSizeId.Letter}


def local_paper() -> PaperSize:
    """A4, or Letter in the countries that use it, by the computer's own locale."""
    return paper_for(QLocale.territoryToCode(QLocale.system().territory()))


def paint(document: Document, device: QPagedPaintDevice) -> None:
    from kneecoach.ui.paper.report_pages import paint_report
    from kneecoach.ui.paper.sheet_pages import paint_sheet

    canvas = Canvas(device)
    if isinstance(document, ProgrammeSheet):
        paint_sheet(canvas, document)
    else:
        paint_report(canvas, document)


def pdf_bytes(document: Document, paper: PaperSize | None = None) -> bytes:
    """The document as a PDF file's bytes, on A4 or Letter (the computer's, when None)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(document.title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[paper or local_paper()]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    paint(document, writer)
    del writer  # ends the file
    buffer.close()
    return bytes(data.data())
