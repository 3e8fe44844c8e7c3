"""The reminder times, as the settings and the welcome show them: one row per time."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from kneecoach.core.i18n import translate
from kneecoach.core.settings import MAX_REMINDERS_A_DAY

STORED_TIME = "HH:mm"  # how the settings file writes a time, whatever the language


def shown_time_format() -> str:
    """How the time boxes show a time: as `wording.time_of_day` writes one, in the
    locale's short format ('19:00', or '7:00 PM')."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


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
        while self.edits:
            row = self.edits.pop().parentWidget()
            assert row is not None  # each time edit sits in a row of its own
            self._drop_row(row)
        for text in times:
            self.add_time(QTime.fromString(text, STORED_TIME))

    def add_time(self, at: QTime) -> None:
        edit = QTimeEdit(at)
        edit.setDisplayFormat(shown_time_format())
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
