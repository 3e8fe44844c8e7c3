"""The session's buttons and keys: back, pause, skip, restart, fullscreen and stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kneecoach.core.i18n import translate


def control(text: str, name: str, key: str) -> QPushButton:
    """`key` is a QKeySequence string; the tooltip names it in the user's language."""
    made = QPushButton(text)
    made.setAccessibleName(name)
    shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    made.setToolTip(
        translate("SessionView", "{action} ({key})", "a control and its shortcut key").format(
            action=name, key=shortcut
        )
    )
    made.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must pause, not press a button
    return made


class Controls(QWidget):
    """The row of buttons under the session; its type shrinks until every button fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = control(
            translate(
                "SessionView",
                "◀  Back",
                "go back one part: the first side, the start of this exercise, the previous one",
            ),
            translate(
                "SessionView",
                "Back: to the first side, then the start of this exercise, then the previous one",
            ),
            "Left",
        )
        self.pause_button = control(
            translate("SessionView", "Pause"), translate("SessionView", "Pause or resume"), "Space"
        )
        self.skip_button = control(
            translate("SessionView", "Skip  ▶", "go to the next exercise"),
            translate("SessionView", "Skip to the next exercise"),
            "Right",
        )
        self.restart_button = control(
            translate("SessionView", "Restart exercise"),
            translate("SessionView", "Restart this exercise"),
            "R",
        )
        self.fullscreen_button = control(
            translate("SessionView", "Fullscreen"),
            translate("SessionView", "Fullscreen on or off"),
            "F",
        )
        self.stop_button = control(
            translate("SessionView", "Stop"), translate("SessionView", "Stop the routine"), "Esc"
        )
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for made in (self.back_button, self.pause_button, self.skip_button):
            row.addWidget(made)
        row.addStretch(1)
        for made in (self.restart_button, self.fullscreen_button, self.stop_button):
            row.addWidget(made)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.restart_button,
            self.fullscreen_button,
            self.stop_button,
        )

    def fit(self, largest: int, smallest: int) -> None:
        """The largest type at which the whole row fits the room it has."""
        pixels = largest
        while True:
            font = QFont(self.font())
            font.setPixelSize(pixels)
            for made in self.buttons():
                made.setFont(font)
                made.setFixedHeight(self.height())
            spacing = max(0, self.row.spacing())
            needed = sum(made.sizeHint().width() + spacing for made in self.buttons())
            tallest = max(made.sizeHint().height() for made in self.buttons())
            if (needed <= self.width() and tallest <= self.height()) or pixels <= smallest:
                return
            pixels -= 1


def add_shortcuts(owner: QWidget, bindings: list[tuple[str, Callable[[], object]]]) -> None:
    for key, action in bindings:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
