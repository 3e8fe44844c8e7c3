"""A calm, non-blocking banner for things the user must know (a file restored, a save failed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecoach.core.store import Notice


class NoticeBanner(QFrame):
    def __init__(self, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.setObjectName("notice")
        self.setAccessibleName(notice.title)
        self.setAccessibleDescription(notice.text)
        title = QLabel(f"<b>{notice.title}</b>")
        text = QLabel(notice.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dismiss = QPushButton("OK")
        dismiss.setAccessibleName(f"Dismiss: {notice.title}")
        dismiss.clicked.connect(self.deleteLater)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(text)
        row = QHBoxLayout(self)
        row.addLayout(words, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)


class NoticeArea(QWidget):
    """Stacks banners at the top of the window; each goes when the user dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_notice(self, notice: Notice) -> NoticeBanner:
        banner = NoticeBanner(notice, self)
        self._layout.addWidget(banner)
        return banner

    def banners(self) -> list[NoticeBanner]:
        return self.findChildren(NoticeBanner)
