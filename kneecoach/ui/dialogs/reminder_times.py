"""The reminder times, as the settings and the welcome show them: one row per time."""

from __future__ import annotations

from PySide6.QtCore import Property, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from kneecoach.core.i18n import translate
from kneecoach.core.settings import MAX_REMINDERS_A_DAY

STORED_TIME = "HH:mm"  # how the settings file writes a time, whatever the language
LAST_MINUTE = 23 * 60 + 59


def shown_time_format() -> str:
    """How the time boxes show a time: as `wording.time_of_day` writes one, in the
    locale's short format ('19:00', or '7:00 PM')."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


class TimeBox(QTimeEdit):
    """A time of day that a screen reader can read as a value.

    Qt's accessible spin boxes read their value from the properties "value",
    "minimum" and "maximum", which a time box lacks: AT-SPI then reported 0.0 (and
    Qt logged "Could not convert to double"). Here they are the minutes after
    midnight; the box's text ('19:00') is read as its text, as before.
    """

    def __init__(self, at: QTime, parent: QWidget | None = None) -> None:
        super().__init__(at, parent)
        self.setDisplayFormat(shown_time_format())

    def _minutes(self) -> int:
        return self.time().hour() * 60 + self.time().minute()

    def _set_minutes(self, minutes: int) -> None:
        minutes = max(0, min(int(minutes), LAST_MINUTE))
        self.setTime(QTime(minutes // 60, minutes % 60))

    value = Property(int, _minutes, _set_minutes)
    minimum = Property(int, lambda _self: 0, constant=True)
    maximum = Property(int, lambda _self: LAST_MINUTE, constant=True)
    stepSize = Property(int, lambda _self: 1, constant=True)


class ReminderTimes(QWidget):
    """One row per reminder time, each removable, with a button to add another."""

    changed = Signal()

    def __init__(self, times: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(translate("ReminderTimes", "Add a time"))
        self.add_button.clicked.connect(lambda: self.add_time(QTime(12, 0)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.edits: list[QTimeEdit] = []
        self.set_times(times)

    def set_times(self, times: tuple[str, ...]) -> None:
        # The rows there are keep their boxes: a box deleted and made again at once
        # leaves a screen reader asking after one that is gone.
        for edit, text in zip(self.edits, times, strict=False):
            edit.setTime(QTime.fromString(text, STORED_TIME))
        for text in times[len(self.edits) :]:
            self.add_time(QTime.fromString(text, STORED_TIME))
        while len(self.edits) > len(times):
            row = self.edits.pop().parentWidget()
            assert row is not None  # each time edit sits in a row of its own
            self._drop_row(row)
        self._update_buttons()

    def add_time(self, at: QTime) -> None:
        edit = TimeBox(at)
        edit.setMinimumWidth(110)
        number = len(self.edits) + 1
        edit.setAccessibleName(
            translate("ReminderTimes", "Reminder time {number}").format(number=number)
        )
        remove = QPushButton(translate("ReminderTimes", "Remove", "remove a reminder time"))
        remove.setAccessibleName(
            translate("ReminderTimes", "Remove reminder time {number}").format(number=number)
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit)
        line.addWidget(remove)
        line.addStretch(1)
        remove.clicked.connect(lambda: self._remove(row, edit))
        self._rows.addWidget(row)
        self.edits.append(edit)
        self._update_buttons()

    def _remove(self, row: QWidget, edit: QTimeEdit) -> None:
        self.edits.remove(edit)
        self._drop_row(row)
        self._update_buttons()

    def _drop_row(self, row: QWidget) -> None:
        self._rows.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.edits) < MAX_REMINDERS_A_DAY)
        for index in range(self._rows.count()):
            item = self._rows.itemAt(index)
            row = item.widget() if item is not None else None
            for button in row.findChildren(QPushButton) if row is not None else []:
                button.setEnabled(len(self.edits) > 1)
        self.changed.emit()

    def times(self) -> list[str]:
        return [edit.time().toString(STORED_TIME) for edit in self.edits]
