"""A page to paint on, in millimetres, with the few type styles the documents use.

Light content on white paper: black text, one blue for the person's data, one
orange for the goal, greys for lines. Text is measured before it is painted, so
a block that does not fit on the page goes onto the next one whole.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b8b8b8")
FAINT = QColor("#e6e6e6")
DATA = QColor("#1f5fa8")  # the person's own numbers: practice, pain after
DATA_LIGHT = QColor("#9dbfe6")  # pain before, a week still under way
GOAL = QColor("#c2410c")
WRAP = Qt.TextFlag.TextWordWrap
MARGIN_MM = 12.0


class Canvas:
    """Paints on `device` page after page; every length given in millimetres."""

    def __init__(self, device: QPagedPaintDevice, font_family: str = "") -> None:
        self.device = device
        self.painter = QPainter(device)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.family = font_family or QFont().family()
        self.dpi = device.logicalDpiX()
        page = device.pageLayout().fullRectPixels(device.logicalDpiX())
        self.width = page.width() / self.px(1)
        self.height = page.height() / self.px(1)
        # Printers paint from their own margin: the page is taken from its full rect.
        painted = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.painter.translate(-painted.left(), -painted.top())
        self.page_number = 1

    # --- units and type ------------------------------------------------------------
    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        # No "fi" ligatures: the text copied or read back from the PDF is the text written.
        for feature in ("liga", "clig"):
            font.setFeature(QFont.Tag(feature), 0)
        return font

    @property
    def left(self) -> float:
        return MARGIN_MM

    @property
    def right(self) -> float:
        return self.width - MARGIN_MM

    @property
    def bottom(self) -> float:
        return self.height - MARGIN_MM

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        return QRectF(self.px(x), self.px(y), self.px(width), self.px(height))

    # --- text ------------------------------------------------------------------------
    def measure(self, text: str, width: float, font: QFont) -> float:
        """How tall `text` is, wrapped to `width` mm, in mm."""
        self.painter.setFont(font)
        bound = self.painter.boundingRect(self.rect(0, 0, width, 1000), WRAP, text)
        return bound.height() / self.px(1)

    def text_width(self, text: str, font: QFont) -> float:
        self.painter.setFont(font)
        bound = self.painter.boundingRect(self.rect(0, 0, 1000, 100), 0, text)
        return bound.width() / self.px(1)

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Paint `text` wrapped to `width` with its top at `y`; returns its height in mm."""
        height = self.measure(text, width, font)
        self.painter.setPen(colour)
        flags = int(align) | int(WRAP) | int(Qt.TextFlag.TextDontClip)
        self.painter.drawText(self.rect(x, y, width, height + 1), flags, text)
        return height

    # --- lines and shapes ---------------------------------------------------------------
    def pen(self, colour: QColor, width_mm: float = 0.25, dashed: bool = False) -> QPen:
        pen = QPen(colour, self.px(width_mm))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def line(
        self, x1: float, y1: float, x2: float, y2: float, colour: QColor = RULE, width: float = 0.25
    ) -> None:
        self.painter.setPen(self.pen(colour, width))
        self.painter.drawLine(QPointF(self.px(x1), self.px(y1)), QPointF(self.px(x2), self.px(y2)))

    def box(self, x: float, y: float, size: float, colour: QColor = INK) -> None:
        """An empty tick box."""
        self.painter.setPen(self.pen(colour, 0.3))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, size, size))

    # --- pages ----------------------------------------------------------------------------
    def new_page(self) -> float:
        """Go on to a new page; returns the top of its content."""
        self.device.newPage()
        self.page_number += 1
        return MARGIN_MM

    def fits(self, y: float, height: float) -> bool:
        return y + height <= self.bottom - 6  # the footer's room

    def footer(self, text: str) -> None:
        font = self.font(7.5)
        self.line(self.left, self.bottom - 4.5, self.right, self.bottom - 4.5, FAINT)
        self.text(self.left, self.bottom - 3.5, self.right - self.left, text, font, MUTED)

    def finish(self) -> None:
        self.painter.end()
