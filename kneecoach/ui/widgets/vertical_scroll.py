"""A pane that scrolls up and down only, and gives its content the full height its
wrapped text needs at the pane's width: QScrollArea's own resizing goes by the
content's minimum size, which cuts off the last lines of wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    def __init__(self, content: QWidget, name: str) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(name)
        # Fit again when the text changes, and when the pane (or its scroll bar) changes width.
        content.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        content, viewport = self.widget(), self.viewport()
        layout = content.layout() if content is not None else None
        if content is None or viewport is None or layout is None:
            return
        width = viewport.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        needed = max(needed, content.minimumSizeHint().height())
        if content.size().toTuple() != (width, max(needed, viewport.height())):
            content.resize(width, max(needed, viewport.height()))
