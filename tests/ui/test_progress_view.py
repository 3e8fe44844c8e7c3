"""The progress view with a real store: streaks, calendar, pain, edit, delete, export, import."""

import csv
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from kneecoach.core.history import ExerciseRecord, Outcome, SessionRecord, SessionSummary
from kneecoach.core.storage.history_store import HistoryStore
from kneecoach.ui.pages.progress_view import PainDialog, ProgressView
from tests.fakes import FakeClock
from tests.ui.conftest import seed

# The fake clock says Monday 2 March 2026, 18:00 (+01:00).
EXERCISES = ("ankle-circles", "calf-stretch", "hip-flexor-stretch")


def session(day: date, pain_after=None, pain_before=None, hour=9, key=None) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=FakeClock().wall.tzinfo)
    return SessionRecord(
        id=key or f"{day}-{hour}",
        local_date=day,
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        routine="knee-relief",
        finished=True,
        exercises=tuple(ExerciseRecord(e, Outcome.DONE) for e in EXERCISES),
        pain_before=pain_before,
        pain_after=pain_after,
    )


@pytest.fixture
def weekdays(folders, clock):
    """Practice Monday to Friday for two weeks, then this Monday morning (2 March)."""
    days = [date(2026, 2, d) for d in (16, 17, 18, 19, 20, 23, 24, 25, 26, 27)]
    records = [session(d, pain_after=5 - n // 3) for n, d in enumerate(days)]
    records.append(session(date(2026, 3, 2), pain_after=2, pain_before=3))
    seed(folders, clock, records)
    return records


def open_progress(window, qtbot) -> ProgressView:
    qtbot.mouseClick(window.home.progress_button, Qt.MouseButton.LeftButton)
    view = window.pages.currentWidget()
    assert isinstance(view, ProgressView)
    return view


def test_streaks_weekly_goal_and_rest_days_are_shown(make_controller, weekdays, qtbot):
    window = make_controller().window
    view = open_progress(window, qtbot)
    # Weekends were rest days: the streak goes on through them (goal 5 days a week).
    assert view.current_card.value.text() == "11 days"
    assert view.longest_card.value.text() == "11 days"
    assert view.week_card.value.text() == "1 of 5 days"
    assert view.total_card.value.text() == "11"
    assert "up to 2 days without practice" in view.rest_days.text()
    assert "Rest days left this week: 2" in view.rest_days.text()
    assert view.model.rowCount() == 11
    assert view.model.index(0, 0).data() == "Mon 2 Mar 2026"
    assert view.chart.accessibleDescription().startswith("11 check-ins")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home


def test_clicking_a_day_in_the_calendar_shows_its_sessions(make_controller, weekdays, qtbot):
    window = make_controller().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    view = window.pages.currentWidget()
    assert isinstance(view, ProgressView)
    day = date(2026, 2, 24)
    qtbot.mouseClick(
        view.calendar, Qt.MouseButton.LeftButton, pos=view.calendar.cell_rect(day).center()
    )
    assert view.day_label.text().startswith("Tuesday 24 February 2026: 1 session at 09:00")
    assert view.table.selected_session().local_date == day
    qtbot.mouseClick(
        view.calendar,
        Qt.MouseButton.LeftButton,
        pos=view.calendar.cell_rect(date(2026, 2, 22)).center(),
    )
    assert view.day_label.text() == "Sunday 22 February 2026: no practice."


def test_changing_the_pain_of_a_session_is_saved(make_controller, weekdays, qtbot, folders, clock):
    controller = make_controller()
    view = open_progress(controller.window, qtbot)
    view.table.selectRow(1)  # Friday 27 February
    chosen = view.table.selected_session()
    controller.shell.progress.set_pain(chosen, 6, 4)
    assert view.model.index(1, 4).data() == "6 / 10"
    assert view.model.index(1, 5).data() == "4 / 10"
    controller.coach.history.close()
    again = HistoryStore(folders[0], clock)
    again.open()
    assert (again.record(chosen.id).pain_before, again.record(chosen.id).pain_after) == (6, 4)


def test_the_pain_dialog_offers_not_given(make_controller, weekdays, qtbot):
    dialog = PainDialog(SessionSummary.of(weekdays[-1]))
    qtbot.addWidget(dialog)
    assert dialog.values() == (3, 2)
    dialog.before.setValue(dialog.before.minimum())
    assert dialog.before.text() == "not given"
    assert dialog.values() == (None, 2)


def test_delete_and_undo(make_controller, weekdays, qtbot, folders, clock):
    controller = make_controller()
    window = controller.window
    view = open_progress(window, qtbot)
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 10
    assert view.current_card.value.text() == "10 days"
    [banner] = [b for b in window.notices.banners() if b.notice.title == "Session deleted"]
    assert "Monday 2 March 2026 at 09:00" in banner.notice.text
    assert "2026-03-02-9" not in {s.id for s in sessions_on_disk(folders, clock)}
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)  # Undo
    assert controller.shell.progress.view.model.rowCount() == 11
    assert "2026-03-02-9" in {s.id for s in controller.coach.history.sessions}


def sessions_on_disk(folders, clock):
    """What a second reader sees on disk (read-only: the app holds the lock)."""
    reader = HistoryStore(folders[0], clock)
    reader.open()
    sessions = reader.sessions
    reader.close()
    return sessions


def test_export_csv_and_toml_then_import_elsewhere(
    make_controller, weekdays, qtbot, tmp_path, folders, clock, qapp
):
    controller = make_controller()
    coach = controller.coach
    exported = coach.export_history(tmp_path / "for-physio.csv", as_csv=True)
    assert [n.title for n in exported.notices] == ["History exported"]
    with (tmp_path / "for-physio.csv").open(encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(exported))
    assert len(rows) == 11
    assert rows[-1]["exercises done"] == "Ankle circles; Calf stretch; Hip flexor stretch"
    assert (rows[-1]["pain before (0-10)"], rows[-1]["pain after (0-10)"]) == ("3", "2")
    exported = coach.export_history(tmp_path / "backup.toml", as_csv=False)
    assert [n.title for n in exported.notices] == ["History exported"]
    controller.close()

    # Another computer, with one session of its own and one in common.
    other_data = tmp_path / "other"
    seed((other_data,), clock, [session(date(2026, 1, 5), pain_after=4), weekdays[0]])
    from kneecoach import app, opening

    opened = opening.open_coach(qapp, other_data, tmp_path / "other-config", clock, coach.autostart)
    assert opened is not None
    other = app.build(qapp, *opened)
    other.show(fullscreen=False, minimized=False)
    qtbot.addWidget(other.window)
    try:
        other.coach.import_history(tmp_path / "backup.toml")
        texts = [b.notice.text for b in other.window.notices.banners()]
        assert any("10 new sessions added" in t and "1 already in your history" in t for t in texts)
        assert len(other.coach.history.sessions) == 12
        other.coach.import_history(tmp_path / "backup.toml")
        assert len(other.coach.history.sessions) == 12  # nothing twice
        other.coach.import_history(tmp_path / "for-physio.csv")
        assert any(b.notice.title == "Nothing was imported" for b in other.window.notices.banners())
        assert len(other.coach.history.sessions) == 12
    finally:
        other.close()


def test_high_pain_brings_calm_advice_that_can_be_hidden(make_controller, folders, clock, qtbot):
    seed(folders, clock, [session(date(2026, 2, d), pain_after=8) for d in (26, 27, 28)])
    controller = make_controller()
    window = controller.window
    [banner] = [b for b in window.notices.banners() if "high" in b.notice.title]
    assert "orthopedist or physical therapist" in banner.notice.text
    view = open_progress(window, qtbot)
    assert view.advice.isVisible()
    # Said once on screen: in the view, no longer above it.
    qtbot.waitUntil(lambda: not [b for b in window.notices.banners() if "high" in b.notice.title])
    [in_view] = view.advice.banners()
    qtbot.mouseClick(in_view.buttons[0], Qt.MouseButton.LeftButton)  # Hide for two weeks
    hidden = controller.coach.stores.state.state.seek_help_hidden
    assert (hidden.reason.value, hidden.on) == ("very-high", date(2026, 3, 2))
    window.show_home()
    view = open_progress(window, qtbot)
    assert not view.advice.isVisible()
    controller.close()

    again = make_controller()
    assert not [b for b in again.window.notices.banners() if "high" in b.notice.title]
    clock.advance(15 * 24 * 3600)  # two weeks on, the check-ins are too old to count
    assert again.coach.advice() is None


def test_a_lower_weekly_goal_set_in_settings_gives_more_rest_days(
    make_controller, folders, clock, qtbot
):
    from PySide6.QtWidgets import QDialogButtonBox

    # Monday to Thursday practised, Friday to Sunday off: three days off in one week.
    seed(folders, clock, [session(date(2026, 2, d)) for d in (23, 24, 25, 26)])
    controller = make_controller()
    window = controller.window
    assert window.home.streak_label.text() == "Streak: 0 days"  # a goal of 5 allows two days off
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    assert dialog.weekly_goal.value() == 5
    dialog.weekly_goal.setValue(4)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.home.streak_label.text() == "Streak: 4 days"
    view = open_progress(window, qtbot)
    assert "Your goal is 4 days a week, so up to 3 days" in view.rest_days.text()
    assert view.week_card.value.text() == "0 of 4 days"
