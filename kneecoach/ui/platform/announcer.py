"""Tells a screen reader what changed in a session: each new step, side, mark and count.

The countdown and figures are drawn, not written, so without this a user who
cannot see the screen would hear nothing while a hold runs. Qt passes the
announcement to the platform's accessibility bus (AT-SPI, UI Automation, NSAccessibility).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from kneecoach.core import session as s
from kneecoach.core.cues import said
from kneecoach.core.i18n import translate

try:  # Qt 6.8 and later
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: name changes still reach the reader
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class Announcer(QObject):
    said = Signal(str)  # each announcement, as a screen reader receives it

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def session_events(self, events: list[s.Event]) -> None:
        for event in events:
            text = announcement(event)
            if text:
                self.say(text, assertive=isinstance(event, s.StepStarted))

    def say(self, text: str, assertive: bool = False) -> None:
        self.said.emit(text)
        if QAccessibleAnnouncementEvent is None:
            self.widget.setAccessibleDescription(text)
            return
        event = QAccessibleAnnouncementEvent(self.widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)


def announcement(event: s.Event) -> str:
    """What a session event means in words; '' for those a reader should not repeat.

    The same changes the voice says (see `cues.said`), and the rep count that paces
    the circles; never a count of seconds, which would drown out everything else."""
    match event:
        case s.RepStarted(number=number, total=total):
            return translate("Announcer", "Rep {number} of {total}").format(
                number=number, total=total
            )
        case s.Paused():
            return translate("Announcer", "Paused. Press Space to go on.")
        case s.Resumed():
            return translate("Announcer", "Going on.")
    return said(event)
