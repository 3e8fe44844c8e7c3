"""What the document buttons do: ask where to save or which printer, then make the pages.

The content comes from the coach (core.paper.service); the bytes of a PDF go back
to it to be written, so the interface never writes a file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kneecoach.core.coach import Coach
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.paper.service import report_of, save_document, sheet_of
from kneecoach.core.routine import Routine
from kneecoach.ui.paper.output import Document, local_paper, paint, pdf_bytes

Tell = Callable[[Notice], object]


class PaperRequests(QObject):
    def __init__(self, window: QWidget, coach: Coach, tell: Tell) -> None:
        super().__init__(window)
        self.window = window
        self.coach = coach
        self.tell = tell

    def sheet(self, printing: bool, routine: Routine | None = None) -> None:
        """The programme sheet of `routine` (the chosen one when None)."""
        document = sheet_of(self.coach, routine)
        name = translate("Paper", "knee-programme", "a file name")
        self._out(document, printing, name)

    def report(self, printing: bool) -> None:
        name = translate("Paper", "knee-progress-report", "a file name")
        self._out(report_of(self.coach), printing, name)

    def _out(self, document: Document, printing: bool, name: str) -> None:
        if printing:
            self.print(document)
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{name}-{self.coach.today():%Y-%m-%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("Paper", "Save as PDF"),
            suggested,
            translate("Paper", "PDF document (*.pdf)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            self.tell(save_document(target, pdf_bytes(document)))

    def print(self, document: Document) -> None:
        """Through the system's print dialog, on the paper the printer is set to."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from kneecoach.ui.paper.output import PAGE_SIZES

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[local_paper()]))
        printer.setDocName(document.title)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint(document, printer)
