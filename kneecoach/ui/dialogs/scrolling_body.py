"""A dialog's body that scrolls where the screen is short, so its buttons stay in view.

As tall as its content asks where there is room; on a small screen, with large
text or a high scaling, the dialog shrinks to the screen and the body scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

from kneecoach.ui.widgets.vertical_scroll import VerticalScroll

LEAST_LINES = 4  # the least a short screen shows of the body before it scrolls


class ScrollingBody(VerticalScroll):
    def __init__(self, content: QWidget | QLayout, name: str) -> None:
        if isinstance(content, QLayout):
            holder = QWidget()
            holder.setLayout(content)
            content = holder
        super().__init__(content, name)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        least = content.minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * LEAST_LINES
        return QSize(least.width() + self._bar(), min(least.height(), lines))


def scrolling_both_ways(content: QLayout, name: str) -> QScrollArea:
    """A body whose least width is more than a short screen has (a form of several
    columns, long words): it scrolls either way there, and nowhere else."""
    holder = QWidget()
    holder.setLayout(content)
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setAccessibleName(name)
    return area
