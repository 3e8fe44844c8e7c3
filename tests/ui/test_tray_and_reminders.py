"""The tray, reminders through the window, close-to-tray, start at login and the settings dialog."""

from __future__ import annotations

import tomllib
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from kneecoach.core.routine import single_exercise_routine
from kneecoach.ui.platform.tray import TrayIcon
from kneecoach.ui.widgets.notices import NoticeBanner


def banners_titled(window, title):
    return [b for b in window.notices.banners() if b.notice.title == title and b.isVisible()]


def press(banner, label):
    next(b for b in banner.buttons if b.text() == label).click()


@pytest.fixture
def no_daemon(monkeypatch):
    """No notification daemon: as on a desktop without one (or on Windows and macOS)."""
    from kneecoach.ui.platform.desktop_notifications import DesktopNotifications

    monkeypatch.setattr(DesktopNotifications, "available", lambda self: False)


@pytest.fixture
def with_tray(monkeypatch):
    """A desktop with a tray; messages to the user are collected instead of shown."""
    told = []
    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: True))
    monkeypatch.setattr(TrayIcon, "tell", lambda self, title, text: told.append((title, text)))
    return told


def test_the_tray_menu_offers_what_a_daily_reminder_needs(qapp):
    tray = TrayIcon()
    labels = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert labels == [
        "Start routine",
        "Open KneeCoach",
        "Snooze 15 min",
        "Snooze 1 hour",
        "Skip today",
        "Settings…",
        "Quit KneeCoach",
    ]
    snoozed = []
    tray.snooze_requested.connect(snoozed.append)
    tray.actions["snooze60"].trigger()
    assert snoozed == [60]
    tray.set_status("KneeCoach\nToday: done ✓", done_today=True)
    assert not tray.actions["skip"].isVisible() and tray.icon.toolTip().endswith("done ✓")


def test_without_tray_or_daemon_the_reminder_comes_in_the_window_and_starts_the_routine(
    make_controller, clock, qtbot, no_daemon
):
    controller = make_controller()
    window = controller.window
    clock.advance(24 * 3600)  # the next day, 18:00
    controller.reminding.timer.check()
    [banner] = banners_titled(window, "Time for your knee routine")
    assert "About 9 minutes of gentle mobility for your knees." in banner.notice.text
    press(banner, "Start now")
    assert window.session_running()
    assert window.pages.currentWidget() is window.run.view


def test_snooze_from_the_window_brings_the_reminder_back_in_15_minutes(
    make_controller, clock, no_daemon
):
    controller = make_controller()
    clock.advance(24 * 3600)
    controller.reminding.timer.check()
    press(banners_titled(controller.window, "Time for your knee routine")[0], "Snooze 15 min")
    clock.advance(14 * 60)
    controller.reminding.timer.check()
    assert not banners_titled(controller.window, "Time for your knee routine")
    clock.advance(60)
    controller.reminding.timer.check()
    assert banners_titled(controller.window, "Time for your knee routine")


def ankle_circles_alone(controller):
    """A routine of one exercise: done in full, it is a practised day."""
    return single_exercise_routine(controller.coach.library.catalogue.get("ankle-circles"))


def test_no_reminder_once_the_routine_is_done_today(make_controller, clock, no_daemon):
    controller = make_controller()
    window = controller.window
    clock.advance(24 * 3600 - 3600)  # 17:00 the next day: practise before the reminder
    controller.shell.start_routine(ankle_circles_alone(controller))
    clock.advance(90)  # ankle circles both ways, in full: the whole routine
    window.run.driver.tick()
    window.stop_session_for_quit()
    [record] = list(controller.coach.history.all_records())
    assert record.counts_as_practice
    clock.advance(3600)
    controller.reminding.timer.check()
    assert not banners_titled(window, "Time for your knee routine")
    assert controller.reminding.timer.next_due.astimezone(clock.wall.tzinfo).day == 4  # tomorrow


def test_the_tooltip_shows_today_streak_and_next_reminder(make_controller, with_tray):
    controller = make_controller()
    tooltip = controller.reminding.tray.icon.toolTip()
    assert "Today: not done yet" in tooltip
    assert "Streak: 0 days" in tooltip
    assert "Next reminder: tomorrow 18:00" in tooltip


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(
    make_controller, qapp, qtbot, with_tray, folders
):
    controller = make_controller(closing="ask")  # as set out of the box
    window = controller.window
    assert not qapp.quitOnLastWindowClosed()
    window.close()
    assert not window.isVisible() and controller.reminding.timer is not None
    window.show()
    window.close()
    assert [title for title, _ in with_tray] == ["KneeCoach is still here"]
    state = tomllib.loads((folders[0] / "state.toml").read_text())
    assert "close-to-tray" in state["hints_given"]
    controller.reminding.tray.open_requested.emit()
    assert window.isVisible()


def test_closing_during_a_session_pauses_it(make_controller, with_tray):
    controller = make_controller(closing="ask")  # as set out of the box
    window = controller.window
    controller.shell.start_routine()
    window.close()
    assert window.session_running() and not window.run.driver.running


def test_quit_saves_a_session_under_way(make_controller, clock, qapp, with_tray, monkeypatch):
    controller = make_controller()
    monkeypatch.setattr(qapp, "quit", lambda: None)  # the test's app goes on
    controller.shell.start_routine()
    clock.advance(40)
    controller.reminding.tray.quit_requested.emit()
    [record] = list(controller.coach.history.all_records())
    assert not record.finished and record.exercises
    assert not controller.window.isVisible()


def test_the_reminder_goes_to_the_tray_balloon_without_a_daemon(
    make_controller, clock, with_tray, no_daemon, qtbot
):
    controller = make_controller()
    clock.advance(24 * 3600)
    controller.reminding.timer.check()
    assert with_tray[-1][0] == "Time for your knee routine"
    controller.reminding.tray.message_clicked.emit()
    assert controller.window.session_running()


def test_the_reminder_goes_to_the_desktop_daemon_when_there_is_one(
    make_controller, clock, monkeypatch, with_tray
):
    from kneecoach.ui.platform.desktop_notifications import DesktopNotifications

    sent = []
    monkeypatch.setattr(DesktopNotifications, "available", lambda self: True)
    monkeypatch.setattr(
        DesktopNotifications, "notify", lambda self, *args: sent.append(args) or True
    )
    controller = make_controller()
    clock.advance(24 * 3600 + 30 * 60)  # started the app late: a catch-up
    controller.reminding.timer.check()
    [(_, text, actions)] = sent
    assert "You missed your 18:00 reminder" in text
    assert ("snooze", "Snooze 15 min") in actions and actions[0][0] == "default"
    assert with_tray == []  # not told twice
    controller.reminding.notifications.action_invoked.emit("snooze")
    assert controller.reminding.timer.scheduler.state.snoozed_until is not None
    controller.reminding.notifications.action_invoked.emit("default")
    assert controller.window.session_running()


def test_start_at_login_is_offered_once_on_first_run(make_controller, autostart):
    window = make_controller().window
    [offer] = banners_titled(window, "Start KneeCoach when you log in?")
    press(offer, "Yes, start at login")
    assert autostart.is_enabled()
    text = autostart.path.read_text()
    assert "--minimized" in text and "Exec=" in text
    autostart.disable()
    again = make_controller().window
    assert not banners_titled(again, "Start KneeCoach when you log in?")


def test_settings_dialog_changes_reminders_and_start_at_login(
    make_controller, clock, qtbot, autostart, folders
):
    controller = make_controller()
    controller.window.home.settings_button.click()
    dialog = controller.shell.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reminder_times.edits[0].setTime(QTime(7, 30))
    dialog.reminder_times.add_button.click()
    dialog.reminder_times.edits[1].setTime(QTime(19, 45))
    for key in ("sat", "sun"):
        dialog.day_boxes[key].setChecked(False)
    dialog.start_at_login.setChecked(True)
    dialog.hold_seconds.setValue(45)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = tomllib.loads((folders[1] / "settings.toml").read_text())
    assert saved["reminder_times"] == ["07:30", "19:45"]
    assert saved["reminder_days"] == ["mon", "tue", "wed", "thu", "fri"]
    assert saved["hold_seconds"] == 45 and saved["start_at_login"] is True
    assert autostart.is_enabled()
    # Monday 18:00 now: the next reminder is 19:45 today.
    assert controller.reminding.timer.next_due == clock.now() + timedelta(hours=1, minutes=45)
    controller.shell.start_routine()  # the new hold time applies to the next session
    holds = [
        s.duration for s in controller.window.run.driver.session.steps if s.kind.name == "HOLD"
    ]
    assert set(holds) == {45}

    controller.window.stop_session_for_quit()
    controller.shell.open_settings()
    dialog = controller.shell.settings_dialog
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    for box in dialog.day_boxes.values():
        box.setChecked(False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "at least one day" in dialog.problem.text()
    dialog.day_boxes["wed"].setChecked(True)
    ok.click()
    assert not autostart.is_enabled()


def test_a_hand_broken_state_file_is_set_aside_with_a_message(folders, make_controller):
    data, _ = folders
    data.mkdir(parents=True, exist_ok=True)
    (data / "state.toml").write_text("schema_version = 1\nreminders = [broken")
    window = make_controller().window
    assert banners_titled(window, "Reminder state was reset")
    assert list(data.glob("state.unreadable-*.toml"))


def test_banner_buttons_run_their_action_once(qtbot):
    from kneecoach.core.notices import Notice

    ran = []
    banner = NoticeBanner(Notice("t", "x"), [("Do it", lambda: ran.append(1))], "Not now")
    qtbot.addWidget(banner)
    banner.show()
    qtbot.mouseClick(banner.buttons[0], Qt.MouseButton.LeftButton)
    assert ran == [1] and not banner.isVisible()


def test_waiting_in_the_tray_builds_no_window_until_asked(
    qapp, folders, clock, autostart, with_tray, no_daemon
):
    from kneecoach import app, opening

    opened = opening.open_coach(qapp, *folders, clock, autostart)
    assert opened is not None
    controller = app.build(qapp, *opened)
    try:
        controller.show(fullscreen=False, minimized=True)
        qapp.processEvents()
        assert not controller.shell.built  # nothing drawn, nothing loaded, while hidden
        clock.advance(24 * 3600)
        controller.reminding.timer.check()
        assert with_tray[-1][0] == "Time for your knee routine"
        assert not controller.shell.built
        controller.reminding.tray.open_requested.emit()
        window = controller.window
        assert window is not None and window.isVisible() and window.keep_in_tray
        # The first-run offer waited for the window.
        assert banners_titled(window, "Start KneeCoach when you log in?")
    finally:
        if controller.window is not None:
            controller.window.quitting = True
            controller.window.close()
        controller.close()


def test_the_settings_dialog_shows_and_returns_every_value_it_was_given(qtbot):
    from kneecoach.core.settings import Settings
    from kneecoach.ui.dialogs.settings_dialog import SettingsDialog

    chosen = Settings(
        hold_seconds=45,
        reps=14,
        rep_pace=4.5,
        get_ready_seconds=8,
        switch_seconds=9,
        rest_seconds=20,
        sounds=False,
        volume=35,
        voice_cues=True,
        breathing_pacer=False,
        moving_figures=False,
        theme="dark",
        start_fullscreen=True,
        reminders=False,
        reminder_times=("07:30", "19:45"),
        reminder_days=("mon", "thu"),
        start_at_login=True,
        weekly_goal=3,
    )
    dialog = SettingsDialog(chosen, starts_at_login=True)
    qtbot.addWidget(dialog)
    assert dialog.chosen(Settings()) == chosen
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.chosen(chosen) == Settings()


def test_deleting_today_s_session_brings_today_s_reminder_back(make_controller, clock, qtbot):
    from tests.ui.test_progress_view import open_progress

    controller = make_controller()
    window = controller.window
    clock.advance(24 * 3600 - 3600)  # 17:00 the next day: practise before the reminder
    controller.shell.start_routine(ankle_circles_alone(controller))
    clock.advance(90)
    window.run.driver.tick()
    window.stop_session_for_quit()
    window.show_home()
    assert controller.reminding.timer.next_due.astimezone(clock.wall.tzinfo).day == 4  # tomorrow
    view = open_progress(window, qtbot)
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert controller.coach.history.sessions == []
    assert controller.reminding.timer.next_due.astimezone(clock.wall.tzinfo).day == 3  # today again
    assert window.home.today_label.text() == "Today: not done yet"


def test_the_tray_menu_shows_what_fits_the_moment(make_controller, clock, with_tray, no_daemon):
    controller = make_controller()
    tray = controller.reminding.tray
    offered = lambda: {key for key, action in tray.actions.items() if action.isVisible()}  # noqa: E731
    assert "snooze15" not in offered() and "start" in offered()  # nothing due yet
    clock.advance(24 * 3600)  # 18:00 the next day: the reminder is said
    controller.reminding.timer.check()
    assert with_tray[-1][0] == "Time for your knee routine"
    assert {"snooze15", "snooze60", "skip"} <= offered()
    controller.shell.start_routine(ankle_circles_alone(controller))
    assert offered() == {"open", "settings", "quit"}  # during a session: nothing else
    clock.advance(90)
    controller.window.run.driver.tick()  # ankle circles in full: the routine is done
    assert "snooze15" not in offered() and "skip" not in offered()
