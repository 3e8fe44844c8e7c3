"""The pause, seen from across the room: the session view dims behind a large
"Paused — press Space to continue" and a button; when it goes on, a large word
says so for a moment before the view clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kneecoach.core.i18n import translate
from kneecoach.ui.widgets.fit_label import FitLabel

RESUMED_SHOWN_MS = 1200  # long enough to be seen from the mat, short enough not to hide the count


class PauseCurtain(QWidget):
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PauseCurtain", "Paused"))
        self.words = FitLabel(bold=True, parent=self)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setStyleSheet("color: white; background: transparent;")  # on the dark veil
        self.button = QPushButton(translate("PauseCurtain", "▶  Continue"), self)
        self.button.setProperty("role", "primary")
        self.button.setAccessibleName(translate("PauseCurtain", "Continue the routine"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space goes to the view's shortcut
        self.button.clicked.connect(self.resume_requested)
        self.paused = False
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.setInterval(RESUMED_SHOWN_MS)
        self._clear.timeout.connect(self.hide)
        self.hide()

    def show_paused(self) -> None:
        self._clear.stop()
        self.paused = True
        self.words.set_text(translate("PauseCurtain", "Paused — press Space to continue"))
        self.button.show()
        self._place()
        self.show()
        self.raise_()
        self.update()

    def show_resumed(self) -> None:
        """Going on: a large word, without the dimming, then nothing."""
        if not self.paused:
            return
        self.paused = False
        self.words.set_text(translate("PauseCurtain", "Going on"))
        self.button.hide()
        self.update()
        self._clear.start()

    def set_text_size(self, largest: int, smallest: int) -> None:
        self.words.set_sizes(largest, smallest)
        # A style sheet, not a font: the primary role's own type size would win over a font.
        self.button.setStyleSheet(f"font-size: {max(14, largest // 2)}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, height = self.width(), self.height()
        words_height = round(height * 0.3)
        top = (height - words_height) // 2 - height // 10
        self.words.setGeometry(width // 12, top, width - width // 6, words_height)
        hint = self.button.sizeHint()
        button_height = max(hint.height(), round(height * 0.09))
        button_width = max(hint.width() + 40, width // 4)
        button_top = top + words_height + height // 40
        self.button.setGeometry(
            (width - button_width) // 2, button_top, button_width, button_height
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.paused:  # the whole view dims: nothing there is going on
            painter.fillRect(self.rect(), QColor(0, 0, 0, 165))
        else:  # going on: a dark band behind the word, the count seen around it
            painter.fillRect(self.words.geometry().adjusted(-20, 0, 20, 0), QColor(0, 0, 0, 190))
        painter.end()
