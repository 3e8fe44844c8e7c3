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

from kneecoach.core.history import SessionSummary, practice_rule
from kneecoach.core.i18n import translate
from kneecoach.core.notices import Notice
from kneecoach.core.pain import Advice, pain_points, weekly_averages
from kneecoach.core.streaks import Streaks, week_start
from kneecoach.core.wording import long_date, time_of_day
from kneecoach.ui.paper.buttons import report_button
from kneecoach.ui.platform.theme import button, label
from kneecoach.ui.widgets.calendar_heatmap import CalendarHeatmap
from kneecoach.ui.widgets.history_table import HistoryModel, HistoryTable
from kneecoach.ui.widgets.notices import NoticeArea
from kneecoach.ui.widgets.pain_chart import PainChart

CALENDAR_WEEKS = 26  # about six months: enough to see a habit form


def rest_days_explained(streaks: Streaks) -> str:
    goal, rest_days = streaks.weekly_goal, streaks.rest_days_a_week
    if streaks.rest_days_a_week == 0:
        return translate(
            "ProgressView",
            "Your goal is every day, so each day without practice ends the streak. "
            "A lower weekly goal in Settings gives you rest days.",
        )
    text = translate(
        "ProgressView",
        "Rest days are part of the plan. Your goal is %n day(s) a week, so up to {rest_days} "
        "without practice in a week (Monday to Sunday) keep your streak going. "
        "The streak counts the days you practised.",
        None,
        goal,
    ).format(
        rest_days=translate("ProgressView", "%n day(s)", "rest days allowed a week", rest_days)
    )
    if streaks.current:
        text = translate("ProgressView", "{explanation} Rest days left this week: {count}.").format(
            explanation=text, count=streaks.rest_days_left
        )
    return text


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = label(role="title")
        self.caption = label(caption, "muted")
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.value)
        self.column.addWidget(self.caption)

    def set_value(self, text: str, spoken: str | None = None) -> None:
        self.value.setText(text)
        self.setAccessibleName(
            translate("StatCard", "{caption}: {value}").format(
                caption=self.caption.text(), value=spoken or text
            )
        )


class PainDialog(QDialog):
    """Change the pain values of a session; "not given" is a choice too."""

    NOT_GIVEN = -1

    def __init__(self, session: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PainDialog", "Change pain check-in"))
        self.before = self._spin(
            session.pain_before, translate("PainDialog", "Pain before the routine")
        )
        self.after = self._spin(
            session.pain_after, translate("PainDialog", "Pain after the routine")
        )
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate("PainDialog", "Session of {date}, 0 = no pain, 10 = worst").format(
                    date=long_date(session.local_date)
                )
            )
        )
        form.addRow(translate("PainDialog", "Before the routine:"), self.before)
        form.addRow(translate("PainDialog", "After the routine:"), self.after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: int | None, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(self.NOT_GIVEN, 10)
        spin.setSpecialValueText(translate("PainDialog", "not given", "no pain value"))
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
    report_requested = Signal(bool)  # True to print, False to save a PDF
    edit_requested = Signal(object)  # SessionSummary
    delete_requested = Signal(object)  # SessionSummary
    advice_dismissed = Signal()

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ProgressView", "Progress"))
        self._sessions: list[SessionSummary] = []

        title = label(translate("ProgressView", "Your progress"), "title")
        header = self._header(title)
        scroll = QScrollArea()
        scroll.setWidget(self._content(names))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(title.text())  # it takes the focus, to scroll by keyboard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)

        self._update_buttons()

    # --- building the page ------------------------------------------------------
    def _header(self, title: QLabel) -> QHBoxLayout:
        """Back, the title, Export and Import: the row that stays when the rest scrolls."""
        self.back_button = button(
            translate("ProgressView", "Back", "go back to the exercises"),
            translate("ProgressView", "Back to the exercises (Esc)"),
            self.back_requested.emit,
        )
        self.export_button = button(
            translate("ProgressView", "Export…"),
            translate(
                "ProgressView",
                "Save your history as a spreadsheet file for a physiotherapist, or as a "
                "KneeCoach file to import on another computer",
            ),
            self.export_requested.emit,
        )
        self.import_button = button(
            translate("ProgressView", "Import…"),
            translate(
                "ProgressView",
                "Add the sessions of a KneeCoach history file (those already here are skipped)",
            ),
            self.import_requested.emit,
        )
        self.report_button = report_button(self.report_requested.emit)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(title, 1)
        header.addWidget(self.report_button)
        header.addWidget(self.export_button)
        header.addWidget(self.import_button)
        return header

    def _content(self, names: dict[str, str]) -> QWidget:
        """What scrolls: advice, streak cards, calendar, pain trend and every session."""
        self.advice = NoticeArea()  # the seek-help advice, while there is one to show
        self.advice.hide()
        cards = self._streak_cards()
        calendar_caption = self._calendar()
        chart_caption = self._pain_chart()
        table_buttons = self._session_table(names)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.advice)
        layout.addLayout(cards)
        layout.addWidget(self.rest_days)
        layout.addWidget(self.practice_rule)
        layout.addWidget(label(translate("ProgressView", "Calendar"), "heading"))
        layout.addWidget(calendar_caption)
        layout.addWidget(self.calendar)
        layout.addWidget(self.day_label)
        layout.addWidget(label(translate("ProgressView", "Pain trend"), "heading"))
        layout.addWidget(chart_caption)
        layout.addWidget(self.chart)
        layout.addWidget(label(translate("ProgressView", "All sessions"), "heading"))
        layout.addWidget(self.table)
        layout.addLayout(table_buttons)
        return content

    def _streak_cards(self) -> QHBoxLayout:
        """The four cards (streaks, this week against the goal, sessions in all);
        how rest days work is worded under them."""
        self.current_card = StatCard(translate("ProgressView", "Current streak"))
        self.longest_card = StatCard(translate("ProgressView", "Longest streak"))
        self.week_card = StatCard(translate("ProgressView", "This week"))
        self.week_bar = QProgressBar()
        self.week_bar.setTextVisible(False)
        self.week_bar.setAccessibleName(
            translate("ProgressView", "Days practised this week against the weekly goal")
        )
        self.week_card.column.addWidget(self.week_bar)
        self.total_card = StatCard(translate("ProgressView", "Sessions in all"))
        cards = QHBoxLayout()
        for card in (self.current_card, self.longest_card, self.week_card, self.total_card):
            cards.addWidget(card, 1)
        self.rest_days = label(wrap=True)
        self.rest_days.setAccessibleName(translate("ProgressView", "How rest days work"))
        self.practice_rule = label(practice_rule(), "muted", wrap=True)
        self.practice_rule.setAccessibleName(
            translate("ProgressView", "What counts as a practised day")
        )
        return cards

    def _calendar(self) -> QLabel:
        """The calendar and the line that tells the chosen day's sessions; returns its caption."""
        self.calendar = CalendarHeatmap()
        self.calendar.day_clicked.connect(self.show_day)
        calendar_caption = label(
            translate(
                "ProgressView",
                "Each square is a day: coloured when you practised, strongest with two sessions "
                "or more. Click a day to see its sessions.",
            ),
            "muted",
            wrap=True,
        )
        self.day_label = label(wrap=True)
        self.day_label.setAccessibleName(translate("ProgressView", "Sessions on the chosen day"))
        return calendar_caption

    def _pain_chart(self) -> QLabel:
        """The pain trend chart; returns its caption."""
        self.chart = PainChart()
        return label(
            translate(
                "ProgressView",
                "Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it "
                "where you gave one, and the weekly average.",
            ),
            "muted",
            wrap=True,
        )

    def _session_table(self, names: dict[str, str]) -> QHBoxLayout:
        """Every session in a table, with the buttons that change or delete the chosen one."""
        self.model = HistoryModel(names, self)
        self.table = HistoryTable(self.model)
        self.table.setMinimumHeight(260)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.edit_button = button(
            translate("ProgressView", "Change pain…"),
            translate("ProgressView", "Change the pain values of the chosen session"),
            self._edit,
        )
        self.delete_button = button(
            translate("ProgressView", "Delete"),
            translate("ProgressView", "Delete the chosen session (Del)"),
            self._delete,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.edit_button)
        table_buttons.addWidget(self.delete_button)
        table_buttons.addStretch(1)
        return table_buttons

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
        current, longest = streaks.current, streaks.longest
        self.current_card.set_value(
            translate("ProgressView", "%n day(s)", "length of a streak", current)
        )
        self.longest_card.set_value(
            translate("ProgressView", "%n day(s)", "length of a streak", longest)
        )
        goal = streaks.weekly_goal
        self.week_card.set_value(
            translate("ProgressView", "{practised} of %n day(s)", None, goal).format(
                practised=streaks.days_this_week
            ),
            translate(
                "ProgressView", "{practised} of %n day(s) practised, the goal", None, goal
            ).format(practised=streaks.days_this_week),
        )
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
                [(translate("ProgressView", "Hide for two weeks"), self.advice_dismissed.emit)],
            )

    def show_day(self, day: date, select: bool = True) -> None:
        on_day = sorted(
            (s for s in self._sessions if s.local_date == day), key=lambda s: s.started_at
        )
        count = len(on_day)
        if on_day:
            text = translate(
                "ProgressView", "{date}: %n session(s) at {sessions}.", None, count
            ).format(date=long_date(day), sessions=", ".join(map(self._describe, on_day)))
        else:
            text = translate("ProgressView", "{date}: no practice.").format(date=long_date(day))
        self.day_label.setText(text)
        row = self.model.first_row_on(day)
        if select and row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @staticmethod
    def _describe(session: SessionSummary) -> str:
        """'09:00 (3 done, pain 2 / 10)', one of the sessions of a day."""
        time = time_of_day(session.started_at.hour, session.started_at.minute)
        done = len(session.done)
        if session.pain is None:
            text = translate("ProgressView", "{time} (%n done)", None, done)
        else:
            text = translate("ProgressView", "{time} (%n done, pain {pain} / 10)", None, done)
        return text.format(time=time, pain=session.pain)

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
