"""Progress you can see: streaks and the weekly goal, a calendar, the pain trend, and
every session, with edit, delete (and undo), export and import.

It renders what the core computes; the only state kept here is what is on screen.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneecoach.core.history import SessionSummary
from kneecoach.core.pain import Advice, pain_points, weekly_averages
from kneecoach.core.store import Notice
from kneecoach.core.streaks import Streaks, week_start
from kneecoach.core.wording import counted, long_date
from kneecoach.ui.calendar_heatmap import CalendarHeatmap, sessions_text
from kneecoach.ui.history_table import HistoryModel, HistoryTable
from kneecoach.ui.notices import NoticeArea
from kneecoach.ui.pain_chart import PainChart
from kneecoach.ui.theme import button, label

CALENDAR_WEEKS = 26  # about six months: enough to see a habit form


def rest_days_explained(streaks: Streaks) -> str:
    if streaks.rest_days_a_week == 0:
        return (
            "Your goal is every day, so each day without practice ends the streak. "
            "A lower weekly goal in Settings gives you rest days."
        )
    text = (
        f"Rest days are part of the plan. Your goal is {counted(streaks.weekly_goal, 'day')} "
        f"a week, so up to {counted(streaks.rest_days_a_week, 'day')} without practice in a week "
        "(Monday to Sunday) keep your streak going. The streak counts the days you practised."
    )
    if streaks.current:
        text += f" Rest days left this week: {streaks.rest_days_left}."
    return text


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = label(role="title")
        self.caption = label(caption, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, spoken: str | None = None) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption.text()}: {spoken or text}")


class PainDialog(QDialog):
    """Change the pain values of a session; "not given" is a choice too."""

    NOT_GIVEN = -1

    def __init__(self, session: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change pain check-in")
        self.before = self._spin(session.pain_before, "Pain before the routine")
        self.after = self._spin(session.pain_after, "Pain after the routine")
        form = QFormLayout(self)
        form.addRow(QLabel(f"Session of {long_date(session.local_date)}, 0 = no pain, 10 = worst"))
        form.addRow("Before the routine:", self.before)
        form.addRow("After the routine:", self.after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: int | None, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(self.NOT_GIVEN, 10)
        spin.setSpecialValueText("not given")
        spin.setValue(self.NOT_GIVEN if value is None else value)
        spin.setAccessibleName(name)
        spin.setMinimumWidth(140)
        return spin

    def values(self) -> tuple[int | None, int | None]:
        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() == self.NOT_GIVEN else spin.value()

        return value(self.before), value(self.after)


class ProgressView(QWidget):
    back_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    edit_requested = Signal(object)  # SessionSummary
    delete_requested = Signal(object)  # SessionSummary
    advice_dismissed = Signal()

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Progress")
        self._sessions: list[SessionSummary] = []

        title = label("Your progress", "title")
        self.back_button = button("Back", "Back to the exercises (Esc)", self.back_requested.emit)
        self.export_button = button(
            "Export…",
            "Save your history as a spreadsheet file for a physiotherapist, or as a "
            "KneeCoach file to import on another computer",
            self.export_requested.emit,
        )
        self.import_button = button(
            "Import…",
            "Add the sessions of a KneeCoach history file (those already here are skipped)",
            self.import_requested.emit,
        )
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(title, 1)
        header.addWidget(self.export_button)
        header.addWidget(self.import_button)

        self.advice = NoticeArea()  # the seek-help advice, while there is one to show
        self.advice.hide()

        self.current_card = StatCard("Current streak")
        self.longest_card = StatCard("Longest streak")
        self.week_card = StatCard("This week")
        self.week_bar = QProgressBar()
        self.week_bar.setTextVisible(False)
        self.week_bar.setAccessibleName("Days practised this week against the weekly goal")
        self.week_card.layout().addWidget(self.week_bar)
        self.total_card = StatCard("Sessions in all")
        cards = QHBoxLayout()
        for card in (self.current_card, self.longest_card, self.week_card, self.total_card):
            cards.addWidget(card, 1)
        self.rest_days = label(wrap=True)
        self.rest_days.setAccessibleName("How rest days work")

        self.calendar = CalendarHeatmap()
        self.calendar.day_clicked.connect(self.show_day)
        calendar_caption = label(
            "Each square is a day: coloured when you practised, strongest with two sessions "
            "or more. Click a day to see its sessions.",
            "muted",
            wrap=True,
        )
        self.day_label = label(wrap=True)
        self.day_label.setAccessibleName("Sessions on the chosen day")

        self.chart = PainChart()
        chart_caption = label(
            "Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it "
            "where you gave one, and the weekly average.",
            "muted",
            wrap=True,
        )

        self.model = HistoryModel(names, self)
        self.table = HistoryTable(self.model)
        self.table.setMinimumHeight(260)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.edit_button = button(
            "Change pain…", "Change the pain values of the chosen session", self._edit
        )
        self.delete_button = button("Delete", "Delete the chosen session (Del)", self._delete)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.edit_button)
        table_buttons.addWidget(self.delete_button)
        table_buttons.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.advice)
        layout.addLayout(cards)
        layout.addWidget(self.rest_days)
        layout.addWidget(label("Calendar", "heading"))
        layout.addWidget(calendar_caption)
        layout.addWidget(self.calendar)
        layout.addWidget(self.day_label)
        layout.addWidget(label("Pain trend", "heading"))
        layout.addWidget(chart_caption)
        layout.addWidget(self.chart)
        layout.addWidget(label("All sessions", "heading"))
        layout.addWidget(self.table)
        layout.addLayout(table_buttons)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)

        self._update_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the table and buttons leave unused come here.
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Delete):
            self._delete()
        else:
            super().keyPressEvent(event)

    # --- showing what the core computed ----------------------------------------
    def show_progress(
        self, sessions: list[SessionSummary], streaks: Streaks, today: date, advice: Advice | None
    ) -> None:
        self._sessions = sessions
        self.current_card.set_value(counted(streaks.current, "day"))
        self.longest_card.set_value(counted(streaks.longest, "day"))
        goal_text = f"{streaks.days_this_week} of {streaks.weekly_goal} days"
        self.week_card.set_value(goal_text, f"{goal_text} practised, the goal")
        self.week_bar.setRange(0, streaks.weekly_goal)
        self.week_bar.setValue(min(streaks.days_this_week, streaks.weekly_goal))
        self.total_card.set_value(str(streaks.sessions_total))
        self.rest_days.setText(rest_days_explained(streaks))

        counts = Counter(s.local_date for s in sessions if s.counts_as_practice)
        self.calendar.set_data(counts, today, CALENDAR_WEEKS)
        first_shown = week_start(today) - timedelta(weeks=CALENDAR_WEEKS - 1)
        recent = [s for s in sessions if s.local_date >= first_shown]
        points = [(p.day, p.before, p.after) for p in pain_points(recent)]
        self.chart.set_data(points, weekly_averages(recent), first_shown, today)

        self.model.set_sessions(sessions)
        self._update_buttons()
        self.show_day(self.calendar.selected_day(), select=False)
        for banner in self.advice.banners():
            banner.deleteLater()
        self.advice.setVisible(advice is not None)
        if advice is not None:
            self.advice.show_notice(
                Notice(advice.title, advice.text),
                [("Hide for two weeks", self.advice_dismissed.emit)],
            )

    def show_day(self, day: date, select: bool = True) -> None:
        on_day = [s for s in self._sessions if s.local_date == day]
        text = f"{long_date(day)}: {sessions_text(len(on_day))}"
        if on_day:
            text += " at " + ", ".join(
                f"{s.started_at:%H:%M} ({len(s.done)} done"
                + (f", pain {s.pain} / 10)" if s.pain is not None else ")")
                for s in sorted(on_day, key=lambda s: s.started_at)
            )
        self.day_label.setText(text + ".")
        row = self.model.first_row_on(day)
        if select and row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        chosen = self.table.selected_session() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        session = self.table.selected_session()
        if session is not None:
            self.edit_requested.emit(session)

    def _delete(self) -> None:
        session = self.table.selected_session()
        if session is not None:
            self.delete_requested.emit(session)
